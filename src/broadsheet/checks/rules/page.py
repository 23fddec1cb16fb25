"""Page-level rules: language, title, refresh, zoom, ids and attributes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import urlsplit

from lxml import etree

from broadsheet.checks import aria, dom
from broadsheet.checks.accname import accessible_name
from broadsheet.checks.parse import (
    HTML_NS,
    SVG_NS,
    Document,
    Element,
    get_attr,
    local_name,
    namespace,
    parse,
)
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact
from broadsheet.policy.language import is_known_language as _registered_primary
from broadsheet.policy.language import primary_subtag

_ASCII_WHITESPACE = "\t\n\f\r "
_SUBTAG = re.compile(r"[A-Za-z0-9]*")


def is_known_language(tag: str) -> bool:
    """ACT's *known primary language tag*: the value is a language tag (subtags of ASCII
    letters and digits separated by hyphens, however loosely formed: ``de-hello`` is one) whose
    primary subtag the IANA registry lists as a language. ``en US`` or ``en_US`` are none."""
    tag = tag.strip(_ASCII_WHITESPACE)
    return all(_SUBTAG.fullmatch(part) for part in tag.split("-")) and _registered_primary(tag)


#: RFC 5646's grandfathered tags whose first subtag is nonetheless a registered language
#: (the ``i-`` ones have none and simply fail). ACT's glossary says both that a tag is known
#: when "its primary language subtag exists in the language subtag registry" and that "as a
#: consequence of this definition, however, grandfathered tags do not have a known primary
#: language tag": for these the two sentences disagree, so a person decides.
_GRANDFATHERED = frozenset({
    "en-gb-oed", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish",
    "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang"})


def language_verdict(lang: str) -> Verdict:
    """ACT's *known primary language tag* as a verdict on a ``lang`` value: ``cant_tell``
    for a grandfathered tag the glossary's two sentences judge differently."""
    tag = lang.strip(_ASCII_WHITESPACE)
    if tag.lower() in _GRANDFATHERED:
        return cant_tell(f"{tag!r} is a grandfathered tag: ACT's definition of a known "
                         "primary language tag both accepts and excludes it")
    if is_known_language(lang):
        return passed(f"{lang!r} is a valid language tag")
    return failed(f"lang={tag!r} is not a known language tag")


def _html_root(doc: Document) -> list[Element]:
    return [doc.root] if dom.is_html_page(doc) and doc.file_ext != "xml" else []


