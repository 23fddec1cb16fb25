"""Figures in a table line up at the end of their column, words at the start (issue 17: a
column of place names was set flush right like numbers). Judged cell by cell, on the
fixtures' tables and on figures written the ways news tables write them."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lxml import etree

import broadsheet
from tests.helpers import ARTICLES, SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def tables(data: dict[str, Any]) -> list[etree._Element]:
    return list(parse_html(broadsheet.render(data).html).iter("table"))


def one_table(rows: list[list[str]], language: str | None = None) -> etree._Element:
    data = copy.deepcopy(SEED)
    data["body"] = [{"type": "table", "caption": "Figures", "rows": rows}]
    if language:
        data["language"] = language
        data.pop("direction", None)
    return tables(data)[0]


def numeric_columns(table: etree._Element) -> list[list[bool]]:
    """For each row, whether each cell is marked as a figure (end-aligned)."""
    return [["table-figure" in (cell.get("class") or "").split() for cell in row.iter("th", "td")]
            for row in table.iter("tr")]


def test_a_column_of_words_is_not_set_as_figures() -> None:
    """The explainer's spellings (Київ / Kiev / Kyiv): no cell is a figure."""
    data = json.loads((ARTICLES / "en-explainer-kyiv-spelling.json").read_text("utf-8"))
    [table] = tables(data)
    assert [text_of(td) for td in table.find(".//tbody/tr")] == ["Київ", "Kiev", "Kyiv"]
    assert not any(any(row) for row in numeric_columns(table)), numeric_columns(table)


def test_figures_are_set_at_the_end_and_their_heading_over_them() -> None:
    """The energy page's monthly figures: the months are words, the three years figures,
    their headings with them; the second table's percentages likewise (turned on its side:
    each source a word, its share a figure); the third's six columns of figures too."""
    data = json.loads((ARTICLES / "uk-energy-data-table.json").read_text("utf-8"))
    first, second, third = tables(data)
    assert numeric_columns(first)[:2] == [[False, True, True, True], [False, True, True, True]]
    assert numeric_columns(second) == [[False, True]] * 5, numeric_columns(second)
    assert all(row == [False] + [True] * 6 for row in numeric_columns(third)), third


@pytest.mark.parametrize("figure", ["1 234", "−4.5", "+12%", "£3.5bn", "1,200 MW", "90mph",
                                    "٢٠٢٣", "۱۴٫۵٪", "12 млн", "—"])
def test_figures_written_many_ways_are_figures(figure: str) -> None:
    table = one_table([["Place", "Value"], ["Kyiv", figure], ["Lviv", "7"]])
    assert numeric_columns(table) == [[False, True], [False, True], [False, True]]


@pytest.mark.parametrize("words", ["12 Crosstown", "Every 10 min", "24 December 2023",
                                   "New route", "Q3"])
def test_a_column_with_words_among_its_figures_is_set_as_words(words: str) -> None:
    table = one_table([["Route", "Value"], ["1", words], ["2", "7"]])
    assert numeric_columns(table) == [[True, False], [True, False], [True, False]]


def cells(table: etree._Element) -> list[list[tuple[str, str | None, str]]]:
    """Each row's cells: element, scope and text."""
    return [[(cell.tag, cell.get("scope"), text_of(cell)) for cell in row.iter("th", "td")]
            for row in table.iter("tr")]


def region_of(table: etree._Element) -> etree._Element:
    region = table.getparent()
    assert region.get("role") == "region"
    return region


def test_one_row_of_figures_is_turned_on_its_side_as_a_compact_table() -> None:
    """The blind review saw a table of one data row stretched across the column (and cut on
    a phone): five headings over five figures. Each heading is now a row heading beside its
    figure, down a compact table; the caption and the region's name stay the table's."""
    table = one_table([["Nuclear", "Coal", "Hydro"], ["54", "21", "12"]])
    assert cells(table) == [[("th", "row", "Nuclear"), ("td", None, "54")],
                            [("th", "row", "Coal"), ("td", None, "21")],
                            [("th", "row", "Hydro"), ("td", None, "12")]]
    assert table.find("thead") is None
    assert numeric_columns(table) == [[False, True]] * 3
    region = region_of(table)
    assert "table-scroll--compact" in region.get("class").split()
    caption = table.find("caption")
    assert text_of(caption) == "Figures"
    assert region.get("aria-labelledby") == caption.get("id")
    assert region.find(".//*[@class='table-scroll__hint']") is None  # it never scrolls


@pytest.mark.parametrize("rows", [
    [["Place", "Value"], ["Kyiv", "3"], ["Lviv", "7"]],           # two columns
    [["Place", "Value"], ["Kyiv", "3"]],                          # one row of two: turned
])
def test_a_table_of_two_columns_is_compact(rows: list[list[str]]) -> None:
    table = one_table(rows)
    assert "table-scroll--compact" in region_of(table).get("class").split()


@pytest.mark.parametrize("rows", [
    [["Place", "Seats", "Votes"], ["Kyiv", "3", "10"], ["Lviv", "7", "12"]],  # two data rows
    [["", "Seats", "Votes"], ["Kyiv", "3", "10"]],                             # but a header
])
def test_other_tables_keep_their_shape_and_say_when_they_scroll(rows: list[list[str]]) -> None:
    data = copy.deepcopy(SEED)
    data["body"] = [{"type": "table", "caption": "Figures", "rows": rows,
                     "header_columns": 1 if rows[0][0] == "" else 0}]
    [table] = tables(data)
    assert [cell[0] for cell in cells(table)[0]] == ["th"] * 3
    region = region_of(table)
    assert "table-scroll--compact" not in region.get("class").split()
    [hint] = region.findall(".//*[@class='table-scroll__hint']")
    assert hint.get("aria-hidden") == "true"
    assert text_of(hint) == "Scroll sideways to see the whole table"


def test_the_scroll_hint_speaks_the_pages_language() -> None:
    data = json.loads((ARTICLES / "uk-energy-data-table.json").read_text("utf-8"))
    hints = [text_of(hint) for table in tables(data)
             for hint in region_of(table).findall(".//*[@class='table-scroll__hint']")]
    assert hints == ["Прокрутіть убік, щоб побачити всю таблицю"] * 2, hints
