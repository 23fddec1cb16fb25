"""The ``note`` block: a correction, editor's note or update, labelled in the article's
language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, cast

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "note": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "kind", "text"],
        "properties": {
            "type": {"const": "note"},
            "kind": {"enum": ["correction", "editor", "update"],
                     "description": "A correction, an editor's note or an update: sets the note's "
                                    "label."},
            "text": {"$ref": "#/$defs/inline_html",
                     "description": "What the note says; links allowed."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Note(Block):
    type: ClassVar[str] = "note"
    kind: Literal["correction", "editor", "update"]
    text: str


class NoteView(BlockView):
    kind: Literal["correction", "editor", "update"]
    label: Annotated[str, "localised name of the kind"]
    text: Html
    id: Annotated[str | None, "an update's id (`update`, `update-2`, …): the header's "
                              "\"What changed\" links to the last one"]


def build(data: Mapping[str, Any], pointer: str) -> Note:
    return Note(pointer, data["kind"], data["text"])


def view(page: PageBuilder, block: Note) -> NoteView:
    _ = page._
    labels = {"correction": _("Correction"), "editor": _("Editor’s note"), "update": _("Update")}
    return {"type": block.type, "pointer": block.pointer, "kind": block.kind,
            "label": labels[block.kind], "text": page.inline(block.text, f"{block.pointer}/text"),
            "id": page.ids.make("update") if block.kind == "update" else None}


def last_update(body: Iterable[BlockView]) -> str | None:
    """The id of the body's last update note, if it has one."""
    ids = [str(found) for view in body if view["type"] == "note"
           and (found := cast(Mapping[str, Any], view).get("id"))]
    return ids[-1] if ids else None


def words(block: Note) -> Iterable[str]:
    return (inline_to_text(block.text),)


SPEC = BlockSpec(type="note", model=Note, build=build, view=view, view_type=NoteView,
                 template="blocks/note.html", definitions=DEFINITIONS, words=words)
