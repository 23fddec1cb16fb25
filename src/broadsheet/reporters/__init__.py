"""Report writers: ``text`` for people, ``json`` (axe-shaped), ``junit`` for CI, ``sarif``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from broadsheet.checks.report import Report

Writer = Callable[[Sequence[Report]], str]

FORMATS = ("text", "json", "junit", "sarif")


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
    else:
        raise ValueError(f"unknown report format {name!r}; choose from {', '.join(FORMATS)}")
    return render


__all__ = ["FORMATS", "Writer", "get_writer"]
