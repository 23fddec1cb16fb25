"""A time limit on a page that never yields: stop its renderer, keep the browser.

Playwright's ``evaluate`` has no time limit, and a page script stuck in a loop
(``for (;;) {}``) keeps the renderer's one JavaScript thread busy, so every later call on
the page would wait forever. The watchdog runs beside the audit on a timer thread and, when
the limit passes, kills the renderer processes of *its own* Chromium (found through
``/proc``, so on Linux only). The pending call then fails as a crashed page does, the audit
reports it, and the next page gets a fresh renderer from the same browser.

The limit is per stage of the audit (loading, axe-core, each browser check: :meth:`arm`), each
stage's own time plus :data:`GRACE_S`: a stage's own safety nets end it first, so the
watchdog only ever stops a page that stopped answering, and says in which stage.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PROC = Path("/proc")
#: Seconds the watchdog waits beyond a stage's own time: a stage ends itself by its safety
#: nets (checked between items and key presses) within this.
GRACE_S = 5.0


def _children() -> dict[int, list[int]]:
    """Every process's children, from ``/proc/<pid>/stat`` (empty where there is no /proc)."""
    tree: dict[int, list[int]] = {}
    with contextlib.suppress(OSError):
        for entry in PROC.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended meanwhile
            # "pid (command name, which may hold spaces and parentheses) state ppid ..."
            parent = int(stat[stat.rindex(")") + 2:].split()[1])
            tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _descendants(pid: int, tree: dict[int, list[int]]) -> list[int]:
    found, todo = [], list(tree.get(pid, ()))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(tree.get(child, ()))
    return found


def _arguments(pid: int) -> list[str]:
    """A process's arguments. Chromium's helpers rewrite theirs as one space-separated
    string, so spaces separate arguments as well as NULs."""
    try:
        raw = (PROC / str(pid) / "cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return []
    return raw.replace("\0", " ").split()


def chromium_browsers() -> set[int]:
    """This process's Chromium browser processes (not their helpers)."""
    return {pid for pid in _descendants(os.getpid(), _children())
            if (args := _arguments(pid)) and "chrom" in Path(args[0]).name
            and not any(arg.startswith("--type=") for arg in args)}


def renderers(browser: int) -> list[int]:
    """The renderer processes of one Chromium browser process."""
    return [pid for pid in _descendants(browser, _children())
            if "--type=renderer" in _arguments(pid)]


@dataclass
class Watchdog:
    """Kills the renderers of one browser (``browser``: its process id, ``None`` when unknown,
    which makes the watchdog a no-op) when a guarded block outlives its time limit."""

    browser: int | None
    fired: bool = field(default=False, init=False)
    #: What the audit was doing when the limit was last set (:meth:`arm`), and the limit.
    stage: str = field(default="", init=False)
    seconds: float = field(default=0.0, init=False)
    _timer: threading.Timer | None = field(default=None, init=False, repr=False)

    @contextlib.contextmanager
    def limit(self, seconds: float, stage: str = "") -> Iterator[Watchdog]:
        """Guard a block, first for ``seconds`` (then as :meth:`arm` sets); ``fired``
        tells afterwards whether a limit passed, ``stage`` in which stage."""
        self.fired = False
        self.arm(stage, seconds)
        try:
            yield self
        finally:
            self._cancel()

    def arm(self, stage: str, seconds: float) -> None:
        """Start the stage ``stage``: the renderers are stopped unless another stage starts
        or the guarded block ends within ``seconds`` + :data:`GRACE_S`."""
        self._cancel()
        self.stage, self.seconds = stage, seconds + GRACE_S
        self._timer = threading.Timer(self.seconds, self._stop_renderers)
        self._timer.daemon = True
        self._timer.start()

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _stop_renderers(self) -> None:
        if self.browser is None:
            return
        for pid in renderers(self.browser):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                self.fired = True
