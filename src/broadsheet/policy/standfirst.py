"""Does the body open by repeating the standfirst? An article never reads the same text
twice: a first paragraph that says what the standfirst says (case, punctuation, spacing and
inline markup aside) is left out of the body (docs/article-format.md, "summary")."""

from __future__ import annotations

from broadsheet.policy.alt import same_text
from broadsheet.policy.sanitise import inline_to_text


def repeats_standfirst(standfirst: str, paragraph: str) -> bool:
    """Whether ``paragraph`` (inline HTML) reads the same as ``standfirst`` (inline HTML)."""
    said = inline_to_text(standfirst)
    return bool(said.strip()) and same_text(said, inline_to_text(paragraph))


__all__ = ["repeats_standfirst"]
