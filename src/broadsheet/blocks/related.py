"""The ``related`` block: a box of related links, a complementary landmark named by its
title."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema, Link, build_all
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html, LinkView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "related": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "title"],
        "properties": {
            "type": {"const": "related"},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "The box's heading (\"Related\", \"More on this story\")."},
            "text": {"$ref": "#/$defs/inline_html",
                     "description": "A sentence introducing the links."},
            "url": {"$ref": "#/$defs/url",
                    "description": "A link for the whole box (\"All our coverage\")."},
            "links": {"type": "array", "items": {"$ref": "#/$defs/link"},
                      "description": "The related articles, each a title and its address."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Related(Block):
    type: ClassVar[str] = "related"
    title: str
    text: str | None = None
    url: str | None = None
    links: tuple[Link, ...] = ()


class RelatedView(BlockView):
    title: str
    text: Html | None
    url: str | None
    id: str
    level: int
    links: list[LinkView]


def build(data: Mapping[str, Any], pointer: str) -> Related:
    return Related(pointer, data["title"], data.get("text"), data.get("url"),
                   build_all(data.get("links"), Link.build, f"{pointer}/links"))


def view(page: PageBuilder, block: Related) -> RelatedView:
    pointer, title = block.pointer, block.title
    page.check_unique_landmark("complementary", title, pointer)
    return {
        "type": block.type, "pointer": pointer,
        "title": plain(title), "text": page.inline(block.text, f"{pointer}/text"),
        "url": page.link_url(block.url, f"{pointer}/url", title, f"{pointer}/title"),
        "id": page.ids.for_text("related", title), "level": page.sub_level(),
        "links": page.links(block.links, f"{pointer}/links"),
    }


def words(block: Related) -> Iterable[str]:
    return (inline_to_text(block.text),) if block.text is not None else ()


SPEC = BlockSpec(type="related", model=Related, build=build, view=view, view_type=RelatedView,
                 template="blocks/related.html", label="Related links",
                 definitions=DEFINITIONS, words=words)
