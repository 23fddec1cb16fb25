"""The Jinja2 environment: autoescaping, strict undefined, and user overrides by name."""

from __future__ import annotations

import os
from collections import ChainMap
from collections.abc import MutableMapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from broadsheet.blocks import BLOCKS

#: Template of each block type (from its spec); a user's folder overrides any of them by the
#: same name.
BLOCK_TEMPLATES = BLOCKS.templates()

#: The folder of the built-in templates (watched by ``broadsheet preview --serve``).
BUILTIN_TEMPLATES = Path(str(resources.files("broadsheet").joinpath("render/templates")))
BUILTIN_STATIC = Path(str(resources.files("broadsheet").joinpath("render/static")))

TemplateDirs = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None


def template_folders(templates: TemplateDirs) -> tuple[str, ...]:
    """Override folders as a tuple of paths, whether given as none, one or several."""
    if templates is None:
        return ()
    if isinstance(templates, str | os.PathLike):
        return (os.fspath(templates),)
    return tuple(os.fspath(path) for path in templates)


def environment(templates: TemplateDirs = None) -> jinja2.Environment:
    """The (cached) environment for these override folders, searched before the built-ins."""
    return _environment(template_folders(templates))


class ViewContext(jinja2.runtime.Context):
    """Jinja2's context, minus a cost paid on every include and import: Jinja2 lists every
    global (walking a ``ChainMap``) to decide whether an imported template needs globals
    of its own. Every template here shares the environment's globals, so only a template's
    own globals (none, in practice) are listed."""

    def __init__(self, environment: jinja2.Environment, parent: dict[str, Any],
                 name: str | None, blocks: dict[str, Any],
                 globals: MutableMapping[str, Any] | None = None) -> None:
        super().__init__(environment, parent, name, blocks)
        if globals is not None:
            own = globals.maps[0] if isinstance(globals, ChainMap) else globals
            self.globals_keys = set(own)


class ViewEnvironment(jinja2.Environment):
    """Jinja2 for Broadsheet's views, which are plain dicts: ``block.text`` reads the key
    first, so no attribute lookup fails (and raises) on every access, and a key such as
    ``items`` wins over the dict method of that name."""

    context_class = ViewContext

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@lru_cache(maxsize=16)
def _environment(folders: tuple[str, ...]) -> jinja2.Environment:
    for folder in folders:
        if not os.path.isdir(folder):
            from broadsheet.errors import RenderError

            raise RenderError(f"{folder}: template folder does not exist")
    loader = jinja2.ChoiceLoader([
        *(jinja2.FileSystemLoader(folder) for folder in folders),
        jinja2.PackageLoader("broadsheet", "render/templates"),
    ])
    env = ViewEnvironment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=bool(folders),
    )
    # Built-in templates never change while running: resolve them once. Override folders are
    # looked up by name on each use, so edits show up (e.g. under ``preview --serve``).
    env.globals["block_templates"] = BLOCK_TEMPLATES if folders else {
        kind: env.get_template(name) for kind, name in BLOCK_TEMPLATES.items()}
    return env


def assets_dir() -> Path:
    """The folder of Broadsheet's static assets (``broadsheet.css``), for a host that serves
    them as files beside fragments."""
    return BUILTIN_STATIC


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The stylesheet fragments need and full pages inline, as text (UTF-8 CSS)."""
    return resources.files("broadsheet").joinpath("render/static/broadsheet.css").read_text("utf-8")
