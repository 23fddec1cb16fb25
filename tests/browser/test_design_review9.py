"""The pages' small findings of the blind design review at 7/10 (issue 17), measured in
Chromium: a live blog's "Older updates" arrow apart from its words, a correction's time
and the link to the corrections told apart, and a photo's enlarge mark visible on a dark
photograph."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page


@pytest.mark.parametrize("width", [375, 1280])
def test_the_older_updates_arrow_stands_apart_from_its_words(auditor: Any, width: int) -> None:
    """The link is wider than its words by the arrow and a gap: "تحديثات أقدم←" touched."""
    with fixture_page(auditor, "ar-live-election-count", width=width) as page:
        found = page.evaluate("""() => {
            const a = document.querySelector('.live-pages__older');
            const range = document.createRange(); range.selectNodeContents(a);
            const words = range.getBoundingClientRect(), link = a.getBoundingClientRect();
            const probe = document.createElement('span'); probe.textContent = '←';
            a.parentElement.append(probe);
            const arrow = probe.getBoundingClientRect().width; probe.remove();
            return {words: words.width, link: link.width, arrow}; }""")
    assert found["link"] - found["words"] >= found["arrow"] + 4, found


def test_a_corrections_time_and_its_link_are_set_apart(auditor: Any) -> None:
    """"07:35 Read the corrections" ran together: a dot stands between them, drawn, not
    read (the line's text for a screen reader is unchanged), at the start of the link's
    unbroken line (round 42: a line never ends with it), not underlined with it."""
    with fixture_page(auditor, "en-storm-breaking-corrections", width=1280) as page:
        found = page.evaluate("""() => {
            const line = document.querySelector('.article-header__corrected');
            const time = line.querySelector('time'), link = line.querySelector('a');
            const range = document.createRange(); range.selectNodeContents(time);
            const words = document.createRange(); words.selectNodeContents(link);
            return {drawn: getComputedStyle(link, '::before').content,
                    display: getComputedStyle(link, '::before').display,
                    words: range.getBoundingClientRect().right,
                    link: link.getBoundingClientRect().left,
                    linkWords: [...words.getClientRects()].at(-1).right
                               - link.getBoundingClientRect().left}; }""")
    assert "·" in found["drawn"], found
    assert found["drawn"].endswith('/ ""'), "drawn, not read"
    assert found["display"] == "inline-block", found  # not underlined with the link
    assert found["link"] - found["words"] >= 3, found  # a space after the time's words
    assert found["linkWords"] >= 9, found  # the dot and a space before the link's words


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_enlarge_mark_keeps_a_light_ring_on_a_dark_photograph(auditor: Any,
                                                                  scheme: str) -> None:
    """On a dark photograph the dark disc alone disappeared (the grass photo at 320 px,
    dark): the mark is ringed in near-white."""
    with fixture_page(auditor, "ru-flood-gallery", width=320, scheme=scheme) as page:
        shadow = page.evaluate("getComputedStyle(document.querySelector('.figure__enlarge'),"
                               " '::after').boxShadow")
    assert shadow.startswith("rgba(255, 255, 255, 0.85)"), shadow
    assert "1.5px" in shadow, shadow

