"""Block stories: a live view of each variant with light/dark and left-to-right/right-to-left
switches, and a "stale" marker when its screenshots are older than its template or CSS."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.schemes import with_story_script
from broadsheet.render.environment import BUILTIN_TEMPLATES
from tests.helpers import ARTICLES, parse_html, text_of
from tests.preview.test_compare_view import Boxes

FIXTURES = ("ar-local-elections-rtl", "be-political-prisoners-quote")


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    for name in FIXTURES:
        shutil.copy(ARTICLES / f"{name}.json", folder)
    return folder


def _variants(out: Path, kind: str) -> list:  # type: ignore[type-arg]
    page = parse_html((out / "blocks" / kind / "index.html").read_text("utf-8"))
    return page.xpath("//section[contains(@class, 'variant')]")


def test_each_story_has_a_live_view_switching_scheme_and_direction(
        tmp_path: Path, fixtures: Path) -> None:
    out = tmp_path / "out"
    GalleryBuilder(out, capture=Boxes(), blocks=True).build([fixtures])
    sections = _variants(out, "quote")
    directions = set()
    for section in sections:
        [live] = section.xpath(".//div[@data-story-live]")
        base = live.get("data-story-live")
        folder = out / "blocks" / "quote" / base
        own = "rtl" if "ar-local" in base else "ltr"
        directions.add(own)
        [frame] = live.xpath(".//iframe")
        assert frame.get("src") == f"{base}page-light-{own}.html"
        checked = live.xpath(".//input[@checked]/@value")
        # the frame's own width (round 47's Width switch), the block alone, by default
        assert checked == ["fill", "light", own, "alone"]
        [mine] = live.xpath(".//input[@checked and @value=$own]/..", own=own)
        assert text_of(mine).endswith("(its own)")
        # Without script: links open each of the four pages in the frame.
        links = live.xpath(".//p[@class='story-live__links']/a")
        assert [(link.get("href"), link.get("target")) for link in links] == [
            (f"{base}page-{scheme}-{direction}.html", frame.get("name"))
            for scheme in ("light", "dark") for direction in ("ltr", "rtl")]
        for scheme in ("light", "dark"):
            same = (folder / f"page-{scheme}.html").read_text("utf-8")
            for direction in ("ltr", "rtl"):
                html = (folder / f"page-{scheme}-{direction}.html").read_text("utf-8")
                root = re.search(r"<html\b[^>]*>", html)
                assert root is not None
                assert f'dir="{direction}"' in root.group()
                # only the root's direction differs from the scheme's page, and the frame
                # has the story's script (the block alone), allowed by its hash
                assert re.sub(r"<html\b[^>]*>", "", html) == re.sub(
                    r"<html\b[^>]*>", "", with_story_script(same))
    assert directions == {"ltr", "rtl"}


def test_a_story_older_than_its_template_is_marked_stale(tmp_path: Path,
                                                         fixtures: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "blocks").mkdir(parents=True)
    mine = templates / "blocks" / "quote.html"
    shutil.copy(BUILTIN_TEMPLATES / "blocks" / "quote.html", mine)
    out = tmp_path / "out"

    def build() -> list:  # type: ignore[type-arg]
        GalleryBuilder(out, capture=Boxes(), templates=[templates], blocks=True).build(
            [fixtures])
        return [section.xpath(".//p[@class='stale']") for section in _variants(out, "quote")]

    assert all(marks == [] for marks in build()), "just captured: nothing is stale"
    later = time.time() + 120
    os.utime(mine, (later, later))  # the template saved again after the screenshots
    marked = build()
    assert all(len(marks) == 1 for marks in marked)
    said = text_of(marked[0][0])
    assert said.startswith("▲ Stale These screenshots were taken ")
    assert "before blocks/quote.html changed (" in said
    assert time.strftime("%Y-%m-%d %H:%M", time.gmtime(later)) in said
    # Another block's stories do not depend on that template: not stale.
    image = parse_html((out / "blocks" / "image" / "index.html").read_text("utf-8"))
    assert image.xpath("//p[@class='stale']") == []
    mine.write_text(mine.read_text("utf-8") + "{# edited #}\n", "utf-8")
    assert all(marks == [] for marks in build()), "captured again after the edit"
