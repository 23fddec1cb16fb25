"""The command line: help everywhere, clear one-line errors, exit codes, no partial output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from broadsheet import __version__
from broadsheet.cli import build_parser, main
from tests.helpers import ROOT, SEED_PATH, written

GOOD = ROOT / "fixtures" / "articles" / "en-storm-breaking-corrections.json"


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"broadsheet {__version__}"


@pytest.mark.parametrize("command", [None, *subcommands()])
def test_every_command_has_help(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"] if command else ["--help"])
    assert exited.value.code == 0
    assert "usage: broadsheet" in capsys.readouterr().out


def test_the_console_script_runs() -> None:
    completed = subprocess.run([sys.executable, "-m", "broadsheet", "--version"],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"broadsheet {__version__}"


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads((ROOT / "schemas" / "article.schema.json").read_text("utf-8"))


def test_render_to_a_file_and_findings_on_stderr(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.html"
    assert main(["render", str(SEED_PATH), "-o", str(out)]) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    err = capsys.readouterr().err
    assert f"{SEED_PATH}: /site/about/image: review: render-alt-from-site-name:" in err
    assert f"{SEED_PATH}: /alerts/0: error: render-alert-empty:" in err


def test_render_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(GOOD), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_strict_render_exits_1_and_writes_nothing(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.html"
    assert main(["render", str(SEED_PATH), "--strict", "-o", str(out)]) == 1
    assert not out.exists()
    assert "/alerts/0" in capsys.readouterr().err


def test_out_dir_writes_one_page_per_article(tmp_path: Path) -> None:
    files = sorted((ROOT / "fixtures" / "articles").glob("*.json"))
    assert main(["render", *map(str, files), "--out-dir", str(tmp_path / "site"), "-q"]) == 0
    pages = sorted(p.stem for p in written(tmp_path / "site"))
    ids = sorted(json.loads(f.read_text("utf-8"))["id"] for f in files)
    assert pages == ids


def test_bad_inputs_are_one_line_each_exit_2_and_nothing_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    invalid_json = tmp_path / "broken.json"
    invalid_json.write_text('{"format": \n', "utf-8")
    wrong = tmp_path / "wrong.json"
    data = json.loads(SEED_PATH.read_text("utf-8"))
    data["body"][3] = {"type": "heading", "level": 7, "text": "x"}
    data["body"][5] = {"type": "marquee"}
    wrong.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "out"
    args = ["render", str(GOOD), str(invalid_json), str(wrong), str(tmp_path / "nope.json"),
            str(tmp_path), "--out-dir", str(out), "-q"]
    assert main(args) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{invalid_json}: line 2, column 1: invalid JSON: Expecting value",
        f"{wrong}: /body/3/level: 7 is greater than the maximum of 6",
        err[2],
        f"{tmp_path / 'nope.json'}: no such file",
        f"{tmp_path}: is a directory, not an article file",
    ]
    assert err[2].startswith(f"{wrong}: /body/5/type: 'marquee' is not a block type")
    assert not out.exists(), "no partial output"


def test_keep_going_writes_the_good_articles(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["render", str(GOOD), str(tmp_path / "nope.json"), "--out-dir", str(out),
                 "--keep-going", "-q"]) == 2
    assert [p.name for p in written(out)] == ["en-storm-breaking-corrections.html"]


def test_unwritable_output_is_a_clear_error(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["render", str(GOOD), "-q", "-o", str(tmp_path / "missing" / "a.html")]) == 2
    assert main(["render", str(GOOD), "-q", "--out-dir", str(blocker / "sub")]) == 2
    assert main(["render", str(GOOD), "-q", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("broadsheet render:") == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"], "no temporary files left"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["render"])
    assert exited.value.code == 2
    assert main(["render", str(GOOD), str(GOOD)]) == 2
    assert "several articles need --out-dir" in capsys.readouterr().err


def test_missing_template_folder_is_an_input_error(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(GOOD), "--templates", str(tmp_path / "none")]) == 2
    assert "template folder does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "soon", "7200"])
def test_check_refuses_a_time_limit_that_is_not_a_sensible_number_of_seconds(
        value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--browser", "--timeout", value, str(SEED_PATH)])
    assert exited.value.code == 2
    assert "--timeout" in capsys.readouterr().err


def test_review_markers_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    plain, marked = tmp_path / "plain.html", tmp_path / "marked.html"
    assert main(["render", str(SEED_PATH), "-o", str(plain), "-q"]) == 0
    assert main(["render", str(SEED_PATH), "-o", str(marked), "-q", "--review-markers"]) == 0
    assert "data-broadsheet-review" not in plain.read_text("utf-8")
    assert marked.read_text("utf-8").count('data-broadsheet-review="alt-from-site-name"') == 1
    site = tmp_path / "site"
    assert main(["render", str(SEED_PATH), "--out-dir", str(site), "-q", "--jobs", "2",
                 "--review-markers"]) == 0
    (page,) = site.glob("*.html")
    assert page.read_text("utf-8").count('data-broadsheet-review="alt-from-site-name"') == 1
    assert main(["render", str(SEED_PATH), "--out-dir", str(tmp_path / "plain"), "-q"]) == 0
    assert "data-broadsheet-review" not in next((tmp_path / "plain").glob("*.html")).read_text()
