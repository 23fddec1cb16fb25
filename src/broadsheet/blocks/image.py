"""The ``image`` block (also an article's lead, a gallery's item, the site's logo): alt text
decided by the alt text policy, the caption exposed so that each sentence is heard once."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypedDict

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.alt import MAX_ALT_LENGTH, AltSource, decide_alt, names_credit
from broadsheet.policy.captions import Overlap, expose_caption
from broadsheet.policy.credits import bare_credit, without_typed_credit
from broadsheet.policy.licences import SCHEMA as LICENCE_SCHEMA
from broadsheet.policy.licences import Licence
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.policy.urls import RESOURCE_SCHEMES
from broadsheet.render.view_types import Html, LangAttrs

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

#: How wide the lead picture is shown (broadsheet.css's layout, default tokens): the 40rem
#: text column from 42rem, else the screen less its margins (on a page with a rail it spans
#: column and rail from 64rem, as a showcase picture does: ``DISPLAY_SIZES["showcase"]``).
#: It replaces the article's own ``sizes``, written for another page's layout.
LEAD_SIZES = "(min-width: 42rem) 40rem, calc(100vw - 2rem)"

#: How wide a picture with a ``display`` is shown (broadsheet.css's "picture displays",
#: default tokens), for its srcset: a supporting picture fills the rail from 64rem (the page
#: less the 40rem column and 3rem gutter, the page 70rem from 74rem), is 45% of the column
#: from 36rem and the column below; a thumbnail is 10rem; a showcase picture spans the
#: page from 64rem; inline, the column. Like ``LEAD_SIZES``, it replaces the article's own.
DISPLAY_SIZES = {
    "inline": LEAD_SIZES,
    "supporting": "(min-width: 74rem) 27rem, (min-width: 64rem) calc(100vw - 47rem), "
                  "(min-width: 42rem) 18rem, (min-width: 36rem) calc(45vw - 0.9rem), "
                  "calc(100vw - 2rem)",
    "thumbnail": "10rem",
    "showcase": "(min-width: 74rem) 70rem, (min-width: 64rem) calc(100vw - 4rem), "
                "(min-width: 42rem) 40rem, calc(100vw - 2rem)",
}

#: A focal point (``focus``): two whole percentages, 0 to 100, across then down.
#: (``$(?!\n)``: a JSON Schema ``$`` would let a final newline through, as the schema's
#: other patterns say)
FOCUS_POINT = r"(100|[1-9]?[0-9])% (100|[1-9]?[0-9])%"
FOCUS_PATTERN = rf"^{FOCUS_POINT}$(?!\n)"

#: The ways a picture may sit in the story (``display``), each with what it means; the
#: stylesheet gives each its ``figure--<name>`` class's look.
DISPLAYS = {
    "inline": "as wide as the text column",
    "supporting": "narrower, beside the text on wide screens (a portrait or a detail)",
    "showcase": "wider than the text on wide screens (a landscape news picture)",
    "thumbnail": "small, beside the text at every width (a face, an object)",
}

DEFINITIONS: dict[str, JsonSchema] = {
    "image": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "src", "width", "height"],
        "properties": {
            "type": {"const": "image"},
            "src": {"$ref": "#/$defs/url",
                    "description": "Address of the picture file (https, or images/… beside the "
                                   "article)."},
            "width": {"type": "integer", "minimum": 1, "maximum": 100000,
                      "description": "The picture's width in pixels, so the page keeps its room "
                                     "before it loads."},
            "height": {"type": "integer", "minimum": 1, "maximum": 100000,
                       "description": "The picture's height in pixels, so the page keeps its room "
                                      "before it loads."},
            "alt": {
                "type": "string",
                "maxLength": 10000,
                "description": (
                    "Text alternative; placeholders count as missing (see the alt text policy)."
                ),
            },
            "caption": {"$ref": "#/$defs/inline_html",
                        "description": "The words under the picture, read by everyone; links "
                                       "allowed."},
            "credit": {"$ref": "#/$defs/plain_text",
                       "description": "Who took or supplied the picture (\"Reuters\"), shown after "
                                      "its label."},
            "credit_url": {
                "$ref": "#/$defs/url",
                "description": (
                    "Link of the credit (the photographer's or the agency's page); needs "
                    "credit."
                ),
            },
            "licence": {
                "$ref": "#/$defs/licence",
                "description": (
                    "The licence the picture is used under: its short name follows the credit, "
                    "linked to its text, for a CC BY licence or one given a `name`; any other "
                    "(CC0, a software licence) only in the page's metadata; the credit stays "
                    "a name."
                ),
            },
            "decorative": {
                "type": "boolean",
                "description": "Purely decorative: rendered with alt=\"\" and no caption.",
            },
            "srcset": {"type": "string", "minLength": 1, "maxLength": 8192,
                       "description": "Other sizes of the same picture (HTML srcset), so a phone "
                                      "fetches a smaller file."},
            "sizes": {"type": "string", "minLength": 1, "maxLength": 1024,
                      "description": "How wide the picture is shown (HTML sizes), to choose from "
                                     "srcset."},
            "lang": {"$ref": "#/$defs/language",
                     "description": "Language of the caption and alt text where it differs from "
                                    "the article's."},
            "focus": {
                "type": "string", "pattern": FOCUS_PATTERN,
                "description": "Where the picture's subject is, as two whole percentages of its "
                               "width and height from its top start corner (`50% 80%`), kept "
                               "in sight where the page crops the picture to fill a box: the "
                               "lead (a long read's or a photo essay's hero, a 16:9 lead). "
                               "Without it a hero keeps the picture's foot (`50% 100%`), "
                               "another lead its centre.",
            },
            "display": {
                "enum": list(DISPLAYS),
                "description": "How the picture sits in the story, as newsrooms name it: "
                               + "; ".join(f"`{name}` {what}" for name, what in DISPLAYS.items())
                               + ". Without it a picture keeps to the text column (a "
                                 "portrait one narrower, at most 70% of the window tall). In a "
                                 "gallery, "
                                 "`showcase` spans the row and the others pair up. Ignored for "
                                 "the lead.",
            },
        },
        "if": {"properties": {"decorative": {"const": True}}, "required": ["decorative"]},
        "then": {
            "not": {"required": ["caption"]},
            "description": "A decorative image has no caption.",
        },
    },
    "licence": LICENCE_SCHEMA,
}


@dataclass(frozen=True, slots=True)
class Image(Block):
    type: ClassVar[str] = "image"
    src: str
    width: int
    height: int
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    decorative: bool = False
    srcset: str | None = None
    sizes: str | None = None
    lang: str | None = None
    credit_url: str | None = None
    display: str | None = None
    licence: Licence | None = None
    focus: str | None = None


class LicenceView(TypedDict):
    id: Annotated[str, "SPDX id (`CC-BY-4.0`)"]
    name: Annotated[str, "short name (`CC BY 4.0`), plain text"]
    url: Annotated[str | None, "checked URL of its text"]
    shown: Annotated[bool, "on the credit line: a CC BY licence or one the newsroom named"]


class ImageView(TypedDict):
    type: Literal["image"]
    pointer: Annotated[str, "JSON pointer of the image in the article data"]
    src: Annotated[str | None, "checked URL"]
    srcset: Annotated[str | None, "checked `srcset`"]
    sizes: Annotated[str | None, "`sizes` attribute"]
    width: int
    height: int
    alt: Annotated[str, "the alt to render (`\"\"` when decorative or the caption says it)"]
    alt_missing: Annotated[bool, "no usable alt and no caption (a `render-alt-missing` finding)"]
    review: Annotated[str | None, "`data-broadsheet-review` value (`review_markers=True`)"]
    decorative: bool
    caption: Annotated[Html | None, "the caption as it is exposed (parts may be `aria-hidden`)"]
    caption_hidden: Annotated[bool, "the caption repeats the alt and is hidden from screen readers"]
    credit: Annotated[str | None, "plain text"]
    credit_url: Annotated[str | None, "checked URL the credit links to"]
    credit_label: Annotated[str, "localised label read before the credit"]
    licence: Annotated[LicenceView | None, "the picture's licence (JSON-LD `license`)"]
    lazy: Annotated[bool, "load lazily (every image but the lead)"]
    lead: Annotated[bool, "the article's lead image (`fetchpriority=high`)"]
    attrs: Annotated[LangAttrs, "`lang`/`dir` for an image described in another language"]
    display: Annotated[str | None, "`inline`, `supporting`, `showcase` or `thumbnail` (the "
                                   "`figure--<display>` class); `None` for the lead or unset"]
    focus: Annotated[tuple[int, int] | None, "the focal point, two whole percentages "
                                             "(`data-focus-x`, `data-focus-y`: the crop's "
                                             "`object-position`)"]
    beside: Annotated[bool, "a supporting or thumbnail picture with enough text after it to "
                            "float beside (the `figure--beside` class; render/flow.py)"]


def build(data: Mapping[str, Any], pointer: str) -> Image:
    return Image(
        pointer=pointer, src=data["src"], width=data["width"], height=data["height"],
        alt=data.get("alt"), caption=data.get("caption"), credit=data.get("credit"),
        decorative=data.get("decorative", False), srcset=data.get("srcset"),
        sizes=data.get("sizes"), lang=data.get("lang"), credit_url=data.get("credit_url"),
        display=data.get("display"), licence=Licence.build(data.get("licence")),
        focus=data.get("focus"),
    )


def focus_point(focus: str | None) -> tuple[int, int] | None:
    """The focal point ``"50% 80%"`` as two whole percentages (0 to 100), or ``None`` for
    anything else: the page writes only these numbers (two ``data-focus-*`` attributes the
    stylesheet reads as ``object-position``; no inline style, which the page's CSP forbids),
    never the text given."""
    match = re.fullmatch(FOCUS_POINT, focus or "")
    return (int(match[1]), int(match[2])) if match else None


def licence_view(page: PageBuilder, licence: Licence | None, pointer: str,
                 credited: bool) -> LicenceView | None:
    """The licence's view: shown after a shown credit when it belongs on the credit line."""
    if licence is None:
        return None
    shown = credited and licence.on_credit_line
    # shown, its name is a link's text: a generic one ("here") is reported as any link's
    return {
        "id": licence.id,
        "name": plain(licence.short_name),
        "url": page.link_url(licence.link or None, f"{pointer}/url",
                             licence.short_name if shown else None,
                             f"{pointer}/name" if licence.name else f"{pointer}/id"),
        "shown": shown,
    }


def hero_sizes(image: Image) -> str:
    """The ``sizes`` of a hero (the long read's or a photo essay's lead, across the window,
    cropped to its box with ``object-fit: cover``): the window's width, and on a phone, where
    the box is at most a square as wide as the window, as wide as the picture is when as tall
    as that square (a 16:9 picture: 178vw; described as the column, 343 px at 375, the phone
    took the 800 px file for a crop 667 px wide, soft at twice the density: round 49)."""
    ratio = image.width / image.height if image.width and image.height else 16 / 9
    return f"(max-width: 40rem) {max(100, math.ceil(ratio * 100))}vw, 100vw"


def shown_sizes(image: Image, lead: bool, wide: bool = False, hero: bool = False) -> str | None:
    """The ``sizes`` of a picture with a srcset: how wide this page shows it (a hero's, the
    lead's, across column and rail when ``wide``; a display's), else the article's own."""
    if image.srcset and lead and hero:
        return hero_sizes(image)
    if image.srcset and lead:
        return DISPLAY_SIZES["showcase"] if wide else LEAD_SIZES
    if image.srcset and image.display in DISPLAY_SIZES:
        return DISPLAY_SIZES[image.display]
    return plain(image.sizes) if image.sizes else None


def view(page: PageBuilder, image: Image, *, lazy: bool = True,
         lead: bool = False, wide: bool = False, hero: bool = False,
         newsroom: bool = False) -> ImageView:
    """The view of an image, wherever it is (a ``wide`` lead spans column and rail on wide
    screens); every alt text decision is a finding. The site's name is no alt for a
    picture (content systems fill it in), but for the newsroom's own (``newsroom``: the
    About box's picture, named after the site on purpose). A
    credit typed at the end of the caption, or with its own label, is shown on the credit
    line in the page's format instead."""
    if image.credit and not image.decorative:
        credit = bare_credit(image.credit)
        caption = without_typed_credit(image.caption, credit) if image.caption else None
        image = replace(image, credit=credit, caption=image.caption if caption is None
                        else caption or None)
    decision = decide_alt(alt=image.alt, caption=image.caption, credit=image.credit,
                          decorative=image.decorative,
                          site=None if newsroom else page.article.site.name)
    pointer = image.pointer
    caption = None if image.decorative else page.inline(image.caption, f"{pointer}/caption")
    shown = expose_caption(decision, caption, image.credit)
    alt = shown.alt
    if decision.source is AltSource.MISSING:
        why = f" (the alt given is {decision.rejected})" if decision.rejected else ""
        page.report("render-alt-missing", pointer, why=why)
    elif decision.source is AltSource.CAPTION and not alt:
        page.report("render-alt-from-caption", pointer, "caption-read")
    elif decision.source is AltSource.CAPTION:
        why = f"the alt given is {decision.rejected}; " if decision.rejected else ""
        page.report("render-alt-from-caption", pointer, why=why, alt=decision.alt)
    if decision.redundant_phrase:
        page.report("render-alt-redundant-phrase", f"{pointer}/alt",
                    phrase=decision.redundant_phrase)
    if decision.source is AltSource.AUTHOR and len(decision.alt) > MAX_ALT_LENGTH:
        page.report("render-alt-too-long", f"{pointer}/alt", length=len(decision.alt),
                    limit=MAX_ALT_LENGTH)
    report_overlap(page, shown.overlap, decision.source, pointer)
    credited = bool(image.credit) and not image.decorative
    if (credited and image.credit and not image.credit_url and image.caption
            and names_credit(inline_to_text(image.caption), image.credit)):
        page.report("render-credit-in-caption", f"{pointer}/credit", credit=image.credit)
        credited = False
    return {
        "type": "image",
        "pointer": pointer,
        "src": page.url(image.src, f"{pointer}/src", RESOURCE_SCHEMES),
        "srcset": page.srcset(image.srcset, f"{pointer}/srcset"),
        "sizes": shown_sizes(image, lead, wide, hero),
        "width": image.width,
        "height": image.height,
        "alt": plain(alt) if alt else alt,
        "alt_missing": decision.source is AltSource.MISSING,
        "review": "alt-missing" if page.review_markers and decision.source is
        AltSource.MISSING else None,
        "decorative": image.decorative,
        "caption": shown.caption,
        "caption_hidden": shown.hidden,
        "credit": plain(image.credit) if image.credit and credited else None,
        "credit_url": page.link_url(image.credit_url, f"{pointer}/credit_url", image.credit,
                                    f"{pointer}/credit") if credited else None,
        "credit_label": page._("Photo"),
        "licence": licence_view(page, image.licence, f"{pointer}/licence", credited),
        "lazy": lazy,
        "lead": lead,
        "attrs": page.lang_attrs(image.lang, f"{pointer}/lang"),
        "display": None if lead else image.display,
        "focus": focus_point(image.focus),
        "beside": False,
    }


def report_overlap(page: PageBuilder, overlap: Overlap, source: AltSource,
                   pointer: str) -> None:
    """Say how the caption was exposed so that the alt's words are heard once."""
    if overlap is Overlap.SAME_WITH_LINK:
        page.report("render-alt-repeats-caption", pointer, "with-link")
    elif source is not AltSource.AUTHOR:
        return  # the alt came from the caption: render-alt-from-caption says so
    elif overlap is Overlap.SAME:
        page.report("render-alt-repeats-caption", pointer, "same")
    elif overlap is Overlap.FIRST_SENTENCE:
        page.report("render-alt-repeats-caption", pointer, "first-sentence")
    elif overlap is Overlap.INSIDE:
        page.report("render-alt-in-caption", f"{pointer}/alt")


def words(block: Image) -> Iterable[str]:
    return (inline_to_text(block.caption),) if block.caption is not None else ()


SPEC = BlockSpec(type="image", model=Image, build=build, view=view, view_type=ImageView,
                 template="blocks/image.html", definitions=DEFINITIONS, lead=True,
                 words=words)
