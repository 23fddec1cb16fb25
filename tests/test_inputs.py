"""Only regular files are read, and the size limit holds while reading (issue 20, item 7)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from broadsheet.checks.parse import Document, parse
from broadsheet.cli import main
from broadsheet.inputs import ReadError, read_limited, read_regular
from tests.helpers import ROOT

PAGE = "<!doctype html><html lang=en><title>t</title><main><h1>x</h1></main></html>"


class Endless(io.RawIOBase):
    """A stream that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        buffer[:] = b"a" * len(buffer)
        self.served += len(buffer)
        return len(buffer)


def test_the_limit_stops_an_endless_stream_just_past_it() -> None:
    stream = Endless()
    with pytest.raises(ReadError, match="larger than the limit of 5,000,000 bytes"):
        read_limited(stream, max_bytes=5_000_000)
    assert stream.served == 5_000_001


def test_a_file_under_the_limit_is_read_whole(tmp_path: Path) -> None:
    file = tmp_path / "page.html"
    file.write_bytes(b"x" * 3_000_000)
    assert read_regular(file, max_bytes=3_000_000) == b"x" * 3_000_000
    with pytest.raises(ReadError, match="3,000,000 bytes is larger than the limit of 2,999,999"):
        read_regular(file, max_bytes=2_999_999)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.html"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
@pytest.mark.parametrize("command", ["check", "render"])
def test_non_regular_inputs_exit_2_naming_the_path(
        kind: str, command: str, fifo: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = {"fifo": fifo, "device": Path("/dev/zero"), "directory": tmp_path}[kind]
    expected = {"fifo": "is a named pipe (FIFO)", "device": "is a character device",
                "directory": "is a directory"}[kind]
    argv = [command, str(path)] + (["-o", str(tmp_path / "out.html")] if command == "render"
                                   else [])
    # A FIFO with no writer blocked open() for good; a timer writer unblocks a regression.
    guard = threading.Timer(20, lambda: fifo.write_bytes(b"{}"))
    guard.start()
    try:
        assert main(argv) == 2
    finally:
        guard.cancel()
    err = capsys.readouterr().err
    assert f"{path}: {expected}, not an" in err
    assert "Traceback" not in err


def test_other_pages_are_reported_when_one_cannot_be_read(
        fifo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.html"
    good.write_text(PAGE)
    out = tmp_path / "report.json"
    assert main(["check", str(fifo), str(good), "/dev/zero", "--format", "json",
                 "-o", str(out)]) == 2
    data = json.loads(out.read_text())
    checked = [page["url"] for page in data["pages"] if page["error"] is None]
    assert checked == [str(good)], "the one page read is the only page checked"
    err = capsys.readouterr().err
    assert f"{fifo}: is a named pipe" in err
    assert "/dev/zero: is a character device" in err


def test_endless_stdin_is_refused_at_the_limit() -> None:
    script = ("import sys; from broadsheet.checks import engine; engine.MAX_BYTES = 1_000_000;"
              "from broadsheet.cli import main; sys.exit(main(['check', '-']))")
    with subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as process:
        assert process.stdin is not None
        try:
            while process.poll() is None:
                process.stdin.write(b"<p>" * 10_000)
        except BrokenPipeError:
            pass
        _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert b"<stdin>: is larger than the limit of 1,000,000 bytes" in err


def test_a_page_that_cannot_be_audited_exits_3_and_the_others_are_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def faulty(content: str | bytes, *, file_ext: str = "html",
               keep_source: bool = True) -> Document:
        if b"FAULT" in (content if isinstance(content, bytes) else content.encode()):
            raise AssertionError("injected checker fault")
        return parse(content, file_ext=file_ext, keep_source=keep_source)

    monkeypatch.setattr("broadsheet.checks.engine.parse", faulty)
    pages = [tmp_path / name for name in ("a.html", "fault.html", "b.html")]
    for page in pages:
        page.write_text(PAGE.replace("<h1>x", "<h1>FAULT" if page.name == "fault.html"
                                     else "<h1>x"))
    missing = tmp_path / "missing.html"
    out = tmp_path / "report.json"
    argv = ["check", *map(str, pages), str(missing), "--format", "json", "-o", str(out)]
    assert main(argv) == 3, "could not audit outranks a missing page (2)"
    checked = [page["url"] for page in json.loads(out.read_text())["pages"]
               if page["error"] is None]
    assert checked == [str(pages[0]), str(pages[2])]
    err = capsys.readouterr().err
    assert f"{pages[1]}: could not audit: AssertionError: injected checker fault" in err
    assert f"{missing}: no such file" in err
    assert main(["check", str(missing), str(pages[0])]) == 2
