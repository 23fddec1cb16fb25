"""Report writers, one table of them (:data:`WRITERS`) that ``broadsheet check``, ``broadsheet
rules``, the pytest plugin's report files and the settings file all read: a format added here
reaches each of them.

Each format is a module of this package with ``render(reports, info=None)`` (a report) and,
for formats that list rules, ``render_rules(rules)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Protocol, cast

from broadsheet.checks.report import Report
from broadsheet.checks.rule import RuleSpec
from broadsheet.reporters.common import RunInfo


class Writer(Protocol):
    def __call__(self, reports: Sequence[Report], info: RunInfo | None = None, /) -> str: ...


class RulesWriter(Protocol):
    def __call__(self, rules: Sequence[RuleSpec], /) -> str: ...


@dataclass(frozen=True)
class Format:
    """One output format: its module, the suffix of files written in it, what it writes."""

    name: str
    suffix: str
    summary: str
    reports: bool = True
    rules: bool = False

    def module(self) -> ModuleType:
        return importlib.import_module(f"broadsheet.reporters.{self.name}")


WRITERS: dict[str, Format] = {f.name: f for f in (
    Format("text", ".txt", "for people: grouped by page and rule, a summary across pages",
           rules=True),
    Format("json", ".json", "one object: axe-shaped pages, totals, versions", rules=True),
    Format("junit", ".xml", "JUnit XML for CI: a test case per page and rule"),
    Format("sarif", ".sarif", "SARIF 2.1.0 for code-scanning dashboards"),
    Format("html", ".html", "one self-contained, accessible page"),
    Format("markdown", ".md", "a Markdown table of rules", reports=False, rules=True),
)}
#: Formats of reports (``broadsheet check --format``).
FORMATS = tuple(name for name, f in WRITERS.items() if f.reports)
#: Formats of rule lists (``broadsheet rules --format``).
RULE_FORMATS = tuple(name for name, f in WRITERS.items() if f.rules)


def _format(name: str, kind: tuple[str, ...], what: str) -> Format:
    if name not in kind:
        raise ValueError(f"unknown {what} format {name!r}; choose from {', '.join(kind)}")
    return WRITERS[name]


def get_writer(name: str) -> Writer:
    """The report writer for a format name (one of :data:`FORMATS`)."""
    return cast(Writer, _format(name, FORMATS, "report").module().render)


def rules_writer(name: str) -> RulesWriter:
    """The rule-list writer for a format name (one of :data:`RULE_FORMATS`)."""
    return cast(RulesWriter,
                _format(name, RULE_FORMATS, "rules").module().render_rules)


__all__ = ["FORMATS", "RULE_FORMATS", "WRITERS", "Format", "RunInfo", "Writer", "get_writer",
           "rules_writer"]
