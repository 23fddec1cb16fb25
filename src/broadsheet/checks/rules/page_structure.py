"""Broadsheet's page-structure rules: skip link, landmarks, headings, link text, dates, lists."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import cast

from broadsheet.checks import aria, dom
from broadsheet.checks.accname import accessible_name
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact
from broadsheet.policy.link_text import is_generic_link_text


def _page(doc: Document) -> list[Element]:
    return [doc.root] if dom.is_html_page(doc) and doc.body is not None else []


def _exposed(doc: Document, role: str) -> tuple[Element, ...]:
    """Elements of ``role`` in the accessibility tree, in document order (computed once)."""
    key = f"exposed-{role}"
    if key not in doc.values:
        doc.values[key] = tuple(el for el in dom.with_role(doc, role)
                                if dom.in_accessibility_tree(doc, el))
    found: tuple[Element, ...] = doc.values[key]
    return found


class SkipLink(Rule):
    """Checks that the first thing a keyboard reaches is a skip link whose target exists
    (Broadsheet rule).

    Why it matters: the skip link saves keyboard users from tabbing through the header on
    every page, but only if it comes first and leads somewhere.

    How to fix: make ``<a href="#main">Skip to main content</a>`` the first focusable element
    and give the main content ``id="main"``.
    """

    id = "skip-link"
    top_level_only = True
    help = "Start the page with a working skip link"
    description = "The first focusable element is a same-page link to an existing target."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        first = next((el for el in doc.elements if local_name(el) != "html"
                      and dom.in_sequential_focus(doc, el)), None)
        return [first] if first is not None and _page(doc) else []

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        href = (element.get("href") or "").strip()
        if local_name(element) != "a" or not href.startswith("#") or len(href) < 2:
            return failed("The first focusable element is not a skip link")
        ident = href[1:]
        if doc.by_id(ident) is None and not any(a.get("name") == ident for a in doc.tags("a")):
            return failed(f"The skip link's target {href} does not exist")
        return passed(f"Skip link to {href}")


class LandmarkOneMain(Rule):
    """Checks that the page has exactly one ``main`` landmark (Broadsheet rule).

    Why it matters: screen reader users jump to "main" to reach the content; none leaves them
    nothing to jump to, two leave them guessing.

    How to fix: wrap the page's main content, once, in ``<main>``.
    """

    id = "landmark-one-main"
    top_level_only = True
    help = "Have exactly one main landmark"
    description = "Exactly one main landmark is exposed to assistive technology."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _page(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        count = len(_exposed(doc, "main"))
        if count == 1:
            return passed("One main landmark")
        if count == 0 and _modal_may_be_open(doc):
            return cant_tell(_BEHIND_MODAL.format("main landmark"))
        return failed("The page has no main landmark" if count == 0
                      else f"The page has {count} main landmarks")


_BEHIND_MODAL = ("The page has no {} while a dialog may be open over it (a consent banner, "
                 "say); whether the page behind is meant to be reached needs a browser")


def _modal_may_be_open(doc: Document) -> bool:
    """A dialog (``dialog[open]``, ``role=dialog|alertdialog``, ``aria-modal=true``) that the
    markup does not hide: only styles and scripts decide whether it covers the page."""
    key = "modal-may-be-open"
    if key not in doc.values:
        doc.values[key] = any(
            ((local_name(el) == "dialog" and el.get("open") is not None)
             or dom.explicit_role(el) in {"dialog", "alertdialog"}
             or aria.is_true(el, "aria-modal"))
            and not dom.programmatically_hidden(doc, el)
            for el in doc.elements)
    found: bool = doc.values[key]
    return found


_LANDMARKS = ("banner", "complementary", "contentinfo", "form", "main", "navigation",
              "region", "search")


class LandmarkUnique(Rule):
    """Checks that landmarks of the same kind have different names (Broadsheet rule).

    Why it matters: a list of landmarks reading "navigation, navigation" does not say which
    is which.

    How to fix: label each with ``aria-label`` or ``aria-labelledby`` ("Site", "Footer").
    """

    id = "landmark-unique"
    help = "Label repeated landmarks uniquely"
    description = "Landmarks sharing a role have distinct accessible names (one may have none)."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def _groups(self, doc: Document) -> dict[str, list[Element]]:
        """Exposed landmarks by role, computed once per page."""
        key = "landmark-unique-groups"
        if key not in doc.values:
            groups: dict[str, list[Element]] = defaultdict(list)
            for el in dom.with_role(doc, *_LANDMARKS):
                role = dom.role(doc, el)
                if role is not None and dom.is_landmark(doc, el) \
                        and dom.in_accessibility_tree(doc, el):
                    groups[role].append(el)
            doc.values[key] = groups
        groups_of_page: dict[str, list[Element]] = doc.values[key]
        return groups_of_page

    def _name_counts(self, doc: Document, role: str) -> Counter[str]:
        """How many landmarks of ``role`` carry each (case-folded) name."""
        key = f"landmark-unique-names-{role}"
        if key not in doc.values:
            doc.values[key] = Counter(accessible_name(doc, el).casefold()
                                      for el in self._groups(doc)[role])
        counts: Counter[str] = doc.values[key]
        return counts

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for group in self._groups(doc).values() if len(group) > 1 for el in group]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        role = dom.role(doc, element) or ""
        name = accessible_name(doc, element).casefold()
        if self._name_counts(doc, role)[name] > 1:
            if not name:
                return failed(f"This {role} landmark is one of several without a label")
            return failed(f"Another {role} landmark is also labelled {name!r}")
        if not name:
            return passed(f"The only {role} landmark without a label")
        return passed(f"The {role} landmark is labelled {name!r}")


class Region(Rule):
    """Checks that all content is inside a landmark (Broadsheet rule).

    Why it matters: people who navigate by landmarks never meet content outside them.

    How to fix: place the content in ``header``, ``nav``, ``main``, ``aside`` or ``footer``;
    skip links, dialogs, live regions, buttons and SVG graphics may stay outside.
    """

    id = "region"
    top_level_only = True
    help = "Keep all content inside landmarks"
    description = "Perceivable content, except skip links, is inside a landmark."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        if not _page(doc):
            return []
        return list(_region_findings(doc))

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        found = _region_findings(doc).get(element) if _page(doc) else None
        if found is None:  # not a content owner: judged alone
            chain = [*dom.ancestors(element)[::-1], element]
            found = _verdict_of(doc, _context(doc, chain, [None] * len(chain)))
        return found


_IN_LANDMARK = passed("Inside a landmark")
_OUTSIDE = failed("This content is outside every landmark")
_SKIP_LINK = passed("A same-page (skip) link")


def _region_verdicts(doc: Document) -> dict[Element, Verdict]:
    """The verdict on every content owner of the page (:func:`bypass.layout`), from one walk
    down the tree keeping the chain of open elements: no memo per element and ancestor."""
    found = doc.values.get("region-verdicts")
    if isinstance(found, dict):
        return found
    from lxml import etree

    from broadsheet.checks.rules.bypass import layout

    owners = dict.fromkeys(layout(doc).owners)
    verdicts: dict[Element, Verdict] = {}
    # Per open element: inside a landmark?, the nearest container needing none, the nearest
    # link; worked out only for the chains above content owners, each element once.
    chain: list[Element] = []
    states: list[_Context | None] = []
    if owners:
        for event, el in etree.iterwalk(doc.root, events=("start", "end")):
            if not isinstance(el.tag, str):
                continue
            if event == "end":
                chain.pop()
                states.pop()
                continue
            chain.append(el)
            states.append(None)
            if el in owners:
                verdicts[el] = _verdict_of(doc, _context(doc, chain, states))
    # In the order the owners come (document order of their text), as the rule reports them.
    found = {owner: verdicts[owner] for owner in owners if owner in verdicts}
    doc.values["region-verdicts"] = found
    return found


def _region_findings(doc: Document) -> dict[Element, Verdict]:
    """The verdicts the rule reports: content owners inside landmarks (or needing none)
    passed, and content outside every landmark failed once per outermost element that holds
    only such content (a ``div`` of ten paragraphs is one finding, as in axe-core, not ten;
    giving one of them a name or a landmark then changes no other finding)."""
    found = doc.values.get("region-findings")
    if isinstance(found, dict):
        return found
    verdicts = _region_verdicts(doc)
    if all(verdict is not _OUTSIDE for verdict in verdicts.values()):
        doc.values["region-findings"] = verdicts
        return verdicts
    # An element outside landmarks is blamed whole only when nothing in it is in order: no
    # content that passed, and (as axe-core climbs) no landmark, region-like element, frame
    # or content hidden from assistive technology.
    holds_good: set[Element] = set()
    for el in [*(o for o, v in verdicts.items() if v is not _OUTSIDE), *_boundaries(doc)]:
        for above in dom.ancestors(el):
            if above in holds_good:
                break
            holds_good.add(above)
    body = doc.root.find("{*}body")
    tops: dict[Element, list[Element]] = {}
    found = {}
    for owner, verdict in verdicts.items():
        if verdict is not _OUTSIDE:
            found[owner] = verdict
            continue
        top = owner
        for above in [] if owner in holds_good else dom.ancestors(owner):  # nearest first
            if above in holds_good or above is body or above is doc.root:
                break
            top = above
        tops.setdefault(top, []).append(owner)
    for top, owners in tops.items():
        if len(owners) == 1 and owners[0] is top:
            found[top] = _OUTSIDE
            continue
        words = " ".join(dom.text_content(owners[0]).split())
        start = f", from {words[:40] + '…' if len(words) > 40 else words!r}" if words else ""
        count = f"{len(owners)} element{'s' if len(owners) > 1 else ''} with content"
        found[top] = failed(f"This content is outside every landmark ({count}{start})")
    doc.values["region-findings"] = found
    return found


def _boundaries(doc: Document) -> list[Element]:
    """The outermost landmarks, region-like elements, frames and subtrees hidden from
    assistive technology of the body (their insides are not walked)."""
    from lxml import etree

    body = doc.root.find("{*}body")
    found: list[Element] = []
    if body is None:
        return found
    walk = etree.iterwalk(body, events=("start",))
    for _, el in walk:
        if not isinstance(el.tag, str) or el is body:
            continue
        if (not dom.in_accessibility_tree(doc, el) or dom.is_landmark(doc, el)
                or _region_like(doc, el) or local_name(el) in {"iframe", "frame"}):
            found.append(el)
            walk.skip_subtree()
    return found


#: (inside a landmark, the nearest container that needs none, the nearest ``a``).
_Context = tuple[bool, "str | None", "Element | None"]


def _context(doc: Document, chain: list[Element], states: list[_Context | None]) -> _Context:
    """The context of ``chain``'s last element, from the nearest worked-out one above it."""
    start = len(chain) - 1
    while start >= 0 and states[start] is None:
        start -= 1
    state: _Context = (False, None, None) if start < 0 else cast("_Context", states[start])
    for index in range(start + 1, len(chain)):
        el = chain[index]
        landmark, kind, link = state
        if not landmark:
            if dom.is_landmark(doc, el):
                landmark = True
            else:
                kind = _region_like(doc, el) or kind
                link = el if local_name(el) == "a" else link
        state = states[index] = (landmark, kind, link)
    return state


