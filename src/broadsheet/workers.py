"""Running chunks of work on a process pool that survives a worker dying.

Work goes out in chunks, so a pool's per-task cost is paid once per chunk rather than once
per article. When a worker dies (the OOM killer's SIGKILL, ``os._exit`` in a template
filter) the pool breaks and every unfinished chunk's items are suspects: they run again one
at a time on a fresh single-worker pool, where a death names its item for certain. An item
that kills that worker too (its second death) is given up on; the others complete.
Workers die with the process that started them.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Linux ``prctl`` option: the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1
#: Seconds between a worker's checks that its parent is still alive (where no prctl).
PARENT_POLL_SECONDS = 0.5
#: Chunks kept in flight per worker: enough to keep workers busy, bounded for huge archives.
IN_FLIGHT_PER_WORKER = 2
#: Chunks per worker that a batch is cut into, for balance between fast and slow workers.
CHUNKS_PER_WORKER = 8
#: The largest chunk, so results come back (and memory is freed) steadily.
MAX_CHUNK = 64


def chunk_size(count: int, workers: int) -> int:
    """Items per chunk: about :data:`CHUNKS_PER_WORKER` chunks per worker, at most
    :data:`MAX_CHUNK`."""
    return max(1, min(MAX_CHUNK, -(-count // (workers * CHUNKS_PER_WORKER))))


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def die_with_parent() -> None:
    """Pool initializer: end this worker when the process that started it ends, by
    ``PR_SET_PDEATHSIG`` on Linux (immediate, even after SIGKILL of the parent) and by a
    thread watching the parent's pid everywhere (also covers a parent that died before
    the ``prctl``)."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    threading.Thread(target=_watch_parent, args=(parent,), name="broadsheet-parent-watch",
                     daemon=True).start()


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers die with this process."""
    return ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent)


class Died(Generic[Item]):
    """An item whose worker died twice: reported, never retried again."""

    __slots__ = ("item",)

    def __init__(self, item: Item) -> None:
        self.item = item


Work = Callable[[Sequence[Item]], list[Result]]


class ChunkRunner(Generic[Item, Result]):
    """Runs ``work`` (a picklable function of a chunk of items, returning one result per
    item) over items on a pool, yielding results as chunks finish.

    ``failed(item, error)`` turns an exception raised for an item into its result.
    ``executor`` is used as given (a caller's pool cannot be replaced when it breaks; its
    chunks that raise are retried one item at a time); without one, pools of ``workers``
    processes are made and replaced as workers die.
    """

    def __init__(self, work: Work[Item, Result], failed: Callable[[Item, BaseException],
                 Result], *, workers: int, executor: Executor | None = None) -> None:
        self.work = work
        self.failed = failed
        self.workers = workers
        self.executor = executor

    def run(self, items: Sequence[Item]) -> Iterator[Result | Died[Item]]:
        size = chunk_size(len(items), self.workers)
        chunks = deque(tuple(items[i:i + size]) for i in range(0, len(items), size))
        if self.executor is not None:
            yield from self._drain(self.executor, chunks, own=False)
            return
        suspects: deque[tuple[Item, ...]] = deque()
        while chunks:
            pool = new_pool(self.workers)
            try:
                broken = yield from self._drain(pool, chunks, own=True)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
            suspects.extend((item,) for chunk in broken for item in chunk)
        yield from self._isolate(suspects)

    def _isolate(self, suspects: deque[tuple[Item, ...]]) -> Iterator[Result | Died[Item]]:
        """Each suspect alone on a one-worker pool: a death there is that item's."""
        pool: ProcessPoolExecutor | None = None
        try:
            while suspects:
                chunk = suspects.popleft()
                pool = pool or new_pool(1)
                try:
                    yield from pool.submit(self.work, chunk).result()
                except BrokenProcessPool:
                    pool.shutdown(wait=True)
                    pool = None
                    yield Died(chunk[0])
                except Exception as error:
                    yield self.failed(chunk[0], error)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _drain(self, pool: Executor, chunks: deque[tuple[Item, ...]], *, own: bool,
               ) -> Generator[Result | Died[Item], None, list[tuple[Item, ...]]]:
        """Run chunks on ``pool`` until none are left or (``own``) the pool breaks; on a
        break, the generator returns the chunks that did not finish. On a caller's pool a
        chunk that raises is retried one item at a time, and an item that raises fails."""
        window = max(1, self.workers * IN_FLIGHT_PER_WORKER)
        pending: dict[Future[list[Result]], tuple[Item, ...]] = {}
        while chunks or pending:
            while chunks and len(pending) < window:
                chunk = chunks.popleft()
                try:
                    pending[pool.submit(self.work, chunk)] = chunk
                except RuntimeError as error:  # broken, or a caller's pool shut down
                    if own:
                        return (yield from self._salvage(chunk, pending))
                    for item in (*chunk, *(i for c in chunks for i in c),
                                 *(i for c in pending.values() for i in c)):
                        yield self.failed(item, error)
                    return []
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                try:
                    results = future.result()
                except Exception as error:
                    if own and isinstance(error, BrokenProcessPool):
                        return (yield from self._salvage(chunk, pending))
                    if not own and len(chunk) > 1:
                        chunks.extendleft((item,) for item in reversed(chunk))
                    else:
                        for item in chunk:
                            yield self.failed(item, error)
                    continue
                yield from results
        return []

    @staticmethod
    def _salvage(chunk: tuple[Item, ...], pending: dict[Future[list[Result]], tuple[Item, ...]],
                 ) -> Generator[Result, None, list[tuple[Item, ...]]]:
        """After a break: the results of chunks that had finished, and the chunks that had
        not (``chunk`` among them)."""
        unfinished = [chunk]
        for future, other in pending.items():
            if future.done() and not future.cancelled() and future.exception() is None:
                yield from future.result()
            else:
                unfinished.append(other)
        return unfinished
