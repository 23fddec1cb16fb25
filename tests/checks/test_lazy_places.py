"""Where a finding is (selector, snippet, line) is worked out when the finding is read, and only
for the findings read: a page's passes cost nothing until someone reports them (issue 19)."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from broadsheet.checks import check, target
from broadsheet.findings import Finding, Impact, Outcome, Source

PAGE = """<!DOCTYPE html><html lang=en><title>t</title><body><main><h1>h</h1>
<p><img src=a.png alt="a"></p>
<img src=b.png id=b>
<p><img src=c.png alt="c"></p></main>"""


def test_findings_read_later_name_their_elements() -> None:
    result = next(r for r in check(html=PAGE).results if r.rule.id == "image-alt")
    assert result.outcomes == [Outcome.PASSED, Outcome.FAILED, Outcome.PASSED]
    assert [(f.outcome, f.target, f.line, f.snippet) for f in result.findings] == [
        (Outcome.PASSED, "html > body > main > p:nth-child(2) > img", 2,
         '<img src="a.png" alt="a">'),
        (Outcome.FAILED, "#b", 3, '<img src="b.png" id="b">'),
        (Outcome.PASSED, "html > body > main > p:nth-child(4) > img", 4,
         '<img src="c.png" alt="c">'),
    ]
    assert result.nodes(Outcome.FAILED) == [result.findings[1]]
    assert result.outcome is Outcome.FAILED


def test_a_result_pickles_with_its_places() -> None:
    """Reports cross process boundaries (``check_many``): the places go with them."""
    report = check(html=PAGE)
    copied = pickle.loads(pickle.dumps(report))
    assert [(r.rule.id, r.findings) for r in copied.results] \
        == [(r.rule.id, r.findings) for r in report.results]
    assert [f.target for f in copied.violations] == ["#b"]


def selectors_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every selector worked out from now on, in order."""
    placed: list[str] = []
    selector = target.selector

    def counted(doc: object, element: object) -> str:
        found = selector(doc, element)  # type: ignore[arg-type]
        placed.append(found)
        return found

    monkeypatch.setattr(target, "selector", counted)
    return placed


def test_reading_the_violations_places_only_them(monkeypatch: pytest.MonkeyPatch) -> None:
    depth = 2_000
    report = check(html="<!DOCTYPE html><html lang=en><title>t</title><main>"
                        + "<table><tr><td>x" * depth + '<img src="deep.png">')
    placed = selectors_made(monkeypatch)
    violations = report.violations
    targets = {f.rule: f.target for f in violations}
    assert len(placed) == len(violations), "passes were placed too"
    missing_alt = targets["image-alt"]
    assert missing_alt is not None
    assert missing_alt.endswith("> td > img")
    assert missing_alt.count("table") > 100
    assert len(report.passes) > 2 * depth


def test_a_static_finding_is_its_plain_finding() -> None:
    """Selector and line are worked out from the element when read; the finding compares,
    hashes, copies and pickles as a plain :class:`Finding` of the same fields."""
    [found] = check(html=PAGE).violations
    plain = Finding(rule="image-alt", outcome=Outcome.FAILED,
                    message="The image has no accessible name", impact=Impact.CRITICAL,
                    source=Source.STATIC, target="#b", snippet='<img src="b.png" id="b">',
                    line=3)
    assert found == plain
    assert plain == found
    assert hash(found) == hash(plain)
    assert repr(found) == repr(plain)
    assert found.to_dict() == plain.to_dict()
    assert type(pickle.loads(pickle.dumps(found))) is Finding
    assert type(copy.copy(found)) is Finding
    merged = dataclasses.replace(found, also="axe-core image-alt")
    assert type(merged) is Finding
    assert (merged.target, merged.line, merged.also) == ("#b", 3, "axe-core image-alt")


def test_targets_among_many_siblings_count_each_position() -> None:
    # Over 32 element children: positions are kept as ints and a step made per asked child.
    cards = [f'<p><img src="{n}.png" alt="{n}"></p>' for n in range(1, 41)]
    cards[2] = '<p><img src="3.png"></p>'
    cards[34] = '<p id="here"><img src="35.png"></p>'
    cards[38] = '<p><img src="39.png"></p>'
    page = f"<!DOCTYPE html><html lang=en><title>t</title><main>{''.join(cards)}</main>"
    result = next(r for r in check(html=page).results if r.rule.id == "image-alt")
    assert [f.target for f in result.nodes(Outcome.FAILED)] == [
        "html > body > main > p:nth-child(3) > img", "#here > img",
        "html > body > main > p:nth-child(39) > img"]
    assert result.findings[39].target == "html > body > main > p:nth-child(40) > img"


def test_report_writers_place_each_reported_finding_once(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """A run writing two formats reads each reported finding's selector several times (the
    SARIF location and fingerprint, the JSON node and fingerprint): it is worked out once,
    and the reports are those of the same findings made plain."""
    from broadsheet.reporters import get_writer

    page = PAGE + "".join(f'<p><img src="x{n}.png"></p>' for n in range(5))
    report = check(html=page)
    plain = pickle.loads(pickle.dumps(report))  # plain findings: their places are fields
    placed = selectors_made(monkeypatch)
    written = [get_writer(name)([report]) for name in ("sarif", "json", "text", "junit")]
    reported = report.violations + report.incomplete
    assert len(reported) >= 6
    assert sorted(placed) == sorted(f.target for f in reported)
    assert written == [get_writer(name)([plain]) for name in ("sarif", "json", "text", "junit")]
