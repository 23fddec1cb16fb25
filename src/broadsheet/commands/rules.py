"""``broadsheet rules``: list every registered rule with its metadata."""

from __future__ import annotations

import argparse
import json
import sys

from broadsheet.checks import default_registry


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "rules", help="list the accessibility rules",
        description="List every rule: id, help, description, impact, tags, WCAG criteria, "
                    "ACT ids and help URL.")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rules = [rule.metadata() for rule in default_registry()]
    if args.format == "json":
        sys.stdout.write(json.dumps(rules, indent=2) + "\n")
    elif args.format == "markdown":
        lines = ["| id | impact | help | WCAG | ACT | tags |", "|---|---|---|---|---|---|"]
        lines += [f"| [{r['id']}]({r['help_url']}) | {r['impact']} | {r['help']} | "
                  f"{', '.join(r['wcag'])} | {', '.join(r['act_ids'])} | "
                  f"{', '.join(r['tags'])} |" for r in rules]
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        for r in rules:
            sys.stdout.write(
                f"{r['id']} ({r['impact']}): {r['help']}\n    {r['description']}\n"
                f"    tags: {', '.join(r['tags'])}; WCAG: {', '.join(r['wcag']) or '-'}; "
                f"ACT: {', '.join(r['act_ids']) or '-'}\n    {r['help_url']}\n")
    return 0
