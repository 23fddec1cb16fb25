"""The ``factbox`` block: key points, "what we know" or a fact box: a short list under its own
heading, set apart from the story.

It is a complementary landmark (``<aside>``) named by its heading while the page has fewer
than :data:`MAX_COMPLEMENTARY` of them (related boxes count too); past that it is a plain
section with its heading, so the list of landmarks stays short enough to be useful.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

#: Complementary landmarks a page may have before fact boxes stop adding to them.
MAX_COMPLEMENTARY = 3

Kind = Literal["key_points", "what_we_know", "facts"]

DEFINITIONS: dict[str, JsonSchema] = {
    "factbox": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "kind", "items"],
        "properties": {
            "type": {"const": "factbox"},
            "kind": {"enum": ["key_points", "what_we_know", "facts"],
                     "description": "Names the box when it has no title: \"Key points\", "
                                    "\"What we know\" or \"Key facts\"."},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "The box's heading."},
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/inline_html"},
                      "description": "The facts, one an item; links and emphasis allowed."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Factbox(Block):
    type: ClassVar[str] = "factbox"
    kind: Kind
    items: tuple[str, ...]
    title: str | None = None


class FactboxView(BlockView):
    kind: Kind
    title: Annotated[str, "the title, or the kind's name in the article's language"]
    id: str
    level: Annotated[int, "the heading level (one below the current section)"]
    landmark: Annotated[bool, "rendered as a named `<aside>` (else a `<section>` without a name)"]
    items: list[Html]
    fold: Annotated[bool, "a long read's key points: a `<details>` whose summary holds the "
                          "title, open on load at every width (a reader may fold it)"]


def build(data: Mapping[str, Any], pointer: str) -> Factbox:
    return Factbox(pointer, data["kind"], tuple(data["items"]), data.get("title"))


def view(page: PageBuilder, block: Factbox) -> FactboxView:
    _ = page._
    names = {"key_points": _("Key points"), "what_we_know": _("What we know"),
             "facts": _("Key facts")}
    title = plain(block.title) if block.title else names[block.kind]
    landmark = page.landmark_count("complementary") < MAX_COMPLEMENTARY
    if landmark:
        page.check_unique_landmark("complementary", title, block.pointer)
    return {
        "type": block.type, "pointer": block.pointer, "kind": block.kind, "title": title,
        "id": page.ids.for_text("factbox", title), "level": page.sub_level(),
        "landmark": landmark, "fold": page.longread and block.kind == "key_points",
        "items": [page.inline(item, f"{block.pointer}/items/{i}")
                  for i, item in enumerate(block.items)],
    }


def words(block: Factbox) -> Iterable[str]:
    return (inline_to_text(item) for item in block.items)


SPEC = BlockSpec(type="factbox", model=Factbox, build=build, view=view, view_type=FactboxView,
                 template="blocks/factbox.html", label="Fact box", definitions=DEFINITIONS,
                 words=words,
                 docs="A complementary landmark named by its title while the page has fewer "
                      f"than {MAX_COMPLEMENTARY} (related boxes count too); past that a "
                      "section under its heading, so the landmarks stay few.")
