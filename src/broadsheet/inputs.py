"""Read input files safely: regular files only, the size limit applied while reading.

A FIFO would block ``open`` until a writer came, ``/dev/zero`` never ends and a directory is
not a page; all are refused before a byte is read. The file is opened without blocking and
checked through its descriptor (``fstat``), so swapping the path for a FIFO after a check
cannot hang the reader; reading stops one byte past the limit whatever ``st_size`` said.
"""

from __future__ import annotations

import os
import stat
from typing import Protocol

from broadsheet.errors import BroadsheetError

_CHUNK = 1 << 20
_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


class Readable(Protocol):
    """A binary stream: a file, ``sys.stdin.buffer``."""

    def read(self, size: int = -1, /) -> bytes | None: ...


class ReadError(BroadsheetError, OSError):
    """An input file cannot be read; the message says why, without the path (callers add it)."""


def too_large(max_bytes: int, size: int | None = None) -> str:
    """The message for input over the size limit."""
    what = f"{size:,} bytes is" if size is not None else "is"
    return f"{what} larger than the limit of {max_bytes:,} bytes"


def read_regular(path: str | os.PathLike[str], *, max_bytes: int, kind: str = "an input file"
                 ) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``, or a :class:`ReadError`.

    ``kind`` names what was expected (``"an HTML file"``) in the message for a directory,
    a FIFO or a device.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from None
    try:
        info = os.fstat(fd)
        for test, name in _KINDS:
            if test(info.st_mode):
                raise ReadError(f"is {name}, not {kind}")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"is not a regular file, not {kind}")
        if info.st_size > max_bytes:
            raise ReadError(too_large(max_bytes, info.st_size))
        with open(fd, "rb", buffering=0, closefd=False) as handle:
            return read_limited(handle, max_bytes=max_bytes)
    except ReadError:
        raise
    except OSError as error:
        raise ReadError(f"cannot read ({error.strerror or error})") from None
    finally:
        os.close(fd)


def read_limited(stream: Readable, *, max_bytes: int) -> bytes:
    """Read ``stream`` to its end, refusing (:class:`ReadError`) more than ``max_bytes``."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise ReadError(too_large(max_bytes))
