"""Does a pull quote repeat the body? Only one that does may be hidden from screen readers."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: An elision inside a pull quote: the parts either side are quoted separately.
_ELISION = re.compile(r"\s*(?:\[…\]|\[\.\.\.\]|…|\.\.\.)\s*")
_NOT_WORD = re.compile(r"[\W_]+")


def words(text: str) -> str:
    """``text`` as lower-case words separated by single spaces, punctuation removed."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


class Body:
    """The words of the body, to look quotations up in."""

    def __init__(self, texts: Iterable[str]) -> None:
        # Blocks are separated by a marker no word contains, so no quotation spans two.
        self._words = f" {' | '.join(words(text) for text in texts)} "

    def quotes(self, quotation: str) -> bool:
        """Whether every part of ``quotation`` (split at elisions) appears in the body."""
        parts = [words(part) for part in _ELISION.split(quotation)]
        parts = [part for part in parts if part]
        return bool(parts) and all(f" {part} " in self._words for part in parts)
