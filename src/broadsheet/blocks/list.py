"""The ``list`` block: an ordered or unordered list of inline HTML items."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "list": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "ordered", "items"],
        "properties": {
            "type": {"const": "list"},
            "ordered": {"type": "boolean",
                        "description": "Numbered (true) or bulleted (false)."},
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/inline_html"},
                      "description": "The items, in order; links and emphasis allowed."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class List(Block):
    type: ClassVar[str] = "list"
    ordered: bool
    items: tuple[str, ...]


class ListView(BlockView):
    ordered: bool
    items: list[Html]
    numbering: Annotated[str, "the page's numbering system (`latn`, `arabext`…): the markers' "
                         "digits"]


def build(data: Mapping[str, Any], pointer: str) -> List:
    return List(pointer, data["ordered"], tuple(data["items"]))


def view(page: PageBuilder, block: List) -> ListView:
    return {"type": block.type, "pointer": block.pointer, "ordered": block.ordered,
            "numbering": page.numbering,
            "items": [page.inline(item, f"{block.pointer}/items/{i}")
                      for i, item in enumerate(block.items)]}


def words(block: List) -> Iterable[str]:
    return (inline_to_text(item) for item in block.items)


SPEC = BlockSpec(type="list", model=List, build=build, view=view, view_type=ListView,
                 template="blocks/list.html", definitions=DEFINITIONS, words=words)
