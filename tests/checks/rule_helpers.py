"""Element-by-element verdicts of one rule on a small page of our own, and the case model the
rule-text case files share (a rule, a page, each judged element's expected outcome, the
sentence that decides it)."""

from __future__ import annotations

from typing import NamedTuple

from broadsheet.checks import check


def verdicts(rule: str, body: str, head: str = "") -> dict[str, str]:
    """Each judged element's ``#id`` (or selector) -> outcome of ``rule``."""
    html = (f"<!DOCTYPE html><html lang='en'><head><title>Page</title>{head}</head>"
            f"<body>{body}</body></html>")
    return page_verdicts(rule, html)


def page_verdicts(rule: str, html: str) -> dict[str, str]:
    """Each judged element's target -> outcome of ``rule`` on the whole page ``html``."""
    report = check(html, rules=[rule])
    return {finding.target: str(finding.outcome)
            for result in report.results for finding in result.findings}


class Case(NamedTuple):
    """One rule on one page: ``body`` (or a whole page, from ``<!DOCTYPE``), extra ``head``
    markup, each judged target's expected outcome and the ``reason`` from the texts."""

    rule: str
    body: str
    expected: dict[str, str]
    reason: str
    head: str = ""
    #: Compare failures only (a rule that reports no passed outcome, only violations).
    only_failed: bool = False


def case_verdicts(case: Case) -> dict[str, str]:
    """What the checker says of each element of ``case``'s page."""
    if case.body.startswith("<!DOCTYPE"):
        return page_verdicts(case.rule, case.body)
    return verdicts(case.rule, case.body, case.head)


def case_ids(cases: list[Case]) -> list[str]:
    """``rule-n``: the n-th case of that rule, so an id says which rule a failure is about."""
    seen: dict[str, int] = {}
    ids = []
    for case in cases:
        seen[case.rule] = seen.get(case.rule, 0) + 1
        ids.append(f"{case.rule}-{seen[case.rule]}")
    return ids
