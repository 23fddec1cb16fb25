"""Writing outputs atomically: a reader sees the old file or the whole new one, never half."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from broadsheet.errors import OutputError

#: A new file's mode before the umask, as ``open()`` would create it.
NEW_FILE_MODE = 0o666


def _describe(error: OSError) -> str:
    return error.strerror or str(error)


def _temporary(target: Path) -> tuple[int, Path]:
    """A new, empty file beside ``target``, created as ``open()`` would (umask applied)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temporary, flags, NEW_FILE_MODE), temporary
        except FileExistsError:
            continue


def _write_through(target: Path, text: str) -> None:
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and a rename.

    A new file gets the mode ``open()`` would give it (0666 less the umask); a file being
    replaced keeps its mode. A device or pipe (``/dev/null``, ``/dev/stdout``) is written
    to, not replaced: there is no file to keep whole.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory")
    directory = target.parent
    try:
        previous = os.stat(target)
    except OSError:
        previous = None
    if previous is not None and not stat.S_ISREG(previous.st_mode):
        _write_through(target, text)
        return
    try:
        handle, temporary = _temporary(target)
    except FileNotFoundError:
        raise OutputError(f"{target}: folder {directory} does not exist") from None
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if previous is not None and stat.S_ISREG(previous.st_mode):
            os.chmod(temporary, stat.S_IMODE(previous.st_mode))
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (images and other
    binary outputs; :func:`atomic_write` is the text form)."""
    target = Path(path)
    try:
        handle, temporary = _temporary(target)
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
