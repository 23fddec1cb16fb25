"""The numbers Broadsheet writes (dates, durations, list markers) are in the digits of the
page's language: CLDR's default for it, or the site's choice; the author's text is kept."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from lxml import etree

import broadsheet
from tests.helpers import SEED_PATH, parse_html, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))
PERSIAN, ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"
AUDIO = {"type": "audio", "title": "Episode 47", "src": "https://cdn.example/a.mp3",
         "duration": "PT24M30S", "transcript": "Words."}


def page(language: str, digits: str | None = None, **changes: Any) -> etree._Element:
    article = copy.deepcopy(SEED)
    article.update(language=language, published="2024-02-14T18:30:00+03:30", **changes)
    if digits:
        article["site"]["digits"] = digits
    return parse_html(broadsheet.render(article).html)


def published(tree: etree._Element) -> etree._Element:
    (time,) = tree.xpath("//p[@class='article-header__dates']//time")
    return time


def digits_in(text: str) -> set[str]:
    return set(re.findall(r"\d", text))


@pytest.mark.parametrize(("language", "digits", "expected"), [
    ("fa", None, PERSIAN),          # CLDR: Persian writes ۰–۹
    ("fa", "latin", "0123456789"),
    ("ar", None, "0123456789"),     # CLDR's default for Arabic without a region
    ("ar", "native", ARABIC_INDIC),
    ("ar-EG", None, ARABIC_INDIC),  # CLDR's default in Egypt
    ("ru", "native", "0123456789"),  # Russian's own digits are 0-9
])
def test_dates_are_written_in_the_page_digits(language: str, digits: str | None,
                                              expected: str) -> None:
    time = published(page(language, digits))
    written = digits_in(text_of(time))
    assert written, text_of(time)
    assert written <= set(expected)
    assert time.get("datetime") == "2024-02-14T18:30:00+03:30"  # machine-readable stays ASCII


def test_a_persian_date_reads_in_persian_digits() -> None:
    assert text_of(published(page("fa"))) == "۱۴ فوریه ۲۰۲۴، ساعت ۱۸:۳۰"


def test_a_duration_is_written_in_the_page_digits() -> None:
    tree = page("fa", body=[AUDIO])
    (duration,) = tree.xpath("//*[@class='media__duration']/time")
    shown = text_of(duration.xpath("./span[@aria-hidden='true']")[0])
    assert (shown, duration.get("datetime")) == ("۲۴:۳۰", "PT24M30S")


def test_the_authors_own_numbers_are_kept_as_written() -> None:
    tree = page("fa", body=[{"type": "paragraph", "text": "نرخ تورم 40 درصد و ۴۰ درصد"}])
    # (each number kept with its unit by a no-break space: policy/typography.py)
    assert tree.xpath("//div[@class='article-body']/p/text()") == [
        "نرخ تورم 40\u00a0درصد و ۴۰\u00a0درصد"]


@pytest.mark.parametrize(("language", "digits", "expected"), [
    ("fa", None, "digits-arabext"), ("ar", "native", "digits-arab"), ("ar", None, None),
    ("en", None, None)])
def test_ordered_list_markers_count_in_the_page_digits(language: str, digits: str | None,
                                                       expected: str | None) -> None:
    body = [{"type": "list", "ordered": True, "items": ["a", "b"]},
            {"type": "list", "ordered": False, "items": ["c"]}]
    tree = page(language, digits, body=body)
    (ordered,) = tree.xpath("//div[@class='article-body']/ol")
    assert ordered.get("class") == expected
    (unordered,) = tree.xpath("//div[@class='article-body']/ul")
    assert unordered.get("class") is None


def test_an_unknown_digits_choice_is_an_input_error() -> None:
    with pytest.raises(broadsheet.ArticleError, match="/site/digits"):
        page("fa", "roman")
