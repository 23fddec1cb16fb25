"""ACT rules whose expectation needs a person: is a title, heading, label, link or image name
descriptive, is an image decorative or free of text, does the text match its declared
language. Each applies exactly where its ACT rule's applicability says and answers
``cant_tell`` with the question a reviewer must answer; none guesses a failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from broadsheet.checks import aria, dom, linked_css
from broadsheet.checks.accname import accessible_name, first_labelable
from broadsheet.checks.parse import (
    HTML_NS,
    SVG_NS,
    Document,
    Element,
    get_attr,
    local_name,
    namespace,
)
from broadsheet.checks.rule import Rule, Verdict, cant_tell
from broadsheet.checks.rules.controls import FIELD_ROLES, ROLELESS_INPUTS
from broadsheet.checks.rules.names import _LINK_ROLES
from broadsheet.checks.rules.page import _has_own_text, is_known_language
from broadsheet.checks.scripting import runs_scripts
from broadsheet.findings import Impact

#: Roles whose name may not be given by the author (ARIA 1.2 "Name From: prohibited").
_NAME_PROHIBITED = frozenset({
    "caption", "code", "deletion", "emphasis", "generic", "insertion", "none", "paragraph",
    "presentation", "strong", "subscript", "superscript"})


def short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ReviewRule(Rule):
    """A rule a person must finish: every applicable element is ``cant_tell``."""

    judgement = True
    impact = Impact.MODERATE
    tags: ClassVar[tuple[str, ...]] = ("act", "review")
    #: The question for the reviewer; ``{name}`` is the element's accessible name.
    question = ""

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question.format(name=short(accessible_name(doc, element))))


def named_from_author_ancestor(doc: Document, element: Element) -> bool:
    """An ancestor whose name the author gives (``aria-label``/``aria-labelledby`` on a role
    that may be named): the element's own name is then not what is announced."""
    for up in dom.ancestors(element):
        if dom.role(doc, up) in _NAME_PROHIBITED:
            continue
        if (up.get("aria-label") or "").strip() or (
                (up.get("aria-labelledby") or "").strip() and accessible_name(doc, up)):
            return True
    return False


def _image_available(doc: Document, element: Element) -> bool:
    """An ``img`` with no source never becomes *completely available*, nor one whose only
    source is a local file that does not exist (:func:`linked_css.local_file_missing`; a
    ``srcset`` or ``picture`` may choose another)."""
    if local_name(element) != "img":
        return True
    src = (element.get("src") or "").strip()
    if (element.get("srcset") or "").strip():
        return True
    parent = element.getparent()
    if parent is not None and local_name(parent) == "picture":
        return True
    return bool(src) and not linked_css.local_file_missing(doc, src)


def _images(doc: Document) -> list[Element]:
    """Visible ``img``, ``canvas`` and ``svg`` elements, less those under an ancestor named
    from author, ``img`` elements whose image cannot load, and canvases on a page without
    scripts (nothing draws on them: they show nothing)."""
    found = []
    drawn = runs_scripts(doc)
    for el in doc.elements:
        name, ns = local_name(el), namespace(el)
        if not ((ns == HTML_NS and name in {"img", "canvas"}) or (ns == SVG_NS and name == "svg")):
            continue
        if name == "canvas" and not drawn:
            continue
        if dom.is_visible(doc, el) and _image_available(doc, el) \
                and not named_from_author_ancestor(doc, el):
            found.append(el)
    return found


class DocumentTitleDescriptive(ReviewRule):
    """Asks whether the page title describes the page (the markup cannot say).

    Applies to the first ``title`` element of an HTML page when it holds more than
    whitespace; answers ``cant_tell``.

    Why it matters: the title is what a screen reader announces first and what names the tab
    and bookmark; "Untitled" or the site name alone does not say what the page is about.

    How to fix: put the page's own topic first (``Flood defences hold – The Daily``).
    """

    id = "document-title-descriptive"
    top_level_only = True
    help = "Make the page title describe the page"
    description = "The page title describes the topic or purpose of the page (needs review)."
    wcag = ("2.4.2",)
    act_ids = ("c4a8a4",)
    question = "Does the title {name!r} describe the page's topic or purpose? Check by reading it"

    def applicable(self, doc: Document) -> Iterable[Element]:
        if not dom.is_html_page(doc):
            return []
        titles = [el for el in doc.tags("title") if namespace(el) == HTML_NS]
        return titles[:1] if titles and dom.text_content(titles[0]) else []

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question.format(name=short(dom.text_content(element))))


class HeadingDescriptive(ReviewRule):
    """Asks whether each heading describes the content after it.

    Applies to elements with the ``heading`` role in the accessibility tree that have a
    name; answers ``cant_tell``.

    Why it matters: people who navigate by headings decide from them alone what a section
    holds.

    How to fix: say in the heading what the section is about; one word can be enough.
    """

    id = "heading-descriptive"
    help = "Make headings describe their sections"
    description = "Headings describe the topic or purpose of the content after them (needs review)."
    wcag = ("2.4.6",)
    act_ids = ("b49b2e",)
    question = "Does the heading {name!r} describe the content that follows it?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.with_role(doc, "heading")
                if dom.in_accessibility_tree(doc, el) and accessible_name(doc, el)]


