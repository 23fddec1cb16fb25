"""No-break spaces where a line must not split: a number and its unit or sign ("10 km",
"5 %", "£1,200 m", "№ 24"), a time and its zone ("15:00 GMT"), the groups of a number
written with spaces ("1 378"), and, in languages whose typography wants it
(``bound_dashes``: Russian, Belarusian, Ukrainian), a spaced dash and the word before it
(" —" never starts a line); a date's day, month and year ("14 March 2024", "14 марта",
"March 14", "۱۴ فوریه": the language's month names, CLDR's, as written, in any of its
forms); and a range of numbers is never split after its dash ("2021–2022": a word joiner,
U+2060, follows the en dash between two digits, in every language: a table's heading
wrapped to "2021–" over "2022" at 375 px; the heading of a column of figures may still
break there, :func:`release_ranges`, where the table cannot fit otherwise). (A design
review at 7/10 saw "on 14" end a line over "March.", issue 17.)

The space written between them becomes the language's no-break space (U+00A0; the narrow
U+202F where the language's typography sets it, French). Units are each language's
``number_units`` (``i18n/locale/<lang>/vocabulary.toml``) and the symbols below; whether a
space groups digits is CLDR's group symbol for the language. Only text is changed, never
markup or attribute values (a URL keeps its spaces and digits as written).
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel.dates import get_month_names
from babel.numbers import get_group_symbol

from broadsheet.i18n.vocabulary import vocabularies
from broadsheet.policy.language import locale_for

NBSP, NARROW_NBSP = "\u00a0", "\u202f"
#: An en dash between two digits (a range, "2021–2022"), and what it becomes: the dash and a
#: word joiner, so no line breaks after it.
_RANGE = re.compile(r"(?<=\d)\u2013(?=\d)")
RANGE_DASH = "\u2013\u2060"
#: Languages whose typography wants the narrow no-break space between number and unit.
_NARROW = frozenset({"fr"})
#: Symbols that follow a number in every language.
_SYMBOLS = ("%", "‰", "°", "°C", "°F", "€", "₽", "₴", "$", "£", "٪")
#: Time zones that follow a time in every language ("until 15:00 GMT.": a breaking banner
#: ended with "GMT." alone on its last line).
_ZONES = ("GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IRST",
          "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT")
#: Signs that come before a number: numero, section, paragraph.
_SIGNS = ("№", "§", "¶", "No.", "Nos.")
_BLANK = "[ \t]"
#: A tag of serialised HTML (nh3's output quotes every attribute value with ``"``).
_TAG = re.compile(r'(<(?:[^>"]|"[^"]*")*>)')
#: A decimal digit, as ``\d`` in every alternative of :func:`_rules`' pattern: text with
#: none has nothing to bind (one search in C, not a Python test per character).
_DIGIT = re.compile(r"\d")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=64)
def _months(language: str) -> str:
    """The language's month names as a case-sensitive alternative ("March", "Mar",
    "марта", "март", "мар."): CLDR's wide and abbreviated, in dates and alone (``""``
    when CLDR does not know the language)."""
    locale = locale_for(language)
    if locale is None:
        return ""
    names = {name for width in ("wide", "abbreviated") for context in ("format", "stand-alone")
             for name in get_month_names(width, context, locale).values()}
    return f"(?-i:{_alternatives(tuple(names))})"


@lru_cache(maxsize=64)
def _month_rule(language: str) -> re.Pattern[str] | None:
    """The spaces after a month's name followed by a number ("March 14", "марта 2024")."""
    months = _months(language)
    if not months:
        return None
    return re.compile(rf"(?<![^\W\d_])({months}){_BLANK}+(?=\d)")


@lru_cache(maxsize=64)
def _rules(language: str) -> tuple[re.Pattern[str], str]:
    """The pattern of one language's spaces that must not break, and its no-break space.

    Every alternative starts with the space itself and looks behind it for the digit or
    sign (one lookbehind per sign: they have a fixed width), so the regex engine skips to
    the next space or tab instead of trying each alternative at every character.
    """
    primary = language.split("-")[0].casefold()
    vocabulary = vocabularies().get(primary)
    units = (*_SYMBOLS, *(vocabulary.number_units if vocabulary else ()))
    # a zone in capitals only (French "3 est" is "3 is")
    zone = f"(?-i:{_alternatives(_ZONES)})"
    months = _months(language)
    unit = (rf"(?<=\d{_BLANK}){_BLANK}*(?=(?:{_alternatives(units)}|{zone}"
            rf"{'|' + months if months else ''})(?![^\W_]))")
    locale = locale_for(language)
    groups = bool(locale) and get_group_symbol(locale).isspace()
    space = NARROW_NBSP if primary in _NARROW else NBSP
    group = rf"(?<=\d{_BLANK}){_BLANK}*(?=\d{{3}}(?!\d))"
    sign = "|".join(rf"(?<={re.escape(sign)}{_BLANK}){_BLANK}*(?=\d)" for sign in _SIGNS)
    pattern = "|".join((unit, sign, *((group,) if groups else ())))
    # Before the space, every alternative has a digit or the last character of a sign.
    before = "".join(sorted({"\\d", *(re.escape(sign[-1]) for sign in _SIGNS)}))
    return re.compile(f"{_BLANK}(?<=[{before}]{_BLANK})(?:{pattern})", re.IGNORECASE), space


@lru_cache(maxsize=64)
def _dash_rule(language: str) -> re.Pattern[str] | None:
    """The spaces before a spaced dash (one followed by a space or the end), after a
    character that is not a space: ``None`` if the language binds no dash."""
    vocabulary = vocabularies().get(language.split("-")[0].casefold())
    if vocabulary is None or not vocabulary.bound_dashes:
        return None
    return re.compile(rf"(?<=\S){_BLANK}+(?=(?:{_alternatives(vocabulary.bound_dashes)})(?!\S))")


def bind(text: str, language: str, *, after_tag: bool = False) -> str:
    """``text`` with the spaces that must not break replaced by the language's no-break
    space (``after_tag``: the text follows an inline tag, so a dash at its start follows
    a word)."""
    dash = _dash_rule(language)
    if dash is not None:
        bound = dash.sub(NBSP, f">{text}" if after_tag else text)
        text = bound[1:] if after_tag else bound
    if _DIGIT.search(text) is None:
        return text
    pattern, space = _rules(language)
    month = _month_rule(language)
    if month is not None:
        text = month.sub(rf"\1{NBSP}", text)
    return _RANGE.sub(RANGE_DASH, pattern.sub(space, text))


def release_ranges(html: str) -> str:
    """``html`` with its ranges' dashes free to end a line again: a column of figures'
    heading ("2021–2022") wraps after its dash only when its table cannot fit the column
    otherwise (a four-column table scrolled at 320 px, the design review at 7/10, issue 17);
    it stays whole wherever it fits."""
    return html.replace(RANGE_DASH, "\u2013")


def bind_html(html: str, language: str) -> str:
    """:func:`bind` on the text of serialised, sanitised inline HTML, never inside a tag
    (the same string back when nothing changed)."""
    dash = _dash_rule(language)
    if _DIGIT.search(html) is None and (dash is None or dash.search(html) is None):
        return html
    if "<" not in html:
        bound = bind(html, language)
    else:
        parts = _TAG.split(html)
        parts[::2] = [bind(text, language, after_tag=index > 0
                           and not parts[2 * index - 1].startswith("<br"))
                      for index, text in enumerate(parts[::2])]
        bound = "".join(parts)
    return html if bound == html else bound
