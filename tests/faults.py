"""``python -m tests.faults MODE broadsheet-args...``: the CLI with a fault injected, for
tests that kill real processes.

Modes: ``kill-during-move`` (SIGKILL this process after ``$AFTER`` pages moved into
place), ``exit-in-worker`` / ``kill-in-worker`` (rendering the article with id ``$DIE_ID``
calls ``os._exit`` / SIGKILLs its worker, as a template filter or the OOM killer might),
``slow`` (every render sleeps, so workers are alive to be watched).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import broadsheet.batch
import broadsheet.staging
from broadsheet.cli import main


def _kill_during_move() -> None:
    real = broadsheet.staging._move_into_place
    moved = []

    def move(source: Path, target: Path) -> None:
        real(source, target)
        moved.append(target)
        if len(moved) == int(os.environ["AFTER"]):
            os.kill(os.getpid(), signal.SIGKILL)

    broadsheet.staging._move_into_place = move  # type: ignore[assignment]


def _patch_render(fault: str) -> None:
    real = broadsheet.batch.render_with

    def render(model: Any, options: Any) -> Any:
        if fault == "slow":
            time.sleep(60)
        elif model.id == os.environ["DIE_ID"]:
            if fault == "exit-in-worker":
                os._exit(7)
            os.kill(os.getpid(), signal.SIGKILL)
        return real(model, options)

    broadsheet.batch.render_with = render


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "kill-during-move":
        _kill_during_move()
    else:
        _patch_render(mode)
    sys.exit(main(sys.argv[2:]))
