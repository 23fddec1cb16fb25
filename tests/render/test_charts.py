"""Charts: the figure is named by its title, the summary says what it shows, the picture is
heard once (alt=""), the data is a real table collapsed in a details element; a chart without
a summary is an author error."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lxml import etree

import broadsheet
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))
CHART: dict[str, Any] = {
    "type": "chart", "title": "Unemployment rate, 2020–2023",
    "src": "https://cdn.example/charts/jobless.svg", "width": 800, "height": 450,
    "summary": "A line chart. Unemployment peaked at 7.1% in 2020 and fell every year after.",
    "data": {"rows": [["Year", "Rate"], ["2020", "7.1%"], ["2021", "5.9%"], ["2023", "4.2%"]]},
    "source": "Statistics office", "source_url": "https://stats.example/jobs",
    "credit": "Data desk",
}


def render(*charts: dict[str, Any], **options: Any) -> broadsheet.RenderResult:
    article = copy.deepcopy(SEED)
    article["body"] = [{"type": "paragraph", "text": "Intro."}, *charts]
    return broadsheet.render(article, **options)


def chart_of(result: broadsheet.RenderResult) -> etree._Element:
    (figure,) = parse_html(result.html).xpath("//figure[@class='chart']")
    return figure


def test_the_figure_is_named_by_the_title_and_described_by_the_summary_under_it() -> None:
    """The title alone is the caption (first: HTML allows a figcaption first or last); the
    summary is a note after the picture, the figure's description (a long summary under the
    title read as a standfirst: the blind review)."""
    figure = chart_of(render(CHART))
    (title,) = figure.xpath("figcaption/*[@id=$id]", id=figure.get("aria-labelledby"))
    assert text_of(title) == "Unemployment rate, 2020–2023"
    (caption,) = figure.xpath("figcaption")
    assert figure.index(caption) == 0
    assert text_of(caption) == "Unemployment rate, 2020–2023"
    (summary,) = figure.xpath("*[@id=$id]", id=figure.get("aria-describedby"))
    assert (summary.tag, summary.get("class")) == ("p", "chart__summary")
    assert text_of(summary) == CHART["summary"]
    (image,) = figure.xpath(".//img")
    picture = image if image.getparent() is figure else image.getparent()
    assert figure.index(picture) < figure.index(summary) < figure.index(figure.find("details"))


def test_the_picture_is_heard_once_through_the_summary() -> None:
    (image,) = chart_of(render(CHART)).xpath(".//img")
    assert image.get("alt") == ""
    assert image.get("src") == CHART["src"]
    assert (image.get("width"), image.get("height")) == ("800", "450")


def test_the_data_is_a_real_table_collapsed_behind_a_named_control() -> None:
    figure = chart_of(render(CHART))
    (details,) = figure.xpath("details")
    assert details.get("open") is None  # collapsed by default
    summary = details[0]
    assert summary.tag == "summary"  # the first child: the browser's keyboard-reachable toggle
    assert text_of(summary) == "Chart data: Unemployment rate, 2020–2023"
    (table,) = details.xpath(".//table")
    assert text_of(table.find("caption")) == CHART["title"]
    assert [text_of(th) for th in table.xpath("thead/tr/th[@scope='col']")] == ["Year", "Rate"]
    assert [[text_of(td) for td in tr.xpath("td")] for tr in table.xpath("tbody/tr")] == [
        ["2020", "7.1%"], ["2021", "5.9%"], ["2023", "4.2%"]]


def test_source_and_credit_are_shown_with_their_labels() -> None:
    (credits,) = chart_of(render(CHART)).xpath("p[@class='chart__credits']")
    assert text_of(credits) == "Source: Statistics office Graphic: Data desk"
    (link,) = credits.iter("a")
    assert link.get("href") == "https://stats.example/jobs"


@pytest.mark.parametrize("summary", [None, "", "  <b> </b> "])
def test_a_chart_without_a_summary_is_an_error(summary: str | None) -> None:
    chart = {key: value for key, value in CHART.items() if key != "summary"}
    if summary is not None:
        chart["summary"] = summary
    result = render(chart, review_markers=True)
    (finding,) = [f for f in result.findings if f.rule == "render-chart-summary-missing"]
    assert finding.outcome.value == "failed"
    assert finding.pointer == "/body/1"
    figure = chart_of(result)
    assert figure.get("data-broadsheet-review") == "chart-summary-missing"
    assert not figure.xpath(".//*[@class='chart__summary']")
    with pytest.raises(broadsheet.RenderError):
        render(chart, strict=True)


def test_a_chart_with_a_summary_reports_nothing() -> None:
    assert [f for f in render(CHART).findings if f.pointer.startswith("/body")] == []


def test_a_chart_image_url_that_is_not_http_is_refused() -> None:
    result = render({**CHART, "src": "javascript:alert(1)"})
    assert [(f.rule, f.pointer) for f in result.findings if f.pointer.startswith("/body")] == [
        ("render-unsafe-url", "/body/1/src")]
    (image,) = chart_of(result).xpath(".//img")
    assert image.get("src") is None


def test_a_chart_needs_its_data() -> None:
    chart = {key: value for key, value in CHART.items() if key != "data"}
    with pytest.raises(broadsheet.ArticleError, match=r"/body/1: missing required field .data."):
        render(chart)


@pytest.mark.parametrize("stem", ["en-rents-chart-footnotes", "fa-rent-chart-footnotes"])
def test_the_fixtures_drawings_write_every_year_in_full(stem: str) -> None:
    """The blind review read the rents chart's axis as two formats mixed ("2019, ’20 …
    2023"): every year the data gives is written along the axis of both drawings, in full
    and in the article's digits (Persian in the Persian chart), and nothing else is a year."""
    from tests.helpers import ARTICLES

    article = json.loads((ARTICLES / f"{stem}.json").read_text("utf-8"))
    (chart,) = [block for block in article["body"] if block["type"] == "chart"]
    years = [row[0] for row in chart["data"]["rows"][chart["data"].get("header_rows", 1):]]
    digits = "۰۱۲۳۴۵۶۷۸۹" if article["language"] == "fa" else "0123456789"
    assert all(len(year) == 4 and set(year) <= set(digits) for year in years), years
    for src in (chart["src"], chart["narrow"]["src"]):
        words = [text.text for text in etree.parse(str(ARTICLES / src)).iter(
            "{http://www.w3.org/2000/svg}text")]
        assert [word for word in words if word in years] == years, (src, words)
        assert not [word for word in words if "’" in word or "'" in word], (src, words)
