"""The review file (preview/review.py): a decision holds for the change it saw, a note is
kept clean and short, and an unreadable file is no decisions."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from broadsheet.preview.review import (
    ACCEPTED,
    MAX_NOTE,
    REQUESTED,
    ReviewBook,
    review_state,
)


def _entry(*changed: tuple[int, str, float]) -> Any:
    """A fixture whose screenshots at these (width, scheme, share) changed past the limit,
    and one (320 px light) that did not."""
    differences = [SimpleNamespace(width=w, scheme=s, changed=c, failed=True) for w, s, c in changed]
    differences.append(SimpleNamespace(width=320, scheme="light", changed=0.0, failed=False))
    return SimpleNamespace(slug="storm", differences=differences, screenshots=[object()])


def test_a_decision_holds_for_the_change_it_saw(tmp_path: Path) -> None:
    book = ReviewBook(tmp_path)
    entry = _entry((1280, "light", 0.0121))
    assert review_state(entry, {}).key == "to-review"  # type: ignore[union-attr]
    book.record(entry, REQUESTED, note="Too dark")
    state = review_state(entry, book.load()["storm"])
    assert state is not None
    assert (state.key, state.text, state.note) == ("changes-requested", "Changes requested",
                                                  "Too dark")
    again = _entry((1280, "light", 0.0250))  # the page changed again: to review again
    assert review_state(again, book.load()["storm"]).key == "to-review"  # type: ignore[union-attr]


def test_one_screenshot_s_decision_leaves_the_others_to_review(tmp_path: Path) -> None:
    book = ReviewBook(tmp_path)
    entry = _entry((1280, "light", 0.01), (375, "dark", 0.03))
    book.record(entry, ACCEPTED, shot="1280-light")
    assert review_state(entry, book.load()["storm"]).key == "to-review"  # type: ignore[union-attr]
    book.record(entry, ACCEPTED, shot="375-dark")
    assert review_state(entry, book.load()["storm"]).key == "accepted"  # type: ignore[union-attr]
    book.record(entry, REQUESTED)  # the whole fixture: replaces the single screenshots'
    assert list(book.load()["storm"]) == [""]


def test_a_note_is_kept_clean_and_short_and_a_broken_file_is_no_decisions(
        tmp_path: Path) -> None:
    book = ReviewBook(tmp_path)
    decision = book.record(_entry((1280, "light", 0.01)), REQUESTED,
                           note="\x1b[31mred\x07 " + "x" * 600)
    assert decision.note.startswith("[31mred")
    assert "\x1b" not in decision.note
    assert len(decision.note) == MAX_NOTE
    (tmp_path / "review.json").write_text("{not json", "utf-8")
    assert book.load() == {}
    (tmp_path / "review.json").write_text('{"decisions": {"storm": {"": {"verdict": "x"}}}}',
                                          "utf-8")
    assert book.load() == {"storm": {}}


def test_an_approval_that_saw_no_change_is_approved_not_changes_accepted(tmp_path: Path) -> None:
    """``preview --approve`` compares with no baseline (``seen``: ``new``): rebuilt against
    the baselines, the fixture's screenshots are approved; no change was accepted (round
    41: "Changes accepted" was on every card)."""
    book = ReviewBook(tmp_path)
    first = SimpleNamespace(slug="storm", differences=[], screenshots=[object()])
    book.record(first, ACCEPTED)
    assert book.load()["storm"][""].seen == ("new",)
    state = review_state(_entry(), book.load()["storm"])  # rebuilt: nothing changed
    assert state is not None
    assert (state.key, state.text) == ("approved", "Approved")
    changed = _entry((1280, "light", 0.0121))
    book.record(changed, ACCEPTED)  # a change seen and accepted
    state = review_state(_entry(), book.load()["storm"])
    assert state is not None
    assert (state.key, state.text) == ("accepted", "Changes accepted")