def _labelled_field(doc: Document, el: Element) -> bool:
    role = dom.role(doc, el)
    if role in FIELD_ROLES:
        return True
    return (role is None and local_name(el) == "input" and namespace(el) == HTML_NS
            and dom.input_type(el) in ROLELESS_INPUTS)


def programmatic_labels(doc: Document, field: Element) -> list[Element]:
    """The field's ``label`` elements (``for`` its id, or wrapping it) and the elements its
    ``aria-labelledby`` names, in that order, each once."""
    found: list[Element] = []
    ident = field.get("id")
    if local_name(field) in {"input", "select", "textarea", "button", "meter", "output",
                             "progress"} and namespace(field) == HTML_NS:
        for label in doc.tags("label"):
            target = label.get("for")
            if target is not None:
                if ident and target == ident and doc.by_id(ident, label) is field:
                    found.append(label)
            elif field in label.iterdescendants() and first_labelable(label) is field:
                found.append(label)
    for ref in aria.split_tokens(field.get("aria-labelledby") or ""):
        el = doc.by_id(ref, field)
        if el is not None and el not in found:
            found.append(el)
    return found


class LabelDescriptive(ReviewRule):
    """Asks whether each form field's label describes what to enter or choose.

    Applies to the programmatic labels (``label`` elements and ``aria-labelledby`` targets)
    of visible form fields (textbox, checkbox, combobox... and ``input`` types such as
    ``date`` and ``password``) when the label is visible too; answers ``cant_tell``.

    Why it matters: a label such as "Field 1" tells no one what to type.

    How to fix: say what the field is for ("Postcode", "Date of birth").
    """

    id = "label-descriptive"
    help = "Make form field labels describe their fields"
    description = "Visible labels of form fields describe the field's purpose (needs review)."
    wcag = ("2.4.6",)
    act_ids = ("cc0f0a",)
    question = "Does the label {name!r}, with what is around it, describe the field's purpose?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        found: dict[Element, None] = {}
        for el in doc.elements:
            if _labelled_field(doc, el) and dom.is_visible(doc, el):
                for label in programmatic_labels(doc, el):
                    if dom.is_visible(doc, label):
                        found[label] = None
        return list(found)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question.format(name=short(dom.text_content(element))))


def named_links(doc: Document) -> list[Element]:
    """Links (inheriting the ``link`` role) in the accessibility tree with a name."""
    return [el for el in dom.with_role(doc, *_LINK_ROLES)
            if dom.in_accessibility_tree(doc, el) and accessible_name(doc, el)]


class LinkDescriptive(ReviewRule):
    """Asks whether each link's name alone says where it goes.

    Applies to links in the accessibility tree that have a name; answers ``cant_tell``.

    Why it matters: screen reader users often list a page's links out of context; "click
    here" or "more" says nothing there.

    How to fix: name the destination in the link text ("Read the full report").
    """

    id = "link-descriptive"
    help = "Make link text describe the link's purpose"
    description = "Each link's accessible name describes its purpose (needs review)."
    wcag: ClassVar[tuple[str, ...]] = ("2.4.9",)
    act_ids = ("aizyf1",)
    question = "Does the link name {name!r} alone describe where the link goes?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        return named_links(doc)


class LinkInContextDescriptive(LinkDescriptive):
    """Asks whether each link's name, with its context, says where it goes.

    Applies to links in the accessibility tree that have a name; answers ``cant_tell`` (the
    context is the enclosing paragraph, list item or table cell and its headers, and what
    ``aria-describedby`` names).

    Why it matters: a link's purpose must be clear at least from its sentence or list item.

    How to fix: name the destination in the link, or in the sentence around it.
    """

    id = "link-in-context-descriptive"
    help = "Make links descriptive in their context"
    description = "Each link's name and its context describe its purpose (needs review)."
    wcag = ("2.4.4", "2.4.9")
    act_ids = ("5effbb",)
    question = ("Does the link name {name!r}, with its paragraph, list item or cell, describe "
                "where the link goes?")


class ImageNameDescriptive(ReviewRule):
    """Asks whether each image's text alternative serves the image's purpose.

    Applies to visible ``img``, ``canvas`` and ``svg`` elements with a non-empty name, unless
    an ancestor is named by the author (a button with ``aria-label``) or an ``img`` has no
    source; answers ``cant_tell``.

    Why it matters: ``alt="image"`` or a file name is a name, but not an alternative.

    How to fix: say in the alternative what the image shows that matters here.
    """

    id = "image-name-descriptive"
    help = "Make image alternatives describe the image"
    description = "Images' accessible names serve the purpose of the image (needs review)."
    wcag = ("1.1.1",)
    act_ids = ("qt1vmo",)
    question = "Does {name!r} serve the same purpose as the image?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in _images(doc) if accessible_name(doc, el)]


