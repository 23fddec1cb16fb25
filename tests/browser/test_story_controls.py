"""Block stories' live controls in Chromium: served, editing a heading's text renders the
variant again in its frame; a value the schema refuses is said under its field, linked to
it and announced; Reset puts the fixture's block back; opened as files, the controls are
disabled with the line saying how to enable them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.controls import StoryRenderer
from broadsheet.preview.server import GalleryServer
from tests.helpers import ARTICLES

FIXTURE = ARTICLES / "en-storm-breaking-corrections.json"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[GalleryServer, GalleryBuilder]]:
    builder = GalleryBuilder(tmp_path / "out", blocks=True)
    builder.build([FIXTURE])
    server = GalleryServer(tmp_path / "out", port=0, judge=lambda *a, **k: "", names=set,
                           storyteller=StoryRenderer(lambda: builder.stories))
    server.start()
    try:
        yield server, builder
    finally:
        server.stop()


def frame_heading(tab: Any) -> str:
    return str(tab.frame_locator("iframe[name='story-1']").locator("main h2").first
               .inner_text(timeout=10_000))


def test_editing_a_heading_re_renders_its_frame_and_a_bad_value_says_why(
        auditor: Any, served: tuple[GalleryServer, GalleryBuilder]) -> None:
    server, builder = served
    original = next(s for s in builder.stories if s.type == "heading").variants[0].block["text"]
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(server.url + "blocks/heading/index.html")
        form = tab.locator("form[data-story-args]").first
        assert not form.locator(".story-args__static").is_visible()
        text = form.get_by_label(re.compile(r"^text"))
        assert text.is_enabled()
        assert frame_heading(tab) == original
        # Keyboard only: focus the text box, type, and the frame follows.
        text.focus()
        tab.keyboard.press("Control+A")
        tab.keyboard.type("Rivers burst their banks")
        said = form.locator(".story-args__said")
        said.filter(has_text="Updated").wait_for(timeout=15_000)
        assert said.get_attribute("role") == "status"
        assert frame_heading(tab) == "Rivers burst their banks"
        frame = tab.locator("iframe[name='story-1']")
        assert frame.get_attribute("sandbox") == "allow-same-origin", "no script in it"
        # Its stylesheet applies (the page's policy allows it): not the browser's serif h2.
        family = tab.frame_locator("iframe[name='story-1']").locator("main h2").first.evaluate(
            "h => getComputedStyle(h).fontFamily")
        assert "Source" in family, family
        # A level the schema refuses: its problem under the field, with its pointer, the
        # field marked invalid and described by it, and announced; the frame keeps the last.
        level = form.get_by_label(re.compile(r"^level"))
        level.fill("9")
        form.get_by_role("button", name="Apply").click()
        error = form.locator(".story-arg[data-arg='level'] .story-arg__error")
        error.filter(has_text="/level").wait_for(timeout=15_000)
        assert error.inner_text() == "/level: 9 is greater than the maximum of 6"
        assert level.get_attribute("aria-invalid") == "true"
        assert error.get_attribute("id") in (level.get_attribute("aria-describedby") or "")
        assert "9 is greater than the maximum of 6" in said.inner_text()
        assert frame_heading(tab) == "Rivers burst their banks"
        # Reset: the fixture's block again, errors gone.
        form.get_by_role("button", name="Reset").click()
        said.filter(has_text="Reset").wait_for(timeout=5_000)
        assert text.input_value() == original
        assert error.inner_text() == ""
        assert frame.get_attribute("srcdoc") is None
        tab.wait_for_function(
            "document.querySelector(\"iframe[name='story-1']\").contentDocument"
            "?.querySelector('main h2')?.textContent.trim() === " + repr(original),
            timeout=10_000)
    finally:
        context.close()


def test_the_static_story_shows_the_controls_disabled(
        auditor: Any, served: tuple[GalleryServer, GalleryBuilder], tmp_path: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    out = tmp_path / "out"
    page = out / "blocks" / "heading" / "index.html"
    sandbox = Sandbox.for_file(page, root=out)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        form = tab.locator("form[data-story-args]").first
        assert form.get_by_label(re.compile(r"^text")).is_disabled()
        assert "broadsheet preview --serve" in form.locator(".story-args__static").inner_text()
    from broadsheet.findings import Outcome

    audit = auditor.audit(page, root=out)
    failed = [(f.rule, f.message) for r in audit.results for f in r.findings
              if f.outcome is Outcome.FAILED]
    assert failed == []


def test_a_checkbox_and_a_json_field_edit_a_list(
        auditor: Any, served: tuple[GalleryServer, GalleryBuilder]) -> None:
    server, builder = served
    variant = next(s for s in builder.stories if s.type == "list").variants[0]
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(server.url + "blocks/list/index.html")
        form = tab.locator("form[data-story-args]").first
        said = form.locator(".story-args__said")
        list_in_frame = tab.frame_locator("iframe[name='story-1']").locator(
            "main .article-body > ul, main .article-body > ol").first
        was = "ol" if variant.block["ordered"] else "ul"
        assert list_in_frame.evaluate("l => l.localName") == was
        ordered = form.get_by_label(re.compile(r"ordered"))
        ordered.focus()
        tab.keyboard.press("Space")
        said.filter(has_text="Updated").wait_for(timeout=15_000)
        assert list_in_frame.evaluate("l => l.localName") == ("ul" if was == "ol" else "ol")
        items = form.get_by_label(re.compile(r"^items"))
        items.fill('["One", "Two", "Three"]')
        tab.wait_for_function(
            "document.querySelector(\"iframe[name='story-1']\").contentDocument"
            "?.querySelectorAll('main .article-body li').length === 3", timeout=15_000)
        items.fill('["One", ')  # not JSON: said under the field, nothing sent
        form.get_by_role("button", name="Apply").click()
        error = form.locator(".story-arg[data-arg='items'] .story-arg__error")
        error.filter(has_text="/items: is not JSON").wait_for(timeout=5_000)
        assert items.get_attribute("aria-invalid") == "true"
        assert said.inner_text().startswith("Not rendered: /items: is not JSON")
    finally:
        context.close()


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_the_served_controls_with_an_error_pass_axe(
        auditor: Any, served: tuple[GalleryServer, GalleryBuilder], width: int,
        scheme: str) -> None:
    from broadsheet.browser.axe import axe_options, run_axe

    server, _ = served
    context = auditor.browser().new_context(viewport={"width": width, "height": 900},
                                            color_scheme=scheme)
    try:
        tab = context.new_page()
        tab.goto(server.url + "blocks/heading/index.html")
        form = tab.locator("form[data-story-args]").first
        form.get_by_label(re.compile(r"^level")).fill("9")
        form.get_by_role("button", name="Apply").click()
        form.locator(".story-arg__error").filter(has_text="/level").wait_for(timeout=15_000)
        options = {**axe_options(), "iframes": False}
        violations = run_axe(tab, options)["violations"]
        assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []
        assert tab.evaluate("document.documentElement.scrollWidth") == width
    finally:
        context.close()


def test_an_edited_picture_loads_its_file_and_fonts_beside_the_variant(
        auditor: Any, served: tuple[GalleryServer, GalleryBuilder]) -> None:
    """The frame's document has the story page's address: the base the server puts before
    the page's policy points its pictures and fonts into the variant's folder."""
    server, _ = served
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(server.url + "blocks/image/index.html")
        form = tab.locator("form[data-story-args]").first
        form.get_by_label(re.compile(r"^caption")).fill("A caption of the designer's")
        form.locator(".story-args__said").filter(has_text="Updated").wait_for(timeout=15_000)
        frame = tab.frame_locator("iframe[name='story-1']")
        frame.locator("figcaption", has_text="A caption of the designer's").wait_for()
        tab.wait_for_function(
            "(() => { const d = document.querySelector(\"iframe[name='story-1']\")"
            ".contentDocument; const i = d && d.querySelector('main img');"
            " return i && i.complete && i.naturalWidth > 0; })()", timeout=15_000)
        loaded = frame.locator("body").evaluate(
            "b => document.fonts.ready.then(() => [...document.fonts]"
            ".filter(f => f.status === 'loaded').map(f => f.family))")
        assert "Source Serif 4" in loaded
    finally:
        context.close()
