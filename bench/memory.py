"""Peak memory of checking a 10 MB page, in bytes per input byte (issue 19: at most 10).

    python -m bench --only memory
    python -m bench.memory PATH      # the child: prints {"bytes": ..., "peak_growth": ...}

Each page is written to a file and checked in a fresh process that reads it first, so the
figure is the growth of peak resident memory (``ru_maxrss``) from the page read to the report
done, not the cost of making the page; the whole peak (interpreter included) is given too.
Pages: Broadsheet's own rendering of a long article, the hostile-input baseline (paragraphs
and links) and 1,000s of nested tables.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZE = 10_000_000
TARGET = 10.0


def _pages(size: int) -> dict[str, str]:
    import broadsheet
    from bench.articles import grown
    from bench.hostile import ORDINARY, SHAPES

    blocks = max(1, size // 180)  # about 180 bytes of HTML a block
    article = broadsheet.render(broadsheet.load_article(grown(blocks))).html
    return {"article": article, "ordinary": ORDINARY.page(size),
            "nested-tables": SHAPES["nested-tables"].page(size)}


def measure(path: Path) -> dict[str, Any]:
    """Figures for one page file, from a child process."""
    completed = subprocess.run([sys.executable, "-m", "bench.memory", str(path)],
                               capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def run(repeat: int, size: int = SIZE) -> dict[str, Any]:
    del repeat  # one run each: peak memory does not vary like time
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, html in _pages(size).items():
            path = Path(folder) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            del html
            row = measure(path)
            row["page"] = name
            row["growth_per_byte"] = row["peak_growth"] / row["bytes"]
            row["peak_per_byte"] = row["peak"] / row["bytes"]
            rows.append(row)
    worst = max(row["growth_per_byte"] for row in rows)
    return {"rows": rows, "target": f"<= {TARGET:.0f} bytes per input byte",
            "met": worst <= TARGET}


def lines(result: dict[str, Any]) -> list[str]:
    out = [f"memory   peak of checking a page, per input byte ({result['target']}: "
           f"{'met' if result['met'] else 'NOT met'})"]
    for row in result["rows"]:
        out.append(f"         {row['page']:14s} {row['bytes'] / 1e6:6.1f} MB: "
                   f"+{row['peak_growth'] / 2**20:6.0f} MiB = {row['growth_per_byte']:5.1f} B/B "
                   f"(whole process {row['peak'] / 2**20:.0f} MiB = "
                   f"{row['peak_per_byte']:.1f} B/B)")
    return out


def _child(path: Path) -> None:
    from broadsheet.checks import check

    check(html="<!DOCTYPE html><title>t</title><p>warm</p>")
    data = path.read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = check(data)
    reported = report.violations  # what the command line reports
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"bytes": len(data), "peak_growth": (peak - before) * 1024,
                      "violations": len(reported),
                      "peak": peak * 1024}))


if __name__ == "__main__":
    _child(Path(sys.argv[1]))
