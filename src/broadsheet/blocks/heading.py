"""The ``heading`` block: a section heading, its level normalised so none is skipped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import plain
from broadsheet.render.view_types import Block as BlockView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "heading": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "level", "text"],
        "properties": {
            "type": {"const": "heading"},
            "level": {
                "type": "integer",
                "minimum": 2,
                "maximum": 6,
                "description": "Requested level; normalised so that none is skipped.",
            },
            "text": {"$ref": "#/$defs/plain_text",
                     "description": "The heading's words."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Heading(Block):
    type: ClassVar[str] = "heading"
    level: int
    text: str


class HeadingView(BlockView):
    level: Annotated[int, "the rendered level (2-6), normalised so no level is skipped"]
    text: str
    id: Annotated[str, "unique id, for links to the section"]


def build(data: Mapping[str, Any], pointer: str) -> Heading:
    return Heading(pointer, data["level"], data["text"])


def view(page: PageBuilder, block: Heading) -> HeadingView:
    change = page.heading_level(block)
    if change.rendered != change.requested:
        page.report("render-heading-level", block.pointer, requested=change.requested,
                    rendered=change.rendered)
    page.section_level = change.rendered
    text, ident = page.text(block.text), page.ids.for_text("h", block.text)
    if change.rendered == 2:
        page.sections.append({"text": text, "id": ident})
    page.last_heading = {"text": text, "id": ident}
    return {"type": block.type, "pointer": block.pointer, "level": change.rendered,
            "text": text, "id": ident}


def words(block: Heading) -> Iterable[str]:
    return (plain(block.text),)


SPEC = BlockSpec(type="heading", model=Heading, build=build, view=view, view_type=HeadingView,
                 template="blocks/heading.html", definitions=DEFINITIONS, words=words)
