"""pytest plugin (entry point ``pytest11``): the ``a11y`` fixture for QA suites.

``a11y.check_html(html)`` runs Broadsheet's static rules; ``a11y.audit(page)`` runs axe-core
and Broadsheet's browser checks on a Playwright page (pytest-playwright's ``page`` works).
Playwright is imported only by ``audit``. Options: ``--a11y-tags``, ``--a11y-rules``,
``--a11y-report DIR``, ``--a11y-config FILE``; marker ``a11y_skip(rule_id, reason)``. The
settings of ``broadsheet check`` (``[tool.broadsheet.check]``: rules, tags, disable,
exclude, fail-on, baseline) apply too, found from pytest's root folder. See docs/qa.md.
"""

from __future__ import annotations

import html as html_escape
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from broadsheet.checks.report import Report, RuleResult
from broadsheet.findings import Outcome
from broadsheet.qa.config import CheckConfig

if TYPE_CHECKING:
    from playwright.sync_api import Page


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("a11y", "accessibility checks (Broadsheet)")
    group.addoption("--a11y-tags", metavar="TAGS", default=None,
                    help="comma-separated rule tags to run (default: axe's WCAG 2.x A/AA tags "
                         "and best-practice in the browser; every static rule)")
    group.addoption("--a11y-rules", metavar="IDS", default=None,
                    help="comma-separated rule ids to run (axe-core or Broadsheet ids)")
    group.addoption("--a11y-report", metavar="DIR", default=None,
                    help="write a JSON and an HTML report for each failing a11y check to DIR")
    group.addoption("--a11y-config", metavar="FILE", default=None,
                    help="broadsheet check settings (default: broadsheet.toml or "
                         "pyproject.toml [tool.broadsheet.check] above the root folder)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "a11y_skip(rule_id, reason): ignore violations of rule_id in this test; "
                   "the reason is required and shown in reports")


def _split(value: str | None) -> tuple[str, ...] | None:
    parts = tuple(p.strip() for p in (value or "").split(",") if p.strip())
    return parts or None


class A11y:
    """The ``a11y`` fixture's value: checks that fail the test with a grouped report."""

    def __init__(self, node: pytest.Item, *, tags: tuple[str, ...] | None,
                 rules: tuple[str, ...] | None, skipped: dict[str, str],
                 report_dir: Path | None, settings: CheckConfig | None = None) -> None:
        self.node = node
        self.settings = settings or CheckConfig()
        self.tags = tags or self.settings.tags
        self.rules = rules or self.settings.rules
        where = self.settings.source or "settings"
        self.skipped = {**dict.fromkeys(self.settings.disable, f"disabled in {where}"),
                        **skipped}
        self.report_dir = report_dir
        self.reports: list[Report] = []

    def check_html(self, html: str | bytes, *, name: str | None = None) -> Report:
        """Check markup with the static rules; fail the test on any violation."""
        from broadsheet.checks import check, default_registry

        registry = default_registry()
        rules = [r for r in self.rules if r in registry] if self.rules else None
        known = {tag for rule in registry for tag in rule.tags}
        tags = [t for t in self.tags if t in known] if self.tags else None
        if (self.rules and not rules) or (self.tags and not tags):
            report = Report(source=name, results=())
        else:
            from broadsheet.qa.scope import Scope

            scope = Scope(self.settings.exclude) if self.settings.exclude else None
            report = check(html, rules=rules, tags=tags, scope=scope)
            report = Report(source=name or "<html>", results=report.results,
                            parse_errors=report.parse_errors, waived=report.waived)
        return self._judge(report)

    def audit(self, page: Page, *, checks: bool = True, timeout: float = 30.0) -> Report:
        """axe-core and the browser checks on a loaded Playwright page; fail on violations."""
        from broadsheet.browser.audit import AuditOptions, audit_page
        from broadsheet.browser.axe import DEFAULT_TAGS

        options = AuditOptions(tags=self.tags or DEFAULT_TAGS, rules=self.rules,
                               disabled=tuple(self.skipped), checks=checks, timeout=timeout)
        results = audit_page(page, options)
        if self.rules:
            results = [r for r in results if r.rule.id in self.rules]
        return self._judge(Report(source=page.url, results=tuple(results)))

    def _judge(self, report: Report) -> Report:
        """Fail on violations not skipped, at or above ``fail-on``, and not in the baseline."""
        from broadsheet.qa.baseline import Baseline, compare

        self.reports.append(report)
        comparison = (compare(Baseline.load(self.settings.baseline), [report])
                      if self.settings.baseline else None)

        def counts(result: RuleResult) -> bool:
            return result.rule.id not in self.skipped and any(
                self.settings.fails(f.impact or result.rule.impact)
                and (comparison is None or comparison.is_new(f))
                for f in result.nodes(Outcome.FAILED))

        failing = [r for r in report.rules(Outcome.FAILED) if counts(r)]
        if failing:
            text = format_failure(report, failing, self.skipped)
            if self.report_dir is not None:
                write_reports(self.report_dir, self.node.nodeid, len(self.reports), report,
                              text)
            pytest.fail(text, pytrace=False)
        return report


