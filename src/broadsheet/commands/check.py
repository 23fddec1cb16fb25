"""``broadsheet check PAGE.html... [-]``: run the static accessibility rules on pages."""

from __future__ import annotations

import argparse

from broadsheet.qa import command as qa_command
from broadsheet.reporters import FORMATS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="check HTML pages for accessibility problems",
        description="Check HTML pages (any source) with the static rules. Exit 0 when "
                    "nothing failed, 1 when something failed, 2 for usage or input errors, "
                    "3 when a page could not be fetched or audited.")
    parser.add_argument("pages", nargs="*", metavar="PAGE",
                        help="HTML files, folders (every .html, .htm and .xhtml page in them and "
                             "below) or URLs to check; '-' reads standard input")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="report format (default: text)")
    parser.add_argument("--rules", help="comma-separated rule ids (or ACT ids) to run")
    parser.add_argument("--tags", help="comma-separated tags; run rules with any of them")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--browser", action="store_true",
                        help="also audit each page in Chromium (axe-core, keyboard, reflow, "
                             "forced colours) with one browser launch; PAGE may be a URL")
    parser.add_argument("--no-axe", action="store_true",
                        help="with --browser: leave axe-core out and run Broadsheet's own "
                             "rules alone (static and in the browser)")
    parser.add_argument("--timeout", type=_seconds, default=None, metavar="SECONDS",
                        help="time limit for fetching a page and, with --browser, for each "
                             "step of its audit (default: 30)")
    parser.add_argument("--allow-host", action="append", default=[], type=_host,
                        metavar="HOST[:PORT]",
                        help="with --browser: let pages load from this host too (repeatable); "
                             "otherwise a page loads only from its own origin, and a file "
                             "only from its own folder")
    parser.add_argument("--root", metavar="DIR",
                        help="the folder whose files the pages may load, which holds every "
                             "PAGE (default: each page's own folder): the static rules read "
                             "the style sheets a page links from it; with --browser it serves "
                             "the pages' style sheets, scripts, images and fonts")
    qa_command.add_arguments(parser)
    parser.set_defaults(run=qa_command.run)


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
        raise argparse.ArgumentTypeError(f"{value}: give more than 0 and at most 3600 seconds")
    return seconds
