"""How a caption is exposed beside its image's alt, so a screen reader hears each sentence
once and never loses a link (DESIGN's alt text policy, rule 4)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from markupsafe import Markup

from broadsheet.policy.alt import (
    AltDecision,
    AltSource,
    first_sentence,
    repeats_caption,
    same_text,
    strip_credits,
)


class Overlap(enum.Enum):
    """What the alt and the caption have in common."""

    NONE = "none"
    #: The caption says what the alt says: its text is hidden.
    SAME = "same"
    #: As SAME, but the caption holds a link, which must stay exposed: alt="" instead.
    SAME_WITH_LINK = "same-with-link"
    #: The alt is the caption's first sentence: that sentence is hidden in the caption.
    FIRST_SENTENCE = "first-sentence"
    #: The alt is elsewhere in a caption that cannot be split: read twice, unless the alt
    #: was derived from the caption (then alt="" and the caption is read once).
    INSIDE = "inside"


@dataclass(frozen=True, slots=True)
class CaptionExposure:
    """The alt and caption markup to render, and whether the caption's text is hidden."""

    alt: str
    caption: Markup | None
    hidden: bool
    overlap: Overlap


def expose_caption(decision: AltDecision, caption: Markup | None,
                   credit: str | None) -> CaptionExposure:
    """Decide how ``caption`` (sanitised markup) appears beside the alt of ``decision``."""
    alt, caption_text = decision.alt, decision.caption_text
    if caption is None or not alt:
        return CaptionExposure(alt, caption, False, Overlap.NONE)
    if decision.caption_repeats_alt:
        if "<a " in caption:  # hidden, its link would still take keyboard focus
            return CaptionExposure("", caption, False, Overlap.SAME_WITH_LINK)
        return CaptionExposure(alt, caption, True, Overlap.SAME)
    if not repeats_caption(alt, caption_text):
        return CaptionExposure(alt, caption, False, Overlap.NONE)
    head = first_sentence(caption_text)
    if "<" not in caption and same_text(strip_credits(head, credit), alt):
        split = Markup('<span aria-hidden="true">{}</span>{}').format(
            head, caption_text[len(head):])
        return CaptionExposure(alt, split, False, Overlap.FIRST_SENTENCE)
    if decision.source is AltSource.CAPTION:
        return CaptionExposure("", caption, False, Overlap.INSIDE)
    return CaptionExposure(alt, caption, False, Overlap.INSIDE)
