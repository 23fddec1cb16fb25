"""Browser figures: axe-core's per-page cost against the static check on the same page, and the
amortised audit time per page over the fixture set, all with one Chromium already running."""

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
    }
    result["lines"] = [
        f"browser  axe-core {result['axe_core_version']} on the seed page {axe_s * 1e3:7.1f} ms "
        f"(load, inject, run) = {result['ratio_axe_to_static']:.0f}x the static check "
        f"({static_s * 1e3:.1f} ms)  target >= 30x: {'met' if result['met'] else 'NOT met'}",
        f"browser  full audit (axe + browser checks), {len(pages)} fixtures: median "
        f"{result['audit_per_page_median_s']:.2f} s/page, amortised with the launch "
        f"({launch:.2f} s) {amortised:.2f} s/page",
    ]
    return result
