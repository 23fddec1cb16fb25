"""The keys a page's help names for leaving a keyboard trap (ACT ebe86a), read from its
words as a person would press them (broadsheet.browser.trap_help)."""

from __future__ import annotations

import pytest

from broadsheet.browser.trap_help import MOST_COMBINATIONS, advised_keys, names_other_keys


@pytest.mark.parametrize(("words", "keys"), [
    ("Press Ctrl+M to Exit", ["Control+m"]),
    ("press ctrl + m", ["Control+m"]),
    ("Strg+M drücken", ["Control+m"]),
    ("Use Shift-F6 to leave the editor", ["Shift+F6"]),
    ("F6 moves focus out", ["F6"]),
    ("⌘ + . closes it", ["Meta+."]),
    ("Ctrl + Alt + Del", ["Control+Alt+Delete"]),
    ("Alt+Up, then Tab", ["Alt+ArrowUp"]),
    ("Control+Shift+Esc or Ctrl+M", ["Control+Shift+Escape", "Control+m"]),
    ("Ctrl+M, and again Ctrl+M", ["Control+m"]),
])
def test_combinations_are_read_as_keys_to_press(words: str, keys: list[str]) -> None:
    assert advised_keys(words) == keys


@pytest.mark.parametrize("words", [
    "Keep calm and carry on", "press Escape twice", "F16 is not a key here", "Buffet",
    "write to a.b@example.org", "Alternative text", "Controls", "Shifted 5-a-side games",
])
def test_words_that_name_no_combination_give_none(words: str) -> None:
    assert advised_keys(words) == []


def test_at_most_a_few_combinations_are_tried() -> None:
    words = " ".join(f"Ctrl+{letter}" for letter in "abcdefghij")
    assert len(advised_keys(words)) == MOST_COMBINATIONS


@pytest.mark.parametrize(("words", "other"), [
    ("Press Ctrl+M to Exit", False),
    ("Press Escape twice, then Tab", True),
    ("Use the arrow keys", True),
    ("Ctrl+Esc leaves", False),
    ("Ctrl+M, then Tab", True),
])
def test_keys_named_besides_the_combinations(words: str, other: bool) -> None:
    assert names_other_keys(words) is other
