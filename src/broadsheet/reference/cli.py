"""The command-line reference (docs/reference/cli.md), generated from ``--help``.

Every command's help is what the parser prints, at a fixed width of 80 columns, so the page
never disagrees with the program (``python docs/generate.py`` writes it).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from broadsheet.cli import build_parser

WIDTH = 80

_INTRO = """\
# Command line

<!-- Generated from the parsers' --help by `python docs/generate.py`.
     Do not edit by hand: a test fails when this page and the program disagree. -->

`broadsheet` is installed with the package (`python -m broadsheet` runs the same program).
Every command exits with status 0 on success, 1 when something it checked failed, and 2 for
usage or input errors, which it reports on one line each, naming the file and the place;
`check` exits 3 when a page could not be audited, after reporting the other pages.

Each section below is the command's own `--help`.
"""


@contextmanager
def _columns(width: int) -> Iterator[None]:
    """argparse wraps help to the terminal width: pin it so the page is reproducible."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width + 2)
    try:
        yield
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each subcommand's parser by name, in the order ``--help`` lists them."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def markdown(width: int = WIDTH) -> str:
    """The whole reference page."""
    with _columns(width):
        parser = build_parser()
        sections = [("broadsheet", parser.format_help())]
        sections += [(f"broadsheet {name}", sub.format_help())
                     for name, sub in commands(parser).items()]
    parts = [_INTRO]
    for title, text in sections:
        parts.append(f"## `{title}`\n\n```text\n{text.rstrip()}\n```\n")
    return "\n".join(parts)

