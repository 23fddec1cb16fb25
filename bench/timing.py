"""Timing and memory helpers shared by the benchmarks."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def timed(func: Callable[[], object], repeat: int, *, warm: bool = True,
          clock: Callable[[], float] = time.perf_counter) -> float:
    """Median seconds per call over ``repeat`` calls (after one warm-up call unless ``warm``
    is False); ``clock`` may be ``time.process_time`` for CPU seconds."""
    if warm:
        func()
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        func()
        samples.append(clock() - start)
    return statistics.median(samples)


def side_by_side(funcs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds of several functions, run interleaved so machine noise hits all alike."""
    for func in funcs.values():
        func()
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            gc.collect()
            start = time.perf_counter()
            func()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}
