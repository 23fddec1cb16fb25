"""Linear-time guards as figures: a 2 MB inline script, a page of 100,000 siblings and
``div div div { display: none }`` on 10,000 nested ``div`` elements, each against a page a
tenth its size in the same run (linear work shows as about 10x)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from bench.timing import timed
from broadsheet.checks import check
from broadsheet.checks.parse import parse

LINE = "if (a < b && c-- > 0) { d = '<p>' + e; }  // long line of code, 64\n"


def script_page(lines: int) -> str:
    """One inline script of ``lines`` 64-byte lines (32,768 lines: 2 MB)."""
    return f"<!DOCTYPE html><html lang=en><title>t</title><script>{LINE * lines}</script><p>x"


def siblings_page(count: int) -> str:
    """A list of ``count`` items, all siblings."""
    items = "".join(f"<li>{i}</li> " for i in range(count))
    return f"<!DOCTYPE html><html lang=en><title>t</title><ul>{items}</ul>"


def nested_page(depth: int) -> str:
    """``depth`` nested ``div`` elements under a descendant selector that hides them."""
    return ("<!DOCTYPE html><html lang=en><title>t</title>"
            "<style>div div div { display: none }</style>"
            + "<div>" * depth + "x" + "</div>" * depth)


CASES: dict[str, Callable[[int], str]] = {"2 MB inline script": script_page,
                                          "100,000 siblings": siblings_page,
                                          "div div div, 10,000 deep": nested_page}
SIZES = {"2 MB inline script": 32_768, "100,000 siblings": 100_000,
         "div div div, 10,000 deep": 10_000}


def run(repeat: int) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for name, make in CASES.items():
        large, small = make(SIZES[name]), make(SIZES[name] // 10)
        times = max(1, repeat // 5)
        row: dict[str, Any] = {"case": name, "bytes": len(large.encode())}
        steps: tuple[tuple[str, Callable[[str], object]], ...] = (("parse", parse),
                                                                   ("check", check))
        for step, func in steps:
            big = timed(partial(func, large), times)
            tenth = timed(partial(func, small), times)
            row[f"{step}_s"] = big
            row[f"{step}_ratio_to_tenth"] = big / tenth
        rows.append(row)
    return {"rows": rows, "target": "about 10x the page a tenth the size (linear)",
            "met": all(row["check_ratio_to_tenth"] < 20 for row in rows)}


def lines(result: dict[str, Any]) -> list[str]:
    out = []
    for row in result["rows"]:
        out.append(f"linear   {row['case']:24s} parse {row['parse_s']:6.2f} s "
                   f"({row['parse_ratio_to_tenth']:4.1f}x a tenth), check {row['check_s']:6.2f} s "
                   f"({row['check_ratio_to_tenth']:4.1f}x a tenth)  target ~10x: "
                   f"{'met' if row['check_ratio_to_tenth'] < 20 else 'NOT met'}")
    return out
