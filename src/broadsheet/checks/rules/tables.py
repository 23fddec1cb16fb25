"""Data tables: header cells with data cells, ``headers`` references, captions."""

from __future__ import annotations

from collections.abc import Iterable

from broadsheet.checks import dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed, wcag_tags
from broadsheet.findings import Impact

_TABLE_ROLES = frozenset({"table", "grid", "treegrid"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_HEADERS = frozenset({"columnheader", "rowheader"})


def _span(cell: Element, name: str) -> int:
    raw = (cell.get(name) or "1").strip()
    return max(1, min(int(raw), 1000)) if raw.isdigit() else 1


def table_grid(doc: Document, table: Element) -> dict[Element, tuple[int, int, int, int]]:
    """Each cell's (row, column, row span, column span) in the table."""
    memo = doc.memo("table-grid")
    if table in memo:
        return memo[table]  # type: ignore[no-any-return]
    rows = [el for el in table.iterdescendants()
            if isinstance(el.tag, str) and dom.role(doc, el) == "row"
            and _owning_table(doc, el) is table]
    taken: set[tuple[int, int]] = set()
    grid: dict[Element, tuple[int, int, int, int]] = {}
    for r, row in enumerate(rows):
        column = 0
        for cell in row.iterdescendants():
            if not isinstance(cell.tag, str) or dom.role(doc, cell) not in _CELL_ROLES:
                continue
            if _owning_row(doc, cell) is not row:
                continue  # a cell of a table nested inside one of this row's cells
            while (r, column) in taken:
                column += 1
            grid[cell] = (r, column, _span(cell, "rowspan"), _span(cell, "colspan"))
            for dr in range(_span(cell, "rowspan")):
                for dc in range(_span(cell, "colspan")):
                    taken.add((r + dr, column + dc))
            column += _span(cell, "colspan")
    memo[table] = grid
    return grid


def _owning_row(doc: Document, cell: Element) -> Element | None:
    return next((el for el in dom.ancestors(cell) if dom.role(doc, el) == "row"), None)


def _owning_table(doc: Document, element: Element) -> Element | None:
    for el in dom.ancestors(element):
        if dom.role(doc, el) in _TABLE_ROLES:
            return el
    return None


def _html_table(cell: Element) -> Element | None:
    """The nearest ``table`` element around a ``td`` or ``th``."""
    return next((a for a in dom.ancestors(cell) if local_name(a) == "table"), None)


class ThHasDataCells(Rule):
    """Checks that every table header cell has data cells it labels.

    Why it matters: screen readers announce headers with the cells they head; a header with no
    cells suggests the table's structure is wrong.

    How to fix: remove empty header columns, or mark the cell as a data cell.
    """

    id = "th-has-data-cells"
    help = "Give table headers data cells"
    description = "Column and row header cells have cells assigned to them."
    impact = Impact.SERIOUS
    tags = (*wcag_tags("1.3.1"), "act")
    wcag = ("1.3.1",)
    act_ids = ("d0f69e",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.elements:
            if dom.role(doc, el) not in _HEADERS or not dom.in_accessibility_tree(doc, el):
                continue
            table = _owning_table(doc, el)
            if table is not None and dom.role(doc, table) in {"table", "grid"} \
                    and dom.in_accessibility_tree(doc, table):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        table = _owning_table(doc, element)
        assert table is not None
        ident = element.get("id")
        if ident and any(ident in (c.get("headers") or "").split()
                         for c in table.iterdescendants() if isinstance(c.tag, str)
                         and _owning_table(doc, c) is table):
            return passed("Cells reference this header")
        grid = table_grid(doc, table)
        if element not in grid:
            return cant_tell("Could not place this header in the table")
        row, column, rows, columns = grid[element]
        is_column = dom.role(doc, element) == "columnheader"
        same = [cell for cell, (r, c, rs, cs) in grid.items() if cell is not element and (
            (r >= row + rows and c < column + columns and column < c + cs) if is_column
            else (c >= column + columns and r < row + rows and row < r + rs))]
        if any(dom.role(doc, cell) not in _HEADERS for cell in same):
            return passed("The header has data cells")
        if same:
            return cant_tell("Only other header cells share this header's line")
        return failed("No data cell is assigned to this header")


class TdHeadersAttr(Rule):
    """Checks that ``headers`` attributes point at other cells of the same table.

    Why it matters: screen readers read a cell's headers from ``headers``; a broken reference
    reads nothing, or the wrong header.

    How to fix: reference the ids of header cells in the same table, never the cell itself.
    """

    id = "td-headers-attr"
    help = "Point headers attributes at cells in the same table"
    description = "Each id in a cell's headers attribute names another cell of its table."
    impact = Impact.SERIOUS
    tags = (*wcag_tags("1.3.1"), "act")
    wcag = ("1.3.1",)
    act_ids = ("a25f45",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.tags("td", "th"):
            if not (el.get("headers") or "").strip() or namespace(el) != HTML_NS:
                continue
            table = _html_table(el)
            if table is not None and dom.role(doc, table) in _TABLE_ROLES \
                    and dom.in_accessibility_tree(doc, table):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        table = _html_table(element)
        assert table is not None
        # Cells of a table nested inside a cell belong to that inner table, not this one.
        cells = {c.get("id") for c in table.iterdescendants()
                 if isinstance(c.tag, str) and local_name(c) in {"td", "th"}
                 and _html_table(c) is table}
        for ident in (element.get("headers") or "").split():
            if ident == element.get("id"):
                return failed(f"headers={ident!r} refers to the cell itself")
            if ident not in cells:
                return failed(f"headers={ident!r} names no cell in this table")
        return passed("Every headers reference names a cell in the same table")


class TableCaption(Rule):
    """Checks that data tables have a caption (Broadsheet rule).

    Why it matters: a caption tells people what a table is about before they navigate
    into it; screen readers announce it with the table.

    How to fix: add ``<caption>`` as the table's first child (``aria-label`` also works).
    """

    id = "table-caption"
    help = "Give data tables a caption"
    description = "Tables with header cells have a caption or an accessible name."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for el in doc.tags("table") if dom.role(doc, el) == "table"
                and dom.in_accessibility_tree(doc, el) and any(
                    local_name(c) == "th" for c in el.iterdescendants())]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        caption = next((c for c in element if local_name(c) == "caption"), None)
        if caption is not None and dom.text_content(caption):
            return passed("The table has a caption")
        if (element.get("aria-label") or element.get("aria-labelledby") or "").strip():
            return passed("The table is named with ARIA")
        return failed("This data table has no caption")


RULES = [ThHasDataCells, TdHeadersAttr, TableCaption]
