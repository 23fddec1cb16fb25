"""The fixtures' own photographs: every relative picture URL a fixture names is shipped, is
small, and is credited with its licence; :func:`place_pictures` copies them beside a page."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

import broadsheet
from broadsheet.render.assets import place_pictures
from tests.helpers import ARTICLE_FILES, ARTICLES, SEED_PATH, parse_html, rendered_tree

PICTURES = ARTICLES / "images"
LICENCES = (PICTURES / "LICENCES.md").read_text("utf-8")


def local_sources(path: Path, tree: etree._Element | None = None) -> list[str]:
    tree = rendered_tree(path) if tree is None else tree
    urls = [*tree.xpath("//img/@src"), *tree.xpath("//video/@poster"),
            *tree.xpath("//source/@src"), *tree.xpath("//video/@src | //track/@src"),
            *(candidate.split()[0] for srcset in tree.xpath("//img/@srcset | //source/@srcset")
              for candidate in srcset.split(","))]
    return [url for url in urls if url.startswith("images/")]


def test_fixtures_show_shipped_photographs() -> None:
    named = {url for path in ARTICLE_FILES for url in local_sources(path)}
    # the seed's About photograph has no words for it: the footer sets the site's name in its
    # place, and shows the picture only to an editor reviewing the page
    named |= set(local_sources(SEED_PATH, parse_html(
        broadsheet.render(SEED_PATH, review_markers=True).html)))
    assert len(named) >= 8, named
    shipped = {f"images/{path.name}" for path in PICTURES.iterdir() if path.suffix != ".md"}
    assert named == shipped, named ^ shipped


@pytest.mark.parametrize("drawing", sorted(PICTURES.glob("*.svg")), ids=lambda p: p.name)
def test_each_drawing_is_credited_small_and_self_contained(drawing: Path) -> None:
    """Charts and logos drawn for the fixtures: listed in LICENCES.md, a few KB (a chart's
    inline font, cut down to its letters, included: at most 20 KB), and loading nothing (a
    picture's SVG may not fetch; a script would not run)."""
    assert drawing.name in LICENCES
    text = drawing.read_text("utf-8")
    assert len(text) < (20_000 if "@font-face" in text else 10_000)
    svg = etree.fromstring(text.encode("utf-8"))
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert not [e for e in svg.iter() if str(e.tag).split("}")[-1] in {"script", "image", "use"}]
    # the inline font's base64 may spell any word ("href" turned up in one): it is left out
    outside_data = re.sub(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", "data:", text)
    assert "href" not in outside_data
    assert "url(" not in outside_data.replace("url(data:", "")


@pytest.mark.parametrize("picture", sorted(PICTURES.glob("*.jpg")), ids=lambda p: p.name)
def test_each_photograph_is_credited_with_its_licence_and_small(picture: Path) -> None:
    (row,) = [line for line in LICENCES.splitlines() if picture.name in line]
    assert any(licence in row for licence in ("CC0-1.0", "CC-BY-4.0", "GPL-2.0-or-later")), row
    # quality 88 (scripts/make_fixture_photos.py): a mossy 1600 px forest is 520 KB
    assert picture.stat().st_size < 600_000
    with Image.open(picture) as image:
        assert image.format == "JPEG"
        assert max(image.size) <= 1600


def test_the_photographs_stay_small_in_all() -> None:
    assert sum(path.stat().st_size for path in PICTURES.iterdir()) < 6_000_000


def test_the_declared_size_of_each_photograph_is_its_own() -> None:
    for path in ARTICLE_FILES:
        for img in rendered_tree(path).xpath("//img[starts-with(@src, 'images/')]"
                                             " | //source[starts-with(@srcset, 'images/')]"):
            declared = (int(img.get("width")), int(img.get("height")))
            src = img.get("src") or img.get("srcset")
            if src.endswith(".svg"):
                svg = etree.parse(ARTICLES / src).getroot()
                assert (int(svg.get("width")), int(svg.get("height"))) == declared, (
                    path.name, src)
                continue
            with Image.open(ARTICLES / src) as image:
                assert image.size == declared, (path.name, src)


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


@pytest.mark.parametrize(("stem", "xpath"), [
    ("ar-local-elections-rtl", "//figure[contains(@class, 'figure--lead')]/img"),
    ("ar-local-elections-rtl", "//div[@class='article-body']//img"),
    ("rferl-lukashenka-cnn-interview", "//figure[contains(@class, 'figure--lead')]/img"),
    ("en-storm-breaking-corrections", "//div[@class='article-body']//img"),
    ("fa-rent-chart-footnotes", "//img[contains(@class, 'chart__image')]"),
    ("en-storm-breaking-corrections", "//*[@class='site-header__name']//img"),
    ("ar-local-elections-rtl", "//*[@class='site-header__name']//img"),
    ("ru-flood-gallery", "//*[@class='site-header__name']//img"),
])
def test_hero_pictures_charts_and_logos_are_shipped(stem: str, xpath: str) -> None:
    """The pictures a reviewer saw as grey boxes offline (issue 17) are the fixtures' own."""
    images = rendered_tree(ARTICLES / f"{stem}.json").xpath(xpath)
    assert images, (stem, xpath)
    assert images[0].get("src").startswith("images/"), images[0].get("src")


def test_every_shipped_photograph_shown_is_credited_on_its_page() -> None:
    """A photograph the story shows (not decorative) carries its credit line: the licences
    of most of them ask for it, and a newsroom credits every picture (the rferl lead had
    none). The site's own furniture (the footer's "about" picture) is not the story's."""
    uncredited = []
    for path in ARTICLE_FILES:
        for img in rendered_tree(path).xpath("//main//img[starts-with(@src, 'images/')"
                                             " and substring(@src, string-length(@src) - 3)"
                                             " = '.jpg' and not(@alt = '')]"):
            (figure,) = img.xpath("ancestor::*[contains(concat(' ', @class, ' '), ' figure ')][1]")
            if not figure.xpath("self::figure[figcaption//*[@class='figure__credit']]"):
                uncredited.append((path.stem, img.get("src")))
    assert not uncredited


@pytest.mark.parametrize("logo", sorted(PICTURES.glob("logo*.svg")), ids=lambda p: p.name)
def test_each_logo_sets_its_name_in_the_sites_own_font_at_its_own_width(logo: Path) -> None:
    """A logo shown by ``<img>`` cannot reach the page's fonts: its name is set in the serif
    it carries inline, not squeezed into a fixed width (``textLength`` made the Cyrillic
    names in the reader's fallback serif read condensed: blind design review, round 49), and
    every fixture naming it declares the drawing's own size."""
    text = logo.read_text("utf-8")
    svg = etree.fromstring(text.encode("utf-8"))
    name = svg.find("{http://www.w3.org/2000/svg}text")
    assert name is not None
    assert "textLength" not in name.attrib
    family = name.get("font-family", "").split(",")[0].strip("'\"")
    assert family in {"Source Serif 4", "Noto Naskh Arabic"}
    assert f"font-family:'{family}'" in text
    assert "data:font/woff2;base64," in text
    width, height = int(svg.get("width", "0")), int(svg.get("height", "0"))
    declared = [
        (int(logo_ref["width"]), int(logo_ref["height"]))
        for path in ARTICLE_FILES
        for key in ("logo", "logo_dark")
        if (logo_ref := (json.loads(path.read_text("utf-8")).get("site") or {}).get(key))
        and logo_ref.get("src") == f"images/{logo.name}"]
    assert declared
    assert set(declared) == {(width, height)}
