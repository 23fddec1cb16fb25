"""W3C ACT test cases: run the static rules on them, score the result the W3C way and the
strict way, and write the EARL/JSON-LD report the W3C implementations page consumes.

The W3C way is the one of ``act-rules/act-tools`` (``map-implementation``), which builds the
W3C implementation pages. Each Broadsheet rule that declares an ACT id is one *procedure*; per
test case it asserts one outcome. A procedure is

- **inconsistent** when it fails any *passed* or *inapplicable* example;
- **complete** when it asserted every example, fails at least one *failed* example and no
  *failed* example got only *passed*/*inapplicable* (``cantTell`` on a failed example is
  allowed);
- **partial** when it fails at least one *failed* example;
- **minimal** when it answered ``cantTell`` somewhere and every *inapplicable* example got
  *passed* or *inapplicable*.

An ACT rule gets its best procedure's level; procedures that are each partial are combined and
scored again. The strict way (``consistent``) wants every failed example failed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from broadsheet import __version__
from broadsheet.checks.engine import run
from broadsheet.checks.errors import InputError
from broadsheet.checks.linked_css import prefix_resolver, read_linked
from broadsheet.checks.parse import parse
from broadsheet.checks.report import RuleResult
from broadsheet.checks.rule import Rule
from broadsheet.findings import Outcome

#: Where W3C publishes its test cases; the implementation mapper reads the rule and test case
#: ids from ``/<rule>/<40 hex>.<ext>`` at the end of the subject's URL.
TESTCASE_URL = "https://www.w3.org/WAI/content-assets/wcag-act-rules/testcases/{rule}/{case}.{ext}"
#: Where the test cases find the suite's ``test-assets`` folder.
ASSETS_URL = "https://www.w3.org/WAI/content-assets/wcag-act-rules/test-assets/"
EXPECTED = ("passed", "failed", "inapplicable")
#: Our outcome names as EARL's.
EARL_OUTCOME = {Outcome.PASSED: "earl:passed", Outcome.FAILED: "earl:failed",
                Outcome.INAPPLICABLE: "earl:inapplicable", Outcome.CANT_TELL: "earl:cantTell"}
#: W3C consistency levels, best first (None: inconsistent).
LEVELS = ("complete", "partial", "minimal")

#: The JSON-LD context of the report (EARL, Dublin Core, DOAP), inline so that a consumer
#: needs no network to read it.
EARL_CONTEXT: dict[str, Any] = {
    "@vocab": "http://www.w3.org/ns/earl#",
    "earl": "http://www.w3.org/ns/earl#",
    "dct": "http://purl.org/dc/terms/",
    "doap": "http://usefulinc.com/ns/doap#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "assertedBy": {"@id": "earl:assertedBy", "@type": "@id"},
    "subject": {"@id": "earl:subject"},
    "test": {"@id": "earl:test"},
    "result": {"@id": "earl:result"},
    "outcome": {"@id": "earl:outcome", "@type": "@id"},
    "mode": {"@id": "earl:mode", "@type": "@id"},
    "info": {"@id": "earl:info"},
    "source": {"@id": "dct:source", "@type": "@id"},
    "title": {"@id": "dct:title"},
    "name": {"@id": "doap:name"},
    "release": {"@id": "doap:release"},
    "revision": {"@id": "doap:revision"},
    "homepage": {"@id": "doap:homepage", "@type": "@id"},
}
HOMEPAGE = "https://broadsheet.readthedocs.io/"


@dataclass(frozen=True, slots=True)
class ActCase:
    """One W3C ACT example."""

    rule_id: str
    testcase_id: str
    expected: str
    html: str
    file_ext: str = "html"
    example: str = ""

    @property
    def url(self) -> str:
        return TESTCASE_URL.format(rule=self.rule_id, case=self.testcase_id, ext=self.file_ext)


@dataclass(frozen=True, slots=True)
class Assertion:
    """What one Broadsheet rule (a procedure) says about one test case."""

    case: ActCase
    rule: str
    outcome: Outcome
    message: str = ""


@dataclass
class RuleScore:
    """One ACT rule's result: the strict verdict and the W3C level."""

    act_id: str
    procedures: list[str]
    name: str = ""
    cases: list[ActCase] = field(default_factory=list)
    #: case id -> the outcomes every procedure gave it.
    outcomes: dict[str, list[Outcome]] = field(default_factory=dict)
    level: str | None = None

    def _any(self, expected: str, outcome: Outcome) -> list[str]:
        return [c.example or c.testcase_id for c in self.cases
                if c.expected == expected and outcome in self.outcomes.get(c.testcase_id, [])]

    @property
    def false_failures(self) -> list[str]:
        return [c.example or c.testcase_id for c in self.cases if c.expected != "failed"
                and Outcome.FAILED in self.outcomes.get(c.testcase_id, [])]

    @property
    def missed(self) -> list[str]:
        """Failed examples not reported failed (``cantTell`` counts as missed here)."""
        return [c.example or c.testcase_id for c in self.cases if c.expected == "failed"
                and Outcome.FAILED not in self.outcomes.get(c.testcase_id, [])]

    @property
    def failed_caught(self) -> int:
        return len(self._any("failed", Outcome.FAILED))

    @property
    def failed_total(self) -> int:
        return sum(c.expected == "failed" for c in self.cases)

    @property
    def cant_tell(self) -> int:
        """Examples left to review: ``cantTell`` and not failed."""
        return sum(Outcome.CANT_TELL in found and Outcome.FAILED not in found
                   for found in self.outcomes.values())

    @property
    def consistent(self) -> bool:
        """The strict way: a rule exists, every failed example failed, nothing else failed."""
        return bool(self.procedures) and not self.false_failures and not self.missed


