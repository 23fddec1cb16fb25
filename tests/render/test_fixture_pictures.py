"""The fixtures' own photographs: every relative picture URL a fixture names is shipped, is
small, and is credited with its licence; :func:`place_pictures` copies them beside a page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from broadsheet.render.assets import place_pictures
from tests.helpers import ARTICLE_FILES, ARTICLES, rendered_tree

PICTURES = ARTICLES / "images"
LICENCES = (PICTURES / "LICENCES.md").read_text("utf-8")


def local_sources(path: Path) -> list[str]:
    tree = rendered_tree(path)
    urls = [*tree.xpath("//img/@src"), *(candidate.split()[0] for srcset in
                                         tree.xpath("//img/@srcset")
                                         for candidate in srcset.split(","))]
    return [url for url in urls if url.startswith("images/")]


def test_fixtures_show_shipped_photographs() -> None:
    named = {url for path in ARTICLE_FILES for url in local_sources(path)}
    assert len(named) >= 8, named
    shipped = {f"images/{path.name}" for path in PICTURES.glob("*.jpg")}
    assert named == shipped, named ^ shipped


@pytest.mark.parametrize("picture", sorted(PICTURES.glob("*.jpg")), ids=lambda p: p.name)
def test_each_photograph_is_credited_with_its_licence_and_small(picture: Path) -> None:
    (row,) = [line for line in LICENCES.splitlines() if picture.name in line]
    assert any(licence in row for licence in ("CC0-1.0", "CC-BY-4.0", "GPL-2.0-or-later")), row
    assert picture.stat().st_size < 300_000
    with Image.open(picture) as image:
        assert image.format == "JPEG"
        assert max(image.size) <= 1600


def test_the_photographs_stay_small_in_all() -> None:
    assert sum(path.stat().st_size for path in PICTURES.iterdir()) < 3_000_000


def test_the_declared_size_of_each_photograph_is_its_own() -> None:
    for path in ARTICLE_FILES:
        for img in rendered_tree(path).xpath("//img[starts-with(@src, 'images/')]"):
            with Image.open(ARTICLES / img.get("src")) as image:
                assert image.size == (int(img.get("width")), int(img.get("height"))), (
                    path.name, img.get("src"))


def test_pictures_are_placed_beside_a_page_and_nothing_else(tmp_path: Path) -> None:
    source = tmp_path / "articles"
    (source / "images" / "nested").mkdir(parents=True)
    (source / "images" / "a.jpg").write_bytes(b"jpeg")
    (source / "images" / "notes.txt").write_text("not a picture", "utf-8")
    (source / "images" / "nested" / "b.jpg").write_bytes(b"jpeg")
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"secret")
    os.symlink(secret, source / "images" / "link.png")
    out = tmp_path / "out"
    assert place_pictures(source, out) == [out / "images" / "a.jpg"]
    assert sorted(p.name for p in (out / "images").iterdir()) == ["a.jpg"]
    assert place_pictures(source, out) == []  # the same bytes are left alone
    assert place_pictures(tmp_path / "nowhere", out) == []
