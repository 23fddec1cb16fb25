"""Numbers keep their units and signs on their line (policy/typography.py)."""

from __future__ import annotations

import re

import pytest
from babel.numbers import get_group_symbol
from hypothesis import given, settings
from hypothesis import strategies as st

import broadsheet
from broadsheet.i18n.vocabulary import vocabularies
from broadsheet.policy import typography
from broadsheet.policy.language import locale_for
from broadsheet.policy.sanitise import clean_inline
from broadsheet.policy.typography import NARROW_NBSP, NBSP, bind, bind_html
from tests.helpers import parse_html
from tests.render.test_explainer_blocks import render

N = NBSP


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the examples
    ("en", "№ 24, 10 km, 5 % and £1,200 m", f"№{N}24, 10{N}km, 5{N}% and £1,200{N}m"),
    # units are whole words, any case; a word that only starts like one is left alone
    ("en-GB", "96 metres at 90 MPH past 10 milestones", f"96{N}metres at 90{N}MPH past 10 milestones"),
    ("en", "In 2024 the bridge closed", "In 2024 the bridge closed"),
    ("en", "No. 10 and 2 per cent", f"No.{N}10 and 2{N}per cent"),
    # Russian writes its thousands with a space (CLDR's group symbol), English with a comma
    ("ru", "школа № 2: 1 378 книг, 80 сантиметров, 5 млн", f"школа №{N}2: 1{N}378 книг, 80{N}сантиметров, 5{N}млн"),
    ("en", "between 1 200 and 300", "between 1 200 and 300"),
    ("uk", "мінус 5 °C, 12 ГВт", f"мінус 5{N}°C, 12{N}ГВт"),
    # Arabic-script digits and units
    ("fa", "۴۰ درصد و ۱۰ هزار", f"۴۰{N}درصد و ۱۰{N}هزار"),
    ("ar", "12 في المئة", f"12{N}في المئة"),
    # French sets the narrow no-break space
    ("fr", "5 %", f"5{NARROW_NBSP}%"),
    ("en", "no digits at all", "no digits at all"),
    # a date's words: its day, month (the language's names, CLDR's, in any form) and year
    ("en", "a meeting on 14 March.", f"a meeting on 14{N}March."),
    ("en-US", "on March 14, 2024 and 4 Mar 2024", f"on March{N}14, 2024 and 4{N}Mar{N}2024"),
    ("ru", "23 апреля отмечается; 8 мар. 2024", f"23{N}апреля отмечается; 8{N}мар.{N}2024"),
    ("fa", "۱۴ فوریه ۲۰۲۴", f"۱۴{N}فوریه{N}۲۰۲۴"),
    ("ar", "حتى 12 مارس", f"حتى 12{N}مارس"),
    # a month's name is matched as written, a whole word: "may" the verb, "Marching" stay
    ("en", "3 may go; Marching 14 men; Mayday 5", "3 may go; Marching 14 men; Mayday 5"),
])
def test_a_number_and_its_unit_or_sign_are_bound(language: str, text: str, expected: str) -> None:
    assert bind(text, language) == expected


def test_only_text_is_changed_never_markup_or_urls() -> None:
    cleaned = clean_inline('<a href="https://x.example/a%2010%20km?q=5 km" lang="en">10 km</a>'
                        " and <abbr title=\"5 km\">5 km</abbr>").html
    html = str(cleaned)
    bound = bind_html(html, "en")
    assert bound == html.replace(">10 km<", f">10{N}km<").replace(">5 km<", f">5{N}km<")


def test_paragraphs_captions_and_headings_are_bound_after_sanitising() -> None:
    result = render({"type": "heading", "level": 2, "text": "A 10 km detour"},
                    {"type": "paragraph", "text": "Costs rose <em>5 %</em> to £1,200 m."},
                    {"type": "image", "src": "https://example.org/a.jpg", "alt": "A bridge",
                     "width": 600, "height": 400, "caption": "Pier № 4 at 6 m depth"})
    html = result.html
    assert f"A 10{N}km detour</h2>" in html
    assert f"<em>5{N}%</em> to £1,200{N}m." in html
    assert f"Pier №{N}4 at 6{N}m depth" in html
    assert not any(f.rule.startswith("render-inline") for f in result.findings)


@pytest.mark.parametrize(("text", "bound"), [
    ("until 15:00 GMT.", f"until 15:00{N}GMT."), ("at 9 UTC", f"at 9{N}UTC"),
    ("14:30 CEST, 15:30 EEST", f"14:30{N}CEST, 15:30{N}EEST"),
    ("the GMT time", "the GMT time"), ("3 est", "3 est"), ("12 ESTATES", "12 ESTATES")])
def test_a_time_keeps_its_zone(text: str, bound: str) -> None:
    """A time and the zone after it (in capitals) share a line: a breaking banner ended with
    "GMT." alone on its last line (issue 17)."""
    assert typography.bind(text, "en") == bound


def test_the_headline_is_bound() -> None:
    data = broadsheet.load_article("fixtures/articles/fa-podcast-inflation-audio.json")
    assert data.headline.endswith("۴۰ درصد")
    html = broadsheet.render("fixtures/articles/fa-podcast-inflation-audio.json").html
    assert f"۴۰{N}درصد</h1>" in html


