"""The pytest plugin honours ``broadsheet check``'s settings file and baseline."""

from __future__ import annotations

import pytest

from broadsheet.checks import check
from broadsheet.qa.baseline import Baseline, updated

pytest_plugins = ["pytester"]
NO_PLAYWRIGHT = ("-p", "no:playwright", "-p", "no:cacheprovider")

KNOWN = ('<!DOCTYPE html><html lang="en"><head><title>Shop</title></head><body><main>'
         '<h1>Shop</h1><img src="a.png"><div class="ads"><img src="ad.png"></div>'
         '<p><a href="/more">click here</a></p></main></body></html>')
NEW = KNOWN.replace("<h1>Shop</h1>", '<h1>Shop</h1><img src="new.png">')

SUITE = f"""
KNOWN = {KNOWN!r}
NEW = {NEW!r}

def test_known(a11y):
    a11y.check_html(KNOWN, name="shop")

def test_new(a11y):
    a11y.check_html(NEW, name="shop")
"""


def test_settings_and_baseline_apply_to_check_html(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_shop=SUITE)
    report = check(KNOWN)
    named = type(report)(source="shop", results=report.results)
    updated(Baseline(), [named]).save(pytester.path / "a11y-baseline.json")
    pytester.makefile(".toml", broadsheet='[check]\nbaseline = "a11y-baseline.json"\n'
                                          'exclude = [".ads"]\n')
    result = pytester.runpytest(*NO_PLAYWRIGHT)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_new*", "*image-alt*"])
    assert "ad.png" not in result.stdout.str()
    # without the baseline the known violations fail too; fail-on lets moderate ones pass
    pytester.makefile(".toml", broadsheet='[check]\nexclude = [".ads"]\n'
                                          'disable = ["image-alt"]\nfail-on = "serious"\n')
    pytester.runpytest(*NO_PLAYWRIGHT).assert_outcomes(passed=2)
    pytester.makefile(".toml", broadsheet='[check]\nexclude = [".ads"]\n')
    pytester.runpytest(*NO_PLAYWRIGHT).assert_outcomes(failed=2)


def test_bad_settings_stop_the_session(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_shop=SUITE)
    pytester.makefile(".toml", broadsheet="[check]\nfail_on = 'x'\n")
    result = pytester.runpytest(*NO_PLAYWRIGHT)
    assert "unknown key 'fail_on'" in result.stderr.str() + result.stdout.str()
    assert result.ret != 0
