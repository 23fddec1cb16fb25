"""Import time of flat pages of many ``<div>``s (8,000 took 2.4 s), as ratios per x10 size
step in the same run, split into finding and mapping the article (``import_page``) and
the whole import (with schema validation): linear work shows as about 10x."""

from __future__ import annotations

from functools import partial
from itertools import pairwise
from typing import Any

from bench.timing import timed
from broadsheet import import_article
from broadsheet.importers.page import import_page

SIZES = (80, 800, 8_000)
BASE_URL = "https://news.example/a/1"


def flat_page(count: int) -> bytes:
    """An article page whose story is ``count`` sibling ``<div>``s of one sentence each."""
    divs = "".join(f"<div>Sentence {i} of the story, with words enough to read as prose."
                   "</div>" for i in range(count))
    return ('<!DOCTYPE html><html lang="en"><head><title>T</title>'
            '<meta property="og:type" content="article"><meta property='
            '"article:published_time" content="2020-01-01T00:00:00Z"></head>'
            f"<body><h1>T</h1><article>{divs}</article></body></html>").encode()


def run(repeat: int, sizes: tuple[int, ...] = SIZES) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for size in sizes:
        page = flat_page(size)
        times = max(1, repeat // (1 + size // 1000))
        rows.append({"divs": size, "bytes": len(page),
                     "find_and_map_s": timed(partial(import_page, "bench", page,
                                                     base_url=BASE_URL), times),
                     "import_s": timed(partial(import_article, page, kind="page",
                                               base_url=BASE_URL), times)})
    for smaller, row in pairwise(rows):
        row["find_and_map_ratio"] = row["find_and_map_s"] / smaller["find_and_map_s"]
        row["import_ratio"] = row["import_s"] / smaller["import_s"]
    worst = max((row.get("import_ratio", 0.0) for row in rows), default=0.0)
    return {"rows": rows, "target": "about 10x per x10 size step (linear); under 20x",
            "met": worst < 20}


def lines(result: dict[str, Any]) -> list[str]:
    out = []
    for row in result["rows"]:
        line = (f"import   {row['divs']:6d} flat divs: find+map {row['find_and_map_s']:6.3f} s, "
                f"whole import {row['import_s']:6.3f} s")
        if "import_ratio" in row:
            line += (f"  ({row['find_and_map_ratio']:4.1f}x / {row['import_ratio']:4.1f}x the "
                     "tenth)")
        out.append(line)
    out.append(f"import   target {result['target']}: {'met' if result['met'] else 'NOT met'}")
    return out
