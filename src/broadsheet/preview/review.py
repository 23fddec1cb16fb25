"""The designer's review of changed screenshots, as Chromatic's: per fixture (or per screenshot,
``<width>-<scheme>``) *accepted* or *changes requested*, with an optional note, kept in
:data:`REVIEW_FILE` in the gallery's folder (written whole) and shown on the index and the
fixture's page.

A decision holds for the change it was made on: it records the changes it saw
(:func:`seen`); once a fixture's screenshots change again, it is to review again.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from broadsheet.preview.files import write_text
from broadsheet.preview.model import Difference, Entry

REVIEW_FILE = "review.json"
ACCEPTED, REQUESTED = "accepted", "changes-requested"
#: The longest note kept (characters).
MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class Decision:
    """One verdict: ``shot`` is ``""`` for the whole fixture."""

    verdict: str
    note: str
    at: str
    seen: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReviewState:
    """What the index and the fixture's page say of a fixture's review."""

    #: ``to-review``, ``changes-requested``, ``accepted`` (a change was) or ``approved``
    #: (the screenshots, none of them a change).
    key: str
    text: str
    note: str = ""
    at: str = ""


def _mark(difference: Difference) -> str:
    return f"{difference.width}-{difference.scheme}:{difference.changed:.6f}"


def seen(entry: Entry, shot: str = "") -> tuple[str, ...]:
    """The changes a decision on ``entry`` (or its one ``shot``) is made on: each changed
    screenshot and how much changed; ``new`` for screenshots with no baseline."""
    if not entry.differences:
        return ("new",) if entry.screenshots else ()
    return tuple(sorted(_mark(d) for d in entry.differences if d.failed and (
        not shot or f"{d.width}-{d.scheme}" == shot)))


def clean_note(text: str) -> str:
    """A note as kept: control characters out, at most :data:`MAX_NOTE` characters."""
    kept = "".join(c if c.isprintable() or c == "\n" else " " for c in text)
    return kept.strip()[:MAX_NOTE]


class ReviewBook:
    """The decisions of one gallery folder, by fixture then shot (``""``: the fixture)."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / REVIEW_FILE

    def load(self) -> dict[str, dict[str, Decision]]:
        """Every decision kept; an unreadable or foreign file is no decisions."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return {str(fixture): {str(shot): Decision(
                        str(d["verdict"]), str(d.get("note", "")), str(d.get("at", "")),
                        tuple(str(s) for s in d.get("seen", ())))
                        for shot, d in shots.items() if d.get("verdict") in (ACCEPTED, REQUESTED)}
                    for fixture, shots in data.get("decisions", {}).items()}
        except (OSError, ValueError, AttributeError, TypeError, KeyError):
            return {}

    def record(self, entry: Entry, verdict: str, shot: str = "", note: str = "") -> Decision:
        """Keep ``verdict`` on ``entry`` (or its ``shot``); a decision on the whole fixture
        replaces those on its single screenshots."""
        decision = Decision(verdict, clean_note(note),
                            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime()), seen(entry, shot))
        book = self.load()
        shots = {} if not shot else book.get(entry.slug, {})
        shots[shot] = decision
        book[entry.slug] = shots
        data: dict[str, Any] = {"version": 1, "decisions": {
            fixture: {name: asdict(d) for name, d in kept.items()}
            for fixture, kept in sorted(book.items())}}
        write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return decision


def review_state(entry: Entry, decisions: dict[str, Decision]) -> ReviewState | None:
    """The fixture's review: to review (a screenshot changed, no decision on that change),
    changes requested, changes accepted, or its screenshots approved (no change among them);
    None when there is nothing to decide or decided."""
    changed = [d for d in entry.differences if d.failed]
    if changed:
        pending, requested = False, []
        for difference in changed:
            decision = decisions.get(f"{difference.width}-{difference.scheme}") or (
                decisions.get(""))
            if decision is None or _mark(difference) not in decision.seen:
                pending = True
            elif decision.verdict == REQUESTED:
                requested.append(decision)
        if requested:
            last = max(requested, key=lambda d: d.at)
            return ReviewState("changes-requested", "Changes requested", last.note, last.at)
        if pending:
            return ReviewState("to-review", "Awaiting review")
        return ReviewState("accepted", "Changes accepted")
    if not decisions:
        return None
    last = max(decisions.values(), key=lambda d: d.at)
    if last.verdict == REQUESTED and last.seen == seen(entry) and last.seen:
        return ReviewState("changes-requested", "Changes requested", last.note, last.at)
    if last.verdict == ACCEPTED and entry.differences:
        # Changes accepted only where a decision saw changed screenshots: a first approval
        # (``new``), or one with nothing changed (``preview --approve`` compares with no
        # baseline), approved the screenshots and accepted no change.
        if any(mark != "new" for mark in last.seen):
            return ReviewState("accepted", "Changes accepted", last.note, last.at)
        return ReviewState("approved", "Approved", last.note, last.at)
    return None
