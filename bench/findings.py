"""Every finding of the static check on a set of real pages, to hold a speed change to the
same results: ``python -m bench.findings OUT.json`` before the change, again after, then
``python -m bench.findings --compare BEFORE.json AFTER.json``.

Each page's JSON report, passes included (rule, outcome, target, snippet, line, message of
every finding), is kept whole. The pages: ``bench/pages``, ``fixtures/pages``, the saved
newspaper4k pages under ``tests/data`` and any folders given with ``--also`` (every
``*.html`` below them, e.g. a Debian ``-doc`` package's)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "bench" / "pages", ROOT / "fixtures" / "pages",
           ROOT / "tests" / "data" / "newspaper4k" / "html")


def pages(also: Iterable[Path] = ()) -> list[Path]:
    """The pages, in a stable order."""
    found = [page for folder in FOLDERS for page in sorted(folder.glob("*.html"))]
    for folder in also:
        found.extend(sorted(page for page in folder.rglob("*.html") if page.is_file()))
    return found


def report(page: Path) -> dict[str, Any]:
    """The page's report as JSON data, without the tool's version."""
    from broadsheet.checks import InputError, check

    try:
        data = check(path=page).to_dict(passes=True)
    except InputError as error:  # too large, binary: the same either side
        return {"input_error": str(error), "violations": [], "incomplete": [], "passes": []}
    data.pop("tool")
    return data


def write(out: Path, also: Iterable[Path]) -> int:
    reports = {str(page.relative_to(ROOT) if page.is_relative_to(ROOT) else page):
               report(page) for page in pages(also)}
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=0) + "\n", "utf-8")
    count = sum(len(entry["nodes"]) for data in reports.values()
                for group in ("violations", "incomplete", "passes") for entry in data[group])
    print(f"{len(reports)} pages, {count} findings -> {out}")
    return 0


def _findings(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(entry["id"], group, node["target"][0], node["message"])
            for group in ("violations", "incomplete", "passes")
            for entry in data[group] for node in entry["nodes"]]


def compare(before: Path, after: Path) -> int:
    """0 when every page's report is the same; else each differing page's first findings
    that differ (rule, outcome, target, message)."""
    old = json.loads(before.read_text("utf-8"))
    new = json.loads(after.read_text("utf-8"))
    differing = [name for name in old.keys() | new.keys() if old.get(name) != new.get(name)]
    for name in sorted(differing):
        gone = set(_findings(old.get(name, {"violations": [], "incomplete": [], "passes": []})))
        came = set(_findings(new.get(name, {"violations": [], "incomplete": [], "passes": []})))
        print(f"{name}: {len(gone - came)} findings only before, {len(came - gone)} only after")
        for finding in sorted(gone - came)[:5]:
            print("  -", *finding)
        for finding in sorted(came - gone)[:5]:
            print("  +", *finding)
    count = sum(len(_findings(data)) for data in new.values())
    print(f"{len(new)} pages, {count} findings: "
          + (f"{len(differing)} pages differ" if differing else "identical reports"))
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.findings", description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, help="where to write the reports")
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="a folder of more pages (every *.html below it)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give OUT or --compare BEFORE AFTER")
    return write(args.out, args.also)


if __name__ == "__main__":
    sys.exit(main())
