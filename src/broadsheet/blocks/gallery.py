"""The ``gallery`` block: images in a region landmark named by its title."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from broadsheet.blocks import image
from broadsheet.blocks.base import Block, BlockSpec, JsonSchema, build_all
from broadsheet.blocks.image import Image, ImageView
from broadsheet.policy.sanitise import plain
from broadsheet.render.view_types import Block as BlockView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "gallery": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "images"],
        "properties": {
            "type": {"const": "gallery"},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "The gallery's heading: what its pictures show."},
            "images": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/image"},
                       "description": "The pictures in order, each an image block."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Gallery(Block):
    type: ClassVar[str] = "gallery"
    images: tuple[Image, ...]
    title: str | None = None


class GalleryView(BlockView):
    title: str | None
    label: Annotated[str, "the region's accessible name (the title, or a numbered \"Gallery\")"]
    id: str
    level: Annotated[int, "heading level of the title"]
    heading: Annotated[bool, "whether the title is shown as the gallery's own heading (not "
                             "when it repeats the heading just before, whose id is ``id``)"]
    images: list[ImageView]
    enlarge: Annotated[str, "localised words read after a picture's alt on its link to the "
                            "full picture"]


def build(data: Mapping[str, Any], pointer: str) -> Gallery:
    return Gallery(pointer, build_all(data["images"], image.build, f"{pointer}/images"),
                   data.get("title"))


def view(page: PageBuilder, block: Gallery) -> GalleryView:
    title = block.title
    repeated = page.heading_repeated(title, block.pointer)
    label = plain(title) if title else page._("Gallery")
    if not title:  # several untitled galleries must not share one landmark name
        page.untitled_galleries += 1
        if page.untitled_galleries > 1:
            label = f"{label} {page.untitled_galleries}"
    if repeated:
        label = repeated["text"]
    page.check_unique_landmark("region", label, block.pointer)
    return {
        "type": block.type, "pointer": block.pointer,
        "title": plain(title) if title and not repeated else None, "label": label,
        "id": repeated["id"] if repeated else page.ids.for_text("gallery", label),
        "level": page.sub_level(), "heading": repeated is None,
        "images": [image.view(page, item) for item in block.images],
        "enlarge": page._("Open the full picture"),
    }


SPEC = BlockSpec(type="gallery", model=Gallery, build=build, view=view, view_type=GalleryView,
                 template="blocks/gallery.html", label="Photo gallery", definitions=DEFINITIONS)
