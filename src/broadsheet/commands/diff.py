"""``broadsheet diff OLD.json NEW.json``: which violations are new, fixed and unchanged
between two JSON reports (matched by page, rule and element fingerprint, as baselines are)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from broadsheet.checks.errors import InputError
from broadsheet.commands.exit_status import EXIT_FAILED, EXIT_OK
from broadsheet.qa.baseline import fingerprint_of, page_key

Key = tuple[str, str, str]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "diff", help="compare two JSON reports of broadsheet check",
        description="List violations new in NEW, fixed since OLD, and count those unchanged. "
                    "Exit 1 when NEW has new violations, 0 otherwise, 2 for bad input.")
    parser.add_argument("old", metavar="OLD.json")
    parser.add_argument("new", metavar="NEW.json")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def _pages(path: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{path}: not a JSON report ({error})") from None
    pages = data.get("pages") if isinstance(data, dict) and "pages" in data else data
    if isinstance(pages, dict):  # one page in the older axe-shaped output
        pages = [pages]
    # Every page of a report says which page it is and lists its violations (empty or not):
    # a SARIF file, ``{}`` or ``[]`` is no report, not one without violations.
    if not isinstance(pages, list) or not pages or not all(
            isinstance(p, dict) and "url" in p and isinstance(p.get("violations"), list)
            for p in pages):
        raise InputError(f"{path}: not a JSON report of broadsheet check (write one with "
                         "broadsheet check --format json)")
    return pages


def violations(path: str) -> tuple[Counter[Key], dict[Key, dict[str, Any]]]:
    """Counts of each (page, rule, fingerprint) in a report, and one example of each."""
    counts: Counter[Key] = Counter()
    examples: dict[Key, dict[str, Any]] = {}
    try:
        for page in _pages(path):
            for entry in page.get("violations") or ():
                for node in entry["nodes"]:
                    target = node["target"][0] if node.get("target") else None
                    key = (page_key(page.get("url")), str(entry["id"]), node.get(
                        "fingerprint") or fingerprint_of(entry["id"], target, node.get("html")))
                    counts[key] += 1
                    examples.setdefault(key, {"page": key[0], "rule": key[1],
                                              "target": target, "html": node.get("html"),
                                              "impact": entry.get("impact")})
    except (KeyError, TypeError, IndexError) as error:
        raise InputError(f"{path}: not a JSON report of broadsheet check "
                         f"({type(error).__name__}: {error})") from None
    return counts, examples


def run(args: argparse.Namespace) -> int:
    old, old_examples = violations(args.old)
    new, new_examples = violations(args.new)
    added = [(key, n) for key, n in sorted((new - old).items())]
    fixed = [(key, n) for key, n in sorted((old - new).items())]
    unchanged = sum((old & new).values())
    if args.format == "json":
        sys.stdout.write(json.dumps({
            "new": [{**new_examples[k], "count": n} for k, n in added],
            "fixed": [{**old_examples[k], "count": n} for k, n in fixed],
            "unchanged": unchanged}, indent=2, ensure_ascii=False) + "\n")
    else:
        lines = []
        for label, items, examples in (("new", added, new_examples),
                                       ("fixed", fixed, old_examples)):
            for key, count in items:
                ex = examples[key]
                times = f" ×{count}" if count > 1 else ""
                lines.append(f"{label} [{ex['rule']}] {ex['page']}: {ex['target']}{times}\n"
                             f"    {ex['html']}")
        lines.append(f"{sum(n for _, n in added)} new, {sum(n for _, n in fixed)} fixed, "
                     f"{unchanged} unchanged")
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_FAILED if added else EXIT_OK
