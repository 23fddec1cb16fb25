"""``broadsheet rules``: list every rule of every engine with its metadata."""

from __future__ import annotations

import argparse
import sys

from broadsheet.catalog import ENGINES, default_catalog
from broadsheet.commands.exit_status import EXIT_OK
from broadsheet.reporters import RULE_FORMATS, rules_writer


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "rules", help="list the accessibility rules",
        description="List every rule of every engine (static rules, Broadsheet's browser "
                    "checks and audit problems, axe-core's rules): id, engine, help, "
                    "description, impact, tags, WCAG criteria, ACT ids and help URL.")
    parser.add_argument("--format", choices=RULE_FORMATS, default="text")
    parser.add_argument("--engine", choices=ENGINES, action="append",
                        help="only this engine's rules (repeatable; default: every engine)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    engines = args.engine or ENGINES
    rules = [rule for rule in default_catalog() if rule.engine in engines]
    sys.stdout.write(rules_writer(args.format)(rules))
    return EXIT_OK
