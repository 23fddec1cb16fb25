"""Text spacing that a ``style`` attribute locks with ``!important`` (WCAG 1.4.12, W3C ACT).

A declaration in a ``style`` attribute marked ``!important`` beats every author style sheet, so
a user's spacing cannot override it; it must already be wide enough. Font sizes are resolved
from inline styles, ``<style>`` rules (a small cascade: importance, specificity, order) and
the user-agent sizes of headings; units that need a viewport or font metrics make the
verdict ``cant_tell``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import tinycss2

from broadsheet.checks import dom
from broadsheet.checks.css import author_value, stylesheet_declarations
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact, Outcome

DEFAULT_FONT_SIZE = 16.0
#: Font sizes of the HTML user-agent style sheet, relative to the parent's.
_UA_FONT_SIZE = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67,
                 "small": 0.833, "sub": 0.833, "sup": 0.833}
_KEYWORD_SIZE = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0,
                 "large": 18.0, "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_ABSOLUTE = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54,
             "mm": 96 / 25.4, "q": 96 / 101.6}
_LENGTH = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)", re.I)
_DEFERRING = frozenset({"inherit", "unset", "revert", "revert-layer"})
#: Inline styles that move text out of the viewport or clip it away.
_OFFSCREEN = re.compile(
    r"(?:^|;)\s*(?:top|left|right|bottom|margin-left|margin-top|text-indent)\s*:\s*-\s*"
    r"(?:\d{3,}(?:\.\d*)?px|\d{2,}(?:\.\d*)?(?:em|rem))|clip\s*:\s*rect\(\s*0", re.I)


class Unknown(Exception):
    """A value the static checker cannot resolve (viewport units, ``calc()``...)."""


def inline_declaration(element: Element, prop: str) -> tuple[str, bool] | None:
    """The ``style`` attribute's winning declaration of ``prop``: (value, important)."""
    style = element.get("style")
    if not style or prop not in style.lower():
        return None
    best: tuple[str, bool] | None = None
    for decl in tinycss2.parse_declaration_list(style, skip_comments=True,
                                                skip_whitespace=True):
        if decl.type != "declaration" or decl.lower_name != prop:
            continue
        value = tinycss2.serialize(decl.value).strip().lower()
        if not _valid(prop, value):
            continue  # an invalid declaration is dropped by the CSS parser
        if best is None or decl.important or not best[1]:
            best = (value, decl.important)
    return best


_GLOBAL = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
_KEYWORDS = {"letter-spacing": {"normal"}, "word-spacing": {"normal"},
             "line-height": {"normal"}, "font-size": set(_KEYWORD_SIZE) | {"smaller", "larger",
                                                                            "math"}}


def _valid(prop: str, value: str) -> bool:
    """Whether ``value`` is a value ``prop`` accepts (lengths, its keywords, functions)."""
    if not value:
        return False
    if value in _GLOBAL or value in _KEYWORDS.get(prop, set()) or "(" in value:
        return True
    match = _LENGTH.fullmatch(value)
    if match is None:
        return False
    unit = match.group(2)
    if unit == "":
        number = float(match.group(1))
        return (prop == "line-height" and number >= 0) or number == 0
    if unit == "%":
        return prop in {"line-height", "font-size", "word-spacing", "letter-spacing"}
    return True


#: A token of a math function (CSS Values 4): a number with its unit, an operator, a comma,
#: a parenthesis or a function's name with its opening parenthesis.
_MATH_TOKEN = re.compile(r"\s*(?:([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[a-z%]*)|([-+*/,()])|"
                         r"(calc|min|max|clamp)\()", re.I)


