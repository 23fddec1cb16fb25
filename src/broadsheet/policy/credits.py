"""A credit typed into a caption in the caption's own format ("… (Photo: Reuters)",
"… Фото/Reuters", "… (الصورة: …)") or into the credit itself ("Фото/Reuters"): found, so the
page shows each credit once, on its credit line, in the page's one format ("Фото: Reuters").

Labels are every language's credit words (``i18n/locale/<lang>/vocabulary.toml``); only a
credit at the very end of the caption is moved, and only when it names the image's credit."""

from __future__ import annotations

import re

from broadsheet.i18n.vocabulary import every
from broadsheet.policy.alt import same_text


def _labels() -> str:
    words = {word.rstrip(":").strip() for word in (*every("credit_words"),
                                                   *every("credit_labels"))}
    return "|".join(re.escape(word) for word in sorted(words - {""}, key=len, reverse=True))


_LABEL = rf"(?:{_labels()})\s*[:/]\s*"
#: A labelled credit ending a caption: in brackets, or as a sentence of its own.
_TYPED = re.compile(
    rf"\s*[(\[]\s*{_LABEL}(?P<bracketed>[^()\[\]<>]+?)\s*[)\]]\s*\.?\s*$"
    rf"|(?:(?<=[.!?…؟])|^)\s*{_LABEL}(?P<sentence>[^()\[\]<>;]+?)\s*\.?\s*$",
    re.IGNORECASE)
_LEADING_LABEL = re.compile(rf"^\s*{_LABEL}", re.IGNORECASE)


def bare_credit(credit: str) -> str:
    """The credit without a label typed before it ("Фото/Marco Cogoni" → "Marco Cogoni")."""
    bare = _LEADING_LABEL.sub("", credit, count=1)
    return bare if bare.strip() else credit


def without_typed_credit(caption: str, credit: str) -> str | None:
    """``caption`` without the labelled credit typed at its end, when that names ``credit``
    (its own label aside); ``None`` when the caption ends otherwise."""
    found = _TYPED.search(caption)
    if found is None:
        return None
    named = found.group("bracketed") or found.group("sentence")
    if not same_text(named, bare_credit(credit)):
        return None
    return caption[:found.start()].rstrip()
