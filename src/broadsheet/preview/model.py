"""What the gallery knows about one fixture."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview.announce import Announcement, announcements
from broadsheet.preview.outline import OutlineItem, Player
from broadsheet.preview.where import Place

#: The widths every fixture is captured and approved at (CSS px): a small phone (WCAG's
#: reflow width), a common phone, a tablet and a laptop.
WIDTHS = (320, 375, 768, 1280)


def widths_in_words(widths: tuple[int, ...] = WIDTHS) -> str:
    """``320, 375, 768 and 1280``: widths as the help and the pages say them."""
    *most, last = map(str, widths)
    return f"{', '.join(most)} and {last}" if most else last

#: The gallery's one severity scale, worst first. It is axe-core's impact, which
#: Broadsheet's static rules, browser checks and rendering grade by too: an axe impact is
#: the level of the same name (docs/designers.md).
IMPACTS = ("critical", "serious", "moderate", "minor")
#: A violation that names no impact counts as a Broadsheet rule does by default.
DEFAULT_IMPACT = Impact.SERIOUS


def severity(finding: Finding) -> str:
    """Where a finding stands on :data:`IMPACTS`."""
    return str(finding.impact or DEFAULT_IMPACT)


#: Page text quoted in a message (“…”, "…", «…», ‘…’, '…' but not an apostrophe).
_QUOTED = re.compile(r"“([^”]*)”|\"([^\"]*)\"|«([^»]*)»|‘([^’]*)’|(?<!\w)'([^']*)'(?!\w)")


def quoted_parts(message: str) -> list[tuple[str, bool]]:
    """``message`` cut into (text, whether it is quoted page text), the quote marks left
    outside the quoted parts: the gallery isolates each quoted part (``<bdi>``), so Arabic
    or Persian quoted in an English message does not reorder the words around it."""
    parts: list[tuple[str, bool]] = []
    at = 0
    for match in _QUOTED.finditer(message):
        inner = next(group for group in match.groups() if group is not None)
        start = match.start() + 1
        parts += [(message[at:start], False), (inner, True)]
        at = start + len(inner)
    parts.append((message[at:], False))
    return [(text, quoted) for text, quoted in parts if text]


@dataclass(frozen=True, slots=True)
class FindingGroup:
    """Findings of one rule, source and outcome (a heading per rule): shown once, with the
    count, its worst severity and each element (with its own message where it differs)."""

    indexes: tuple[int, ...]  # into the entry's findings, in page order
    first: Finding
    severity: str

    @property
    def count(self) -> int:
        return len(self.indexes)
#: Who found what, in the order a page passes them, as the gallery names them.
SOURCES = {Source.RENDER: "rendering", Source.STATIC: "static checker", Source.AXE: "axe-core",
           Source.BROWSER: "browser checks"}


@dataclass(frozen=True, slots=True)
class Screenshot:
    """One capture of the rendered page."""

    width: int
    scheme: str
    path: str  # relative to the fixture's folder


@dataclass(frozen=True, slots=True)
class View:
    """The page as some readers meet it (zoomed, with wider text spacing, forced colours,
    the keyboard's focus order): a screenshot and what it shows."""

    key: str
    label: str
    description: str
    path: str  # relative to the fixture's folder
    #: The window's width (CSS px) and colour scheme it shows (0 and "": not said).
    width: int = 0
    scheme: str = ""
    #: The same view at other widths and schemes: ``<width>-<scheme>`` -> path.
    others: dict[str, str] = field(default_factory=dict)

    def at(self, width: int, scheme: str) -> str | None:
        """The path of this view at ``width`` in ``scheme``, if captured."""
        if (width, scheme) == (self.width, self.scheme):
            return self.path
        return self.others.get(f"{width}-{scheme}")


@dataclass(frozen=True, slots=True)
class ContrastPair:
    """One text colour on one background, as the browser computed them, with the text using
    it (``count`` elements, the first ``example``)."""

    scheme: str
    foreground: str  # #rrggbb
    background: str  # #rrggbb, or "" when the text sits on an image or gradient
    ratio: float | None
    large: bool  # large-scale text (WCAG: 24 px, or 18.66 px bold): 3:1 is enough
    count: int
    example: str
    #: Text over a picture or gradient (no ``background``): the lowest ratio the live
    #: checker measured between its characters and the pixels behind them, from a
    #: screenshot, for every element of the pair; None where it was not measured (round 49's
    #: review: the hero's headline "check by eye" although the tool holds the screenshots).
    measured: float | None = None

    @property
    def required(self) -> float:
        return 3.0 if self.large else 4.5

    @property
    def judged(self) -> float | None:
        """The ratio the verdict goes by: the colours', else the one measured from pixels."""
        return self.ratio if self.ratio is not None else self.measured

    @property
    def passes(self) -> bool | None:
        """None where the background is not one colour and its pixels were not measured
        (judge it by eye)."""
        return None if self.judged is None else self.judged >= self.required

    @property
    def verdict(self) -> str:
        """``fails``, ``near`` (passes by less than :data:`NEAR_MISS` of the ratio needed:
        a shade lighter fails), ``eye`` (on an image or gradient, not measured) or
        ``passes``."""
        judged = self.judged
        if judged is None:
            return "eye"
        if judged < self.required:
            return "fails"
        return "near" if judged < self.required * NEAR_MISS else "passes"


#: A passing pair whose ratio is under this many times the ratio it needs is a near miss.
NEAR_MISS = 1.1
#: The rules that judge text contrast (axe-core's and the browser checks').
CONTRAST_RULES = frozenset({"color-contrast", "color-contrast-enhanced", "text-contrast-minimum",
                            "text-contrast-enhanced"})
#: The contrast report's groups, in the order it lists them: (verdict, heading).
CONTRAST_GROUPS = (("fails", "Below WCAG"), ("near", "Near misses: pass by less than 10%"),
                   ("eye", "On an image or gradient: check by eye"), ("passes", "Pass"))


@dataclass(frozen=True, slots=True)
class Difference:
    """A screenshot compared with its approved baseline."""

    width: int
    scheme: str
    approved: str  # paths relative to the fixture's folder
    current: str
    diff: str | None  # None when the sizes differ too much to overlay, or nothing changed
    changed: float  # share of pixels that changed, 0..1
    threshold: float
    note: str = ""
    #: The changed area, cut from the approved, current and diff images (paths), at their
    #: size: what changed, large enough to see beside the whole pages.
    regions: tuple[str, str, str] | None = None
    #: The size compared (the larger of the two, baseline pixels: half CSS px) and each
    #: separate changed region in it, (left, top, right, bottom): boxed in the viewer.
    size: tuple[int, int] | None = None
    boxes: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def failed(self) -> bool:
        return self.changed > self.threshold


@dataclass
class Capture:
    """What the browser saw of one page."""

    screenshots: list[Screenshot] = field(default_factory=list)
    aria_snapshot: str | None = None
    findings: list[Finding] = field(default_factory=list)
    views: list[View] = field(default_factory=list)
    contrast: list[ContrastPair] = field(default_factory=list)
    #: Finding index -> screenshot crop with its element outlined.
    highlights: dict[int, str] = field(default_factory=dict)
    #: What a screen reader says on each place Tab reaches, in order (numbered as on the
    #: focus view): role, accessible name, state.
    focus_order: list[Announcement] = field(default_factory=list)
    #: A small image of the first screen, for the index, light and dark.
    thumbnail: str | None = None
    thumbnail_dark: str | None = None
    #: A phone's first screen, small, light and dark.
    thumbnail_phone: str | None = None
    thumbnail_phone_dark: str | None = None


@dataclass
class Entry:
    """One fixture: its rendered page and everything the gallery shows about it."""

    slug: str
    source: str
    source_json: str
    headline: str = ""
    language: str = ""
    direction: str = ""
    #: The article's genre (``news``, ``longread``…, or ``live`` for a live blog), shown
    #: as a tag on its card.
    genre: str = ""
    block_types: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    landmarks: list[OutlineItem] = field(default_factory=list)
    headings: list[OutlineItem] = field(default_factory=list)
    aria_snapshot: str | None = None
    screenshots: list[Screenshot] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    browser_note: str | None = None
    #: The static checker's report on the page in each report format: (format, file name).
    reports: list[tuple[str, str]] = field(default_factory=list)
    views: list[View] = field(default_factory=list)
    contrast: list[ContrastPair] = field(default_factory=list)
    #: Screenshot crops with the finding's element outlined, by index into ``findings``.
    highlights: dict[int, str] = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    #: Where each finding is in words, by index into ``findings``.
    places: dict[int, Place] = field(default_factory=dict)
    #: What a screen reader says on each place Tab reaches, in order (numbered as on the
    #: focus view): role, accessible name, state.
    focus_order: list[Announcement] = field(default_factory=list)
    thumbnail: str | None = None
    #: The same in the dark scheme, shown on the index when the reader's system is dark.
    thumbnail_dark: str | None = None
    #: A phone's first screen (the top of the phone-width screenshot), light and dark.
    thumbnail_phone: str | None = None
    thumbnail_phone_dark: str | None = None
    #: The element each JSON pointer of a finding became on the page, as a CSS selector
    #: (:mod:`broadsheet.preview.locate`): findings that name only a place in the JSON.
    located: dict[str, str] = field(default_factory=dict)
    #: The page's audio and video players (the ARIA snapshot omits them), said in
    #: :meth:`announcements` where they are.
    players: list[Player] = field(default_factory=list)

    def element_of(self, finding: Finding) -> str:
        """The CSS selector of ``finding``'s element on the page: its own target, else where
        its JSON pointer's part was rendered; "" when neither is known."""
        return finding.target or (self.located.get(finding.pointer, "") if finding.pointer
                                  else "")

    @property
    def broken(self) -> bool:
        """The fixture could not be rendered: shown as an error card."""
        return bool(self.problems)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.outcome is Outcome.FAILED]

    @property
    def reviews(self) -> list[Finding]:
        return [f for f in self.findings if f.outcome is Outcome.CANT_TELL]

    def tally(self) -> list[tuple[Source, int, int]]:
        """(who found them, violations, to review) for each source with findings, in
        :data:`SOURCES` order: every count the gallery shows is a sum of these."""
        found = Counter((f.source, f.outcome) for f in self.findings)
        return [(source, found[source, Outcome.FAILED], found[source, Outcome.CANT_TELL])
                for source in SOURCES
                if found[source, Outcome.FAILED] or found[source, Outcome.CANT_TELL]]

    def counts(self) -> dict[str, int]:
        """Failed findings by severity, every level present (zero included)."""
        found = Counter(severity(f) for f in self.violations)
        return {impact: found.get(impact, 0) for impact in IMPACTS}

    def groups(self) -> list[FindingGroup]:
        """The findings grouped (:class:`FindingGroup`), violations first, then worst
        severity, then by source (:data:`SOURCES` order), then as they come."""
        keyed: dict[tuple[object, ...], list[int]] = {}
        for index, finding in enumerate(self.findings):
            keyed.setdefault((finding.source, finding.rule, finding.outcome), []).append(index)
        sources = list(SOURCES)
        found = [FindingGroup(tuple(indexes), self.findings[indexes[0]],
                              min((severity(self.findings[i]) for i in indexes),
                                  key=IMPACTS.index))
                 for indexes in keyed.values()]
        return sorted(found, key=lambda group: (
            group.first.outcome is not Outcome.FAILED, IMPACTS.index(group.severity),
            sources.index(group.first.source) if group.first.source in sources else
            len(sources), group.indexes[0]))

    @staticmethod
    def dark_crop(name: str) -> str:
        """Where a violation's crop (``shots/finding-0.png``) is kept in the dark scheme."""
        return name.removesuffix(".png") + "-dark.png"

    def first_crop(self) -> tuple[Finding, str] | None:
        """The worst violation whose element was cropped from the page (:meth:`groups`
        order) and its crop: a failing fixture's card shows where it fails, not its top."""
        for group in self.groups():
            if group.first.outcome is not Outcome.FAILED:
                return None
            for index in group.indexes:
                if self.highlights.get(index):
                    return self.findings[index], self.highlights[index]
        return None

    def announcements(self) -> list[Announcement]:
        """What a screen reader says, in reading order (from the accessibility tree)."""
        return announcements(self.aria_snapshot, self.players) if self.aria_snapshot else []

    def contrast_groups(self) -> list[tuple[str, str, list[ContrastPair]]]:
        """The contrast pairs by :attr:`ContrastPair.verdict`, failures first, then near
        misses, then those to judge by eye, then passes (each lowest ratio first): (verdict,
        heading, pairs), only groups with pairs."""
        found = [(key, title, [pair for pair in self.contrast if pair.verdict == key])
                 for key, title in CONTRAST_GROUPS]
        return [group for group in found if group[2]]

    def failed_contrast(self) -> list[ContrastPair]:
        return [pair for pair in self.contrast if pair.passes is False]

    def contrast_to_check(self) -> list[Finding]:
        """The contrast findings the checks could not decide (text on a gradient or a
        picture): listed in Findings, counted by the contrast badge and tab, one list."""
        return [f for f in self.reviews if f.rule in CONTRAST_RULES]

    def pairs(self) -> list[tuple[int, Screenshot | None, Screenshot | None]]:
        """(width, light, dark) for every width captured, narrowest first."""
        by = {(shot.width, shot.scheme): shot for shot in self.screenshots}
        widths = sorted({shot.width for shot in self.screenshots})
        return [(width, by.get((width, "light")), by.get((width, "dark"))) for width in widths]

    def live_widths(self) -> list[int]:
        """The live page's width switch: the widths its screenshots were taken at (each
        chip shows what the Screenshots tab shows), :data:`WIDTHS` when none were."""
        return sorted({shot.width for shot in self.screenshots}) or list(WIDTHS)

    def difference_pairs(self) -> list[tuple[int, Difference | None, Difference | None]]:
        """(width, light, dark) for every width compared with a baseline, narrowest first."""
        by = {(found.width, found.scheme): found for found in self.differences}
        widths = sorted({found.width for found in self.differences})
        return [(width, by.get((width, "light")), by.get((width, "dark"))) for width in widths]

    def opened_difference(self) -> Difference | None:
        """The comparison shown open on the fixture's page: the first that failed (the
        others are folded under their headings)."""
        return next((found for found in self.differences if found.failed), None)


