"""Per-page browser audit time: one Chromium, every fixture, axe-core plus the browser checks.

    .venv/bin/python bench/browser_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import broadsheet
from broadsheet.browser import AuditOptions, BrowserAuditor, axe_script

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "articles").glob("*.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for path in FIXTURES:
            page = Path(tmp) / f"{path.stem}.html"
            page.write_text(broadsheet.render(path).html, encoding="utf-8")
            pages.append(page)
        started = time.perf_counter()
        with BrowserAuditor() as auditor:
            launch = time.perf_counter() - started
            rows = {}
            for label, options in (("axe only", AuditOptions(checks=False)),
                                   ("axe + browser checks", AuditOptions())):
                auditor.audit(pages[0], options=options)  # warm-up: first injection
                times = [auditor.audit(p, options=options).seconds
                         for _ in range(args.rounds) for p in pages]
                rows[label] = times
    print(f"Chromium launch: {launch:.2f} s; axe-core {axe_script().version}; "
          f"{len(pages)} pages x {args.rounds} rounds")
    for label, times in rows.items():
        print(f"{label:>22}: median {statistics.median(times):.2f} s/page, "
              f"p90 {sorted(times)[int(len(times) * 0.9) - 1]:.2f} s, "
              f"max {max(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
