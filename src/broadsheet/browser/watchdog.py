"""A time limit on a page that never yields: stop its renderer, keep the browser.

Playwright's ``evaluate`` has no time limit, and a page script stuck in a loop
(``for (;;) {}``) keeps the renderer's one JavaScript thread busy, so every later call on
the page would wait forever. The watchdog runs beside the audit on a timer thread and, when
the limit passes, kills the renderer processes of *its own* Chromium (found through
``/proc``, so on Linux only). The pending call then fails as a crashed page does, the audit
reports it, and the next page gets a fresh renderer from the same browser.
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

    @contextlib.contextmanager
    def limit(self, seconds: float) -> Iterator[Watchdog]:
        """Guard a block; ``fired`` tells afterwards whether the limit passed."""
        self.fired = False
        timer = threading.Timer(seconds, self._stop_renderers)
        timer.daemon = True
        timer.start()
        try:
            yield self
        finally:
            timer.cancel()

    def _stop_renderers(self) -> None:
        if self.browser is None:
            return
        for pid in renderers(self.browser):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                self.fired = True
