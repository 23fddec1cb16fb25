"""The preview gallery: index, fixture pages, error cards, incremental rebuilds, serving."""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

import broadsheet
from broadsheet.checks import check
from broadsheet.cli import main
from broadsheet.preview import GalleryBuilder, build_gallery
from broadsheet.preview.builder import language_name
from broadsheet.preview.server import GalleryServer
from tests.helpers import ARTICLE_FILES, ARTICLES, load_json, parse_html, text_of


@pytest.fixture(scope="module")
def gallery(fixtures_gallery: Path) -> Path:
    return fixtures_gallery  # built once per session (tests/conftest.py)


def card_for(index, slug: str):
    link = index.xpath("//a[@href=$href]", href=f"fixtures/{quote(slug)}/index.html")
    assert len(link) == 1, f"one card links to {slug}"
    return link[0].xpath("ancestor::li[contains(@class, 'card')]")[0]


def test_index_lists_every_fixture_with_its_facts(gallery: Path) -> None:
    index = parse_html((gallery / "index.html").read_text("utf-8"))
    assert len(index.xpath("//li[contains(@class, 'card')]")) == len(ARTICLE_FILES)
    for path in ARTICLE_FILES:
        data = load_json(path)
        card = card_for(index, path.stem)
        assert text_of(card.xpath(".//h3")[0]) == " ".join(data["headline"].split())
        assert card.get("data-language") == data["language"]
        assert card.get("data-direction") in {"ltr", "rtl"}
        types = {b["type"] for b in data["body"]} | ({data["lead"]["type"]} if "lead" in data else set())
        assert set(card.get("data-blocks").split()) == types
        said = text_of(card.xpath(".//span[@class='card__lang']")[0])
        assert said.startswith(language_name(data["language"])), said
        assert ("RTL" in said) == (card.get("data-direction") == "rtl")


def test_every_font_a_fixture_page_names_is_beside_it(gallery: Path) -> None:
    """The inlined stylesheet names its fonts relative to the page; a gallery page without
    them is screenshotted in fallback fonts."""
    for path in ARTICLE_FILES:
        folder = gallery / "fixtures" / path.stem
        page = (folder / "page.html").read_text("utf-8")
        named = set(re.findall(r'url\("(broadsheet-fonts/[^"]+)"\)', page))
        assert named, f"{path.stem}: the page names its fonts"
        missing = {name for name in named if not (folder / name).is_file()}
        assert not missing, f"{path.stem}: fonts missing beside the page: {sorted(missing)}"


def test_the_seed_card_counts_its_violation(gallery: Path) -> None:
    index = parse_html((gallery / "index.html").read_text("utf-8"))
    card = card_for(index, "rferl-lukashenka-cnn-interview")
    assert card.get("data-status") == "violations"
    # the empty banner; its About picture is named after the site (a review, not serious)
    assert not card.xpath(".//span[contains(@class, 'impact--serious')]")
    moderate = card.xpath(".//span[contains(@class, 'impact--moderate')]")[0]
    assert text_of(moderate) == "1 moderate"


def test_filters_cover_languages_directions_and_block_types(gallery: Path) -> None:
    index = parse_html((gallery / "index.html").read_text("utf-8"))
    languages = index.xpath("//select[@id='filter-language']//option/@value")
    tags = {load_json(p)["language"] for p in ARTICLE_FILES}
    assert set(languages) == {""} | tags | {tag.split("-")[0] for tag in tags}
    # Regions sit inside their primary language's group, after "all" of it.
    for group in index.xpath("//select[@id='filter-language']/optgroup"):
        values = group.xpath("option/@value")
        assert all(value.startswith(values[0] + "-") for value in values[1:]), values
        assert len(values) > 1
    assert "rtl" in index.xpath("//select[@id='filter-direction']/option/@value")
    assert "gallery" in index.xpath("//select[@id='filter-block']/option/@value")
    for select in index.xpath("//select"):
        assert index.xpath("//label[@for=$id]", id=select.get("id"))


