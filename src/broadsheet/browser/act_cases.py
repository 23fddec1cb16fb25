"""W3C ACT test cases judged by the live engine in Chromium, each served as W3C serves it.

A case goes to ``/WAI/content-assets/wcag-act-rules/testcases/<rule>/<id>.<ext>`` and finds
the suite's stylesheets, scripts, images and frames under ``.../test-assets/`` (copied from
``assets``, the suite's ``test-assets`` folder), through the audit's sandbox. Only the live
rules that declare a case's ACT id run on it (no axe-core, no static rules): their answers
are :class:`~broadsheet.checks.act.Assertion` s like the static engine's, for the same EARL
report and the same scoring.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from broadsheet.browser.audit import AuditOptions, BrowserAuditor
from broadsheet.browser.rules import CHECK_RULES
from broadsheet.checks.act import ActCase, Assertion, judged
from broadsheet.findings import Outcome

#: Where W3C serves the suite; the cases' asset URLs are absolute paths below it.
SITE = PurePosixPath("WAI/content-assets/wcag-act-rules")


def live_procedures() -> dict[str, list[str]]:
    """ACT id -> the live engine's rules that declare it."""
    found: dict[str, list[str]] = defaultdict(list)
    for rule in CHECK_RULES:
        for act_id in rule.act_ids:
            found[act_id].append(rule.id)
    return dict(found)


def assess_live(cases: Sequence[ActCase], auditor: BrowserAuditor, assets: Path | None,
                on_case: Callable[[ActCase, float], None] | None = None) -> list[Assertion]:
    """Every live rule that declares a case's ACT id, run on that case in Chromium.
    ``on_case`` hears of each case audited and the seconds it took. A case the browser
    could not audit is ``cant_tell`` for each of its rules, with the reason."""
    by_act = live_procedures()
    chosen = [case for case in cases if case.rule_id in by_act]
    assertions: list[Assertion] = []
    if not chosen:
        return assertions
    with tempfile.TemporaryDirectory(prefix="broadsheet-act-") as folder:
        root = Path(folder)
        if assets is not None:
            shutil.copytree(assets, root / SITE / "test-assets")
        for case in chosen:
            rules = by_act[case.rule_id]
            page = root / SITE / "testcases" / case.rule_id / f"{case.testcase_id}.{case.file_ext}"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(case.html, encoding="utf-8-sig")  # served as UTF-8, as W3C does
            options = AuditOptions(axe_core=False, check_ids=frozenset(rules))
            started = time.perf_counter()
            try:
                results = auditor.audit(page, options=options, root=root).results
            except Exception as error:  # one case that would not load; the others go on
                reason = f"could not audit in Chromium: {type(error).__name__}: {error}"
                assertions += [Assertion(case, rule, Outcome.CANT_TELL, reason) for rule in rules]
            else:
                assertions += [judged(case, result) for result in results
                               if result.rule.id in rules]
            if on_case is not None:
                on_case(case, time.perf_counter() - started)
    return assertions

