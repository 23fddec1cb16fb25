"""BCP 47 language tags: is the primary subtag a known language? (Babel's CLDR data.)"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

_EXTRA = frozenset({"zh", "mul", "und", "zxx", "mis"})


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """Primary language subtags CLDR knows (ISO 639-1 and 639-2/3 where no 2-letter code)."""
    codes = {str(code).split("_")[0].lower() for code in Locale("en").languages}
    return frozenset(codes | _EXTRA)


def primary_subtag(tag: str) -> str:
    return tag.strip().split("-")[0].lower()


def is_valid_tag(tag: str) -> bool:
    """A language tag whose primary subtag is a known language (or private use ``qaa-qtz``)."""
    primary = primary_subtag(tag)
    if not primary.isascii() or not primary.isalpha():
        return False
    if len(primary) == 3 and "qaa" <= primary <= "qtz":
        return True
    return 2 <= len(primary) <= 3 and primary in known_languages()
