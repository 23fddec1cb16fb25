"""Where the live engine's time goes: each browser check timed on each saved real page.

    python -m bench.live_rules [PAGE ...] [--json out/live_rules.json]

A PAGE is the stem of a page in bench/pages or the path of any HTML file.

One warm Chromium; each page is loaded once with Broadsheet's browser checks alone
(``--no-axe``) and every check is timed as it runs, beside axe-core's own run on the same page.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.browser_speed import REAL_PAGES
from broadsheet.browser import AuditOptions, BrowserAuditor, checks


def timed_checks(timings: dict[str, float]) -> tuple[Any, ...]:
    """``checks.CHECKS`` with each check recording its seconds in ``timings``."""
    def wrap(check: Callable[..., Any], ids: frozenset[str]) -> Callable[..., Any]:
        name = ",".join(sorted(ids))

        def run(page: Any) -> Any:
            started = time.perf_counter()
            try:
                return check(page)
            finally:
                timings[name] = time.perf_counter() - started
        return run
    return tuple((wrap(check, ids), ids) for check, ids in checks.CHECKS)


def run(stems: list[str]) -> list[dict[str, Any]]:
    """Per page: axe-core's seconds, the live engine's, each check's, and every finding."""
    pages = [p for p in REAL_PAGES if not stems or p.stem in stems]
    pages += [Path(s) for s in stems if s.endswith((".html", ".htm"))]
    original = checks.CHECKS
    rows = []
    with BrowserAuditor() as auditor:
        auditor.audit(pages[0], options=AuditOptions(checks=False))  # warm-up
        for page in pages:
            timings: dict[str, float] = {}
            checks.CHECKS = timed_checks(timings)
            try:
                audit = auditor.audit(page, options=AuditOptions(axe_core=False))
            finally:
                checks.CHECKS = original
            live = audit.seconds
            axe = auditor.audit(page, options=AuditOptions(checks=False)).seconds
            findings = [{"rule": f.rule, "outcome": f.outcome.value, "target": f.target,
                         "message": f.message} for r in audit.results for f in r.findings]
            rows.append({"page": page.stem, "axe_s": axe, "live_s": live, "checks": timings,
                         "findings": findings})
            print(f"{page.stem[:28]:28s} axe {axe:6.2f} s  live {live:6.2f} s = "
                  f"{live / axe:5.2f}x  " + "  ".join(
                      f"{k.split(',')[0]} {v:.2f}" for k, v in
                      sorted(timings.items(), key=lambda kv: -kv[1])), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*",
                        help="stems of pages in bench/pages (default all), or HTML files")
    parser.add_argument("--json", type=Path, help="write the timings and findings here")
    args = parser.parse_args()
    rows = run(args.pages)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
