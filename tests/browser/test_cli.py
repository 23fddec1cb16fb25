"""``broadsheet check --browser``: static, axe and browser results in one report per page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def test_check_browser_merges_static_axe_and_browser_results(
        auditor: Any, pages_dir: Path, tmp_path: Path) -> None:
    """In a process of its own: Playwright's sync API runs once per thread (auditor's here)."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html lang=en><title>x</title><main><img src=a.png>"
                   "</main></html>", encoding="utf-8")
    good = pages_dir / "en-eisteddfod-decorative.html"
    done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser", "--format",
                           "json", str(good), str(bad), "http://127.0.0.1:9/"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    reports = json.loads(done.stdout)
    reports = reports if isinstance(reports, list) else reports["reports"]
    assert len(reports) == 3
    ok, failing, unreachable = reports
    assert ok["violations"] == []
    ids = {v["id"] for v in failing["violations"]}
    assert {"image-alt"} <= ids
    assert {"skip-link-keyboard", "focus-indicator-visible", "reflow-320"} & {
        p["id"] for p in ok["passes"]}
    assert [v["id"] for v in unreachable["violations"]] == ["audit-page-load"]