def _verdict_of(doc: Document, context: _Context) -> Verdict:
    landmark, kind, link = context
    if landmark:
        return _IN_LANDMARK
    if kind is not None:
        return passed(f"Inside a {kind}, which needs no landmark")
    href = (link.get("href") or "") if link is not None else ""
    if href.startswith("#") and doc.by_id(href[1:]) is not None:
        return _SKIP_LINK
    return _OUTSIDE


_LIVE_ROLES = {"alert": "live region", "log": "live region", "status": "live region",
               "dialog": "dialog", "alertdialog": "dialog", "button": "button"}


def _region_like(doc: Document, element: Element) -> str | None:
    """What, besides a landmark, may hold content outside landmarks (axe-core agrees): a
    dialog, a live region, a button or an SVG graphic."""
    if local_name(element) == "svg":
        return "SVG graphic"
    if aria.state(element, "aria-live") in {"polite", "assertive"}:
        return "live region"
    if local_name(element) == "dialog" and namespace(element) == HTML_NS:
        return "dialog"
    return _LIVE_ROLES.get(dom.role(doc, element) or "")


class PageHasH1(Rule):
    """Checks that the page has exactly one level-one heading (Broadsheet rule).

    Why it matters: the ``h1`` names the page's content; screen reader users jump to it first.

    How to fix: mark the headline, once, as ``h1``; demote other ``h1`` elements.
    """

    id = "page-has-h1"
    top_level_only = True
    help = "Have exactly one h1"
    description = "Exactly one exposed heading has level 1."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        page = _page(doc)
        ones = _level_ones(doc)
        # Several: each one after the first is the finding (where to look), not the page.
        return ones[1:] if page and len(ones) > 1 else page

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        ones = _level_ones(doc)
        if len(ones) > 1:
            place = ones.index(element) + 1 if element in ones else 0
            return failed(f"Level-one heading {place} of {len(ones)}: the page has "
                          f"{len(ones)}, the first {_words(ones[0])}" if place else
                          f"The page has {len(ones)} level-one headings")
        if len(ones) == 1:
            return passed("One h1")
        if _modal_may_be_open(doc):
            return cant_tell(_BEHIND_MODAL.format("level-one heading"))
        return failed("The page has no level-one heading")