def test_fixture_page_shows_render_outline_findings_and_source(gallery: Path) -> None:
    slug = "rferl-lukashenka-cnn-interview"
    folder = gallery / "fixtures" / slug
    page = parse_html((folder / "index.html").read_text("utf-8"))
    assert (folder / "page.html").read_text("utf-8") == broadsheet.render(
        ARTICLES / f"{slug}.json").html
    frames = page.xpath("//iframe")
    assert [frame.get("src") for frame in frames] == ["page-light.html", "page-dark.html"]
    assert all(frame.get("title") for frame in frames)
    assert all((folder / frame.get("src")).is_file() for frame in frames)
    rules = [text_of(c) for c in page.xpath("//ol[@class='finding-list']//code[@class='finding__rule']")]
    assert "render-alt-from-site-name" in rules
    [card] = page.xpath("//ol[@class='finding-list']/li[.//code[@class='finding__rule']"
                        "='render-alt-from-site-name']")
    assert text_of(card.xpath(".//p[@class='finding__tech']")[0]) == "In the JSON: /site/about/image"
    # Said in words too, as a designer names it (not "the site, its about, its image").
    assert text_of(card.xpath(".//p[@class='finding__where']")[0]).startswith(
        "Where: About the site › Picture")
    landmarks = [text_of(li) for li in page.xpath("//section[@aria-labelledby='landmarks-title']//li")]
    assert landmarks[:2] == ["banner", "navigation: Site navigation"]
    assert "main" in landmarks
    assert "complementary: Crisis In Belarus" in landmarks
    headings = [text_of(li) for li in page.xpath("//section[@aria-labelledby='headings-title']//li")]
    assert headings[0].startswith("h1 In CNN Interview")
    source = page.xpath("//section[@aria-labelledby='source']//pre")[0]
    assert json.loads(source.text) == load_json(ARTICLES / f"{slug}.json")


def test_fixture_page_links_the_checker_report_in_every_format(gallery: Path) -> None:
    from broadsheet.reporters import FORMATS, WRITERS

    folder = gallery / "fixtures" / "rferl-lukashenka-cnn-interview"
    page = parse_html((folder / "index.html").read_text("utf-8"))
    links = {text_of(a): a.get("href") for a in page.xpath(
        "//h2[@id='findings']/following-sibling::p/a")}
    assert links == {"findings.json": "findings.json",
                     **{name: f"report{WRITERS[name].suffix}" for name in FORMATS}}
    data = json.loads((folder / "report.json").read_text("utf-8"))
    [report] = data["pages"]
    assert report["url"] == "page.html"
    [direct] = json.loads(broadsheet.reporters.get_writer("json")(
        [check((folder / "page.html").read_text("utf-8"))]))["pages"]
    assert report["inapplicable"]
    assert report == {**direct, "url": "page.html"}


def test_every_count_says_what_it_counts_and_matches_its_export(gallery: Path) -> None:
    """The card, the page and findings.json count the same findings (every source); the
    sentence that links the static checker's report states that report's own counts."""
    index = parse_html((gallery / "index.html").read_text("utf-8"))
    for path in ARTICLE_FILES:
        folder = gallery / "fixtures" / path.stem
        exported = json.loads((folder / "findings.json").read_text("utf-8"))
        outcomes = [finding["outcome"] for finding in exported["findings"]]
        failed, review = outcomes.count("failed"), outcomes.count("cant_tell")
        assert (sum(c["violations"] for c in exported["counts"]),
                sum(c["review"] for c in exported["counts"])) == (failed, review)
        flags = card_for(index, path.stem).xpath(".//p[contains(@class, 'card__flags')]")[0]
        said = text_of(flags)
        # Said once: the total, or (every violation rated) its severities adding up to it.
        rated = re.search(r"Violations:((?:,? \d+ \w+)+)", said)
        assert (f"{failed} violation" in said or (rated is not None and sum(
            int(n) for n in re.findall(r"\d+", rated.group(1))) == failed)) if failed else (
            "violation " not in said), said
        assert (f"{review} to review" in said) if review else ("to review" not in said)
        page = parse_html((folder / "index.html").read_text("utf-8"))
        status = text_of(page.xpath("//div[@class='status']")[0])
        for badge in flags.xpath("*[contains(@class, 'count')]"):
            assert text_of(badge) in status, "the card's count is the page's"
        cards = page.xpath("//ol[@class='finding-list']/li")
        assert sum(int(card.get("data-count", "1")) for card in cards) == failed + review
        [report] = json.loads((folder / "report.json").read_text("utf-8"))["pages"]
        links = text_of(page.xpath("//h2[@id='findings']/following-sibling::p")[1])
        static = tuple(sum(len(rule["nodes"]) for rule in report[kind])
                       for kind in ("violations", "incomplete"))
        assert (f"({static[0]} violation{'' if static[0] == 1 else 's'}, {static[1]} to "
                "review)") in links, links


def test_gallery_pages_pass_broadsheets_checker(gallery: Path) -> None:
    pages = [gallery / "index.html", *sorted((gallery / "fixtures").glob("*/index.html"))]
    for page in pages:
        report = check(page)
        assert report.violations == [], f"{page}: {[f.rule for f in report.violations]}"


