"""Inline HTML through an allowlist sanitiser (nh3, the Rust ``ammonia``); never a regex.

Every change that loses or merges content is returned as a :class:`Change` so that the
renderer can report it against the field it came from.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

import lxml.html
import nh3
from markupsafe import Markup

from broadsheet.policy.language import is_known_language
from broadsheet.policy.urls import LINK_SCHEMES, normalise_url, safe_url

#: Elements allowed in inline HTML, with their attributes (docs/article-format.md).
ALLOWED_TAGS: dict[str, set[str]] = {
    "a": {"href", "hreflang", "lang"},
    "em": set(), "strong": set(), "i": set(), "b": set(),
    "q": {"cite"}, "cite": set(), "abbr": {"title"}, "code": set(),
    "sub": set(), "sup": set(), "mark": set(), "s": set(), "small": set(), "br": set(),
    "span": {"lang", "dir"}, "time": {"datetime"}, "bdi": set(),
}
_GENERIC_ATTRIBUTES = {"lang"}
#: Bidi embeddings, overrides and isolates: text could use them to reverse how a headline or a
#: link reads. Markup (``bdi``, ``span dir``) is the allowed way to set direction.
_PARSER_SIGNIFICANT = re.compile("[<&\r\x00]")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Text with none of these is already what the sanitiser would return: no markup, nothing
#: the serialiser escapes, no bidi control.
_NEEDS_WORK = re.compile("[<&\r\x00>\xa0\u202a-\u202e\u2066-\u2069]")

#: Deepest nesting of elements accepted in inline HTML. html5ever's tree builder scans the
#: stack of open elements for many start tags, so its cost grows with the square of the
#: depth; text nested deeper than this is rendered with its markup removed.
MAX_INLINE_DEPTH = 64
#: Block-level elements: not allowed inline, removed with their text kept and separated by
#: spaces, so ``<p>one</p><p>two</p>`` reads "one two", not "onetwo".
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
#: Elements whose content cannot be shown in inline text: removed whole, content and all.
DROPPED_TAGS = frozenset({
    "audio", "button", "canvas", "embed", "form", "iframe", "img", "input", "math", "noscript",
    "object", "picture", "script", "select", "style", "svg", "textarea", "video",
})
_REPORTED = BLOCK_TAGS | DROPPED_TAGS
#: The name of each start tag in nh3's canonical output (text ``<`` is ``&lt;`` there).
_START_TAG_NAME = re.compile(r"<([a-z][a-z0-9]*)")
#: Start and end tags as the HTML tokenizer begins them, to bound nesting before parsing.
_TAG_START = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
#: An ``a`` without ``href`` in nh3's output: perhaps a link whose URL was refused.
_HREFLESS_LINK = re.compile(r"<a(?:>| (?![^>]*\bhref=)[^>]*>)")
_ANY_TAG = re.compile(r"<[^<>]*>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
#: Elements a start tag of the same name closes (``<li>a<li>b`` are siblings).
_SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})


class ChangeKind(Enum):
    """How sanitising changed what an author wrote."""

    #: An element whose content cannot be shown inline (image, frame, script…) was removed.
    DROPPED = "dropped"
    #: Block-level markup was removed; its text is kept, separated by spaces.
    FLATTENED = "flattened"
    #: A link's URL was refused; its text is kept without the link.
    LINK_REFUSED = "link-refused"
    #: Nesting deeper than :data:`MAX_INLINE_DEPTH`: all markup removed, text kept.
    TOO_DEEP = "too-deep"


@dataclass(frozen=True, slots=True)
class Change:
    """One change sanitising made that loses or merges content, in words for an editor."""

    kind: ChangeKind
    message: str


class Cleaned(NamedTuple):
    """Sanitised inline HTML and the changes that lost or merged content."""

    html: Markup
    changes: tuple[Change, ...] = ()


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute in {"href", "cite"}:
        return safe_url(value, LINK_SCHEMES)
    if attribute == "dir":
        return value if value in {"ltr", "rtl", "auto"} else None
    if attribute in {"lang", "hreflang"}:
        well_formed = re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value)
        return value if well_formed and is_known_language(value) else None
    return value


def _is_plain(value: str) -> bool:
    """No markup, no character references and nothing the HTML parser rewrites."""
    return _PARSER_SIGNIFICANT.search(value) is None


def _escape_plain(value: str) -> str:
    """What nh3 (html5ever's serialiser) returns for plain text, without parsing it."""
    return value.replace(">", "&gt;").replace("\xa0", "&nbsp;")


def nested_too_deep(value: str, limit: int = MAX_INLINE_DEPTH) -> bool:
    """Whether elements in ``value`` may nest more than ``limit`` deep, in linear time.

    An over-estimate (tags in comments and script bodies count; only same-name siblings
    close implicitly), which no inline text written by hand comes near.
    """
    if value.count("<") <= limit:
        return False  # too few tags to nest that deep
    stack: list[str] = []
    for closing, tag in _TAG_START.findall(value):
        name = tag.lower()
        if name in _VOID:
            continue
        if closing:  # an end tag closes the innermost open element of its name
            if name in stack:  # at most ``limit`` long
                del stack[len(stack) - 1 - stack[::-1].index(name):]
        elif not (name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name):
            stack.append(name)
            if len(stack) > limit:
                return True
    return False


def _text_only(value: str) -> Markup:
    """``value`` with every tag removed and the rest escaped, without parsing its structure."""
    text = _ANY_TAG.sub(" ", value).replace("<", "&lt;").replace(">", "&gt;")
    return Markup(_BIDI_CONTROLS.sub("", nh3.clean(text, tags=set(), attributes={})))


def _clean(value: str, tags: set[str], clean_content_tags: set[str] | None = None) -> str:
    return nh3.clean(
        value,
        tags=tags,
        clean_content_tags=clean_content_tags,
        attributes={"*": _GENERIC_ATTRIBUTES, **ALLOWED_TAGS},
        url_schemes=set(LINK_SCHEMES),
        attribute_filter=_filter_attribute,
        link_rel=None,
        strip_comments=True,
    )


def _flatten(serialised: str) -> tuple[str, list[str], list[str]]:
    """Remove reported elements from nh3's output: dropped ones whole, block-level ones
    keeping their text between spaces. Returns the HTML and the names of each kind."""
    root = lxml.html.fragment_fromstring(serialised, create_parent="div")
    dropped: list[str] = []
    flattened: list[str] = []
    for element in list(root.iter()):
        tag = element.tag
        if element is root or not isinstance(tag, str) or tag not in _REPORTED:
            continue
        if any(parent.tag in DROPPED_TAGS for parent in element.iterancestors()):
            continue  # removed with its ancestor (the depth is bounded, so this is cheap)
        if tag in DROPPED_TAGS:
            dropped.append(tag)
            element.drop_tree()
        else:
            flattened.append(tag)
            element.text = " " + (element.text or "")
            element.tail = " " + (element.tail or "")
            element.drop_tag()
    inner = lxml.html.tostring(root, encoding="unicode")
    return inner[len("<div>"):-len("</div>")], dropped, flattened


def _refused_links(value: str) -> list[str]:
    """The ``href`` of each link in ``value`` whose URL the scheme check refuses."""
    fragment = lxml.html.fragment_fromstring(value, create_parent="div")
    hrefs = (a.get("href") for a in fragment.iter("a"))
    return [href for href in hrefs if href is not None and safe_url(href, LINK_SCHEMES) is None]


def _short(url: str) -> str:
    return url if len(url) <= 60 else url[:59] + "…"


def _names(tags: list[str]) -> str:
    return ", ".join(f"<{tag}>" for tag in dict.fromkeys(tags))


def clean_inline(value: str) -> Cleaned:
    """Inline HTML reduced to the allowlist, with every change that lost or merged content.

    Unknown inline markup is removed with its text kept; block-level markup is removed with
    its text kept between spaces; images, frames, scripts and the like are removed whole;
    links are checked by scheme. Text with no ``<``, ``&``, carriage return or NUL holds no
    markup: it is escaped exactly as the sanitiser would serialise it, without parsing it.
    """
    if _NEEDS_WORK.search(value) is None:
        return Cleaned(Markup(value))
    if _is_plain(value):
        return Cleaned(Markup(_BIDI_CONTROLS.sub("", _escape_plain(value))))
    if nested_too_deep(value):
        return Cleaned(_text_only(value), (Change(ChangeKind.TOO_DEEP, (
            f"inline HTML nested more than {MAX_INLINE_DEPTH} elements deep; rendered as "
            "text with all its markup removed")),))
    # Reported elements are kept through the first pass (nothing but text is otherwise kept
    # of them) so that what happened to them can be said; a second pass removes them.
    cleaned = _clean(value, set(ALLOWED_TAGS) | _REPORTED, clean_content_tags=set())
    changes = [Change(ChangeKind.LINK_REFUSED, (
        f"a link to {_short(url)!r} was refused (only http, https, mailto, tel and relative "
        "links are allowed); its text is kept without the link"))
        for url in (_refused_links(value) if _HREFLESS_LINK.search(cleaned) else ())]
    if "<" in cleaned and not _REPORTED.isdisjoint(_START_TAG_NAME.findall(cleaned)):
        flat, dropped, flattened = _flatten(cleaned)
        cleaned = _clean(flat, set(ALLOWED_TAGS))
        if dropped:
            changes.append(Change(ChangeKind.DROPPED, (
                f"{_names(dropped)} cannot be shown in this field and was removed with its "
                "content; use an image, video or embed block")))
        if flattened:
            changes.append(Change(ChangeKind.FLATTENED, (
                f"block-level markup ({_names(flattened)}) is not allowed in this field; its "
                "text is kept, separated by spaces; split it into blocks")))
    # After cleaning, so character references such as ``&#x202E;`` are caught too.
    return Cleaned(Markup(_BIDI_CONTROLS.sub("", cleaned)), tuple(changes))


def sanitise_inline(value: str) -> Markup:
    """The sanitised HTML of :func:`clean_inline`, without the list of changes."""
    return clean_inline(value).html


def inline_to_text(value: str) -> str:
    """The text a reader sees in inline HTML, with whitespace collapsed."""
    if not _is_plain(value):
        # Through the sanitiser first, so block-level markup keeps its word boundaries.
        value = html.unescape(nh3.clean(clean_inline(value).html, tags=set(), attributes={}))
    return " ".join(_BIDI_CONTROLS.sub("", value).split())


def is_blank(cleaned: str) -> bool:
    """Whether sanitised inline HTML shows no text (only spaces, ``&nbsp;`` or ``<br>``)."""
    # str's own strip: Markup's escapes its arguments and wraps its result, for nothing here.
    if "<" not in cleaned and "&" not in cleaned:
        return not str.strip(cleaned)
    return not html.unescape(_ANY_TAG.sub("", cleaned)).strip()


def link_texts(cleaned: str) -> list[str]:
    """The text of each link (``a`` with ``href``) in sanitised inline HTML."""
    fragment = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    return [" ".join(a.text_content().split()) for a in fragment.iter("a") if a.get("href")]


def plain(value: str) -> str:
    """Plain text with bidi override controls removed and whitespace collapsed."""
    return " ".join(_BIDI_CONTROLS.sub("", value).split())


__all__ = ["ALLOWED_TAGS", "MAX_INLINE_DEPTH", "Change", "ChangeKind", "Cleaned",
           "clean_inline", "inline_to_text", "is_blank", "link_texts", "nested_too_deep",
           "normalise_url", "plain", "sanitise_inline"]
