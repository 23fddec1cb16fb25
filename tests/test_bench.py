"""The benchmarks run and report ratios (their figures are read by people, not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT


def test_bench_runs_and_writes_ratios(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    completed = subprocess.run(
        [sys.executable, "-m", "bench", "--repeat", "1", "--only", "render,check,scaling",
         "--sizes", "10,100", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert completed.returncode == 0, completed.stderr
    data = json.loads(out.read_text())
    assert data["render"]["ratio_render_to_bare"] > 0
    assert data["render"]["ratio_load_and_render_to_render"] > 0
    assert data["check"]["ratio_check_to_parse"] > 0
    assert [row["blocks"] for row in data["scaling"]["rows"]] == [10, 100]
    assert data["scaling"]["rows"][1]["peak_bytes"] >= data["scaling"]["baseline_rss_bytes"]
    assert "x bare Jinja2" in completed.stdout


def test_the_batch_bench_compares_a_pool_with_serial_rendering() -> None:
    from bench import batch_speed

    data = batch_speed.run(1, count=20)
    assert set(data["ratios"]) == {"to_files", "in_memory"}
    for name, measured in data["seconds"].items():
        assert measured["wall"] > 0, name
        assert measured["cpu"] > 0, f"{name}: workers' CPU is counted once they are reaped"


def test_the_import_bench_imports_every_div_and_gives_ratios_per_size_step() -> None:
    from bench import import_scaling

    from broadsheet import import_article

    article = import_article(import_scaling.flat_page(50), kind="page",
                             base_url=import_scaling.BASE_URL).article
    assert [block["type"] for block in article["body"]] == ["paragraph"] * 50
    assert article["body"][49]["text"].startswith("Sentence 49 of the story")
    data = import_scaling.run(1, sizes=(10, 100))
    assert [row["divs"] for row in data["rows"]] == [10, 100]
    assert "import_ratio" not in data["rows"][0]
    assert data["rows"][1]["import_ratio"] > 0


def test_the_memory_bench_checks_each_page_in_a_fresh_process() -> None:
    from bench import memory

    data = memory.run(1, size=60_000)
    assert [row["page"] for row in data["rows"]] == ["article", "ordinary", "nested-tables",
                                                     "real-page", "real-page-divs"]
    for row in data["rows"]:
        assert row["bytes"] >= 50_000, row["page"]
        # > 0: a child's peak is its own, not the resident size of the parent (this test's
        # process, far larger than a 60 KB check) that ru_maxrss carries over the fork.
        assert row["peak"] > row["peak_growth"] > 0, "the whole process includes the page"
        assert row["lxml_per_byte"] >= 0, "the baseline is measured beside each page"
    assert "B/B" in "\n".join(memory.lines(data))


def test_the_memory_baseline_is_the_checkers_own_tree_of_a_repeated_page(tmp_path: Path) -> None:
    """lxml.html, the baseline before, stopped at a repeated page's first ``</html>``."""
    from bench import memory

    page = (memory.REAL_PAGE.read_text(encoding="utf-8") * 2)
    path = tmp_path / "twice.html"
    path.write_text(page, encoding="utf-8")
    from broadsheet.checks.parse import parse

    elements = len(parse(page).elements)
    memory.measure(path, "xml", str(tmp_path / "twice.xml"))
    tree = memory.measure(tmp_path / "twice.xml", "lxml")
    assert tree["elements"] == elements
    assert elements > 1.9 * len(parse(memory.REAL_PAGE.read_bytes()).elements)


def test_the_findings_comparison_names_a_finding_whose_target_moved(
        tmp_path: Path, capsys: Any) -> None:
    from bench import findings

    page = ROOT / "bench" / "pages" / "ap_meta_refresh.html"
    data = findings.report(page)
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps({"page": data}))
    assert findings.compare(before, before) == 0
    entry = data["passes"][0]
    rule, node = entry["id"], entry["nodes"][0]
    old_target = node["target"][0]
    node["target"] = ["html > body > moved"]
    after.write_text(json.dumps({"page": data}))
    assert findings.compare(before, after) == 1
    out = capsys.readouterr().out
    assert f"- {rule} passes {old_target}" in out
    assert f"+ {rule} passes html > body > moved" in out


def test_the_render_comparison_times_both_trees_and_refuses_the_wrong_one(
        tmp_path: Path) -> None:
    from bench import render_alternate

    best = render_alternate.compare(render_alternate.ROOT / "src", rounds=1, repeat=1)
    for version in ("old", "new"):
        assert set(best[version]) == {f"{size} {job}" for size in render_alternate.SIZES
                                      for job in ("bare", "render")}
        assert all(seconds > 0 for seconds in best[version].values())
    # A folder with no Broadsheet in it: the child imports the installed one, which is not
    # the version asked for, and the comparison stops instead of timing it.
    with pytest.raises(SystemExit, match="old: imported"):
        render_alternate.compare(tmp_path, rounds=1, repeat=1)
