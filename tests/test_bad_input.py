"""Hostile and broken input: every case is a clear message with its place, exit status 2,
no traceback and no output file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import broadsheet
from broadsheet import schema
from broadsheet.cli import main
from tests.helpers import ROOT

GOOD = json.loads((ROOT / "fixtures" / "articles" / "en-storm-breaking-corrections.json")
                  .read_text("utf-8"))


def with_(**changes: Any) -> dict[str, Any]:
    return {**GOOD, **changes}


def as_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=True).encode("utf-8")


def deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


#: name → (file bytes, text the message must contain, its place)
CASES: dict[str, tuple[bytes, str, str]] = {
    "invalid JSON": (b'{\n  "format": "broadsheet.article/1",\n  "id": oops\n}',
                     "invalid JSON: Expecting value", "line 3, column 9"),
    "empty file": (b"", "invalid JSON", "line 1, column 1"),
    "trailing comma": (b'{"id": "a",}', "invalid JSON", "line 1, column 12"),
    "NaN": (b'{"id": NaN}', "NaN is not a JSON number", "invalid JSON"),
    "duplicate key": (b'{"id": "a", "id": "b"}', "duplicate key 'id'", "invalid JSON"),
    "not an object": (b"[]", "must be an object (fields in braces)", "/:"),
    "wrong type": (as_json(with_(headline=42)), "must be text", "/headline:"),
    "wrong type in a block": (as_json(with_(body=[{"type": "heading", "level": "2",
                                                   "text": "x"}])),
                              "must be a whole number", "/body/0/level:"),
    "unknown field": (as_json(with_(headlne="x")),
                      "unknown field 'headlne' (did you mean 'headline'?)", "/headlne:"),
    "unknown block type": (as_json(with_(body=[{"type": "sidebar", "text": "x"}])),
                           "'sidebar' is not a block type", "/body/0/type:"),
    "10 MB paragraph": (as_json(with_(body=[{"type": "paragraph", "text": "a" * 10_485_760}])),
                        "10,485,760 characters is longer than the limit of 1,000,000",
                        "/body/0/text:"),
    "100,001 blocks": (as_json(with_(body=[{"type": "divider"}] * 100_001)),
                       "100,001 blocks is more than the limit of 100,000", "/body:"),
    "deep nesting in a field": (as_json(with_(kicker=deep(40))),
                                "nested more than 32 levels deep", "/kicker/0/0/0"),
    "deep nesting past the parser": (b"[" * 100_000 + b"]" * 100_000,
                                     "nested too deeply", "invalid JSON"),
    "invalid UTF-8": (b'{"id":\n "\xff\xfe"}', "not valid UTF-8 (byte 0xff", "line 2, column 3"),
    "NUL": (as_json(with_(headline="Storm\u0000warning")),
            "contains U+0000 (NUL) at character 6", "/headline:"),
    "control character": (as_json(with_(body=[{"type": "paragraph", "text": "a\u001bb"}])),
                          "contains U+001B (ESC)", "/body/0/text:"),
    "C1 control": (as_json(with_(kicker="x\u0085")), "U+0085 (a control character)", "/kicker:"),
    "raw control character in JSON": (b'{"id": "a\x01"}', "Invalid control character",
                                      "line 1, column 10"),
    "lone surrogate": (as_json(with_(headline="broken \ud800 pair")),
                       "U+D800 (a lone surrogate)", "/headline:"),
    "noncharacter": (as_json(with_(headline="x\uffff")), "U+FFFF (a noncharacter)", "/headline:"),
    "impossible date": (as_json(with_(corrections=[{"date": "2024-02-30", "text": "x"}])),
                        "'2024-02-30' is not a real date and time", "/corrections/0/date:"),
    "control character in a field name": (as_json(with_(**{"x\u0000": 1})),
                                          "a field name contains U+0000", "/:"),
}


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_a_clear_error(case: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    content, message, place = CASES[case]
    source = tmp_path / "article.json"
    source.write_bytes(content)
    out = tmp_path / "page.html"
    status, stdout, stderr = run(["render", str(source), "-o", str(out)], capsys)
    assert status == 2
    assert message in stderr
    assert f"{source}: " in stderr
    assert place in stderr
    assert "Traceback" not in stderr
    assert len(stderr) < 2000, "messages quote values briefly, never a 10 MB string"
    assert not out.exists()
    assert stdout == ""
    assert os.listdir(tmp_path) == ["article.json"], "no temporary files left behind"


def test_exactly_the_limits_are_accepted() -> None:
    broadsheet.load_article(with_(kicker="k" * 100_000, body=[
        {"type": "paragraph", "text": "a" * 1_000_000}, {"type": "divider"}]))


def test_nesting_at_the_limit_is_a_schema_problem_not_a_depth_one() -> None:
    with pytest.raises(broadsheet.ArticleError) as raised:
        broadsheet.load_article(with_(kicker=deep(schema.MAX_DEPTH - 1)))
    assert [p.pointer for p in raised.value.problems] == ["/kicker"]
    assert "nested" not in str(raised.value)


def test_a_cyclic_mapping_is_refused_not_a_crash() -> None:
    data = with_()
    data["section"] = {"name": "x"}
    data["section"]["self"] = data["section"]
    with pytest.raises(broadsheet.ArticleError, match="nested more than 32 levels"):
        broadsheet.load_article(data)


def test_a_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "big.json"
    source.write_bytes(as_json(with_(summary="a" * 600_000)))
    monkeypatch.setattr(schema, "MAX_ARTICLE_BYTES", 500_000)
    status, _, stderr = run(["render", str(source), "-o", str(tmp_path / "x.html")], capsys)
    assert status == 2
    size = source.stat().st_size
    assert f"{source}: {size:,} bytes is larger than the limit of 500,000 bytes" in stderr


@pytest.mark.parametrize(("setup", "message"), [
    ("missing", "no such file"),
    ("directory", "is a directory, not an article file"),
    ("unreadable", "permission denied"),
    ("not a folder", "Not a directory"),
])
def test_unreadable_inputs(setup: str, message: str, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    source = {"missing": tmp_path / "missing.json", "directory": tmp_path,
              "unreadable": tmp_path / "secret.json",
              "not a folder": tmp_path / "file.json" / "article.json"}[setup]
    if setup == "unreadable":  # tests run as root, where chmod 000 still reads
        source.write_bytes(as_json(GOOD))
        real_open = os.open

        def refuse(path: Any, *args: Any, **kwargs: Any) -> int:
            if os.fspath(path) == str(source):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *args, **kwargs)
        monkeypatch.setattr(os, "open", refuse)
    if setup == "not a folder":
        (tmp_path / "file.json").write_bytes(b"{}")
    out = tmp_path / "page.html"
    status, stdout, stderr = run(["render", str(source), "-o", str(out)], capsys)
    assert (status, stdout) == (2, "")
    assert f"{source}: {message}" in stderr
    assert "Traceback" not in stderr
    assert not out.exists()


def test_an_unwritable_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", "utf-8")
    source = ROOT / "fixtures" / "articles" / "en-storm-breaking-corrections.json"
    status, stdout, stderr = run(["render", str(source), "-q", "-o",
                                  str(blocker / "page.html")], capsys)
    assert (status, stdout) == (2, "")
    assert f"{blocker / 'page.html'}: cannot write: Not a directory" in stderr
    assert "Traceback" not in stderr
    status, _, stderr = run(["render", str(source), "-q", "--out-dir", str(blocker)], capsys)
    assert status == 2
    assert str(blocker) in stderr
    assert "Traceback" not in stderr
    assert blocker.read_text("utf-8") == "a file where a folder should be"


def test_a_failed_write_leaves_no_partial_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    articles = sorted((ROOT / "fixtures" / "articles").glob("*.json"))[:3]
    out = tmp_path / "site"
    real_replace = os.replace
    calls: list[str] = []

    def replace(source: str, target: Path) -> None:
        calls.append(str(target))
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    status, _, stderr = run(["render", *map(str, articles), "-q", "--out-dir", str(out)], capsys)
    assert status == 2
    assert "cannot write: No space left on device" in stderr
    assert "Traceback" not in stderr
    assert not out.exists(), "the pages already written are removed, and the folder made for them"
