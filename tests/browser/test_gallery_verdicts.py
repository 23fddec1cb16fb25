"""Approve and reject in Chromium: served, the fixture page's buttons write the approved
baseline and the page reloads as approved; opened as a file, the button gives the command."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from broadsheet.preview.regression import reduced
from broadsheet.preview.server import GalleryServer
from broadsheet.preview.verdicts import Verdicts
from tests.preview.test_verdicts import changed_gallery


def test_approve_in_the_served_gallery_writes_the_baseline(auditor: Any,
                                                           tmp_path: Path) -> None:
    builder, fixture, approved, out = changed_gallery(tmp_path)
    holder: list[GalleryServer] = []

    def rebuild(slug: str) -> None:
        builder.build([fixture])
        holder[0].bump([slug])

    verdicts = Verdicts(builder, approved, rebuild, threading.RLock())
    server = GalleryServer(out, port=0, judge=verdicts, names=verdicts.names)
    holder.append(server)
    server.start()
    baseline = approved / "storm" / "320-light.png"
    before = baseline.read_bytes()
    context = auditor.browser().new_context(viewport={"width": 375, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(server.url + "fixtures/storm/index.html")
        # Request changes with a note: the baseline kept, the decision and its note said
        # at the top of the Changes tab once the page reloads (kept in review.json).
        tab.get_by_label("Note for the author (optional)", exact=True).fill(
            "The headline box is too dark")
        with tab.expect_navigation(timeout=20_000):
            tab.get_by_role("button", name="Request changes to these screenshots").click()
        assert baseline.read_bytes() == before
        said = tab.locator("section[aria-labelledby='changes'] .review-said")
        assert said.locator(".review-badge").inner_text() == "Changes requested"
        assert said.locator("q").inner_text() == "The headline box is too dark"
        # keyboard alone: focus the button and press Enter
        tab.get_by_role("button", name="Accept the new screenshots").focus()
        with tab.expect_navigation(timeout=20_000):  # the page reloads, compared anew
            tab.keyboard.press("Enter")
        assert baseline.read_bytes() == reduced(out / "fixtures" / "storm" / "shots" /
                                                "320-light.png") != before
        said = tab.text_content("section[aria-labelledby='changes'] .changes__same") or ""
        assert said.startswith("✔ Matches the approved screenshots at 1 width × 1 scheme"), said
        # At 375 px nothing of the verdict box overflows the page.
        assert tab.evaluate("document.documentElement.scrollWidth") == 375
    finally:
        context.close()
        server.stop()


def test_the_static_gallery_s_button_gives_the_command(auditor: Any, tmp_path: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    _, fixture, _, out = changed_gallery(tmp_path)
    page = out / "fixtures" / "storm" / "index.html"
    sandbox = Sandbox.for_file(page, root=out)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        assert not tab.is_visible("text=Accept the new screenshots"), "no server to ask"
        # (the button by its name: its first words in text, "…: copy the command" said only,
        # a 1 px box that round 46's workspace clips inside the checks' panel)
        tab.get_by_role("button", name="copy the command").first.click()
        # the clipboard answers through a promise: wait for the words, not a fixed time
        tab.wait_for_function("document.querySelector('.verdict__said').textContent !== ''",
                              timeout=10_000)
        said = tab.text_content(".verdict__said") or ""
        # (round 48: the first button the changed screenshot's, under its comparison)
        command = f"broadsheet preview --approve --approve-widths 320 --approve-schemes light {fixture}"
        assert said in {f"Copied: {command}", "Selected: press Ctrl+C (⌘C) to copy it."}
        if said.startswith("Selected"):
            assert tab.evaluate("getSelection().toString()") == command


def test_approve_this_screenshot_writes_only_its_baseline(auditor: Any, tmp_path: Path) -> None:
    """Each changed screenshot has its own button: approving the light one keeps the dark
    one's baseline (and its failure)."""
    from tests.preview.captures import marked_gallery

    builder, fixture, approved = marked_gallery(tmp_path)
    out = tmp_path / "out"
    light, dark = approved / "storm" / "320-light.png", approved / "storm" / "320-dark.png"
    dark.write_bytes(light.read_bytes())  # the dark screenshot fails too
    builder.build([fixture])
    before = {light: light.read_bytes(), dark: dark.read_bytes()}
    holder: list[GalleryServer] = []

    def rebuild(slug: str) -> None:
        builder.build([fixture])
        holder[0].bump([slug])

    verdicts = Verdicts(builder, approved, rebuild, threading.RLock())
    server = GalleryServer(out, port=0, judge=verdicts, names=verdicts.names)
    holder.append(server)
    server.start()
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(server.url + "fixtures/storm/index.html")
        assert tab.locator(".verdict--shot").count() == 2
        with tab.expect_navigation(timeout=20_000):  # the page reloads, compared anew
            tab.get_by_role("button", name="Accept this screenshot (320 px, light)").click()
        assert tab.locator(".verdict--shot").count() == 1
        assert tab.get_attribute(".verdict--shot", "data-shot") == "320-dark"
    finally:
        context.close()
        server.stop()
    assert light.read_bytes() == reduced(out / "fixtures" / "storm" / "shots" / "320-light.png")
    assert light.read_bytes() != before[light]
    assert dark.read_bytes() == before[dark], "the dark baseline is kept"


def test_each_screenshot_has_an_approve_button_when_served(auditor: Any, tmp_path: Path) -> None:
    """The Screenshots tab: served, an Approve button under each screenshot writes its
    baseline alone; as files, the command that does (tests/browser/
    test_gallery_review_flow.py)."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    builder, fixture, approved, out = changed_gallery(tmp_path)
    page = out / "fixtures" / "storm" / "index.html"
    sandbox = Sandbox.for_file(page, root=out)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url + "#screenshots")
        compact = tab.locator("#screenshots ~ * .verdict--compact")
        assert compact.count() == 1
        assert compact.locator(".verdict__static").is_visible(), "the command, as files"
        assert not compact.locator(".verdict__live").is_visible(), "no server to ask"
    holder: list[GalleryServer] = []

    def rebuild(slug: str) -> None:
        builder.build([fixture])
        holder[0].bump([slug])

    verdicts = Verdicts(builder, approved, rebuild, threading.RLock())
    server = GalleryServer(out, port=0, judge=verdicts, names=verdicts.names)
    holder.append(server)
    server.start()
    baseline = approved / "storm" / "320-light.png"
    before = baseline.read_bytes()
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        tab.goto(server.url + "fixtures/storm/index.html#screenshots")
        button = tab.locator("#screenshots ~ * figure").get_by_role(
            "button", name="Accept this screenshot (320 px, light)")
        assert not tab.locator("#screenshots ~ * .verdict--compact .verdict__static").is_visible()
        with tab.expect_navigation(timeout=20_000):  # the page reloads, compared anew
            button.click()
    finally:
        context.close()
        server.stop()
    assert baseline.read_bytes() == reduced(out / "fixtures" / "storm" / "shots" /
                                            "320-light.png") != before
