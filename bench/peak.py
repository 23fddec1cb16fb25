"""Peak resident memory of rendering and checking one article, in a fresh process.

    python -m bench.peak BLOCKS     # prints {"blocks": N, "max_rss_bytes": ...}

``BLOCKS=0`` measures the baseline: the interpreter with Broadsheet imported.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from typing import Any


def measure(blocks: int) -> dict[str, Any]:
    """Run this module in a child process and return its figures."""
    completed = subprocess.run([sys.executable, "-m", "bench.peak", str(blocks)],
                               capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def _main(blocks: int) -> None:
    import broadsheet
    from bench.articles import grown
    from broadsheet.checks import check

    if blocks:
        article = broadsheet.load_article(grown(blocks))
        check(broadsheet.render(article).html)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"blocks": blocks, "max_rss_bytes": peak_kib * 1024}))


if __name__ == "__main__":
    _main(int(sys.argv[1]))
