"""The ``quote`` block: a block quotation, perhaps in another language, with its source."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html, LangAttrs

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "quote": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "text"],
        "properties": {
            "type": {"const": "quote"},
            "text": {"$ref": "#/$defs/inline_html",
                     "description": "The quoted words; links and emphasis allowed."},
            "cite": {"$ref": "#/$defs/plain_text",
                     "description": "Who said or wrote them."},
            "cite_url": {"$ref": "#/$defs/url",
                         "description": "Link to where the quote comes from."},
            "lang": {"$ref": "#/$defs/language",
                     "description": "Language of the quote where it differs from the article's (a "
                                    "screen reader changes voice)."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Quote(Block):
    type: ClassVar[str] = "quote"
    text: str
    cite: str | None = None
    cite_url: str | None = None
    lang: str | None = None


class QuoteView(BlockView):
    text: Html
    cite: str | None
    cite_url: str | None
    attrs: LangAttrs


def build(data: Mapping[str, Any], pointer: str) -> Quote:
    return Quote(pointer, data["text"], data.get("cite"), data.get("cite_url"), data.get("lang"))


def view(page: PageBuilder, block: Quote) -> QuoteView:
    pointer, cite = block.pointer, block.cite
    return {
        "type": block.type, "pointer": pointer,
        "text": page.inline(block.text, f"{pointer}/text"),
        "cite": plain(cite) if cite else None,
        "cite_url": page.link_url(block.cite_url, f"{pointer}/cite_url", cite, f"{pointer}/cite"),
        "attrs": page.lang_attrs(block.lang, f"{pointer}/lang"),
    }


def words(block: Quote) -> Iterable[str]:
    return (inline_to_text(block.text),)


SPEC = BlockSpec(type="quote", model=Quote, build=build, view=view, view_type=QuoteView,
                 template="blocks/quote.html", definitions=DEFINITIONS, words=words)