def test_a_broken_fixture_is_an_error_card_and_the_rest_builds(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    shutil.copy(ARTICLE_FILES[0], fixtures)
    (fixtures / "broken.json").write_text('{"format": "broadsheet.article/1",\n "id": }', "utf-8")
    data = load_json(next(path for path in ARTICLE_FILES if path.stem.startswith("be-")))
    data["body"][0] = {"type": "heading", "level": 9, "text": "x"}
    data["surprise"] = True
    (fixtures / "invalid.json").write_text(json.dumps(data), "utf-8")
    report = build_gallery([fixtures], tmp_path / "out")
    assert [e.slug for e in report.entries if e.broken] == ["broken", "invalid"]
    index = parse_html(report.index.read_text("utf-8"))
    broken = card_for(index, "invalid")
    problems = [text_of(li) for li in broken.xpath(".//ul[@class='problems']/li")]
    assert problems == ["/body/0/level: 9 is greater than the maximum of 6",
                        "/surprise: невядомае поле 'surprise'"]  # the article is Belarusian
    syntax = card_for(index, "broken")
    assert "line 2, column 8: invalid JSON" in text_of(syntax)
    assert card_for(index, ARTICLE_FILES[0].stem).get("data-status") in {"clean", "violations"}


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_the_gallery_strips_bidi_controls_from_headlines_as_the_page_does(
        tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    data = load_json(ARTICLE_FILES[0])
    data["headline"] = "Price \u202e0051\u202c rises \u2067x\u2069 " + BIDI_CONTROLS + "today"
    (fixtures / "bidi.json").write_text(json.dumps(data), "utf-8")
    (fixtures / "bidi\u202eredliub.json").write_text("not json", "utf-8")
    build_gallery([fixtures], tmp_path / "out")
    page = parse_html((tmp_path / "out" / "fixtures" / "bidi" / "page.html").read_text("utf-8"))
    shown_on_page = text_of(page.xpath("//h1")[0])
    assert shown_on_page == "Price 0051 rises x today", "the renderer strips them"
    index = parse_html((tmp_path / "out" / "index.html").read_text("utf-8"))
    fixture = parse_html((tmp_path / "out" / "fixtures" / "bidi" / "index.html").read_text("utf-8"))
    assert text_of(card_for(index, "bidi").xpath(".//h3")[0]) == shown_on_page
    assert text_of(fixture.xpath("//h1")[0]) == shown_on_page
    assert shown_on_page in fixture.findtext(".//title")
    assert shown_on_page in fixture.xpath("//iframe/@title")[0]
    assert text_of(card_for(index, "bidi\u202eredliub").xpath(".//h3")[0]) == "bidiredliub"
    for html in (tmp_path / "out").rglob("index.html"):
        assert not set(html.read_text("utf-8")) & set(BIDI_CONTROLS), html
    source = text_of(fixture.xpath("//*[@aria-label=\"The fixture's JSON\"]/pre")[0])
    assert "Price \\u202e0051\\u202c rises" in source, "the source shows them as escapes"


def test_only_changed_fixtures_are_rebuilt(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    for path in ARTICLE_FILES[:3]:
        shutil.copy(path, fixtures)
    builder = GalleryBuilder(tmp_path / "out")
    assert len(builder.build([fixtures]).rebuilt) == 3
    assert builder.build([fixtures]).rebuilt == []
    changed = fixtures / ARTICLE_FILES[1].name
    data = load_json(changed)
    data["headline"] = "A new headline"
    changed.write_text(json.dumps(data), "utf-8")
    report = builder.build([fixtures])
    assert report.rebuilt == [changed.stem]
    assert "A new headline" in report.index.read_text("utf-8")
    changed.unlink()
    report = builder.build([fixtures])
    assert not (tmp_path / "out" / "fixtures" / changed.stem).exists()


def test_the_server_serves_the_gallery_and_a_build_stamp(gallery: Path) -> None:
    server = GalleryServer(gallery, port=0)
    server.start()
    try:
        with urllib.request.urlopen(server.url + "index.html", timeout=5) as response:
            assert b"All fixtures" in response.read()
        with urllib.request.urlopen(server.url + "__build__", timeout=5) as response:
            before = response.read()
        server.bump()
        with urllib.request.urlopen(server.url + "__build__", timeout=5) as response:
            assert response.read() != before
    finally:
        server.stop()
    assert server.url.startswith("http://127.0.0.1:")


def test_preview_command_builds_and_says_where_to_open(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "gallery"
    assert main(["preview", str(ARTICLE_FILES[0]), "--out", str(out), "--no-browser"]) == 0
    printed = capsys.readouterr().out
    assert f"open {(out / 'index.html').resolve()}" in printed
    assert main(["preview", str(tmp_path / "missing"), "--out", str(out)]) == 2
