"""Score the page importer on real news pages against reference extractions nobody here wrote.

The corpus is newspaper4k's test set: saved news pages (``tests/data/html``) with the article
text (``tests/data/txt``) and metadata (``tests/data/metadata``) the newspaper4k project keeps
as its tests' expected output. A sample is committed in ``tests/data/newspaper4k`` (its
README says which pages, whose and under which licence; five of its pages are read from
``bench/pages``, which keeps them for the benchmarks); the whole set is read from the
newspaper4k sdist when given::

    pip download --no-deps --no-binary newspaper4k newspaper4k==0.9.6 -d /tmp/n4k
    python tests/importers/extraction_scoring.py [/tmp/n4k/newspaper4k-0.9.6.tar.gz] [--check]

Body text is compared as multisets of words (case-folded; in scripts written without spaces
each character is a word): *recall* is the share of the reference's words the import has,
*precision* the share of the import's words the reference has. The headline is right when it
reads as the reference's title, or as its start with the site's name after it; as the
page's headline when it also reads as the text of one of the page's ``<h1>`` elements (the
reference is often the ``<title>``, which some newsrooms word differently); the language
when its primary subtag is the reference's; the publication date when its calendar day is the
reference's. trafilatura, when installed, is scored on the
same pages in the same run. ``--check`` also renders each import and checks the page.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from broadsheet import import_article, load_article, render
from broadsheet.importers import ImportResult, _decode
from broadsheet.importers.article import ImportSourceError
from broadsheet.importers.html_blocks import inline_text
from broadsheet.importers.page import parse_page

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "newspaper4k"
#: The same newspaper4k pages already kept for the benchmarks: read from there, not copied.
BENCH_PAGES = Path(__file__).resolve().parents[2] / "bench" / "pages"
#: Pages of newspaper4k's test set that are not one article page (a redirect, a feed, a
#: home page) or that have no reference text.
NOT_ARTICLES = {"ap_meta_refresh", "google_meta_refresh", "sample_rss", "cnn_main_site",
                "wired_main_site", "yahoo_main_site", "autoindustria"}
#: Languages and URLs of the pages whose metadata file does not say them, from newspaper4k's
#: own tests (tests/conftest.py, ``language_article_fixture``).
KNOWN = {
    "burmese_article": ("my", "https://www.bbc.com/burmese/burma-45989453"),
    "chinese_article": ("zh", "http://news.sohu.com/20050601/n225789219.shtml"),
    "latvian_article": ("lv", "https://www.lsm.lv/raksts/zinas/arzemes/norvegija-pec-zemes-"
                              "nogruvuma-pieci-bojagajusie.a387519/"),
}
#: Scripts written without spaces between words: each character counts as a word.
_UNSPACED = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
             "\u4e00-\u9fff\uf900-\ufaff")
_WORD = re.compile(rf"[{_UNSPACED}]|(?:(?![{_UNSPACED}])\w)+", re.UNICODE)


def words(text: str) -> Counter[str]:
    """The words of ``text`` as a multiset, case-folded and NFKC-normalised."""
    return Counter(w.casefold() for w in _WORD.findall(unicodedata.normalize("NFKC", text)))


def score(got: Counter[str], reference: Counter[str]) -> tuple[float, float, float]:
    """Word recall, precision and F1 of ``got`` against ``reference``."""
    common = sum((got & reference).values())
    recall = common / max(sum(reference.values()), 1)
    precision = common / max(sum(got.values()), 1) if got else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return recall, precision, f1


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile of ``values``, interpolated linearly between ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Page:
    """One saved page with its reference extraction."""

    name: str
    html: bytes
    text: str
    title: str | None
    language: str | None
    url: str | None
    published: str | None = None


def _pages_in(files: dict[str, bytes]) -> Iterator[Page]:
    """Pages from a mapping of ``html/NAME.html``, ``txt/NAME.txt``, ``metadata/NAME.json``."""
    seen: set[bytes] = set()
    for key in sorted(files):
        if not key.startswith("html/") or not key.endswith(".html"):
            continue
        name = key[len("html/"):-len(".html")]
        text = files.get(f"txt/{name}.txt")
        if name in NOT_ARTICLES or text is None or files[key] in seen:
            continue  # not an article page, no reference, or a copy of a page already read
        seen.add(files[key])
        meta: dict[str, Any] = {}
        if (raw := files.get(f"metadata/{name}.json")) is not None:
            meta = json.loads(raw)
        language, url = KNOWN.get(name, (meta.get("language"), meta.get("url")))
        yield Page(name, files[key], text.decode("utf-8"), meta.get("title"), language, url,
                   meta.get("publish_date"))


def load_corpus(source: Path = SAMPLE) -> list[Page]:
    """The pages of the committed sample (a folder), or of a newspaper4k sdist (.tar.gz)."""
    files: dict[str, bytes] = {}
    if source.is_dir():
        for path in source.rglob("*"):
            if path.is_file():
                files[path.relative_to(source).as_posix()] = path.read_bytes()
        for key in list(files):
            name = key.removeprefix("txt/").removesuffix(".txt")
            if key.startswith("txt/") and f"html/{name}.html" not in files and (
                    saved := BENCH_PAGES / f"{name}.html").is_file():
                files[f"html/{name}.html"] = saved.read_bytes()
    else:
        with tarfile.open(source) as archive:
            for member in archive.getmembers():
                parts = member.name.split("/")
                if member.isfile() and parts[1:3] == ["tests", "data"] and len(parts) == 5:
                    handle = archive.extractfile(member)
                    if handle is not None:
                        files["/".join(parts[3:])] = handle.read()
    return list(_pages_in(files))


def body_text(article: dict[str, Any]) -> str:
    """The text a reader gets below the headline: the standfirst (``summary``, which the
    rendered page shows under the headline), every block's text, items, cells and captions,
    and the attribution after them."""
    parts: list[str] = [inline_text(article["summary"])] if article.get("summary") else []
    for block in article.get("body", []):
        for key in ("title", "text", "caption"):
            if isinstance(block.get(key), str):
                parts.append(inline_text(block[key]))
        parts.extend(inline_text(item) for item in block.get("items", []))
        parts.extend(inline_text(cell) for row in block.get("rows", []) for cell in row)
        parts.extend(inline_text(image["caption"]) for image in block.get("images", [])
                     if isinstance(image.get("caption"), str))
    if article.get("attribution"):
        parts.append(inline_text(article["attribution"]))  # shown at the body's end
    return "\n".join(parts)


def import_page(page: Page) -> dict[str, Any]:
    """The imported article (:func:`import_result`)."""
    return import_result(page).article


def import_result(page: Page) -> ImportResult:
    """The page imported as ``broadsheet import`` would, given its URL as ``--base-url``.

    A page that names no publication date or language, where ``broadsheet import`` would ask
    for ``--meta`` or ``--language``, gets a placeholder so that its body is still scored;
    the language placeholder ``zxx`` counts as a wrong language."""
    fallbacks: dict[str, Any] = {}
    language: str | None = None
    for _ in range(3):
        try:
            return import_article(page.html, kind="page", base_url=page.url or
                                  "https://example.com/", language=language,
                                  metadata=fallbacks)
        except ImportSourceError as error:
            if "publication date" in str(error):
                fallbacks["published"] = "2000-01-01T00:00:00Z"
            elif "no language" in str(error):
                language = "zxx"
            else:
                raise
    raise AssertionError("unreachable")


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def page_h1s(page_html: bytes) -> list[str]:
    """The texts of the page's ``<h1>`` elements, the page decoded and parsed as the import
    reads it."""
    root = parse_page(_decode("page", page_html))
    return [" ".join(h1.text_content().split()) for h1 in root.iter("h1")]


def headline_right(headline: str, reference: str) -> bool:
    """Whether ``headline`` reads as the reference title, or as its start (the reference
    is often the page's ``<title>``, with the site's name after the headline)."""
    ours, theirs = _normal(headline), _normal(reference)
    return bool(ours) and (ours == theirs or (theirs.startswith(ours) and
                                             len(ours) >= 0.5 * len(theirs)))


@dataclass
class Result:
    """One extractor's scores on one page."""

    page: str
    recall: float
    precision: float
    f1: float
    headline: bool | None = None
    #: Whether the headline reads as the reference's or as one of the page's ``<h1>``.
    headline_shown: bool | None = None
    #: The imported headline, when it is not the reference's.
    headline_read: str | None = None
    language: bool | None = None
    published: bool | None = None
    error: str | None = None
    #: With ``--check``: the rules the rendered import fails, "(not reported)" after those
    #: the import did not report about the source.
    checked: list[str] = field(default_factory=list)


