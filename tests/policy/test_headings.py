"""Heading levels never skip below the headline."""

from __future__ import annotations

import pytest

from broadsheet.policy.headings import normalise_levels, repeats


@pytest.mark.parametrize(("requested", "expected"), [
    ([2, 3, 4], [2, 3, 4]),
    ([2, 5, 3], [2, 3, 3]),
    ([4, 4, 2], [2, 2, 2]),
    ([3, 6, 6, 2, 4], [2, 3, 3, 2, 3]),
    ([2, 3, 4, 5, 6, 6], [2, 3, 4, 5, 6, 6]),
    ([], []),
])
def test_levels_go_down_one_step_at_a_time(requested: list[int], expected: list[int]) -> None:
    changes = list(normalise_levels(requested))
    assert [c.rendered for c in changes] == expected
    assert [c.requested for c in changes] == requested


# Pairs from the fixtures' outlines (ru-flood-gallery, fa-explainer-water-shortage, the long
# read, the Eisteddfod and Belarusian pages) and a plain English one.
@pytest.mark.parametrize(("heading", "title", "expected"), [
    ("Город после прорыва дамбы", "Орск после прорыва дамбы", False),  # names the town
    ("Город после прорыва дамбы", "После прорыва дамбы", True),
    ("پرسش‌های شما", "پرسش و پاسخ", False),  # "and answers"
    ("پرسش‌های شما", "پرسش‌ها", True),
    ("Your questions answered", "Questions", True),
    ("What we know", "What we know", True),
    ("How the closure unfolded", "From the first crack to the footbridge", False),
    ("A festival for learners", "Scenes from the Maes", False),
    ("Што кажуць улады", "Колькі палітвязняў вызвалена", False),
    ("بحران چطور شکل گرفت", "روند کم‌آبی در یک نگاه", False),
    ("Travel disruption", "Train times", False),
])
def test_a_title_repeats_a_heading_when_it_has_no_word_of_its_own(
        heading: str, title: str, expected: bool) -> None:
    assert repeats(title, heading) is expected
