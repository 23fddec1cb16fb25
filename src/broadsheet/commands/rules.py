"""``broadsheet rules``: list every registered rule with its metadata."""

from __future__ import annotations

import argparse
import json
import sys

from broadsheet.checks import default_registry
from broadsheet.commands.exit_status import EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "rules", help="list the accessibility rules",
        description="List every rule of Broadsheet's engines (static rules, browser checks, "
                    "audit problems): id, engine, help, description, impact, tags, WCAG "
                    "criteria, ACT ids and help URL. axe-core's rules are listed by axe-core "
                    "(https://dequeuniversity.com/rules/axe/).")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from broadsheet.browser.rules import AUDIT_RULES, CHECK_RULES

    rules = [{**rule.metadata(), "engine": "static"} for rule in default_registry()]
    rules += [{**rule().metadata(), "engine": "browser"} for rule in (*CHECK_RULES, *AUDIT_RULES)]
    if args.format == "json":
        sys.stdout.write(json.dumps(rules, indent=2) + "\n")
    elif args.format == "markdown":
        lines = ["| id | engine | impact | help | WCAG | ACT | tags |",
                 "|---|---|---|---|---|---|---|"]
        lines += [f"| [{r['id']}]({r['help_url']}) | {r['engine']} | {r['impact']} | "
                  f"{r['help']} | "
                  f"{', '.join(r['wcag'])} | {', '.join(r['act_ids'])} | "
                  f"{', '.join(r['tags'])} |" for r in rules]
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        for r in rules:
            sys.stdout.write(
                f"{r['id']} ({r['engine']}, {r['impact']}): {r['help']}\n"
                f"    {r['description']}\n"
                f"    tags: {', '.join(r['tags'])}; WCAG: {', '.join(r['wcag']) or '-'}; "
                f"ACT: {', '.join(r['act_ids']) or '-'}\n    {r['help_url']}\n")
    return EXIT_OK
