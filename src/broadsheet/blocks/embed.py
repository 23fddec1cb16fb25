"""The ``embed`` block: a frame of an allowed host, with a skip link past it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.embeds import original_url
from broadsheet.policy.sanitise import plain
from broadsheet.policy.urls import embed_sandbox
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "embed": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "url", "title", "provider"],
        "properties": {
            "type": {"const": "embed"},
            "url": {
                "$ref": "#/$defs/url",
                "description": (
                    "The embed's own URL, or a post's URL on X/Twitter, YouTube, Vimeo, "
                    "Dailymotion, Instagram, TikTok or Spotify (turned into the platform's "
                    "embed URL)."
                ),
            },
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "What the embedded content is; names its frame for screen "
                                     "readers."},
            "provider": {"$ref": "#/$defs/plain_text",
                         "description": "Who serves it (\"YouTube\", \"Datawrapper\"), named on "
                                        "its placeholder."},
            "height": {"type": "integer", "minimum": 1, "maximum": 10000,
                       "description": "The frame's height in pixels."},
            "caption": {
                "$ref": "#/$defs/inline_html",
                "description": "Shown under the embed, as the figure's caption.",
            },
        },
    },
}


@dataclass(frozen=True, slots=True)
class Embed(Block):
    type: ClassVar[str] = "embed"
    url: str
    title: str
    provider: str
    height: int | None = None
    caption: str | None = None


class EmbedView(BlockView):
    url: Annotated[str | None, "URL to frame; `None` when refused (render a notice, no frame)"]
    sandbox: Annotated[str | None, "the `sandbox` attribute's value"]
    title: Annotated[str, "the frame's title"]
    provider: str
    height: int
    end_id: Annotated[str, "id of the element after the frame, the target of its skip link"]
    original: Annotated[str | None, "the post or page on its platform, for \"Open the original\""]
    caption: Annotated[Html | None, "shown under the frame, in a `figcaption`"]


def build(data: Mapping[str, Any], pointer: str) -> Embed:
    return Embed(pointer, data["url"], data["title"], data["provider"], data.get("height"),
                 data.get("caption"))


def view(page: PageBuilder, block: Embed) -> EmbedView:
    provider = plain(block.provider)
    framed = page.embed(block.url, f"{block.pointer}/url")
    return {
        "type": block.type, "pointer": block.pointer,
        "caption": page.inline(block.caption, f"{block.pointer}/caption"),
        "url": framed,
        "sandbox": embed_sandbox(framed, page.page_urls) if framed else None,
        "title": plain(block.title), "provider": provider, "height": block.height or 400,
        "end_id": page.ids.for_text("end-of", provider),
        "original": original_url(block.url, framed) if framed else None,
    }


SPEC = BlockSpec(type="embed", model=Embed, build=build, view=view, view_type=EmbedView,
                 template="blocks/embed.html", definitions=DEFINITIONS)