@dataclass(frozen=True, slots=True)
class Badge:
    """One badge of a fixture's status: its kind (``bad``, ``warn``, ``ok`` or ``none``,
    also its colour), a shape that says the same without colour, its words and the part of
    the fixture's page it opens (a fragment, or "")."""

    kind: str
    mark: str
    text: str
    href: str = ""


@dataclass(frozen=True, slots=True)
class Status:
    """What the index card and the fixture's page say about a fixture, in two labelled
    groups that answer different questions, so neither reads as the other's verdict:
    *accessibility* (what the checks found: every failed finding from every source counts,
    so a rule added to any check counts here too) and *visual regression* (the screenshots
    against the approved ones). One function computes it (:func:`status`) for both."""

    accessibility: tuple[Badge, ...]
    #: Violations by severity (:data:`IMPACTS` order, only levels present).
    severities: tuple[tuple[str, int], ...]
    visual: Badge
    #: ``changed``, ``approved``, ``none`` (no baseline) or ``uncaptured`` (no screenshots):
    #: the index filter's value.
    visual_key: str
    #: ``violations``, ``clean`` or ``broken``: the index filter's value.
    accessibility_key: str


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _compared(entry: Entry) -> str:
    """``4 widths × 2 schemes``: what the screenshots were compared at."""
    widths = len({found.width for found in entry.differences})
    schemes = len({found.scheme for found in entry.differences})
    return f"{_plural(widths, 'width')} × {_plural(schemes, 'scheme')}"


