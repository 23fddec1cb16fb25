"""Browser figures: axe-core's per-page cost against the static check on the same page, the
amortised audit time per page over the fixture set, and Broadsheet's live engine against
axe-core's own run on each saved real page (bench/pages/), all with one Chromium running."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import broadsheet
from bench.articles import ROOT, seed
from bench.timing import timed
from broadsheet.browser import AuditOptions, BrowserAuditor, axe_script
from broadsheet.checks import check

FIXTURES = sorted((ROOT / "fixtures" / "articles").glob("*.json"))
REAL_PAGES = sorted((ROOT / "bench" / "pages").glob("*.html"))


def live_against_axe(auditor: BrowserAuditor, repeat: int) -> list[dict[str, Any]]:
    """Per real page: axe-core alone and Broadsheet's browser rules alone, each loading the
    page afresh, interleaved so that machine noise hits both alike (median seconds)."""
    axe_only, live_only = AuditOptions(checks=False), AuditOptions(axe_core=False)
    rows = []
    for page in REAL_PAGES:
        axe_s, live_s = [], []
        for _ in range(repeat):
            axe_s.append(auditor.audit(page, options=axe_only).seconds)
            live_s.append(auditor.audit(page, options=live_only).seconds)
        rows.append({"page": page.stem, "axe_s": statistics.median(axe_s),
                     "live_s": statistics.median(live_s),
                     "ratio_live_to_axe": statistics.median(live_s) / statistics.median(axe_s)})
    return rows


def run(repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        seed_page = Path(tmp) / "seed.html"
        seed_page.write_text(broadsheet.render(seed()).html, encoding="utf-8")
        pages = []
        for path in FIXTURES:
            page = Path(tmp) / f"{path.stem}.html"
            page.write_text(broadsheet.render(path).html, encoding="utf-8")
            pages.append(page)
        started = time.perf_counter()
        with BrowserAuditor() as auditor:
            launch = time.perf_counter() - started
            axe_only = AuditOptions(checks=False)
            auditor.audit(seed_page, options=axe_only)  # warm-up: first injection
            axe_times, static_times = [], []
            for _ in range(repeat):  # interleaved, so machine noise hits both alike
                axe_times.append(auditor.audit(seed_page, options=axe_only).seconds)
                static_times.append(timed(lambda: check(seed_page), 1))
            full = [auditor.audit(page).seconds for page in pages]
            real = live_against_axe(auditor, max(1, repeat // 5))
    axe_s, static_s = statistics.median(axe_times), statistics.median(static_times)
    amortised = (launch + sum(full)) / len(pages)
    result: dict[str, Any] = {
        "axe_core_version": axe_script().version,
        "chromium_launch_s": launch,
        "seed_axe_s": axe_s,
        "seed_static_check_s": static_s,
        "ratio_axe_to_static": axe_s / static_s,
        "audit_per_page_median_s": statistics.median(full),
        "audit_per_page_amortised_s": amortised,
        "pages": len(pages),
        "target": "static check at least 30x faster than axe-core per page",
        "met": axe_s / static_s >= 30,
        "real_pages": real,
        "median_ratio_live_to_axe": statistics.median(r["ratio_live_to_axe"] for r in real),
        "worst_ratio_live_to_axe": max(r["ratio_live_to_axe"] for r in real),
    }
    result["lines"] = [
        f"browser  axe-core {result['axe_core_version']} on the seed page {axe_s * 1e3:7.1f} ms "
        f"(load, inject, run) = {result['ratio_axe_to_static']:.0f}x the static check "
        f"({static_s * 1e3:.1f} ms)  target >= 30x: {'met' if result['met'] else 'NOT met'}",
        f"browser  full audit (axe + browser checks), {len(pages)} fixtures: median "
        f"{result['audit_per_page_median_s']:.2f} s/page, amortised with the launch "
        f"({launch:.2f} s) {amortised:.2f} s/page",
        *(f"browser  live   {r['page'][:32]:32s} axe-core {r['axe_s'] * 1e3:7.0f} ms, "
          f"Broadsheet's browser rules {r['live_s'] * 1e3:7.0f} ms = {r['ratio_live_to_axe']:.2f}x"
          for r in real),
        f"browser  live engine / axe-core on {len(real)} real pages: median "
        f"{result['median_ratio_live_to_axe']:.2f}x, worst {result['worst_ratio_live_to_axe']:.2f}x"
        f"  target <= 2x: {'met' if result['worst_ratio_live_to_axe'] <= 2 else 'NOT met'}",
    ]
    return result
