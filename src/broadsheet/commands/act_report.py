"""``broadsheet act-report``: run the static rules on W3C ACT test cases and write the
EARL/JSON-LD implementation report the W3C implementations page consumes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from broadsheet.commands.exit_status import EXIT_OK

if TYPE_CHECKING:
    from broadsheet.checks.act import ActCase, Assertion

#: A test-case file larger than this is refused (the whole W3C suite is about 2 MB).
MAX_BYTES = 64 * 1024 * 1024


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "act-report", help="write a W3C ACT implementation report (EARL)",
        description="Run the static rules on W3C ACT test cases (JSON: a list of cases, or an "
                    "object with \"cases\"; each with rule_id, testcase_id, expected, html and "
                    "optionally file_ext and example) and write the EARL/JSON-LD report the "
                    "W3C ACT implementations page consumes; with --browser the live engine's "
                    "rules run too, in Chromium, on the cases of the ACT rules they declare. "
                    "A summary of consistency, the W3C way and the strict way, goes to "
                    "standard error.")
    parser.add_argument("cases", metavar="CASES.json", help="the ACT test cases")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the report here, atomically (default: standard output)")
    parser.add_argument("--browser", action="store_true",
                        help="also judge the cases in Chromium with the live engine's rules "
                             "(contrast, visible focus, scrollable regions, zoomed text), each "
                             "case served at its W3C address")
    parser.add_argument("--assets", metavar="DIR",
                        help="the suite's test-assets folder (stylesheets, scripts, images and "
                             "frames the cases load at /WAI/content-assets/wcag-act-rules/"
                             "test-assets/): the static rules read the style sheets there, and "
                             "--browser serves it (default: a test-assets folder beside "
                             "CASES.json)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from broadsheet.checks import default_registry
    from broadsheet.checks.act import CasesError, assess, earl_report, load_cases, score
    from broadsheet.inputs import ReadError, read_regular
    from broadsheet.output import atomic_write

    try:
        data = read_regular(args.cases, max_bytes=MAX_BYTES, kind="a JSON file")
    except ReadError as error:
        raise CasesError(f"{args.cases}: {error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CasesError(f"{args.cases}: byte {error.start}: not UTF-8") from None
    cases = load_cases(text, args.cases)
    assets = _assets(args) or _beside(args.cases)
    assertions = assess(cases, default_registry(), assets)
    if args.browser:
        assertions += _live(cases, assets)
    report = json.dumps(earl_report(assertions), indent=1, ensure_ascii=False) + "\n"
    if args.output:
        atomic_write(args.output, report)
    else:
        sys.stdout.write(report)
    scores = [s for s in score(cases, assertions).values() if s.cases]
    levels = {level: sum(s.level == level for s in scores)
              for level in ("complete", "partial", "minimal")}
    print(f"{len(cases)} test cases of {len(scores)} ACT rules; consistent (strict): "
          f"{sum(s.consistent for s in scores)}; W3C: {levels['complete']} complete, "
          f"{levels['partial']} partial, {levels['minimal']} minimal, "
          f"{sum(bool(s.procedures) and s.level is None for s in scores)} inconsistent, "
          f"{sum(not s.procedures for s in scores)} untested", file=sys.stderr)
    return EXIT_OK


def _beside(cases: str) -> Path | None:
    """The suite's ``test-assets`` folder beside the cases file, if there is one."""
    folder = Path(cases).parent / "test-assets"
    return folder if folder.is_dir() else None


def _assets(args: argparse.Namespace) -> Path | None:
    from broadsheet.checks.errors import InputError

    if args.assets is None:
        return None
    folder = Path(args.assets)
    if not folder.is_dir():
        raise InputError(f"--assets {args.assets}: not a folder")
    return folder


def _live(cases: list[ActCase], assets: Path | None) -> list[Assertion]:
    """The live engine's assertions, a line per ACT rule's cases on standard error."""
    from broadsheet.browser.act_cases import assess_live, live_procedures
    from broadsheet.browser.audit import BrowserAuditor

    total = sum(case.rule_id in live_procedures() for case in cases)
    done = 0

    def heard(case: ActCase, seconds: float) -> None:
        nonlocal done
        done += 1
        print(f"[{done}/{total}] {case.rule_id}/{case.testcase_id} in Chromium: {seconds:.1f} s",
              file=sys.stderr)

    with BrowserAuditor() as auditor:
        return assess_live(cases, auditor, assets, heard)
