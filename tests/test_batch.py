"""Rendering archives: render_many on a process pool, a thread pool and a Dask cluster."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import broadsheet
from broadsheet.cli import main
from tests.helpers import ARTICLE_FILES, SEED_PATH, load_json, rendered, written

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
    assert sorted(p.name for p in written(out)) == sorted(
        f"{i}.html" for i in ids_of([ARTICLE_FILES[0], ARTICLE_FILES[1]]))


def test_strict_refusals_are_render_errors(tmp_path: Path) -> None:
    batch = broadsheet.render_many([SEED], out_dir=tmp_path, strict=True,
                                   executor=ThreadPoolExecutor(1))
    (item,) = batch.items
    assert item.error_kind == "render"
    assert "/alerts/0" in item.errors[0]
    assert not list(tmp_path.iterdir())


def test_a_dask_cluster_runs_it_with_no_code_of_ours(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        batch = broadsheet.render_many(ARTICLE_FILES, out_dir=tmp_path,
                                       executor=client.get_executor())
    assert batch.ok
    assert sorted(p.stem for p in written(tmp_path)) == sorted(ids_of(ARTICLE_FILES))


def test_cli_jobs_all_or_nothing_and_keep_going(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    broken = broken_article(tmp_path)
    out = tmp_path / "out"
    args = ["render", str(ARTICLE_FILES[0]), str(broken), "--out-dir", str(out), "-j", "2", "-q"]
    assert main(args) == 2
    assert not out.exists(), "no partial output without --keep-going"
    assert "broken.json: line 1, column 42" in capsys.readouterr().err
    assert main([*args, "--keep-going"]) == 2
    assert [p.stem for p in written(out)] == ids_of([ARTICLE_FILES[0]])


def test_cli_jobs_renders_everything(tmp_path: Path) -> None:
    assert main(["render", *map(str, ARTICLE_FILES), "--out-dir", str(tmp_path), "-j", "0",
                 "-q"]) == 0
    assert sorted(p.stem for p in written(tmp_path)) == sorted(ids_of(ARTICLE_FILES))


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
        assert [p.name for p in written(out)] == [page.name], "no staging folder left"
        assert page.read_text("utf-8") == "the page published yesterday"


def test_paths_mappings_and_articles_from_any_iterable_render_in_memory() -> None:
    data = [load_json(path) for path in ARTICLE_FILES[:3]]
    model = broadsheet.load_article(ARTICLE_FILES[3])
    sources = (item for item in [ARTICLE_FILES[0], data[1], model, str(ARTICLE_FILES[2])])
    batch = broadsheet.render_many(sources, jobs=2)
    assert batch.ok
    assert [item.source for item in batch.items] == [
        str(ARTICLE_FILES[0]), "articles[1]", "articles[2]", str(ARTICLE_FILES[2])]
    for item, path in zip(batch.items, [ARTICLE_FILES[i] for i in (0, 1, 3, 2)], strict=True):
        expected = rendered(path)
        assert item.html == expected.html
        assert item.findings == expected.findings
        assert item.content_security_policy == expected.content_security_policy
        assert item.output is None


def test_a_mapping_that_is_not_an_article_is_an_error_naming_its_place() -> None:
    batch = broadsheet.render_many([{"id": "x"}, 42, ARTICLE_FILES[0]], jobs=1)
    first, second, third = batch.items
    assert first.error_kind == "input"
    assert first.errors[0].startswith("articles[0]: /")
    assert second.errors == (
        "articles[1]: a int is not an article; expected a path, a mapping or an Article",)
    assert third.ok


@pytest.mark.parametrize("one", [{"id": "x"}, "story.json", Path("story.json")])
def test_one_article_instead_of_an_iterable_is_a_clear_type_error(one: object) -> None:
    with pytest.raises(TypeError, match=r"iterable of articles .* pass \[article\]"):
        broadsheet.render_many(one)  # type: ignore[arg-type]


def test_articles_sharing_an_id_are_refused_and_overwrite_nothing(tmp_path: Path) -> None:
    twin = tmp_path / "twin.json"
    twin.write_text(ARTICLE_FILES[0].read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    sources = [ARTICLE_FILES[0], ARTICLE_FILES[1], twin]
    batch = broadsheet.render_many(sources, out_dir=out, jobs=1)
    assert [item.ok for item in batch.items] == [False, True, False]
    (article_id,) = ids_of([ARTICLE_FILES[0]])
    assert batch.items[0].errors == (
        f"{ARTICLE_FILES[0]}: id {article_id!r} renders to the same file as {twin}",)
    assert batch.items[2].errors == (
        f"{twin}: id {article_id!r} renders to the same file as {ARTICLE_FILES[0]}",)
    assert not out.exists()
    batch = broadsheet.render_many(sources, out_dir=out, jobs=1, keep_going=True)
    assert [p.stem for p in written(out)] == ids_of([ARTICLE_FILES[1]])
    assert batch.written == (str(out / f"{ids_of([ARTICLE_FILES[1]])[0]}.html"),)


def test_a_replaced_page_keeps_its_mode(tmp_path: Path) -> None:
    (article_id,) = ids_of([ARTICLE_FILES[0]])
    page = tmp_path / f"{article_id}.html"
    page.write_text("old", "utf-8")
    page.chmod(0o600)
    assert broadsheet.render_many([ARTICLE_FILES[0]], out_dir=tmp_path, jobs=1).ok
    assert page.stat().st_mode & 0o777 == 0o600
    assert page.read_text("utf-8") == rendered(ARTICLE_FILES[0]).html


def test_leftovers_of_killed_runs_are_finished_or_removed(tmp_path: Path) -> None:
    committed = tmp_path / ".broadsheet-committed"
    committed.mkdir()
    (committed / "a.html").write_text("new a", "utf-8")
    (committed / "MANIFEST.json").write_text('["a.html", "b.html"]', "utf-8")
    (tmp_path / "b.html").write_text("new b, moved before the kill", "utf-8")
    (tmp_path / "a.html").write_text("old a", "utf-8")
    abandoned = tmp_path / ".broadsheet-abandoned"
    abandoned.mkdir()
    (abandoned / "c.html").write_text("never committed", "utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-keep"
    elsewhere.mkdir()
    (elsewhere / "precious").write_text("x", "utf-8")
    (tmp_path / ".broadsheet-link").symlink_to(elsewhere)
    batch = broadsheet.render_many([ARTICLE_FILES[0]], out_dir=tmp_path, jobs=1)
    assert batch.ok
    assert sorted(batch.recovered) == [
        f"{abandoned}: removed the staging folder of an interrupted batch",
        f"{committed}: finished an interrupted batch (1 page moved)"]
    assert (tmp_path / "a.html").read_text("utf-8") == "new a"
    assert sorted(p.name for p in written(tmp_path)) == sorted(
        [".broadsheet-link", "a.html", "b.html", f"{ids_of([ARTICLE_FILES[0]])[0]}.html"])
    assert (elsewhere / "precious").exists(), "a symlink is not ours to follow"


def test_a_manifest_naming_files_outside_the_folder_is_refused(tmp_path: Path) -> None:
    staging = tmp_path / "out" / ".broadsheet-evil"
    staging.mkdir(parents=True)
    (staging / "MANIFEST.json").write_text('["../escaped.html"]', "utf-8")
    (tmp_path / "out" / "escaped.html").write_text("x", "utf-8")
    with pytest.raises(broadsheet.OutputError, match="not a list of page names"):
        broadsheet.render_many([ARTICLE_FILES[0]], out_dir=tmp_path / "out", jobs=1)
    assert not (tmp_path / "escaped.html").exists()


def test_two_batches_cannot_write_into_one_folder_at_once(tmp_path: Path) -> None:
    from broadsheet.staging import StagedFolder

    with StagedFolder(tmp_path), pytest.raises(broadsheet.OutputError,
                                               match="another batch is writing"):
        broadsheet.render_many([ARTICLE_FILES[0]], out_dir=tmp_path, jobs=1)


def test_render_out_dir_puts_the_fonts_beside_its_pages(tmp_path: Path) -> None:
    """``broadsheet render --out-dir`` writes what its pages load: every font the stylesheet
    names, byte for byte the shipped file, at the relative URL the page asks for."""
    out = tmp_path / "out"
    assert main(["render", str(SEED), "--out-dir", str(out), "--quiet"]) == 0
    named = re.findall(r'url\("(broadsheet-fonts/[^"]+)"\)', broadsheet.stylesheet())
    assert len(named) >= 10
    for relative in named:
        assert (out / relative).read_bytes() == (broadsheet.assets_dir() / relative).read_bytes()
    assert (out / "broadsheet-fonts" / "OFL-source-serif-4.txt").is_file()
    # A second batch into the folder leaves the fonts in place and adds no stray files.
    before = sorted(path.name for path in (out / "broadsheet-fonts").iterdir())
    assert main(["render", str(SEED), "--out-dir", str(out), "--quiet"]) == 0
    assert sorted(path.name for path in (out / "broadsheet-fonts").iterdir()) == before


def test_a_batch_that_renders_nothing_places_no_fonts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch = broadsheet.render_many([broken_article(tmp_path)], out_dir=out)
    assert not batch.ok
    assert not (out / "broadsheet-fonts").exists()
