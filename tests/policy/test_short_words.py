"""One-letter words kept with the next word in Russian, Ukrainian and Belarusian headlines
(round 50's review: "вода в / Орске")."""

from __future__ import annotations

import pytest

from broadsheet.policy.short_words import NBSP, SHORT_WORDS, bind_short_words
from tests.helpers import ARTICLES, rendered


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "вода в Орске", f"вода в{NBSP}Орске"),
    ("ru-RU", "В Орске и Орь", f"В{NBSP}Орске и{NBSP}Орь"),
    ("ru", "с 8 апреля", f"с{NBSP}8 апреля"),
    ("uk", "Ціни і тарифи з квітня", f"Ціни і{NBSP}тарифи з{NBSP}квітня"),
    ("be", "Суд ў Мінску і Гродне", f"Суд ў{NBSP}Мінску і{NBSP}Гродне"),
])
def test_a_one_letter_word_keeps_with_the_next(language: str, text: str, expected: str) -> None:
    assert bind_short_words(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Орск-а б"),        # a letter inside a hyphenated word is no word of its own
    ("ru", "т. е. так"),       # an abbreviation's letter, followed by its full stop
    ("ru", "слово в"),         # nothing after it to keep it with
    ("ru", "«в» и"),           # quoted, not followed by a space
    ("en", "National Eisteddfod: a week"),  # a language without the rule
    ("fa", "و آب"),
])
def test_nothing_else_changes(language: str, text: str) -> None:
    assert bind_short_words(text, language) == text


def test_every_language_lists_single_letters() -> None:
    for words in SHORT_WORDS.values():
        assert all(len(word) == 1 and word == word.lower() for word in words)


def test_the_headline_keeps_its_preposition_with_the_next_word() -> None:
    """In the rendered page, the h1 of the Russian photo essay."""
    html = rendered(ARTICLES / "ru-flood-gallery.json").html
    h1 = html[html.index("<h1"):html.index("</h1>")]
    assert f"вода в{NBSP}Орске" in h1 or "вода в&nbsp;Орске" in h1, h1