def _math(value: str, em: float, root: float, percent_of: float | None) -> float:
    """A ``calc()``, ``min()``, ``max()`` or ``clamp()`` of lengths (CSS Values 4 §10) in px;
    a term :func:`_length` cannot resolve (``vw``, ``var()``) raises :class:`Unknown`."""
    tokens: list[str] = []
    index = 0
    text = value.strip()
    while index < len(text):
        match = _MATH_TOKEN.match(text, index)
        if match is None or match.end() == index:
            if text[index:].strip():
                raise Unknown(value)
            break
        tokens.append(match.group(3).lower() + "(" if match.group(3)
                      else (match.group(1) or match.group(2)))
        index = match.end()
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take(expected: str | None = None) -> str:
        nonlocal position
        token = peek()
        if token is None or (expected is not None and token != expected):
            raise Unknown(value)
        position += 1
        return token

    def sum_() -> tuple[float, bool]:  # (value, is a length)
        total, length = product()
        while peek() in {"+", "-"}:
            sign = take()
            term, term_length = product()
            if term_length != length:
                raise Unknown(value)
            total = total + term if sign == "+" else total - term
        return total, length

    def product() -> tuple[float, bool]:
        total, length = factor()
        while peek() in {"*", "/"}:
            operator = take()
            other, other_length = factor()
            if operator == "*" and not (length and other_length):
                total, length = total * other, length or other_length
            elif operator == "/" and not other_length and other != 0:
                total = total / other
            else:
                raise Unknown(value)
        return total, length

    def factor() -> tuple[float, bool]:
        token = take()
        if token in {"(", "calc("}:
            found = sum_()
            take(")")
            return found
        if token in {"min(", "max(", "clamp("}:
            args = [sum_()]
            while peek() == ",":
                take()
                args.append(sum_())
            take(")")
            if len({length for _, length in args}) != 1 or (token == "clamp(" and len(args) != 3):
                raise Unknown(value)
            numbers = [number for number, _ in args]
            if token == "clamp(":
                return max(numbers[0], min(numbers[1], numbers[2])), args[0][1]
            return (min(numbers) if token == "min(" else max(numbers)), args[0][1]
        unit = _LENGTH.fullmatch(token)
        if unit is None:
            raise Unknown(value)
        if unit.group(2) == "":
            return float(unit.group(1)), False
        return _length(token, em, root, percent_of=percent_of), True

    found, length = sum_()
    if position != len(tokens) or not (length or found == 0):
        raise Unknown(value)
    return found


def _length(value: str, em: float, root: float, *, percent_of: float | None) -> float:
    if re.match(r"\s*(?:calc|min|max|clamp)\(", value, re.I):
        return _math(value, em, root, percent_of)
    match = _LENGTH.fullmatch(value.strip())
    if match is None:
        raise Unknown(value)
    number, unit = float(match.group(1)), match.group(2).lower()
    if unit in _ABSOLUTE:
        return number * _ABSOLUTE[unit]
    if unit == "em":
        return number * em
    if unit == "rem":
        return number * root
    if unit in {"ex", "ch"}:
        return number * em * 0.5
    if unit == "%" and percent_of is not None:
        return number * percent_of / 100
    if unit == "" and number == 0:
        return 0.0
    raise Unknown(value)


def _cascaded_font_size(doc: Document, element: Element) -> str | None:
    inline = inline_declaration(element, "font-size")
    sheet = stylesheet_declarations(doc, "font-size").get(element, [])
    important = [d for d in sheet if d[0]]
    if inline is not None and inline[1]:
        return inline[0]
    if important:
        return max(important, key=lambda d: (d[1], d[2]))[3].lower()
    if inline is not None:
        return inline[0]
    if sheet:
        return max(sheet, key=lambda d: (d[1], d[2]))[3].lower()
    return None


def font_size(doc: Document, element: Element) -> float:
    """The computed ``font-size`` in px; raises :class:`Unknown` when it cannot be resolved."""
    memo = doc.memo("font-size")
    chain: list[Element] = []
    current: Element | None = element
    size = root = DEFAULT_FONT_SIZE
    while current is not None:
        if current in memo:
            size = memo[current]
            break
        chain.append(current)
        current = dom.parent(current)
    if memo.get(doc.root) is not None:
        root = memo[doc.root]
    for el in reversed(chain):
        try:
            size = _own_font_size(doc, el, size, root)
        except Unknown:
            size = float("nan")
        memo[el] = size
        if el is doc.root:
            root = size
    if size != size:  # NaN: something on the way was unresolvable
        raise Unknown("font-size")
    return float(size)


