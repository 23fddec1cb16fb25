"""Bylines: the authors grouped by what they did, each group one line whose label takes the
plural form for its number of names (the catalog's plural rules: "Автор" for one, "Авторы"
for two in Russian) and whose names are joined as the language joins a list (CLDR's list
patterns through Babel: "A, B and C"; "A، B و C" in Persian).

A line is a list of parts (words, or an author) so that templates lay out the names as links
without any HTML being made here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from broadsheet.i18n import Translator
from broadsheet.render.context import AuthorView, BylinePart, BylineView

#: What an author may have done, in the order the lines are shown.
CONTRIBUTIONS = ("reporter", "photographer", "editor", "translator")
_NAMES = "%(names)s"
_SLOT = re.compile("\ue000([0-9]+)\ue001")  # private-use marks: no list pattern holds them


def label(_: Translator, contribution: str, count: int) -> str:
    """The line's label for ``count`` names, holding ``%(names)s``."""
    if contribution == "photographer":
        return _.ngettext("Photographs by %(names)s", "Photographs by %(names)s", count)
    if contribution == "editor":
        return _.ngettext("Edited by %(names)s", "Edited by %(names)s", count)
    if contribution == "translator":
        return _.ngettext("Translated by %(names)s", "Translated by %(names)s", count)
    return _.ngettext("By %(names)s", "By %(names)s", count)


def role_separator(_: Translator) -> str:
    """What the language puts between a name and the role after it."""
    pattern = _("%(name)s, %(role)s")
    start, end = pattern.find("%(name)s"), pattern.find("%(role)s")
    return pattern[start + len("%(name)s"):end] if 0 <= start < end else ", "


def byline(_: Translator, contribution: str, authors: Sequence[AuthorView]) -> BylineView:
    """One line: its label and its authors' names joined as a list, in reading order."""
    before, _names, after = label(_, contribution, len(authors)).partition(_NAMES)
    joined = _.join([f"\ue000{index}\ue001" for index in range(len(authors))])
    parts: list[BylinePart] = []

    def text(words: str) -> None:
        if words:
            parts.append({"text": words, "author": None})

    text(before)
    position = 0
    for match in _SLOT.finditer(joined):
        text(joined[position:match.start()])
        parts.append({"text": None, "author": authors[int(match.group(1))]})
        position = match.end()
    text(joined[position:])
    text(after)
    return {"contribution": contribution, "parts": parts, "role_separator": role_separator(_)}


def bylines(_: Translator, authors: Sequence[AuthorView]) -> list[BylineView]:
    """A line per contribution that has authors, reporters first."""
    return [byline(_, contribution, group) for contribution in CONTRIBUTIONS
            if (group := [a for a in authors if a["contribution"] == contribution])]
