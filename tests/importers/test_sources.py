"""Importing CMS bodies, WordPress posts, Arc ANS stories and Markdown: each mapping, and
the source's accessibility problems reported at their pointer."""

from __future__ import annotations

import json
from typing import Any

import pytest

from broadsheet import ImportSourceError, import_article, load_article
from broadsheet.importers import detect_kind
from tests.helpers import ROOT

IMPORT = ROOT / "fixtures" / "import"


def _load(name: str) -> Any:
    return json.loads((IMPORT / name).read_text("utf-8"))


def _blocks(article: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [block for block in article["body"] if block["type"] == kind]


# -- WordPress -------------------------------------------------------------------------------

def test_wordpress_post_fields() -> None:
    article = import_article(IMPORT / "wordpress-post.json", language="en").article
    load_article(article)
    assert article["headline"] == "Council expands night buses \u2013 six new routes"
    assert article["summary"] == "Six new routes will run after midnight from May."
    assert article["published"] == "2024-03-12T08:30:00Z"  # date_gmt, which is UTC
    assert article["updated"] == "2024-03-12T10:00:00Z"
    assert article["authors"] == [{"name": "Sam Okafor",
                                   "url": "https://example-news.org/author/sam/"}]
    assert article["section"] == {"name": "Transport",
                                  "url": "https://example-news.org/category/transport/"}
    assert article["tags"] == ["Night buses"]
    assert article["id"] == "council-expands-night-buses"
    assert article["lead"] == {"type": "image", "width": 1600, "height": 900,
                               "src": "https://example-news.org/wp-content/uploads/2024/03/"
                                      "council.jpg",
                               "caption": "Councillors voting on Tuesday"}


def test_wordpress_gutenberg_blocks() -> None:
    article = import_article(IMPORT / "wordpress-post.json", language="en").article
    assert [b["type"] for b in article["body"]] == [
        "paragraph", "heading", "list", "image", "pullquote", "quote", "embed", "table",
        "paragraph", "heading", "paragraph"]
    image = _blocks(article, "image")[0]
    assert "alt" not in image  # "16x9 Image" is a placeholder: the caption gives the alt
    assert image["caption"] == "A night bus at the central station on Monday."
    assert image["credit"] == "Jane Roe/Example News"
    assert _blocks(article, "pullquote")[0]["cite"] == "Councillor Ana Silva"
    assert _blocks(article, "embed")[0] == {
        "type": "embed", "url": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "provider": "YouTube", "title": "The council debate, in full"}
    table = _blocks(article, "table")[0]
    assert table["caption"] == "New night routes"
    assert table["rows"] == [["Route", "First bus"], ["N1", "00:20"], ["N2", "00:40"]]
    assert table["header_rows"] == 1
    riders = article["body"][8]["text"]
    assert riders == ('Riders said the change was overdue. <span lang="pt">Finalmente</span>, '
                      "said one.")


def test_wordpress_findings_point_into_the_post() -> None:
    findings = import_article(IMPORT / "wordpress-post.json", language="en").findings
    failed = sorted((f.pointer, f.rule, f.line) for f in findings if f.is_violation)
    assert failed == [
        ("/_embedded/wp:featuredmedia/0/alt_text", "image-alt", None),
        ("/content/rendered", "alt-placeholder", 14),
        ("/content/rendered", "heading-order", 6),   # h3 straight under the headline
        ("/content/rendered", "heading-order", 40),  # h5 after the h3
        ("/content/rendered", "link-name", 36),      # a link holding only an icon
    ]


def test_wordpress_post_without_a_language_is_refused_with_the_remedy() -> None:
    with pytest.raises(ImportSourceError, match=r"no language.*--language"):
        import_article(IMPORT / "wordpress-post.json")


# -- Arc ANS ---------------------------------------------------------------------------------

def test_ans_story_fields() -> None:
    article = import_article(IMPORT / "ans-story.json").article
    load_article(article)
    assert article["language"] == "es"
    assert article["headline"] == "Las inundaciones dejan a 3.000 vecinos sin luz"
    assert article["canonical_url"] == "https://diario.example.com/2024/05/02/inundaciones-valle/"
    assert article["authors"] == [{"name": "Lucía Pérez"}]
    assert article["section"] == {"name": "Sociedad"}
    assert article["updated"] == "2024-05-02T09:40:00Z"
    assert article["lead"]["alt"] == "El río desbordado a su paso por el pueblo"


def test_ans_content_elements() -> None:
    article = import_article(IMPORT / "ans-story.json").article
    assert [b["type"] for b in article["body"]] == [
        "paragraph", "heading", "image", "list", "quote", "pullquote", "gallery", "table",
        "embed", "paragraph", "embed", "paragraph"]
    first = article["body"][0]["text"]
    assert '<a href="https://diario.example.com/2024/05/01/alerta/">' in first
    assert article["body"][3] == {"type": "list", "ordered": True,
                                  "items": ["El agua subió 2 metros",
                                            "Se cortó la luz a las 3:00"]}
    assert article["body"][4]["cite"] == "Una vecina"
    gallery = article["body"][6]
    assert gallery["title"] == "Las imágenes de la crecida"
    assert [i.get("alt") for i in gallery["images"]] == [
        "Bomberos rescatan a un vecino en barca", None]
    assert article["body"][7]["rows"][0] == ["Municipio", "Vecinos sin luz"]
    assert article["body"][8]["url"] == ("https://platform.twitter.com/embed/Tweet.html"
                                         "?id=1785900000000000000")
    assert article["body"][10]["provider"] == "Google Maps"


def test_ans_findings_point_at_each_element() -> None:
    findings = import_article(IMPORT / "ans-story.json").findings
    assert sorted((f.pointer, f.rule) for f in findings if f.is_violation) == [
        ("/content_elements/2/alt_text", "alt-file-name"),      # IMG_2041.jpg
        ("/content_elements/6/content_elements/1/alt_text", "image-alt"),
        ("/content_elements/7", "table-caption"),
        ("/content_elements/9/content", "frame-title"),         # raw_html's iframe
    ]
    dropped = [f.pointer for f in findings if f.rule == "import-dropped"]
    assert dropped == ["/content_elements/10"]  # interstitial_link: said, not silently lost


# -- CMS body --------------------------------------------------------------------------------

def test_cms_body_json_with_metadata() -> None:
    result = import_article(IMPORT / "cms-body.json")
    article = result.article
    load_article(article)
    assert article["language"] == "uk"
    assert [b["type"] for b in article["body"]] == ["paragraph", "heading", "list", "image",
                                                    "paragraph", "table"]
    image = article["body"][3]
    assert image["src"] == "https://novyny.example.com/img/grid.jpg"
    assert (image["caption"], image["credit"]) == ("Ремонт підстанції під Києвом.",
                                                   "Іван Мельник")
    assert "alt" not in image
    assert sorted((f.rule, f.line) for f in result.findings if f.is_violation) == [
        ("image-alt", 4), ("link-name", 5), ("table-caption", 6)]


def test_bare_fragment_needs_its_metadata() -> None:
    fragment = "<p>One paragraph.</p>"
    with pytest.raises(ImportSourceError, match="no headline"):
        import_article(fragment, kind="body")
    metadata = {"id": "a", "headline": "A", "language": "en", "published": "2024-01-01",
                "site": {"name": "S", "url": "https://s.example/"}}
    result = import_article(fragment, kind="body", metadata=metadata)
    assert result.article["body"] == [{"type": "paragraph", "text": "One paragraph."}]
    assert result.article["published"] == "2024-01-01T00:00:00Z"
    assert [f.rule for f in result.findings] == ["import-assumed"]  # date read as UTC


# -- Markdown --------------------------------------------------------------------------------

def test_markdown_with_front_matter() -> None:
    result = import_article(IMPORT / "story.md")
    article = result.article
    load_article(article)
    assert (article["id"], article["language"], article["headline"]) == (
        "library-reopens", "en-GB", "Library reopens after two-year refit")
    assert article["published"] == "2024-02-20T08:00:00Z"
    assert article["tags"] == ["libraries", "culture"]
    assert [b["type"] for b in article["body"]] == ["paragraph", "heading", "list", "quote",
                                                    "table", "image", "heading", "paragraph"]
    assert article["body"][0]["text"].startswith("The central library reopens on "
                                                 "<strong>Saturday</strong>")
    dropped = [f for f in result.findings if f.rule == "import-dropped"]
    assert [f.snippet for f in dropped] == [
        '<img src="https://gazette.example.org/img/no-size.jpg" alt="photo">']
    assert all(f.line is None for f in result.findings)  # lines of rendered HTML mean nothing


def test_markdown_bad_front_matter_names_the_line() -> None:
    with pytest.raises(ImportSourceError, match="line 3: front matter is not valid YAML"):
        import_article("---\ntitle: a\ndate: [\n---\ntext\n", kind="markdown")


# -- detection -------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind"), [
    ("wordpress-post.json", "wordpress"), ("ans-story.json", "ans"), ("cms-body.json", "body"),
    ("story.md", "markdown"), ("seed-article-page.html", "page"),
])
def test_kind_is_detected(name: str, kind: str) -> None:
    assert detect_kind((IMPORT / name).read_text("utf-8"), name) == kind


def test_fragment_is_a_body_and_front_matter_is_markdown() -> None:
    assert detect_kind("<p>Hello</p>") == "body"
    assert detect_kind("---\ntitle: x\n---\nHello") == "markdown"
