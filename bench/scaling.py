"""Render and check time and peak memory for articles of growing size."""

from __future__ import annotations

from typing import Any

import broadsheet
from bench import peak
from bench.articles import grown
from bench.check_speed import parse_only
from bench.timing import timed
from broadsheet.checks import check

SIZES = (10, 100, 1_000, 10_000)


def run(repeat: int, sizes: tuple[int, ...] = SIZES) -> dict[str, Any]:
    baseline = peak.measure(0)["max_rss_bytes"]
    rows = []
    for size in sizes:
        article = broadsheet.load_article(grown(size))
        html = broadsheet.render(article).html
        times = max(3, repeat // (1 + size // 1000))
        render_s = timed(lambda a=article: broadsheet.render(a), times)
        check_s = timed(lambda h=html: check(h), times)
        parse_s = timed(lambda h=html: parse_only(h), times)
        rss = peak.measure(size)["max_rss_bytes"]
        rows.append({"blocks": size, "html_bytes": len(html.encode()), "render_s": render_s,
                     "check_s": check_s, "parse_s": parse_s,
                     "render_and_check_s": render_s + check_s, "peak_bytes": rss,
                     "peak_over_baseline_bytes": rss - baseline})
    by_size = {row["blocks"]: row for row in rows}
    result: dict[str, Any] = {"rows": rows, "baseline_rss_bytes": baseline}
    if 1_000 in by_size and 10_000 in by_size:
        small, large = by_size[1_000], by_size[10_000]
        result["slope_10k_over_1k"] = {
            "render": large["render_s"] / small["render_s"],
            "check": large["check_s"] / small["check_s"],
            "parse": large["parse_s"] / small["parse_s"],
        }
        result["target"] = ("10,000 blocks <= 12x the time of 1,000; rendered and checked in "
                            "under 2 s with under 500 MB peak")
        result["met"] = (max(result["slope_10k_over_1k"]["render"],
                             result["slope_10k_over_1k"]["check"]) <= 12
                         and large["render_and_check_s"] < 2
                         and large["peak_bytes"] < 500 * 1024 * 1024)
    return result
