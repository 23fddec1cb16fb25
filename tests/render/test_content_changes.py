"""Nothing an author wrote is lost or merged without a word: every change sanitising makes to
content is a render finding naming the field; pull quotes are hidden only when they repeat
the body."""

from __future__ import annotations

import copy
import json
import time

import pytest
from lxml import etree

import broadsheet
from broadsheet.policy.sanitise import MAX_INLINE_DEPTH
from tests.helpers import ARTICLES, SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def render_body(*blocks: dict[str, object], summary: str | None = None) -> broadsheet.RenderResult:
    data = copy.deepcopy(SEED)
    data["body"] = list(blocks)
    if summary is not None:
        data["summary"] = summary
    return broadsheet.render(data)


def body_of(result: broadsheet.RenderResult) -> etree._Element:
    body = parse_html(result.html).find(".//div[@class='article-body']")
    assert body is not None
    return body


def findings(result: broadsheet.RenderResult) -> set[tuple[str, str | None]]:
    return {(f.rule, f.pointer) for f in result.findings}


def test_block_markup_in_a_paragraph_keeps_word_boundaries_and_is_reported() -> None:
    result = render_body({"type": "paragraph", "text": "<p>Nested paragraph</p><h3>Sub</h3>"
                                                      "<ul><li>one</li><li>two</li></ul>"})
    paragraph = body_of(result).find("p")
    assert text_of(paragraph) == "Nested paragraph Sub one two"
    assert [child.tag for child in paragraph] == []
    assert ("render-inline-markup-flattened", "/body/0/text") in findings(result)


def test_images_and_frames_in_text_are_reported_as_dropped() -> None:
    result = render_body({"type": "paragraph", "text": 'before <img src="https://x/a.jpg" '
                          'alt="a chart"> <iframe src="https://x/y"></iframe>after'},
                         {"type": "paragraph", "text": "<em>plain</em> text"})
    paragraphs = body_of(result).findall("p")
    assert [text_of(p) for p in paragraphs] == ["before after", "plain text"]
    assert not body_of(result).xpath(".//img | .//iframe")
    dropped = [f for f in result.findings if f.rule == "render-inline-content-dropped"]
    assert [f.pointer for f in dropped] == ["/body/0/text"]
    assert "<img>" in dropped[0].message
    assert "<iframe>" in dropped[0].message
    assert dropped[0].outcome is broadsheet.Outcome.FAILED


def test_a_refused_link_keeps_its_text_and_is_reported() -> None:
    result = render_body({"type": "paragraph", "text": 'a <a href="javascript:alert(1)">bad '
                          'link</a> and <a href="https://example.org/ok">a good one</a>'})
    paragraph = body_of(result).find("p")
    assert text_of(paragraph) == "a bad link and a good one"
    assert [a.get("href") for a in paragraph.iter("a")] == [None, "https://example.org/ok"]
    refused = [f for f in result.findings if f.rule == "render-unsafe-url"]
    assert [f.pointer for f in refused] == ["/body/0/text"]
    assert "javascript:alert(1)" in refused[0].message


@pytest.mark.parametrize("text", ["&nbsp;", "<br>", " &nbsp; <br> &#160; ", "<img src=x>"])
def test_a_paragraph_without_text_is_not_rendered_and_is_reported(text: str) -> None:
    result = render_body({"type": "paragraph", "text": "First."},
                         {"type": "paragraph", "text": text},
                         {"type": "paragraph", "text": "Last."})
    assert [text_of(p) for p in body_of(result).findall("p")] == ["First.", "Last."]
    assert ("render-paragraph-empty", "/body/1/text") in findings(result)


def test_markup_that_changes_nothing_is_not_reported() -> None:
    result = render_body({"type": "paragraph", "text": '<em>a</em> <b>b</b> <a href="/x">'
                          'link text</a> <span lang="uk">слово</span>&nbsp;x <font>f</font>'})
    assert not [f for f in result.findings if f.pointer == "/body/0/text"]


def test_deep_nesting_is_rendered_as_text_with_a_finding() -> None:
    deep = "<span>" * (MAX_INLINE_DEPTH + 1) + "deep <em>words</em>"
    result = render_body({"type": "paragraph", "text": deep},
                         {"type": "paragraph", "text": "<b>" * MAX_INLINE_DEPTH + "fine"})
    first, second = body_of(result).findall("p")
    assert text_of(first) == "deep words"
    assert len(first) == 0
    assert len(list(second.iter("b"))) == MAX_INLINE_DEPTH
    assert ("render-inline-too-deep", "/body/0/text") in findings(result)
    assert not [f for f in result.findings if f.pointer == "/body/1/text"]


