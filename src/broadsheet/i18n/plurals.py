"""A plural message for every CLDR plural category of a language, for text a script writes in
the reader's browser (``Intl.PluralRules`` picks the category; the catalog gives the words)."""

from __future__ import annotations

import gettext
from collections.abc import Callable

from broadsheet.i18n import SOURCE_LANGUAGE, translations_for
from broadsheet.policy.language import locale_for

#: ``message(translations, number)``: one plural message in the form for ``number``, written
#: as a ``message(translations, number)`` call so gettext extractors find it.
PluralMessage = Callable[[gettext.NullTranslations, int], str]

#: How many numbers are tried to find one of each category (Arabic's "many" starts at 11).
_SAMPLES = range(0, 200)


def plural_templates(language: str, message: PluralMessage) -> dict[str, str]:
    """``{category: text}`` for each CLDR plural category of ``language`` (``one``, ``few``,
    ``other``, …), each the catalog's form of ``message`` for a number of that category,
    with its placeholders left in place for a script to fill."""
    locale = locale_for(language) or locale_for(SOURCE_LANGUAGE)
    assert locale is not None
    rule = locale.plural_form
    translations = translations_for(language)
    templates: dict[str, str] = {}
    for number in _SAMPLES:
        category = rule(number)
        if category not in templates:
            templates[category] = message(translations, number)
    templates.setdefault("other", message(translations, 1000))
    return templates