@pytest.fixture
def a11y(request: pytest.FixtureRequest) -> A11y:
    """Accessibility checks for this test: ``a11y.check_html(html)``, ``a11y.audit(page)``."""
    config = request.config
    skipped: dict[str, str] = {}
    for marker in request.node.iter_markers("a11y_skip"):
        rule_id = marker.args[0] if marker.args else marker.kwargs.get("rule_id")
        reason = marker.args[1] if len(marker.args) > 1 else marker.kwargs.get("reason")
        if not rule_id or not reason:
            raise pytest.UsageError("a11y_skip needs a rule id and a reason: "
                                    "@pytest.mark.a11y_skip('color-contrast', 'why')")
        skipped[str(rule_id)] = str(reason)
    folder = config.getoption("--a11y-report")
    return A11y(request.node, tags=_split(config.getoption("--a11y-tags")),
                rules=_split(config.getoption("--a11y-rules")), skipped=skipped,
                report_dir=Path(folder) if folder else None, settings=_settings(config))


def _settings(config: pytest.Config) -> CheckConfig:
    """``broadsheet check``'s settings for this session (read once)."""
    from broadsheet.checks.errors import InputError
    from broadsheet.qa.config import load_config

    cached = getattr(config, "_broadsheet_settings", None)
    if cached is None:
        try:
            cached = load_config(config.getoption("--a11y-config"), start=config.rootpath)
        except InputError as error:
            raise pytest.UsageError(f"broadsheet: {error}") from None
        config._broadsheet_settings = cached  # type: ignore[attr-defined]
    return cached


def format_failure(report: Report, failing: Iterable[RuleResult],
                   skipped: dict[str, str]) -> str:
    """A readable failure: one block per rule, its elements beneath, most severe first."""
    order = {"critical": 0, "serious": 1, "moderate": 2, "minor": 3}
    failing = sorted(failing, key=lambda r: order.get(str(r.rule.impact), 4))
    count = sum(len(r.nodes(Outcome.FAILED)) for r in failing)
    lines = [f"{count} accessibility violation(s) in {len(failing)} rule(s) on "
             f"{report.source or '<html>'}:"]
    for result in failing:
        rule = result.rule
        nodes = result.nodes(Outcome.FAILED)
        source = nodes[0].source if nodes else ""
        lines.append(f"\n  [{rule.id}] ({rule.impact}, {source}) {rule.help}")
        lines.append(f"      {rule.help_url}")
        for node in nodes[:10]:
            lines.append(f"    - {node.target}: {node.message}")
            if node.snippet:
                lines.append(f"      {node.snippet[:160]}")
        if len(nodes) > 10:
            lines.append(f"    … and {len(nodes) - 10} more")
    for rule_id, reason in skipped.items():
        lines.append(f"\n  skipped [{rule_id}]: {reason}")
    return "\n".join(lines)


def write_reports(folder: Path, nodeid: str, index: int, report: Report, text: str) -> Path:
    """``<test>-<n>.json`` (axe-shaped) and ``<test>-<n>.html`` in ``folder``; returns the JSON."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid).strip("_")[:150] + f"-{index}"
    data: dict[str, Any] = {"test": nodeid, **report.to_dict()}
    target = folder / f"{stem}.json"
    target.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    title = html_escape.escape(f"Accessibility report: {nodeid}")
    (folder / f"{stem}.html").write_text(
        f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title></head><body><main><h1>{title}</h1>"
        f"<pre>{html_escape.escape(text)}</pre></main></body></html>\n", encoding="utf-8")
    return target
