"""The ``pullquote`` block: a display quote, hidden from screen readers only when it repeats
the body."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import plain
from broadsheet.render.view_types import Block as BlockView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "pullquote": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "text"],
        "properties": {
            "type": {"const": "pullquote"},
            "text": {"$ref": "#/$defs/plain_text",
                     "description": "Words from the article, shown large to draw readers in."},
            "cite": {"$ref": "#/$defs/plain_text",
                     "description": "Who said them."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Pullquote(Block):
    type: ClassVar[str] = "pullquote"
    text: str
    cite: str | None = None


class PullquoteView(BlockView):
    text: str
    cite: str | None
    hidden: Annotated[bool, "it repeats the body: hide it from screen readers (`aria-hidden`)"]


def build(data: Mapping[str, Any], pointer: str) -> Pullquote:
    return Pullquote(pointer, data["text"], data.get("cite"))


def view(page: PageBuilder, block: Pullquote) -> PullquoteView:
    hidden = page.body_words().quotes(block.text)
    if not hidden:
        page.report("render-pullquote-not-in-body", f"{block.pointer}/text")
    return {"type": block.type, "pointer": block.pointer, "text": plain(block.text),
            "cite": plain(block.cite) if block.cite else None, "hidden": hidden}


SPEC = BlockSpec(type="pullquote", model=Pullquote, build=build, view=view,
                 view_type=PullquoteView, template="blocks/pullquote.html",
                 label="Pull quote", definitions=DEFINITIONS)
