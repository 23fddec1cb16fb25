"""Benchmark the static checker against its floor (html5lib's parse alone) on the seed article.

    .venv/bin/python bench/check_speed.py [--repeat N]

Measured side by side in one run: html5lib parse, full static check, and the check on a page
10x larger (linearity). The axe-core column is filled in when ``--axe`` is given and the
browser extra is installed (``broadsheet.checks.browser`` hook, see ``axe_seconds``).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import html5lib

from broadsheet.checks import check

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "articles" / "rferl-lukashenka-cnn-interview.golden.html"


def timed(func: Callable[[], object], repeat: int) -> float:
    """Median seconds per call."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def parse_only(html: str) -> None:
    parser = html5lib.HTMLParser(tree=html5lib.treebuilders.getTreeBuilder("lxml"),
                                 namespaceHTMLElements=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(html)


def tenfold(html: str) -> str:
    """The same page, ten times the size: its main content repeated (ids kept unique)."""
    match = re.search(r"(<main.*?</main>)", html, re.S)
    if match is None:
        return html * 10
    body = match.group(1)
    copies = -(-9 * len(html) // len(body))
    return html.replace(body, body + "".join(
        body.replace('id="', f'id="x{i}-') for i in range(copies)))


def axe_seconds(path: Path, repeat: int) -> float | None:  # pragma: no cover - browser extra
    """Hook: per-page axe-core time in Chromium, once the browser module exists."""
    try:
        from broadsheet.checks import browser  # type: ignore[attr-defined]
    except ImportError:
        return None
    return timed(lambda: browser.axe(path), repeat)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--axe", action="store_true")
    args = parser.parse_args()
    html = SEED.read_text(encoding="utf-8")
    big = tenfold(html)
    check(html)  # warm imports and data tables
    parse = timed(lambda: parse_only(html), args.repeat)
    static = timed(lambda: check(html), args.repeat)
    static_big = timed(lambda: check(big), max(3, args.repeat // 2))
    parse_big = timed(lambda: parse_only(big), max(3, args.repeat // 2))
    print(f"page: {SEED.name} ({len(html) / 1024:.0f} KiB); 10x page {len(big) / 1024:.0f} KiB")
    print(f"html5lib parse alone     {parse * 1000:8.1f} ms")
    print(f"static check (all rules) {static * 1000:8.1f} ms  = {static / parse:.2f}x parse"
          f"  (target <= 3x)")
    print(f"static check, 10x page   {static_big * 1000:8.1f} ms  = {static_big / static:.1f}x"
          f"  (target <= 12x); parse of it {parse_big * 1000:.1f} ms,"
          f" check = {static_big / parse_big:.2f}x parse")
    if args.axe:
        axe = axe_seconds(SEED, 3)
        if axe is None:
            print("axe-core: browser module not available (install the browser extra)")
        else:
            print(f"axe-core in Chromium     {axe * 1000:8.1f} ms  = {axe / static:.0f}x static"
                  f"  (target >= 30x)")


if __name__ == "__main__":
    main()
