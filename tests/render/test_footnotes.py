"""Footnotes: ``[^id]`` becomes a numbered reference that says what it is, linked to its note;
each note links back to each reference, named by its number; the notes have a heading."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lxml import etree

import broadsheet
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))
NOTES = [{"id": "ons", "text": "Office for National Statistics, <i>Private rents</i>."},
         {"id": "pay", "text": "Median weekly pay."}]


def render(text: str, notes: list[dict[str, str]] = NOTES, language: str = "en",
           **changes: Any) -> broadsheet.RenderResult:
    article = copy.deepcopy(SEED)
    article.update(language=language, footnotes=notes, **changes)
    article["body"] = [{"type": "paragraph", "text": text}]
    return broadsheet.render(article)


def tree_of(text: str, **options: Any) -> etree._Element:
    return parse_html(render(text, **options).html)


def references(tree: etree._Element) -> list[etree._Element]:
    return tree.xpath("//div[@class='article-body']//sup[@class='footnote-ref']/a")


def note_list(tree: etree._Element) -> etree._Element:
    (section,) = tree.xpath("//section[@class='footnotes']")
    return section


def test_a_reference_says_footnote_and_its_number_and_shows_the_number() -> None:
    tree = tree_of("Rents rose[^pay] sharply[^ons].")
    assert [text_of(a) for a in references(tree)] == ["Footnote 2", "Footnote 1"]
    # only the number is seen: the word is visually hidden
    for link in references(tree):
        (hidden,) = link.xpath("span[@class='visually-hidden']")
        assert text_of(hidden) == "Footnote"
        assert (hidden.tail or "").strip() in {"1", "2"}


def test_references_and_notes_link_both_ways() -> None:
    tree = tree_of("Rents rose[^ons], pay[^pay], and rents again[^ons].")
    for link in references(tree):
        (note,) = tree.xpath("//*[@id=$id]", id=link.get("href").removeprefix("#"))
        assert note.tag == "li"
        assert [back.get("href") for back in back_links(note)].count(
            f"#{link.get('id')}") == 1
    notes = note_list(tree).xpath("ol/li")
    assert [len(back_links(li)) for li in notes] == [2, 1]


def back_links(note: etree._Element) -> list[etree._Element]:
    return note.xpath("a[contains(concat(' ', @class, ' '), ' footnote-back ')]")


def named_and_shown(note: etree._Element) -> list[tuple[str, str]]:
    """Each back-link's name (its hidden words) and what it shows (its text not hidden)."""
    return [(text_of(link.xpath("span[@class='visually-hidden']")[0]),
             "".join(link.xpath("span[@aria-hidden='true']/text()")))
            for link in back_links(note)]


def test_back_links_are_named_by_the_reference_number() -> None:
    """A note referred to once: "↑" (drawn), named "Back to reference 2"; referred to twice:
    "↑ a b" (the arrow drawn once, not a link), each letter a link whose name ends with it
    (its words include what it shows)."""
    tree = tree_of("Rents rose[^ons], pay[^pay], and rents again[^ons].")
    first, second = note_list(tree).xpath("ol/li")
    assert named_and_shown(first) == [("Back to reference 1 (a)", "a"),
                                      ("Back to reference 1 (b)", "b")]
    assert named_and_shown(second) == [("Back to reference 2", "")]
    (arrow,) = first.xpath("span[@class='footnote-back-arrow']")
    assert arrow.get("aria-hidden") == "true"
    assert not text_of(arrow)
    assert not second.xpath("span[@class='footnote-back-arrow']")
    # a link's text is its name and its mark, nothing else (the single arrow is drawn by CSS)
    for link in note_list(tree).xpath(".//a[contains(@class, 'footnote-back')]"):
        assert [child.tag for child in link] in (["span"], ["span", "span"])
        assert not (link.text or "").strip()


