"""Language and direction: ``dir`` follows from the language unless the article says otherwise."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

_SPECIAL_LANGUAGES = frozenset({"zh", "mul", "und", "zxx", "mis"})

RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"})


@lru_cache(maxsize=256)
def locale_for(language: str) -> Locale | None:
    """The Babel locale of a BCP 47 tag, or ``None`` when CLDR does not know it."""
    try:
        return Locale.parse(language, sep="-")
    except (UnknownLocaleError, ValueError):
        primary = language.split("-")[0]
        if primary != language:
            return locale_for(primary)
        return None


@lru_cache(maxsize=256)
def direction_of(language: str) -> str:
    """``rtl`` or ``ltr`` for a BCP 47 tag, from its script subtag or CLDR's character order."""
    for subtag in language.split("-")[1:]:
        if len(subtag) == 4:
            return "rtl" if subtag.title() in RTL_SCRIPTS else "ltr"
    locale = locale_for(language)
    if locale is not None and locale.character_order == "right-to-left":
        return "rtl"
    return "ltr"


@lru_cache(maxsize=256)
def script_of(language: str) -> str | None:
    """The ISO 15924 script of a BCP 47 tag: its script subtag, else CLDR's likely script
    for the language (``Cyrl`` for ``ru``, ``Arab`` for ``fa``); ``None`` when unknown."""
    for subtag in language.split("-")[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            return subtag.title()
    likely = get_global("likely_subtags")
    found: str | None = likely.get(primary_subtag(language))
    parts = found.split("_") if found else []
    return parts[1] if len(parts) > 1 and len(parts[1]) == 4 else None


def primary_subtag(language: str) -> str:
    """The language subtag, lower-cased (``pt`` for ``pt-BR``)."""
    return language.strip().split("-")[0].lower()


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two tags name the same language, ignoring region and case."""
    return a is not None and b is not None and a.lower() == b.lower()


#: The registry's language subtags as shipped (one per line after a ``File-Date`` header):
#: the ``language-tags`` package's copy of the IANA registry, reduced to the one set the
#: checker needs. Loading that package's whole registry costs ~9 MB and CLDR's English
#: locale ~4 MB a process; this file is 33 KB, and held as a 5.7 KB bitset (a set of its
#: 8,262 strings was 0.95 MB). Rewrite it with ``python -m broadsheet.policy.language``
#: after a ``language-tags`` update (a test compares the two).
SUBTAGS_FILE = "language-subtags.txt"

#: Bits in the lookup: a two- or three-letter code read as a base-36 numeral (``a`` = 10 …
#: ``z`` = 35) is below 36 ** 3, two-letter codes below 36 ** 2, so no two codes share a bit.
_BITS = 36 ** 3


def is_known_language(tag: str) -> bool:
    """A tag whose primary subtag is a registered language (the IANA Language Subtag
    Registry: ``cmn``, ``sgn``, every ISO 639-3 code; CLDR's languages are all in it), a
    special code (``und``, ``zxx``, ``mul``, ``mis``) or private use ``qaa``–``qtz``. As
    ACT's "valid language tag", other subtags are not judged."""
    primary = primary_subtag(tag.strip())
    if not primary.isascii() or not primary.isalpha():
        return False
    if len(primary) == 3 and "qaa" <= primary <= "qtz":
        return True
    return 2 <= len(primary) <= 3 and (primary in _SPECIAL_LANGUAGES
                                       or is_registered_language(primary))


@lru_cache(maxsize=1)
def _shipped() -> tuple[str, bytes]:
    """The registry's ``File-Date`` and its subtags as a bitset (bit ``int(code, 36)``)."""
    import re
    from importlib import resources

    data = resources.files(__package__).joinpath(SUBTAGS_FILE).read_bytes()
    header, _, body = data.partition(b"\n")
    bits = bytearray(_BITS // 8 + 1)
    for match in re.finditer(rb"[a-z]+", body):  # one code alive at a time, not a list
        index = int(match[0], 36)
        bits[index >> 3] |= 1 << (index & 7)
    return header.decode("ascii").removeprefix("File-Date: "), bytes(bits)


def is_registered_language(code: str) -> bool:
    """Whether a code of two or three ASCII letters (any case) is a ``Type: language``
    subtag of the IANA Language Subtag Registry (ranges such as ``qaa..qtz`` left out).
    ``eng`` is not one: a language with a two-letter subtag is registered only under it."""
    if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
        return False
    index = int(code, 36)
    return bool(_shipped()[1][index >> 3] >> (index & 7) & 1)


def registry_date() -> str:
    """The ``File-Date`` of the registry copy shipped."""
    return _shipped()[0]


def registry_text() -> str:
    """The shipped file's text, made from the ``language-tags`` package's registry (File-Date
    2024-05-16 in 1.3.2: it knows ``isv``, which langcodes' older copy did not)."""
    from language_tags import data

    meta: dict[str, str] = data.get("meta")
    subtags: dict[str, int] = data.get("language")
    codes = sorted({subtag.lower() for subtag in subtags if ".." not in subtag})
    return f"File-Date: {meta['File-Date']}\n" + "\n".join(codes) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    from broadsheet.output import atomic_write

    atomic_write(Path(__file__).with_name(SUBTAGS_FILE), registry_text())
