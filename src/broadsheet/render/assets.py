"""The files a rendered page loads beside it: the fonts its stylesheet names
(``broadsheet-fonts/…``), and an article's own pictures named by relative URLs
(``images/…``), placed next to pages written to a folder."""

from __future__ import annotations

import contextlib
import filecmp
import os
import secrets
import shutil
from collections.abc import Iterable
from pathlib import Path

from broadsheet.errors import OutputError
from broadsheet.render.environment import BUILTIN_STATIC

#: The fonts the built-in stylesheet names, relative to the page.
FONTS = BUILTIN_STATIC / "broadsheet-fonts"
#: The folder of an article's own pictures, beside the article file and beside its page.
PICTURES = "images"
#: What counts as a picture (or its licence notes) in that folder; a short WAV sound and a
#: WebM clip too, so an article's own samples play beside its page (the fixtures' players
#: play offline).
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg", ".md",
                              ".wav", ".webm"})


def _copy(sources: Iterable[Path], target: Path, what: str) -> list[Path]:
    """Copy ``sources`` into ``target``, each file through a temporary name and a rename, so
    a reader never gets half a file; files already there with the same bytes are left
    alone. Returns the files written."""
    written = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        for source in sources:
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
        raise OutputError(f"{target}: cannot place the {what}: {error.strerror or error}"
                          ) from None
    return written


def place_assets(folder: str | os.PathLike[str]) -> list[Path]:
    """Copy the shipped fonts (and their licences) into ``folder/broadsheet-fonts/``.
    Returns the files written."""
    return _copy(sorted(FONTS.iterdir()), Path(folder) / FONTS.name, "fonts")


def place_pictures(source: str | os.PathLike[str], folder: str | os.PathLike[str]
                   ) -> list[Path]:
    """Copy the pictures of ``source/images/`` (regular files with a picture's suffix, no
    links, no subfolders) into ``folder/images/``, so the relative URLs (``images/x.jpg``)
    of an article kept in ``source`` load beside its page. Nothing without that folder.
    Returns the files written."""
    pictures = Path(source) / PICTURES
    if not pictures.is_dir():
        return []
    chosen = sorted(path for path in pictures.iterdir()
                    if path.suffix.lower() in PICTURE_SUFFIXES and path.is_file()
                    and not path.is_symlink())
    return _copy(chosen, Path(folder) / PICTURES, "pictures")