def test_a_megabyte_of_nested_lists_renders_quickly() -> None:
    """Quadratic guard only (html5ever took 303 CPU-s on this before the depth bound)."""
    started = time.process_time()
    result = render_body({"type": "paragraph", "text": "<ul>" * 249_999 + "x"})
    assert time.process_time() - started < 30
    assert text_of(body_of(result).find("p")) == "x"


def test_a_pull_quote_repeating_the_body_is_hidden() -> None:
    result = render_body(
        {"type": "paragraph", "text": "The mayor said: “We will <em>not</em> close the "
                                      "library, whatever it costs.” Then she left."},
        {"type": "pullquote", "text": "We will not close the library…", "cite": "The mayor"},
        {"type": "pullquote", "text": "We will not close … whatever it costs"},
    )
    pulls = body_of(result).xpath(".//*[@class='pullquote']")
    assert [p.get("aria-hidden") for p in pulls] == ["true", "true"]
    assert not [f for f in result.findings if f.rule == "render-pullquote-not-in-body"]


def test_a_pull_quote_not_in_the_body_is_exposed_and_reported() -> None:
    result = render_body(
        {"type": "pullquote", "text": "Words said nowhere else"},
        {"type": "paragraph", "text": "Words said somewhere else."},
        {"type": "pullquote", "text": "Words said … nowhere"},
        summary="A summary that quotes <b>the summary</b>.",
    )
    pulls = body_of(result).xpath(".//*[@class='pullquote']")
    assert [p.get("aria-hidden") for p in pulls] == [None, None]
    assert ("render-pullquote-not-in-body", "/body/0/text") in findings(result)
    assert ("render-pullquote-not-in-body", "/body/2/text") in findings(result)
    in_summary = render_body({"type": "pullquote", "text": "The summary"},
                             summary="A summary that quotes <b>the summary</b>.")
    assert body_of(in_summary).xpath(".//*[@class='pullquote']/@aria-hidden") == ["true"]


@pytest.mark.parametrize(("label", "text"), [("Breaking News", None), ("BREAKING NEWS", "&nbsp;"),
                                             ("Notice", "<br>")])
def test_a_banner_that_only_names_its_kind_is_not_rendered_and_is_reported(
        label: str, text: str | None) -> None:
    data = copy.deepcopy(SEED)
    kind = "notice" if label == "Notice" else "breaking"
    alert = {"kind": kind, "label": label, **({"text": text} if text else {})}
    data["alerts"] = [alert, {"kind": "breaking", "label": "Storm", "text": "Roads closed."}]
    result = broadsheet.render(data)
    banners = parse_html(result.html).xpath("//p[contains(@class, 'alert')]")
    assert [text_of(p) for p in banners] == ["Breaking news: Storm Roads closed."]
    assert ("render-alert-empty", "/alerts/0") in findings(result)


def test_a_banner_with_text_or_its_own_label_is_rendered() -> None:
    data = copy.deepcopy(SEED)
    data["alerts"] = [{"kind": "breaking", "label": "Breaking news", "text": "Bridge shut."},
                      {"kind": "notice", "label": "Travel advice"}]
    result = broadsheet.render(data)
    banners = parse_html(result.html).xpath("//p[contains(@class, 'alert')]")
    assert [text_of(p) for p in banners] == ["Breaking news Bridge shut.",
                                             "Notice: Travel advice"]
    assert "render-alert-empty" not in {f.rule for f in result.findings}


def test_the_rferl_page_reads_its_standfirst_once() -> None:
    """The RFE/RL fixture's body opened with its standfirst, word for word: that paragraph is
    not rendered, and the finding names it."""
    result = broadsheet.render(ARTICLES / "rferl-lukashenka-cnn-interview.json")
    tree = parse_html(result.html)
    standfirst = text_of(tree.find(".//*[@class='article-header__summary']"))
    paragraphs = [text_of(p) for p in tree.findall(".//div[@class='article-body']/p")]
    assert paragraphs
    assert standfirst not in paragraphs, paragraphs[:1]
    assert [(f.rule, f.pointer) for f in result.findings
            if f.rule == "render-paragraph-repeats-standfirst"] == [
        ("render-paragraph-repeats-standfirst", "/body/0")]


@pytest.mark.parametrize(("first", "kept"), [
    ("Rents <em>rose</em> 38% — since 2019!", False),  # markup, case, punctuation aside
    ("Rents rose 38% since 2019, the council says.", True),  # says more: kept
])
def test_a_first_paragraph_repeating_the_standfirst_is_left_out(first: str, kept: bool) -> None:
    result = render_body({"type": "paragraph", "text": first},
                         {"type": "paragraph", "text": "The second paragraph."},
                         summary="rents rose 38% since 2019.")
    texts = [text_of(p) for p in body_of(result).findall("p")]
    assert texts[-1] == "The second paragraph."
    assert (len(texts) == 2) is kept, texts
    assert any(f.rule == "render-paragraph-repeats-standfirst"
               for f in result.findings) is not kept
