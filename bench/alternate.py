"""CPU time of ``check()`` on the real pages (bench/pages), two versions of Broadsheet's
source alternating in fresh processes, so both see the same load:

    git archive OLD src schemas | tar -x -C /tmp/old
    python -m bench.alternate /tmp/old/src [--rounds 3] [--repeat 3]

Each round runs one process per version (the order swapped every round); each process
checks every page ``--repeat`` times after a warm-up and keeps each page's least CPU time;
the figure per page is the least over the rounds. The load average before and after is
printed with it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "bench" / "pages").glob("*.html"))


def _child(repeat: int) -> None:
    import broadsheet
    from broadsheet.checks import check

    for page in PAGES:
        check(path=page)
    best: dict[str, float] = {}
    for _ in range(repeat):
        for page in PAGES:
            start = time.process_time()
            check(path=page)
            spent = time.process_time() - start
            best[page.stem] = min(best.get(page.stem, spent), spent)
    print(json.dumps({"source": broadsheet.__file__, "best": best}))


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def compare(old: Path, rounds: int, repeat: int) -> dict[str, dict[str, float]]:
    """Each page's least CPU seconds per version ("old", "new")."""
    sources = {"old": str(old), "new": str(ROOT / "src")}
    best: dict[str, dict[str, float]] = {"old": {}, "new": {}}
    for round_ in range(rounds):
        for name in ("old", "new") if round_ % 2 == 0 else ("new", "old"):
            env = dict(os.environ, PYTHONPATH=sources[name])
            completed = subprocess.run(
                [sys.executable, "-m", "bench.alternate", "--child", str(repeat)],
                env=env, cwd=ROOT, capture_output=True, text=True, check=True)
            data = json.loads(completed.stdout.strip().splitlines()[-1])
            if not data["source"].startswith(sources[name]):
                raise SystemExit(f"{name}: imported {data['source']}, not {sources[name]}")
            for page, seconds in data["best"].items():
                best[name][page] = min(best[name].get(page, seconds), seconds)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.alternate", description=__doc__)
    parser.add_argument("old", nargs="?", type=Path, help="the other version's src folder")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        _child(args.child)
        return 0
    if args.old is None:
        parser.error("give the other version's src folder")
    before = _load()
    best = compare(args.old.resolve(), args.rounds, args.repeat)
    print(f"load average {before} before, {_load()} after")
    old, new = best["old"], best["new"]
    for page in sorted(old, key=old.__getitem__):
        print(f"{page:32s} {old[page] * 1e3:7.2f} ms -> {new[page] * 1e3:7.2f} ms "
              f"({new[page] / old[page]:.3f}x)")
    total_old, total_new = sum(old.values()), sum(new.values())
    median_old, median_new = statistics.median(old.values()), statistics.median(new.values())
    print(f"all pages {total_old * 1e3:.1f} -> {total_new * 1e3:.1f} ms "
          f"({total_new / total_old:.3f}x); median page {median_old * 1e3:.2f} -> "
          f"{median_new * 1e3:.2f} ms ({median_new / median_old:.3f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
