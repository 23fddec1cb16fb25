"""What an article is rendered with: one place for every rendering option, which
:func:`~broadsheet.render` and :func:`~broadsheet.render_many` both take as keywords."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from broadsheet.policy.urls import DEFAULT_EMBED_HOSTS
from broadsheet.render.csp import CspMode
from broadsheet.render.environment import TemplateDirs, template_folders


class RenderKeywords(TypedDict, total=False):
    """The options as keyword arguments (the fields of :class:`RenderOptions`, as callers
    may give them)."""

    strict: bool
    fragment: bool
    templates: TemplateDirs
    csp: CspMode | None
    embed_hosts: Iterable[str]
    review_markers: bool
    live_updates: bool
    stylesheet: str | os.PathLike[str] | None
    stylesheet_href: str | None


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Every rendering option with its default (picklable, so batches send it to workers)."""

    strict: bool = False
    fragment: bool = False
    templates: tuple[str, ...] = ()
    csp: CspMode | None = "strict"
    embed_hosts: tuple[str, ...] = tuple(DEFAULT_EMBED_HOSTS)
    review_markers: bool = False
    #: A live blog gets the small update script (inlined, allowed by its hash) and its
    #: "show new updates" controls; without it every page is script-free.
    live_updates: bool = False
    #: A newsroom's CSS file, inlined after Broadsheet's stylesheet (its hash in the policy).
    stylesheet: str | None = None
    #: A newsroom stylesheet's URL, linked after Broadsheet's (its origin in the policy).
    stylesheet_href: str | None = None

    def __post_init__(self) -> None:
        if self.csp is not None and self.csp not in ("strict", "relaxed"):
            raise ValueError(f"csp must be 'strict', 'relaxed' or None, not {self.csp!r}")

    @classmethod
    def of(cls, **keywords: Unpack[RenderKeywords]) -> RenderOptions:
        """The options from keyword arguments; an unknown one raises :class:`TypeError`."""
        values: dict[str, Any] = dict(keywords)
        unknown = sorted(values.keys() - {f.name for f in dataclasses.fields(cls)})
        if unknown:
            raise TypeError(f"unexpected rendering option(s): {', '.join(unknown)}")
        if "templates" in values:
            values["templates"] = template_folders(values["templates"])
        if values.get("stylesheet") is not None:
            values["stylesheet"] = os.fspath(values["stylesheet"])
        if "embed_hosts" in values:
            values["embed_hosts"] = tuple(values["embed_hosts"])
        return cls(**values)
