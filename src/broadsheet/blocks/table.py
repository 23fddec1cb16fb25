"""The ``table`` block: a data table with a caption, its header cells scoped.

A small table is laid out small (issue 17: a one-row table stretched across the column and
cut off on a phone): one row of figures under its headings is shown turned on its side, each
heading a row heading beside its figure, down a narrow table; a table of one or two columns
is as wide as its content, not the column. A table that may not fit carries a hint, shown
by the stylesheet only while it can scroll sideways."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from markupsafe import Markup

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.policy.typography import release_ranges
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
    numeric: Annotated[bool, "in a column of figures: set at the end, under its heading"]
    html: Html


#: A figure as news tables write it: a sign or currency, digits in any script (``\d`` is
#: Unicode) with thousands and decimal separators (Arabic ones too), a range, then at most
#: a percent sign or a short unit ("%", "bn", "MW", "mph", "млн").
FIGURE = re.compile(r"[+\-\u2212\u00b1~\u2248<>]?[$\u00a3\u20ac\u20b4\u00a5\u20bd]?\d"
                    r"[\d\s.,'\u2019\u066b\u066c\u2013\u2212-]*"
                    r"(?:\s?(?:[%\u066a\u2030]|[^\W\d_]{1,3}\.?))?")
#: A cell that stands for no value ("—", "-", "n/a" are common): it does not decide.
BLANK = re.compile(r"[\u2013\u2014\u2212\-\u2026.]*|n/?a", re.IGNORECASE)


def is_figure(text: str) -> bool:
    return FIGURE.fullmatch(text.strip()) is not None


def figure_columns(table: Table) -> set[int]:
    """The columns whose data cells are all figures (or blank), at least one a figure."""
    columns: dict[int, bool] = {}
    for row in table.rows[table.header_rows:]:
        for c, cell in enumerate(row[table.header_columns:], start=table.header_columns):
            text = inline_to_text(cell).strip()
            if not BLANK.fullmatch(text):
                columns[c] = columns.get(c, True) and is_figure(text)
    return {c for c, figures in columns.items() if figures}


class TableView(BlockView):
    caption: str
    id: str
    compact: Annotated[bool, "two columns at most, as shown: it never scrolls"]
    hint: Annotated[str, "localised words that say the table scrolls sideways (shown only then)"]
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


def on_its_side(table: Table) -> bool:
    """One row of data under one row of headings, no row headings: read as pairs (heading,
    figure), it is shown turned on its side (five columns became a two-column table that
    fits a phone)."""
    return (table.header_rows == 1 and table.header_columns == 0 and len(table.rows) == 2
            and len(table.rows[0]) == len(table.rows[1]) >= 2)


def view(page: PageBuilder, table: Table) -> TableView:
    turned = on_its_side(table)
    if turned:  # each heading becomes a row heading, its figure beside it
        table = Table(table.pointer, table.caption, tuple(zip(*table.rows, strict=True)),
                      header_rows=0, header_columns=1)
    head_rows, head_cols = table.header_rows, table.header_columns
    figures = figure_columns(table)
    rows = []
    for r, row in enumerate(table.rows):
        cells: list[CellView] = []
        for c, cell in enumerate(row):
            header = r < head_rows or c < head_cols
            scope = ("col" if r < head_rows else "row") if header else None
            source = (c, r) if turned else (r, c)  # where the author wrote it
            html = page.inline(cell, f"{table.pointer}/rows/{source[0]}/{source[1]}")
            if scope == "col" and c in figures:  # may wrap after a range's dash to fit
                html = Markup(release_ranges(html))
            cells.append({"header": header, "scope": scope, "numeric": c in figures,
                          "html": html})
        rows.append(cells)
    if lonely := headers_without_data(rows, head_rows):
        page.report("render-table-without-data", table.pointer, cells=", ".join(lonely))
    page.check_unique_landmark("region", table.caption, table.pointer)
    return {"type": table.type, "pointer": table.pointer, "caption": plain(table.caption),
            "id": page.ids.for_text("table", table.caption),
            "compact": max(len(row) for row in table.rows) <= 2,
            "hint": page._("Scroll sideways to see the whole table"),
            "head": rows[:head_rows], "body": rows[head_rows:]}


def words(block: Table) -> Iterable[str]:
    return (inline_to_text(cell) for row in block.rows for cell in row)


SPEC = BlockSpec(type="table", model=Table, build=build, view=view, view_type=TableView,
                 template="blocks/table.html", definitions=DEFINITIONS, words=words)
