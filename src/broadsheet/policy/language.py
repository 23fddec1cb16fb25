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
#: locale ~4 MB a process; this file is 40 KB. Rewrite it with
#: ``python -m broadsheet.policy.language`` after a ``language-tags`` update (a test
#: compares the two).
SUBTAGS_FILE = "language-subtags.txt"


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
                                       or primary in registered_languages())


@lru_cache(maxsize=1)
def _shipped() -> tuple[str, frozenset[str]]:
    from importlib import resources

    text = resources.files(__package__).joinpath(SUBTAGS_FILE).read_text(encoding="ascii")
    header, _, body = text.partition("\n")
    return header.removeprefix("File-Date: "), frozenset(body.split())


def registered_languages() -> frozenset[str]:
    """Every ``Type: language`` subtag of the IANA Language Subtag Registry (ranges such as
    ``qaa..qtz`` left out), lower-cased. ``eng`` is not one: a language with a two-letter
    subtag is registered only under it."""
    return _shipped()[1]


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
