"""``broadsheet check PAGE.html... [-]``: run the static accessibility rules on pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from broadsheet.checks import Report
from broadsheet.checks.engine import validate_bytes
from broadsheet.checks.errors import InputError
from broadsheet.output import atomic_write
from broadsheet.reporters import FORMATS, get_writer


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="check HTML pages for accessibility problems",
        description="Check HTML pages (any source) with the static rules. Exit 0 when "
                    "nothing failed, 1 when something failed, 2 for usage or input errors.")
    parser.add_argument("pages", nargs="+", metavar="PAGE",
                        help="HTML files to check; '-' reads standard input")
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="report format (default: text)")
    parser.add_argument("--rules", help="comma-separated rule ids (or ACT ids) to run")
    parser.add_argument("--tags", help="comma-separated tags; run rules with any of them")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--browser", action="store_true",
                        help="also audit each page in Chromium (axe-core, keyboard, reflow, "
                             "forced colours) with one browser launch; PAGE may be a URL")
    parser.add_argument("--timeout", type=_seconds, default=30.0, metavar="SECONDS",
                        help="with --browser: time limit for loading a page and for each step "
                             "of its audit (default: 30)")
    parser.add_argument("--allow-host", action="append", default=[], type=_host,
                        metavar="HOST[:PORT]",
                        help="with --browser: let pages load from this host too (repeatable); "
                             "otherwise a page loads only from its own origin, and a file "
                             "only from its own folder")
    parser.add_argument("--root", metavar="DIR",
                        help="with --browser: serve the pages' style sheets, scripts, images "
                             "and fonts from DIR, which holds every PAGE (default: each "
                             "page's own folder)")
    parser.set_defaults(run=run)


def _host(value: str) -> str:
    from broadsheet.browser.sandbox import SandboxError, parse_host

    try:
        return parse_host(value)
    except SandboxError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError(f"{value}: give between 0 and 3600 seconds")
    return seconds


def _split(value: str | None) -> list[str] | None:
    return [part.strip() for part in value.split(",") if part.strip()] if value else None


def run(args: argparse.Namespace) -> int:
    from broadsheet.checks import check

    rules, tags = _split(args.rules), _split(args.tags)
    reports: list[Report] = []
    if args.browser:  # broadsheet.browser: static rules, axe-core and browser checks merged
        from broadsheet.browser import check_pages

        reports = check_pages(args.pages, rules=rules, tags=tags, timeout=args.timeout,
                              allow_hosts=args.allow_host, root=args.root)
    for page in [] if args.browser else args.pages:
        if page == "-":
            data = validate_bytes(sys.stdin.buffer.read(), "<stdin>")
            report = check(data, rules=rules, tags=tags)
            reports.append(Report(source="<stdin>", results=report.results,
                                  parse_errors=report.parse_errors))
        else:
            if page.startswith("<"):
                raise InputError(f"{page[:20]!r} is not a file name")
            reports.append(check(Path(page), rules=rules, tags=tags))
    text = get_writer(args.format)(reports)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    return 1 if any(not report.ok for report in reports) else 0
