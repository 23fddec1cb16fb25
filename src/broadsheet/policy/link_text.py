"""Link text that says nothing about where a link goes ("click here", "read more"), in every
language Broadsheet ships; shared by the renderer (author data) and the checker (any page)."""

from __future__ import annotations

import re

GENERIC_LINK_TEXT = frozenset(map(str.casefold, """
click here|here|click|read more|more|learn more|more info|more information|link|this link|
continue|continue reading|details|go|this|see more|view more|
подробнее|читать далее|далее|здесь|тут|ещё|еще|больше|ссылка|
детальніше|читати далі|більше|посилання|
падрабязней|чытаць далей|больш|тут|
اقرأ المزيد|المزيد|هنا|اضغط هنا|
بیشتر|ادامه|اینجا|ادامه مطلب|
leer más|aquí|más|lire la suite|ici|en savoir plus|plus|mehr|weiterlesen|hier|mehr erfahren
""".replace("\n", "").split("|")))
_PUNCTUATION = re.compile(r"[^\w\s]")


def is_generic_link_text(name: str) -> bool:
    """Whether a link's name, ignoring case, punctuation and spacing, is a generic phrase."""
    return " ".join(_PUNCTUATION.sub(" ", name.casefold()).split()) in GENERIC_LINK_TEXT
