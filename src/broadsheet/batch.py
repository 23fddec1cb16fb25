"""Rendering many articles in parallel on any :class:`concurrent.futures.Executor`.

Workers read, render and write each page themselves (atomically), so only small
results travel back: the same code runs on a local process pool or, through
``distributed.Client(...).get_executor()``, on a Dask cluster.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from broadsheet.errors import ArticleError, BroadsheetError, RenderError
from broadsheet.findings import Finding
from broadsheet.output import atomic_write
from broadsheet.policy.urls import DEFAULT_EMBED_HOSTS
from broadsheet.render.csp import CspMode
from broadsheet.render.environment import TemplateDirs, template_folders
from broadsheet.render.renderer import render
from broadsheet.schema import load_article

#: Futures kept in flight per worker: enough to keep workers busy, bounded for huge archives.
IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What every article of a batch is rendered with (picklable)."""

    strict: bool = False
    fragment: bool = False
    templates: tuple[str, ...] = ()
    csp: CspMode | None = "strict"
    embed_hosts: tuple[str, ...] = tuple(DEFAULT_EMBED_HOSTS)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One article of a batch: where it went, what to review, or why it failed."""

    source: str
    output: str | None = None
    article_id: str | None = None
    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    #: ``"input"`` for unreadable or invalid data, ``"render"`` for a strict-mode refusal.
    error_kind: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Every article's result, in input order."""

    items: tuple[ItemResult, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def failed(self) -> tuple[ItemResult, ...]:
        return tuple(item for item in self.items if not item.ok)

    @property
    def written(self) -> tuple[str, ...]:
        return tuple(item.output for item in self.items if item.output)


def render_one(source: str, out_dir: str, options: RenderOptions) -> ItemResult:
    """Render one article file to ``out_dir/<id>.html``; errors become data, never raise."""
    try:
        article = load_article(source)
        result = render(article, strict=options.strict, fragment=options.fragment,
                        templates=options.templates or None, csp=options.csp,
                        embed_hosts=options.embed_hosts)
        output = os.path.join(out_dir, f"{article.id}.html")
        atomic_write(output, result.html)
    except ArticleError as error:
        return ItemResult(source, errors=tuple(error.lines()), error_kind="input")
    except RenderError as error:
        lines = [finding.report_line(source) for finding in error.findings]
        return ItemResult(source, errors=tuple(lines or [f"{source}: {error}"]),
                          error_kind="render")
    except BroadsheetError as error:
        return ItemResult(source, errors=(f"{source}: {error}",), error_kind="input")
    return ItemResult(source, output=output, article_id=article.id, findings=result.findings)


def _bounded(executor: Executor, sources: list[str], out_dir: str, options: RenderOptions,
             window: int) -> Iterator[tuple[int, ItemResult]]:
    """Submit at most ``window`` articles at a time, yielding (index, result) as they finish."""
    pending: dict[Future[ItemResult], int] = {}
    queue = iter(enumerate(sources))
    for index, source in queue:
        pending[executor.submit(render_one, source, out_dir, options)] = index
        if len(pending) >= window:
            break
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            index = pending.pop(future)
            try:
                yield index, future.result()
            except Exception as error:  # a worker crashed: report it, keep the others
                yield index, ItemResult(sources[index], errors=(
                    f"{sources[index]}: worker failed: {type(error).__name__}: {error}",),
                    error_kind="input")
            following = next(queue, None)
            if following is not None:
                pending[executor.submit(render_one, following[1], out_dir, options)] = (
                    following[0])


def render_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    out_dir: str | os.PathLike[str],
    executor: Executor | None = None,
    jobs: int | None = None,
    strict: bool = False,
    fragment: bool = False,
    templates: TemplateDirs = None,
    csp: CspMode | None = "strict",
    embed_hosts: Iterable[str] = DEFAULT_EMBED_HOSTS,
) -> BatchResult:
    """Render article files into ``out_dir`` in parallel; a failing article is reported in
    its result while the others still render.

    ``executor`` may be any :class:`concurrent.futures.Executor` (a Dask cluster's
    ``client.get_executor()`` included); by default a process pool of ``jobs`` workers
    (the CPU count) is used and shut down afterwards. The other options are
    :func:`~broadsheet.render`'s.
    """
    sources = [os.fspath(path) for path in paths]
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    options = RenderOptions(strict=strict, fragment=fragment,
                            templates=template_folders(templates), csp=csp,
                            embed_hosts=tuple(embed_hosts))
    workers = jobs or os.cpu_count() or 1
    own_executor = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=workers)
    results: list[ItemResult | None] = [None] * len(sources)
    try:
        window = max(1, workers * IN_FLIGHT_PER_WORKER)
        for index, item in _bounded(pool, sources, os.fspath(folder), options, window):
            results[index] = item
    finally:
        if own_executor:
            pool.shutdown(wait=True, cancel_futures=True)
    return BatchResult(tuple(item for item in results if item is not None))