class CasesError(InputError):
    """A test-case file that cannot be read as ACT cases (the message names the place)."""


def load_cases(text: str, name: str = "<cases>") -> list[ActCase]:
    """Test cases from JSON: ``{"cases": [...]}`` or a list, each case with ``rule_id``,
    ``testcase_id``, ``expected``, ``html`` and optionally ``file_ext`` and ``example``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CasesError(f"{name}: line {error.lineno} column {error.colno}: not JSON: "
                         f"{error.msg}") from None
    items = data.get("cases") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CasesError(f"{name}: expected a list of cases or an object with \"cases\"")
    cases = []
    seen: set[tuple[str, str]] = set()
    for index, item in enumerate(items):
        where = f"{name}: cases[{index}]"
        if not isinstance(item, dict):
            raise CasesError(f"{where}: a case is an object, not {type(item).__name__}")
        values = {}
        for key in ("rule_id", "testcase_id", "expected", "html"):
            value = item.get(key)
            if not isinstance(value, str) or (key != "html" and not value.strip()):
                raise CasesError(f"{where}.{key}: missing or not a non-empty string")
            values[key] = value
        if values["expected"] not in EXPECTED:
            raise CasesError(f"{where}.expected: {values['expected']!r} is not one of "
                             f"{', '.join(EXPECTED)}")
        for key in ("rule_id", "testcase_id"):
            if not values[key].isalnum() or not values[key].isascii():
                raise CasesError(f"{where}.{key}: {values[key]!r} is not an ACT id "
                                 "(letters and digits)")
        ext = item.get("file_ext", "html")
        if ext not in ("html", "xhtml", "svg", "xml"):
            raise CasesError(f"{where}.file_ext: {ext!r} is not html, xhtml, svg or xml")
        example = item.get("example", "")
        pair = (values["rule_id"], values["testcase_id"])
        if pair in seen:
            raise CasesError(f"{where}: test case {values['testcase_id']} of "
                             f"{values['rule_id']} is given twice")
        seen.add(pair)
        cases.append(ActCase(values["rule_id"], values["testcase_id"], values["expected"],
                              values["html"], str(ext), str(example) if example else ""))
    return cases


def assess(cases: Sequence[ActCase], rules: Iterable[Rule],
           assets: Path | None = None) -> list[Assertion]:
    """Every rule that declares a case's ACT id, run on that case; the style sheets a case
    links under the suite's ``test-assets`` address are read from ``assets``."""
    by_act: dict[str, list[Rule]] = {}
    for rule in rules:
        for act_id in rule.act_ids:
            by_act.setdefault(act_id, []).append(rule)
    assertions = []
    for case in cases:
        chosen = by_act.get(case.rule_id, [])
        if not chosen:
            continue
        doc = parse(case.html, file_ext=case.file_ext)
        if assets is not None:
            read_linked(doc, prefix_resolver(case.url, ASSETS_URL, assets))
        assertions += [judged(case, result) for result in run(doc, chosen).results]
    return assertions


