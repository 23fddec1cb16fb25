"""Orientation locked with CSS transforms (WCAG 1.3.4, W3C ACT b33eff).

Reads ``<style>`` elements, the linked style sheets read for the page
(:mod:`broadsheet.checks.linked_css`: a file's, an ACT case's, a URL's as the browser fetched
them) and ``style`` attributes: for every element a rule inside an ``@media (orientation:
...)`` block (or a sheet whose ``media`` names an orientation) rotates, the rotation about
the Z axis is worked out in landscape and in portrait from the ``rotate`` and ``transform``
declarations that win the cascade in each (``!important``, then the style attribute, then
cascade layers, then specificity, then order), its ancestors' rotations included: what
turns is the element as drawn. A difference of a quarter turn locks the page to one
orientation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import tinycss2

from broadsheet.checks import dom, linked_css
from broadsheet.checks.css import (
    author_value,
    css_style_element,
    declarations_of,
    in_scope,
    select,
    sheet_text,
    specificity,
)
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact

ORIENTATIONS = ("landscape", "portrait")
_ORIENTATION = re.compile(r"orientation\s*:\s*(landscape|portrait)", re.I)
_ANGLE = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(deg|rad|grad|turn)?$", re.I)
_UNITS = {"deg": 1.0, "rad": 180 / math.pi, "grad": 0.9, "turn": 360.0, "": 1.0}
_ROTATING = frozenset({"rotate", "rotatez", "rotate3d", "matrix", "matrix3d"})


@dataclass(frozen=True, slots=True)
class Declared:
    """One ``rotate`` or ``transform`` declaration and the orientations it applies in."""

    prop: str
    value: list[Any]  # tinycss2 component values
    orientations: frozenset[str]
    specificity: tuple[int, int, int]
    order: int
    important: bool = False
    inline: bool = False  # from the ``style`` attribute
    #: The cascade layer's rank (layers in the order first named); outside layers: inf.
    layer: float = math.inf

    @property
    def precedence(self) -> tuple[bool, bool, float, tuple[int, int, int], int]:
        """Its rank in the cascade (CSS Cascade 5: importance, the style attribute, layers,
        specificity, order; for ``!important`` an earlier layer wins, and outside layers
        loses)."""
        return (self.important, self.inline, -self.layer if self.important else self.layer,
                self.specificity, self.order)


def angle(text: str) -> float | None:
    """An angle in degrees (unitless only for 0); None when it is not an angle."""
    match = _ANGLE.match(text.strip())
    if match is None or (match.group(2) is None and float(match.group(1)) != 0):
        return None
    return float(match.group(1)) * _UNITS[(match.group(2) or "").lower()]


def _numbers(arguments: list[Any]) -> list[str]:
    return [tinycss2.serialize([t]).strip() for t in arguments
            if getattr(t, "type", "") not in {"whitespace", "literal", "comment"}]


def _computed_later(tokens: list[Any]) -> bool:
    """A function (``calc()``, ``var()``, ``env()``...) among the tokens: resolved when the
    value is computed, which the static checker does not do."""
    return any(getattr(t, "type", "") == "function" for t in tokens)


def z_rotation(prop: str, value: list[Any]) -> float:
    """Degrees of rotation about the Z axis a ``rotate`` or ``transform`` value gives (NaN
    when an angle is computed by a function)."""
    if prop == "rotate" and _computed_later(value):
        return math.nan
    if prop == "rotate":
        parts = _numbers(value)
        if not parts or parts[0].lower() == "none":
            return 0.0
        # CSS Transforms 2: ``[ x | y | z | <number>{3} ] && <angle>``, the angle either side
        where = [i for i, p in enumerate(parts) if angle(p) is not None and not _is_number(p)]
        if not where and parts[-1] in {"0", "0.0"}:
            where = [len(parts) - 1]
        if len(where) != 1:
            return 0.0
        found = angle(parts[where[0]]) or 0.0
        axis = [p.lower() for i, p in enumerate(parts) if i != where[0]]
        if axis in ([], ["z"]):
            return found
        if len(axis) == 3 and all(_is_number(a) for a in axis) \
                and float(axis[0]) == 0 and float(axis[1]) == 0 and float(axis[2]) != 0:
            return found if float(axis[2]) > 0 else -found
        return 0.0
    total = 0.0
    for token in value:
        if getattr(token, "type", "") != "function":
            continue
        name = token.lower_name
        if name in _ROTATING and _computed_later(token.arguments):
            return math.nan
        args = _numbers(token.arguments)
        if name in {"rotate", "rotatez"} and args:
            total += angle(args[0]) or 0.0
        elif name == "rotate3d" and len(args) == 4:
            x, y, z = (float(a) if _is_number(a) else 1.0 for a in args[:3])
            if x == 0 and y == 0 and z != 0:
                total += (angle(args[3]) or 0.0) * (1 if z > 0 else -1)
        elif name in {"matrix", "matrix3d"} and len(args) >= 2 \
                and all(_is_number(a) for a in args[:2]):
            total += math.degrees(math.atan2(float(args[1]), float(args[0])))
    return total


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _rotates(prop: str, value: list[Any]) -> bool:
    if prop == "rotate":
        return True
    return any(getattr(t, "type", "") == "function"
               and t.lower_name in _ROTATING for t in value)


def declarations(doc: Document) -> dict[Element, list[Declared]]:
    """``rotate`` and ``transform`` declarations from ``<style>`` rules, per element, with
    the ``style`` attribute's of the elements a rule reaches."""
    cached = doc.values.get("orientation-declarations")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: dict[Element, list[Declared]] = {}
    order = 0
    sheets = [(sheet, sheet_text(doc, sheet)) for sheet in _sheets(doc)]
    if not any(_mentions(css, "orientation") or _mentions(style.get("media") or "", "orientation")
               for style, css in sheets):
        sheets = []  # no rule can apply in one orientation only: nothing to tokenise
    layers: dict[str, int] = {}  # layer name -> rank, shared by the page's sheets
    for style, css in sheets:
        if not _mentions(css, "rotate") and not _mentions(css, "matrix"):
            continue
        media = style.get("media")
        where = media_orientations(media) if media is not None else frozenset(ORIENTATIONS)
        scope = doc.scopes.get(style) if doc.scopes else None  # a shadow host, or None
        for rule, applies, layer in _rules(tinycss2.parse_stylesheet(
                css, skip_comments=True, skip_whitespace=True), where, layers):
            decls = declarations_of(rule.content, {"rotate", "transform"})
            if not decls:
                continue
            for part in tinycss2.serialize(rule.prelude).split(","):
                matched = in_scope(doc, scope, select(doc, part.strip()))
                if not matched or (weight := specificity(part)) is None:
                    continue
                for decl in decls:
                    order += 1
                    entry = Declared(decl.lower_name, list(decl.value), applies, weight, order,
                                     decl.important, layer=layer)
                    for el in matched:
                        found.setdefault(el, []).append(entry)
    for el, declared in found.items():
        for decl in declarations_of(el.get("style") or "", {"rotate", "transform"}):
            order += 1
            declared.append(Declared(decl.lower_name, list(decl.value),
                                     frozenset(ORIENTATIONS), (0, 0, 0), order,
                                     decl.important, inline=True))
    doc.values["orientation-declarations"] = found
    return found