def _plain_rules(language: str) -> tuple[re.Pattern[str], str]:
    """The rule as first written (before the render-speed work of issue 19): a space run
    after a digit before a unit or three digits (where the language groups with a space),
    or after a sign before a digit. The shipped pattern is faster and must agree with it."""
    vocabulary = vocabularies().get(language.split("-")[0])
    units = sorted({*typography._SYMBOLS, *(vocabulary.number_units if vocabulary else ())},
                   key=len, reverse=True)
    unit = rf"(?<=\d)[ \t]+(?=(?:{'|'.join(map(re.escape, units))})(?![^\W_]))"
    zones = "|".join(sorted(typography._ZONES, key=len, reverse=True))
    zone = rf"(?<=\d)[ \t]+(?=(?-i:{zones})(?![^\W_]))"
    sign = "|".join(rf"(?<={re.escape(s)})[ \t]+(?=\d)" for s in typography._SIGNS)
    locale = locale_for(language)
    group = [r"(?<=\d)[ \t]+(?=\d{3}(?!\d))"] if locale and get_group_symbol(locale).isspace() \
        else []
    space = NARROW_NBSP if language.split("-")[0] == "fr" else NBSP
    return re.compile("|".join((unit, zone, sign, *group)), re.IGNORECASE), space


_BEFORE = ["1", "0", "٣", "²", "a", "X", ".", "_", "№", "§", "¶", "No.", "nos.", "NO.", "é", "</b>"]
_SPACES = ["", " ", "  ", "\t", " \t", NBSP]
_AFTER = ["1", "9", "200", "1378", "٣", "²", "a", "%", "°C", "km", "KM", "per cent", "млн",
          "ГВт", "درصد", "kilometres", "kmh", "<b>", "GMT", "gmt", "UTC.", "ESTs", "est"]


@settings(max_examples=400, deadline=None)
@given(language=st.sampled_from(["en", "en-GB", "fr", "ru", "uk", "fa", "ar", "de", "xx"]),
       pieces=st.lists(st.tuples(st.sampled_from(_BEFORE), st.sampled_from(_SPACES),
                                 st.sampled_from(_AFTER)), max_size=6))
def test_the_fast_pattern_binds_what_the_plain_rule_binds(
        language: str, pieces: list[tuple[str, str, str]]) -> None:
    text = "".join("".join(piece) for piece in pieces)
    pattern, space = _plain_rules(language)
    assert bind(text, language) == pattern.sub(space, text)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the space before a spaced dash does not break: " —" never starts a line
    ("ru", "Орск — город на Урале", f"Орск{N}— город на Урале"),
    ("be", "Мінск – сталіца", f"Мінск{N}– сталіца"),
    ("uk-UA", "Київ  — столиця, 5 км", f"Київ{N}— столиця, 5{N}км"),
    # a dialogue dash opening the text has no word before it; the second one has
    ("ru", "— Да, — сказал он.", f"— Да,{N}— сказал он."),
    # an unspaced dash (a range) is bound to its end by a word joiner, a hyphen left alone
    ("ru", "1–2 года, северо-запад", "1–\u20602 года, северо-запад"),
    # languages without the rule keep their spaces
    ("en", "Orsk — a city", "Orsk — a city"),
    ("fa", "اورسک — شهری", "اورسک — شهری"),
])
def test_a_spaced_dash_stays_on_the_line_of_the_word_before(
        language: str, text: str, expected: str) -> None:
    assert bind(text, language) == expected
    assert bind_html(text, language) == expected


def test_a_dash_after_inline_markup_is_bound_but_never_inside_a_tag_or_after_a_break() -> None:
    html = str(clean_inline('<em>Орск</em> — город <abbr title="а — б">РФ</abbr><br> — да').html)
    assert bind_html(html, "ru") == html.replace("</em> —", f"</em>{N}—")


def test_a_russian_paragraph_and_page_render_with_the_dash_bound() -> None:
    html = render({"type": "paragraph", "text": "Вода ушла — <em>город</em> — остался."},
                  language="ru").html
    assert f"Вода ушла{N}— <em>город</em>{N}— остался." in html
    page = parse_html(broadsheet.render("fixtures/articles/ru-flood-gallery.json").html)
    texts = [text for text in page.find("body").itertext() if "—" in text]
    assert texts
    assert not [text for text in texts if re.search(r"\S[ \t]+—", text)], texts


@pytest.mark.parametrize("language", ["en", "uk", "fa", "fr"])
def test_a_range_of_numbers_never_breaks_after_its_dash(language: str) -> None:
    """"2021–2022" keeps on one line (a word joiner after the dash: a table's heading
    wrapped to "2021–" over "2022" at 375 px); a dash between words, or already joined,
    is left as it is."""
    assert bind("2021–2022", language) == "2021–\u20602022"
    assert bind_html("<b>2019–2023</b>, a–b", language) == "<b>2019–\u20602023</b>, a–b"
    assert bind(bind("2021–2022", language), language) == "2021–\u20602022"
