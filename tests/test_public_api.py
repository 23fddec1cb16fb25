"""The public API is what ``broadsheet`` exports, as DESIGN.md and the docs name it."""

from __future__ import annotations

import pytest

import broadsheet
from broadsheet import InputError, Report, RuleResult, UnknownRuleError, check


def test_check_is_exported_and_judges_markup() -> None:
    report = check("<!DOCTYPE html><html lang=en><title>t</title><img src=a.png>")
    assert isinstance(report, Report)
    assert not report.ok
    assert "image-alt" in {finding.rule for finding in report.violations}
    assert all(isinstance(result, RuleResult) for result in report.results)
    assert all(isinstance(finding, broadsheet.Finding) for finding in report.violations)


def test_the_checkers_errors_are_exported() -> None:
    with pytest.raises(UnknownRuleError):
        check("<p>x</p>", rules=["no-such-rule"])
    assert issubclass(InputError, broadsheet.BroadsheetError)
    assert issubclass(UnknownRuleError, broadsheet.BroadsheetError)


def test_everything_in_all_is_importable_and_documented() -> None:
    for name in broadsheet.__all__:
        value = getattr(broadsheet, name)
        if callable(value):
            assert value.__doc__, f"broadsheet.{name} has no docstring"
