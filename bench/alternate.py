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

import statistics
import sys
from functools import partial
from pathlib import Path

from bench import alternating

ROOT = alternating.ROOT
PAGES = sorted((ROOT / "bench" / "pages").glob("*.html"))


def _child(repeat: int) -> None:
    from broadsheet.checks import check

    alternating.time_jobs({page.stem: partial(check, path=page) for page in PAGES}, repeat)


def compare(old: Path, rounds: int, repeat: int) -> dict[str, dict[str, float]]:
    """Each page's least CPU seconds per version ("old", "new")."""
    return alternating.compare("bench.alternate", old, rounds, repeat)


def report(best: alternating.Best) -> None:
    """Each page old -> new, slowest last, then all pages and the median page."""
    old, new = best["old"], best["new"]
    for page in sorted(old, key=old.__getitem__):
        print(f"{page:32s} {old[page] * 1e3:7.2f} ms -> {new[page] * 1e3:7.2f} ms "
              f"({new[page] / old[page]:.3f}x)")
    total_old, total_new = sum(old.values()), sum(new.values())
    median_old, median_new = statistics.median(old.values()), statistics.median(new.values())
    print(f"all pages {total_old * 1e3:.1f} -> {total_new * 1e3:.1f} ms "
          f"({total_new / total_old:.3f}x); median page {median_old * 1e3:.2f} -> "
          f"{median_new * 1e3:.2f} ms ({median_new / median_old:.3f}x)")


def main(argv: list[str] | None = None) -> int:
    return alternating.main(argv, "bench.alternate", __doc__, rounds=3, repeat=3,
                            child=_child, report=report)


if __name__ == "__main__":
    sys.exit(main())
