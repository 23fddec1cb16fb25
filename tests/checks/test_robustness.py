"""Real pages and bad input: reports without tracebacks or warnings; clear errors otherwise."""

from __future__ import annotations

import time
import warnings
from pathlib import Path

import pytest

from broadsheet.checks import InputError, check
from broadsheet.cli import main

NASTY = {
    "deep": "<html lang=en><title>t</title><body>" + "<div>" * 3000 + "x" + "</div>" * 3000,
    "deep-link": "<html lang=en><title>t</title><body><a href=/>" + "<span>" * 2000 + "x",
    "broken": ('<html lang=en xml:lang="en" xmlns:og="http://ogp.me"><title>t</title><body>'
               '<p laws"=1 class=\'a>x<img alt="a" alt=b><svg xml:lang="fr" role=img>'
               "<title>t</title><foreignObject><div>h</div></foreignObject></svg>"
               "<math><mi>x</mi></math><table><tr><td rowspan=99999 colspan=-4>c"),
    "navigation": "<html lang=en><title>t</title><body><nav><ul>" + "".join(
        f"<li><a href='/p{i}'>Page {i}</a></li>" for i in range(4000)) + "</ul></nav>",
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_markup_reports_quietly(name: str) -> None:
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = check(NASTY[name])
    assert time.perf_counter() - start < 20
    assert report.results


def test_deeply_nested_link_is_not_a_false_failure() -> None:
    report = check(NASTY["deep-link"], rules=["link-name"])
    assert report.ok


def test_coerced_names_are_mapped_back() -> None:
    report = check(NASTY["broken"], rules=["html-xml-lang-mismatch", "duplicate-attribute"])
    assert report.outcome_of("html-xml-lang-mismatch").value == "passed"
    snippets = [f.snippet or "" for f in report.findings]
    assert any('xml:lang="en"' in s for s in snippets)
    assert not any("U0003A" in s for s in snippets)


def test_oversized_page_is_refused_fast(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(InputError, match="larger than"):
        check(page)
    assert main(["check", str(page)]) == 2
    assert time.perf_counter() - start < 5
