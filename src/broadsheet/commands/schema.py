"""``broadsheet schema``: print the article JSON Schema."""

from __future__ import annotations

import argparse
import sys

from broadsheet.commands.exit_status import EXIT_OK
from broadsheet.schema import schema_text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "schema", help="print the article JSON Schema",
        description="Print the article JSON Schema (JSON Schema 2020-12) that inputs are "
        "validated against, or its reference documentation.")
    parser.add_argument("--format", choices=["json", "markdown"], default="json",
                        help="json: the schema itself (default); markdown: the reference page")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "markdown":
        from broadsheet.reference.article_format import markdown

        sys.stdout.write(markdown())
    else:
        sys.stdout.write(schema_text())
    return EXIT_OK
