"""Heading levels: the headline is the one ``h1``; body levels never skip.

Headings keep the structure the author meant: siblings stay siblings and a heading
nests one level below the nearest earlier heading the author put above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LevelChange:
    """A requested heading level and the level it is rendered at."""

    requested: int
    rendered: int


def normalise_levels(requested: Iterable[int], *, top: int = 1) -> Iterator[LevelChange]:
    """Rendered levels for body headings below an ``h{top}``: each heading sits one level
    below the nearest earlier heading with a smaller requested level."""
    open_sections: list[LevelChange] = []
    for level in requested:
        while open_sections and open_sections[-1].requested >= level:
            open_sections.pop()
        parent = open_sections[-1].rendered if open_sections else top
        change = LevelChange(level, min(parent + 1, 6))
        open_sections.append(change)
        yield change


_WORD = re.compile(r"[^\W\d_]+")  # letters only: ZWNJ, hyphens and digits split words
_STEM = 4  # words agreeing in their first four letters are taken as one word's forms


def _words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text.casefold()) if len(word) >= 3]


def _same_word(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    return long.startswith(short) if len(short) < _STEM else long[:_STEM] == short[:_STEM]


def repeats(title: str, heading: str) -> bool:
    """Whether a block's ``title`` says again what the ``heading`` just before it said: every
    word of the title (three letters or more) is one of the heading's words or their forms
    ("Questions" after "Your questions answered"). A title with a word of its own is kept:
    leaving it out would lose what the author wrote ("Орск после прорыва дамбы" under "Город
    после прорыва дамбы" names the town; a review read the dropped title as data loss)."""
    mine, theirs = _words(title), _words(heading)
    if not mine:
        return title.casefold().strip() == heading.casefold().strip()
    return all(any(_same_word(word, other) for other in theirs) for word in mine)
