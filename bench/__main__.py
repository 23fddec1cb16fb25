"""``python -m bench``: every benchmark, printed as a table and written as JSON.

    .venv/bin/python -m bench [--repeat N] [--json out/bench.json] [--only render,check,...]
    .venv/bin/python -m bench --only hostile [--hostile-full | --hostile-sizes 10000,...]
"""

from __future__ import annotations

import argparse
import json
import platform
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import (
    batch_speed,
    check_speed,
    hostile,
    import_scaling,
    memory,
    quadratic,
    real_pages,
    render_speed,
    scaling,
)

SUITES: dict[str, Callable[[int], dict[str, Any]]] = {
    "render": render_speed.run,
    "check": check_speed.run,
    "scaling": scaling.run,
    "batch": batch_speed.run,
    "pages": real_pages.run,
    "linear": quadratic.run,
    "import": import_scaling.run,
    "hostile": hostile.run,
    "memory": memory.run,
}


def _browser_suite() -> Callable[[int], dict[str, Any]] | None:
    try:
        from bench import browser_speed
    except ImportError:
        return None
    return browser_speed.run


def report(results: dict[str, Any]) -> str:
    """The readable table."""
    lines = []
    if "render" in results:
        r = results["render"]
        lines.append(f"render   seed article {r['seconds']['broadsheet_render'] * 1e3:7.2f} ms "
                     f"({r['articles_per_second']:.0f}/s) = {r['ratio_render_to_bare']:.2f}x bare "
                     f"Jinja2 ({r['seconds']['bare_jinja2'] * 1e3:.2f} ms)  target <= 4x: "
                     f"{'met' if r['met'] else 'NOT met'}")
        json_ratio = r["ratio_load_and_render_to_render"]
        lines.append(f"render   from JSON    "
                     f"{r['seconds']['broadsheet_load_and_render'] * 1e3:7.2f} ms (validate, "
                     f"build, render) = {json_ratio:.2f}x render(Article)  target <= 2x: "
                     f"{'met' if json_ratio <= 2 else 'NOT met'}")
    if "check" in results:
        c = results["check"]
        lines.append(f"check    seed page    {c['seconds']['static_check'] * 1e3:7.2f} ms "
                     f"({c['pages_per_second']:.0f}/s) = {c['ratio_check_to_parse']:.2f}x html5lib "
                     f"parse ({c['seconds']['html5lib_parse'] * 1e3:.2f} ms)  target <= 3x: "
                     f"{'met' if c['met'] else 'NOT met'}")
    if "batch" in results:
        b = results["batch"]
        lines.append(f"batch    {b['articles']} articles, {b['workers']} workers, "
                     f"{b['cpus']} CPUs, load average {b['load_average']:.1f}; "
                     f"target {b['target']}: "
                     f"{'met' if b['met'] else 'NOT met'}")
        for mode, ratio in b["ratios"].items():
            serial, pool = b["seconds"][f"serial_{mode}"], b["seconds"][f"pool_{mode}"]
            lines.append(f"         {mode:9s} pool {pool['wall']:6.2f} s = {ratio['speedup']:.2f}x "
                         f"serial ({serial['wall']:.2f} s); pool CPU {pool['cpu']:.2f} s = "
                         f"{ratio['cpu_overhead']:.2f}x serial CPU ({serial['cpu']:.2f} s)")
    if "browser" in results:
        b = results["browser"]
        for line in b.get("lines", []):
            lines.append(line)
    if "pages" in results:
        lines.extend(real_pages.lines(results["pages"]))
    if "linear" in results:
        lines.extend(quadratic.lines(results["linear"]))
    if "import" in results:
        lines.extend(import_scaling.lines(results["import"]))
    if "hostile" in results:
        lines.append(hostile.report(results["hostile"]))
    if "memory" in results:
        lines.extend(memory.lines(results["memory"]))
    if "scaling" in results:
        s = results["scaling"]
        baseline = s["baseline_rss_bytes"] / 2**20
        lines.append(f"scaling  (baseline process: {baseline:.0f} MB resident)")
        lines.append("scaling  blocks   render s   check s   parse s   peak MB  (over baseline)")
        for row in s["rows"]:
            lines.append(f"         {row['blocks']:6d} {row['render_s']:10.3f} "
                         f"{row['check_s']:9.3f} {row['parse_s']:9.3f} "
                         f"{row['peak_bytes'] / 2**20:9.1f}"
                         f"  ({row['peak_over_baseline_bytes'] / 2**20:.1f})")
        if "slope_10k_over_1k" in s:
            slope = s["slope_10k_over_1k"]
            lines.append(f"         10k/1k time: render {slope['render']:.1f}x, check "
                         f"{slope['check']:.1f}x, parse {slope['parse']:.1f}x  ({s['target']}: "
                         f"{'met' if s['met'] else 'NOT met'})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per figure")
    parser.add_argument("--json", type=Path, default=Path("out/bench.json"))
    parser.add_argument("--only", help="comma-separated suites: render,check,browser,scaling,"
                                       "batch,pages,linear,import,hostile,memory")
    parser.add_argument("--hostile-sizes", help="comma-separated page sizes in bytes for the "
                                                "hostile shapes, each 10x the one before "
                                                "(default 10 KB to 1 MB)")
    parser.add_argument("--hostile-shapes", help="comma-separated hostile shapes to run "
                                                 "(default all; ordinary is the baseline)")
    parser.add_argument("--hostile-full", action="store_true",
                        help="hostile shapes from 10 KB to 10 MB (tens of minutes)")
    parser.add_argument("--hostile-cap", type=float, default=hostile.CAP_SECONDS,
                        help="CPU seconds one hostile check may take (default "
                             f"{hostile.CAP_SECONDS:.0f}; 10 MB pages of the slow shapes need "
                             "more)")
    parser.add_argument("--sizes", help="comma-separated block counts for scaling "
                                        "(default 10,100,1000,10000)")
    args = parser.parse_args()
    suites = dict(SUITES)
    browser = _browser_suite()
    if browser is not None:
        suites["browser"] = browser
    # The hostile shapes take minutes up to 10 MB: run them with --only hostile.
    wanted = args.only.split(",") if args.only else [s for s in suites if s != "hostile"]
    results: dict[str, Any] = {"machine": {"python": platform.python_version(),
                                           "platform": platform.platform()}}
    if args.sizes:
        sizes = tuple(int(size) for size in args.sizes.split(","))
        suites["scaling"] = lambda repeat: scaling.run(repeat, sizes)
    if args.hostile_sizes or args.hostile_full or args.hostile_shapes \
            or args.hostile_cap != hostile.CAP_SECONDS:
        page_sizes = (tuple(int(size) for size in args.hostile_sizes.split(","))
                      if args.hostile_sizes else
                      hostile.FULL_SIZES if args.hostile_full else hostile.SIZES)
        shapes = tuple(args.hostile_shapes.split(",")) if args.hostile_shapes else None
        suites["hostile"] = lambda repeat: hostile.run(repeat, page_sizes,
                                                       cap=args.hostile_cap, shapes=shapes,
                                                       progress=True)
    for name in wanted:
        results[name] = suites[name](args.repeat)
        print(report({name: results[name]}), flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