def score_broadsheet(page: Page, check_rendered: bool = False) -> Result:
    try:
        imported = import_result(page)
    except ImportSourceError as error:
        return Result(page.name, 0.0, 0.0, 0.0, False, False, error=str(error))
    article = imported.article
    recall, precision, f1 = score(words(body_text(article)), words(page.text))
    result = Result(page.name, recall, precision, f1)
    if page.title:
        result.headline = headline_right(article["headline"], page.title)
        ours = _normal(article["headline"])
        result.headline_shown = result.headline or any(
            ours and ours == _normal(h1) for h1 in page_h1s(page.html))
        if not result.headline:
            result.headline_read = article["headline"]
    if page.language:
        result.language = article["language"].split("-")[0] == page.language
    if page.published:  # the calendar day (the placeholder date never matches)
        result.published = article["published"][:10] == page.published[:10]
    if check_rendered:
        reported = {f.rule for f in imported.findings if f.is_violation}
        result.checked = [rule if rule in reported else f"{rule} (not reported)"
                          for rule in check_rendered_page(article)]
    return result


def check_rendered_page(article: dict[str, Any]) -> list[str]:
    """The rules the rendered import fails."""
    from broadsheet.checks import check

    html = render(load_article(article)).html
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "page.html"
        out.write_text(html, "utf-8")
        return sorted({f.rule for f in check(out).findings if f.is_violation})


