"""The documentation site builds with warnings as errors, and every page passes the checker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from broadsheet.checks import check
from broadsheet.findings import Outcome
from tests.docs.conftest import build, need_sphinx


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if ".doctrees" not in p.parts)


def failures(page: Path) -> list[str]:
    report = check(page)
    return [f"{f.rule}: {f.message} at {f.target}: {f.snippet}" for f in report.findings
            if f.outcome is Outcome.FAILED]


def test_the_site_has_a_page_for_every_source(site: Path) -> None:
    names = {p.relative_to(site).as_posix() for p in pages(site)}
    expected = {"index.html", "search.html", "guide/developers.html", "guide/qa.html",
                "guide/designers.html", "reference/api.html", "reference/cli.html",
                "article-format.html", "rules/index.html", "rules/skip-link.html",
                "explanation/act.html"}
    assert expected <= names


def test_every_page_passes_broadsheets_checker(site: Path) -> None:
    found = {p.relative_to(site).as_posix(): failures(p) for p in pages(site)}
    assert len(found) > 50
    bad = {page: problems for page, problems in found.items() if problems}
    assert not bad, "\n".join(f"{page}: {problem}" for page, problems in bad.items()
                              for problem in problems)


#: One page of each kind: home, guides, generated references, a rule, explanations, search.
BROWSER_SAMPLE = ("index.html", "guide/developers.html", "guide/qa.html", "reference/cli.html",
                  "reference/api.html", "article-format.html", "rules/skip-link.html",
                  "explanation/act.html", "search.html")


def test_sample_pages_pass_axe_and_the_browser_checks_in_chromium(auditor: Any,
                                                                   site: Path) -> None:
    for name in BROWSER_SAMPLE:
        audit = auditor.audit(site / name, root=site)  # pages use ../_static
        failed = [f"{f.rule} ({f.source.value}): {f.message} at {f.target}"
                  for r in audit.results for f in r.findings if f.outcome is Outcome.FAILED]
        assert failed == [], name


def test_every_page_starts_with_a_skip_link_to_main(site: Path) -> None:
    for page in pages(site):
        html = page.read_text("utf-8")
        body = html[html.index("<body"):]
        first_link = body[body.index("<a "):body.index("</a>")]
        assert 'href="#main"' in first_link, page
        assert 'id="main"' in html, page


def test_the_checker_test_can_fail(tmp_path: Path) -> None:
    """Sphinx's own basic theme has no skip link (and more): the same test fails it."""
    need_sphinx()
    result = build(tmp_path, "-D", "html_theme=basic", "-d", str(tmp_path / ".doctrees"))
    assert result.returncode == 0, result.stderr
    problems = failures(tmp_path / "guide" / "developers.html")
    rules = {line.split(":", 1)[0] for line in problems}
    assert "skip-link" in rules, problems
    assert len(rules) >= 2, problems


@pytest.mark.parametrize("name", ["index.html", "guide/qa.html"])
def test_pages_have_one_main_and_labelled_navigation(site: Path, name: str) -> None:
    html = (site / name).read_text("utf-8")
    assert html.count("<main") == 1
    assert '<nav class="site-nav" aria-label="Documentation">' in html
    assert "<header" in html
    assert "<footer" in html
