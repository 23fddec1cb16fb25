"""Rendering many articles: in memory or into a folder, all or nothing, on any
:class:`concurrent.futures.Executor`.

Articles go to workers in chunks (paths travel as paths: each worker reads its own files),
and only results come back. Into a folder, pages render into a staging folder and move into
place only when the whole batch rendered (see :mod:`broadsheet.staging`); the same code runs
on a local process pool or, through ``distributed.Client(...).get_executor()``, on a Dask
cluster sharing the file system.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Unpack

from broadsheet.errors import ArticleError, BroadsheetError, RenderError
from broadsheet.findings import Finding
from broadsheet.model import Article
from broadsheet.output import atomic_write
from broadsheet.render.assets import place_assets
from broadsheet.render.environment import environment
from broadsheet.render.options import RenderKeywords, RenderOptions
from broadsheet.render.renderer import render_with
from broadsheet.schema import load_article
from broadsheet.staging import StagedFolder
from broadsheet.workers import ChunkRunner, Died

#: One article of a batch: a path to its JSON file, its parsed data or its model.
ArticleSource = str | os.PathLike[str] | Mapping[str, Any] | Article
#: Why an article failed: unreadable or invalid data (or an id another article has),
#: a strict-mode refusal, or a worker that died rendering it.
ErrorKind = Literal["input", "render", "crash"]


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One article of a batch: its page (in memory or where it was written), what to
    review, or why it failed."""

    #: The article's path, or ``articles[N]`` for data and models.
    source: str
    output: str | None = None
    article_id: str | None = None
    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    error_kind: ErrorKind | None = None
    #: The page, when the batch was rendered in memory (no ``out_dir``).
    html: str | None = None
    content_security_policy: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Every article's result, in input order."""

    items: tuple[ItemResult, ...] = field(default=())
    #: What was done about staging folders an interrupted batch left in ``out_dir``.
    recovered: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def failed(self) -> tuple[ItemResult, ...]:
        return tuple(item for item in self.items if not item.ok)

    @property
    def written(self) -> tuple[str, ...]:
        return tuple(item.output for item in self.items if item.output)


#: What a worker gets: the article's place in the batch, its label and the article.
Task = tuple[int, str, ArticleSource]


def _render_item(task: Task, out_dir: str | None, options: RenderOptions) -> ItemResult:
    """Render one article (writing ``<id>.html`` into ``out_dir`` when given); every error
    becomes data, never a raise."""
    _, label, article = task
    try:
        model = article if isinstance(article, Article) else load_article(article)
        result = render_with(model, options)
        if out_dir is None:
            return ItemResult(label, article_id=model.id, findings=result.findings,
                              html=result.html,
                              content_security_policy=result.content_security_policy)
        output = os.path.join(out_dir, f"{model.id}.html")
        atomic_write(output, result.html)
    except ArticleError as error:
        return ItemResult(label, errors=tuple(f"{label}: {p}" for p in error.problems),
                          error_kind="input")
    except RenderError as error:
        lines = [finding.report_line(label) for finding in error.findings]
        return ItemResult(label, errors=tuple(lines or [f"{label}: {error}"]),
                          error_kind="render")
    except BroadsheetError as error:
        return ItemResult(label, errors=(f"{label}: {error}",), error_kind="input")
    return ItemResult(label, output=output, article_id=model.id, findings=result.findings)


@dataclass(frozen=True, slots=True)
class _Chunk:
    """A worker's job: render these tasks (a picklable callable)."""

    out_dir: str | None
    options: RenderOptions

    def __call__(self, tasks: Sequence[Task]) -> list[tuple[int, ItemResult]]:
        return [(task[0], _render_item(task, self.out_dir, self.options)) for task in tasks]


def _failed(task: Task, error: BaseException) -> tuple[int, ItemResult]:
    index, label, _ = task
    return index, ItemResult(label, errors=(
        f"{label}: worker failed: {type(error).__name__}: {error}",), error_kind="crash")


def _tasks(articles: Iterable[ArticleSource]) -> tuple[list[Task], dict[int, ItemResult]]:
    """Each article labelled; items of an unusable type are results already."""
    if isinstance(articles, str | bytes | os.PathLike | Mapping | Article):
        raise TypeError("render_many() takes an iterable of articles (paths, mappings or "
                        f"Article objects), not one {type(articles).__name__}; pass "
                        "[article], or call render() for one article")
    tasks: list[Task] = []
    refused: dict[int, ItemResult] = {}
    for index, article in enumerate(articles):
        if isinstance(article, str | os.PathLike):
            tasks.append((index, os.fspath(article), article))
        elif isinstance(article, Mapping | Article):
            tasks.append((index, f"articles[{index}]", article))
        else:
            label = f"articles[{index}]"
            refused[index] = ItemResult(label, errors=(
                f"{label}: a {type(article).__name__} is not an article; expected a path, "
                "a mapping or an Article",), error_kind="input")
    return tasks, refused