def _sheets(doc: Document) -> list[Element]:
    """``<style>`` elements that make CSS style sheets and the linked sheets read
    (:mod:`broadsheet.checks.linked_css`) in tree order, whatever their ``media`` (an
    orientation query is what this rule reads), not in a template's inert content."""
    linked = doc.values.get(linked_css.KEY) or {}
    found = doc.tags("style")
    if linked:
        order = {el: i for i, el in enumerate(doc.elements)
                 if el in linked or local_name(el) == "style"}
        found = sorted([*found, *linked], key=order.__getitem__)
    return [sheet for sheet in found
            if (sheet in linked or css_style_element(sheet))
            and (not doc.scopes or (scope := doc.scopes.get(sheet)) is None
                 or local_name(scope) != "template")]


_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)


def _mentions(css: str, word: str) -> bool:
    """Whether the word is in the text, read as CSS reads escapes (``orient\\61 tion``): a
    cheap test before tokenising a whole style sheet."""
    if "\\" in css:
        css = _ESCAPE.sub(lambda m: m.group(2) or chr(min(int(m.group(1), 16), 0x10FFFF)), css)
    return word in css.lower()


#: Media types a screen never matches (Media Queries 4; the deprecated ones match nothing).
_OTHER_MEDIA = frozenset({"print", "speech", "tty", "tv", "projection", "handheld", "braille",
                          "embossed", "aural"})


