"""Round 51 (review 50's note on the build): while the gallery is being built every page
written so far links only to pages that exist (the header's Blocks link was dead for minutes:
blocks/index.html is written last); each page not built yet says so, and is replaced whole."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin

from broadsheet.preview import GalleryBuilder
from tests.helpers import ARTICLES

FIXTURES = ("en-council-video-lead", "ar-local-elections-rtl", "uk-energy-data-table")
HREF = re.compile(r"""(?:href|value)="([^"#:?]+\.html)(?:#[^"]*)?\"""")


def _dead_links(out: Path) -> list[str]:
    dead = []
    for page in out.rglob("*.html"):
        text = page.read_text("utf-8")
        base = "file:///" + page.relative_to(out).as_posix()
        for href in HREF.findall(text):
            target = unquote(urljoin(base, href))[len("file:///"):]
            if not (out / target).is_file():
                dead.append(f"{page.relative_to(out)} -> {href}")
    return dead


def test_every_link_resolves_at_every_moment_of_a_build(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out = tmp_path / "out"
    seen: list[list[str]] = []
    building: list[bool] = []

    def progress(done: int, total: int, entry: object) -> None:
        seen.append(_dead_links(out))
        building.append("Building the blocks" in (out / "blocks" / "index.html").read_text("utf-8"))

    GalleryBuilder(out, blocks=True).build([folder], progress=progress)
    assert len(seen) == len(FIXTURES)
    for moment, dead in enumerate(seen, start=1):
        assert dead == [], f"after {moment} of {len(FIXTURES)} fixtures: {dead}"
    assert all(building), "the Blocks index a placeholder until the blocks are built"
    assert _dead_links(out) == []
    for page in out.rglob("index.html"):
        assert "This page is still being built" not in page.read_text("utf-8"), page
    assert "blocks/" in (out / "index.html").read_text("utf-8")
