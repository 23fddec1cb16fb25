"""Content hashes that decide what a rebuild must redo: a fixture is rendered and captured
again only when its file, a template it uses, the stylesheet and fonts, Broadsheet's code or
the capture settings changed."""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from broadsheet import __version__
from broadsheet.render.assets import PICTURE_SUFFIXES, PICTURES
from broadsheet.render.environment import BLOCK_TEMPLATES, BUILTIN_STATIC, BUILTIN_TEMPLATES

#: The templates every full page uses, whatever its blocks.
PAGE_TEMPLATES = ("page.html",)
CODE = Path(__file__).resolve().parent.parent


def _digest_files(files: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file).encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()


def block_types(data: Any) -> set[str]:
    """Every block type named anywhere in article data (nested blocks included)."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            kind = value.get("type")
            if isinstance(kind, str) and kind in BLOCK_TEMPLATES:
                found.add(kind)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


#: A relative URL into the article's own pictures (``images/x.jpg``, ``./images/x.jpg``),
#: wherever it stands in a value (a ``src``, each candidate of a ``srcset``, a poster).
_PICTURE_URL = re.compile(rf"(?<![\w/.:-])(?:\./)?{PICTURES}/([^\s,/?#\"']+)")


def pictures(data: Any) -> set[str]:
    """The file names in ``images/`` that article data names (as :func:`place_pictures
    <broadsheet.render.assets.place_pictures>` copies them: no subfolders)."""
    found = set()
    for text in _strings(data):
        for match in _PICTURE_URL.finditer(text):
            name = urllib.parse.unquote(match.group(1))
            if "/" not in name and Path(name).suffix.lower() in PICTURE_SUFFIXES:
                found.add(name)
    return found


def pictures_digest(folder: Path, names: Iterable[str]) -> str:
    """One hash of the pictures named, as they are in ``folder/images/`` now (a missing or
    unreadable one counts as such, so adding it later rebuilds too)."""
    digest = hashlib.sha256()
    for name in sorted(names):
        file = folder / PICTURES / name
        digest.update(name.encode() + b"\0")
        try:
            data = b"" if file.is_symlink() or not file.is_file() else file.read_bytes()
        except OSError:
            data = b""
        digest.update(hashlib.sha256(data).digest() if data else b"missing")
    return digest.hexdigest()


class Templates:
    """The template files as they are now: which file provides each name (override folders
    first) and what each one includes or imports, by name."""

    def __init__(self, folders: Iterable[str]) -> None:
        self.folders = [Path(folder) for folder in folders] + [BUILTIN_TEMPLATES]
        self._env = jinja2.Environment()

    def file(self, name: str) -> Path | None:
        for folder in self.folders:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        return None

    def _references(self, file: Path) -> list[str]:
        try:
            tree = self._env.parse(file.read_text("utf-8"))
        except (jinja2.TemplateSyntaxError, UnicodeDecodeError, OSError):
            return []  # the render reports it; the file's bytes are in the digest anyway
        return [name for name in jinja2.meta.find_referenced_templates(tree) if name]

    def closure(self, names: Iterable[str]) -> Iterator[Path]:
        """The files of these templates and of every template they name, once each."""
        seen: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            file = self.file(name)
            if file is not None:
                yield file
                todo.extend(self._references(file))

    @cached_property
    def shared(self) -> str:
        """Broadsheet's code, the stylesheet and fonts: what every fixture depends on."""
        code = sorted(CODE.rglob("*.py")) + sorted(CODE.rglob("*.js"))
        static = sorted(path for path in BUILTIN_STATIC.rglob("*") if path.is_file())
        return hashlib.sha256((__version__ + _digest_files(code) + _digest_files(static))
                              .encode()).hexdigest()

    def newest(self, types: Iterable[str], also: Iterable[Path] = ()) -> tuple[Path, float]:
        """The most recently modified of the templates a page with these block types uses,
        the built-in stylesheet and ``also`` (a newsroom's stylesheet): (file, mtime)."""
        names = [*PAGE_TEMPLATES, *(BLOCK_TEMPLATES[kind] for kind in sorted(types))]
        files = [*self.closure(names), BUILTIN_STATIC / "broadsheet.css", *also]
        dated = [(file, file.stat().st_mtime) for file in files if file.is_file()]
        return max(dated, key=lambda item: item[1])

    def digest(self, types: Iterable[str]) -> str:
        """One hash of the templates a page with these block types uses, and the shared."""
        names = [*PAGE_TEMPLATES, *(BLOCK_TEMPLATES[kind] for kind in sorted(types))]
        files = sorted(set(self.closure(names)))
        return hashlib.sha256((self.shared + _digest_files(files)).encode()).hexdigest()