def media_orientations(query_list: str) -> frozenset[str]:
    """The orientations of a screen in which a media query list may match: a query with no
    ``orientation`` feature matches in both, one for another medium (``print``) in neither,
    ``not`` inverts a query. Other features (widths) are taken to match."""
    found: set[str] = set()
    for query in query_list.lower().split(","):
        words = query.split()
        negated = bool(words) and words[0] == "not"
        if words and words[0] in {"not", "only"}:
            words = words[1:]
        screen = not (words and words[0] in _OTHER_MEDIA)
        named = set(_ORIENTATION.findall(query))
        # both named: "(orientation: portrait) and (orientation: landscape)" never matches
        wanted = (set() if len(named) > 1 else named) if named else set(ORIENTATIONS)
        matches = wanted if screen else set()
        found |= set(ORIENTATIONS) - matches if negated else matches
    return frozenset(found)


#: Grouping at-rules whose content applies as if outside them (their condition aside).
_GROUPING = frozenset({"supports", "container", "scope", "document"})


def _rules(nodes: Iterable[Any], where: frozenset[str], layers: dict[str, int],
           layer: str | None = None) -> Iterable[tuple[Any, frozenset[str], float]]:
    """Style rules with the orientations they apply in (nested ``@media`` narrows them) and
    their cascade layer's rank (``layers`` ranks names as first met; inf outside layers)."""
    for node in nodes:
        kind = getattr(node, "type", "")
        if kind == "qualified-rule":
            yield node, where, (math.inf if layer is None else layers[layer])
        elif kind == "at-rule" and node.lower_at_keyword == "layer":
            names = [n.strip() for n in tinycss2.serialize(node.prelude).split(",")]
            names = [f"{layer}.{n}" if layer and n else n for n in names if n]
            for name in names:
                layers.setdefault(name, len(layers))
            if node.content is not None:
                name = names[0] if names else f"{layer or ''}.#anonymous{len(layers)}"
                layers.setdefault(name, len(layers))
                yield from _rules(tinycss2.parse_rule_list(
                    node.content, skip_comments=True, skip_whitespace=True), where, layers, name)
        elif kind == "at-rule" and node.content is not None and (
                node.lower_at_keyword == "media" or node.lower_at_keyword in _GROUPING):
            inner = where
            if node.lower_at_keyword == "media":
                inner = where & media_orientations(tinycss2.serialize(node.prelude))
            if inner:
                yield from _rules(tinycss2.parse_rule_list(
                    node.content, skip_comments=True, skip_whitespace=True), inner, layers,
                    layer)


def rotation_in(declared: list[Declared], orientation: str) -> float:
    """The element's Z rotation in one orientation: the winning value of each property."""
    total = 0.0
    for prop in ("rotate", "transform"):
        candidates = [d for d in declared if d.prop == prop and orientation in d.orientations]
        if candidates:
            winner = max(candidates, key=lambda d: d.precedence)
            total += z_rotation(prop, winner.value)
    return total


