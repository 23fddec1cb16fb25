"""The ``embed`` block: a frame of an allowed host, with a skip link past it, shown as a card
with a static preview (the post's words, a drawing of the map, the video's still) until the
reader chooses to load it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from broadsheet.blocks import image
from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.blocks.image import Image, ImageView
from broadsheet.policy.embeds import original_url
from broadsheet.policy.sanitise import plain
from broadsheet.policy.urls import embed_sandbox
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html, TimeView

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
            "preview": {"$ref": "#/$defs/embed_preview",
                        "description": "What the card shows before the reader loads the "
                                       "embed (a post's words, a map's place, a still)."},
        },
    },
    "embed_preview": {
        "type": "object",
        "additionalProperties": False,
        "minProperties": 1,
        "description": "What the card shows of the embed before the reader loads it, from the "
                       "newsroom's own data: nothing of it is fetched from the provider.",
        "properties": {
            "text": {"$ref": "#/$defs/inline_html",
                     "description": "A post's words as published, quoted on the card."},
            "author": {"$ref": "#/$defs/plain_text",
                       "description": "Who posted it, as the platform names them "
                                      "(\"Save Millbrook Libraries @savemillbrook\")."},
            "published": {"$ref": "#/$defs/date_time",
                          "description": "When it was posted, RFC 3339."},
            "place": {"$ref": "#/$defs/plain_text",
                      "description": "The place a map shows (\"Tunisia\"), named on the card."},
            "image": {"$ref": "#/$defs/image",
                      "description": "A still of what it shows (a drawing of the map, the "
                                     "video's first frame), an image block: a shipped file or "
                                     "the newsroom's own copy."},
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
    preview: Preview | None = None


@dataclass(frozen=True, slots=True)
class Preview:
    """What the card shows before the reader loads the embed."""

    text: str | None = None
    author: str | None = None
    published: str | None = None
    place: str | None = None
    image: Image | None = None


class PreviewView(TypedDict):
    text: Annotated[Html | None, "a post's words, quoted"]
    author: Annotated[str | None, "plain text"]
    published: TimeView | None
    place: Annotated[str | None, "plain text: the place a map shows"]
    image: Annotated[ImageView | None, "a still of what it shows"]
    cite: Annotated[str | None, "the original's URL, for the quote's `cite`"]


#: What each well-known provider's embeds are, by its name as articles give it (folded):
#: the card's label says "Post on X", "Video on YouTube", in the page's language.
KINDS = {"x": "post", "twitter": "post", "bluesky": "post", "mastodon": "post",
         "threads": "post", "instagram": "post", "facebook": "post", "tiktok": "post",
         "youtube": "video", "vimeo": "video", "dailymotion": "video",
         "openstreetmap": "map", "google maps": "map"}


def kind_of(block: Embed) -> str | None:
    """``post``, ``video`` or ``map``: the provider's kind of embed, else what its preview
    shows (a place: a map; a post's words: a post), else None (labelled by the provider)."""
    kind = KINDS.get(plain(block.provider).casefold())
    if kind is None and block.preview is not None:
        kind = "map" if block.preview.place else "post" if block.preview.text else None
    return kind


class EmbedView(BlockView):
    kind: Annotated[str | None, "`post`, `video`, `map` or None: the card's label (`kind_of`)"]
    url: Annotated[str | None, "URL to frame; `None` when refused (render a notice, no frame)"]
    sandbox: Annotated[str | None, "the `sandbox` attribute's value"]
    title: Annotated[str, "the frame's title"]
    provider: str
    height: int
    end_id: Annotated[str, "id of the element after the frame, the target of its skip link"]
    original: Annotated[str | None, "the post or page on its platform, for \"Open the original\""]
    caption: Annotated[Html | None, "shown under the frame, in a `figcaption`"]
    preview: Annotated[PreviewView | None, "shown on the card before it is loaded"]


def build(data: Mapping[str, Any], pointer: str) -> Embed:
    shown = data.get("preview")
    preview = None if shown is None else Preview(
        text=shown.get("text"), author=shown.get("author"), published=shown.get("published"),
        place=shown.get("place"),
        image=image.build(shown["image"], f"{pointer}/preview/image") if "image" in shown
        else None)
    return Embed(pointer, data["url"], data["title"], data["provider"], data.get("height"),
                 data.get("caption"), preview)


def preview_view(page: PageBuilder, block: Embed, original: str | None) -> PreviewView | None:
    """The card's preview: every part the article gives, through the page's policies."""
    shown = block.preview
    if shown is None:
        return None
    pointer = f"{block.pointer}/preview"
    published = None
    if shown.published:
        moment = datetime.fromisoformat(shown.published.replace("z", "Z").replace("t", "T"))
        published = page.time(moment)
    return {
        "text": page.inline(shown.text, f"{pointer}/text"),
        "author": plain(shown.author) if shown.author else None,
        "published": published,
        "place": plain(shown.place) if shown.place else None,
        "image": image.view(page, shown.image) if shown.image else None,
        "cite": original if shown.text else None,
    }


def view(page: PageBuilder, block: Embed) -> EmbedView:
    provider = plain(block.provider)
    framed = page.embed(block.url, f"{block.pointer}/url")
    original = original_url(block.url, framed) if framed else None
    return {
        "type": block.type, "pointer": block.pointer, "kind": kind_of(block),
        "caption": page.inline(block.caption, f"{block.pointer}/caption"),
        "url": framed,
        "sandbox": embed_sandbox(framed, page.page_urls) if framed else None,
        "title": plain(block.title), "provider": provider, "height": block.height or 400,
        "end_id": page.ids.for_text("end-of", provider),
        "original": original,
        "preview": preview_view(page, block, original),
    }


SPEC = BlockSpec(type="embed", model=Embed, build=build, view=view, view_type=EmbedView,
                 template="blocks/embed.html", definitions=DEFINITIONS)
