"""The static check on real pages (bench/pages/, saved by other projects), each against
html5lib's parse of the same page alone, and against axe-core on the same page in the same
run when Chromium is there: median and worst page. The checker's own parse (turbohtml into
lxml) is timed beside them."""

from __future__ import annotations

import statistics
from functools import partial
from pathlib import Path
from typing import Any

from bench.check_speed import parse_only
from bench.timing import side_by_side
from broadsheet.checks import check
from broadsheet.checks.parse import decode, parse

PAGES = sorted((Path(__file__).parent / "pages").glob("*.html"))


def _axe_seconds(pages: list[Path], repeat: int) -> dict[str, float] | None:
    """Median seconds of axe-core alone per page (load, inject, run), or None without a
    browser."""
    try:
        from broadsheet.browser import AuditOptions, BrowserAuditor
    except ImportError:
        return None
    try:
        with BrowserAuditor() as auditor:
            axe_only = AuditOptions(checks=False)
            auditor.audit(pages[0], options=axe_only)  # warm-up: first injection
            return {page.stem: statistics.median(
                auditor.audit(page, options=axe_only).seconds for _ in range(repeat))
                for page in pages}
    except Exception:  # no Chromium here: report the static figures alone
        return None


def run(repeat: int, *, axe: bool = True) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for page in PAGES:
        html = decode(page.read_bytes())
        times = side_by_side({"parse": partial(parse_only, html), "check": partial(check, page),
                              "tree": partial(parse, html)}, max(3, repeat // 3))
        rows.append({"page": page.stem, "bytes": page.stat().st_size,
                     "parse_s": times["parse"], "check_s": times["check"],
                     "tree_s": times["tree"],
                     "ratio_check_to_parse": times["check"] / times["parse"]})
    axe_s = _axe_seconds(PAGES, max(3, repeat // 5)) if axe else None
    for row in rows:
        if axe_s is not None:
            row["axe_s"] = axe_s[row["page"]]
            row["ratio_axe_to_check"] = row["axe_s"] / row["check_s"]
    ratios = [row["ratio_check_to_parse"] for row in rows]
    result: dict[str, Any] = {
        "rows": rows,
        "total_ratio_check_to_parse": sum(r["check_s"] for r in rows)
        / sum(r["parse_s"] for r in rows),
        "median_ratio_check_to_parse": statistics.median(ratios),
        "worst_ratio_check_to_parse": max(ratios),
        "total_ratio_tree_to_parse": sum(r["tree_s"] for r in rows)
        / sum(r["parse_s"] for r in rows),
    }
    if axe_s is not None:
        speedups = [row["ratio_axe_to_check"] for row in rows]
        result["median_ratio_axe_to_check"] = statistics.median(speedups)
        result["worst_ratio_axe_to_check"] = min(speedups)
    return result


def lines(result: dict[str, Any]) -> list[str]:
    """The readable rows."""
    out = ["pages    page                              KB   check ms   parse ms  check/parse"
           "  tree ms"
           + ("    axe ms  axe/check" if "median_ratio_axe_to_check" in result else "")]
    for row in result["rows"]:
        line = (f"         {row['page'][:32]:32s} {row['bytes'] / 1e3:5.0f} "
                f"{row['check_s'] * 1e3:10.1f} {row['parse_s'] * 1e3:10.1f} "
                f"{row['ratio_check_to_parse']:11.2f}x {row['tree_s'] * 1e3:8.1f}")
        if "axe_s" in row:
            line += f" {row['axe_s'] * 1e3:9.0f} {row['ratio_axe_to_check']:9.1f}x"
        out.append(line)
    summary = (f"pages    {len(result['rows'])} real pages: check/parse all pages "
               f"{result['total_ratio_check_to_parse']:.2f}x, median page "
               f"{result['median_ratio_check_to_parse']:.2f}x, worst "
               f"{result['worst_ratio_check_to_parse']:.2f}x; the checker's own parse "
               f"{result['total_ratio_tree_to_parse']:.3f}x html5lib's")
    if "median_ratio_axe_to_check" in result:
        summary += (f"; axe-core/check median page {result['median_ratio_axe_to_check']:.1f}x, "
                    f"worst {result['worst_ratio_axe_to_check']:.1f}x")
    out.append(summary)
    return out
