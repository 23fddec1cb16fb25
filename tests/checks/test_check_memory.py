"""What a checked page keeps in memory (issue 19: at most 10 bytes a byte of page at the peak).

The page's text and every memo of the rules go once the rules are done: the report keeps the
tree, the ids, the start-tag lines and the selector steps its findings' places are worked out
from, and on large pages the element proxies share one tag string per tag.
"""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from pathlib import Path
from typing import Any

import pytest

from broadsheet.catalog import default_catalog
from broadsheet.checks import check, html_tree
from broadsheet.checks import parse as parse_module
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



class _Text(str):
    """Decoded text that can be watched (a ``str`` takes no weak reference)."""


def test_the_checkers_parse_drops_its_decoded_text_before_lxmls_tree(
        monkeypatch: pytest.MonkeyPatch) -> None:
    watched: list[weakref.ref[_Text]] = []
    alive_after_copy: list[bool] = []
    decode, copy = parse_module.decode, html_tree._copy

    def decoded(data: str | bytes) -> str:
        text = _Text(decode(data))
        watched.append(weakref.ref(text))
        return text

    def copied(plan: Any) -> Any:
        made = copy(plan)
        gc.collect()
        alive_after_copy.append(watched[-1]() is not None)
        return made

    monkeypatch.setattr(parse_module, "decode", decoded)
    monkeypatch.setattr(parse_module, "_parseable", lambda text: text)  # the page is clean
    monkeypatch.setattr(html_tree, "_copy", copied)
    doc = parse(PAGE.encode(), keep_source=False)
    assert len(doc.elements) > 2_000
    assert alive_after_copy == [False], "the decoded page outlived turbohtml's tree"
    kept = parse(PAGE.encode(), keep_source=True)
    assert alive_after_copy == [False, True]
    assert kept.source == PAGE


def test_a_page_parsed_again_after_its_text_was_dropped_is_the_same_page() -> None:
    """A processing instruction sends the page to the Python copy, which parses it again:
    the text is decoded again from the page's bytes."""
    page = "<!DOCTYPE html><title>t</title><p id=a>caf\u00e9 <?php echo 1 ?> bar</p>".encode()
    dropped = parse(page, keep_source=False)
    kept = parse(page, keep_source=True)
    assert dropped.source == ""
    assert [(el.tag, el.text, el.get("id")) for el in dropped.elements] \
        == [(el.tag, el.text, el.get("id")) for el in kept.elements]
    assert dropped.by_id("a") is not None
    assert "".join(dropped.by_id("a").itertext()) == "caf\u00e9  bar"  # type: ignore[union-attr]


_FREED: list[str] = []


class _Bytes(bytes):
    """A page's bytes that say when they are freed (``bytes`` takes no weak reference)."""

    def __del__(self) -> None:
        _FREED.append("page")


def test_a_file_checked_by_path_is_not_kept_while_the_rules_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.checks import engine

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    alive_in_rules: list[bool] = []
    read_page, rules = engine.read_page, engine.run
    _FREED.clear()

    def read(path: Any, **options: Any) -> bytes:
        return _Bytes(read_page(path, **options))

    def run(*args: Any, **options: Any) -> Any:
        gc.collect()
        alive_in_rules.append(not _FREED)
        return rules(*args, **options)

    monkeypatch.setattr(engine, "read_page", read)
    monkeypatch.setattr(engine, "run", run)
    assert check(path=page).violations
    assert alive_in_rules == [False], "the page's bytes lived through the rules"