def status(entry: Entry) -> Status:
    """The fixture's :class:`Status`, from its findings and its comparisons."""
    violations, reviews = len(entry.violations), len(entry.reviews)
    counts = entry.counts()
    severities = tuple((impact, counts[impact]) for impact in IMPACTS if counts[impact])
    found: list[Badge] = []
    if violations:
        found.append(Badge("bad", "✖", _plural(violations, "violation"), "findings"))
    else:
        found.append(Badge("ok", "✔", "No violations found", "findings"))
    if reviews:
        found.append(Badge("warn", "▲", f"{reviews} to review", "findings"))
    if entry.contrast:
        low, unsure = len(entry.failed_contrast()), len(entry.contrast_to_check())
        if low:
            found.append(Badge("bad", "✖", f"Contrast: {_plural(low, 'colour pair')} below "
                               "WCAG", "contrast"))
        elif unsure:  # "passes" beside Findings' items to check by eye was two stories
            found.append(Badge("warn", "▲", f"Contrast: {unsure} to check by eye", "findings"))
        else:
            found.append(Badge("ok", "✔", "Contrast passes", "contrast"))
    failed = [d for d in entry.differences if d.failed]
    if not entry.screenshots:
        visual, key = Badge("none", "–", "Not captured: built without a browser"), "uncaptured"
    elif failed:
        shots = _plural(len(entry.differences), "screenshot")
        visual = Badge("bad", "◐", f"{len(failed)} of {shots} changed", "changes")
        key = "changed"
    elif entry.differences:
        visual = Badge("ok", "✔", f"Matches the approved screenshots at {_compared(entry)}",
                       "changes")
        key = "approved"
    else:
        visual = Badge("none", "○", "No baseline yet (never approved)", "screenshots")
        key = "none"
    return Status(tuple(found), severities, visual, key,
                  "broken" if entry.broken else ("violations" if violations else "clean"))


