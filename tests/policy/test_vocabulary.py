"""Each language's folder holds its vocabulary beside its catalog; every word of every
language found does what its key says, in the renderer's and the checker's policies."""

from __future__ import annotations

import pytest

from broadsheet.i18n import available_languages
from broadsheet.i18n.vocabulary import Vocabulary, parse_vocabulary, vocabularies
from broadsheet.policy.alt import (
    placeholder_reason,
    redundant_phrase,
    strip_credits,
    without_redundant_phrase,
)
from broadsheet.policy.link_text import is_generic_link_text

LANGUAGES = list(vocabularies().values())


def _id(vocabulary: Vocabulary) -> str:
    return vocabulary.language


def test_every_language_with_a_catalog_has_a_vocabulary() -> None:
    assert set(available_languages()) <= set(vocabularies())


@pytest.mark.parametrize("language", LANGUAGES, ids=_id)
def test_placeholder_words_are_placeholders(language: Vocabulary) -> None:
    for word in language.placeholder_words:
        assert placeholder_reason(word.upper()) == "a placeholder", word
        assert placeholder_reason(f"{word} 16x9") == "a placeholder", word
        assert placeholder_reason(f"{word} Kherson flooded street") is None, word


@pytest.mark.parametrize("language", LANGUAGES, ids=_id)
def test_redundant_phrases_and_labels_open_alt_text(language: Vocabulary) -> None:
    for phrase in language.redundant_phrases:
        for article in ("", *language.articles):
            opening = f"{article} {phrase}".strip()
            assert redundant_phrase(f"{opening.title()} a flooded street") == opening.title()
            assert without_redundant_phrase(f"{opening} a flooded street") == "a flooded street"
        assert redundant_phrase(f"A flooded street, {phrase} Kherson") is None
    for label in language.redundant_labels:
        assert redundant_phrase(f"{label}: Kherson") == f"{label}:"
        assert without_redundant_phrase(f"{label} — Kherson") == "Kherson"


@pytest.mark.parametrize("language", LANGUAGES, ids=_id)
def test_credits_are_stripped_from_captions(language: Vocabulary) -> None:
    for word in language.credit_words:
        assert strip_credits(f"Flooded street ({word}: Ivan Petrov)") == "Flooded street"
    for label in language.credit_labels:
        assert strip_credits(f"Flooded street. {label} Ivan Petrov") == "Flooded street."
    for word in language.credit_byline_words:
        for joiner in language.credit_byline_joiners:
            assert strip_credits(f"Flooded street. {word} {joiner} Ivan Petrov") == \
                "Flooded street.", (word, joiner)


@pytest.mark.parametrize("language", LANGUAGES, ids=_id)
def test_generic_link_text_is_generic(language: Vocabulary) -> None:
    for phrase in language.generic_link_text:
        assert is_generic_link_text(f" {phrase.upper()}! "), phrase
        assert not is_generic_link_text(f"{phrase} about the floods in Kherson"), phrase


@pytest.mark.parametrize("text", ["Cliquez ici", "Click here", "Hier klicken", "Haga clic aquí",
                                  "Нажмите здесь"])
def test_click_here_is_generic_in_each_language_that_says_it(text: str) -> None:
    # A blind QA trial (round 50): "Lire la suite" was caught, "Cliquez ici" was not.
    assert is_generic_link_text(text)


@pytest.mark.parametrize(("text", "message"), [
    ("placeholder_words = ['photo']\nplaceholders = ['x']", "unknown keys ['placeholders']"),
    ("generic_link_text = 'more'", "generic_link_text must be a list of non-empty strings"),
    ("generic_link_text = ['more', '']", "must be a list of non-empty strings"),
    ("generic_link_text = [", "xx/vocabulary.toml: "),
])
def test_malformed_vocabulary_is_refused_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_vocabulary("xx", text, place="xx/vocabulary.toml")
