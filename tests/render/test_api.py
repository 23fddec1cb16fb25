"""The render API: fragments, template overrides by name, inputs of every kind."""

from __future__ import annotations

import copy
import dataclasses
import json
import typing
from pathlib import Path

import pytest

import broadsheet
from broadsheet import ArticleError, RenderError
from broadsheet.render.options import RenderKeywords, RenderOptions
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def test_render_accepts_a_path_parsed_data_or_a_model() -> None:
    model = broadsheet.load_article(SEED_PATH)
    outputs = {broadsheet.render(x).html for x in (SEED_PATH, str(SEED_PATH), SEED, model)}
    assert len(outputs) == 1


def test_json_text_is_rendered_through_parse_article_explicitly() -> None:
    text = SEED_PATH.read_text("utf-8")
    expected = broadsheet.render(SEED_PATH).html
    assert broadsheet.render(broadsheet.parse_article(text)).html == expected
    assert broadsheet.render(broadsheet.parse_article(text.encode())).html == expected
    with pytest.raises(ArticleError) as raised:
        broadsheet.parse_article('{"format": 1,}', source="cms:42")
    assert str(raised.value) == ("cms:42: line 1, column 14: invalid JSON: Expecting property "
                                 "name enclosed in double quotes")


@pytest.mark.parametrize("text", [SEED_PATH.read_text("utf-8"), '{"format": "x"}'])
def test_json_text_passed_as_a_path_says_so_without_quoting_it_whole(text: str) -> None:
    with pytest.raises(ArticleError) as raised:
        broadsheet.render(text)
    message = str(raised.value)
    assert "File name too long" not in message
    assert "broadsheet.parse_article(text)" in message
    assert len(message) < 250


def test_render_refuses_what_is_neither_path_nor_data() -> None:
    with pytest.raises(TypeError, match="parse_article"):
        broadsheet.render(b"{}")  # type: ignore[arg-type]


def test_render_validates_data_first() -> None:
    bad = copy.deepcopy(SEED)
    bad["body"].append({"type": "paragraph"})
    with pytest.raises(ArticleError, match="/body/15: missing required field 'text'"):
        broadsheet.render(bad)


def test_fragment_is_only_the_article_with_its_language() -> None:
    html = broadsheet.render(SEED, fragment=True).html
    assert html.lstrip().startswith("<article")
    tree = parse_html(html)
    article = tree.find("body/article")
    assert article is not None
    assert (article.get("lang"), article.get("dir")) == ("en", "ltr")
    assert not tree.xpath("//main | //nav | //a[contains(@class, 'skip-link')]")
    assert len(tree.xpath("//h1")) == 1
    assert tree.xpath("//script[@type='application/ld+json']")


def test_templates_are_overridden_by_name(tmp_path: Path) -> None:
    (tmp_path / "blocks").mkdir()
    (tmp_path / "blocks" / "paragraph.html").write_text(
        '<p class="house-style">{{ block.text }}</p>\n', "utf-8")
    html = broadsheet.render(SEED, templates=tmp_path).html
    paragraphs = parse_html(html).xpath("//div[@class='article-body']/p")
    assert len(paragraphs) == 13  # the seed's 14 less its first, which repeats the standfirst
    assert all(p.get("class") == "house-style" for p in paragraphs)
    default = parse_html(broadsheet.render(SEED).html)
    assert not default.xpath("//p[@class='house-style']")


def test_overridden_macros_reach_every_template_that_imports_them(tmp_path: Path) -> None:
    from broadsheet.render.environment import BUILTIN_TEMPLATES

    macros = (BUILTIN_TEMPLATES / "macros.html").read_text("utf-8")
    (tmp_path / "macros.html").write_text(macros.replace(
        '<a href="{{ href }}">', '<a class="house-link" href="{{ href }}">'), "utf-8")
    article = copy.deepcopy(SEED)
    article["authors"][0]["url"] = "https://www.rferl.org/author/rferl"
    tree = parse_html(broadsheet.render(article, templates=tmp_path).html)
    # page.html (navigation), article.html (byline) and blocks/related.html each import them
    assert tree.xpath("//nav[@id='navigation']//a[@class='house-link']")
    assert tree.xpath("//p[@class='article-header__byline']//a[@class='house-link']")
    assert tree.xpath("//aside[@class='related']//a[@class='house-link']")
    assert not parse_html(broadsheet.render(SEED).html).xpath("//a[@class='house-link']")


def test_override_templates_still_autoescape(tmp_path: Path) -> None:
    (tmp_path / "blocks").mkdir()
    (tmp_path / "blocks" / "heading.html").write_text("<h2>{{ block.text }}</h2>\n", "utf-8")
    article = copy.deepcopy(SEED)
    article["body"].insert(0, {"type": "heading", "level": 2, "text": "<script>alert(1)</script>"})
    tree = parse_html(broadsheet.render(article, templates=[tmp_path]).html)
    assert [s.get("type") for s in tree.xpath("//script")] == ["application/ld+json"]
    assert text_of(tree.xpath("//h2")[0]) == "<script>alert(1)</script>"


