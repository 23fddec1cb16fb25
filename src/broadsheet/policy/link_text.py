"""Link text that says nothing about where a link goes ("click here", "read more"), in every
language Broadsheet ships; shared by the renderer (author data) and the checker (any page)."""

from __future__ import annotations

import re

from broadsheet.i18n.vocabulary import every

#: Every language's generic link text (``i18n/locale/<lang>/vocabulary.toml``), case-folded.
GENERIC_LINK_TEXT = frozenset(map(str.casefold, every("generic_link_text")))
_PUNCTUATION = re.compile(r"[^\w\s]")


def is_generic_link_text(name: str) -> bool:
    """Whether a link's name, ignoring case, punctuation and spacing, is a generic phrase."""
    return " ".join(_PUNCTUATION.sub(" ", name.casefold()).split()) in GENERIC_LINK_TEXT
