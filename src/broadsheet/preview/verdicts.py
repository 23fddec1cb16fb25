"""Approve or reject a fixture's screenshots from the served gallery (``preview --serve``).

The gallery is static HTML; served, each page carries a token (:data:`TOKEN_META`, filled in
by the server) and its Approve and Reject buttons POST ``fixture``, ``verdict`` and ``token``
to :data:`VERDICT_PATH`, and ``shot`` (``<width>-<scheme>``, :data:`SHOT`) to approve one
screenshot only. The server answers only its own origin with that token, and only
for the names of the fixtures it built (:class:`Verdicts` decides, the server checks).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from broadsheet.errors import BroadsheetError
from broadsheet.preview.regression import approve

if TYPE_CHECKING:
    from broadsheet.preview.builder import GalleryBuilder

VERDICT_PATH = "/__verdict__"
VERDICTS = ("approve", "reject")
#: One screenshot a verdict may name: ``<width>-<scheme>``.
SHOT = re.compile(r"([1-9][0-9]{1,4})-(light|dark)")
#: In every gallery page; the server fills in ``content`` with its token.
TOKEN_META = b'<meta name="broadsheet-verdict" content="">'


class VerdictError(BroadsheetError):
    """A verdict that cannot be carried out (said to the page as it is)."""


class Verdicts:
    """What the Approve and Reject buttons do. Approve makes the fixture's current
    screenshots its approved baselines (written atomically) and calls ``rebuild(fixture)``
    (the server builds again, so the page compares anew, and reloads it); reject keeps the
    baselines and says so (the change keeps failing until the page is fixed)."""

    def __init__(self, builder: GalleryBuilder, approved: Path, rebuild: Callable[[str], None],
                 lock: threading.RLock, browser: str | None = None) -> None:
        self.builder = builder
        self.approved = approved
        self.rebuild = rebuild
        self.lock = lock
        self.browser = browser

    def names(self) -> set[str]:
        """The fixtures a verdict may name: those built with screenshots."""
        return {slug for slug, entry in self.builder.built().items() if entry.screenshots}

    def __call__(self, fixture: str, verdict: str, shot: str = "") -> str:
        """Carry out ``verdict`` on ``fixture``'s screenshots, or on the one ``shot`` names
        (``<width>-<scheme>``); what to tell the page."""
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
                print(f"broadsheet preview: {what}: change rejected; the approved "
                      "screenshots stay", flush=True)
                return (f"Rejected: {what} keeps its approved screenshot"
                        f"{'' if named else 's'}; the change fails until the page is fixed.")
            if named:
                written = approve([entry], self.builder.out_dir, self.approved, self.browser,
                                  widths=(int(named.group(1)),), schemes=(named.group(2),))
            else:
                written = approve([entry], self.builder.out_dir, self.approved, self.browser)
            print(f"broadsheet preview: {what}: approved {len(written)} screenshots into "
                  f"{self.approved}", flush=True)
            self.rebuild(fixture)
        if named:
            return (f"Approved: {what} is its baseline now (in {self.approved}); commit it.")
        return (f"Approved: {len(written)} screenshots of {fixture} are its baselines now "
                f"(in {self.approved}); commit them.")
