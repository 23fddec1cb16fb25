"""The files a rendered page loads beside it: the fonts its stylesheet names
(``broadsheet-fonts/…``), placed next to pages written to a folder."""

from __future__ import annotations

import contextlib
import filecmp
import os
import secrets
import shutil
from pathlib import Path

from broadsheet.errors import OutputError
from broadsheet.render.environment import BUILTIN_STATIC

#: The fonts the built-in stylesheet names, relative to the page.
FONTS = BUILTIN_STATIC / "broadsheet-fonts"


def place_assets(folder: str | os.PathLike[str]) -> list[Path]:
    """Copy the shipped fonts (and their licences) into ``folder/broadsheet-fonts/``, each
    file through a temporary name and a rename, so a reader never gets half a font; files
    already there with the same bytes are left alone. Returns the files written."""
    target = Path(folder) / FONTS.name
    written = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(FONTS.iterdir()):
            destination = target / source.name
            if destination.is_file() and filecmp.cmp(source, destination, shallow=False):
                continue
            temporary = target / f".{source.name}.{secrets.token_hex(4)}.tmp"
            try:
                shutil.copyfile(source, temporary)
                os.replace(temporary, destination)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    temporary.unlink()
            written.append(destination)
    except OSError as error:
        raise OutputError(f"{target}: cannot place the fonts: {error.strerror or error}"
                          ) from None
    return written
