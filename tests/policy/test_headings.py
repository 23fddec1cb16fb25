"""Heading levels never skip below the headline."""

from __future__ import annotations

import pytest

from broadsheet.policy.headings import normalise_levels


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
