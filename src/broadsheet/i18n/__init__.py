"""Interface strings and dates in the article's language.

Translations are gettext catalogs (``locale/<lang>/LC_MESSAGES/broadsheet.po``) read with
Babel; a language without a catalog falls back to English, the source language. The same
folder holds the language's vocabulary (:mod:`broadsheet.i18n.vocabulary`).
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources

from babel import Locale
from babel.dates import DateTimePattern, get_date_format, get_time_format, parse_pattern
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from broadsheet.policy.language import locale_for, primary_subtag

DOMAIN = "broadsheet"
SOURCE_LANGUAGE = "en"


def available_languages() -> list[str]:
    """Languages with a catalog, plus the source language."""
    return sorted({SOURCE_LANGUAGE, *_catalogs()})


@lru_cache(maxsize=1)
def _catalogs() -> dict[str, str]:
    """Folder of each shipped catalog, by its lower-cased name (``be_latn`` -> ``be_Latn``)."""
    root = resources.files("broadsheet").joinpath("i18n/locale")
    return {entry.name.lower(): entry.name for entry in root.iterdir()
            if entry.joinpath(f"LC_MESSAGES/{DOMAIN}.po").is_file()}


@lru_cache(maxsize=64)
def translations_for(language: str) -> gettext.NullTranslations:
    """The catalog for a BCP 47 tag (``be-Latn`` tries ``be_Latn`` then ``be``), else English.

    Tags are matched against the catalogs shipped, never turned into paths: article data
    chooses the language, and a tag is no file name.
    """
    parts = language.replace("_", "-").lower().split("-")
    candidates = ["_".join(parts[:n]) for n in range(len(parts), 0, -1)]
    catalogs = _catalogs()
    for candidate in candidates:
        if candidate in catalogs:
            name = catalogs[candidate]
            po = resources.files("broadsheet").joinpath(
                f"i18n/locale/{name}/LC_MESSAGES/{DOMAIN}.po")
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=name, domain=DOMAIN)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)
            buffer.seek(0)
            return gettext.GNUTranslations(buffer)
    return gettext.NullTranslations()


class Translator:
    """``_()`` for templates: gettext plus ``%(name)s`` interpolation."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translations = translations_for(language)

    def __call__(self, message: str, **values: object) -> str:
        text = self._translations.gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The form of a message for ``count`` under the language's plural rules (the
        catalog's ``Plural-Forms``), with ``%(name)s`` values filled in."""
        text = self._translations.ngettext(singular, plural, count)
        return text % values if values else text

    def join(self, items: list[str]) -> str:
        """``items`` as one list in the language ("A, B and C"; "A، B و C" in Persian):
        CLDR's list patterns (Babel)."""
        return format_list(items, locale=_date_style(self.language).locale)


@dataclass(frozen=True, slots=True)
class _DateStyle:
    """A language's long date, short time and how it joins them (parsed once)."""

    locale: Locale
    date: DateTimePattern
    time: DateTimePattern
    joined: str


@lru_cache(maxsize=64)
def _date_style(language: str) -> _DateStyle:
    locale = locale_for(language) or locale_for(SOURCE_LANGUAGE)
    assert locale is not None
    return _DateStyle(
        locale=locale,
        date=parse_pattern(get_date_format("long", locale=locale)),
        time=parse_pattern(get_time_format("short", locale=locale)),
        joined=str(locale.datetime_formats["long"]).replace("'", ""),
    )


def format_datetime_local(moment: datetime, language: str) -> str:
    """A date and time as people of ``language`` write it, in the moment's own offset."""
    style = _date_style(language)
    date = style.date.apply(moment, style.locale)
    if moment.tzinfo is None and moment.hour == moment.minute == 0:
        return date
    time = style.time.apply(moment, style.locale, reference_date=moment.date())
    return style.joined.replace("{1}", date).replace("{0}", time)


def format_time_local(moment: datetime, language: str) -> str:
    """The time of day alone, as people of ``language`` write it (CLDR's short time: 21:05
    in ``en-GB``, 9:05 PM in ``en`` and ``en-US``), in the moment's own offset."""
    style = _date_style(language)
    return style.time.apply(moment, style.locale, reference_date=moment.date())


def format_date_local(moment: datetime, language: str) -> str:
    """A date alone, as people of ``language`` write it."""
    style = _date_style(language)
    return style.date.apply(moment, style.locale)


__all__ = ["Translator", "available_languages", "format_date_local", "format_datetime_local",
           "format_time_local", "primary_subtag", "translations_for"]
