"""The ``broadsheet`` command line: ``main(argv) -> exit status``.

Each subcommand lives in its own module under :mod:`broadsheet.commands` and exposes
``register(subparsers)``; the parser stores the function to run as ``run``.
Exit status (:mod:`broadsheet.commands.exit_status`): 0 success, 1 findings failed, 2 usage or
input errors, 3 a page could not be checked or rendered (a fault in Broadsheet; the other pages
are still reported).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from broadsheet import __version__
from broadsheet.commands.exit_status import EXIT_INPUT, EXIT_OK
from broadsheet.errors import BroadsheetError

#: Subcommand modules, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "broadsheet.commands.render",
    "broadsheet.commands.import_",
    "broadsheet.commands.schema",
    "broadsheet.commands.check",
    "broadsheet.commands.rules",
    "broadsheet.commands.diff",
    "broadsheet.commands.act_report",
    "broadsheet.commands.preview",
)


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="broadsheet",
        description="Render news articles as accessible HTML and check any HTML for accessibility.",
    )
    parser.add_argument("--version", action="version", version=f"broadsheet {__version__}")
    subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (never raises for bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BroadsheetError as error:
        print(f"broadsheet: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `broadsheet rules | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return status


def entry_point() -> None:  # pragma: no cover - thin wrapper for the console script
    sys.exit(main())
