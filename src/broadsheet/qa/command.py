"""The adoption options of ``broadsheet check``: configuration, disabled rules and excluded
regions, baselines, parallel runs, crawling and sitemaps. :func:`run` is the command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from broadsheet.catalog import ENGINES, default_catalog
from broadsheet.checks.engine import read_stdin
from broadsheet.checks.errors import InputError, UnknownRuleError
from broadsheet.checks.report import Report
from broadsheet.commands.exit_status import EXIT_FAILED, EXIT_INPUT, EXIT_OK, EXIT_UNCHECKED
from broadsheet.findings import Impact
from broadsheet.output import atomic_write
from broadsheet.qa.baseline import Baseline, compare, updated
from broadsheet.qa.config import IMPACT_ORDER, CheckConfig, load_config, merge
from broadsheet.qa.fetch import is_url
from broadsheet.qa.many import IN_FLIGHT_PER_WORKER, CheckOptions, Page, bounded, check_one
from broadsheet.qa.progress import Progress
from broadsheet.qa.scope import Scope
from broadsheet.reporters import get_writer
from broadsheet.reporters.common import RunInfo


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("adopting on a site (settings also in pyproject.toml "
                                      "[tool.broadsheet.check] or broadsheet.toml)")
    group.add_argument("--config", metavar="FILE",
                       help="settings file (default: broadsheet.toml or pyproject.toml found "
                            "upward from the working folder)")
    group.add_argument("--disable", action="append", metavar="RULE",
                       help="do not run RULE (repeat, or comma-separate; added to the file's)")
    group.add_argument("--exclude", action="append", metavar="SELECTOR",
                       help="do not judge elements matching this CSS selector, nor their "
                            "descendants (repeat; added to the file's)")
    group.add_argument("--fail-on", choices=[str(i) for i in IMPACT_ORDER],
                       help="least impact that fails the run (default: minor, i.e. any)")
    group.add_argument("--baseline", metavar="FILE",
                       help="known violations: fail only on violations not in FILE; report "
                            "those gone as fixed")
    group.add_argument("--update-baseline", action="store_true",
                       help="write the baseline FILE from this run (fixed entries removed)")
    group.add_argument("--include-passes", action="store_true", default=None,
                       help="JSON: list passing rules too")
    group.add_argument("--jobs", "-j", type=_workers, metavar="N",
                       help="check N pages at once in worker processes (static rules; 0 "
                            "means one per CPU, as for render)")
    group.add_argument("--crawl", metavar="URL", action="append",
                       help="check pages found by following links from URL")
    group.add_argument("--sitemap", metavar="URL", action="append",
                       help="check the pages a sitemap (or sitemap index) lists")
    group.add_argument("--max-pages", type=_jobs, default=None, metavar="N",
                       help="with --crawl or --sitemap: at most N pages each (default 50 "
                            "for --crawl, all for --sitemap)")
    group.add_argument("--same-origin", action="store_true",
                       help="with --crawl: follow links to the start page's origin only")


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: give 1 or more")
    return number


def _workers(value: str) -> int:
    """``--jobs``: a number of worker processes, 0 for one per CPU (as ``render -j 0``)."""
    if value.strip() == "0":
        return os.cpu_count() or 1
    return _jobs(value)


def _split(values: Sequence[str] | str | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def settings(args: argparse.Namespace) -> CheckConfig:
    """The file's settings with the command line's laid over them, validated."""
    found = load_config(args.config)
    if found.source:  # the file's own ids and tags, named with the file they are in
        try:
            default_catalog().select(found.rules, found.tags, found.disable, strict=False)
        except UnknownRuleError as error:
            raise UnknownRuleError(f"{found.source}: {error}") from None
    config = merge(found,
                   rules=_split(args.rules), tags=_split(args.tags),
                   disable=_split(args.disable), exclude=tuple(args.exclude or ()) or None,
                   fail_on=Impact(args.fail_on) if args.fail_on else None,
                   format=args.format, output=args.output, baseline=args.baseline,
                   jobs=args.jobs, browser=True if args.browser else None,
                   timeout=args.timeout, include_passes=args.include_passes)
    Scope(config.exclude)  # a bad selector stops the run before any page is read
    # Unknown ids and tags stop the run too (and, without --browser, those only the browser
    # engines know); disabling a rule of an engine that does not run is allowed.
    default_catalog().select(config.rules, config.tags, config.disable,
                             engines=ENGINES if config.browser else ("static",))
    if getattr(args, "no_axe", False) and not config.browser:
        raise InputError("--no-axe leaves axe-core out of the browser audit: use it with "
                         "--browser (or browser = true in the settings file)")
    if args.update_baseline and not config.baseline:
        raise InputError("--update-baseline needs --baseline FILE (or baseline in the "
                         "settings file)")
    return config


#: The files a folder given as PAGE contributes.
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def pages(args: argparse.Namespace, config: CheckConfig, info_notes: list[str]) -> list[Page]:
    """Every page to check: those named, then those crawled and those sitemaps list."""
    from broadsheet.qa.crawl import Robots, crawl, sitemap_urls

    found: list[Page] = []
    if args.pages.count("-") > 1:  # the second would read an empty stream
        raise InputError("'-' (standard input) can be given once")
    for page in args.pages:
        if page == "-" and config.browser:
            found.append(Page("-"))  # the browser audit reads standard input itself
        elif page == "-":
            found.append(Page("<stdin>", read_stdin(sys.stdin.buffer)))
        elif page.startswith("<"):
            raise InputError(f"{page[:20]!r} is not a file name")
        elif os.path.isdir(page) and (inside := sorted(
                str(path) for path in Path(page).rglob("*")
                if path.suffix.lower() in PAGE_SUFFIXES and path.is_file())):
            found.extend(Page(path) for path in inside)  # a folder: every page below it
            # (a folder with none is a page that cannot be read, reported as such)
        else:
            found.append(Page(page))
    robots = Robots(config.timeout)
    for start in args.crawl or ():
        found.extend(crawl(start, max_pages=args.max_pages or 50,
                           same_origin=args.same_origin, timeout=config.timeout,
                           robots=robots))
    for sitemap in args.sitemap or ():
        found.extend(Page(url) for url in sitemap_urls(
            sitemap, timeout=config.timeout, max_pages=args.max_pages, robots=robots))
    if robots.refused:
        count = len(robots.refused)
        info_notes.append(f"{count} page{'s' if count != 1 else ''} left out: robots.txt "
                          "disallows them")
    if not found:
        raise InputError("no pages to check: name files or URLs, or use --crawl or --sitemap")
    return found


def check_static(found: Sequence[Page], config: CheckConfig,
                 root: str | None = None) -> list[Report]:
    """Each page's report, in input order, on ``config.jobs`` processes; a file's linked
    style sheets are read from ``root`` (default: its own folder tree)."""
    options = CheckOptions(rules=config.rules, tags=config.tags, disable=config.disable,
                           scope=Scope(config.exclude) if config.exclude else None,
                           timeout=config.timeout, stylesheet_root=root)
    results: list[Report | None] = [None] * len(found)
    progress = Progress(len(found))
    stream: Iterator[tuple[int, Report]]
    if config.jobs > 1 and len(found) > 1:
        pool = ProcessPoolExecutor(max_workers=config.jobs)
        try:
            stream = bounded(pool, found, options, config.jobs * IN_FLIGHT_PER_WORKER)
            for index, report in stream:
                results[index] = report
                progress.step(report.source)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for index, page in enumerate(found):
            results[index] = check_one(page, options)
            progress.step(page.source)
    progress.close()
    return [report for report in results if report is not None]


def check_browser(found: Sequence[Page], config: CheckConfig,
                  allow_hosts: Sequence[str] = (), root: str | None = None,
                  axe: bool = True) -> list[Report]:
    """Static rules, axe-core (unless ``axe`` is false) and the browser checks, each without
    the disabled rules and excluded regions."""
    from broadsheet.browser import check_pages

    return check_pages([page.source for page in found], rules=config.rules,
                       tags=config.tags, disable=config.disable,
                       scope=Scope(config.exclude) if config.exclude else None,
                       timeout=config.timeout, allow_hosts=allow_hosts, root=root, axe=axe)


def run(args: argparse.Namespace) -> int:
    config = settings(args)
    notes: list[str] = []
    found = pages(args, config, notes)
    if not config.browser:
        urls = [page.source for page in found if is_url(page.source) and page.data is None
                and page.error is None]
        if urls and not (args.crawl or args.sitemap):
            notes.append(f"{len(urls)} URL{'s' if len(urls) != 1 else ''} given without "
                         "--browser: checked with the static rules only (fetched, no scripts "
                         "run); add --browser to audit in Chromium")
    reports = (check_browser(found, config, getattr(args, "allow_host", ()),
                             getattr(args, "root", None), not getattr(args, "no_axe", False))
               if config.browser else check_static(found, config, getattr(args, "root", None)))
    for report in reports:
        if report.error is not None:
            print(f"broadsheet: {report.error}", file=sys.stderr)
    comparison = None
    if config.baseline:
        baseline = Baseline.load(config.baseline)
        comparison = compare(baseline, reports)
        if args.update_baseline:
            fresh = updated(baseline, reports)
            fresh.save(config.baseline)
            # Report against what was written: nothing is new, what left it is fixed.
            comparison = replace(compare(fresh, reports), fixed=comparison.fixed)
            notes.append(f"baseline {config.baseline}: {len(fresh.entries)} entries written "
                         f"({len(set(fresh.entries) - set(baseline.entries))} added, "
                         f"{len(set(baseline.entries) - set(fresh.entries))} removed)")
    to_terminal = not config.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    info = RunInfo(comparison=comparison, fail_on=config.fail_on,
                   include_passes=config.include_passes, color=to_terminal,
                   notes=tuple(notes))
    text = get_writer(config.format)(reports, info)
    if config.output:
        atomic_write(config.output, text)
    else:
        sys.stdout.write(text)
    return exit_status(reports, info, updating=bool(args.update_baseline))


def exit_status(reports: Sequence[Report], info: RunInfo, *, updating: bool = False) -> int:
    """3 when a page could not be fetched or audited (in the browser: it did not load, or the
    audit broke off), else 2 when one could not be read, else 1 when a violation fails the
    run (none do once the baseline is updated), else 0."""
    from broadsheet.browser.rules import AuditCompleted, PageLoad

    kinds = {report.error_kind or "input" for report in reports if report.error is not None}
    unaudited = any(finding.rule in {PageLoad.id, AuditCompleted.id}
                    for report in reports for finding in report.violations)
    if kinds - {"input"} or unaudited:  # the tool could not audit a page: more than bad input
        return EXIT_UNCHECKED
    if kinds:
        return EXIT_INPUT
    if updating:
        return EXIT_OK
    blocking = any(info.blocking(finding) for report in reports
                   for finding in report.violations)
    return EXIT_FAILED if blocking else EXIT_OK
