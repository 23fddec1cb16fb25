"""Two versions of Broadsheet timed alternately in fresh processes: the machinery that
``bench.alternate`` (checks) and ``bench.render_alternate`` (rendering) share.

A script's child process times its jobs (CPU, least of ``repeat`` after a warm-up) and prints
them as JSON with the Broadsheet it imported; :func:`compare` runs one child per version each
round, the order swapped every round, refuses a child that imported another Broadsheet than
asked, and keeps each job's least time over the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_jobs(jobs: Mapping[str, Callable[[], object]], repeat: int) -> None:
    """Run each job once, then ``repeat`` times interleaved; print each one's least CPU
    seconds and the Broadsheet imported, as JSON (a child's answer to :func:`compare`)."""
    import broadsheet

    for job in jobs.values():
        job()
    best: dict[str, float] = {}
    for _ in range(repeat):
        for key, job in jobs.items():
            start = time.process_time()
            job()
            spent = time.process_time() - start
            best[key] = min(best.get(key, spent), spent)
    print(json.dumps({"source": broadsheet.__file__, "best": best}))


def load() -> str:
    """The load average (1, 5, 15 minutes), or "unknown"."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def compare(module: str, old: Path, rounds: int, repeat: int) -> dict[str, dict[str, float]]:
    """Each job's least CPU seconds per version ("old", "new"), the children being
    ``python -m module --child repeat`` with ``old`` or this tree's ``src`` first on the path."""
    sources = {"old": str(old), "new": str(ROOT / "src")}
    best: dict[str, dict[str, float]] = {"old": {}, "new": {}}
    for round_ in range(rounds):
        for name in ("old", "new") if round_ % 2 == 0 else ("new", "old"):
            env = dict(os.environ, PYTHONPATH=os.pathsep.join([sources[name], str(ROOT)]))
            completed = subprocess.run(
                [sys.executable, "-m", module, "--child", str(repeat)],
                env=env, cwd=ROOT, capture_output=True, text=True, check=True)
            data = json.loads(completed.stdout.strip().splitlines()[-1])
            if not data["source"].startswith(sources[name]):
                raise SystemExit(f"{name}: imported {data['source']}, not {sources[name]}")
            for job, seconds in data["best"].items():
                best[name][job] = min(best[name].get(job, seconds), seconds)
    return best


Best = dict[str, dict[str, float]]


def main(argv: Sequence[str] | None, module: str, doc: str | None, *, rounds: int, repeat: int,
         child: Callable[[int], None], report: Callable[[Best], None]) -> int:
    """The command line both scripts share: ``OLD [--rounds N] [--repeat N]`` compares
    (``report`` prints the table), ``--child N`` is a child's run of ``child``."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=doc,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", nargs="?", type=Path, help="the other version's src folder")
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--repeat", type=int, default=repeat)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child)
        return 0
    if args.old is None:
        parser.error("give the other version's src folder")
    before = load()
    best = compare(module, args.old.resolve(), args.rounds, args.repeat)
    print(f"load average {before} before, {load()} after")
    report(best)
    return 0
