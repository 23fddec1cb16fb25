"""JUnit XML: a test suite per page, a test case per rule (failure, skipped or passed).

CI tools split ``classname`` at its last dot into package and class, so a page's name keeps
no dots there (``broadsheet.site/news/a_html``); the suite name is the page as given. A page
that could not be checked is a test case with an ``error``.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from broadsheet.checks.report import Report
from broadsheet.findings import Outcome
from broadsheet.reporters.common import RunInfo, settle, versions


def class_name(page: str) -> str:
    """``broadsheet.`` and the page's name (a file relative to the working folder, as in
    baselines) with its dots replaced, for CI tools to read."""
    from broadsheet.qa.baseline import page_key

    return "broadsheet." + page_key(page).replace(".", "_")


def render(reports: Sequence[Report], info: RunInfo | None = None) -> str:
    info = info or RunInfo()
    settle(reports, Outcome.FAILED, Outcome.CANT_TELL)
    suites = etree.Element("testsuites", name="broadsheet")
    properties = etree.SubElement(suites, "properties")
    for tool, version in versions(reports).items():
        etree.SubElement(properties, "property", name=f"version.{tool}", value=version)
    total_failures = total_tests = total_errors = 0
    for report in reports:
        name = report.source or "<input>"
        failing = [r for r in report.rules(Outcome.FAILED)
                   if any(info.blocking(f) for f in r.nodes(Outcome.FAILED))]
        failures = len(failing)
        errors = int(report.error is not None)
        suite = etree.SubElement(suites, "testsuite", name=name,
                                 tests=str(len(report.results) + errors),
                                 failures=str(failures), errors=str(errors),
                                 skipped=str(len(report.inapplicable)))
        total_failures += failures
        total_errors += errors
        total_tests += len(report.results) + errors
        if report.error is not None:
            case = etree.SubElement(suite, "testcase", name="page-load",
                                    classname=class_name(name))
            etree.SubElement(case, "error", message=report.error)
        for result in report.results:
            case = etree.SubElement(suite, "testcase", name=result.rule.id,
                                    classname=class_name(name))
            failed = [f for f in result.nodes(Outcome.FAILED) if info.blocking(f)]
            if failed:
                failure = etree.SubElement(case, "failure", type=str(result.rule.impact),
                                           message=f"{result.rule.help} ({len(failed)} found)")
                failure.text = "\n".join(
                    f"{name}:{f.line or 0}: {f.message}\n  {f.target}  {f.snippet}"
                    for f in failed)
            elif result.outcome is Outcome.INAPPLICABLE:
                etree.SubElement(case, "skipped", message="inapplicable")
            unsure = result.nodes(Outcome.CANT_TELL)
            if unsure:
                out = etree.SubElement(case, "system-out")
                out.text = "\n".join(f"needs review: {f.target}: {f.message}" for f in unsure)
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", str(total_errors))
    return etree.tostring(suites, pretty_print=True, xml_declaration=True,
                          encoding="UTF-8").decode("utf-8")
