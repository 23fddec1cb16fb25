"""Where a finding is (selector, snippet, line) is worked out when the finding is read, and only
for the findings read: a page's passes cost nothing until someone reports them (issue 19)."""

from __future__ import annotations

import pickle

import pytest

from broadsheet.checks import check, target
from broadsheet.findings import Outcome

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


def test_reading_the_violations_places_only_them(monkeypatch: pytest.MonkeyPatch) -> None:
    depth = 2_000
    report = check(html="<!DOCTYPE html><html lang=en><title>t</title><main>"
                        + "<table><tr><td>x" * depth + '<img src="deep.png">')
    placed: list[str] = []
    selector = target.selector

    def counted(doc: object, element: object) -> str:
        found = selector(doc, element)  # type: ignore[arg-type]
        placed.append(found)
        return found

    monkeypatch.setattr(target, "selector", counted)
    [missing_alt] = [f for f in report.violations if f.rule == "image-alt"]
    assert missing_alt.target is not None
    assert missing_alt.target.endswith("> td > img")
    assert missing_alt.target.count("table") > 100
    assert len(placed) == len(report.violations), "passes were placed too"
    assert len(report.passes) > 2 * depth


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
