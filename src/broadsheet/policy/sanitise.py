"""Inline HTML through an allowlist sanitiser (nh3, the Rust ``ammonia``); never a regex."""

from __future__ import annotations

import html
import re

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


def sanitise_inline(value: str) -> Markup:
    """Inline HTML reduced to the allowlist: unknown markup removed with its text kept,
    ``script`` and ``style`` dropped whole, links checked by scheme.

    Text with no ``<``, ``&``, carriage return or NUL holds no markup: it is escaped
    exactly as the sanitiser would serialise it, without the cost of parsing it.
    """
    if _NEEDS_WORK.search(value) is None:
        return Markup(value)
    if _is_plain(value):
        return Markup(_BIDI_CONTROLS.sub("", _escape_plain(value)))
    cleaned = nh3.clean(
        value,
        tags=set(ALLOWED_TAGS),
        attributes={"*": _GENERIC_ATTRIBUTES, **ALLOWED_TAGS},
        url_schemes=set(LINK_SCHEMES),
        attribute_filter=_filter_attribute,
        link_rel=None,
        strip_comments=True,
    )
    # After cleaning, so character references such as ``&#x202E;`` are caught too.
    return Markup(_BIDI_CONTROLS.sub("", cleaned))


def inline_to_text(value: str) -> str:
    """The text a reader sees in inline HTML, with whitespace collapsed."""
    text = value if _is_plain(value) else html.unescape(nh3.clean(value, tags=set(),
                                                                  attributes={}))
    return " ".join(_BIDI_CONTROLS.sub("", text).split())


def link_texts(cleaned: str) -> list[str]:
    """The text of each link (``a`` with ``href``) in sanitised inline HTML."""
    fragment = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    return [" ".join(a.text_content().split()) for a in fragment.iter("a") if a.get("href")]


def plain(value: str) -> str:
    """Plain text with bidi override controls removed and whitespace collapsed."""
    return " ".join(_BIDI_CONTROLS.sub("", value).split())


__all__ = ["ALLOWED_TAGS", "inline_to_text", "link_texts", "normalise_url", "plain",
           "sanitise_inline"]