def _own_font_size(doc: Document, el: Element, parent_size: float, root: float) -> float:
    if parent_size != parent_size:
        return parent_size
    value = _cascaded_font_size(doc, el)
    if value is None or value in _DEFERRING:
        ua = _UA_FONT_SIZE.get(local_name(el)) if namespace(el) == HTML_NS else None
        return parent_size * ua if ua and value is None else parent_size
    if value in _KEYWORD_SIZE or value == "initial":
        return _KEYWORD_SIZE.get(value, DEFAULT_FONT_SIZE)
    if value == "smaller":
        return parent_size / 1.2
    if value == "larger":
        return parent_size * 1.2
    return _length(value, parent_size, root, percent_of=parent_size)


def _visible_text_children(doc: Document, element: Element) -> bool:
    texts = [element.text, *(child.tail for child in element)]
    if not any(t and t.strip() for t in texts):
        return False
    if not dom.drawn(doc, element):
        return False
    return not any(_OFFSCREEN.search(dom.style_of(el))
                   for el in [element, *dom.ancestors(element)]) \
        and not dom.transparent_text(doc, element) and not _zero_size(doc, element)


def _zero_size(doc: Document, element: Element) -> bool:
    """Text of ``font-size: 0`` draws no pixel: not ACT *visible* (a 0.1em spacing on it
    passed, where the rule does not apply)."""
    try:
        return font_size(doc, element) <= 0
    except Unknown:
        return False


def _targets(doc: Document, prop: str) -> list[Element]:
    found = []
    for el in dom.carrying(doc, "style"):
        if namespace(el) != HTML_NS or not el.get("style"):
            continue
        declared = inline_declaration(el, prop)
        if declared is None or not declared[1] or declared[0] in _DEFERRING:
            continue
        if _visible_text_children(doc, el):
            found.append(el)
    return found


#: HTML's user-agent ``white-space`` of elements that do not wrap (``td nowrap`` apart).
_UA_NO_WRAP = frozenset({"pre", "listing", "xmp", "plaintext", "nobr"})
_WRAP_PROPS = ("text-wrap-mode", "text-wrap", "white-space")


def wrapping(doc: Document, element: Element) -> bool:
    """Whether the element's text may soft-wrap (CSS Text 3/4): not where the inherited
    ``white-space`` is ``nowrap`` or ``pre`` (``text-wrap-mode``/``text-wrap`` ``nowrap``),
    the nearest declaration deciding, else the user agent's (``pre``, ``nobr``,
    ``td nowrap``)."""
    for el in dom.lineage(element):
        for prop in _WRAP_PROPS:
            value = author_value(doc, el, prop)
            if value is None or value in _GLOBAL:
                continue
            words = value.split()
            if prop == "white-space" and words == ["pre"]:
                return False
            if "nowrap" in words:
                return False
            if "wrap" in words or prop == "white-space":
                return True
        if namespace(el) == HTML_NS and (local_name(el) in _UA_NO_WRAP or (
                local_name(el) in {"td", "th"} and el.get("nowrap") is not None)):
            return False
    return True


class _SpacingRule(Rule):
    prop: str
    factor: float

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _targets(doc, self.prop)

    def used(self, value: str, size: float, root: float) -> float:
        if value in {"normal", "initial"}:
            return 0.0
        return _length(value, size, root, percent_of=None)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        declared = inline_declaration(element, self.prop)
        if declared is None:
            return passed(f"No {self.prop} declared")
        try:
            size = font_size(doc, element)
            value = self.used(declared[0], size, font_size(doc, doc.root))
        except Unknown as exc:
            return cant_tell(f"{self.prop} {declared[0]!r} cannot be resolved without a "
                             f"browser ({exc})")
        needed = self.factor * size
        if value + 1e-6 >= needed:
            return passed(f"{self.prop} is {value:.1f}px, at least {self.factor} x the "
                          f"{size:.1f}px font size")
        return failed(f"{self.prop} is locked with !important at {value:.1f}px, under "
                      f"{self.factor} x the {size:.1f}px font size ({needed:.1f}px)")