def judged(case: ActCase, result: RuleResult) -> Assertion:
    """What one rule's result on a case asserts: its outcome (failed > cant_tell > passed >
    inapplicable, as ACT aggregates) and the first message with that outcome."""
    outcome = result.outcome
    message = next((f.message for f in result.findings if f.outcome == outcome), "")
    return Assertion(case, result.rule.id, outcome, message)


def _level(cases: Sequence[ActCase], outcomes: dict[str, list[Outcome]]) -> str | None:
    """The W3C level of one procedure (or a combined set) on one ACT rule's cases."""
    def got(case: ActCase) -> list[Outcome]:
        return outcomes.get(case.testcase_id, [])

    if any(c.expected != "failed" and Outcome.FAILED in got(c) for c in cases):
        return None
    true_positive = any(c.expected == "failed" and Outcome.FAILED in got(c) for c in cases)
    untested = any(not got(c) for c in cases)
    false_negative = any(c.expected == "failed" and all(
        o in (Outcome.PASSED, Outcome.INAPPLICABLE) for o in got(c)) for c in cases)
    if true_positive and not untested and not false_negative:
        return "complete"
    if true_positive:
        return "partial"
    cant_tell = any(Outcome.CANT_TELL in got(c) for c in cases)
    clean_inapplicable = all(all(o in (Outcome.PASSED, Outcome.INAPPLICABLE) for o in got(c))
                             for c in cases if c.expected == "inapplicable")
    return "minimal" if cant_tell and clean_inapplicable else None


def _rank(level: str | None) -> int:
    return LEVELS.index(level) if level is not None else len(LEVELS)


def score(cases: Sequence[ActCase], assertions: Iterable[Assertion],
          act_ids: Iterable[str] = ()) -> dict[str, RuleScore]:
    """Each ACT rule's score (those of ``act_ids`` and those the cases name), in order."""
    scores: dict[str, RuleScore] = {a: RuleScore(a, []) for a in act_ids}
    for case in cases:
        scores.setdefault(case.rule_id, RuleScore(case.rule_id, [])).cases.append(case)
    per_procedure: dict[tuple[str, str], dict[str, list[Outcome]]] = {}
    for assertion in assertions:
        entry = scores[assertion.case.rule_id]
        if assertion.rule not in entry.procedures:
            entry.procedures.append(assertion.rule)
        entry.outcomes.setdefault(assertion.case.testcase_id, []).append(assertion.outcome)
        per_procedure.setdefault((entry.act_id, assertion.rule), {}).setdefault(
            assertion.case.testcase_id, []).append(assertion.outcome)
    for entry in scores.values():
        levels = {name: _level(entry.cases, per_procedure[(entry.act_id, name)])
                  for name in entry.procedures}
        best = min(levels.values(), key=_rank, default=None)
        if best == "partial":
            combined: dict[str, list[Outcome]] = {}
            for name, level in levels.items():
                if level == "partial":
                    for case_id, found in per_procedure[(entry.act_id, name)].items():
                        combined.setdefault(case_id, []).extend(found)
            best = _level(entry.cases, combined)
        entry.level = best
    return scores


def earl_report(assertions: Iterable[Assertion]) -> dict[str, Any]:
    """The EARL/JSON-LD report: one ``earl:Assertion`` per rule and test case, its subject
    the test case's W3C URL, its test the Broadsheet rule (an ``earl:TestCase`` titled with
    the rule id, which the W3C mapper takes as the procedure's name)."""
    assertor = {"@id": HOMEPAGE, "@type": ["earl:Assertor", "earl:Software", "doap:Project"],
                "name": "Broadsheet", "homepage": HOMEPAGE,
                "release": {"@type": "doap:Version", "revision": __version__}}
    graph: list[dict[str, Any]] = [assertor]
    for a in assertions:
        test: dict[str, Any] = {"@type": "earl:TestCase", "title": a.rule,
                                "@id": f"{HOMEPAGE}en/latest/rules/{a.rule}.html"}
        result: dict[str, Any] = {"@type": "earl:TestResult", "outcome": EARL_OUTCOME[a.outcome]}
        if a.message:
            result["info"] = a.message
        graph.append({
            "@type": "earl:Assertion", "assertedBy": HOMEPAGE, "mode": "earl:automatic",
            "subject": {"@type": "earl:TestSubject", "source": a.case.url},
            "test": test, "result": result})
    return {"@context": EARL_CONTEXT, "@graph": graph}