def trafilatura_extractor() -> Callable[[bytes], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(html: bytes) -> str:
        return trafilatura.extract(html, include_tables=True, include_comments=False) or ""

    return extract


def summary(results: list[Result]) -> dict[str, float]:
    """Median and 10th percentile of recall, precision and F1; headline and language rates."""
    figures: dict[str, float] = {"pages": len(results)}
    for what in ("recall", "precision", "f1"):
        values = [getattr(r, what) for r in results]
        figures[f"{what}_median"] = percentile(values, 0.5)
        figures[f"{what}_p10"] = percentile(values, 0.1)
    for what in ("headline", "headline_shown", "language", "published"):
        judged = [getattr(r, what) for r in results if getattr(r, what) is not None]
        if judged:
            figures[f"{what}_right"] = sum(judged) / len(judged)
            figures[f"{what}_pages"] = len(judged)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=SAMPLE,
                        help="the newspaper4k sdist (.tar.gz) or a folder like the sample")
    parser.add_argument("--check", action="store_true",
                        help="also render each import and check the rendered page")
    args = parser.parse_args(argv)
    pages = load_corpus(args.corpus)
    start = time.perf_counter()
    ours = [score_broadsheet(page) for page in pages]
    ours_seconds = time.perf_counter() - start
    print(f"{len(pages)} pages from {args.corpus}")
    print(f"{'page':24} {'recall':>6} {'prec':>6} {'F1':>6}  headline language"
          + ("  trafilatura R/P" if trafilatura_extractor() else ""))
    extract = trafilatura_extractor()
    theirs: list[Result] = []
    theirs_seconds = 0.0
    for page, result in zip(pages, ours, strict=True):
        line = (f"{page.name:24} {result.recall:6.3f} {result.precision:6.3f} "
                f"{result.f1:6.3f}  {result.headline!s:8} {result.language!s:8}")
        if extract is not None:
            start = time.perf_counter()
            text = extract(page.html)
            theirs_seconds += time.perf_counter() - start
            theirs.append(Result(page.name, *score(words(text), words(page.text))))
            line += f"  {theirs[-1].recall:.3f} {theirs[-1].precision:.3f}"
        if result.error:
            line += f"  ({result.error})"
        print(line)
    rows = [("broadsheet", summary(ours), ours_seconds)]
    if extract is not None:
        rows.append(("trafilatura", summary(theirs), theirs_seconds))
    print(f"\n{'':12} {'recall med/p10':>15} {'precision med/p10':>18} {'F1 med/p10':>12} "
          f"{'headline':>9} {'(or h1)':>8} {'language':>9} {'date':>6} {'pages/s':>8}")
    for name, figures, seconds in rows:
        print(f"{name:12} {figures['recall_median']:7.3f}/{figures['recall_p10']:.3f} "
              f"{figures['precision_median']:10.3f}/{figures['precision_p10']:.3f} "
              f"{figures['f1_median']:6.3f}/{figures['f1_p10']:.3f} "
              f"{figures.get('headline_right', float('nan')):9.2f} "
              f"{figures.get('headline_shown_right', float('nan')):8.2f} "
              f"{figures.get('language_right', float('nan')):9.2f} "
              f"{figures.get('published_right', float('nan')):6.2f} "
              f"{len(pages) / seconds:8.1f}")
    for page, result in zip(pages, ours, strict=True):
        if result.headline_read:
            shown = "the page's <h1>" if result.headline_shown else "no <h1> of the page"
            print(f"headline of {page.name}: {result.headline_read!r} ({shown}); "
                  f"reference: {page.title!r}")
    if args.check:
        failing = {page.name: rules for page in pages
                   if (rules := score_broadsheet(page, check_rendered=True).checked)}
        print(f"\nrendered imports that fail a rule: {len(failing)} of {len(pages)}", failing)
        print("failing a rule the import did not report:", sum(
            any("not reported" in rule for rule in rules) for rules in failing.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