class LetterSpacingImportant(_SpacingRule):
    """Checks that ``letter-spacing`` locked with ``!important`` in a ``style`` attribute is
    at least 0.12 times the font size.

    Applies to HTML elements with visible text of their own whose ``style`` attribute
    declares ``letter-spacing`` with ``!important``.

    Why it matters: people with dyslexia or low vision widen letter spacing with a user
    style sheet or extension; an important inline declaration beats it.

    How to fix: drop ``!important`` (or the declaration), or use at least ``0.12em``.
    """

    id = "letter-spacing-important"
    help = "Do not lock narrow letter spacing with !important"
    description = "Important letter-spacing in style attributes is at least 0.12 x font size."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.4.12",)
    act_ids = ("24afc2",)
    prop = "letter-spacing"
    factor = 0.12


class WordSpacingImportant(_SpacingRule):
    """Checks that ``word-spacing`` locked with ``!important`` in a ``style`` attribute is at
    least 0.16 times the font size.

    Applies to HTML elements with visible text of their own whose ``style`` attribute
    declares ``word-spacing`` with ``!important``.

    Why it matters: wider gaps between words help people who read with difficulty; an
    important inline declaration stops their style sheet from widening them.

    How to fix: drop ``!important`` (or the declaration), or use at least ``0.16em``.
    """

    id = "word-spacing-important"
    help = "Do not lock narrow word spacing with !important"
    description = "Important word-spacing in style attributes is at least 0.16 x font size."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.4.12",)
    act_ids = ("9e45ec",)
    prop = "word-spacing"
    factor = 0.16


class LineHeightImportant(_SpacingRule):
    """Checks that ``line-height`` locked with ``!important`` in a ``style`` attribute is at
    least 1.5 times the font size.

    Applies to HTML elements with visible text of their own that wraps onto several lines
    and whose ``style`` attribute declares ``line-height`` with ``!important``. Whether text
    wraps is estimated from its length and the nearest inline ``width``/``max-width``
    (about half an em per character); when the estimate is close the answer is
    ``cant_tell``.

    Why it matters: more space between lines helps people with low vision or dyslexia keep
    their place; an important inline declaration stops their style sheet from adding it.

    How to fix: drop ``!important`` (or the declaration), or use at least ``1.5``.
    """

    id = "line-height-important"
    help = "Do not lock tight line height with !important"
    description = "Important line-height in style attributes is at least 1.5 x font size."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.4.12",)
    act_ids = ("78fd32",)
    prop = "line-height"
    factor = 1.5
    #: The width text is laid out in when no inline width says otherwise (a small laptop).
    viewport = 1280.0

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _targets(doc, self.prop) if self._wraps(doc, el) is not False]

    def _wraps(self, doc: Document, element: Element) -> bool | None:
        """Whether the text soft-wraps: True, False, or None when too close to call."""
        if not wrapping(doc, element):
            return False
        try:
            size = font_size(doc, element)
        except Unknown:
            return None
        chars = len(" ".join(dom.text_content(element).split()))
        width = self.viewport
        for el in [element, *dom.ancestors(element)]:
            for prop in ("width", "max-width"):
                declared = inline_declaration(el, prop)
                if declared is None:
                    continue
                try:
                    width = min(width, _length(declared[0], size, DEFAULT_FONT_SIZE,
                                               percent_of=None))
                except Unknown:
                    continue
        estimate = chars * size * 0.5
        if estimate > width * 1.3:
            return True
        if estimate < width * 0.7:
            return False
        return None

    def used(self, value: str, size: float, root: float) -> float:
        if value in {"normal", "initial"}:
            return 1.2 * size
        match = _LENGTH.fullmatch(value)
        if match is not None and match.group(2) == "":
            return float(match.group(1)) * size
        return _length(value, size, root, percent_of=size)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        verdict = super().evaluate(element, doc)
        if verdict.outcome is Outcome.FAILED and self._wraps(doc, element) is None:
            return cant_tell(verdict.message + "; whether the text wraps needs a browser")
        return verdict


RULES = [LetterSpacingImportant, WordSpacingImportant, LineHeightImportant]
