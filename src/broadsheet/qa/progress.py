"""A one-line progress bar on standard error, drawn only when it is a terminal."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO


class Progress:
    """``[#####.....] 12/130 page`` redrawn in place; silent when not on a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.active = total > 1 and self.stream.isatty()

    def step(self, label: str | None = None) -> None:
        self.done += 1
        if not self.active:
            return
        width = shutil.get_terminal_size((80, 20)).columns
        bar = 20
        filled = bar * self.done // max(1, self.total)
        text = f"[{'#' * filled}{'.' * (bar - filled)}] {self.done}/{self.total} {label or ''}"
        self.stream.write("\r" + text[:width - 1].ljust(width - 1))
        self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\r" + " " * (shutil.get_terminal_size((80, 20)).columns - 1)
                              + "\r")
            self.stream.flush()
