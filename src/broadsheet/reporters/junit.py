"""JUnit XML: a test suite per page, a test case per rule (failure, skipped or passed)."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from broadsheet.checks.report import Report
from broadsheet.findings import Outcome


def render(reports: Sequence[Report]) -> str:
    suites = etree.Element("testsuites", name="broadsheet")
    total_failures = total_tests = 0
    for report in reports:
        name = report.source or "<input>"
        failures = len(report.rules(Outcome.FAILED))
        suite = etree.SubElement(suites, "testsuite", name=name, tests=str(len(report.results)),
                                 failures=str(failures), errors="0",
                                 skipped=str(len(report.inapplicable)))
        total_failures += failures
        total_tests += len(report.results)
        for result in report.results:
            case = etree.SubElement(suite, "testcase", name=result.rule.id,
                                    classname=f"broadsheet.{name}")
            failed = result.nodes(Outcome.FAILED)
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
    return etree.tostring(suites, pretty_print=True, xml_declaration=True,
                          encoding="UTF-8").decode("utf-8")
