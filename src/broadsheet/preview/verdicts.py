"""Approve or reject a fixture's screenshots from the served gallery (``preview --serve``).

The gallery is static HTML; served, each page carries a token (:data:`TOKEN_META`, filled in
by the server) and its Accept and Request changes buttons POST ``fixture``, ``verdict``
(``approve`` or ``reject``), ``token`` and an optional ``note`` to :data:`VERDICT_PATH`, and
``shot`` (``<width>-<scheme>``, :data:`SHOT`) to judge one screenshot only; the index's
Accept all changed sends :data:`ACCEPT_CHANGED` and no fixture. The server answers only its
own origin with that token, and only for the names of the fixtures it built
(:class:`Verdicts` decides, the server checks). Each decision is kept in the gallery's review
file (:mod:`broadsheet.preview.review`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from broadsheet.errors import BroadsheetError
from broadsheet.preview.regression import BASELINE_SCHEMES, BASELINE_WIDTHS, approve
from broadsheet.preview.review import ACCEPTED, REQUESTED, ReviewBook, review_state

if TYPE_CHECKING:
    from collections.abc import Iterable

    from broadsheet.preview.builder import GalleryBuilder
    from broadsheet.preview.model import Entry

VERDICT_PATH = "/__verdict__"
#: Accept every fixture whose screenshots changed and are to review (no fixture named).
ACCEPT_CHANGED = "approve-changed"
VERDICTS = ("approve", "reject", ACCEPT_CHANGED)
#: One screenshot a verdict may name: ``<width>-<scheme>``.
SHOT = re.compile(r"([1-9][0-9]{1,4})-(light|dark)")
#: In every gallery page; the server fills in ``content`` with its token.
TOKEN_META = b'<meta name="broadsheet-verdict" content="">'
#: In every gallery page; the server fills in ``content`` (``serve``): the pages poll its
#: ``/__build__`` only then, never on a static build (the 404s flooded the console).
SERVED_META = b'<meta name="broadsheet-served" content="">'


def accept(entries: Iterable[Entry], gallery: Path, approved_dir: Path,
           browser: str | None = None, widths: tuple[int, ...] = BASELINE_WIDTHS,
           schemes: tuple[str, ...] = BASELINE_SCHEMES, note: str = "") -> list[Path]:
    """Accept: the entries' screenshots at ``widths`` in ``schemes`` made their baselines
    (:func:`~broadsheet.preview.regression.approve`), and an Accepted decision kept in the
    gallery's review file for each: on the fixture when every width and scheme is approved,
    else on each screenshot approved. The served gallery's Accept and ``preview --approve``
    both come here, so they agree. The baselines written."""
    entries = list(entries)
    written = approve(entries, gallery, approved_dir, browser, widths=widths, schemes=schemes)
    book, whole = ReviewBook(gallery), (widths, schemes) == (BASELINE_WIDTHS, BASELINE_SCHEMES)
    for entry in entries:
        shots = [""] if whole else [f"{s.width}-{s.scheme}" for s in entry.screenshots
                                     if s.width in widths and s.scheme in schemes]
        for shot in shots:
            book.record(entry, ACCEPTED, shot, note)
    return written


class VerdictError(BroadsheetError):
    """A verdict that cannot be carried out (said to the page as it is)."""


class Verdicts:
    """What the review's buttons do. Accept (``approve``) makes the fixture's current
    screenshots its approved baselines (written atomically); Request changes (``reject``)
    keeps the baselines (the change keeps failing until the page is fixed). Either is kept in
    the review file with its note, then ``rebuild(*fixtures)`` builds again (the pages
    compare anew and say the decision) and reloads them."""

    def __init__(self, builder: GalleryBuilder, approved: Path, rebuild: Callable[..., None],
                 lock: threading.RLock, browser: str | None = None) -> None:
        self.builder = builder
        self.approved = approved
        self.rebuild = rebuild
        self.lock = lock
        self.browser = browser
        self.book = ReviewBook(builder.out_dir)

    def names(self) -> set[str]:
        """The fixtures a verdict may name: those built with screenshots."""
        return {slug for slug, entry in self.builder.built().items() if entry.screenshots}

    def __call__(self, fixture: str, verdict: str, shot: str = "", note: str = "") -> str:
        """Carry out ``verdict`` on ``fixture``'s screenshots, or on the one ``shot`` names
        (``<width>-<scheme>``), keeping ``note``; what to tell the page."""
        if verdict == ACCEPT_CHANGED:
            return self.accept_changed(note)
        with self.lock:
            entry = self.builder.built().get(fixture)
            if entry is None or not entry.screenshots:
                raise VerdictError(f"{fixture}: no screenshots to judge")
            named = SHOT.fullmatch(shot) if shot else None
            if shot and (named is None or not any(
                    (s.width, s.scheme) == (int(named.group(1)), named.group(2))
                    for s in entry.screenshots)):
                raise VerdictError(f"{fixture}: no screenshot {shot} to judge")
            what = f"the {named.group(1)} px {named.group(2)} screenshot of {fixture}" if (
                named) else fixture
            if verdict == "reject":
                self.book.record(entry, REQUESTED, shot, note)
                print(f"broadsheet preview: {what}: changes requested; the approved "
                      "screenshots stay", flush=True)
                self.rebuild(fixture)
                return (f"Changes requested: {what} keeps its approved screenshot"
                        f"{'' if named else 's'}; the change fails until the page is fixed.")
            if named:
                written = accept([entry], self.builder.out_dir, self.approved, self.browser,
                                 (int(named.group(1)),), (named.group(2),), note)
            else:
                written = accept([entry], self.builder.out_dir, self.approved, self.browser,
                                 note=note)
            print(f"broadsheet preview: {what}: accepted {len(written)} screenshots into "
                  f"{self.approved}", flush=True)
            self.rebuild(fixture)
        if named:
            return (f"Accepted: {what} is its baseline now (in {self.approved}); commit it.")
        return (f"Accepted: {len(written)} screenshots of {fixture} are its baselines now "
                f"(in {self.approved}); commit them.")

    def accept_changed(self, note: str = "") -> str:
        """Accept every fixture whose screenshots changed and wait for a decision (those
        sent back with Request changes stay as they are)."""
        with self.lock:
            decisions = self.book.load()
            chosen = [entry for slug, entry in sorted(self.builder.built().items())
                      if (state := review_state(entry, decisions.get(slug, {}))) is not None
                      and state.key == "to-review"]
            if not chosen:
                raise VerdictError("No changed fixture is waiting for review.")
            written = accept(chosen, self.builder.out_dir, self.approved, self.browser,
                             note=note)
            names = [entry.slug for entry in chosen]
            print(f"broadsheet preview: accepted {len(written)} screenshots of "
                  f"{', '.join(names)} into {self.approved}", flush=True)
            self.rebuild(*names)
        return (f"Accepted {len(chosen)} fixture{'' if len(chosen) == 1 else 's'} "
                f"({len(written)} screenshots): {', '.join(names)}; commit {self.approved}.")