def _without_shared_ids(results: list[ItemResult]) -> list[ItemResult]:
    """Articles that would write the same ``<id>.html`` all fail: none overwrites another."""
    sources: dict[str, list[str]] = {}
    for item in results:
        if item.ok and item.article_id is not None:
            sources.setdefault(item.article_id, []).append(item.source)
    checked = []
    for item in results:
        same = sources.get(item.article_id or "", [])
        if item.ok and len(same) > 1:
            others = ", ".join(source for source in same if source != item.source)
            item = ItemResult(item.source, article_id=item.article_id, findings=item.findings,
                              errors=(f"{item.source}: id {item.article_id!r} renders to the "
                                      f"same file as {others}",), error_kind="input")
        checked.append(item)
    return checked


def render_many(
    articles: Iterable[ArticleSource],
    *,
    out_dir: str | os.PathLike[str] | None = None,
    keep_going: bool = False,
    executor: Executor | None = None,
    jobs: int | None = None,
    **options: Unpack[RenderKeywords],
) -> BatchResult:
    """Render many articles (paths, parsed data or :class:`Article` models, from any
    iterable); a failing article is reported in its result while the others still render.

    Without ``out_dir`` each result carries its page (``html``). With it, pages are written
    as ``<id>.html`` all or nothing: they render into a staging folder inside ``out_dir``
    and move into place only if every article rendered and no two share an id
    (``keep_going=True``: the ones that did). A batch interrupted during that move is
    finished by the next one into the same folder; see docs/scale.md.

    ``jobs`` worker processes (default: one per CPU; ``1`` renders in this process) take
    articles in chunks; a worker that dies fails only the article that killed it.
    ``executor`` may instead be any :class:`concurrent.futures.Executor` (a Dask cluster's
    ``client.get_executor()`` included). The other options are :func:`~broadsheet.render`'s.
    """
    gathered = RenderOptions.of(**options)
    tasks, refused = _tasks(articles)
    if out_dir is None:
        items = _run(tasks, refused, None, gathered, executor, jobs)
        return BatchResult(tuple(items))
    with StagedFolder(out_dir) as folder:
        items = _without_shared_ids(_run(tasks, refused, str(folder.staging), gathered,
                                         executor, jobs))
        staged = [item for item in items if item.ok and item.output]
        if staged and (keep_going or len(staged) == len(items)):
            place_assets(folder.folder)  # before the pages, so none names a missing font
        if keep_going or len(staged) == len(items):
            moved = {path.name for path in folder.commit([Path(i.output).name for i in staged
                                                          if i.output])}
        else:
            moved = set()
        placed = [_placed(item, folder.folder, moved) for item in items]
        return BatchResult(tuple(placed), recovered=tuple(folder.notes))


def _placed(item: ItemResult, folder: Path, moved: set[str]) -> ItemResult:
    """The item with ``output`` naming its page in place, or none if it was not moved."""
    name = Path(item.output).name if item.output else None
    output = str(folder / name) if name in moved else None
    return ItemResult(item.source, output=output, article_id=item.article_id,
                      findings=item.findings, errors=item.errors, error_kind=item.error_kind)


def _run(tasks: list[Task], refused: dict[int, ItemResult], out_dir: str | None,
         options: RenderOptions, executor: Executor | None, jobs: int | None,
         ) -> list[ItemResult]:
    """Every task's result, in input order (the refused ones in their places)."""
    results: dict[int, ItemResult] = dict(refused)
    work = _Chunk(out_dir, options)
    workers = jobs or os.cpu_count() or 1
    if executor is None and workers == 1:
        results.update(work(tasks))
    else:
        environment(options.templates)  # compiled once here, inherited by forked workers
        runner = ChunkRunner(work, _failed, workers=workers, executor=executor)
        for outcome in runner.run(tasks):
            if isinstance(outcome, Died):
                index, label, _ = outcome.item
                results[index] = ItemResult(label, errors=(
                    f"{label}: the worker process rendering it died twice (killed, or the "
                    "process exited); not rendered",), error_kind="crash")
            else:
                results[outcome[0]] = outcome[1]
    return [results[index] for index in sorted(results)]
