"""Property-based: any article the schema accepts renders, parses cleanly and checks clean.

Articles come from :mod:`tests.security.strategies` (the article schema through
hypothesis-jsonschema). ``HYPOTHESIS_PROFILE=thorough`` runs thousands of examples.
"""

from __future__ import annotations

from typing import Any

import html5lib
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import broadsheet
from broadsheet.checks import check
from tests.security.corpus import violations
from tests.security.strategies import articles

#: Checker rules that judge author data the schema accepts, and the render finding that
#: already reports it (a made-up language tag such as "AA-0b", a table of header cells only,
#: a site named "00" as the logo's alt, two related boxes with one title).
REPORTED_BY_RENDER: dict[str, set[str]] = {
    "valid-lang": {"render-language-unknown"},
    "html-lang-valid": {"render-language-unknown"},
    "th-has-data-cells": {"render-table-without-data"},
    "alt-placeholder": {"render-site-name-unusable"},
    "alt-file-name": {"render-site-name-unusable"},
    "alt-redundant-phrase": {"render-alt-redundant-phrase", "render-site-name-unusable"},
    "alt-too-long": {"render-alt-too-long", "render-site-name-unusable"},
    "landmark-unique": {"render-landmark-name-repeated"},
    "link-text-generic": {"render-link-text-generic"},
    "link-name": {"render-link-empty"},
    "alt-repeats-caption": {"render-alt-in-caption"},
}


# found by Hypothesis: a site named "0W" (a width, as in srcset) as the logo's alt
@example({"format": "broadsheet.article/1", "id": "0", "language": "AA", "headline": "0",
          "published": "2000-01-01T00:00:00Z", "body": [],
          "site": {"name": "0W", "url": "0",
                   "logo": {"type": "image", "src": "0", "width": 1, "height": 1}}})
# found in CI: a footer link reading ':LINK'
@example({"format": "broadsheet.article/1", "id": "0", "language": "en", "headline": "0",
          "published": "2000-01-01T00:00:00Z", "body": [],
          "site": {"url": "0", "name": "0",
                   "footer_links": [{"text": "0", "url": "0"}, {"text": ":LINK", "url": "0"}]}})
# found in CI: an author named "here" with a bio (the byline links the name to the bio)
@example({"format": "broadsheet.article/1", "id": "0", "language": "AA", "headline": "0",
          "published": "2000-01-01T00:00:00Z", "body": [], "site": {"name": "0", "url": "0"},
          "authors": [{"name": "0"}, {"name": "here", "bio": "0"}]})
# found in CI: a lead picture's licence named "here", a link on its credit line
@example({"format": "broadsheet.article/1", "id": "0", "language": "AA", "headline": "0",
          "published": "2000-01-01T00:00:00Z", "body": [], "site": {"name": "0", "url": "0"},
          "lead": {"type": "image", "src": "0", "width": 1, "height": 1, "credit": "here",
                   "licence": {"id": "0", "name": "here"}}})
@given(articles)
def test_every_schema_valid_article_renders_cleanly(data: dict[str, Any]) -> None:
    """Renders (strict mode raises only RenderError with the errors already reported);
    page and fragment parse without html5lib errors, run nothing injected, and check clean."""
    result = broadsheet.render(data)
    if result.errors:
        with pytest.raises(broadsheet.RenderError) as raised:
            broadsheet.render(data, strict=True)
        assert raised.value.findings == result.errors
    else:
        broadsheet.render(data, strict=True)
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(result.html)
    assert [error[1] for error in parser.errors] == []
    parser.parseFragment(broadsheet.render(data, fragment=True).html, container="main")
    assert [error[1] for error in parser.errors] == []
    assert violations(result.html, same_shape=False) == []
    reported = {finding.rule for finding in result.errors}
    unreported = {f.rule for f in check(result.html).violations
                  if not REPORTED_BY_RENDER.get(f.rule, set()) & reported}
    assert unreported == set()


