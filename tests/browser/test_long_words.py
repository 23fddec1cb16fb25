"""The 320 px layout survives a 48-character word in every text field of every fixture
(WCAG 1.4.10 Reflow): the page never becomes wider than the viewport."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import broadsheet
from broadsheet.errors import ArticleError
from tests.helpers import ARTICLE_FILES, fixture_ids, load_json

#: 48 letters with no break opportunity (a German compound, as real headlines have).
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwe"
#: Fields that validate with a word appended but are not prose.
NOT_TEXT = {"type", "url", "src", "href", "poster", "srcset", "action", "param"}


def with_long_words(data: Any, key: str = "") -> Any:
    """Every prose string with the long word appended."""
    if isinstance(data, dict):
        return {k: with_long_words(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [with_long_words(v, key) for v in data]
    if isinstance(data, str) and key not in NOT_TEXT and "://" not in data and data.strip():
        return f"{data} {LONG_WORD}"
    return data


def _restore(data: Any, original: Any, pointer: str) -> None:
    *parents, last = [int(p) if p.isdigit() else p for p in pointer.split("/")[1:]]
    for step in parents:
        data, original = data[step], original[step]
    data[last] = original[last]


def stressed(path: Path) -> dict[str, Any]:
    """The fixture with the long word in every text field that stays valid with it (codes,
    ids, dates and languages, which the schema constrains, keep their values)."""
    original = load_json(path)
    data: dict[str, Any] = with_long_words(copy.deepcopy(original))
    try:
        broadsheet.load_article(data)
    except ArticleError as error:
        for problem in error.problems:
            assert problem.pointer, problem
            _restore(data, original, problem.pointer)
    broadsheet.load_article(data)
    return data


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_no_field_makes_the_page_wider_than_320_px(auditor: Any, tmp_path: Path,
                                                   path: Path) -> None:
    from broadsheet.browser import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    data = stressed(path)
    page_file = tmp_path / "page.html"
    html = broadsheet.render(data).html
    assert html.count(LONG_WORD) >= 5, "the word reached the page"
    page_file.write_text(html, "utf-8")
    sandbox = Sandbox.for_file(page_file)
    with auditor.page(AuditOptions(width=320), sandbox) as page:
        page.goto(sandbox.url)
        widths = page.evaluate("""() => {
            const root = document.documentElement;
            const wide = [...document.querySelectorAll('body *')].filter(el => {
                const box = el.getBoundingClientRect();
                return box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5)
                    && !el.closest('.table-scroll, .visually-hidden, .embed__skip, .skip-links');
            }).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
            return {scroll: root.scrollWidth, client: root.clientWidth, wide: wide.slice(0, 8)};
        }""")
    assert widths["scroll"] <= widths["client"], widths
    assert widths["wide"] == [], widths
