"""Text alternatives and accessible names: images, image buttons, SVG, objects, headings,
links and frames (W3C ACT rules as a static tree allows)."""

from __future__ import annotations

from collections.abc import Iterable

from broadsheet.checks import dom
from broadsheet.checks.accname import accessible_name, name_truncated
from broadsheet.checks.parse import HTML_NS, SVG_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.checks.scripting import script_mentions
from broadsheet.findings import Impact, Outcome


def named(doc: Document, element: Element, what: str) -> Verdict:
    """Passed when ``element`` has an accessible name, else failed (cant_tell when its
    content is nested too deeply to compute one); ``what`` names it in the message."""
    name = accessible_name(doc, element)
    if name:
        return passed(f"{what} is named {name[:80]!r}")
    if name_truncated(doc):
        return cant_tell(f"{what}'s content is nested too deeply to compute its name")
    return failed(f"{what} has no accessible name")


class ImageAlt(Rule):
    """Checks that images exposed to assistive technology have a text alternative.

    Why it matters: without ``alt`` a screen reader announces the file name or just "image";
    the information the picture carries is lost.

    How to fix: describe the image in ``alt``; use ``alt=""`` when it is decorative.
    """

    id = "image-alt"
    help = "Give images a text alternative"
    description = ("img and role=img elements not programmatically hidden have a name or are "
                   "marked decorative.")
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("1.1.1",)
    act_ids = ("23a2a8",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        # 23a2a8 applies to "HTML img elements and HTML elements that are a semantic img,
        # except if the element is programmatically hidden": an img marked decorative is a
        # target too (and passes), not inapplicable, and so is an img given another role.
        found = [el for el in doc.tags("img") if namespace(el) == HTML_NS]
        others = {el for el in dom.with_role(doc, "img", "image") if namespace(el) == HTML_NS
                  and local_name(el) != "img" and dom.explicit_role(el) in {"img", "image"}}
        if others:
            wanted = others.union(found)
            found = [el for el in doc.elements if el in wanted]
        return [el for el in found if not dom.programmatically_hidden(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if dom.role(doc, element) in {"none", "presentation"}:
            return passed("The image is marked decorative (role none or presentation)")
        return named(doc, element, "The image")


class InputImageAlt(Rule):
    """Checks that image buttons (``input type=image``) have a name.

    One named only by ``title`` past an empty ``alt`` is left to review: HTML-AAM stops at the
    empty ``alt`` (no name), while some browsers skip it. So is one named by nothing but its
    ``value``: HTML-AAM 1.0, which 59796f cites, takes ``value`` after ``alt``; later editions
    do not. A name that is the default, "Submit Query", fails (59796f's expectation).

    Why it matters: the button's picture is invisible to screen reader users; its name is the
    only way to know what the button does.

    How to fix: add ``alt`` saying what the button does (``alt="Search"``).
    """

    id = "input-image-alt"
    help = "Give image buttons a text alternative"
    description = "input type=image elements in the accessibility tree have a name."
    impact = Impact.CRITICAL
    tags = ("act",)
    wcag = ("1.1.1", "4.1.2")
    act_ids = ("59796f",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("input") if namespace(el) == HTML_NS
                and dom.input_type(el) == "image"
                and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        verdict = named(doc, element, "The image button")
        if verdict.outcome is Outcome.PASSED \
                and " ".join(accessible_name(doc, element).split()).casefold() == "submit query":
            # 59796f: neither empty nor the default name (a localized "Submit Query")
            return failed("The image button's name is the default, \"Submit Query\"")
        if verdict.outcome is Outcome.FAILED and (element.get("value") or "").strip():
            return cant_tell("named only by its value, which HTML-AAM 1.0 uses after alt and "
                             "later editions of HTML-AAM do not")
        alt = element.get("alt")
        title = " ".join((element.get("title") or "").split())
        if verdict.outcome is Outcome.PASSED and alt is not None and not alt.strip() \
                and title and accessible_name(doc, element) == title \
                and not any((element.get(a) or "").strip()
                            for a in ("aria-label", "aria-labelledby")):
            # HTML-AAM takes the first of alt, title that is given, even empty: the name is
            # "". Browsers that skip empty attributes name it from title (59796f's
            # accessibility support note).
            return cant_tell("alt is empty, which ends HTML-AAM's name computation; "
                             "browsers that skip it use the title instead")
        return verdict


class SvgImgAlt(Rule):
    """Checks that SVG graphics given an image role have a name.

    Why it matters: ``role="img"`` tells assistive technology the graphic means something;
    without a ``<title>`` or ``aria-label`` it cannot say what.

    How to fix: add a ``<title>`` first child, ``aria-label`` or ``aria-labelledby``.
    """

    id = "svg-img-alt"
    help = "Name SVG graphics that have an image role"
    description = "SVG elements with role img, graphics-document or graphics-symbol have a name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.1.1",)
    act_ids = ("7d6734",)
    roles = frozenset({"img", "graphics-document", "graphics-symbol"})

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.carrying(doc, "role") if namespace(el) == SVG_NS
                and dom.explicit_role(el) in self.roles and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The SVG graphic")


class ObjectAlt(Rule):
    """Checks that ``object`` elements showing images, audio or video have a name.

    Why it matters: the embedded media is otherwise announced as an unnamed object.

    How to fix: add ``aria-label``, ``aria-labelledby`` or ``title``; fallback content inside
    the object is not used while the resource loads.
    """

    id = "object-alt"
    help = "Name object elements that embed media"
    description = "object elements rendering images, audio or video have an accessible name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.1.1",)
    act_ids = ("8fc3b6",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("object") if namespace(el) == HTML_NS
                and dom.explicit_role(el) is None and dom.in_accessibility_tree(doc, el)
                and (el.get("data") or "").strip()  # no data: it embeds no resource
                and dom.embedded_kind(el) not in {"document", "other"}]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        media = dom.embedded_kind(element) in {"image", "audio", "video"}
        name = accessible_name(doc, element)
        if name:
            return passed(f"The object is named {name[:80]!r}")
        if (element.get("alt") or "").strip():
            # Not in HTML-AAM, but browsers rendering an image may name it from alt (8fc3b6).
            return cant_tell("The object is named only by alt, which some browsers use")
        if media:
            return failed("The object embeds media but has no accessible name")
        return cant_tell("The object has no name; whether it renders media needs the resource")


class PresentationRoleConflict(Rule):
    """Checks that elements marked decorative really are hidden from assistive technology.

    Why it matters: ``role="none"``, ``role="presentation"`` or ``alt=""`` are ignored when the
    element is focusable or has global ARIA attributes, so it is exposed after all, usually
    without a sensible name.

    How to fix: remove the global ARIA attributes and ``tabindex``, or drop the decorative
    marking.
    """

    id = "presentation-role-conflict"
    help = "Keep decorative elements free of ARIA and focus"
    description = "Elements marked as decorative are not focusable and have no global ARIA."
    impact = Impact.MINOR
    tags = ("best-practice", "act")
    act_ids = ("46ca7f",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.carrying(doc, "role", "alt")
                if dom.explicit_role(el) == "none" or (
                    local_name(el) == "img" and namespace(el) == HTML_NS
                    and el.get("alt") == "" and dom.explicit_role(el) is None)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if not dom.in_accessibility_tree(doc, element):
            # aria-hidden or CSS hiding removes it whatever its role: nothing is exposed.
            return passed("Hidden from assistive technology")
        if dom.has_global_aria(element):
            return failed("Marked decorative but has global ARIA attributes, so it is exposed")
        if dom.is_focusable(doc, element):
            if local_name(element) in {"iframe", "frame", "object", "embed"} \
                    and dom.tabindex(element) is None:
                # Tab passes into the embedded page; browsers differ on focusing the frame
                # itself (cae760) and so on exposing it despite role none.
                return cant_tell("A frame marked decorative: whether browsers expose it for "
                                 "being focusable varies")
            if script_mentions(doc, ("blur", "focus(")):
                # ACT "focusable": one that loses focus again within a second is not.
                return cant_tell("Marked decorative and focusable, but the page's code "
                                 "moves focus, which may take it away again")
            return failed("Marked decorative but focusable, so it is exposed")
        return passed("Decorative and hidden from assistive technology")


class EmptyHeading(Rule):
    """Checks that headings have text.

    Why it matters: screen reader users move through a page by its headings; an empty one is
    announced as just "heading".

    How to fix: put text in the heading, or remove the heading element.
    """

    id = "empty-heading"
    help = "Give headings text"
    description = "Elements with role heading in the accessibility tree have a name."
    impact = Impact.MINOR
    tags = ("best-practice", "act")
    act_ids = ("ffd0e9",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.with_role(doc, "heading")
                if namespace(el) == HTML_NS and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The heading")


_LINK_ROLES = frozenset({"link", "doc-backlink", "doc-biblioref", "doc-glossref",
                         "doc-noteref"})


class LinkName(Rule):
    """Checks that links have a name.

    Why it matters: a link without a name is announced as "link" and the URL; people cannot
    tell where it goes.

    How to fix: put text in the link, give its image an ``alt``, or add ``aria-label``.
    """

    id = "link-name"
    help = "Give links a name"
    description = "Elements with a link role in the accessibility tree have a name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("2.4.4", "4.1.2")
    act_ids = ("c487ae",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in dom.with_role(doc, *_LINK_ROLES)
                if namespace(el) == HTML_NS and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        verdict = named(doc, element, "The link")
        if verdict.outcome is Outcome.FAILED and local_name(element) == "area" \
                and not any(local_name(up) == "map" for up in dom.ancestors(element)):
            # c487ae: browsers differ on whether an area outside a map is exposed at all.
            return cant_tell("The area has no name, but outside a map browsers differ on "
                             "exposing it")
        return verdict


class FrameTitle(Rule):
    """Checks that iframes have a name.

    Why it matters: screen readers announce a frame by its name; without one people cannot
    tell what the embedded content is before entering it.

    How to fix: add ``title`` (or ``aria-label``) describing the frame's content.
    """

    id = "frame-title"
    help = "Give iframes a title"
    description = "iframe elements that can be tabbed to have an accessible name."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("4.1.2",)
    act_ids = ("cae760",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("iframe") if namespace(el) == HTML_NS
                and dom.in_accessibility_tree(doc, el)
                and (dom.tabindex(el) is None or (dom.tabindex(el) or 0) >= 0)
                and dom.explicit_role(el) != "none"]  # marked as decorative

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return named(doc, element, "The iframe")


RULES = [ImageAlt, InputImageAlt, SvgImgAlt, ObjectAlt, PresentationRoleConflict, EmptyHeading,
         LinkName, FrameTitle]
