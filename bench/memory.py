"""Peak memory of checking a 10 MB page, in bytes per input byte (issue 19: at most 10).

    python -m bench --only memory
    python -m bench.memory PATH      # the child: prints {"bytes": ..., "peak_growth": ...}

Each page is written to a file and checked in a fresh process that reads it first, so the
figure is the growth of peak resident memory (``VmHWM``) from the page read to the report
done, not the cost of making the page; the whole peak (interpreter included) is given too.
Pages: Broadsheet's own rendering of a long article, the hostile-input baseline (paragraphs
and links), 1,000s of nested tables and two real news pages (``bench/pages/cnn_article.html``
and ``article_with_divs.html``) repeated. The baseline, measured in the same run on each
page: the growth of a fresh process that only builds the checker's own lxml tree of it (the
tree written as XML by one child, read by lxml's XML parser in another, no Python object
per element), which no checker on that tree can go below. (``lxml.html`` was the baseline
before: libxml2's HTML parser stops at the first ``</html>`` of a repeated page and builds
a shallow tree of nested tables, so it measured other trees.)

    python -m bench.memory PAGE xml OUT  # the child writing the checker's tree as XML
    python -m bench.memory OUT lxml      # the child of the baseline
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
REAL_PAGE = Path(__file__).parent / "pages" / "cnn_article.html"
REAL_PAGE_DIVS = Path(__file__).parent / "pages" / "article_with_divs.html"


def _pages(size: int) -> dict[str, str]:
    import broadsheet
    from bench.articles import grown
    from bench.hostile import ORDINARY, SHAPES

    blocks = max(1, size // 180)  # about 180 bytes of HTML a block
    article = broadsheet.render(broadsheet.load_article(grown(blocks))).html
    real = REAL_PAGE.read_text(encoding="utf-8")
    divs = REAL_PAGE_DIVS.read_text(encoding="utf-8")
    return {"article": article, "ordinary": ORDINARY.page(size),
            "nested-tables": SHAPES["nested-tables"].page(size),
            "real-page": real * max(1, round(size / len(real))),
            "real-page-divs": divs * max(1, round(size / len(divs)))}


def measure(path: Path, *mode: str) -> dict[str, Any]:
    """Figures for one page file, from a child process (``xml OUT``, ``lxml``: the
    baseline's)."""
    completed = subprocess.run([sys.executable, "-m", "bench.memory", str(path), *mode],
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
            xml = path.with_suffix(".xml")
            measure(path, "xml", str(xml))
            tree = measure(xml, "lxml")
            xml.unlink()
            row["lxml_per_byte"] = (None if tree["peak_growth"] is None
                                    else tree["peak_growth"] / row["bytes"])
            row["elements"] = tree["elements"]
            rows.append(row)
    worst = max(row["growth_per_byte"] for row in rows)
    return {"rows": rows, "target": f"<= {TARGET:.0f} bytes per input byte",
            "met": worst <= TARGET}


def lines(result: dict[str, Any]) -> list[str]:
    out = [f"memory   peak of checking a page, per input byte ({result['target']}: "
           f"{'met' if result['met'] else 'NOT met'})"]
    for row in result["rows"]:
        alone = "past lxml's depth" if row["lxml_per_byte"] is None else \
            f"{row['lxml_per_byte']:5.1f} B/B"
        out.append(f"         {row['page']:14s} {row['bytes'] / 1e6:6.1f} MB: "
                   f"+{row['peak_growth'] / 2**20:6.0f} MiB = {row['growth_per_byte']:5.1f} B/B "
                   f"(its lxml tree alone {alone}; whole process "
                   f"{row['peak'] / 2**20:.0f} MiB = {row['peak_per_byte']:.1f} B/B)")
    return out


def _peak_kib() -> int:
    """This process's peak resident size in KiB since its ``exec`` (``VmHWM``). Not
    ``ru_maxrss``: Linux carries the parent's resident size at the fork into it, so a child
    of a bench that had built 10 MB pages showed no growth at all."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(path: Path, mode: str = "check", out: str = "") -> None:
    from lxml import etree

    from broadsheet.checks import check
    from broadsheet.checks.parse import parse

    if mode == "xml":
        Path(out).write_bytes(etree.tostring(parse(path.read_bytes()).root))
        print("{}")
        return
    check(html="<!DOCTYPE html><title>t</title><p>warm</p>")
    data = path.read_bytes()
    before = _peak_kib()
    if mode == "lxml":
        parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)
        try:
            tree = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:  # nested past libxml2's depth limit, even for huge trees
            print(json.dumps({"bytes": len(data), "peak_growth": None, "elements": None}))
            return
        peak = _peak_kib()
        print(json.dumps({"bytes": len(data), "peak_growth": (peak - before) * 1024,
                          "elements": sum(1 for _ in tree.iter(etree.Element))}))
        return
    report = check(data)
    reported = report.violations  # what the command line reports
    peak = _peak_kib()
    print(json.dumps({"bytes": len(data), "peak_growth": (peak - before) * 1024,
                      "violations": len(reported),
                      "peak": peak * 1024}))


if __name__ == "__main__":
    _child(Path(sys.argv[1]), *sys.argv[2:4])
