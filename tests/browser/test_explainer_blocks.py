"""Series, contents, fact boxes and the audio version as Chromium exposes them (issue 16): the
landmarks and names in its accessibility tree, and where a contents link takes the keyboard."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page
from tests.browser.test_media_and_pictures import silent_wav

EN, FA = "en-longread-river-crossing", "fa-explainer-water-shortage"


@pytest.mark.parametrize(("stem", "landmarks"), [
    (EN, [("navigation", "Series: Crossings"), ("navigation", "Contents"),
          ("complementary", "Key points"), ("complementary", "The bridge in numbers")]),
    (FA, [("navigation", "مجموعه: آب و شهر"), ("navigation", "فهرست مطالب"),
          ("complementary", "آنچه می‌دانیم")]),
])
def test_each_block_landmark_is_exposed_once_under_its_name(
        auditor: Any, stem: str, landmarks: list[tuple[str, str]]) -> None:
    with fixture_page(auditor, stem) as page:
        for role in ("navigation", "complementary"):
            names = [element.evaluate(
                "e => e.getAttribute('aria-labelledby') ?? e.getAttribute('aria-label')")
                for element in page.get_by_role(role).all()]
            assert len(names) == len(set(names)), f"two {role} landmarks of one name"
        for role, name in landmarks:
            assert page.get_by_role(role, name=name, exact=True).count() == 1, (role, name)
        # Nothing else of the new blocks is a landmark: timelines and Q&A are not regions.
        assert page.get_by_role("region").count() == 0


def accessible_name(page: Any, selector: str) -> str:
    """The name Chromium computes for the first element matching ``selector``."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    tree = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node,
                                                        "fetchRelatives": False})
    return str(tree["nodes"][0]["name"]["value"])


@pytest.mark.parametrize(("stem", "name"), [
    (EN, "Listen to this article (12 minutes and 41 seconds)"),
    (FA, "این مطلب را بشنوید (۷ دقیقه و ۳۲ ثانیه)"),
])
def test_the_audio_version_player_is_named_with_its_duration(
        auditor: Any, stem: str, name: str) -> None:
    """Named by its label and its length in words (the clock beside it is not read), with
    its recording reachable (offline, Chromium names a player that cannot load "Unable to
    play media."); not playing until asked."""
    with fixture_page(auditor, stem) as page:
        sources = page.evaluate("() => [...document.querySelectorAll('.audio-version source')]"
                                ".map(s => s.src)")
    files = {src: ("audio/wav", silent_wav(3)) for src in sources}
    with fixture_page(auditor, stem, files=files) as page:
        page.wait_for_function("() => document.querySelector('.audio-version audio')"
                               ".readyState >= 1")
        assert accessible_name(page, ".audio-version audio") == name
        assert page.evaluate("() => document.querySelector('.audio-version audio').paused")


@pytest.mark.parametrize("width", [375, 1280])
def test_a_contents_link_takes_the_keyboard_to_its_section(auditor: Any, width: int) -> None:
    with fixture_page(auditor, EN, width=width) as page:
        contents = page.get_by_role("navigation", name="Contents")
        link = contents.get_by_role("link", name="Your questions answered")
        toggle = contents.locator("summary")
        if width < 600:
            # A phone folds the list behind its toggle: the keyboard opens it first.
            assert not link.is_visible()
            toggle.focus()
            page.keyboard.press("Enter")
            assert contents.locator("details").evaluate("d => d.open")
        else:
            assert not toggle.is_visible()
        link.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("() => location.hash === '#h-your-questions-answered'")
        top = page.evaluate("() => document.getElementById('h-your-questions-answered')"
                            ".getBoundingClientRect().top")
        assert -1 < top < page.viewport_size["height"] / 2  # scrolled to it (sub-pixel)
        # Tab goes on from the section, not from the contents: the next link after the
        # heading is the first topic in the footer.
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.textContent") == "Millford"
