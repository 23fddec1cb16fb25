"""Visible label part of the accessible name (WCAG 2.5.3, W3C ACT 2ee8b8).

The visible inner text and the "label in name" algorithm of the ACT rule: drop text in
parentheses, case-fold, NFKD, keep letters and digits, split into words; the label's words
must be a contiguous run of the name's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from broadsheet.checks import dom
from broadsheet.checks.accname import accessible_name
from broadsheet.checks.css import author_value, stylesheet_declarations
from broadsheet.checks.parse import HTML_NS, SVG_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact

#: Widget roles that take their name from content (the ACT rule's list).
ROLES = frozenset({"button", "checkbox", "gridcell", "link", "menuitem", "menuitemcheckbox",
                   "menuitemradio", "option", "radio", "searchbox", "switch", "tab",
                   "treeitem"})
_PARENTHESES = re.compile(r"\([^()]*\)")
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "caption", "center", "dd",
                    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
                    "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "search",
                    "section", "summary", "table", "ul"})
#: Displays whose children are blockified (CSS Display 3: flex and grid items).
_BLOCKIFYING = frozenset({"flex", "inline-flex", "grid", "inline-grid"})
_CELL = frozenset({"td", "th", "tr"})


def tokens(text: str) -> list[str]:
    """The ACT label-in-name tokenisation of ``text``."""
    previous = None
    while previous != text:
        previous, text = text, _PARENTHESES.sub(" ", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch if unicodedata.category(ch)[0] in "LN" else " " for ch in text)
    return kept.split()


def contains(name: list[str], label: list[str]) -> bool:
    """``label`` is a contiguous run of ``name`` (an empty label always is)."""
    if not label:
        return True
    width = len(label)
    return any(name[i:i + width] == label for i in range(len(name) - width + 1))


_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)")
_HEX_CLEAR = re.compile(r"#(?:[0-9a-f]{6}00|[0-9a-f]{3}0)")


def _transparent(colour: str) -> bool:
    """``transparent``, a zero alpha (``rgb(0 0 0 / 0)``, ``rgba(0, 0, 0, 0)``) or ``#rgb0``."""
    if colour == "transparent" or _HEX_CLEAR.fullmatch(colour):
        return True
    found = re.fullmatch(r"(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((.*)\)", colour)
    if found is None:
        return False
    inside = found.group(1)
    parts = inside.split("/") if "/" in inside else inside.split(",")
    if len(parts) != (2 if "/" in inside else 4):
        return False
    alpha = parts[-1].strip()
    try:
        return float(alpha[:-1] if alpha.endswith("%") else alpha) == 0
    except ValueError:
        return False


def _tiny(value: str | None) -> bool:
    """A length of at most one pixel (``0``, ``1px``, ``0.5px``)."""
    found = re.fullmatch(r"\s*(\d*\.?\d+)(px)?\s*", value or "")
    return found is not None and float(found.group(1)) <= 1 and (
        found.group(2) is not None or float(found.group(1)) == 0)


def text_unseen(doc: Document, element: Element) -> bool:
    """Its text draws no pixel, by the author's cascade: visually hidden
    (:func:`dom.hidden_visually`), clipped to at most a pixel (``clip: rect(1px, 1px, 1px, 1px)``,
    ``clip-path: inset(50%)``, a box of at most 1px with ``overflow: hidden``), scaled to
    nothing or a transparent text colour. A hidden text is never read as part of a label."""
    if dom.hidden_visually(doc, element):
        return True
    value = author_value(doc, element, "clip")
    if value and value.startswith("rect(") and all(
            abs(float(n)) <= 1 for n in _NUMBER.findall(value)):
        return True
    value = author_value(doc, element, "clip-path") or ""
    if re.match(r"(?:inset\(\s*(?:50(?:\.\d+)?|[5-9]\d|100)%|circle\(\s*0)", value):
        return True
    if (author_value(doc, element, "overflow") or "").split()[:1] in (["hidden"], ["clip"]) \
            and (_tiny(author_value(doc, element, "width"))
                 or _tiny(author_value(doc, element, "height"))):
        return True
    if re.match(r"scale[xy]?\(\s*0*\.?0*\s*[,)]", author_value(doc, element, "transform") or ""):
        return True
    return _transparent(author_value(doc, element, "color") or "")


def _declared(doc: Document, element: Element, prop: str) -> str | None:
    """The value of ``prop`` from the style attribute, else the last ``<style>`` rule."""
    for decl in reversed([d.strip() for d in dom.style_of(element).split(";")]):
        key, _, value = decl.partition(":")
        if key.strip().lower() == prop and value.strip():
            return value.strip().lower()
    sheet = stylesheet_declarations(doc, prop).get(element, [])
    return max(sheet, key=lambda d: (d[0], d[1], d[2]))[3].lower() if sheet else None


def _edge(doc: Document, element: Element, name: str) -> str:
    display = _declared(doc, element, "display")
    if display is None:
        return "\n" if name in _BLOCK else " " if name in _CELL else ""
    if display.startswith(("inline", "contents", "ruby")):
        return ""
    return " " if display in {"table-cell", "table-row"} else "\n"


def _icon_font(doc: Document, element: Element) -> bool:
    """Text drawn in an icon font (Material Icons, Font Awesome...): a symbol, not words."""
    return "icon" in (_declared(doc, element, "font-family") or "") or any(
        token.startswith(("material-icons", "material-symbols")) or token == "fa"
        or token.startswith("fa-") for token in (element.get("class") or "").lower().split())


