"""Round 43's review of the gallery, its rough edges (built without a browser): code spans in
the block docs, the static build's polling, right-to-left titles in selects, the findings'
two sources, the Source tab's isolated strings and the index's format chips."""

from __future__ import annotations

import re
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
    assert text_of(lede.xpath("code")[0]) == 'alt=""'
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
        [chosen] = [option for option in options if option.get("selected") is not None]
        assert menu.get("dir") == chosen.get("data-dir")
        for option in options:
            assert option.get("dir") in ("ltr", "rtl", "auto")
        rtl = [option.get("value") for option in options if option.get("dir") == "rtl"]
        assert "ar-live-election-count" in rtl


def test_findings_name_each_source_and_contrast_says_each_heading_once(tmp_path: Path) -> None:
    """axe-core's "4 to review" beside the static report's "0 to review" read as a
    contradiction: the lead line says what each source checked, the static checker's
    "nothing" included; a contrast group's heading is not repeated as its table's caption."""
    import shutil

    from broadsheet.findings import Finding, Impact, Outcome, Source
    from broadsheet.preview.model import Capture, ContrastPair

    class Axe:
        def capture(self, page: Path, folder: Path, findings: list[object]) -> Capture:
            return Capture(
                findings=[Finding("frame-tested", Outcome.CANT_TELL, "check the frame",
                                  source=Source.AXE, impact=Impact.CRITICAL, target="iframe")],
                contrast=[ContrastPair("light", "#ffffff", "", None, False, 1, "On a photo"),
                          ContrastPair("light", "#111111", "#ffffff", 18.9, False, 4, "Text")])

    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    GalleryBuilder(tmp_path / "out", capture=Axe()).build([fixture])  # type: ignore[arg-type]
    page = parse_html((tmp_path / "out" / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    [panel] = page.xpath("//section[@aria-labelledby='findings']")
    # Round 48: the lead line is the count; which source checked what, the static checker's
    # "nothing" included, said under "What is this?" (the review read the sources as noise)
    lead = text_of(panel.xpath("p[@class='lead-line']")[0])
    assert re.fullmatch(r"\d+ to review, worst first\.", lead), lead
    sources = text_of(panel.xpath("details[@class='about']")[0])
    assert "axe-core, on the page rendered in Chromium (1 to review)" in sources, sources
    assert "the static checker, on page.html alone, found nothing" in sources, sources
    [contrast] = page.xpath("//section[@aria-labelledby='contrast']")
    said = [text_of(node) for node in contrast.xpath(".//h3 | .//caption")]
    eye = [words for words in said if words.startswith("On an image or gradient")]
    assert eye == ["On an image or gradient: check by eye (1)"], said
    [table] = contrast.xpath(".//h3/following-sibling::div[1]//table")
    assert table.get("aria-labelledby") == contrast.xpath(".//h3/@id")[0]


def test_index_cards_tag_photo_essays_and_videos_and_filter_by_format(gallery: Path) -> None:
    index = parse_html((gallery / "index.html").read_text("utf-8"))

    def card(slug: str):  # type: ignore[no-untyped-def]
        return index.xpath("//li[contains(@class, 'card')][.//a[@href=$href]]",
                           href=f"fixtures/{slug}/index.html")[0]

    for slug, word, key in (("ru-flood-gallery", "Photo essay", "photos"),
                            ("en-council-video-lead", "Video", "video"),
                            ("en-longread-river-crossing", "Long read", "longread"),
                            ("en-live-storm-isha", "Live blog", "live")):
        found = card(slug)
        assert [text_of(tag) for tag in found.xpath(".//span[@class='card__genre']")] == [word]
        assert found.get("data-format") == key
    assert card("en-storm-breaking-corrections").get("data-format") == "news"
    [menu] = index.xpath("//select[@id='filter-format']")
    assert menu.get("data-filter") == "format"
    options = {option.get("value"): text_of(option) for option in menu.xpath("option")}
    assert {"photos": "Photo essay", "video": "Video", "longread": "Long read",
            "live": "Live blog", "news": "News"}.items() <= options.items()
