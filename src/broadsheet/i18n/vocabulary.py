"""Each language's words for the alt text, link text and typography policies, read once from
``locale/<lang>/vocabulary.toml`` beside the language's catalog.

A language is one folder: its catalog (``LC_MESSAGES/broadsheet.po``, for the pages we render)
and its vocabulary (for the pages we render and the pages we check). A folder with only a
vocabulary is a language whose pages are checked but not rendered. Every key is a list of
strings; all matching ignores case.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

FILE_NAME = "vocabulary.toml"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One language's words and phrases (each list may be empty)."""

    language: str
    #: Words that say "there is an image here" and nothing more ("photo", "фото").
    placeholder_words: tuple[str, ...] = ()
    #: Articles that may open a redundant phrase ("a", "an").
    articles: tuple[str, ...] = ()
    #: Phrases opening alt text that screen readers make redundant ("image of").
    redundant_phrases: tuple[str, ...] = ()
    #: Words that open alt text before a colon or dash, as redundant ("фото:").
    redundant_labels: tuple[str, ...] = ()
    #: Words that open a bracketed credit in a caption ("(photo: AP)").
    credit_words: tuple[str, ...] = ()
    #: Labels of a credit that ends a caption ("фото: Иван Петров").
    credit_labels: tuple[str, ...] = ()
    #: Words and what joins them to a name in a credit line ("photo by", "image:").
    credit_byline_words: tuple[str, ...] = ()
    credit_byline_joiners: tuple[str, ...] = ()
    #: Link text that says nothing about where the link goes ("read more").
    generic_link_text: tuple[str, ...] = ()
    #: Units and counted words that follow a number and stay on its line ("km", "млн").
    number_units: tuple[str, ...] = ()
    #: Dashes that stay on the line of the word before them: the space before a spaced
    #: dash becomes a no-break space, so a line never starts with " —" (Cyrillic typography).
    bound_dashes: tuple[str, ...] = ()


KEYS = tuple(field.name for field in fields(Vocabulary) if field.name != "language")


@lru_cache(maxsize=1)
def vocabularies() -> dict[str, Vocabulary]:
    """Every shipped language's vocabulary, by folder name, in name order."""
    root = resources.files("broadsheet").joinpath("i18n/locale")
    found: dict[str, Vocabulary] = {}
    for folder in sorted(root.iterdir(), key=lambda entry: entry.name):
        file = folder.joinpath(FILE_NAME)
        if file.is_file():
            found[folder.name] = parse_vocabulary(
                folder.name, file.read_text(encoding="utf-8"),
                place=f"i18n/locale/{folder.name}/{FILE_NAME}")
    return found


def parse_vocabulary(language: str, text: str, *, place: str) -> Vocabulary:
    """A vocabulary file's content; a ``ValueError`` naming ``place`` if it is malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{place}: {error}") from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ValueError(f"{place}: unknown keys {unknown}; known: {', '.join(KEYS)}")
    for key, value in data.items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            raise ValueError(f"{place}: {key} must be a list of non-empty strings")
    return Vocabulary(language, **{key: tuple(value) for key, value in data.items()})


def every(key: str) -> tuple[str, ...]:
    """One key's entries over every language, duplicates dropped, in language order."""
    if key not in KEYS:
        raise KeyError(key)
    words = (word for vocabulary in vocabularies().values()
             for word in getattr(vocabulary, key))
    return tuple(dict.fromkeys(words))