class HtmlHasLang(Rule):
    """Checks that the ``html`` element has a non-empty ``lang`` attribute.

    Why it matters: screen readers choose pronunciation rules from the page language; without
    it text is read with the user's default voice, often unintelligibly.

    How to fix: add ``lang`` with the page's main language, e.g. ``<html lang="en">``.
    """

    id = "html-has-lang"
    top_level_only = True
    help = "Give the html element a lang attribute"
    description = "The html element has a lang attribute with a non-empty value."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("3.1.1",)
    act_ids = ("b5c3f8",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _html_root(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        lang = element.get("lang")
        if lang is not None and lang.strip(_ASCII_WHITESPACE):  # ASCII whitespace only
            return passed(f"lang={lang!r}")
        return failed("The html element has no lang attribute" if lang is None
                      else "The html element's lang attribute is empty")


class HtmlLangValid(Rule):
    """Checks that the ``html`` element's ``lang`` is a valid language tag.

    Why it matters: a misspelt tag (``en_US``, ``english``, ``eng``) is ignored by assistive
    technology, so the page is read as if it had no language at all.

    How to fix: use a BCP 47 tag with a known primary language: ``en``, ``fr-CA``, ``zh-Hant``.
    """

    id = "html-lang-valid"
    top_level_only = True
    help = "Use a valid language tag on the html element"
    description = "The html element's lang attribute starts with a known primary language."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("3.1.1",)
    act_ids = ("bf051a",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _html_root(doc)
                if (el.get("lang") or "").strip(_ASCII_WHITESPACE)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return language_verdict(element.get("lang") or "")


#: The body's elements with a ``lang`` attribute, in document order (one XPath, in C).
_WITH_LANG = etree.XPath("descendant-or-self::*[@lang]")


class ValidLang(Rule):
    """Checks that ``lang`` attributes inside the page name a known language.

    Applies where some text takes its language from the element: visible or exposed text,
    names and descriptions (a button's default "Submit" too), and an ``iframe srcdoc``
    document without a ``lang`` of its own.

    Why it matters: a passage in another language is only read with the right voice when its
    ``lang`` is valid.

    How to fix: correct the tag (``lang="nl"``, not ``lang="dutch"``) or remove it.
    """

    id = "valid-lang"
    help = "Use valid language tags on parts of the page"
    description = "Elements with text have a lang attribute with a known primary language."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("3.1.2",)
    act_ids = ("de46e4",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        body = doc.body
        if body is None or not dom.is_html_page(doc):
            return []
        found = []
        for element in _WITH_LANG(body):  # type: ignore[union-attr]
            if not isinstance(element, etree._Element) or namespace(element) != HTML_NS:
                continue  # de46e4 applies to HTML elements (svg's lang is SVG's)
            lang = get_attr(element, "lang")
            if lang is None or lang == "":
                continue
            if _has_own_text(doc, element):
                found.append(element)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return language_verdict(get_attr(element, "lang") or "")


def _has_own_text(doc: Document, element: Element) -> bool:
    """Some text inherits its language from this element (ACT's definition): text nodes that
    are visible or exposed, and names or descriptions of exposed elements, in this element or
    descendants without a ``lang`` of their own. ``visibility`` can be undone further down,
    so only ``display: none`` ends the search of a subtree."""
    stack = [element]
    while stack:
        current = stack.pop()
        if not dom.is_rendered(doc, current) or local_name(current) in {
                "script", "style", "template"}:
            continue
        exposed = dom.in_accessibility_tree(doc, current)
        # Transparent text is not visible either (de46e4: "text nodes that are visible or
        # included in the accessibility tree"): aria-hidden text in color: transparent
        # failed, where the rule does not apply.
        if exposed or (dom.drawn(doc, current) and not dom.transparent_text(doc, current)):
            texts = [current.text, *(child.tail for child in current)]
            if any(text and text.strip() for text in texts):
                return True
        if exposed and (any((current.get(attr) or "").strip() for attr in _TEXT_ATTRIBUTES)
                        or _named_by_reference_or_default(doc, current)):
            return True
        if _frame_text_inherits(doc, current):
            return True
        stack.extend(child for child in current
                     if isinstance(child.tag, str) and not get_attr(child, "lang"))
    return False


def _named_by_reference_or_default(doc: Document, element: Element) -> bool:
    """A name or description from other elements (``aria-labelledby``,
    ``aria-describedby``) or a button's value or default name ("Submit", "Reset")."""
    if element.get("aria-labelledby") and accessible_name(doc, element):
        return True
    if any((target := doc.by_id(ident, element)) is not None and dom.text_content(target)
           for ident in aria.split_tokens(element.get("aria-describedby") or "")):
        return True
    if local_name(element) == "input" and namespace(element) == HTML_NS:
        kind = dom.input_type(element)
        if kind in {"submit", "reset"}:
            return element.get("value") is None or bool(element.get("value", "").strip())
        if kind == "button":
            return bool((element.get("value") or "").strip())
    return False


def _frame_text_inherits(doc: Document, element: Element) -> bool:
    """An ``iframe srcdoc`` whose document has no ``lang`` of its own and has text: that
    document inherits its language from the frame (de46e4's definition)."""
    source = element.get("srcdoc") if local_name(element) == "iframe" else None
    if source is None or not source.strip():
        return False
    inner = parse(source, file_ext="html")
    if get_attr(inner.root, "lang") or inner.body is None:
        return False
    return _has_own_text(inner, inner.body)


#: Attributes whose text is an accessible name or description.
_TEXT_ATTRIBUTES = ("alt", "aria-label", "title", "aria-description", "placeholder")


class HtmlXmlLangMismatch(Rule):
    """Checks that ``lang`` and ``xml:lang`` on the ``html`` element name the same language.

    Why it matters: assistive technology may read either attribute; when they disagree the
    page may be read in the wrong language.

    How to fix: make both attributes name the same primary language, or drop ``xml:lang``.
    """

    id = "html-xml-lang-mismatch"
    top_level_only = True
    help = "Make lang and xml:lang agree on the html element"
    description = "The html element's lang and xml:lang have the same primary language."
    impact = Impact.MODERATE
    tags = ("act", "deprecated")
    wcag = ("3.1.1",)
    act_ids = ("5b7ae0",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _html_root(doc)
                if is_known_language(el.get("lang") or "")
                and (get_attr(el, "xml:lang") or "").strip()]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        lang = element.get("lang") or ""
        xml_lang = get_attr(element, "xml:lang") or ""
        if lang.strip(_ASCII_WHITESPACE).lower() in _GRANDFATHERED:
            return cant_tell(f"lang={lang!r} is a grandfathered tag: whether it has a known "
                             "primary language tag (applicability) needs a person")
        if primary_subtag(lang) == primary_subtag(xml_lang):
            return passed("lang and xml:lang agree")
        return failed(f"lang={lang!r} but xml:lang={xml_lang!r}")


class DocumentTitle(Rule):
    """Checks that the page has a ``title`` element with text.

    Why it matters: the title is the first thing a screen reader announces and names the tab,
    bookmark and history entry.

    How to fix: add ``<title>Headline – Site</title>`` to the head.
    """

    id = "document-title"
    top_level_only = True
    help = "Give the page a non-empty title"
    description = "The document has a title element whose text is not empty."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("2.4.2",)
    act_ids = ("2779a5",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _html_root(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        # The document's own title elements: not in a shadow tree or a template's content
        # (DOM descendants of the root, 2779a5 expectation 1).
        titles = [el for el in doc.tags("title")
                  if namespace(el) == namespace(doc.root) and el not in doc.scopes]
        if not titles:
            return failed("The page has no title element")
        text = dom.text_content(titles[0])
        if not text:
            return failed("The page's title element is empty")
        return passed(f"Title: {text[:80]!r}")


_ASCII_WS = "\t\n\f\r "


def refresh_delay(content: str | None) -> tuple[int, bool] | None:
    """(delay in seconds, has URL) of a valid ``<meta http-equiv=refresh>``; None if invalid.

    HTML's "shared declarative refresh steps": after leading ASCII whitespace, leading digits
    give the time (``.5`` is 0), further digits and dots are skipped, and what follows must
    start with ``;``, ``,`` or whitespace; then an optional ``url =`` prefix and quote are
    dropped, and a URL that does not parse makes the whole value invalid.
    """
    if not content:
        return None
    text = content.lstrip(_ASCII_WS)
    time_string = text[:len(text) - len(text.lstrip("0123456789"))]
    if not time_string and not text.startswith("."):
        return None
    rest = text[len(time_string):].lstrip("0123456789.")
    if rest:
        if rest[0] not in ";," + _ASCII_WS:
            return None
        rest = rest.lstrip(_ASCII_WS)
        rest = (rest[1:] if rest[:1] in {";", ","} else rest).lstrip(_ASCII_WS)
    if rest and _refresh_url(rest) is None:
        return None
    return int(time_string or "0"), bool(rest)


_URL_PREFIX = re.compile(r"[uU](?:[rR](?:[lL][\t\n\f\r ]*(=)[\t\n\f\r ]*)?)?")
_SPECIAL = frozenset({"http", "https", "ftp", "ws", "wss"})


def _refresh_url(rest: str) -> str | None:
    """The URL the steps read from what follows the time, or None when it does not parse.

    The steps drop ``url =`` (any case, whitespace around ``=``) and then an opening quote and
    everything from its closing one; ``u``, ``ur`` or ``url`` without ``=`` are part of the
    URL. The parse failures markup shows: an unclosed IPv6 host, a port that is not a number
    in range, a special scheme with no host."""
    prefix = _URL_PREFIX.match(rest)
    if prefix is None or prefix.group(1) is not None:  # no "u", or the whole "url =" prefix
        url = rest[prefix.end():] if prefix is not None else rest
        if url[:1] in {"'", '"'}:
            url = url[1:].split(url[0], 1)[0]
    else:
        url = rest
    url = url.strip(_ASCII_WS)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if aria.ascii_lower(parts.scheme) in _SPECIAL:
        host = url[len(parts.scheme) + 1:].lstrip("/\\")  # special schemes skip any slashes
        if not host or host[0] in "?#:":
            return None
    return url


def _first_refresh(doc: Document) -> list[Element]:
    for meta in doc.tags("meta"):
        if doc.scopes and meta in doc.scopes:
            continue  # in a template's inert content (or a shadow tree): never processed
        if aria.ascii_lower(meta.get("http-equiv") or "") == "refresh" \
                and refresh_delay(meta.get("content")) is not None:
            return [meta]
    return []


class MetaRefresh(Rule):
    """Checks that a ``meta`` refresh redirects at once or not for 20 hours.

    Why it matters: a page that reloads or redirects on a timer takes control away from people
    who read slowly or use assistive technology.

    How to fix: redirect on the server, or use a delay of 0; never refresh on a timer.
    """

    id = "meta-refresh"
    help = "Do not refresh or redirect on a timer"
    description = "The first valid meta refresh has a delay of 0 or more than 20 hours."
    impact = Impact.CRITICAL
    tags: ClassVar[tuple[str, ...]] = ("act",)
    wcag: ClassVar[tuple[str, ...]] = ("2.2.1",)
    act_ids: ClassVar[tuple[str, ...]] = ("bc659a",)
    limit = 72000

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _first_refresh(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        found = refresh_delay(element.get("content"))
        delay = found[0] if found else 0
        if delay == 0 or delay > self.limit:
            return passed(f"Refresh delay {delay}s is allowed")
        return failed(f"The page refreshes after {delay} seconds")


class MetaRefreshNoExceptions(MetaRefresh):
    """Checks that a ``meta`` refresh, if any, happens immediately.

    Why it matters: any timed refresh or redirect interrupts reading (WCAG 2.2.4, 3.2.5 AAA).

    How to fix: redirect on the server or with a delay of 0.
    """

    id = "meta-refresh-no-exceptions"
    help = "Never refresh or redirect after a delay"
    description = "The first valid meta refresh has a delay of 0."
    tags = ("act",)
    wcag = ("2.2.4", "3.2.5")
    act_ids = ("bisz58",)
    impact = Impact.MINOR
    limit = 10 ** 12

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        found = refresh_delay(element.get("content"))
        delay = found[0] if found else 0
        if delay == 0:
            return passed("Immediate redirect")
        return failed(f"The page refreshes after {delay} seconds")


def _viewport_number(value: str) -> float:
    value = value.strip().lower()
    if value in {"device-width", "device-height"}:
        return 10.0
    if value == "yes":
        return 1.0
    # Browsers read the leading number ("3px" is 3); anything else counts as 0.
    match = re.match(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value)
    return float(match.group()) if match else 0.0


def viewport_settings(content: str) -> dict[str, str]:
    """Properties of a viewport ``content`` as browsers split it: whitespace, commas and
    semicolons all separate properties, and ``=`` may have whitespace around it."""
    settings: dict[str, str] = {}
    for part in re.split(r"[\s,;]+", re.sub(r"\s*=\s*", "=", content.strip())):
        key, _, value = part.partition("=")
        if key:
            settings[key.lower()] = value
    return settings


def _ascii_lower(value: str) -> str:
    """HTML's ASCII lowercase: only A-Z change, and nothing is trimmed (css-viewport matches
    a ``name`` that is an ASCII case-insensitive match for "viewport", so ``" viewport"`` and
    ``"VİEWPORT"`` are other names)."""
    return value.translate(_ASCII_UPPER)


_ASCII_UPPER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


class MetaViewport(Rule):
    """Checks that the viewport ``meta`` lets people zoom to at least 200%.

    Why it matters: ``user-scalable=no`` or a low ``maximum-scale`` stops people with low
    vision from enlarging text on phones.

    How to fix: remove ``user-scalable`` and ``maximum-scale``, or set ``maximum-scale`` to 2
    or more.
    """

    id = "meta-viewport"
    help = "Let people zoom the page"
    description = "The viewport meta element does not disable zoom or cap it below 200%."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("1.4.4",)
    act_ids = ("b4f0c3",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [meta for meta in doc.tags("meta")
                if _ascii_lower(meta.get("name") or "") == "viewport"
                and {"user-scalable", "maximum-scale"} & set(
                    viewport_settings(meta.get("content") or ""))]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        settings = viewport_settings(element.get("content") or "")
        scalable = settings.get("user-scalable")
        if scalable is not None:
            allowed = scalable.lower() in {"yes", "device-width", "device-height"} or \
                abs(_viewport_number(scalable)) >= 1
            if not allowed:
                return failed(f"user-scalable={scalable} disables zoom")
        maximum = settings.get("maximum-scale")
        if maximum is not None and 0 <= _viewport_number(maximum) < 2:
            return failed(f"maximum-scale={maximum} caps zoom below 200%")
        return passed("Zoom is allowed")


def _ids_by_tree(doc: Document) -> dict[tuple[Element | None, str], list[Element]]:
    """Non-empty ``id`` attributes of HTML and SVG elements, per tree: the document, each
    template's content and each shadow tree (``Document.scopes``)."""
    found = doc.values.get("ids-by-tree")
    if found is None:
        found = {}
        scoped = [((None, ident), els) for ident, els in doc.ids.items()]
        for key, elements in [*scoped, *doc.scoped_ids.items()]:
            for el in elements:
                if key[1] and namespace(el) in {HTML_NS, SVG_NS}:
                    found.setdefault(key, []).append(el)
        doc.values["ids-by-tree"] = found
    return found


class DuplicateId(Rule):
    """Checks that every ``id`` is unique in the page.

    Why it matters: labels, descriptions and skip links point at ids; with duplicates they
    point at the wrong element.

    How to fix: give each element its own id.
    """

    id = "duplicate-id"
    help = "Make every id unique"
    description = "No two elements in the document share an id."
    impact = Impact.MINOR
    tags = ("act", "deprecated")
    wcag = ("4.1.1",)
    act_ids = ("3ea0c8",)
    template_content = True  # each template's content is a tree of its own

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for els in _ids_by_tree(doc).values() for el in els]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        ident = element.get("id") or ""
        count = len(_ids_by_tree(doc).get((doc.scopes.get(element), ident), ()))
        if count > 1:
            return failed(f"id={ident!r} is used by {count} elements")
        return passed(f"id={ident!r} is unique")


class DuplicateAttribute(Rule):
    """Checks that no start tag repeats an attribute.

    Why it matters: browsers keep only the first of duplicated attributes, so the value the
    author meant (often the alt text or label) is silently lost.

    How to fix: remove the duplicate, keeping the value you meant.
    """

    id = "duplicate-attribute"
    help = "Do not repeat an attribute in a tag"
    description = "The HTML parser reports no duplicate-attribute errors."
    impact = Impact.MINOR
    tags = ("act", "deprecated")
    wcag = ("4.1.1",)
    act_ids = ("e6952f",)
    template_content = True  # a start tag in the source, wherever it is

    def applicable(self, doc: Document) -> Iterable[Element]:
        if doc.file_ext not in {"html", "htm", "svg", "xhtml"}:
            return []
        return self._offenders(doc) or [doc.root]

    def _offenders(self, doc: Document) -> list[Element]:
        """Elements whose start tag repeats an attribute, each once, in source order."""
        found: dict[Element, None] = {}
        for error in doc.errors:
            if error.code == "duplicate-attribute" and not error.in_end_tag:
                found[error.element if error.element is not None else doc.root] = None
        doc.memo("duplicate-attribute")[doc.root] = found
        return list(found)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if element in doc.memo("duplicate-attribute").get(doc.root, []):
            return failed("This start tag repeats an attribute; browsers keep only the first")
        return passed("No start tag repeats an attribute")


RULES = [HtmlHasLang, HtmlLangValid, ValidLang, HtmlXmlLangMismatch, DocumentTitle, MetaRefresh,
         MetaRefreshNoExceptions, MetaViewport, DuplicateId, DuplicateAttribute]