def visible_inner_text(doc: Document, element: Element) -> str:
    """The ACT "visible inner text" as markup and ``<style>`` rules show it."""
    if any(_icon_font(doc, el) for el in dom.ancestors(element)):
        return ""  # font-family is inherited
    parts: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if not dom.is_rendered(doc, node) or local_name(node) in {"script", "style",
                                                                   "template"} \
                or (namespace(node) == SVG_NS and local_name(node).lower() in _SVG_UNDRAWN):
            continue
        if not dom.is_visible(doc, node) or text_unseen(doc, node):
            parts.append(" ")
            continue
        if _icon_font(doc, node):
            parts.append(" ")  # ligature icons: the text draws a symbol, not words
            continue
        name = local_name(node) if namespace(node) == HTML_NS else ""
        if name == "br":
            parts.append("\n")
        edge = _edge(doc, node, name)
        # flex and grid items are blockified: each starts and ends a line of its own
        display = (_declared(doc, node, "display") or "").split()
        items = "\n" if display and display[0] in _BLOCKIFYING else ""
        children: list[Element | str] = [edge, node.text or ""]
        shown = _shown_option(node) if name == "select" else None
        for child in node if shown is None else shown:
            if isinstance(child.tag, str):
                children.extend([items, child, items])
            children.append(child.tail or "")
        children.append(edge)
        stack.extend(reversed(children))
    return " ".join("".join(parts).split())


#: SVG elements that draw nothing themselves (SVG 2: never-rendered and descriptive ones).
_SVG_UNDRAWN = frozenset({"title", "desc", "metadata", "defs", "symbol", "clippath", "mask",
                          "pattern", "lineargradient", "radialgradient", "filter", "marker",
                          "script", "style"})


def _shown_option(select: Element) -> list[Element] | None:
    """What a drop-down ``select`` shows: its selected option, else its first (None for a
    list box, which shows them all)."""
    size = (select.get("size") or "").strip()
    if select.get("multiple") is not None or (size.isdigit() and int(size) > 1):
        return None
    options = [o for o in select.iter() if isinstance(o.tag, str) and local_name(o) == "option"]
    chosen = [o for o in options if o.get("selected") is not None]
    return [chosen[-1] if chosen else options[0]] if options else []


def _abbreviated(name: list[str], label: list[str]) -> bool:
    """Every label word missing from the name starts a name word ("Ave" for "Avenue")."""
    missing = [word for word in label if word not in name]
    return bool(missing) and all(
        any(full.startswith(word) and full != word for full in name) for word in missing)


#: Scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao,
#: Tibetan, Myanmar, Khmer): splitting them needs the language's word segmentation.
_UNSPACED = re.compile("[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
                       "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A mark inside a word that a spelling may keep or drop: hyphens, soft hyphen, apostrophes,
#: a dot or comma between digits or letters ("e-mail", "don't", "1,000").
_JOINER = re.compile("\\w[-\u00ad\u2010\u2011'\u2019.,\u00b7]\\w")


def _spelt_apart(name: str, label: str) -> bool:
    """The label's letters run together inside the name's, and the words may only be cut
    differently: hyphenation or punctuation inside a word ("E-mail" and "Email"), which the
    rule's applicability leaves out, or a script without spaces that whitespace cannot split
    into words (the rule asks for the language's word segmentation)."""
    joined_label = "".join(tokens(label))
    if not joined_label or joined_label not in "".join(tokens(name)):
        return False
    return any(_UNSPACED.search(text) or _JOINER.search(text) for text in (name, label))


class LabelInName(Rule):
    """Checks that the visible text of a control is part of its accessible name.

    Applies to elements with a widget role named from content (button, link, checkbox, tab,
    menuitem, option...) that have visible text and an ``aria-label`` or
    ``aria-labelledby``. After the ACT "label in name" tokenisation (text in parentheses
    dropped, case and punctuation ignored) the visible words must appear, in order and
    together, in the name. When the visible text is a single character (``X`` for "close")
    the answer is ``cant_tell``: it may be a symbol rather than a label.

    Why it matters: people using voice control say what they see ("click Send"); if the name
    is different the command does nothing.

    How to fix: start the ``aria-label`` with the visible text ("Send message" for a button
    showing "Send"), or drop the ``aria-label``.
    """

    id = "label-in-name"
    help = "Include the visible label in the accessible name"
    description = "Controls named with ARIA contain their visible text in their name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("2.5.3",)
    act_ids = ("2ee8b8",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.carrying(doc, "aria-label", "aria-labelledby")
                if dom.role(doc, el) in ROLES and not dom.summary_button(el)
                and tokens(visible_inner_text(doc, el))]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        label = visible_inner_text(doc, element)
        name = accessible_name(doc, element)
        if contains(tokens(name), tokens(label)):
            return passed(f"The name {name[:60]!r} contains the visible label {label[:60]!r}")
        if len("".join(tokens(label))) <= 1:
            return cant_tell(f"The visible label {label!r} may be a symbol, not text")
        if _spelt_apart(name, label):
            return cant_tell(f"The visible label {label[:60]!r} may differ from the name "
                             f"{name[:60]!r} only in hyphenation or word breaks")
        if _abbreviated(tokens(name), tokens(label)):
            return cant_tell(f"The visible label {label[:60]!r} may abbreviate the name "
                             f"{name[:60]!r}")
        return failed(f"The visible label {label[:60]!r} is not part of the accessible "
                      f"name {name[:60]!r}")


RULES = [LabelInName]
