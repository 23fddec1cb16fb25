"""``region`` reports content outside landmarks once per outermost element holding only such
content (a blind QA trial, round 50: every paragraph, list item and link of a loose ``div``
was a finding of its own, 15,623 of the 18,280 violations on 98 saved news pages, and naming
one image added a "new" violation to a baseline)."""

from __future__ import annotations

from broadsheet.checks import check
from broadsheet.findings import Outcome

PAGE = ("<!DOCTYPE html><html lang='en'><head><title>t</title></head><body>{}"
        "<main><h1>T</h1><p>Story</p></main></body></html>")


def failed(body: str) -> list[tuple[str, str]]:
    report = check(PAGE.format(body), rules=["region"])
    return [(f.target or "", f.message) for f in report.findings
            if f.outcome is Outcome.FAILED]


def test_a_loose_container_is_one_finding_naming_its_first_words() -> None:
    found = failed('<div class="wrap"><p>One <a href="/a">link</a> and <em>emph</em></p>'
                   '<ul><li>a</li><li>b</li></ul></div>')
    assert len(found) == 1
    target, message = found[0]
    assert target == "html > body > div"
    assert "elements with content, from 'One link and emph'" in message


def test_a_container_that_also_holds_a_landmark_is_not_blamed_whole() -> None:
    # The div holds a nav (content inside a landmark): its loose paragraph and its loose
    # list are each their own finding, the div is not one.
    found = failed('<div><p>Loose text</p><nav><a href="/">Home</a></nav>'
                   '<section><p>More loose</p><p>And more</p></section></div>')
    assert [target for target, _ in found] == ["html > body > div > p",
                                               "html > body > div > section"]


def test_a_single_loose_paragraph_is_itself_the_finding() -> None:
    assert failed("<p>Loose</p>") == [("html > body > p",
                                       "This content is outside every landmark")]


def test_naming_an_image_in_a_loose_block_adds_no_finding() -> None:
    before = failed('<div class="share"><a href="/mail"><img src="m.png"></a>'
                    '<p>Share this</p></div>')
    after = failed('<div class="share"><a href="/mail"><img src="m.png" alt="Email"></a>'
                   '<p>Share this</p></div>')
    assert [t for t, _ in before] == [t for t, _ in after] == ["html > body > div"]