class CssOrientationLock(Rule):
    """Checks that CSS does not turn the page a quarter turn in one orientation only.

    Applies to visible HTML elements that a style sheet rule inside an ``@media
    (orientation: landscape|portrait)`` block rotates (``rotate``, or ``transform`` with
    ``rotate()``, ``rotateZ()``, ``rotate3d()``, ``matrix()``, ``matrix3d()``). Their
    rotation in landscape and in portrait must not differ by 90 degrees. Linked style sheets
    are read where the page's folder (or the live engine's fetch) has them.

    Why it matters: people with a device mounted on a wheelchair, or who cannot turn it, need
    the content upright in the orientation they have.

    How to fix: let the layout adapt to both orientations instead of rotating the page.
    """

    id = "css-orientation-lock"
    help = "Do not lock the page to one orientation"
    description = "CSS does not rotate content a quarter turn in one orientation only."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.3.4",)
    act_ids = ("b33eff",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el, declared in declarations(doc).items():
            conditional = any(len(d.orientations) == 1 and _rotates(d.prop, d.value)
                              for d in declared)
            # b33eff applies to *visible* elements only: one moved off screen or clipped
            # away draws no pixel (left: -9999px failed, where the rule does not apply).
            if conditional and namespace(el) == HTML_NS and dom.drawn(doc, el) \
                    and not _transparent(doc, el):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        landscape, portrait = (drawn_rotation(doc, element, o) for o in ORIENTATIONS)
        if math.isnan(landscape) or math.isnan(portrait):
            return cant_tell("An angle of its rotation is computed (calc(), var()): how far it "
                             "turns in each orientation needs a browser")
        turn = (landscape - portrait) % 360
        said = f"Rotated {landscape:g}° in landscape and {portrait:g}° in portrait"
        if min(abs(turn - 90), abs(turn - 270)) >= 0.5:
            return passed(said)
        if not _draws(element):
            return cant_tell(f"{said}, but it has no text or image: whether it draws "
                             "anything to turn depends on its box")
        return failed(f"{said}: a quarter turn locks the content to one orientation")


#: HTML elements laid out inline by default that are not replaced: transforms skip them.
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i",
                     "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong",
                     "sub", "sup", "time", "u", "var", "font", "big", "tt", "strike", "nobr"})
#: Elements that draw by themselves, empty or not.
_DRAWING = frozenset({"img", "svg", "video", "canvas", "iframe", "input", "select", "textarea",
                      "button", "object", "embed", "hr", "meter", "progress", "picture"})


def _transformable(doc: Document, element: Element) -> bool:
    """CSS Transforms 1: a non-replaced inline box (and ``display: contents``) takes no
    transform."""
    display = (author_value(doc, element, "display") or "").split()
    name = local_name(element)
    if display and display[0] in {"contents", "none", "table-column", "table-column-group"}:
        return False
    if name in _DRAWING:
        return True
    return display[0] != "inline" if display else name not in _INLINE


def drawn_rotation(doc: Document, element: Element, orientation: str) -> float:
    """The element's rotation about Z as drawn in one orientation: its own and its
    ancestors' that the page's CSS gives."""
    declared = declarations(doc)
    return sum(rotation_in(declared[el], orientation) for el in dom.lineage(element)
               if el in declared and namespace(el) == HTML_NS and _transformable(doc, el))


def _transparent(doc: Document, element: Element) -> bool:
    """``opacity: 0`` on the element or an ancestor: nothing of it is drawn."""
    for el in dom.lineage(element):
        value = (author_value(doc, el, "opacity") or "").strip()
        try:
            number = float(value[:-1]) / 100 if value.endswith("%") else float(value)
        except ValueError:
            continue
        if number <= 0:
            return True
    return False


def _draws(element: Element) -> bool:
    """Text or an element that draws by itself inside: something to see turn."""
    return any(t.strip() for t in element.itertext()) or any(
        isinstance(el.tag, str) and local_name(el) in _DRAWING for el in element.iter())


RULES = [CssOrientationLock]
