"""The digits a language writes numbers with: CLDR's default numbering system for it (via
Babel: Persian ``arabext`` ۰–۹, Egyptian and Saudi Arabic ``arab`` ٠–٩, Arabic without a region
``latn``), or a newsroom's choice (``native``: the language's own digits, ``latin``: 0–9).

Babel formats dates and numbers with ASCII digits whatever the locale, so the numbers
Broadsheet writes (dates, durations, footnote numbers) pass through :func:`localise`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Literal

from broadsheet.policy.language import locale_for

#: What a site may choose: the language's default, its native digits, or 0-9.
Choice = Literal["default", "native", "latin"]

#: The zero of each CLDR decimal numbering system whose digits are ten consecutive code
#: points; any other system keeps 0-9.
_ZEROS = {
    "arab": 0x0660, "arabext": 0x06F0, "nkoo": 0x07C0, "deva": 0x0966, "beng": 0x09E6,
    "guru": 0x0A66, "gujr": 0x0AE6, "orya": 0x0B66, "tamldec": 0x0BE6, "telu": 0x0C66,
    "knda": 0x0CE6, "mlym": 0x0D66, "thai": 0x0E50, "laoo": 0x0ED0, "tibt": 0x0F20,
    "mymr": 0x1040, "khmr": 0x17E0, "mong": 0x1810, "limb": 0x1946, "olck": 0x1C50,
    "rohg": 0x10D30, "adlm": 0x1E950,
}
_ASCII = "0123456789"


@lru_cache(maxsize=64)
def system_for(language: str, choice: Choice = "default") -> str:
    """The numbering system of ``language`` under ``choice`` (``latn`` when CLDR has none)."""
    locale = locale_for(language)
    if choice == "latin" or locale is None:
        return "latn"
    if choice == "native":
        return str(locale.other_numbering_systems.get("native", "latn"))
    return str(locale.default_numbering_system)


@lru_cache(maxsize=64)
def _table(system: str) -> dict[int, int]:
    zero = _ZEROS.get(system)
    if zero is None:
        return {}
    digits = [chr(zero + value) for value in range(10)]
    assert [unicodedata.digit(d) for d in digits] == list(range(10))
    return str.maketrans(_ASCII, "".join(digits))


def localise(text: str, system: str) -> str:
    """``text`` with its ASCII digits written in ``system``'s digits."""
    table = _table(system)
    return text.translate(table) if table else text
