"""pytest plugin (entry point ``pytest11``): the ``a11y`` fixture for QA suites.

``a11y.check_html(html)`` runs Broadsheet's static rules; ``a11y.audit(page)`` runs them on
a Playwright page's live DOM, then axe-core and Broadsheet's browser checks (pytest-playwright's
``page`` works).
Playwright is imported only by ``audit``. Options: ``--a11y-tags``, ``--a11y-rules``,
``--a11y-report DIR``, ``--a11y-config FILE``; marker ``a11y_skip(rule_id, reason)``. The
settings of ``broadsheet check`` (``[tool.broadsheet.check]``: rules, tags, disable,
exclude, fail-on, baseline) apply too, found from pytest's root folder. See docs/qa.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from broadsheet.checks.report import Report, RuleResult, Waived
from broadsheet.findings import Impact, Outcome
from broadsheet.qa.config import CheckConfig
from broadsheet.reporters import FORMATS

if TYPE_CHECKING:
    from playwright.sync_api import Page

    from broadsheet.catalog import Selection
    from broadsheet.qa.scope import Scope


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("a11y", "accessibility checks (Broadsheet)")
    group.addoption("--a11y-tags", metavar="TAGS", default=None,
                    help="comma-separated rule tags to run (default: axe's WCAG 2.x A/AA tags "
                         "and best-practice in the browser; every static rule)")
    group.addoption("--a11y-rules", metavar="IDS", default=None,
                    help="comma-separated rule ids to run (axe-core or Broadsheet ids)")
    group.addoption("--a11y-report", metavar="DIR", default=None,
                    help="write a report of each failing a11y check to DIR (JSON and HTML, "
                         "or --a11y-report-format's)")
    group.addoption("--a11y-report-format", metavar="FORMATS", default="json,html",
                    help="comma-separated formats of those reports: "
                         f"{', '.join(FORMATS)} (default: json,html)")
    group.addoption("--a11y-config", metavar="FILE", default=None,
                    help="broadsheet check settings (default: broadsheet.toml or "
                         "pyproject.toml [tool.broadsheet.check] above the root folder)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "a11y_skip(rule_id, reason): ignore violations of rule_id in this test; "
                   "the reason is required and shown in reports")


def _split(value: str | None, option: str = "") -> tuple[str, ...] | None:
    """Comma-separated values; None when the option was not given, an error when it was
    given empty (``--a11y-rules ""`` would silently run the defaults)."""
    parts = tuple(p.strip() for p in (value or "").split(",") if p.strip())
    if value is not None and not parts and option:
        raise pytest.UsageError(f"{option} is empty: name at least one, or leave it out")
    return parts or None


class A11y:
    """The ``a11y`` fixture's value: checks that fail the test with a grouped report."""

    def __init__(self, node: pytest.Item, *, tags: tuple[str, ...] | None,
                 rules: tuple[str, ...] | None, skipped: dict[str, str],
                 report_dir: Path | None, settings: CheckConfig | None = None,
                 report_formats: tuple[str, ...] = ("json", "html")) -> None:
        self.node = node
        self.settings = settings or CheckConfig()
        self.tags = tags or self.settings.tags
        self.rules = rules or self.settings.rules
        where = self.settings.source or "settings"
        self.skipped = {**dict.fromkeys(self.settings.disable, f"disabled in {where}"),
                        **skipped}
        self.report_dir = report_dir
        self.report_formats = report_formats
        self.reports: list[Report] = []

    def check_html(self, html: str | bytes, *, name: str | None = None) -> Report:
        """Check markup with the static rules; fail the test on any violation."""
        from broadsheet.checks.engine import run_static

        selection = self._select(("static",))
        report = run_static(html, selection.static, scope=self._scope()) \
            if selection.static else Report(source=None, results=())
        return self._judge(Report(source=name or "<html>", results=report.results,
                                  parse_errors=report.parse_errors, waived=report.waived))

    def audit(self, page: Page, *, checks: bool = True, timeout: float = 30.0) -> Report:
        """The static rules on the live page's DOM, then axe-core and the browser checks on
        the page; fail on violations. Excluded regions and markup waivers apply to all."""
        from broadsheet.browser.audit import AuditOptions, audit_page
        from broadsheet.checks.engine import run_static

        selection = self._select(("static", "browser", "axe") if checks else ("static", "axe"))
        scope = self._scope()
        options = AuditOptions.chosen(selection, disabled=tuple(self.skipped), timeout=timeout,
                                      exclude=scope.exclude if scope else ())
        static = run_static(page.content(), selection.static, scope=scope) \
            if selection.static else None
        waived: list[Waived] = []
        results = audit_page(page, options, waived)
        return self._judge(Report(
            source=page.url, results=(*(static.results if static else ()), *results),
            parse_errors=static.parse_errors if static else 0,
            waived=(*(static.waived if static else ()), *waived)))

    def _select(self, engines: tuple[str, ...]) -> Selection:
        """The catalog's routing of the configured rules and tags to ``engines`` (an id or
        tag of another engine runs nothing here; an unknown one is an error)."""
        from broadsheet.catalog import default_catalog

        return default_catalog().select(self.rules, self.tags, self.settings.disable,
                                        engines=engines, strict=False)

    def _scope(self) -> Scope | None:
        from broadsheet.qa.scope import Scope

        return Scope(self.settings.exclude) if self.settings.exclude else None

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
                              self.report_formats, self.settings.fail_on)
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
    if skipped:
        from broadsheet.catalog import default_catalog
        from broadsheet.checks.errors import UnknownRuleError

        try:  # a misspelt id would skip nothing, silently
            default_catalog().select(disable=list(skipped), strict=False)
        except UnknownRuleError as error:
            raise pytest.UsageError(f"a11y_skip: {error}") from None
    folder = config.getoption("--a11y-report")
    formats = _split(config.getoption("--a11y-report-format")) or ()
    for name in formats:
        if name not in FORMATS:
            raise pytest.UsageError(f"--a11y-report-format: unknown format {name!r}; choose "
                                    f"from {', '.join(FORMATS)}")
    return A11y(request.node, tags=_split(config.getoption("--a11y-tags"), "--a11y-tags"),
                rules=_split(config.getoption("--a11y-rules"), "--a11y-rules"), skipped=skipped,
                report_dir=Path(folder) if folder else None, settings=_settings(config),
                report_formats=formats)


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


def write_reports(folder: Path, nodeid: str, index: int, report: Report,
                  formats: Iterable[str] = ("json", "html"),
                  fail_on: Impact = Impact.MINOR) -> list[Path]:
    """``<test>-<n>.<suffix>`` in ``folder`` for each format, written by the report writers'
    table (the test's id is the report's first note); returns the files."""
    from broadsheet.output import atomic_write
    from broadsheet.reporters import WRITERS, RunInfo, get_writer

    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid).strip("_")[:150] + f"-{index}"
    info = RunInfo(fail_on=fail_on, notes=(f"pytest: {nodeid}",))
    written = []
    for name in formats:
        target = folder / f"{stem}{WRITERS[name].suffix}"
        atomic_write(target, get_writer(name)([report], info))
        written.append(target)
    return written
