"""Every file the gallery writes, written whole (a temporary file and a rename: a reader, or
a server, never sees half a file), and the lock that keeps two builds out of one folder.

Everything in :mod:`broadsheet.preview` writes through these helpers (a test reads the
package's source for other writes)."""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from broadsheet.errors import BroadsheetError
from broadsheet.output import atomic_write, atomic_write_bytes

if TYPE_CHECKING:
    from PIL.Image import Image
    from playwright.sync_api import Locator, Page

__all__ = ["LOCK_FILE", "FolderLocked", "copy_file", "image_size", "locked", "save_image",
           "screenshot", "write_bytes", "write_text"]


def write_text(path: Path, text: str) -> None:
    """``text`` (UTF-8) into ``path``, whole."""
    atomic_write(path, text)


def write_bytes(path: Path, data: bytes) -> None:
    """``data`` into ``path``, whole."""
    atomic_write_bytes(path, data)


def image_size(path: Path) -> tuple[int, int] | None:
    """A PNG's (width, height) from its header (no decoding), None when ``path`` is no PNG:
    a gallery picture's ``width`` and ``height``, so its place is kept before it loads."""
    try:
        with path.open("rb") as handle:
            head = handle.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def copy_file(source: Path, target: Path) -> None:
    """A copy of ``source`` at ``target``, whole."""
    write_bytes(target, source.read_bytes())


def save_image(image: Image, path: Path, **options: Any) -> None:
    """A Pillow image saved to ``path`` (the format from ``options['format']``), whole."""
    out = io.BytesIO()
    image.save(out, **options)
    write_bytes(path, out.getvalue())


def screenshot(target: Page | Locator, path: Path, **options: Any) -> None:
    """A Playwright screenshot (of a page or an element) into ``path``, whole."""
    write_bytes(path, target.screenshot(**options))


#: The lock file in a gallery folder while a build (or a server) writes into it.
LOCK_FILE = ".broadsheet-preview.lock"


class FolderLocked(BroadsheetError):
    """Another ``broadsheet preview`` is writing into the folder (a usage error: exit 2)."""


def _holder(lock: Path) -> str:
    try:
        said = lock.read_text("utf-8").strip()
    except OSError:
        said = ""
    return said or "a process that has not yet said who it is"


@contextlib.contextmanager
def locked(folder: Path, *, wait: float = 0.0) -> Iterator[Path]:
    """Hold :data:`LOCK_FILE` in ``folder`` (made if missing) while the block runs.

    The lock is the operating system's (``flock``): it ends with the process, so a build
    that crashed leaves no lock behind. When another process holds it, try again for
    ``wait`` seconds, then raise :class:`FolderLocked` naming the lock and its holder
    (process id, host, command and start time, which the holder writes into the file)."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / LOCK_FILE
    handle = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FolderLocked(
                        f"{folder}: another broadsheet preview is writing into this folder "
                        f"(lock {lock}, held by {_holder(lock)}); wait for it to end, stop "
                        "it, or build into another --out") from None
                time.sleep(0.2)
        started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
        command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else "?"
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"process {os.getpid()} on {socket.gethostname()}, "
                          f"`{command}`, since {started}\n".encode(), 0)
        try:
            yield lock
        finally:
            os.ftruncate(handle, 0)
    finally:
        os.close(handle)  # closing releases the lock