def _level_ones(doc: Document) -> list[Element]:
    """The page's exposed level-one headings, found once per page (applicability and each
    verdict read them)."""
    found = doc.values.get("level-one-headings")
    if not isinstance(found, list):
        found = doc.values["level-one-headings"] = [
            h for h in _exposed(doc, "heading") if dom.heading_level(h) == 1]
    return found


def _words(element: Element) -> str:
    text = " ".join(dom.text_content(element).split())
    return repr(text[:60] + "…" if len(text) > 60 else text)


class HeadingOrder(Rule):
    """Checks that heading levels go down one step at a time (Broadsheet rule).

    Why it matters: a jump from ``h2`` to ``h4`` suggests a missing section and breaks the
    outline screen reader users navigate by.

    How to fix: use the next level down (``h3`` after ``h2``); style with CSS, not levels.
    """

    id = "heading-order"
    top_level_only = True
    help = "Do not skip heading levels"
    description = "Each heading is at most one level deeper than the heading before it."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _exposed(doc, "heading")

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        headings = _exposed(doc, "heading")
        positions = doc.values.get("heading-index")
        if positions is None:  # once per page: building it per heading was quadratic
            positions = doc.values["heading-index"] = {h: i for i, h in enumerate(headings)}
        index = positions[element]
        level = dom.heading_level(element)
        if index == 0:
            return passed(f"The first heading is level {level}")
        previous = dom.heading_level(headings[index - 1])
        if level > previous + 1:
            return failed(f"Heading level {level} follows level {previous}")
        return passed(f"Level {level} after level {previous}")





