"""CPU time of ``render(Article)`` against the bare template, two versions of Broadsheet's
source alternating in fresh processes, so both see the same load:

    git worktree add /tmp/old OLD
    python -m bench.render_alternate /tmp/old/src [--rounds 4] [--repeat 31]

Each process loads this tree's seed article and the seed grown to 1,000 blocks with its own
version of ``load_article``, then times (CPU) the bare Jinja2 template and ``render`` on
each, interleaved, ``--repeat`` times after a warm-up, keeping the least. Each round runs one
process per version, the order swapped every round; the figure is the least over the rounds.
The load average before and after is printed with it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench import alternating

ROOT = alternating.ROOT
SIZES = {"seed": 0, "1000 blocks": 1000}


def _child(repeat: int) -> None:
    import broadsheet
    from bench.articles import grown, seed
    from bench.render_speed import BARE

    jobs: dict[str, Callable[[], object]] = {}
    for name, blocks in SIZES.items():
        data = grown(blocks) if blocks else seed()
        article = broadsheet.load_article(data)
        jobs[f"{name} bare"] = partial(BARE.render, a=data)
        jobs[f"{name} render"] = partial(broadsheet.render, article)
    alternating.time_jobs(jobs, repeat)


def compare(old: Path, rounds: int, repeat: int) -> dict[str, dict[str, float]]:
    """Each job's least CPU seconds per version ("old", "new")."""
    return alternating.compare("bench.render_alternate", old, rounds, repeat)


def report(best: alternating.Best) -> None:
    """Per article size, each version's render time and its ratio to the bare template."""
    for size in SIZES:
        row = []
        for name in ("old", "new"):
            bare, render = best[name][f"{size} bare"], best[name][f"{size} render"]
            row.append(f"{name} {render * 1e3:8.3f} ms ({render / bare:.2f}x bare "
                       f"{bare * 1e3:.3f} ms)")
        new_old = best["new"][f"{size} render"] / best["old"][f"{size} render"]
        print(f"{size:12s} " + "; ".join(row) + f"; new/old {new_old:.2f}x")


def main(argv: list[str] | None = None) -> int:
    return alternating.main(argv, "bench.render_alternate", __doc__, rounds=4, repeat=31,
                            child=_child, report=report)


if __name__ == "__main__":
    sys.exit(main())
