"""Atomic writes keep the permissions a user expects: the umask for new files, the old mode
for replaced ones."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from broadsheet.output import atomic_write


@pytest.fixture
def umask_027() -> Iterator[None]:
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_027")
def test_a_new_file_gets_the_umask(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    atomic_write(page, "<p>new</p>")
    assert mode(page) == 0o640
    assert page.read_text("utf-8") == "<p>new</p>"


@pytest.mark.usefixtures("umask_027")
@pytest.mark.parametrize("existing", [0o600, 0o664, 0o444])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, existing: int) -> None:
    page = tmp_path / "page.html"
    page.write_text("old", "utf-8")
    page.chmod(existing)
    atomic_write(page, "new")
    assert mode(page) == existing
    assert page.read_text("utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"], "no temporary file left"


def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    """As ``-o /dev/null`` or ``-o /dev/stdout``: a device or pipe is not replaced by a file
    (a pipe, since a regressing test must not replace the machine's ``/dev/null``)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        atomic_write(fifo, "through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"], "no temporary file left"
