"""Broadsheet's static accessibility checker: rules over any HTML, axe-shaped reports.

>>> from broadsheet.checks import check
>>> check("<html lang=en><title>x</title><img src=a.png>").ok
False
"""

from __future__ import annotations

from broadsheet.checks.engine import check
from broadsheet.checks.errors import InputError, UnknownRuleError
from broadsheet.checks.registry import ENTRY_POINT_GROUP, Registry, default_registry
from broadsheet.checks.report import Report, RuleResult
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed

__all__ = [
    "ENTRY_POINT_GROUP", "InputError", "Registry", "Report", "Rule", "RuleResult",
    "UnknownRuleError", "Verdict", "cant_tell", "check", "default_registry", "failed",
    "passed",
]
