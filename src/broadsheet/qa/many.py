"""Checking many pages on any :class:`concurrent.futures.Executor` (a process pool, a Dask
cluster's ``client.get_executor()``), streaming each page's report as it is done.

Workers read (or fetch) and check each page themselves; a page that cannot be read becomes a
report with ``error`` set, never an exception that stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from broadsheet.checks.engine import check
from broadsheet.checks.errors import InputError, UnknownRuleError
from broadsheet.checks.report import Report
from broadsheet.qa.fetch import FetchError, fetch, is_url
from broadsheet.qa.scope import Scope

#: Pages kept in flight per worker: enough to keep workers busy, bounded for huge sites.
IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What every page of a run is checked with (picklable)."""

    rules: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    scope: Scope | None = None
    timeout: float = 30.0
    #: Where a file's linked style sheets may be read from (default: its own folder tree).
    stylesheet_root: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """A page to check: a file path or URL, with its bytes when they were already fetched,
    or why it could not be."""

    source: str
    data: bytes | None = None
    error: str | None = None


def check_one(page: Page | str, options: CheckOptions = CheckOptions()) -> Report:
    """Check one page with the static rules; unreadable input becomes ``Report.error``."""
    if isinstance(page, str):
        page = Page(page)
    if page.error is not None:
        return Report(source=page.source, results=(), error=page.error, error_kind="fetch")
    try:
        data = page.data
        if data is None and is_url(page.source):
            data = fetch(page.source, timeout=options.timeout).data
        if data is not None:
            if not data.strip():
                raise InputError(f"{page.source}: empty page, nothing to check")
            report = check(data, rules=options.rules, tags=options.tags,
                           disable=options.disable, scope=options.scope)
            return Report(source=page.source, results=report.results,
                          parse_errors=report.parse_errors, waived=report.waived)
        return check(Path(page.source), rules=options.rules, tags=options.tags,
                     disable=options.disable, scope=options.scope,
                     stylesheet_root=options.stylesheet_root)
    except UnknownRuleError:
        raise
    except FetchError as error:
        return Report(source=page.source, results=(), error=str(error), error_kind="fetch")
    except InputError as error:
        return Report(source=page.source, results=(), error=str(error), error_kind="input")
    except Exception as error:  # a checker fault on this page; the other pages still report
        return Report(source=page.source, results=(), error_kind="crash",
                      error=f"{page.source}: could not audit: {type(error).__name__}: {error}")


def check_many(sources: Iterable[Page | str | os.PathLike[str]], executor: Executor | None = None,
               *, jobs: int | None = None, rules: Iterable[str] | None = None,
               tags: Iterable[str] | None = None, disable: Iterable[str] = (),
               exclude: Iterable[str] = (), timeout: float = 30.0) -> Iterator[Report]:
    """Check pages in parallel and yield each :class:`Report` as soon as it is done
    (completion order; ``Report.source`` names the page).

    ``executor`` may be any :class:`concurrent.futures.Executor`; by default a process pool of
    ``jobs`` workers (the CPU count) is used and shut down afterwards. An unknown rule id or
    tag, or a bad selector, raises before any page is checked.
    """
    from broadsheet.checks.registry import default_registry

    options = CheckOptions(rules=tuple(rules) if rules is not None else None,
                           tags=tuple(tags) if tags is not None else None,
                           disable=tuple(disable), scope=_scope(tuple(exclude)),
                           timeout=timeout)
    default_registry().select(options.rules, options.tags)  # unknown ids fail here, once
    default_registry().select(options.disable or None)
    pages = [item if isinstance(item, Page) else Page(os.fspath(item)) for item in sources]
    workers = jobs or os.cpu_count() or 1
    own = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=workers)
    try:
        for _, report in bounded(pool, pages, options, workers * IN_FLIGHT_PER_WORKER):
            yield report
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)


def bounded(executor: Executor, pages: Iterable[Page], options: CheckOptions,
            window: int) -> Iterator[tuple[int, Report]]:
    """Submit at most ``window`` pages at a time; yield (input index, report) as they finish."""
    pending: dict[Future[Report], tuple[int, Page]] = {}
    queue = iter(enumerate(pages))

    def submit() -> bool:
        item = next(queue, None)
        if item is None:
            return False
        pending[executor.submit(check_one, item[1], options)] = item
        return True

    while len(pending) < max(1, window) and submit():
        pass
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            index, page = pending.pop(future)
            try:
                yield index, future.result()
            except UnknownRuleError:
                raise
            except Exception as error:  # a worker crashed: report it, keep the others
                yield index, Report(source=page.source, results=(), error_kind="crash",
                                    error=f"{page.source}: worker failed: "
                                          f"{type(error).__name__}: {error}")
            submit()


def _scope(exclude: tuple[str, ...]) -> Scope | None:
    return Scope(exclude) if exclude else None
