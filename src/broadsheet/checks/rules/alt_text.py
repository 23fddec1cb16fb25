"""Broadsheet's alt text rules: placeholders, file names, captions repeated, filler phrases,
over-long alt. They judge ``img`` elements exposed to assistive technology."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from broadsheet.checks import dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, failed, passed
from broadsheet.findings import Impact
from broadsheet.policy.alt import (
    MAX_ALT_LENGTH,
    file_name_reason,
    placeholder_reason,
    redundant_phrase,
    repeats_caption,
)


def _images(doc: Document) -> list[Element]:
    return [el for el in doc.tags("img") if namespace(el) == HTML_NS
            and (el.get("alt") or "").strip() and dom.in_accessibility_tree(doc, el)]


def _alt(element: Element) -> str:
    return " ".join((element.get("alt") or "").split())


class _AltRule(Rule):
    def applicable(self, doc: Document) -> Iterable[Element]:
        return _images(doc)


#: Where a picture named after the site is the site's own (its logo, the masthead, the
#: footer), not a picture whose alt a content system filled with the site's name.
_SITE_PLACES = frozenset({"header", "footer", "nav"})
_SITE_ROLES = frozenset({"banner", "contentinfo", "navigation"})


def site_names(doc: Document) -> set[str]:
    """The site's name as the page gives it (``og:site_name``, ``application-name``), read
    once per page (every image's alt is compared with it)."""
    memo = doc.memo("site-names")
    if doc.root not in memo:
        names = set()
        for meta in doc.tags("meta"):
            key = (meta.get("property") or meta.get("name") or "").strip().lower()
            content = " ".join((meta.get("content") or "").split())
            if key in ("og:site_name", "application-name") and content:
                names.add(content.casefold())
        memo[doc.root] = names
    return cast(set[str], memo[doc.root])


def _the_sites_own(element: Element) -> bool:
    """Whether an image is the site's own: in the masthead, footer or navigation, in a link
    to the home page, or named a logo by its address, class or id."""
    marks = " ".join(element.get(name) or "" for name in ("src", "class", "id")).lower()
    if "logo" in marks:
        return True
    for up in dom.ancestors(element):
        if local_name(up) in _SITE_PLACES or (up.get("role") or "").strip() in _SITE_ROLES:
            return True
        if local_name(up) == "a" and (up.get("href") or "").strip() in ("/", "./", "index.html"):
            return True
    return False


class AltPlaceholder(_AltRule):
    """Checks that alt text is not a placeholder such as ``16x9 Image``, ``image`` or
    ``фото``, nor the site's name on a picture that is not the site's own (Broadsheet
    rule).

    Why it matters: content systems fill alt with template text, or with the site's name
    (``og:site_name``, ``application-name``) when a picture came without one; a screen
    reader then reads "16x9 Image" or "Example News" instead of what the picture shows.

    How to fix: describe the image, or use ``alt=""`` when it is decorative.
    """

    id = "alt-placeholder"
    help = "Replace placeholder alt text with a description"
    description = "Image alt text is not only placeholder words, sizes or numbers."
    impact = Impact.SERIOUS
    tags = ("broadsheet",)
    wcag = ("1.1.1",)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        reason = placeholder_reason(_alt(element))
        if reason == "punctuation only":
            return failed(f"alt={_alt(element)!r} is only punctuation")
        if reason:
            return failed(f"alt={_alt(element)!r} is {reason}, not a description")
        if _alt(element).casefold() in site_names(doc) and not _the_sites_own(element):
            return failed(f"alt={_alt(element)!r} is the site's name, not a description of "
                          "the picture")
        return passed("The alt text is not a placeholder")


class AltFileName(_AltRule):
    """Checks that alt text is not a file name or a URL (Broadsheet rule).

    Why it matters: "IMG_2041.jpg" or a link address tells a listener nothing about the
    picture.

    How to fix: write what the image shows.
    """

    id = "alt-file-name"
    help = "Do not use file names or URLs as alt text"
    description = "Image alt text is not a file name, camera name or URL."
    impact = Impact.SERIOUS
    tags = ("broadsheet",)
    wcag = ("1.1.1",)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        alt = _alt(element)
        if reason := file_name_reason(alt):
            return failed(f"alt={alt!r} is {reason}, not a description")
        return passed("The alt text is not a file name")


def _exposed_text(doc: Document, element: Element) -> str:
    parts: list[str] = []
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.text and dom.in_accessibility_tree(doc, node):
            parts.append(node.text)
        up = dom.parent(node)
        if node is not element and node.tail and up is not None \
                and dom.in_accessibility_tree(doc, up):
            parts.append(node.tail)
    return " ".join(parts)


class AltRepeatsCaption(Rule):
    """Checks that an image's alt does not repeat its visible caption (Broadsheet rule).

    Why it matters: screen reader users hear the same sentence twice, once as the image and
    once as the caption.

    How to fix: describe what the image shows in alt and keep the caption for context; or hide
    the repeated caption text from assistive technology (``aria-hidden="true"``).
    """

    id = "alt-repeats-caption"
    help = "Do not copy the caption into the alt text"
    description = "An image's alt differs from the exposed text of its figure caption."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def _caption(self, element: Element) -> Element | None:
        figure = next((a for a in dom.ancestors(element) if local_name(a) == "figure"), None)
        if figure is None:
            return None
        return next((c for c in figure.iter() if local_name(c) == "figcaption"), None)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _images(doc) if self._caption(el) is not None]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        caption = self._caption(element)
        assert caption is not None
        if repeats_caption(_alt(element), _exposed_text(doc, caption)):
            return failed("The alt text repeats the caption, so it is read twice")
        return passed("The alt text and the caption say different things")


class AltRedundantPhrase(_AltRule):
    """Checks that alt text does not start with "image of", "photo of" and the like
    (Broadsheet rule).

    Why it matters: screen readers already announce "image"; the phrase is read twice.

    How to fix: drop the phrase and start with what the picture shows.
    """

    id = "alt-redundant-phrase"
    help = "Leave 'image of' out of alt text"
    description = "Image alt text does not begin with a phrase such as 'image of'."
    impact = Impact.MINOR
    tags = ("best-practice", "broadsheet")

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if redundant_phrase(_alt(element)):
            return failed(f"alt={_alt(element)[:40]!r} starts with a redundant phrase")
        return passed("No redundant phrase")


class AltTooLong(_AltRule):
    """Checks that alt text is at most 250 characters (Broadsheet rule).

    Why it matters: long alt cannot be paused or skimmed; detail belongs in the caption or the
    text, where everyone can read it.

    How to fix: keep alt to a sentence; move the detail into a caption or a longer description.
    """

    id = "alt-too-long"
    help = "Keep alt text short"
    description = f"Image alt text is at most {MAX_ALT_LENGTH} characters."
    impact = Impact.MINOR
    tags = ("best-practice", "broadsheet")

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        length = len(_alt(element))
        if length > MAX_ALT_LENGTH:
            return failed(f"The alt text is {length} characters long (limit {MAX_ALT_LENGTH})")
        return passed(f"The alt text is {length} characters long")


RULES = [AltPlaceholder, AltFileName, AltRepeatsCaption, AltRedundantPhrase, AltTooLong]