class LinkTextGeneric(Rule):
    """Checks that link text says where the link goes, not "click here" or "read more" in any
    of Broadsheet's languages (Broadsheet rule).

    Why it matters: screen reader users list links out of context; ten "read more" links are
    indistinguishable.

    How to fix: make the link text name its destination ("Read the full report on floods").
    """

    id = "link-text-generic"
    help = "Write link text that names the destination"
    description = "Link names are not generic phrases such as 'click here' or 'read more'."
    impact = Impact.MODERATE
    tags = ("broadsheet",)
    # 2.4.9 (link text alone), not 2.4.4: the rule reads no sentence around the link, and
    # 2.4.4 lets that context give the purpose (a blind QA trial, round 50).
    wcag = ("2.4.9",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _exposed(doc, "link") if accessible_name(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        name = accessible_name(doc, element)
        if is_generic_link_text(name):
            return failed(f"The link text {name!r} does not say where it goes")
        return passed("The link text is specific")


_DATE = r"\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
_TIME = r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?"
_ZONE = r"(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)"
_DATETIME = re.compile("|".join([
    rf"{_DATE}", r"\d{4,}-(0[1-9]|1[0-2])", r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
    r"-?-?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", rf"{_TIME}", rf"{_DATE}[T ]{_TIME}",
    rf"{_DATE}[T ]{_TIME}{_ZONE}", rf"{_ZONE}", r"\d{4,}-W(0[1-9]|[1-4]\d|5[0-3])",
    r"\d{4,}", r"P(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?",
    r"(\s*\d+(\.\d+)?\s*[wdhms])+\s*",
]))


class TimeDatetime(Rule):
    """Checks that ``<time>`` carries a machine-readable value (Broadsheet rule).

    Why it matters: software (calendars, translation, assistive technology) reads the
    ``datetime`` value; an invalid one is ignored.

    How to fix: use an ISO value such as ``datetime="2021-09-30T15:45:00Z"``.
    """

    id = "time-datetime"
    help = "Give time elements a valid datetime"
    description = "Each time element's datetime (or its text) is a valid HTML date or time."
    impact = Impact.MINOR
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("time") if namespace(el) == HTML_NS]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        value = element.get("datetime")
        source = "datetime" if value is not None else "text"
        value = (value if value is not None else dom.text_content(element)).strip()
        if _DATETIME.fullmatch(value):
            return passed(f"{source} {value!r} is valid")
        return failed(f"The time element's {source} {value!r} is not a valid date or time")


class ListStructure(Rule):
    """Checks that lists contain only list items and list items sit in lists (Broadsheet
    rule).

    Why it matters: screen readers announce lists with their length; stray children break the
    count, and an orphan ``li`` is not announced as part of a list.

    How to fix: put only ``li`` (and ``script``/``template``) directly in ``ul``/``ol``; wrap
    orphan ``li`` elements in a list.
    """

    id = "list-structure"
    help = "Keep lists made of list items"
    description = "ul/ol contain only li, script or template; every li is in ul, ol or menu."
    impact = Impact.SERIOUS
    tags = ("broadsheet",)
    wcag = ("1.3.1",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("ul", "ol", "li") if namespace(el) == HTML_NS
                and dom.in_accessibility_tree(doc, el) and el.get("role") is None]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if local_name(element) == "li":
            up = dom.parent(element)
            if up is None or local_name(up) not in {"ul", "ol", "menu"}:
                return failed("This li is not inside ul, ol or menu")
            if dom.role(doc, up) != "list":
                return failed(f"This li is inside a {local_name(up)} whose role is "
                              f"{dom.role(doc, up) or 'none'}, not list")
            return passed("The li is in a list")
        if element.text and element.text.strip():
            return failed("The list contains text outside list items")
        for child in element:
            if isinstance(child.tag, str) and local_name(child) not in {"li", "script",
                                                                        "template"}:
                return failed(f"The list contains a {local_name(child)} element")
            if child.tail and child.tail.strip():
                return failed("The list contains text outside list items")
        return passed("The list holds only list items")


RULES = [SkipLink, LandmarkOneMain, LandmarkUnique, Region, PageHasH1, HeadingOrder,
         LinkTextGeneric, TimeDatetime, ListStructure]
