"""Memory and time at the input limits: render a 1,000-block and a 100,000-block article.

    .venv/bin/python -m bench.limits [--blocks 100000] [--baseline 1000]

Each size runs in a fresh process, so the figures of one size do not leak into the other:
the time of load + render, and the growth of peak resident memory (``ru_maxrss``) from just
before it to the end. The report gives ratios against the baseline measured in the same run:
linear work and bounded memory show as ratios near the ratio of sizes, and as a steady number
of bytes of peak memory per byte of HTML.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from typing import Any


def _measure(blocks: int) -> dict[str, Any]:
    import broadsheet
    from bench.articles import grown

    data = grown(blocks)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    html = broadsheet.render(data).html
    seconds = time.perf_counter() - started
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024  # KiB on Linux
    return {"blocks": blocks, "seconds": seconds, "peak_bytes": max(peak, 1),
            "html_bytes": len(html.encode("utf-8"))}


def measure(blocks: int) -> dict[str, Any]:
    """Figures for one size, from a child process."""
    completed = subprocess.run([sys.executable, "-m", "bench.limits", "--child", str(blocks)],
                               capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(_measure(args.child)))
        return
    base, big = measure(args.baseline), measure(args.blocks)
    size = big["blocks"] / base["blocks"]
    print(f"{'blocks':>9} {'seconds':>8} {'peak MiB':>9} {'HTML MiB':>9} {'peak/HTML':>10}")
    for row in (base, big):
        print(f"{row['blocks']:>9,} {row['seconds']:>8.2f} {row['peak_bytes'] / 2**20:>9.1f} "
              f"{row['html_bytes'] / 2**20:>9.1f} {row['peak_bytes'] / row['html_bytes']:>10.1f}")
    print(f"size ratio {size:.0f}x: time {big['seconds'] / base['seconds']:.0f}x, "
          f"peak memory {big['peak_bytes'] / base['peak_bytes']:.0f}x")


if __name__ == "__main__":
    main()
