"""What a checked page keeps in memory (issue 19: at most 10 bytes a byte of page at the peak).

The page's text and every memo of the rules go once the rules are done: the report keeps the
tree, the ids, the start-tag lines and the selector steps its findings' places are worked out
from, and on large pages the element proxies share one tag string per tag.
"""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from broadsheet.catalog import default_catalog
from broadsheet.checks import check
from broadsheet.checks.engine import run
from broadsheet.checks.parse import SHARE_TAGS_AFTER, parse

#: A real news page nobody here wrote (bench/pages/README.md), repeated to about 225 KB.
PAGE = (Path(__file__).resolve().parents[2] / "bench" / "pages" / "cnn_article.html"
        ).read_text(encoding="utf-8") * 3


def test_a_report_keeps_little_python_memory_once_the_rules_are_done() -> None:
    check(html=PAGE)  # modules, Babel's locale data, style sheets parsed once per process
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        report = check(html=PAGE)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert report.violations
    # 4.3 bytes a byte of page when every memo of the rules (roles, hiding bits, nearest
    # landmarks, the bypass layout...) lived as long as the report; lxml's tree is C memory.
    assert kept / len(PAGE.encode()) < 1.5


def test_findings_read_after_the_release_are_placed_as_before() -> None:
    """The places read after the rules' memory is dropped are those read before it."""
    rules = default_catalog().select(None, None, (), engines=("static",)).static
    doc = parse(PAGE, keep_source=False)
    kept = run(doc, rules)  # the document keeps every memo
    expected = [(f.rule, f.outcome, f.target, f.snippet, f.line, f.message) for f in kept]
    released = check(html=PAGE)
    assert [(f.rule, f.outcome, f.target, f.snippet, f.line, f.message)
            for f in released] == expected
    assert len(expected) > 1_000


def test_a_large_page_shares_one_tag_string_per_tag() -> None:
    count = SHARE_TAGS_AFTER + 10
    doc = parse("<!DOCTYPE html><title>t</title><body>" + "<div><span>x</span></div>" * count)
    divs, spans = doc.tags("div"), doc.tags("span")
    assert len(divs) == len(spans) == count
    assert len({id(el.tag) for el in divs}) == 1
    assert len({id(el.tag) for el in spans}) == 1
    assert [el.tag for el in doc.elements[:4]] == ["html", "head", "title", "body"]

