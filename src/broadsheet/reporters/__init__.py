"""Report writers: ``text`` for people, ``json`` (axe-shaped pages), ``junit`` for CI,
``sarif``, ``html`` (one self-contained page). Each is ``render(reports, info=None)``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from broadsheet.checks.report import Report
from broadsheet.reporters.common import RunInfo


class Writer(Protocol):
    def __call__(self, reports: Sequence[Report], info: RunInfo | None = None, /) -> str: ...


FORMATS = ("text", "json", "junit", "sarif", "html")


def get_writer(name: str) -> Writer:
    """The writer for a format name (one of :data:`FORMATS`)."""
    if name == "text":
        from broadsheet.reporters.text import render
    elif name == "json":
        from broadsheet.reporters.json import render
    elif name == "junit":
        from broadsheet.reporters.junit import render
    elif name == "sarif":
        from broadsheet.reporters.sarif import render
    elif name == "html":
        from broadsheet.reporters.html import render
    else:
        raise ValueError(f"unknown report format {name!r}; choose from {', '.join(FORMATS)}")
    return render


__all__ = ["FORMATS", "RunInfo", "Writer", "get_writer"]
