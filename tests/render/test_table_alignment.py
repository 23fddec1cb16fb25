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
    their headings with them; the second table's percentages likewise."""
    data = json.loads((ARTICLES / "uk-energy-data-table.json").read_text("utf-8"))
    first, second = tables(data)
    assert numeric_columns(first)[:2] == [[False, True, True, True], [False, True, True, True]]
    assert all(row == [True] * 5 for row in numeric_columns(second)), numeric_columns(second)


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