def test_persian_back_links_are_marked_in_persian_digits() -> None:
    tree = tree_of("اجاره[^ons] و باز هم اجاره[^ons].", language="fa")
    first = note_list(tree).xpath("ol/li")[0]
    assert named_and_shown(first) == [("بازگشت به ارجاع ۱ (۱)", "۱"),
                                      ("بازگشت به ارجاع ۱ (۲)", "۲")]


def test_the_notes_are_a_list_under_a_heading_that_names_their_section() -> None:
    tree = tree_of("Rents rose[^ons].")
    section = note_list(tree)
    (heading,) = section.xpath("h2")
    assert text_of(heading) == "Notes"
    assert section.get("aria-labelledby") == heading.get("id")
    first = section.xpath("ol/li")[0]
    assert text_of(first).startswith("Office for National Statistics, Private rents.")
    assert section.xpath("ol/li[1]/i")  # the note's inline HTML is kept


def test_a_note_nothing_refers_to_is_still_listed() -> None:
    tree = tree_of("No references here.")
    assert len(note_list(tree).xpath("ol/li")) == 2
    assert not note_list(tree).xpath(".//a[@class='footnote-back']")


def test_persian_notes_are_numbered_in_persian_digits() -> None:
    tree = tree_of("اجاره[^pay] و دستمزد[^ons].", language="fa")
    assert [text_of(a) for a in references(tree)] == ["پانوشت ۲", "پانوشت ۱"]
    assert note_list(tree).xpath("ol")[0].get("class") == "digits-arabext"
    assert text_of(note_list(tree).xpath("h2")[0]) == "یادداشت‌ها"


@pytest.mark.parametrize(("text", "case"), [
    ("Rents rose[^nope].", "unknown"),
    ('See <a href="https://x.example/">the data[^ons]</a>.', "in-link"),
])
def test_a_reference_that_cannot_be_linked_is_reported_and_left_as_written(
        text: str, case: str) -> None:
    result = render(text)
    (finding,) = [f for f in result.findings if f.rule == "render-footnote-reference"]
    assert finding.pointer == "/body/0/text"
    assert finding.outcome.value == "failed"
    assert ("no footnote" if case == "unknown" else "inside a link") in finding.message
    tree = parse_html(result.html)
    assert not references(tree)
    (paragraph,) = tree.xpath("//div[@class='article-body']/p")
    assert "[^" in text_of(paragraph)


def test_a_reference_is_never_made_inside_an_attribute() -> None:
    tree = tree_of('<a href="https://x.example/?q=[^ons]">data</a> [^pay] '
                   '<abbr title="x [^ons]">ONS</abbr>')
    (link,) = tree.xpath("//div[@class='article-body']/p/a")
    assert link.get("href") == "https://x.example/?q=[^ons]"
    (abbr,) = tree.xpath("//div[@class='article-body']/p/abbr")
    assert abbr.get("title") == "x [^ons]"
    assert [text_of(a) for a in references(tree)] == ["Footnote 2"]


def test_an_article_without_notes_has_no_notes_section() -> None:
    tree = parse_html(render("Plain.", notes=[]).html)
    assert not tree.xpath("//section[@class='footnotes']")


def test_a_note_id_is_checked_by_the_schema() -> None:
    with pytest.raises(broadsheet.ArticleError, match="/footnotes/0/id"):
        render("x", notes=[{"id": "has space", "text": "t"}])


def test_a_repeated_note_id_is_reported_and_the_second_note_left_out() -> None:
    notes = [*NOTES, {"id": "ons", "text": "A second source under the same id."}]
    result = render("Rents rose.[^ons]", notes=notes)
    repeated = [f for f in result.findings if f.rule == "render-footnote-id-repeated"]
    assert [(f.pointer, f.outcome.value) for f in repeated] == [("/footnotes/2/id", "failed")]
    assert "/footnotes/0" in repeated[0].message
    listed = parse_html(result.html).xpath("//section[@class='footnotes']//li")
    assert [text_of(li).split(".")[0] for li in listed] == [
        "Office for National Statistics, Private rents", "Median weekly pay"]
