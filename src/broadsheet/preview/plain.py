"""What a finding means, in words a designer understands, from one place per rule: a
Broadsheet rule's own docstring (its ``help`` and *Why it matters*), a render finding's
summary (:data:`broadsheet.render.diagnostics.RULES`), and for axe-core's rules that
Broadsheet has no rule of the same id, :data:`AXE` below (axe-core ships only technical
text). ``tests/preview/test_plain.py`` checks that every rule of every engine has one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from broadsheet.catalog import default_catalog
from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Finding, Source
from broadsheet.render.diagnostics import RULES as RENDER_RULES

#: axe-core's rules that Broadsheet has no rule of the same id for: what goes wrong for
#: people, in a sentence or two.
AXE: dict[str, str] = {
    "accesskeys": "Two elements share a keyboard shortcut (accesskey), so the shortcut "
                  "cannot reach both; some people rely on these shortcuts.",
    "area-alt": "A clickable area of an image map has no text, so a screen reader cannot "
                "say where it leads.",
    "aria-allowed-role": "An element is given a role that does not suit it, so assistive "
                         "technology may describe it as something it is not.",
    "aria-braille-equivalent": "A braille label has no spoken equivalent, so people "
                               "listening rather than reading braille get nothing.",
    "aria-command-name": "A scripted button or link has no name: a screen reader says "
                         "only \"button\" and nobody can tell what it does.",
    "aria-conditional-attr": "An ARIA attribute is used where its role does not allow it, "
                             "so the state it is meant to give is wrong or lost.",
    "aria-deprecated-role": "An element uses an outdated ARIA role that assistive "
                            "technology may no longer understand.",
    "aria-dialog-name": "A dialog has no name, so a screen reader cannot say what opened.",
    "aria-hidden-body": "The whole page is hidden from assistive technology: a screen reader "
                        "finds nothing on it.",
    "aria-input-field-name": "A scripted text field has no name, so nothing says what to "
                             "type in it.",
    "aria-meter-name": "A meter has no name, so a screen reader reads a value without saying "
                       "what it measures.",
    "aria-progressbar-name": "A progress bar has no name, so a screen reader cannot say what "
                             "is loading.",
    "aria-roledescription": "A custom role description sits on an element without a role, "
                            "so it is ignored or confusing.",
    "aria-tab-name": "A tab has no name, so people cannot tell the tabs apart.",
    "aria-text": "Text marked as a single phrase contains a link or button, which screen "
                 "readers then skip.",
    "aria-toggle-field-name": "A switch or checkbox has no name, so nothing says what it "
                              "turns on or off.",
    "aria-tooltip-name": "A tooltip has no text a screen reader can read.",
    "aria-treeitem-name": "An item of a tree has no name, so it is read as blank.",
    "audio-caption": "Audio has no captions, so deaf and hard-of-hearing readers miss what "
                     "is said.",
    "avoid-inline-spacing": "Spacing is locked in the markup, so readers who widen the "
                            "space between lines, words or letters cannot.",
    "blink": "Text blinks; it distracts, is hard to read and cannot be stopped.",
    "color-contrast": "Some text is too faint against its background: people with low "
                      "vision or in bright light cannot read it (WCAG asks for 4.5:1, 3:1 "
                      "for large text).",
    "color-contrast-enhanced": "Some text is below the enhanced contrast (7:1, 4.5:1 for "
                               "large text) that more readers with low vision need.",
    "definition-list": "A definition list holds things other than terms and definitions, so "
                       "a screen reader announces its structure wrongly.",
    "dlitem": "A term or definition sits outside a definition list, so a screen reader "
              "cannot pair them.",
    "duplicate-id-active": "Two controls share an id, so labels and links may reach the "
                           "wrong one.",
    "duplicate-id-aria": "Two elements share an id that a label or description points at, "
                         "so a screen reader may read the wrong text.",
    "empty-table-header": "A table header cell is empty, so a screen reader says nothing "
                          "when it names that column or row.",
    "focus-order-semantics": "Something the Tab key reaches has no role, so a screen reader "
                             "cannot say what it is.",
    "form-field-multiple-labels": "A form field has more than one label, so screen readers "
                                  "read one, both or neither.",
    "frame-focusable-content": "An embedded frame is taken out of the Tab order, so keyboard "
                               "users cannot reach its links and buttons.",
    "frame-tested": "An embedded frame could not be checked; look at what it shows by hand.",
    "frame-title-unique": "Two embedded frames have the same title, so screen reader users "
                          "cannot tell them apart.",
    "hidden-content": "Some content is hidden and could not be checked; check it when shown.",
    "image-redundant-alt": "An image's text repeats the words right beside it, so a screen "
                           "reader says the same thing twice.",
    "input-button-name": "A button has no text, so a screen reader says only \"button\".",
    "label": "A form field has no label, so nothing tells a screen reader user what to "
             "enter.",
    "label-content-name-mismatch": "A control's spoken name differs from its visible label, "
                                   "so people who say what they see (\"click Send\") to "
                                   "voice control cannot use it.",
    "label-title-only": "A form field is labelled only by a tooltip, which most people never "
                        "see.",
    "landmark-banner-is-top-level": "The page header sits inside another region, so people "
                                    "who jump by regions may not find it.",
    "landmark-complementary-is-top-level": "A side box sits inside another region, so "
                                           "people who jump by regions may miss it.",
    "landmark-contentinfo-is-top-level": "The page footer sits inside another region, so "
                                         "people who jump by regions may not find it.",
    "landmark-main-is-top-level": "The main content sits inside another region, so the "
                                  "\"jump to main\" shortcut lands in the wrong place.",
    "landmark-no-duplicate-banner": "The page has two page headers, so screen reader users "
                                    "cannot tell which is the real one.",
    "landmark-no-duplicate-contentinfo": "The page has two page footers, so screen reader "
                                         "users cannot tell which is the real one.",
    "landmark-no-duplicate-main": "The page has two main regions, so \"jump to main\" "
                                  "leaves people guessing.",
    "link-in-text-block": "A link in a paragraph is told apart from the text by colour "
                          "alone: people who cannot see the colour cannot find it. Underline "
                          "it.",
    "list": "A list holds things that are not list items, so a screen reader announces the "
            "wrong number of items.",
    "listitem": "A list item sits outside a list, so a screen reader does not read it as "
                "part of one.",
    "marquee": "Text scrolls by itself; it is hard to read and cannot be stopped.",
    "meta-viewport-large": "The page limits how far people can zoom on a phone; readers "
                           "with low vision need to enlarge text up to five times.",
    "p-as-heading": "A paragraph is styled to look like a heading but is not one, so people "
                    "who move by headings skip it.",
    "page-has-heading-one": "The page has no main heading, so screen reader users cannot "
                            "jump to where the content starts.",
    "role-img-alt": "A graphic marked as an image has no text, so a screen reader cannot say "
                    "what it shows.",
    "scope-attr-valid": "A table header says it heads the wrong cells, so a screen reader "
                        "reads numbers with the wrong labels.",
    "scrollable-region-focusable": "A box that scrolls cannot be reached with the keyboard, "
                                   "so keyboard users cannot scroll to the rest of it (a "
                                   "wide table on a phone, say).",
    "select-name": "A drop-down menu has no label, so nothing says what it chooses.",
    "server-side-image-map": "An image map works only with a mouse click on a spot, so "
                             "keyboard and screen reader users cannot use it.",
    "tabindex": "An element jumps the Tab order, so keyboard users are taken through the "
                "page in a confusing order.",
    "table-duplicate-name": "A table's caption and summary say the same thing, so a screen "
                            "reader reads it twice.",
    "table-fake-caption": "A table's title is written in a cell rather than as its caption, "
                          "so a screen reader reads it as data.",
    "target-size": "Something to tap is smaller than 24 by 24 pixels with too little room "
                   "around it: people with shaky hands or large fingers hit the wrong "
                   "thing.",
    "td-has-header": "A table's cells have no header cells, so a screen reader cannot say "
                     "which column or row a number belongs to.",
    "video-caption": "A video has no captions, so deaf and hard-of-hearing readers miss what "
                     "is said.",
}


@dataclass(frozen=True, slots=True)
class Plain:
    """A finding in plain words: what to do (``title``, may be empty) and what goes wrong
    for people (``why``)."""

    title: str
    why: str


#: A bracketed aside that names markup or options (``(and `data-…` with `…`)``): for
#: developers, left out of the plain words.
_CODE_ASIDE = re.compile(r"\s*\([^()]*`[^()]*\)")


def _clean(text: str) -> str:
    """Docstring text as a sentence: asides naming markup, backticks and line breaks gone."""
    return " ".join(_CODE_ASIDE.sub("", text).replace("`", "").split())


@cache
def _ours() -> dict[tuple[str, str], RuleSpec]:
    return {(rule.engine, rule.id): rule for rule in default_catalog()}


def _from_rule(rule: RuleSpec) -> Plain:
    return Plain(rule.help, _clean(rule.sections()["Why it matters"]))


def plain(rule_id: str, source: Source) -> Plain | None:
    """What a finding of ``rule_id`` from ``source`` means for people (None: unknown)."""
    if source is Source.RENDER:
        for render_rule in RENDER_RULES:
            if render_rule.id == rule_id:
                return Plain("", _clean(render_rule.summary))
        return None
    ours = _ours()
    engines = ("static", "browser") if source is Source.AXE else (str(source),)
    for engine in engines:
        rule = ours.get((engine, rule_id))
        if rule is not None:
            return _from_rule(rule)
    if source is Source.AXE and rule_id in AXE:
        return Plain("", AXE[rule_id])
    axe_rule = ours.get(("axe", rule_id))
    return Plain("", axe_rule.help) if axe_rule is not None else None


#: What axe-core measured, read from its message (the engine's English, which changes only
#: with axe-core): "Element has insufficient color contrast of 3.2 (…). Expected contrast
#: ratio of 4.5:1" -> "3.2:1, needs 4.5:1".
_CONTRAST = re.compile(r"contrast of (?P<ratio>\d+(?:\.\d+)?)\b.*?expected contrast ratio of "
                       r"(?P<needed>\d+(?:\.\d+)?):1", re.IGNORECASE | re.DOTALL)
_SIZE = re.compile(r"insufficient size \((?P<w>[\d.]+)px by (?P<h>[\d.]+)px, should be at "
                   r"least (?P<nw>[\d.]+)px by (?P<nh>[\d.]+)px", re.IGNORECASE)


def _contrast(message: str) -> str | None:
    found = _CONTRAST.search(message)
    return f"{found['ratio']}:1, needs {found['needed']}:1" if found else None


def _size(message: str) -> str | None:
    found = _SIZE.search(message)
    return (f"{found['w']} × {found['h']} px, needs {found['nw']} × {found['nh']} px"
            if found else None)


#: axe-core rules whose message carries a measure worth saying in the plain words: the
#: measure's reader, one per rule. The words around it are the rule's own (:func:`plain`).
MEASURED: dict[str, Callable[[str], str | None]] = {
    "color-contrast": _contrast, "color-contrast-enhanced": _contrast, "target-size": _size}


def explained(finding: Finding) -> Plain | None:
    """:func:`plain` for a finding; for an axe-core rule in :data:`MEASURED`, its plain words'
    first clause with what was measured ("This text is too faint against its background:
    3.2:1, needs 4.5:1."), then the rest of them."""
    said = plain(finding.rule, finding.source)
    read = MEASURED.get(finding.rule) if finding.source is Source.AXE else None
    measure = read(finding.message) if read is not None and said is not None else None
    if said is None or measure is None:
        return said
    lead, _, rest = said.why.partition(":")
    lead = lead.rstrip(". ")
    if lead.startswith("Some text "):  # one element's finding
        lead = "This text " + lead.removeprefix("Some text ")
    rest = rest.strip()
    after = f" {rest[:1].upper()}{rest[1:]}" if rest else ""
    return Plain(said.title, f"{lead}: {measure}.{after}")


#: Share of a message's words that its plain words must hold for it to say nothing more.
SAID_ALREADY = 0.8

_WORD = re.compile(r"\w+")

#: Text a message quotes (the element's words, a banner's label, a value): what it adds.
_QUOTED = re.compile(r"'[^']+'|\"[^\"]+\"|“[^”]+”|«[^»]+»|‘[^’]+’")


def says_again(message: str, said: Plain | None) -> bool:
    """Whether ``message`` only repeats ``said`` (it quotes nothing and at least
    ``SAID_ALREADY`` of its words are in it): a card then shows the plain words alone, not
    the same sentence twice."""
    if said is None or _QUOTED.search(message):
        return False
    words = _WORD.findall(message.lower())
    known = set(_WORD.findall(f"{said.title} {said.why}".lower()))
    return bool(words) and sum(word in known for word in words) >= SAID_ALREADY * len(words)
