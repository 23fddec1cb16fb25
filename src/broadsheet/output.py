"""Writing outputs atomically: a reader sees the old file or the whole new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from broadsheet.errors import OutputError


def _describe(error: OSError) -> str:
    return error.strerror or str(error)


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and a rename."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory")
    directory = target.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=directory)
    except FileNotFoundError:
        raise OutputError(f"{target}: folder {directory} does not exist") from None
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write: {_describe(error)}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
