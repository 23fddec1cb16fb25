"""``broadsheet act-report`` and the W3C way of scoring ACT implementations.

The levels follow the W3C ACT implementation mapper (act-rules/act-tools,
``map-implementation``): a procedure failing a passed or inapplicable example is
inconsistent; *complete* needs every example asserted, a failed example failed and none of
the failed examples passed; *partial* a failed example failed; *minimal* some ``cantTell``
and no inapplicable example failed or left ``cantTell``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from broadsheet.checks.act import ActCase, Assertion, load_cases, score
from broadsheet.checks.errors import InputError
from broadsheet.cli import main
from broadsheet.findings import Outcome

P, F, N, C = Outcome.PASSED, Outcome.FAILED, Outcome.INAPPLICABLE, Outcome.CANT_TELL


def _case(n: int, expected: str, rule: str = "abc123") -> ActCase:
    return ActCase(rule, f"{n:040x}", expected, "<p>x</p>", example=f"{expected} {n}")


#: One ACT rule: two failed, one passed, one inapplicable example.
CASES = [_case(1, "failed"), _case(2, "failed"), _case(3, "passed"), _case(4, "inapplicable")]


def _level(*outcomes: Outcome | None, procedure: str = "r") -> str | None:
    found = [Assertion(case, procedure, outcome)
             for case, outcome in zip(CASES, outcomes, strict=True) if outcome is not None]
    return score(CASES, found)["abc123"].level


@pytest.mark.parametrize(("outcomes", "level"), [
    ((F, F, P, N), "complete"),
    ((F, C, P, N), "complete"),      # cantTell on a failed example is allowed
    ((F, F, N, P), "complete"),      # passed and inapplicable are interchangeable
    ((F, F, C, N), "complete"),      # cantTell on a passed example too
    ((F, P, P, N), "partial"),       # a failed example missed
    ((F, F, P, None), "partial"),    # an example not asserted
    ((C, C, P, N), "minimal"),       # undecided, but never wrong
    ((C, C, P, C), None),            # cantTell on an inapplicable example: not even minimal
    ((F, F, F, N), None),            # a false failure
    ((F, F, P, F), None),
    ((P, P, P, N), None),            # caught nothing
])
def test_w3c_levels(outcomes: tuple[Outcome | None, ...], level: str | None) -> None:
    assert _level(*outcomes) == level


def test_strict_consistency_wants_every_failed_example_failed() -> None:
    found = [Assertion(case, "r", o) for case, o in zip(CASES, (F, C, P, N), strict=True)]
    entry = score(CASES, found)["abc123"]
    assert entry.level == "complete"
    assert not entry.consistent
    assert entry.missed == ["failed 2"]


def test_partial_procedures_that_together_catch_everything_are_complete() -> None:
    found = [Assertion(CASES[0], "a", F), Assertion(CASES[1], "a", P),
             Assertion(CASES[0], "b", P), Assertion(CASES[1], "b", F),
             *(Assertion(case, name, P) for case in CASES[2:] for name in "ab")]
    assert score(CASES, found)["abc123"].level == "complete"


def test_the_best_procedure_decides() -> None:
    found = [*(Assertion(c, "good", o) for c, o in zip(CASES, (F, F, P, N), strict=True)),
             *(Assertion(c, "bad", o) for c, o in zip(CASES, (F, F, F, N), strict=True))]
    assert score(CASES, found)["abc123"].level == "complete"


def test_a_rule_without_procedures_is_untested() -> None:
    entry = score(CASES, [], ["abc123", "zzz999"])["zzz999"]
    assert entry.level is None
    assert not entry.procedures


# -- loading cases -------------------------------------------------------------------------


def _json(**changes: object) -> str:
    case: dict[str, object] = {"rule_id": "23a2a8", "testcase_id": "a" * 40,
                               "expected": "failed", "html": "<img src=x>"}
    case.update(changes)
    return json.dumps({"cases": [case]})


@pytest.mark.parametrize(("text", "message"), [
    ("{", r"cases.json: line 1 column 2: not JSON"),
    ('{"cases": 3}', "a list of cases"),
    ("[3]", r"cases\[0\]: a case is an object"),
    (_json(expected="fail"), r"cases\[0\]\.expected: 'fail' is not one of passed"),
    (_json(html=None), r"cases\[0\]\.html: missing"),
    (_json(rule_id="../x"), r"cases\[0\]\.rule_id: '\.\./x' is not an ACT id"),
    (_json(file_ext="exe"), r"cases\[0\]\.file_ext: 'exe'"),
    ('{"cases": [' + ",".join([json.loads(_json())["cases"][0].__repr__().replace("'", '"')] * 2)
     + "]}", "given twice"),
])
def test_bad_cases_are_refused_naming_the_place(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_cases(text, "cases.json")


# -- the command ---------------------------------------------------------------------------

PAGE = "<!DOCTYPE html><html lang='en'><head><title>T</title></head><body>{}</body></html>"


def _write_cases(path: Path) -> Path:
    cases = [
        {"rule_id": "23a2a8", "testcase_id": "1" * 40, "expected": "failed",
         "html": PAGE.format("<img src='a.png'>"), "example": "Failed Example 1"},
        {"rule_id": "23a2a8", "testcase_id": "2" * 40, "expected": "passed",
         "html": PAGE.format("<img src='a.png' alt='A harbour'>")},
        {"rule_id": "23a2a8", "testcase_id": "3" * 40, "expected": "inapplicable",
         "html": PAGE.format("<p>No image</p>")},
        {"rule_id": "b49b2e", "testcase_id": "4" * 40, "expected": "passed",
         "html": PAGE.format("<h1>Results</h1><p>Turnout rose.</p>")},
        {"rule_id": "ffffff", "testcase_id": "5" * 40, "expected": "passed",
         "html": PAGE.format("<p>A rule Broadsheet does not implement</p>")},
    ]
    path.write_text(json.dumps({"cases": cases}), encoding="utf-8")
    return path


#: How the W3C mapper finds the rule and test case in an assertion's subject.
SUBJECT = re.compile(r"/([a-z0-9]{6})/([a-z0-9]{40})\.[a-z]{2,4}$")


def test_act_report_writes_earl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "earl.json"
    assert main(["act-report", str(_write_cases(tmp_path / "cases.json")), "-o", str(out)]) == 0
    report = json.loads(out.read_text("utf-8"))
    assert report["@context"]["@vocab"] == "http://www.w3.org/ns/earl#"
    assertions = [node for node in report["@graph"] if node["@type"] == "earl:Assertion"]
    seen = {}
    for node in assertions:
        rule, case = SUBJECT.search(node["subject"]["source"]).groups()  # type: ignore[union-attr]
        assert node["subject"]["source"].startswith("https://www.w3.org/WAI/content-assets/")
        assert node["test"]["@type"] == "earl:TestCase"
        assert node["mode"] == "earl:automatic"
        seen[(rule, case[0], node["test"]["title"])] = node["result"]["outcome"]
    assert seen == {
        ("23a2a8", "1", "image-alt"): "earl:failed",
        ("23a2a8", "2", "image-alt"): "earl:passed",
        ("23a2a8", "3", "image-alt"): "earl:inapplicable",
        ("b49b2e", "4", "heading-descriptive"): "earl:cantTell",
    }  # no assertion about a rule Broadsheet does not implement
    assessor = next(node for node in report["@graph"] if "earl:Assertor" in node["@type"])
    assert assessor["name"] == "Broadsheet"
    summary = capsys.readouterr().err
    assert "5 test cases of 3 ACT rules" in summary
    assert "1 complete" in summary
    assert "1 minimal" in summary


def test_act_report_to_standard_output(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["act-report", str(_write_cases(tmp_path / "cases.json"))]) == 0
    assert json.loads(capsys.readouterr().out)["@graph"]


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b'{"cases": [{"rule_id": "23a2a8"}]}', r"cases\[0\]\.testcase_id"),
])
def test_act_report_bad_input_exits_2_and_keeps_the_old_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None,
        message: str) -> None:
    cases = tmp_path / "cases.json"
    if content is not None:
        cases.write_bytes(content)
    out = tmp_path / "earl.json"
    out.write_text("previous", encoding="utf-8")
    assert main(["act-report", str(cases), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(cases) in err
    assert re.search(message, err)
    assert out.read_text("utf-8") == "previous"


def test_act_report_into_a_missing_folder_exits_2(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nowhere" / "earl.json"
    assert main(["act-report", str(_write_cases(tmp_path / "c.json")), "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