def test_a_broken_override_is_a_render_error_naming_the_template(tmp_path: Path) -> None:
    (tmp_path / "blocks").mkdir()
    (tmp_path / "blocks" / "divider.html").write_text("{% if %}", "utf-8")
    article = copy.deepcopy(SEED)
    article["body"].append({"type": "divider"})
    with pytest.raises(RenderError, match=r"divider\.html"):
        broadsheet.render(article, templates=tmp_path)


def test_an_undefined_value_names_the_template_line_and_the_reference(tmp_path: Path) -> None:
    (tmp_path / "blocks").mkdir()
    note = tmp_path / "blocks" / "note.html"
    note.write_text('<aside class="note">\n  {{ block.txt }}\n</aside>\n', "utf-8")
    with pytest.raises(RenderError) as raised:
        broadsheet.render(SEED_PATH.with_name("uk-energy-data-table.json"), templates=tmp_path)
    message = str(raised.value)
    assert f"{note}:2: " in message
    assert "no value named 'txt' here" in message
    assert "docs/reference/template-context.md" in message
    assert "dict object" not in message


def test_heading_levels_are_normalised_with_a_finding() -> None:
    article = copy.deepcopy(SEED)
    article["body"][1:1] = [{"type": "heading", "level": 2, "text": "Reaction"},
                            {"type": "heading", "level": 5, "text": "In Minsk"}]
    result = broadsheet.render(article)
    tree = parse_html(result.html)
    assert [h.tag for h in tree.xpath("//div[@class='article-body']//*[self::h2 or self::h3 or "
                                      "self::h4 or self::h5][not(ancestor::aside)]")] == ["h2", "h3"]
    finding = next(f for f in result.findings if f.rule == "render-heading-level")
    assert finding.pointer == "/body/2"
    assert "level 5 rendered as h3" in finding.message


def test_unsafe_urls_are_dropped_and_reported() -> None:
    article = copy.deepcopy(SEED)
    article["section"]["url"] = "javascript:alert(1)"
    result = broadsheet.render(article)
    assert any(f.rule == "render-unsafe-url" and f.pointer == "/section/url"
               for f in result.findings)
    assert "javascript:" not in result.html


def test_findings_serialise_to_plain_data() -> None:
    finding = broadsheet.render(SEED).findings[0]
    data = finding.to_dict()
    assert data["outcome"] in {"failed", "cant_tell"}
    assert data["source"] == "render"
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize("name", ["en-transit-map-embed", "ru-flood-gallery",
                                  "en-explainer-kyiv-spelling"])
def test_a_fragments_policy_allows_exactly_what_it_loads_and_frames(name: str) -> None:
    from urllib.parse import urlsplit

    result = broadsheet.render(SEED_PATH.with_name(f"{name}.json"), fragment=True)
    tree = parse_html(f"<body>{result.html}</body>")

    def origins(urls: list[str]) -> set[str]:  # a relative URL loads from the page's own
        return {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" if urlsplit(u).scheme
                else "'self'" for u in urls}

    loaded = tree.xpath("//img/@src | //video/@poster | //source/@src | //track/@src"
                        " | //audio/@src | //video/@src")
    loaded += [c.split()[0] for s in tree.xpath("//img/@srcset") for c in s.split(",")]
    policy = result.content_security_policy
    assert policy is not None
    directives = {d.split()[0]: set(d.split()[1:]) for d in policy.split("; ") if d}
    assert directives.get("img-src", set()) == origins(loaded)
    assert directives.get("frame-src", set()) == origins(tree.xpath("//iframe/@src"))
    assert broadsheet.render(SEED_PATH, fragment=True, csp=None).content_security_policy is None


def test_the_stylesheet_and_assets_are_public() -> None:
    css = broadsheet.stylesheet()
    assert css == (broadsheet.assets_dir() / "broadsheet.css").read_text("utf-8")
    page = parse_html(broadsheet.render(SEED_PATH).html)
    assert page.findtext("head/style") == css
    assert ".broadsheet-article" in css


def test_the_rendering_options_are_declared_once_for_render_and_render_many() -> None:
    fields = {f.name for f in dataclasses.fields(RenderOptions)}
    assert set(typing.get_type_hints(RenderKeywords)) == fields
    with pytest.raises(TypeError, match=r"unexpected rendering option.*: colour"):
        broadsheet.render(SEED_PATH, colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="csp must be"):
        broadsheet.render_many([SEED_PATH], jobs=1, csp="lax")  # type: ignore[arg-type]
