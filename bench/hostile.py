"""Hostile page shapes for the static checker, and their check time from 10 KB to 10 MB.

Each shape is a grammar for one pathological page found by the penetration test of issue 20
(quadratic rules, parser limits, crashes), grown to about ``size`` bytes by repeating its unit.
The fuzz tests (``tests/checks/test_hostile.py``) check every shape; this benchmark prints,
per shape, the CPU time at each size (10 KB, x10 up to 1 MB, or 10 MB with ``--hostile-full``)
as a ratio to the size before (linear time: ~10x per step; quadratic: ~100x).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from bench.timing import timed

HEAD = "<!DOCTYPE html><html lang=en><title>t</title><body><main>"


@dataclass(frozen=True)
class Shape:
    """A page made of ``head``, then ``unit`` repeated, then ``tail``."""

    name: str
    unit: Callable[[int], str]
    head: str = HEAD
    tail: str = ""

    def page(self, size: int) -> str:
        """The page grown to about ``size`` characters (at least one unit)."""
        parts = [self.head]
        total = len(self.head) + len(self.tail)
        index = 0
        while total < size or index == 0:
            unit = self.unit(index)
            parts.append(unit)
            total += len(unit)
            index += 1
        parts.append(self.tail)
        return "".join(parts)


def _fixed(text: str) -> Callable[[int], str]:
    return lambda _index: text


#: An ordinary page of the same size: the baseline each shape's time is compared with.
ORDINARY = Shape("ordinary", lambda i: f'<p>Some text, <a href="/p{i}">a link</a>.</p>\n')

#: Shapes still superlinear, and why; the benchmark shows them, the time-budget test leaves
#: them out until the cause is fixed.
NOT_YET_LINEAR: dict[str, str] = {}

SHAPES: dict[str, Shape] = {shape.name: shape for shape in (
    Shape("td-headers", _fixed('<tr><td headers="x">c</td></tr>'), head=HEAD + "<table>",
          tail="</table>"),
    Shape("th-ids", lambda i: f"<tr><th id=h{i}>h</th></tr>", head=HEAD + "<table>",
          tail="<tr><td>d</td></tr></table>"),
    Shape("style-comments", _fixed("/*x"), head=HEAD + "<style>", tail="</style>"),
    Shape("nested-tables", _fixed("<table><tr><td>x"), head=HEAD),
    Shape("many-attributes", lambda i: f" a{i}=v", head=HEAD + "<div", tail=">x</div>"),
    Shape("ampersands", _fixed("&amp;x"), head=HEAD + "<p>", tail="</p>"),
    Shape("control-chars", lambda i: f"<p>a{chr(1 + i % 8)}\x1b\x7f\x85b</p>"),
    Shape("many-lines", _fixed("<p>x</p>\n")),
    Shape("deep-divs", _fixed("<div>")),
    Shape("siblings-text", _fixed("<b>x</b> y ")),
    Shape("ids-duplicated", _fixed('<p id="same" aria-labelledby="same">x</p>')),
    Shape("labels", lambda i: f'<label for="f">l</label><input id="f{i % 3}">'),
    Shape("long-entity", _fixed("9"), head=HEAD + "<p>&#", tail=";</p>"),
)}


#: The default run: affordable (a few minutes); ``FULL_SIZES`` (``--hostile-full``) goes on
#: to 10 MB, where the issue asks for linear time.
SIZES = (10_000, 100_000, 1_000_000)
FULL_SIZES = (*SIZES, 10_000_000)

#: CPU seconds one check of a shape may take; a shape that took more than a tenth of it at
#: one size is not grown to the next (linear time would pass the cap there), and a check
#: still running at the cap is stopped. Either way its larger sizes print as "-".
CAP_SECONDS = 120.0


def run(repeat: int, sizes: tuple[int, ...] = SIZES, cap: float = CAP_SECONDS,
        shapes: tuple[str, ...] | None = None, *, progress: bool = False) -> dict[str, Any]:
    """CPU time of checking every shape (or those named, ``ordinary`` included) at every size
    (sizes growing x10), each size's time as a ratio to the size before it (linear: ~10x per
    x10 step) and to the smallest."""
    from broadsheet.checks import check

    check(html=ORDINARY.page(sizes[0]))  # warm: rules and catalogs loaded
    rows = []
    every = {ORDINARY.name: ORDINARY, **SHAPES}
    for shape in (every[name] for name in (shapes or every)):
        seconds: dict[int, float] = {}
        for size in sizes:
            html = shape.page(size)
            times = max(1, repeat // max(1, size // 10_000))
            try:
                with _time_limit(cap * times):
                    seconds[size] = timed(lambda h=html: check(html=h), times, warm=False,
                                          clock=time.process_time)
            except TimeoutError:
                break
            if seconds[size] * 10 > cap:
                break
        rows.append(_row(shape.name, seconds, sizes))
        if progress:  # a full run takes long: each shape's row as soon as it is measured
            print(report({"sizes": list(sizes), "rows": rows[-1:], "cap_seconds": cap,
                          "target": "linear"}).splitlines()[-1], flush=True)
    return {"sizes": list(sizes), "rows": rows, "cap_seconds": cap, "clock": "cpu",
            "target": "linear: about 10x the time for 10x the bytes"}


def _row(name: str, seconds: dict[int, float], sizes: tuple[int, ...]) -> dict[str, Any]:
    base = seconds.get(sizes[0])
    steps = {size: seconds[size] / seconds[before] for before, size in pairwise(sizes)
             if before in seconds and size in seconds and seconds[before] > 0}
    return {"shape": name, "seconds": seconds, "step_ratio": steps,
            "ratio": {size: t / base for size, t in seconds.items()} if base else {},
            "not_yet_linear": NOT_YET_LINEAR.get(name)}


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeoutError` in the main thread after ``seconds`` of CPU time (the
    process's own: on a shared machine, wall time would stop a linear shape early)."""
    def expire(_signum: int, _frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def report(result: dict[str, Any]) -> str:
    """One line per shape: the time ratio of each x10 step (linear: ~10x), then the seconds
    at the smallest and the largest size reached."""
    sizes = result["sizes"]
    steps = list(pairwise(sizes))
    header = "".join(f"{_size(a) + '>' + _size(b):>15}" for a, b in steps)
    lines = [f"hostile  {result['target']}: CPU time at each size / at the size before",
             f"hostile  shape           {header}"]
    for row in result["rows"]:
        ratios = "".join(f"{row['step_ratio'][b]:14.1f}x" if b in row["step_ratio"] else
                         f"{'-':>15}" for _, b in steps)
        note = "  (not yet linear)" if row["not_yet_linear"] else ""
        if not row["seconds"]:
            lines.append(f"         {row['shape']:15s} over {result['cap_seconds']:.0f} s at "
                         f"{_size(sizes[0])}{note}")
            continue
        last = max(row["seconds"])
        lines.append(f"         {row['shape']:15s} {ratios}   "
                     f"({row['seconds'][sizes[0]] * 1e3:.0f} ms at {_size(sizes[0])}, "
                     f"{row['seconds'][last]:.2f} s at {_size(last)}){note}")
    return "\n".join(lines)


def _size(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"
