"""``broadsheet check`` and ``broadsheet rules``: formats, selection, exit statuses."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from broadsheet.cli import main

GOOD = ("<!doctype html><html lang='en'><head><title>T</title></head><body>"
        "<a class='skip-link' href='#main'>Skip to main content</a>"
        "<main id='main'><h1>Hello</h1><p>Text.</p></main></body></html>")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    page = tmp_path / "good.html"
    page.write_text(GOOD, encoding="utf-8")
    return page


def test_clean_page_exits_0(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good)]) == 0
    assert "1 page: 1 checked, 0 with violations" in capsys.readouterr().out


def test_failing_page_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<html><body><img src=a.png></body></html>", encoding="utf-8")
    assert main(["check", str(page), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert "image-alt" in {v["id"] for v in data["pages"][0]["violations"]}


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary"])
def test_bad_input_exits_2(tmp_path: Path, content: bytes,
                           capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "x.html"
    page.write_bytes(content)
    assert main(["check", str(page)]) == 2
    assert "broadsheet:" in capsys.readouterr().err


def test_missing_and_directory_exit_2(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "missing.html")]) == 2
    assert main(["check", str(tmp_path)]) == 2


def test_unknown_rule_exits_2(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good), "--rules", "no-such-rule"]) == 2
    assert "unknown rule" in capsys.readouterr().err


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as raised:
        main(["check", "--format", "yaml", "x.html"])
    assert raised.value.code == 2


def test_stdin_and_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    out = tmp_path / "report.sarif"
    assert main(["check", "-", "--format", "sarif", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_standard_input_named_twice_is_a_usage_error(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    # A blind QA trial (round 50): "check - -" read the page, then an empty stream, and
    # reported nothing but "<stdin>: empty file".
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert main(["check", "-", "-"]) == 2
    captured = capsys.readouterr()
    assert "'-' (standard input) can be given once" in captured.err
    assert captured.out == ""


def test_rules_and_tags_options(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good), "--tags", "wcag242", "--format", "json",
                 "--include-passes"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in data["pages"][0]["passes"]] == ["document-title"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_rules_listing(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "image-alt" in out
    assert "23a2a8" in out
    if fmt == "json":
        entry = next(r for r in json.loads(out) if r["id"] == "image-alt")
        assert set(entry) >= {"id", "help", "description", "impact", "tags", "wcag",
                              "act_ids", "help_url"}


def test_rules_into_a_closed_pipe_is_quiet() -> None:
    import subprocess

    process = subprocess.Popen([sys.executable, "-m", "broadsheet", "rules"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # `| head` that has read all it wants
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert "BrokenPipeError" not in error
    assert error == ""


def test_rules_lists_every_engines_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    engines: dict[str, set[str]] = {}
    for rule in listed:
        engines.setdefault(rule["id"], set()).add(rule["engine"])
    assert engines["image-alt"] == {"static", "axe"}  # the same id in two engines
    assert engines["reflow-320"] == {"browser"}
    assert engines["audit-page-load"] == {"browser"}
    assert engines["color-contrast"] == {"axe"}
    contrast = next(r for r in listed if r["id"] == "color-contrast")
    assert contrast["wcag"] == ["1.4.3"]
    assert "wcag2aa" in contrast["tags"]
    assert contrast["help_url"].startswith("https://dequeuniversity.com/rules/axe/")


def test_rules_of_one_engine(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json", "--engine", "browser"]) == 0
    assert {r["engine"] for r in json.loads(capsys.readouterr().out)} == {"browser"}
    assert main(["rules", "--engine", "axe"]) == 0
    text = capsys.readouterr().out
    assert "color-contrast (axe, serious)" in text
    assert "(static," not in text


def test_a_browser_engines_rule_without_browser_says_so(
        good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good), "--rules", "color-contrast"]) == 2
    assert "belongs to axe-core" in capsys.readouterr().err


def test_a_folder_is_every_html_page_in_it_and_below(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    # A blind QA trial (round 50): a folder was refused, so every run needed a shell glob.
    (tmp_path / "news" / "2026").mkdir(parents=True)
    for name in ("news/a.html", "news/2026/b.HTM", "news/c.xhtml"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "news" / "notes.txt").write_text("not a page", encoding="utf-8")
    assert main(["check", str(tmp_path / "news"), "--format", "json"]) == 0
    pages = [p["url"] for p in json.loads(capsys.readouterr().out)["pages"]]
    assert pages == [str(tmp_path / name)
                     for name in ("news/2026/b.HTM", "news/a.html", "news/c.xhtml")]
    (tmp_path / "empty").mkdir()
    assert main(["check", str(tmp_path / "empty")]) == 2
    assert "is a directory" in capsys.readouterr().err
