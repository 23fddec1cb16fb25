"""``broadsheet check PAGE.html... [-]``: run the static accessibility rules on pages."""

from __future__ import annotations

import argparse
import sys

from broadsheet.checks import Report
from broadsheet.checks.engine import read_stdin
from broadsheet.checks.errors import InputError, UnknownRuleError
from broadsheet.cli import EXIT_FAILED, EXIT_NOT_AUDITED, EXIT_OK, EXIT_USAGE
from broadsheet.output import atomic_write
from broadsheet.reporters import FORMATS, get_writer


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="check HTML pages for accessibility problems",
        description="Check HTML pages (any source) with the static rules. Exit 0 when "
                    "nothing failed, 1 when something failed, 2 for usage or input errors "
                    "(a page that cannot be read), 3 when a page could not be audited; the "
                    "other pages' reports are written all the same.")
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
    parser.set_defaults(run=run)


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
    rules, tags = _split(args.rules), _split(args.tags)
    reports: list[Report] = []
    status = EXIT_OK
    if args.browser:  # broadsheet.browser: static rules, axe-core and browser checks merged
        from broadsheet.browser import check_pages

        reports = check_pages(args.pages, rules=rules, tags=tags, timeout=args.timeout)
    for page in [] if args.browser else args.pages:
        try:
            reports.append(_check_one(page, rules, tags))
        except UnknownRuleError:
            raise
        except InputError as error:
            print(f"broadsheet: {error}", file=sys.stderr)
            status = max(status, EXIT_USAGE)
        except Exception as error:  # a checker fault on this page; the others still report
            print(f"broadsheet: {page}: could not audit: {type(error).__name__}: {error}",
                  file=sys.stderr)
            status = max(status, EXIT_NOT_AUDITED)
    text = get_writer(args.format)(reports)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    failed = EXIT_FAILED if any(not report.ok for report in reports) else EXIT_OK
    return max(status, failed)


def _check_one(page: str, rules: list[str] | None, tags: list[str] | None) -> Report:
    """The static report of one command-line page: a file name, or ``-`` for standard input."""
    from broadsheet.checks import check

    if page != "-":
        return check(path=page, rules=rules, tags=tags)
    report = check(html=read_stdin(sys.stdin.buffer), rules=rules, tags=tags)
    return Report(source="<stdin>", results=report.results, parse_errors=report.parse_errors)
