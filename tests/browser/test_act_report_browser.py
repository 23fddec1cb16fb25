"""``broadsheet act-report --browser``: the live engine's rules in the W3C implementation
report, each case served at its W3C address with the suite's assets.

The cases are our own, written from the text of ACT rule afw4f7 (text has minimum
contrast): visible text in an element with a contrast below 4.5:1 fails, 4.5:1 or more
passes, text that is not visible is inapplicable.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

PAGE = "<!DOCTYPE html><html lang=en><title>t</title><style>{css}</style>{body}</html>"
LINKED = "/WAI/content-assets/wcag-act-rules/test-assets/ours/grey.css"


def _case(n: int, expected: str, body: str, css: str = "") -> dict[str, str]:
    return {"rule_id": "afw4f7", "testcase_id": f"{n:040x}", "expected": expected,
            "html": PAGE.format(css=css, body=body)}


CASES = [
    _case(1, "failed", "<p style='color:#999;background:#fff'>Grey words on white</p>"),
    _case(2, "passed", "<p style='color:#000;background:#fff'>Black words on white</p>"),
    _case(3, "inapplicable", "<p style='display:none'>Nobody sees these words</p>"),
    # grey only when the suite's stylesheet is served at its W3C address
    _case(4, "failed", f"<link rel=stylesheet href='{LINKED}'><p class=grey>Linked grey</p>"),
]


def _run(tmp_path: Path, *options: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps(CASES), "utf-8")
    out = tmp_path / "earl.json"
    done = subprocess.run([sys.executable, "-m", "broadsheet", "act-report", str(cases), "-o",
                           str(out), *options], capture_output=True, text=True, timeout=300,
                          check=False)
    outcomes: dict[str, str] = {}
    if out.exists():
        for node in json.loads(out.read_text("utf-8"))["@graph"]:
            if node.get("test", {}).get("title") == "text-contrast-minimum":
                case = node["subject"]["source"].rsplit("/", 1)[1].split(".")[0]
                outcomes[case[-1]] = node["result"]["outcome"]
    return done, outcomes


def test_the_live_engine_judges_each_case_at_its_w3c_address(auditor: Any, tmp_path: Path) -> None:
    """In a process of its own: Playwright's sync API runs once per thread (auditor's here)."""
    assets = tmp_path / "test-assets"
    (assets / "ours").mkdir(parents=True)
    (assets / "ours" / "grey.css").write_text(".grey{color:#aaa;background:#fff}", "utf-8")
    done, outcomes = _run(tmp_path, "--browser", "--assets", str(assets))
    assert done.returncode == 0, done.stderr
    assert outcomes == {"1": "earl:failed", "2": "earl:passed", "3": "earl:inapplicable",
                        "4": "earl:failed"}
    assert "[4/4] afw4f7/" in done.stderr, "progress, a line per case"
    assert "consistent (strict): 1;" in done.stderr

    done, outcomes = _run(tmp_path, "--browser")  # the test-assets beside the cases: served
    assert done.returncode == 0, done.stderr
    assert outcomes["4"] == "earl:failed"

    assets.rename(tmp_path / "elsewhere")
    done, outcomes = _run(tmp_path, "--browser")
    assert done.returncode == 0, done.stderr
    assert outcomes["4"] == "earl:passed", "no assets served: the linked grey never applies"


def test_without_browser_only_the_static_rules_assert(tmp_path: Path) -> None:
    done, outcomes = _run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert outcomes == {}
    assert "in Chromium" not in done.stderr


def test_assets_must_be_a_folder(tmp_path: Path) -> None:
    done, _ = _run(tmp_path, "--assets", str(tmp_path))  # the static rules read its sheets
    assert done.returncode == 0, done.stderr
    (tmp_path / "earl.json").unlink()
    done, _ = _run(tmp_path, "--assets", str(tmp_path / "missing"))
    assert done.returncode == 2
    assert "not a folder" in done.stderr
    assert not (tmp_path / "earl.json").exists(), "nothing half-written"
