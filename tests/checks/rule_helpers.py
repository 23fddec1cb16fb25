"""Element-by-element verdicts of one rule on a small page of our own."""

from __future__ import annotations

from broadsheet.checks import check


def verdicts(rule: str, body: str, head: str = "") -> dict[str, str]:
    """Each judged element's ``#id`` (or selector) -> outcome of ``rule``."""
    html = (f"<!DOCTYPE html><html lang='en'><head><title>Page</title>{head}</head>"
            f"<body>{body}</body></html>")
    report = check(html, rules=[rule])
    return {finding.target: str(finding.outcome)
            for result in report.results for finding in result.findings}
