"""render_many on a two-worker process pool against a serial loop of render(), on 1,000
small articles: is the pool's per-task cost amortised by chunking?

Two figures per mode: the wall-clock speed-up (what a user sees; on a shared machine it
depends on what else runs) and the CPU the pool spends (workers and parent) per CPU second
of the serial loop (the pool's own overhead, whatever the load: near 1 means a pool of N
idle cores approaches N times serial).
"""

from __future__ import annotations

import gc
import json
import os
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import broadsheet
from bench.articles import grown
from broadsheet.output import atomic_write

#: The target the issue set: a 2-worker pool at least 1.6x as fast as serial rendering.
TARGET = 1.6
WORKERS = 2


def _articles(folder: Path, count: int) -> list[Path]:
    """``count`` small articles (the seed's front matter and 5 body blocks), distinct ids."""
    data = grown(5)
    paths = []
    for number in range(count):
        data["id"] = f"bench-{number:05d}"
        path = folder / f"{data['id']}.json"
        path.write_text(json.dumps(data), "utf-8")
        paths.append(path)
    return paths


def _cpu() -> float:
    """CPU seconds of this process and its finished (reaped) children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measured(funcs: dict[str, Callable[[], object]], repeat: int) -> dict[str, dict[str, float]]:
    """Median wall and CPU seconds of each function, run interleaved."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), _cpu()
            func()
            samples[name].append((time.perf_counter() - wall, _cpu() - cpu))
    return {name: {"wall": statistics.median(s[0] for s in values),
                   "cpu": statistics.median(s[1] for s in values)}
            for name, values in samples.items()}


def run(repeat: int, count: int = 1000) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="broadsheet-bench-"))
    try:
        paths = _articles(folder, count)
        out = folder / "out"
        serial_out = folder / "serial"
        serial_out.mkdir()

        def serial_files() -> None:
            for path in paths:
                atomic_write(serial_out / f"{path.stem}.html", broadsheet.render(path).html)

        broadsheet.render(paths[0])  # the serial loop's one-off costs are not measured
        times = _measured({
            "serial_to_files": serial_files,
            "pool_to_files": lambda: broadsheet.render_many(paths, out_dir=out, jobs=WORKERS),
            "serial_in_memory": lambda: [broadsheet.render(path) for path in paths],
            "pool_in_memory": lambda: broadsheet.render_many(paths, jobs=WORKERS),
        }, max(1, min(repeat, 3)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ratios = {mode: {"speedup": times[f"serial_{mode}"]["wall"] / times[f"pool_{mode}"]["wall"],
                     "cpu_overhead": times[f"pool_{mode}"]["cpu"] / times[f"serial_{mode}"]["cpu"]}
              for mode in ("to_files", "in_memory")}
    return {
        "articles": count,
        "workers": WORKERS,
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "seconds": times,
        "ratios": ratios,
        "target": f"{WORKERS}-worker pool >= {TARGET}x serial",
        "met": min(r["speedup"] for r in ratios.values()) >= TARGET,
    }
