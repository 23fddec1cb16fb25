"""Orientation locked with CSS transforms (WCAG 1.3.4, W3C ACT b33eff).

Reads ``<style>`` elements (external style sheets are not seen): for every element a rule
inside an ``@media (orientation: ...)`` block rotates, the rotation about the Z axis is worked
out in landscape and in portrait from the ``rotate`` and ``transform`` declarations that apply
in each (last of the highest specificity wins). A difference of a quarter turn locks the page
to one orientation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import tinycss2

from broadsheet.checks import dom
from broadsheet.checks.css import declarations_of, select, specificity
from broadsheet.checks.parse import HTML_NS, Document, Element, namespace
from broadsheet.checks.rule import Rule, Verdict, failed, passed
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


def angle(text: str) -> float | None:
    """An angle in degrees (unitless only for 0); None when it is not an angle."""
    match = _ANGLE.match(text.strip())
    if match is None or (match.group(2) is None and float(match.group(1)) != 0):
        return None
    return float(match.group(1)) * _UNITS[(match.group(2) or "").lower()]


def _numbers(arguments: list[Any]) -> list[str]:
    return [tinycss2.serialize([t]).strip() for t in arguments
            if getattr(t, "type", "") not in {"whitespace", "literal", "comment"}]


def z_rotation(prop: str, value: list[Any]) -> float:
    """Degrees of rotation about the Z axis a ``rotate`` or ``transform`` value gives."""
    if prop == "rotate":
        parts = _numbers(value)
        if not parts or parts[0].lower() == "none":
            return 0.0
        found = angle(parts[-1]) or 0.0
        axis = [p.lower() for p in parts[:-1]]
        if axis in ([], ["z"]):
            return found
        if len(axis) == 3 and axis[0] in {"0", "0.0"} and axis[1] in {"0", "0.0"}:
            return found if not axis[2].startswith("-") else -found
        return 0.0
    total = 0.0
    for token in value:
        if getattr(token, "type", "") != "function":
            continue
        name = token.lower_name
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
    """``rotate`` and ``transform`` declarations from ``<style>`` rules, per element."""
    cached = doc.values.get("orientation-declarations")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    found: dict[Element, list[Declared]] = {}
    order = 0
    sheets = [(style, "".join(str(t) for t in style.itertext())) for style in doc.tags("style")]
    if not any(_mentions(css, "orientation") or _mentions(style.get("media") or "", "orientation")
               for style, css in sheets):
        sheets = []  # no rule can apply in one orientation only: nothing to tokenise
    for style, css in sheets:
        if not _mentions(css, "rotate") and not _mentions(css, "matrix"):
            continue
        media = {m.lower() for m in _ORIENTATION.findall(style.get("media") or "")}
        for rule, where in _rules(tinycss2.parse_stylesheet(css, skip_comments=True,
                                                            skip_whitespace=True),
                                  frozenset(media or ORIENTATIONS)):
            decls = declarations_of(rule.content, {"rotate", "transform"})
            if not decls:
                continue
            for part in tinycss2.serialize(rule.prelude).split(","):
                matched = select(doc, part.strip())
                if not matched or (weight := specificity(part)) is None:
                    continue
                for decl in decls:
                    order += 1
                    entry = Declared(decl.lower_name, list(decl.value), where, weight, order)
                    for el in matched:
                        found.setdefault(el, []).append(entry)
    doc.values["orientation-declarations"] = found
    return found


_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)


def _mentions(css: str, word: str) -> bool:
    """Whether the word is in the text, read as CSS reads escapes (``orient\\61 tion``): a
    cheap test before tokenising a whole style sheet."""
    if "\\" in css:
        css = _ESCAPE.sub(lambda m: m.group(2) or chr(min(int(m.group(1), 16), 0x10FFFF)), css)
    return word in css.lower()


def _rules(nodes: Iterable[Any], where: frozenset[str]) -> Iterable[tuple[Any, frozenset[str]]]:
    """Style rules with the orientations they apply in (nested ``@media`` narrows them)."""
    for node in nodes:
        kind = getattr(node, "type", "")
        if kind == "qualified-rule":
            yield node, where
        elif kind == "at-rule" and node.lower_at_keyword == "media" \
                and node.content is not None:
            prelude = tinycss2.serialize(node.prelude)
            wanted = {m.lower() for m in _ORIENTATION.findall(prelude)}
            if wanted and re.search(r"\bnot\b", prelude, re.I):
                wanted = set(ORIENTATIONS) - wanted
            inner = where & frozenset(wanted) if wanted else where
            yield from _rules(tinycss2.parse_rule_list(
                node.content, skip_comments=True,
                skip_whitespace=True), inner)


def rotation_in(declared: list[Declared], orientation: str) -> float:
    """The element's Z rotation in one orientation: the winning value of each property."""
    total = 0.0
    for prop in ("rotate", "transform"):
        candidates = [d for d in declared if d.prop == prop and orientation in d.orientations]
        if candidates:
            winner = max(candidates, key=lambda d: (d.specificity, d.order))
            total += z_rotation(prop, winner.value)
    return total


class CssOrientationLock(Rule):
    """Checks that CSS does not turn the page a quarter turn in one orientation only.

    Applies to visible HTML elements that a ``<style>`` rule inside an ``@media
    (orientation: landscape|portrait)`` block rotates (``rotate``, or ``transform`` with
    ``rotate()``, ``rotateZ()``, ``rotate3d()``, ``matrix()``, ``matrix3d()``). Their
    rotation in landscape and in portrait must not differ by 90 degrees. External style
    sheets are not read.

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
            if conditional and namespace(el) == HTML_NS and dom.is_visible(doc, el):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        declared = declarations(doc).get(element, [])
        landscape = rotation_in(declared, "landscape")
        portrait = rotation_in(declared, "portrait")
        turn = (landscape - portrait) % 360
        if min(abs(turn - 90), abs(turn - 270)) < 0.5:
            return failed(f"Rotated {landscape:g}° in landscape and {portrait:g}° in "
                          "portrait: a quarter turn locks the content to one orientation")
        return passed(f"Rotated {landscape:g}° in landscape and {portrait:g}° in portrait")


RULES = [CssOrientationLock]
