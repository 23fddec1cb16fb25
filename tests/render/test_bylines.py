"""Bylines: authors grouped by what they did, labels in the plural form for their number,
names joined as each language joins a list, and bios under their authors' names."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from lxml import etree

import broadsheet
from tests.helpers import ARTICLES, SEED_PATH, parse_html, rendered_tree, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def page(language: str, authors: list[dict[str, Any]]) -> etree._Element:
    article = copy.deepcopy(SEED)
    article.update(language=language, authors=authors)
    return parse_html(broadsheet.render(article).html)


def bylines(tree: etree._Element) -> list[str]:
    return [text_of(p) for p in tree.xpath("//p[@class='article-header__byline']")]


def names(*people: str, **fields: Any) -> list[dict[str, Any]]:
    return [{"name": name, **fields} for name in people]


@pytest.mark.parametrize(("count", "label"), [
    (1, "Автор: "), (2, "Авторы: "), (3, "Авторы: "), (5, "Авторы: "), (21, "Автор: ")])
def test_russian_byline_label_takes_the_plural_form_for_the_number_of_authors(
        count: int, label: str) -> None:
    # CLDR's Russian rules: 21 takes the "one" form, 2-4 "few", 5 "many"
    people = [f"Автор {n}" for n in range(count)]
    (line,) = bylines(page("ru", names(*people)))
    assert line.startswith(label)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "By Ann Lee, Bo Chan, and Cy Dee"),
    ("ru", "Авторы: Ann Lee, Bo Chan и Cy Dee"),
    ("fa", "نویسندگان: Ann Lee،\u200f Bo Chan، و Cy Dee"),
    ("ar", "بقلم Ann Lee وBo Chan وCy Dee"),
])
def test_names_are_joined_as_the_language_joins_a_list(language: str, expected: str) -> None:
    (line,) = bylines(page(language, names("Ann Lee", "Bo Chan", "Cy Dee")))
    assert line == expected


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_arabic_script_bylines_use_no_latin_comma(language: str) -> None:
    people = [{"name": "سلمى", "role": "مراسلة"}, {"name": "مريم", "role": "مصورة"},
              {"name": "بهروز"}]
    (line,) = bylines(page(language, people))
    assert "," not in line
    assert "سلمى، مراسلة" in line


def test_each_contribution_is_its_own_line_reporters_first() -> None:
    people = [{"name": "Tran Vo", "contribution": "translator"},
              {"name": "Pia Moss", "contribution": "photographer"},
              {"name": "Ann Lee"}, {"name": "Ed Ward", "contribution": "editor"},
              {"name": "Bo Chan", "contribution": "reporter"}]
    assert bylines(page("en", people)) == [
        "By Ann Lee and Bo Chan", "Photographs by Pia Moss", "Edited by Ed Ward",
        "Translated by Tran Vo"]
    assert bylines(page("ru", people)) == [
        "Авторы: Ann Lee и Bo Chan", "Фото: Pia Moss", "Редактор: Ed Ward",
        "Переводчик: Tran Vo"]


def test_each_name_is_a_link_to_its_author_page_in_list_order() -> None:
    people = [{"name": "Ann Lee", "url": "https://news.example/ann"}, {"name": "Bo Chan"},
              {"name": "Cy Dee", "url": "https://news.example/cy", "role": "Reporter"}]
    (line,) = page("en", people).xpath("//p[@class='article-header__byline']")
    assert [(a.get("href"), text_of(a)) for a in line.iter("a")] == [
        ("https://news.example/ann", "Ann Lee"), ("https://news.example/cy", "Cy Dee")]
    assert [text_of(s) for s in line.xpath("span[@class='author']")] == [
        "Ann Lee", "Bo Chan", "Cy Dee, Reporter"]


def test_a_bio_is_described_under_its_authors_name() -> None:
    people = [{"name": "Ann Lee", "url": "https://news.example/ann", "bio": "Ann covers courts."},
              {"name": "Bo Chan"}, {"name": "Cy Dee", "bio": "Cy edits <i>Weekend</i>."}]
    tree = page("en", people)
    (bios,) = tree.xpath("//footer[@class='article-footer']/dl[@class='author-bios']")
    terms = bios.xpath("dt")
    assert [text_of(t) for t in terms] == ["Ann Lee", "Cy Dee"]
    assert [text_of(t.getnext()) for t in terms] == ["Ann covers courts.", "Cy edits Weekend."]
    assert [t.getnext().tag for t in terms] == ["dd", "dd"]
    # the name with its own page links there; the name without one links to its bio
    (ann_link,) = terms[0].iter("a")
    assert ann_link.get("href") == "https://news.example/ann"
    (cy_link,) = tree.xpath("//p[@class='article-header__byline']//a[text()='Cy Dee']")
    target = cy_link.get("href")
    assert target.startswith("#")
    assert tree.xpath("//*[@id=$id]", id=target[1:]) == [terms[1]]
    assert not tree.xpath("//p[@class='article-header__byline']//a[text()='Bo Chan']")


def test_an_author_without_a_bio_adds_no_bio_list() -> None:
    tree = page("en", names("Ann Lee"))
    assert not tree.xpath("//dl[@class='author-bios']")


@pytest.mark.parametrize("stem", ["ru-flood-gallery", "ru-radio-interview-audio",
                                  "be-political-prisoners-quote", "uk-energy-data-table"])
def test_a_role_after_a_name_is_in_lower_case_in_cyrillic_pages(stem: str) -> None:
    """Russian, Belarusian and Ukrainian write a role after the name's comma in lower case
    ("Анна Соколова, корреспондент"); the third review caught "Корреспондент"."""
    roles = [text_of(r) for r in rendered_tree(ARTICLES / f"{stem}.json").xpath(
        "//*[@class='article-header__byline']//*[@class='author__role']")]
    assert roles, stem
    assert all(role[0].islower() for role in roles), roles
