"""How well ``broadsheet import`` finds the article in a page, against a reference and
against trafilatura and readability-lxml on the same pages (when they are installed; they are
not Broadsheet's dependencies).

    python -m bench.import_extraction [--repeat N]

Word recall: the share of the reference's words (a multiset, case-folded) that the
extraction has; precision: the share of the extraction's words that the reference has.
The reference for the seed page is the designers' reading of it (tests/data/seed); the
other fixtures have none, so each extractor is compared with the others. The figures on real
pages against reference extractions (newspaper4k's test set) come from
``python tests/importers/extraction_scoring.py`` (docs/import.md).
Speed: pages per second over all pages, each extractor timed in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from broadsheet.importers import import_article
from broadsheet.importers.html_blocks import inline_text

ROOT = Path(__file__).resolve().parents[1]
SEED_PAGE = ROOT / "fixtures" / "import" / "seed-article-page.html"
SEED_REFERENCE = ROOT / "tests" / "data" / "seed" / "seed-article.json"
PAGES = [SEED_PAGE, ROOT / "fixtures" / "import" / "fivethirtyeight-manchin.html",
         *sorted((ROOT / "fixtures" / "pages").glob("modelled-*.html"))]
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter[str]:
    return Counter(word.casefold() for word in _WORD.findall(text))


def broadsheet_text(html: str) -> str:
    article = import_article(html, kind="page", base_url="https://www.example.com/",
                             metadata={"published": "2023-01-01T00:00:00Z"}).article
    parts: list[str] = []
    for block in article["body"]:
        for key in ("text", "title", "caption"):
            if isinstance(block.get(key), str):
                parts.append(inline_text(block[key]))
        parts.extend(inline_text(item) for item in block.get("items", []))
        parts.extend(inline_text(cell) for row in block.get("rows", []) for cell in row)
    return " ".join(parts)


def extractors() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"broadsheet": broadsheet_text}
    try:
        import trafilatura

        found["trafilatura"] = lambda html: trafilatura.extract(
            html, include_tables=True, include_comments=False) or ""
    except ImportError:
        pass
    try:
        from lxml import html as lxml_html
        from readability import Document

        found["readability"] = lambda html: lxml_html.fromstring(
            Document(html).summary()).text_content()
    except ImportError:
        pass
    return found


def score(got: Counter[str], reference: Counter[str]) -> tuple[float, float]:
    common = sum((got & reference).values())
    return (common / max(sum(reference.values()), 1), common / max(sum(got.values()), 1))


def reference_seed() -> str:
    data = json.loads(SEED_REFERENCE.read_text("utf-8"))
    parts: list[str] = []
    for block in data["body"]:
        parts.extend(inline_text(block[key]) for key in ("title", "text") if key in block)
    return " ".join(parts)


def run(repeat: int = 3) -> dict[str, object]:
    found = extractors()
    pages = {page.name: page.read_text("utf-8") for page in PAGES}
    outputs = {name: {page: words(extract(html)) for page, html in pages.items()}
               for name, extract in found.items()}
    seed_reference = words(reference_seed())
    result: dict[str, object] = {
        "seed_vs_designers": {name: score(out[SEED_PAGE.name], seed_reference)
                              for name, out in outputs.items()},
    }
    if "trafilatura" in outputs:
        result["broadsheet_vs_trafilatura"] = {
            page: score(outputs["broadsheet"][page], outputs["trafilatura"][page])
            for page in pages}
    speed = {}
    for name, extract in found.items():
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            for html in pages.values():
                extract(html)
            best = min(best, time.perf_counter() - start)
        speed[name] = len(pages) / best
    result["pages_per_second"] = speed
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    result = run(parser.parse_args().repeat)
    print("seed page against the designers' reading (recall, precision):")
    for name, (recall, precision) in result["seed_vs_designers"].items():  # type: ignore[attr-defined]
        print(f"  {name:12} {recall:.3f} {precision:.3f}")
    if "broadsheet_vs_trafilatura" in result:
        print("broadsheet against trafilatura (trafilatura's words we have, ours it has):")
        for page, (recall, precision) in result["broadsheet_vs_trafilatura"].items():  # type: ignore[attr-defined]
            print(f"  {page:36} {recall:.3f} {precision:.3f}")
    print("pages per second:", {k: round(v, 1) for k, v in
                                result["pages_per_second"].items()})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