@dataclass(frozen=True, slots=True)
class Group:
    """One group of the index: fixtures that need the same kind of attention."""

    key: str
    title: str
    explanation: str


#: The index's groups, what needs doing first: a look changed from its approved screenshots,
#: then violations, then items to review, then clean; fixtures the gallery could not check
#: (they would not render, or the browser's capture failed) apart, saying why.
GROUPS = (
    Group("regressions", "Changed from the approved look",
          "Screenshots differ from the approved ones past the limit: approve the new look "
          "if it is intended, or fix the page."),
    Group("violations", "Accessibility violations",
          "The checks found violations that must be fixed."),
    Group("review", "To review",
          "No violations, but items the checks cannot decide: a person must judge them."),
    Group("clean", "Nothing to do",
          "No violations and nothing to review (and, where approved, the look is unchanged)."),
    Group("unchecked", "Could not be checked",
          "The gallery could not check these fixtures, so nothing above is known about them: "
          "each says why."),
)


def unchecked_because(entry: Entry) -> str | None:
    """Why the gallery could not check ``entry`` (it would not render, or the browser's
    capture failed), or None."""
    if entry.problems:
        return (f"It could not be rendered ({len(entry.problems)} "
                f"problem{'' if len(entry.problems) == 1 else 's'}): {entry.problems[0]}")
    if entry.browser_note and entry.browser_note.startswith(CAPTURE_FAILED):
        return (f"The browser's checks and screenshots failed: "
                f"{entry.browser_note.removeprefix(CAPTURE_FAILED)}")
    return None


#: How a fixture's ``browser_note`` starts when the browser's capture failed.
CAPTURE_FAILED = "browser capture failed: "


def group_of(entry: Entry) -> str:
    """The key of the index group (:data:`GROUPS`) ``entry`` is listed in."""
    if unchecked_because(entry):
        return "unchecked"
    if any(difference.failed for difference in entry.differences):
        return "regressions"
    if entry.violations:
        return "violations"
    return "review" if entry.reviews else "clean"


def grouped(entries: list[Entry]) -> list[tuple[Group, list[Entry]]]:
    """The entries in :data:`GROUPS` order (each group in the entries' order), with only
    the groups that hold some."""
    found: dict[str, list[Entry]] = {group.key: [] for group in GROUPS}
    for entry in entries:
        found[group_of(entry)].append(entry)
    return [(group, found[group.key]) for group in GROUPS if found[group.key]]
