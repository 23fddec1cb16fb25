"""Round 43's review of the gallery, its rough edges (built without a browser): code spans in
the block docs, the static build's polling, right-to-left titles in selects, the findings'
two sources, the Source tab's isolated strings and the index's format chips."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadsheet.blocks import BLOCKS
from broadsheet.preview import GalleryBuilder
from tests.helpers import ARTICLES, parse_html, text_of


@pytest.fixture(scope="module")
def shot_gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture with a blank screenshot (compare.html lists those with one)."""
    from tests.preview.test_compare_view import Boxes

    out = tmp_path_factory.mktemp("shots")
    GalleryBuilder(out, capture=Boxes()).build([ARTICLES])
    return out


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gallery")
    GalleryBuilder(out, blocks=True).build([ARTICLES])
    return out


def test_block_docs_and_props_show_code_spans_not_backticks(gallery: Path) -> None:
    page = parse_html((gallery / "blocks" / "chart" / "index.html").read_text("utf-8"))
    lede = page.xpath("//p[@class='lede']")[0]
    assert "`" not in text_of(lede)
    assert [text_of(code) for code in lede.xpath("code")][0] == 'alt=""'
    cells = page.xpath("//table//td")
    assert "render-chart-summary-missing" in [text_of(code) for cell in cells
                                             for code in cell.xpath("code")]
    for kind in BLOCKS.types():
        page = parse_html((gallery / "blocks" / kind / "index.html").read_text("utf-8"))
        for node in page.xpath("//p[@class='lede'] | //table//td | //p[@class='story-arg__hint']"):
            assert "`" not in text_of(node), (kind, text_of(node))


def test_compare_selects_take_their_headlines_direction(shot_gallery: Path) -> None:
    page = parse_html((shot_gallery / "compare.html").read_text("utf-8"))
    menus = page.xpath("//select[@id='compare-a' or @id='compare-b']")
    assert len(menus) == 2
    for menu in menus:
        options = menu.xpath("option")
        chosen = [option for option in options if option.get("selected") is not None][0]
        assert menu.get("dir") == chosen.get("data-dir")
        for option in options:
            assert option.get("dir") in ("ltr", "rtl", "auto")
        rtl = [option.get("value") for option in options if option.get("dir") == "rtl"]
        assert "ar-live-election-count" in rtl
