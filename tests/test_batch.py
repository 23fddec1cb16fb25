"""Rendering archives: render_many on a process pool, a thread pool and a Dask cluster."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import broadsheet
from broadsheet.cli import main
from tests.helpers import ARTICLE_FILES, SEED_PATH, rendered

SEED = SEED_PATH


def ids_of(paths: list[Path]) -> list[str]:
    return [json.loads(p.read_text("utf-8"))["id"] for p in paths]


def broken_article(tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "broadsheet.article/1", "id": ', "utf-8")
    return path


def test_process_pool_renders_every_article_identically(tmp_path: Path) -> None:
    batch = broadsheet.render_many(ARTICLE_FILES, out_dir=tmp_path, jobs=2)
    assert batch.ok
    assert [item.article_id for item in batch.items] == ids_of(ARTICLE_FILES)
    for path, item in zip(ARTICLE_FILES, batch.items, strict=True):
        assert item.output is not None
        assert Path(item.output).read_text("utf-8") == rendered(path).html
        assert item.findings == rendered(path).findings


def test_one_failing_article_is_reported_and_the_others_render(tmp_path: Path) -> None:
    broken = broken_article(tmp_path)
    out = tmp_path / "out"
    sources = [ARTICLE_FILES[0], broken, ARTICLE_FILES[1]]
    batch = broadsheet.render_many(sources, out_dir=out, executor=ThreadPoolExecutor(2))
    assert [item.ok for item in batch.items] == [True, False, True]
    assert batch.written == ()
    assert not out.exists(), "all or nothing by default"
    batch = broadsheet.render_many(sources, out_dir=out, executor=ThreadPoolExecutor(2),
                                   keep_going=True)
    assert not batch.ok
    assert [item.ok for item in batch.items] == [True, False, True]
    assert batch.failed[0].errors == (f"{broken}: line 1, column 42: invalid JSON: "
                                      "Expecting value",)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{i}.html" for i in ids_of([ARTICLE_FILES[0], ARTICLE_FILES[1]]))


def test_strict_refusals_are_render_errors(tmp_path: Path) -> None:
    batch = broadsheet.render_many([SEED], out_dir=tmp_path, strict=True,
                                   executor=ThreadPoolExecutor(1))
    (item,) = batch.items
    assert item.error_kind == "render"
    assert "/site/about/image" in item.errors[0]
    assert not list(tmp_path.iterdir())


def test_a_dask_cluster_runs_it_with_no_code_of_ours(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        batch = broadsheet.render_many(ARTICLE_FILES, out_dir=tmp_path,
                                       executor=client.get_executor())
    assert batch.ok
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted(ids_of(ARTICLE_FILES))


def test_cli_jobs_all_or_nothing_and_keep_going(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    broken = broken_article(tmp_path)
    out = tmp_path / "out"
    args = ["render", str(ARTICLE_FILES[0]), str(broken), "--out-dir", str(out), "-j", "2", "-q"]
    assert main(args) == 2
    assert not out.exists(), "no partial output without --keep-going"
    assert "broken.json: line 1, column 42" in capsys.readouterr().err
    assert main([*args, "--keep-going"]) == 2
    assert [p.stem for p in out.iterdir()] == ids_of([ARTICLE_FILES[0]])


def test_cli_jobs_renders_everything(tmp_path: Path) -> None:
    assert main(["render", *map(str, ARTICLE_FILES), "--out-dir", str(tmp_path), "-j", "0",
                 "-q"]) == 0
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted(ids_of(ARTICLE_FILES))


def test_cli_jobs_needs_an_out_dir(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(SEED), "-j", "2"]) == 2
    assert "--jobs needs --out-dir" in capsys.readouterr().err


def test_workers_render_with_the_callers_options(tmp_path: Path) -> None:
    embed_fixture = next(p for p in ARTICLE_FILES if "embed" in p.stem)
    batch = broadsheet.render_many([embed_fixture], out_dir=tmp_path, csp=None, embed_hosts=(),
                                   executor=ThreadPoolExecutor(1))
    (item,) = batch.items
    expected = broadsheet.render(embed_fixture, csp=None, embed_hosts=())
    assert item.findings == expected.findings
    assert any(f.outcome.value == "failed" for f in item.findings), "embeds refused"
    assert Path(item.output).read_text("utf-8") == expected.html
    assert "Content-Security-Policy" not in expected.html


def test_a_failed_batch_leaves_existing_pages_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    page = out / f"{ids_of([ARTICLE_FILES[0]])[0]}.html"
    page.write_text("the page published yesterday", "utf-8")
    for jobs in ([], ["-j", "2"]):
        args = ["render", str(ARTICLE_FILES[0]), str(broken_article(tmp_path)), "--out-dir",
                str(out), "-q", *jobs]
        assert main(args) == 2
        assert [p.name for p in out.iterdir()] == [page.name], "no staging folder left"
        assert page.read_text("utf-8") == "the page published yesterday"
