"""The ``paragraph`` block: a paragraph of inline HTML."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text, is_blank
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "paragraph": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "text"],
        "properties": {
            "type": {"const": "paragraph"},
            "text": {"$ref": "#/$defs/inline_html",
                     "description": "The paragraph's words; links, emphasis and footnote "
                                    "references (`[^id]`) allowed."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Paragraph(Block):
    type: ClassVar[str] = "paragraph"
    text: str


class ParagraphView(BlockView):
    text: Html


def build(data: Mapping[str, Any], pointer: str) -> Paragraph:
    return Paragraph(pointer, data["text"])


def view(page: PageBuilder, block: Paragraph) -> ParagraphView | None:
    html = page.inline(block.text, f"{block.pointer}/text")
    if html is None or is_blank(html):
        page.report("render-paragraph-empty", f"{block.pointer}/text")
        return None
    return {"type": block.type, "pointer": block.pointer, "text": html}


def words(block: Paragraph) -> Iterable[str]:
    return (inline_to_text(block.text),)


SPEC = BlockSpec(type="paragraph", model=Paragraph, build=build, view=view,
                 view_type=ParagraphView, template="blocks/paragraph.html",
                 definitions=DEFINITIONS, words=words)
