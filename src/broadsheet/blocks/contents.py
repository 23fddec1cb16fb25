"""The ``contents`` block: a table of contents for a long read, where the editor puts it.

A navigation landmark named "Contents" listing every section of the body (each heading
rendered at level 2), linked by its id; it renders nothing for a body of fewer than two
sections. The list is the page's own: it is filled as the headings are viewed, so one placed
before them lists them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import SectionLink

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "contents": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type"],
        "properties": {"type": {"const": "contents"}},
    },
}


@dataclass(frozen=True, slots=True)
class Contents(Block):
    type: ClassVar[str] = "contents"


class ContentsView(BlockView):
    id: str
    label: Annotated[str, "\"Contents\", in the article's language"]
    level: Annotated[int, "its heading's level (one below the current section: 2 at the top)"]
    sections: Annotated[list[SectionLink], "every level-2 heading of the body, in order"]
    numbering: Annotated[str, "the page's numbering system (the list's markers)"]


def build(data: Mapping[str, Any], pointer: str) -> Contents:
    return Contents(pointer)


def view(page: PageBuilder, block: Contents) -> ContentsView:
    label = page._("Contents")
    page.check_unique_landmark("navigation", label, block.pointer)
    return {"type": block.type, "pointer": block.pointer, "id": page.ids.make("contents"),
            "label": label, "level": page.sub_level(), "sections": page.sections,
            "numbering": page.numbering}


SPEC = BlockSpec(type="contents", model=Contents, build=build, view=view,
                 view_type=ContentsView, template="blocks/contents.html",
                 definitions=DEFINITIONS,
                 docs="A navigation landmark named \"Contents\" linking every level-2 heading "
                      "of the body, wherever it is placed; nothing for fewer than two.")
