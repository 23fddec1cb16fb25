"""Interface strings and dates follow the article's language; Arabic and Persian are RTL."""

from __future__ import annotations

import calendar
import copy
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import broadsheet
from broadsheet.i18n import (
    SOURCE_LANGUAGE,
    available_languages,
    format_datetime_local,
    translations_for,
)
from broadsheet.model import parse_datetime
from tests.helpers import ARTICLE_FILES, SEED_PATH, parse_html, rendered_tree, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))
#: The languages Broadsheet must render (DESIGN.md); the tests run over every catalog found.
REQUIRED = {"ru", "be", "uk", "ar", "fa"}
LANGUAGES = [language for language in available_languages() if language != SOURCE_LANGUAGE]
POT = resources.files("broadsheet").joinpath("i18n/messages.pot")
#: Messages a language may write as English does (a name; punctuation Cyrillic shares).
SAME_IN_TRANSLATION = {"RFE/RL", "%(name)s, %(role)s"}
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def catalog_ids() -> list[str]:
    """The singular id of each message (a plural message's id is its two forms)."""
    with POT.open("rb") as handle:
        return [message.id if isinstance(message.id, str) else message.id[0]
                for message in read_po(handle) if message.id]


def plural_ids() -> list[tuple[str, str]]:
    with POT.open("rb") as handle:
        return [message.id for message in read_po(handle) if isinstance(message.id, tuple)]


def test_all_required_languages_have_catalogs() -> None:
    assert set(LANGUAGES) >= REQUIRED


def test_the_catalog_holds_exactly_the_messages_the_code_and_templates_use() -> None:
    package = Path(broadsheet.__file__).parent
    used = {message if isinstance(message, str) else message[0]
            for _, _, message, _, _ in extract_from_dir(
                package, [("**.py", "python"), ("**/templates/**.html", "jinja2")])}
    assert set(catalog_ids()) == used


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalog_translates_exactly_the_template_messages(language: str) -> None:
    po = resources.files("broadsheet").joinpath(
        f"i18n/locale/{language}/LC_MESSAGES/broadsheet.po")
    with po.open("rb") as handle:
        assert {message.id if isinstance(message.id, str) else message.id[0]
                for message in read_po(handle) if message.id} == set(catalog_ids())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_is_translated_with_its_placeholders(language: str) -> None:
    translations = translations_for(language)
    plurals = plural_ids()
    for message in set(catalog_ids()) - {singular for singular, _ in plurals}:
        translated = translations.gettext(message)
        assert translated != message or message in SAME_IN_TRANSLATION, f"{language}: {message!r}"
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(message))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_form_is_translated_and_keeps_no_other_placeholder(language: str) -> None:
    """Each form the language's plural rule picks for 0 to 199 is translated; a form may leave
    the number out (Arabic says "two new updates" in one word), never add a placeholder."""
    translations = translations_for(language)
    for singular, plural in plural_ids():
        allowed = set(PLACEHOLDER.findall(plural))
        for count in range(200):
            translated = translations.ngettext(singular, plural, count)
            assert translated not in (singular, plural), f"{language}: {singular!r} ({count})"
            assert set(PLACEHOLDER.findall(translated)) <= allowed


def render_in(language: str, **changes: object) -> object:
    article = copy.deepcopy(SEED)
    article["language"] = language
    article.update(changes)
    return parse_html(broadsheet.render(article).html)


@pytest.mark.parametrize(("language", "skip_text", "direction"), [
    ("en", "Skip to main content", "ltr"),
    ("ru", "Перейти к основному содержанию", "ltr"),
    ("ar", None, "rtl"),
    ("fa", None, "rtl"),
    ("uk", None, "ltr"),
    ("be", None, "ltr"),
])
def test_skip_link_is_localised_and_direction_follows_language(
        language: str, skip_text: str | None, direction: str) -> None:
    tree = render_in(language)
    assert tree.get("dir") == direction
    link = text_of(tree.xpath("//a[@href='#main']")[0])
    assert link == translations_for(language).gettext("Skip to main content")
    if skip_text:
        assert link == skip_text
    if language != "en":
        assert link != "Skip to main content"


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_is_translated_in_every_catalog(language: str) -> None:
    link = text_of(render_in(language).xpath("//a[@href='#main']")[0])
    assert link == translations_for(language).gettext("Skip to main content")
    assert link != "Skip to main content"


def test_unknown_language_falls_back_to_english() -> None:
    tree = render_in("sw")
    assert text_of(tree.xpath("//a[@href='#main']")[0]) == "Skip to main content"
    assert tree.get("lang") == "sw"


def test_catalogs_are_found_whatever_the_case_of_the_tag() -> None:
    assert text_of(render_in("RU-ru").xpath("//a[@href='#main']")[0]) == \
        translations_for("ru").gettext("Skip to main content")


def test_a_tag_is_never_a_file_name() -> None:
    """Found by Hypothesis: a 400-character tag used to reach the file system as a catalog
    path and fail with "File name too long"."""
    long_tag = "aa-" + "-".join(["00"] * 130) + "-0000"
    tree = render_in(long_tag)
    assert text_of(tree.xpath("//a[@href='#main']")[0]) == "Skip to main content"
    assert tree.get("lang") == long_tag


def test_direction_field_overrides_the_language() -> None:
    assert render_in("ar", direction="ltr").get("dir") == "ltr"


@pytest.mark.parametrize(("language", "month", "year"), [
    ("en", "September", "2021"), ("ru", "сентября", "2021"), ("be", "верасня", "2021"),
    ("uk", "вересня", "2021"), ("ar", "سبتمبر", "2021"), ("fa", "سپتامبر", "۲۰۲۱"),
])
def test_dates_are_written_in_the_article_language(language: str, month: str,
                                                   year: str) -> None:
    tree = render_in(language)
    time = tree.xpath("//header[contains(@class, 'article-header')]//time")[0]
    assert time.get("datetime") == "2021-09-30T15:45:00Z"
    assert month in text_of(time)
    assert year in text_of(time)


def test_dates_keep_the_offset_they_were_published_in() -> None:
    moment = parse_datetime("2021-09-30T23:30:00+03:00")
    assert "23:30" in format_datetime_local(moment, "ru")


ENGLISH = [path for path in ARTICLE_FILES if path.stem.startswith(("en-", "rferl-"))]


@pytest.mark.parametrize("path", ENGLISH, ids=lambda path: path.stem)
def test_every_date_on_an_english_page_is_written_in_the_pages_own_style(path: Path) -> None:
    """British pages write "22 January 2024", American ones "January 22, 2024": the dates
    Broadsheet writes and those in the author's own <time> elements alike, never both."""
    tree = rendered_tree(path)
    british = tree.get("lang") == "en-GB"
    dated = [(time.get("datetime"), text_of(time)) for time in tree.iter("time")
             if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", time.get("datetime", ""))
             and re.search(r"\d", text_of(time))  # not a weekday named alone ("Monday")
             # nor a time of day alone (a live post's "08:55": its day is the header's)
             and not re.fullmatch(r"\d{1,2}:\d\d(\s?[AP]M)?", text_of(time))]
    assert dated
    for value, text in dated:
        month, day = calendar.month_name[int(value[5:7])], str(int(value[8:10]))
        expected = f"{day} {month}" if british else f"{month} {day}"
        assert expected in text, (value, text)