def unreported_violations(data: dict[str, Any]) -> set[str]:
    """Checker violations on the rendered page that no render error already reports."""
    result = broadsheet.render(data)
    reported = {finding.rule for finding in result.errors}
    return {f.rule for f in check(result.html).violations
            if not REPORTED_BY_RENDER.get(f.rule, set()) & reported}


#: Inline HTML as authors and wire feeds write it: links with every kind of text (generic,
#: empty, invisible), nested phrasing markup, languages (valid, unknown, malformed), entities.
_words = st.sampled_from(["Floods", "read more", "Подробнее", " ", "", "\u200b", "&amp;",
                          "here", "the report", "&nbsp;", "2024", "صورة",
                          "Sandbags along the river"])  # the caption test's alt
_leaf = st.lists(_words, max_size=3).map(" ".join)
inline_html = st.recursive(
    _leaf,
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(["em", "strong", "b", "i", "code", "abbr", "q", "bdi"]),
                  inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>"),
        st.tuples(st.sampled_from(["https://example.org/a", "/b", "#c", "javascript:x()",
                                   ""]), inner).map(lambda t: f'<a href="{t[0]}">{t[1]}</a>'),
        st.tuples(st.sampled_from(["fr", "ar", "xq", "ru-RU", "en_GB", "zz-Latn"]),
                  inner).map(lambda t: f'<span lang="{t[0]}">{t[1]}</span>'),
        st.lists(inner, min_size=2, max_size=3).map(" ".join),
    ),
    max_leaves=8,
).filter(lambda text: text.strip() != "")


@given(inline_html, st.sampled_from(["paragraph", "caption", "item", "cell", "summary"]))
def test_inline_html_anywhere_renders_as_cleanly_as_render_says(fragment: str,
                                                                where: str) -> None:
    """What an author may write in inline HTML never yields a checker violation that render
    did not report as an error."""
    body: list[dict[str, Any]] = []
    data: dict[str, Any] = {"format": "broadsheet.article/1", "id": "i", "language": "en",
                            "headline": "Inline", "published": "2024-01-01T00:00:00Z",
                            "site": {"name": "Site", "url": "https://site.example/"},
                            "body": body}
    if where == "paragraph":
        body.append({"type": "paragraph", "text": fragment})
    elif where == "caption":
        body.append({"type": "image", "src": "a.jpg", "width": 4, "height": 3,
                     "alt": "Sandbags along the river", "caption": fragment})
    elif where == "item":
        body.append({"type": "list", "items": [fragment, "Second"]})
    elif where == "cell":
        body.append({"type": "table", "caption": "Levels", "header_rows": 1,
                     "rows": [["Place", "Level"], [fragment, "3 m"]]})
    else:
        data["summary"] = fragment
    try:
        broadsheet.load_article(data)
    except broadsheet.ArticleError:
        return  # the schema refuses it (for example text with no visible character)
    assert unreported_violations(data) == set()


def test_found_by_hypothesis_untitled_galleries_get_distinct_landmark_names() -> None:
    gallery = {"type": "gallery", "images": [{"type": "image", "src": "a.jpg", "width": 1,
                                              "height": 1, "alt": "A photo of a pier"}]}
    data = {"format": "broadsheet.article/1", "id": "g", "language": "en", "headline": "G",
            "published": "2024-01-01T00:00:00Z", "site": {"name": "S", "url": "/"},
            "body": [gallery, gallery]}
    report = check(broadsheet.render(data).html)
    assert "landmark-unique" not in {f.rule for f in report.violations}


def test_found_by_hypothesis_times_have_at_most_three_fractional_digits() -> None:
    data = {"format": "broadsheet.article/1", "id": "t", "language": "en", "headline": "T",
            "published": "2024-01-01T10:00:00.123456+02:00", "site": {"name": "S", "url": "/"},
            "body": []}
    html = broadsheet.render(data).html
    assert 'datetime="2024-01-01T10:00:00.123+02:00"' in html
