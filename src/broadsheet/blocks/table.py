"""The ``table`` block: a data table with a caption, its header cells scoped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "table": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "caption", "rows"],
        "properties": {
            "type": {"const": "table"},
            "caption": {"$ref": "#/$defs/plain_text",
                        "description": "What the table shows; screen readers announce it first."},
            "header_rows": {"type": "integer", "minimum": 0, "maximum": 10, "default": 1,
                            "description": "How many rows at the top are column headings."},
            "header_columns": {"type": "integer", "minimum": 0, "maximum": 10, "default": 0,
                               "description": "How many columns at the start are row headings (on "
                                              "the right in right-to-left pages)."},
            "rows": {
                "type": "array",
                "description": "The cells, row by row, header rows first.",
                "minItems": 1,
                "items": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/$defs/inline_html"},
                },
            },
        },
    },
}


@dataclass(frozen=True, slots=True)
class Table(Block):
    type: ClassVar[str] = "table"
    caption: str
    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 1
    header_columns: int = 0


class CellView(TypedDict):
    header: bool
    scope: Annotated[str | None, "`col`, `row` or `None` for a data cell"]
    html: Html


class TableView(BlockView):
    caption: str
    id: str
    head: Annotated[list[list[CellView]], "header rows"]
    body: Annotated[list[list[CellView]], "the other rows"]


def build(data: Mapping[str, Any], pointer: str) -> Table:
    return Table(pointer, data["caption"], tuple(tuple(row) for row in data["rows"]),
                 data.get("header_rows", 1), data.get("header_columns", 0))


def headers_without_data(rows: list[list[CellView]], head_rows: int) -> list[str]:
    """Row/column positions (1-based) of header cells assigned to no cell: a column header
    with no cell under it, a row header with none after it (ACT d0f69e: any cell counts,
    header cells too, so the corner header over a column of row headers heads them)."""
    lonely = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not cell["header"]:
                continue
            if r < head_rows:
                heads = any(len(other) > c for other in rows[r + 1:])
            else:
                heads = len(row) > c + 1
            if not heads:
                lonely.append(f"row {r + 1} column {c + 1}")
    return lonely


def view(page: PageBuilder, table: Table) -> TableView:
    head_rows, head_cols = table.header_rows, table.header_columns
    rows = []
    for r, row in enumerate(table.rows):
        cells: list[CellView] = []
        for c, cell in enumerate(row):
            header = r < head_rows or c < head_cols
            scope = ("col" if r < head_rows else "row") if header else None
            html = page.inline(cell, f"{table.pointer}/rows/{r}/{c}")
            cells.append({"header": header, "scope": scope, "html": html})
        rows.append(cells)
    if lonely := headers_without_data(rows, head_rows):
        page.report("render-table-without-data", table.pointer, cells=", ".join(lonely))
    page.check_unique_landmark("region", table.caption, table.pointer)
    return {"type": table.type, "pointer": table.pointer, "caption": plain(table.caption),
            "id": page.ids.for_text("table", table.caption),
            "head": rows[:head_rows], "body": rows[head_rows:]}


def words(block: Table) -> Iterable[str]:
    return (inline_to_text(cell) for row in block.rows for cell in row)


SPEC = BlockSpec(type="table", model=Table, build=build, view=view, view_type=TableView,
                 template="blocks/table.html", definitions=DEFINITIONS, words=words)
