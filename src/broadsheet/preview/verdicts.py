"""Approve or reject a fixture's screenshots from the served gallery (``preview --serve``).

The gallery is static HTML; served, each page carries a token (:data:`TOKEN_META`, filled in
by the server) and its Approve and Reject buttons POST ``fixture``, ``verdict`` and ``token``
to :data:`VERDICT_PATH`. The server answers only its own origin with that token, and only
for the names of the fixtures it built (:class:`Verdicts` decides, the server checks).
"""

from __future__ import annotations

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

    def __call__(self, fixture: str, verdict: str) -> str:
        with self.lock:
            entry = self.builder.built().get(fixture)
            if entry is None or not entry.screenshots:
                raise VerdictError(f"{fixture}: no screenshots to judge")
            if verdict == "reject":
                print(f"broadsheet preview: {fixture}: change rejected; the approved "
                      "screenshots stay", flush=True)
                return (f"Rejected: {fixture} keeps its approved screenshots; the change "
                        "fails until the page is fixed.")
            written = approve([entry], self.builder.out_dir, self.approved, self.browser)
            print(f"broadsheet preview: {fixture}: approved {len(written)} screenshots into "
                  f"{self.approved}", flush=True)
            self.rebuild(fixture)
        return (f"Approved: {len(written)} screenshots of {fixture} are its baselines now "
                f"(in {self.approved}); commit them.")
