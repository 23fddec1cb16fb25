"""Text over a picture judged by the pixels the live checker measured behind it (round 49's
review: the hero's headline left "check by eye" although the tool holds the screenshots)."""

from __future__ import annotations

from broadsheet.preview.contrast import measure, merged, pairs
from broadsheet.preview.model import ContrastPair


def _found() -> list[dict[str, object]]:
    return [
        {"fg": "#ffffff", "bg": None, "large": True, "text": "National Eisteddfod: a week of song"},
        {"fg": "#ffffff", "bg": None, "large": True, "text": "More than 150,000 people"},
        {"fg": "#111111", "bg": "#ffffff", "large": False, "text": "Body"},
    ]


def test_each_text_over_a_picture_takes_the_lowest_ratio_measured_for_it() -> None:
    found = _found()
    measure(found, [("  National Eisteddfod: a week of song, poetry and rain ", 15.92),
                    ("More than 150,000 people are expected", 4.71),
                    ("Body", 1.0)])  # a text with a colour behind it keeps its own ratio
    pair = next(p for p in pairs("light", found) if not p.background)
    assert pair.measured == 4.71, "the worst of its elements"
    assert pair.verdict == "passes"
    assert pair.passes is True
    plain = next(p for p in pairs("light", found) if p.background)
    assert plain.measured is None
    assert plain.ratio is not None
    assert plain.ratio > 15


def test_a_pair_with_an_element_not_measured_is_still_checked_by_eye() -> None:
    found = _found()
    measure(found, [("National Eisteddfod: a week of song", 2.1)])
    pair = next(p for p in pairs("light", found) if not p.background)
    assert pair.measured is None
    assert pair.verdict == "eye"
    assert pair.passes is None


def test_measured_below_the_ratio_needed_fails_and_merging_keeps_the_worst() -> None:
    light = ContrastPair("light", "#ffffff", "", None, False, 2, "Headline", 3.2)
    dark = ContrastPair("dark", "#ffffff", "", None, False, 2, "Headline", 5.0)
    assert light.verdict == "fails"
    assert light.passes is False
    (both,) = merged([light, dark])
    assert both.measured == 3.2
    assert both.verdict == "fails"
    unmeasured = ContrastPair("dark", "#ffffff", "", None, False, 2, "Headline")
    (either,) = merged([light, unmeasured])
    assert either.measured is None, "measured in one scheme only: by eye"
    assert either.verdict == "eye"