class ImageDecorative(ReviewRule):
    """Asks whether images hidden from assistive technology are really decorative.

    Applies to visible ``img``, ``canvas`` and ``svg`` elements that are not in the
    accessibility tree (``alt=""``, ``role="presentation"``, ``aria-hidden``), ``svg``
    elements with no name and the ``graphics-document`` role, and ``canvas`` elements with
    no name and no role; answers ``cant_tell``. An ``img`` that never loads is no target:
    one without a source, or whose only source is a file of the page's folder (or of the
    ACT suite's ``test-assets``) that does not exist.

    Why it matters: an informative image marked decorative is silently skipped.

    How to fix: give informative images a text alternative; keep ``alt=""`` for decoration.
    """

    id = "image-decorative"
    help = "Hide only decorative images"
    description = "Images hidden from assistive technology are purely decorative (needs review)."
    wcag = ("1.1.1",)
    act_ids = ("e88epe",)
    question = "Is this image purely decorative? It is hidden from assistive technology"

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in _images(doc):
            role = dom.role(doc, el)
            excluded = not dom.in_accessibility_tree(doc, el) or role in {"none", "presentation"}
            name = accessible_name(doc, el) if not excluded else ""
            ignored_svg = local_name(el) == "svg" and role == "graphics-document" and not name
            ignored_canvas = (local_name(el) == "canvas" and dom.explicit_role(el) is None
                              and not name)
            if excluded or ignored_svg or ignored_canvas:
                found.append(el)
        return found


class ImageOfText(ReviewRule):
    """Asks whether rendered images contain text that should be real text.

    Applies to rendered ``img`` elements and image buttons that have a source; answers
    ``cant_tell`` (text in a logo, a decorative image, text that is also on the page or whose
    look is essential are allowed).

    Why it matters: text in an image cannot be resized, restyled or translated.

    How to fix: use real text styled with CSS; keep images of text for logos.
    """

    id = "image-of-text"
    help = "Use text rather than images of text"
    description = "Rendered images contain no visible text, with WCAG's exceptions (needs review)."
    wcag = ("1.4.5", "1.4.9")
    act_ids = ("0va7u6",)
    question = "Does this image show text that should be real text?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("img", "input") if namespace(el) == HTML_NS
                and (local_name(el) == "img" or dom.input_type(el) == "image")
                and (el.get("src") or el.get("srcset") or "").strip()
                and dom.is_visible(doc, el)]


class LangMatchesContent(ReviewRule):
    """Asks whether text marked with a ``lang`` is in that language.

    Applies to elements in the body with a ``lang`` whose primary language is known and that
    hold text inheriting it; answers ``cant_tell``.

    Why it matters: a screen reader picks its voice and pronunciation from ``lang``; French
    marked as English is read with English rules.

    How to fix: set ``lang`` to the language the passage is written in.
    """

    id = "lang-matches-content"
    help = "Mark passages with the language they are in"
    description = "The lang of each passage is its most common language (needs review)."
    wcag = ("3.1.2",)
    act_ids = ("off6ek",)
    question = "Is the text of this element written in {name}?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        body = doc.body
        if body is None or not dom.is_html_page(doc) or doc.file_ext != "html":
            return []
        return [el for el in body.iter() if isinstance(el.tag, str) and namespace(el) == HTML_NS
                and is_known_language(get_attr(el, "lang") or "")
                and _has_own_text(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question.format(name=repr(get_attr(element, "lang"))))


class HtmlLangMatchesContent(LangMatchesContent):
    """Asks whether the page's ``lang`` is the language most of its text is in.

    Applies to the ``html`` element of an HTML page when its ``lang`` has a known primary
    language and the page has text; answers ``cant_tell``.

    Why it matters: the page's language sets the voice for all text not marked otherwise.

    How to fix: set ``<html lang>`` to the language of most of the page.
    """

    id = "html-lang-matches-content"
    top_level_only = True
    help = "Give the page the language of its text"
    description = "The html lang is the page's most common language (needs review)."
    wcag = ("3.1.1",)
    act_ids = ("ucwvc8",)
    question = "Is most of the page's text written in {name}?"

    def applicable(self, doc: Document) -> Iterable[Element]:
        root = doc.root
        if not dom.is_html_page(doc) or doc.file_ext != "html":
            return []
        if not is_known_language(get_attr(root, "lang") or ""):
            return []
        return [root] if _has_own_text(doc, root) else []


RULES = [DocumentTitleDescriptive, HeadingDescriptive, LabelDescriptive, LinkDescriptive,
         LinkInContextDescriptive, ImageNameDescriptive, ImageDecorative, ImageOfText,
         LangMatchesContent, HtmlLangMatchesContent]
