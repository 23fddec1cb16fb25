"""The ``divider`` block: a thematic break."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.render.view_types import Block as BlockView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "divider": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type"],
        "properties": {"type": {"const": "divider"}},
    },
}


@dataclass(frozen=True, slots=True)
class Divider(Block):
    type: ClassVar[str] = "divider"


class DividerView(BlockView):
    pass


def build(data: Mapping[str, Any], pointer: str) -> Divider:
    return Divider(pointer)


def view(page: PageBuilder, block: Divider) -> DividerView:
    return {"type": block.type, "pointer": block.pointer}


SPEC = BlockSpec(type="divider", model=Divider, build=build, view=view, view_type=DividerView,
                 template="blocks/divider.html", definitions=DEFINITIONS)
