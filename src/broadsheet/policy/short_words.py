"""One-letter words kept with the word after them in a headline: in Russian, Ukrainian and
Belarusian typesetting a preposition or conjunction of one letter ("в", "с", "и", "у", "і",
"з", "ў") never ends a line ("вода в / Орске" left "в" at the end of the headline's first
line, round 50's review). The space after it becomes a no-break space; the words are each
language's, here, in one place (lower case; a capital at the start of a headline is the same
word)."""

from __future__ import annotations

import re
from functools import lru_cache

NBSP = "\u00a0"

#: Each language's one-letter prepositions, conjunctions and particles (and the pronoun "я").
SHORT_WORDS: dict[str, tuple[str, ...]] = {
    "ru": ("а", "в", "и", "к", "о", "с", "у", "я"),
    "uk": ("а", "в", "з", "й", "і", "о", "у", "я"),
    "be": ("а", "з", "і", "й", "к", "у", "ў", "с", "я"),
}


@lru_cache(maxsize=16)
def _rule(language: str) -> re.Pattern[str] | None:
    words = SHORT_WORDS.get(language.split("-")[0].casefold())
    if not words:
        return None
    # the word alone: at the start or after a space, a dash or an opening bracket or quote,
    # never inside a word ("Орск-а") or after a digit; then ordinary spaces before a word
    alternatives = "|".join(sorted(words))
    return re.compile(rf"(?<![\w\-\u2010\u2011.])((?:{alternatives}))[ \t]+(?=\S)",
                      re.IGNORECASE)


def bind_short_words(text: str, language: str) -> str:
    """``text`` with the space after each of the language's one-letter words made a no-break
    space (unchanged for a language without such words)."""
    rule = _rule(language)
    return text if rule is None else rule.sub(rf"\1{NBSP}", text)
