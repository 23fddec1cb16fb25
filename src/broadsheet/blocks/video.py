"""The ``video`` block (also an article's lead): captions and a transcript expected."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from broadsheet.blocks import media
from broadsheet.blocks.base import BlockSpec, JsonSchema
from broadsheet.blocks.media import AudioView, Media
from broadsheet.policy.urls import RESOURCE_SCHEMES

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    **media.DEFINITIONS,
    "video": media.block_definition(
        "video",
        poster={"$ref": "#/$defs/url",
                "description": "A still picture shown before the video plays."},
        width={"type": "integer", "minimum": 1, "maximum": 100000,
               "description": "The video's frame width in pixels, to keep its shape before it "
                              "loads."},
        height={"type": "integer", "minimum": 1, "maximum": 100000,
                "description": "The video's frame height in pixels, to keep its shape before it "
                               "loads."},
    ),
}


@dataclass(frozen=True, slots=True)
class Video(Media):
    type: ClassVar[str] = "video"
    poster: str | None = None
    width: int | None = None
    height: int | None = None


class VideoView(AudioView):
    poster: str | None
    width: int | None
    height: int | None


def build(data: Mapping[str, Any], pointer: str) -> Video:
    return Video(**media.fields(data, pointer), poster=data.get("poster"),
                 width=data.get("width"), height=data.get("height"))


def view(page: PageBuilder, block: Video) -> VideoView:
    shared = media.view(page, block, video=True)
    poster = page.url(block.poster, f"{block.pointer}/poster", RESOURCE_SCHEMES)
    return {**shared, "poster": poster, "width": block.width, "height": block.height}


SPEC = BlockSpec(type="video", model=Video, build=build, view=view, view_type=VideoView,
                 template="blocks/video.html", definitions=DEFINITIONS,
                 docs="Needs `src` or `sources`.", lead=True)
