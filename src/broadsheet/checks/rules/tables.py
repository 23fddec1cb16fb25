"""Data tables: header cells with data cells, ``headers`` references, captions."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from broadsheet.checks import aria, dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact

_TABLE_ROLES = frozenset({"table", "grid", "treegrid"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_HEADERS = frozenset({"columnheader", "rowheader"})


def _span(cell: Element, name: str) -> int:
    """HTML's colspan or rowspan: 1 when absent, unparsable or zero (a rowspan of zero is
    :func:`_grows_downward`)."""
    raw = (cell.get(name) or "1").strip()
    return max(1, min(int(raw), 1000)) if raw.isdigit() else 1


def _grows_downward(cell: Element) -> bool:
    """HTML: "If rowspan is zero ... let cell grows downward be true"."""
    raw = (cell.get("rowspan") or "").strip()
    return raw.isdigit() and int(raw) == 0


def _row_group(row: Element) -> Element | None:
    """The ``thead``, ``tbody`` or ``tfoot`` a ``tr`` is a child of (HTML's row groups)."""
    up = row.getparent()
    if local_name(row) == "tr" and up is not None and isinstance(up.tag, str) \
            and local_name(up) in {"thead", "tbody", "tfoot"} and namespace(up) == HTML_NS:
        return up
    return None


def _in_table_order(rows: list[Element]) -> list[tuple[Element, Element | None]]:
    """Rows with their row groups in HTML's table order: a ``tfoot``'s rows after all others
    ("add that element to the list of pending tfoot elements")."""
    grouped = [(row, _row_group(row)) for row in rows]
    return ([(r, g) for r, g in grouped if g is None or local_name(g) != "tfoot"]
            + [(r, g) for r, g in grouped if g is not None and local_name(g) == "tfoot"])


def table_grid(doc: Document, table: Element) -> dict[Element, tuple[int, int, int, int]]:
    """Each cell's (row, column, row span, column span) in the table, by HTML's table
    processing model: a row group starts below every row a cell before it spans into."""
    memo = doc.memo("table-grid")
    if table in memo:
        return memo[table]  # type: ignore[no-any-return]
    taken: set[tuple[int, int]] = set()
    grid: dict[Element, tuple[int, int, int, int]] = {}
    cells_of = _grouped(doc, _CELL_ROLES, _owning_row, "row-cells")
    ordered = _in_table_order(_grouped(doc, {"row"}, _owning_table, "table-rows").get(table, []))
    # Rows left in each row's row group, for a cell that grows downward to the group's end
    # (not quirks mode; the checker does not tell quirks mode apart).
    left = [1] * len(ordered)
    for i in range(len(ordered) - 2, -1, -1):
        if ordered[i][1] is not None and ordered[i][1] is ordered[i + 1][1]:
            left[i] = left[i + 1] + 1
    r, height, group = 0, 0, None
    for i, (row, in_group) in enumerate(ordered):
        if in_group is not group:  # HTML's "algorithm for ending a row group"
            r, group = max(r, height), in_group
        column = 0
        for cell in cells_of.get(row, ()):  # a nested table's cells are owned by its rows
            while (r, column) in taken:
                column += 1
            rows = left[i] if _grows_downward(cell) else _span(cell, "rowspan")
            columns = _span(cell, "colspan")
            grid[cell] = (r, column, rows, columns)
            taken.update((r + dr, column + dc) for dr in range(rows) for dc in range(columns))
            height = max(height, r + rows)
            column += columns
        r += 1
        height = max(height, r)
    memo[table] = grid
    return grid


def _grouped(doc: Document, roles: Collection[str],
             owner: Callable[[Document, Element], Element | None], name: str
             ) -> dict[Element, list[Element]]:
    """Elements with these roles grouped by ``owner``, in document order (built once)."""
    if name not in doc.values:
        groups: dict[Element, list[Element]] = {}
        for el in dom.with_role(doc, *roles):
            if (up := owner(doc, el)) is not None:
                groups.setdefault(up, []).append(el)
        doc.values[name] = groups
    return doc.values[name]  # type: ignore[no-any-return]


def _nearest(doc: Document, element: Element, name: str,
             test: Callable[[Element], bool]) -> Element | None:
    """The nearest ancestor passing ``test``, memoised for every element on the way up, so
    each element is walked past once however deep the page (nested tables were quadratic)."""
    memo = doc.memo(name)
    path: list[Element] = []
    node, found = element, None
    while True:
        if node in memo:
            found = memo[node]
            break
        path.append(node)
        up = node.getparent()
        if up is None or (isinstance(up.tag, str) and test(up)):
            found = up
            break
        node = up
    for el in path:
        memo[el] = found
    return found


def _owning_row(doc: Document, cell: Element) -> Element | None:
    return _nearest(doc, cell, "owning-row", lambda el: dom.role(doc, el) == "row")


def _owning_table(doc: Document, element: Element) -> Element | None:
    return _nearest(doc, element, "owning-table", lambda el: dom.role(doc, el) in _TABLE_ROLES)


def _html_table(doc: Document, cell: Element) -> Element | None:
    """The nearest ``table`` element around a ``td`` or ``th``."""
    return _nearest(doc, cell, "html-table", lambda el: local_name(el) == "table")


def _around(doc: Document, elements: Iterable[Element]) -> set[Element]:
    """Every ancestor of these elements, each walked once (nested tables were quadratic)."""
    seen: set[Element] = set()
    for element in elements:
        for up in element.iterancestors():
            if up in seen:
                break
            seen.add(up)
    return seen


def _referenced_ids(doc: Document, table: Element) -> set[str]:
    """Every id the ``headers`` attributes of this table's own cells name."""
    if "headers-ids" not in doc.values:
        found: dict[Element, set[str]] = {}
        for el in doc.elements:
            headers = el.get("headers")
            if headers and (owner := _owning_table(doc, el)) is not None:
                found.setdefault(owner, set()).update(aria.split_tokens(headers))
        doc.values["headers-ids"] = found
    return doc.values["headers-ids"].get(table, set())  # type: ignore[no-any-return]


def _cell_ids(doc: Document, table: Element) -> set[str | None]:
    """The ids of the ``td``/``th`` cells whose nearest ``table`` is this one."""
    if "cell-ids" not in doc.values:
        found: dict[Element, set[str | None]] = {}
        for cell in doc.tags("td", "th"):
            if (owner := _html_table(doc, cell)) is not None:
                found.setdefault(owner, set()).add(cell.get("id"))
        doc.values["cell-ids"] = found
    return doc.values["cell-ids"].get(table, set())  # type: ignore[no-any-return]


def _lines(doc: Document, table: Element) -> tuple[dict[int, int], ...]:
    """Per column and per row of the table: the last row (column) where a data cell, and
    where any cell, starts over it: (column data, column any, row data, row any); cells
    with a ``headers`` attribute are left out (they take no header by position)."""
    memo = doc.memo("table-lines")
    if table in memo:
        return memo[table]  # type: ignore[no-any-return]
    lines: tuple[dict[int, int], ...] = ({}, {}, {}, {})
    for cell, (r, c, rs, cs) in table_grid(doc, table).items():
        if cell.get("headers") is not None:
            # HTML's algorithm: a cell with a headers attribute gets exactly the headers it
            # names (counted by _referenced_ids), none by position along its row or column.
            continue
        data = dom.role(doc, cell) not in _HEADERS
        for k in range(c, c + cs):
            for line in (lines[0], lines[1]) if data else (lines[1],):
                line[k] = max(line.get(k, -1), r)
        for k in range(r, r + rs):
            for line in (lines[2], lines[3]) if data else (lines[3],):
                line[k] = max(line.get(k, -1), c)
    memo[table] = lines
    return lines


def assigned_headers(doc: Document, cell: Element) -> list[Element]:
    """The header cells assigned to ``cell``, by HTML's algorithm for forming relationships
    between data cells and header cells: the cells its ``headers`` attribute names in the same
    table, else the column headers above it and the row headers before it, in scanning order
    (a block of headers above data cells hides the same-width headers further out)."""
    table = _owning_table(doc, cell)
    if table is None:
        return []
    ids = aria.split_tokens(cell.get("headers") or "")
    grid = table_grid(doc, table)
    if ids:
        by_id = {el.get("id"): el for el in grid if el is not cell}
        return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    if cell not in grid:
        return []
    slots = doc.memo("table-slots")
    if table not in slots:
        slots[table] = {(r + dr, c + dc): el for el, (r, c, rs, cs) in grid.items()
                        for dr in range(rs) for dc in range(cs)}
    at: dict[tuple[int, int], Element] = slots[table]
    row, column, rows, columns = grid[cell]
    found: list[Element] = []
    for y in range(row, row + rows):  # row headers: scan left from each row the cell covers
        found += _scan(doc, grid, at, cell, (y, column), (0, -1), "rowheader")
    for x in range(column, column + columns):  # column headers: scan up
        found += _scan(doc, grid, at, cell, (row, x), (-1, 0), "columnheader")
    return list(dict.fromkeys(found))


def _scan(doc: Document, grid: dict[Element, tuple[int, int, int, int]],
          at: dict[tuple[int, int], Element], principal: Element, start: tuple[int, int],
          step: tuple[int, int], kind: str) -> list[Element]:
    """HTML's internal algorithm for scanning and assigning header cells, one direction:
    ``kind`` headers met on the way, less those a block of headers nearer the cell (followed
    by data cells) makes opaque at the same position and size."""
    (y, x), (dy, dx) = start, step
    # What "the same x and width" (scanning up) or "y and height" (left) compares.
    span: Callable[[Element], tuple[int, int]] = (
        (lambda el: (grid[el][1], grid[el][3])) if dx == 0
        else (lambda el: (grid[el][0], grid[el][2])))
    found: list[Element] = []
    opaque: set[tuple[int, int]] = set()
    in_block = dom.role(doc, principal) in _HEADERS
    block = [principal] if in_block else []
    while True:
        y, x = y + dy, x + dx
        if y < 0 or x < 0:
            return found
        current = at.get((y, x))
        if current is None:
            continue
        if dom.role(doc, current) in _HEADERS:
            in_block = True
            block.append(current)
            if span(current) not in opaque and dom.role(doc, current) == kind \
                    and current not in found:
                found.append(current)
        elif in_block:
            in_block = False
            opaque.update(span(h) for h in block)
            block = []


def _blank(cell: Element) -> bool:
    """No text and no element that draws something (an image, a control, an embed)."""
    return not dom.text_content(cell) and not any(
        isinstance(el.tag, str) and local_name(el) not in {"br", "wbr", "span", "template"}
        for el in cell.iterdescendants())


class ThHasDataCells(Rule):
    """Checks that every table header cell has data cells it labels.

    Cells are placed by HTML's table processing model: a row group starts below every row
    a cell before it spans into, and a ``tfoot`` is the last row group wherever it stands.

    An empty header cell with no data cells is left to review: the rule judges visible
    headers, and an empty cell shows only if a border or background is drawn.

    Why it matters: screen readers announce headers with the cells they head; a header with no
    cells suggests the table's structure is wrong.

    How to fix: remove empty header columns, or mark the cell as a data cell.
    """

    id = "th-has-data-cells"
    help = "Give table headers data cells"
    description = "Column and row header cells have cells assigned to them."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.3.1",)
    act_ids = ("d0f69e",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in dom.with_role(doc, *_HEADERS):
            if not dom.in_accessibility_tree(doc, el) or not dom.drawn(doc, el):
                continue  # d0f69e applies to visible headers only
            table = _owning_table(doc, el)
            if table is not None and dom.role(doc, table) in {"table", "grid"} \
                    and dom.in_accessibility_tree(doc, table):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        table = _owning_table(doc, element)
        assert table is not None
        ident = element.get("id")
        if ident and ident in _referenced_ids(doc, table):
            return passed("Cells reference this header")
        grid = table_grid(doc, table)
        if element not in grid:
            return cant_tell("Could not place this header in the table")
        row, column, rows, columns = grid[element]
        col_data, col_any, row_data, row_any = _lines(doc, table)
        # Cells after the header along its line: below a column header, right of a row header.
        if dom.role(doc, element) == "columnheader":
            start, span, after, data, any_cell = column, columns, row + rows, col_data, col_any
        else:
            start, span, after, data, any_cell = row, rows, column + columns, row_data, row_any
        if max(data.get(k, -1) for k in range(start, start + span)) >= after:
            return passed("The header has data cells")
        if max(any_cell.get(k, -1) for k in range(start, start + span)) >= after:
            # Only header cells follow it, and header cells are cells too (columnheader and
            # rowheader inherit from cell): scanning back from the first of them, HTML's
            # table algorithm meets this header first, so it is assigned to that cell.
            return passed("A header cell after it in its line is assigned to it")
        if _blank(element) or dom.clear_text_only(doc, element):
            # The rule judges visible headers only; an empty cell shows nothing unless a
            # border or background is drawn, which the markup alone does not settle.
            return cant_tell("No data cell is assigned to this empty header, which is "
                             "visible only if styled")
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
    tags = ("act",)
    wcag = ("1.3.1",)
    act_ids = ("a25f45",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.tags("td", "th"):
            if not (el.get("headers") or "").strip() or namespace(el) != HTML_NS:
                continue
            table = _html_table(doc, el)
            if table is not None and dom.role(doc, table) in _TABLE_ROLES \
                    and dom.in_accessibility_tree(doc, table) and dom.drawn(doc, table):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        table = _html_table(doc, element)
        assert table is not None
        # Cells of a table nested inside a cell belong to that inner table, not this one.
        cells = _cell_ids(doc, table)
        for ident in aria.split_tokens(element.get("headers") or ""):
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
        with_headers = _around(doc, doc.tags("th"))
        return [el for el in doc.tags("table") if el in with_headers
                and dom.role(doc, el) == "table" and dom.in_accessibility_tree(doc, el)]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        caption = next((c for c in element if local_name(c) == "caption"), None)
        if caption is not None and dom.text_content(caption):
            return passed("The table has a caption")
        if (element.get("aria-label") or element.get("aria-labelledby") or "").strip():
            return passed("The table is named with ARIA")
        return failed("This data table has no caption")


RULES = [ThHasDataCells, TdHeadersAttr, TableCaption]
