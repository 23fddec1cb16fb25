"""The pytest plugin, as a QA engineer's suite would use it (run with pytester)."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytest_plugins = ["pytester"]

#: check_html needs no browser: the inner runs go without pytest-playwright (which also
#: cannot nest in one process).
NO_PLAYWRIGHT = ("-p", "no:playwright", "-p", "no:cacheprovider")

BAD_PAGE = ('<!DOCTYPE html><html lang="en"><head><title>Shop</title></head><body><main>'
            '<h1>Shop</h1><img src="a.png"><img src="b.png"></main></body></html>')
GOOD_PAGE = BAD_PAGE.replace('<img src="a.png"><img src="b.png">', "<p>Fine</p>")

STATIC_SUITE = f"""
import pytest
BAD = {BAD_PAGE!r}
GOOD = {GOOD_PAGE!r}

def test_good(a11y):
    assert a11y.check_html(GOOD).ok

def test_bad(a11y):
    a11y.check_html(BAD)

@pytest.mark.a11y_skip("image-alt", "product photos get alt text in ticket SHOP-12")
def test_bad_but_skipped(a11y):
    a11y.check_html(BAD)
"""


def test_check_html_fails_with_a_grouped_report_and_writes_reports(
        pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_shop=STATIC_SUITE)
    result = pytester.runpytest(*NO_PLAYWRIGHT, "--a11y-report", "reports")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*accessibility violation(s) in 1 rule(s) on <html>*",
        "*?image-alt? (critical, static)*",
        "*- *img*",
    ])
    reports = sorted((pytester.path / "reports").iterdir())
    assert [p.suffix for p in reports] == [".html", ".json"]
    data = json.loads(reports[1].read_text("utf-8"))  # the JSON of `broadsheet check`
    assert data["notes"] == ["pytest: test_shop.py::test_bad"]
    [page] = data["pages"]
    assert [v["id"] for v in page["violations"]] == ["image-alt"]
    assert len(page["violations"][0]["nodes"]) == 2
    assert "image-alt" in reports[0].read_text("utf-8")


def test_report_formats_come_from_the_writers_table(pytester: pytest.Pytester) -> None:
    from broadsheet.reporters import FORMATS, WRITERS

    pytester.makepyfile(test_shop=STATIC_SUITE)
    result = pytester.runpytest(*NO_PLAYWRIGHT, "--a11y-report", "reports",
                                "--a11y-report-format", ",".join(FORMATS))
    result.assert_outcomes(passed=2, failed=1)
    suffixes = sorted(p.suffix for p in (pytester.path / "reports").iterdir())
    assert suffixes == sorted(WRITERS[name].suffix for name in FORMATS)
    sarif = json.loads(next((pytester.path / "reports").glob("*.sarif")).read_text("utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["image-alt", "image-alt"]
    result = pytester.runpytest(*NO_PLAYWRIGHT, "--a11y-report-format", "yaml")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*unknown format 'yaml'*"])


def test_rule_and_tag_options_narrow_the_checks(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_shop=STATIC_SUITE)
    pytester.runpytest(*NO_PLAYWRIGHT, "--a11y-rules", "document-title").assert_outcomes(passed=3)
    pytester.runpytest(*NO_PLAYWRIGHT, "--a11y-tags", "wcag111").assert_outcomes(passed=2, failed=1)


def test_a11y_skip_needs_a_reason(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("""
        import pytest
        @pytest.mark.a11y_skip("image-alt")
        def test_x(a11y):
            pass
    """)
    result = pytester.runpytest(*NO_PLAYWRIGHT)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*a11y_skip needs a rule id and a reason*"])


def test_a11y_skip_of_an_unknown_rule_is_an_error_with_a_suggestion(
        pytester: pytest.Pytester) -> None:
    pytester.makepyfile("""
        import pytest
        @pytest.mark.a11y_skip("imag-alt", "typo: would skip nothing")
        def test_x(a11y):
            pass
    """)
    result = pytester.runpytest(*NO_PLAYWRIGHT)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*a11y_skip: unknown rule 'imag-alt' (did you mean image-alt*"])


@pytest.mark.parametrize("option", ["--a11y-rules", "--a11y-tags"])
def test_empty_rule_or_tag_option_is_an_error(pytester: pytest.Pytester, option: str) -> None:
    pytester.makepyfile(test_shop=STATIC_SUITE)
    result = pytester.runpytest(*NO_PLAYWRIGHT, option, " , ")
    assert result.ret != 0
    result.stdout.fnmatch_lines([f"*{option} is empty*"])


def test_unknown_rule_or_tag_option_is_an_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_shop=STATIC_SUITE)
    result = pytester.runpytest(*NO_PLAYWRIGHT, "--a11y-tags", "wcag21ax")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*unknown tag 'wcag21ax' (did you mean*"])


def test_audit_works_with_pytest_playwright_page(pytester: pytest.Pytester,
                                                 auditor: Any) -> None:
    from broadsheet.browser.launch import CHROMIUM_ARGS, find_chromium

    pytester.makeconftest(f"""
        import pytest

        @pytest.fixture(scope="session")
        def browser_type_launch_args():
            return {{"executable_path": {find_chromium()!r}, "args": {list(CHROMIUM_ARGS)!r}}}
    """)
    pytester.makepyfile(test_browser=f"""
        import pytest
        BAD = {BAD_PAGE!r}
        GOOD = {GOOD_PAGE!r}

        def test_good(page, a11y):
            page.set_content(GOOD)
            report = a11y.audit(page, checks=False)
            assert report.ok and any(f.rule == "document-title" for f in report.passes)

        def test_bad(page, a11y):
            page.set_content(BAD)
            a11y.audit(page, checks=False)

        @pytest.mark.a11y_skip("image-alt", "known, ticket SHOP-12")
        def test_skipped(page, a11y):
            page.set_content(BAD)
            a11y.audit(page, checks=False)

        # ids of the other engines are accepted (axe used to refuse them: "unknown rule")
        @pytest.mark.a11y_skip("skip-link-keyboard", "this widget page has no skip link")
        @pytest.mark.a11y_skip("alt-placeholder", "a static rule, not axe's")
        def test_skipping_other_engines_rules(page, a11y):
            page.set_content(GOOD)
            assert a11y.audit(page, checks=False).ok
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*?image-alt? (critical, axe)*", "*dequeuniversity.com*"])
