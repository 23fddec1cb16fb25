"""Round 43's blind review, gallery items 8 and 10, in Chromium: the Blocks index's thumbnails
sized to their blocks (not 615 × 385 white cards round one line of text), its cover the
default left-to-right variant with a strip of the others (the other scheme, the other
direction).

Captured without a browser: the fixtures' pages as photographs (:class:`Photos`), each block
story's thumbnail its block's size (:data:`SIZES`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import pytest

from broadsheet.preview import GalleryBuilder
from tests.browser.test_gallery_review17 import Photos
from tests.helpers import ARTICLES

RTL, LTR = "ar-local-elections-rtl", "en-storm-breaking-corrections"


#: Each block's own box as a thumbnail shows it (768 px wide, as Chromium crops it): a line
#: of heading, a paragraph of three lines, a note, a tall picture with its caption.
SIZES = {"heading": (736, 56), "paragraph": (736, 110), "note": (736, 130), "image": (736, 560)}


class _Blocks(Photos):
    """The fixtures' pages as photographs; each block story's screenshots and thumbnails
    its block's own size (:data:`SIZES`), light and dark."""

    def for_blocks(self, element: str) -> Any:
        return _Block()


class _Block:
    def capture(self, page: Path, folder: Path, findings: Any = None) -> Any:
        from PIL import Image

        from broadsheet.preview.model import Capture, Screenshot

        kind = json.loads((folder / "story.json").read_text("utf-8"))["body"][0]["type"]
        size = SIZES[kind]
        (folder / "shots").mkdir(exist_ok=True)
        shots = []
        for scheme, colour in (("light", (250, 250, 250)), ("dark", (30, 30, 30))):
            for width in (768, 375):
                name = f"shots/{width}-{scheme}.png"
                Image.new("RGB", (width, size[1]), colour).save(folder / name)
                shots.append(Screenshot(width, scheme, name))
            Image.new("RGB", size, colour).save(
                folder / "shots" / ("thumbnail.png" if scheme == "light" else "thumbnail-dark.png"))
        return Capture(screenshots=shots, thumbnail="shots/thumbnail.png",
                       thumbnail_dark="shots/thumbnail-dark.png")


@pytest.fixture(scope="module")
def blocks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Arabic and an English fixture cut to a few short blocks each: a paragraph and a
    heading in both directions (the Arabic sorts first), a picture and a note."""
    folder = tmp_path_factory.mktemp("blocks45")
    keep = {RTL: ("paragraph", "image", "heading"), LTR: ("paragraph", "heading", "note")}
    for slug, types in keep.items():
        data = json.loads((ARTICLES / f"{slug}.json").read_text("utf-8"))
        data["body"] = [next(b for b in data["body"] if b["type"] == kind) for kind in types]
        data.pop("lead", None)
        (folder / f"{slug}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (folder / "images").symlink_to((ARTICLES / "images").resolve())
    GalleryBuilder(folder / "out", capture=_Blocks(), blocks=True).build([folder])
    return folder / "out"


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int = 900,
          scheme: Literal["light", "dark"] = "light") -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height, color_scheme=scheme),
                                 sandbox)


THUMBS = """() => [...document.querySelectorAll('.cards > .card')].map((card) => {
  const box = card.querySelector('.card__thumb'), img = box && box.querySelector('img');
  const b = box ? box.getBoundingClientRect() : null, i = img ? img.getBoundingClientRect() : null;
  return {name: card.querySelector('.card__title a').textContent.trim(),
          box: b && {top: b.top, height: b.height, width: b.width},
          img: i && {height: i.height, width: i.width, natural: img.naturalHeight,
                     naturalWidth: img.naturalWidth, complete: img.complete},
          src: img ? img.currentSrc || img.src : null,
          card: card.getBoundingClientRect().height,
          strip: [...card.querySelectorAll('.block-strip__item')].map((s) => ({
            label: s.innerText.trim(), src: s.querySelector('img').currentSrc,
            height: s.getBoundingClientRect().height, width: s.getBoundingClientRect().width}))};
})"""


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_block_thumbnail_is_as_tall_as_its_block(auditor: Any, blocks: Path, width: int,
                                                      scheme: Literal["light", "dark"]) -> None:
    sandbox, opened = _open(auditor, blocks, "blocks/index.html", width, scheme=scheme)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("() => [...document.images].every((i) => i.complete)")
        cards = {card["name"]: card for card in tab.evaluate(THUMBS)}
        page = tab.evaluate("document.documentElement.scrollWidth")
    assert page == width, "nothing scrolls sideways"
    assert {"Paragraph", "Heading", "Note", "Image"} <= set(cards), cards.keys()
    for name, card in cards.items():
        if card["box"] is None:
            continue  # a block no fixture uses
        box, img = card["box"], card["img"]
        assert img["complete"], name
        assert img["natural"] > 0, name
        # The box only as tall as the block drawn in it (scaled down to the card's width,
        # a tall one capped at 15rem) and a little padding: no white band above and below
        # a one-line paragraph.
        drawn = min(img["natural"], box["width"] * img["natural"] / img["naturalWidth"], 240)
        assert box["height"] <= drawn + 32, (name, box, img)
        # The picture drawn at its own shape (never stretched), never wider than the card.
        assert img["width"] <= box["width"] + 0.5, name
        assert abs(img["width"] / img["height"] - img["naturalWidth"] / img["natural"]) < 0.05, name
    # A one-line heading or a note: a short strip, not a 615 × 385 card.
    for short in ("Heading", "Paragraph", "Note"):
        box = cards[short]["box"]
        assert box["height"] < 0.45 * box["width"], (short, box)
    # A tall block (the picture) capped: the card stays a thumbnail.
    assert cards["Image"]["box"]["height"] <= 16 * 16 + 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_cover_is_the_left_to_right_variant_with_the_others_in_a_strip(
        auditor: Any, blocks: Path, scheme: Literal["light", "dark"]) -> None:
    sandbox, opened = _open(auditor, blocks, "blocks/index.html", 1280, scheme=scheme)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.wait_for_function("() => [...document.images].every((i) => i.complete)")
        cards = {card["name"]: card for card in tab.evaluate(THUMBS)}
    for name in ("Paragraph", "Heading"):
        card = cards[name]
        # The English variant, though the Arabic fixture sorts first.
        assert f"/{LTR}--body-" in card["src"], (name, card["src"])
        assert card["src"].endswith("thumbnail-dark.png" if scheme == "dark" else "thumbnail.png")
        strip = card["strip"]
        labels = [item["label"] for item in strip]
        other = "Light" if scheme == "dark" else "Dark"
        assert labels == [other, "Right to left (ar)"], labels
        # The other scheme of the same variant, and the Arabic one in the scheme shown.
        assert f"/{LTR}--body-" in strip[0]["src"]
        assert strip[0]["src"].endswith("thumbnail.png" if scheme == "dark"
                                        else "thumbnail-dark.png")
        assert f"/{RTL}--body-" in strip[1]["src"]
        for item in strip:  # small: a strip under the cover
            assert item["height"] <= 110, item
            assert item["width"] <= 260, item
    # A block used in one direction only: no strip of directions, the other scheme kept.
    assert [item["label"] for item in cards["Note"]["strip"]] == [
        "Light" if scheme == "dark" else "Dark"]


def test_the_cover_s_dir_and_the_index_tiles_follow_it(blocks: Path) -> None:
    from tests.helpers import parse_html

    page = parse_html((blocks / "blocks" / "index.html").read_text("utf-8"))
    covers = page.xpath("//li[contains(@class, 'card')]/div[contains(@class, 'card__thumb')]")
    by_name = {c.getparent().xpath(".//h2/a/text()")[0]: c for c in covers}
    assert by_name["Paragraph"].get("data-dir") == "ltr"
    assert by_name["Image"].get("data-dir") == "rtl", "used right to left only"
    index = parse_html((blocks / "index.html").read_text("utf-8"))
    tiles = {t.xpath("string(.//*[contains(@class, 'block-tile__name')])"):
             t.xpath(".//img/@src") for t in index.xpath("//li[contains(@class, 'block-tile')]")}
    assert tiles["Paragraph"], "a picture"
    tiles = {name: srcs[0] for name, srcs in tiles.items() if srcs}
    assert f"blocks/paragraph/{LTR}--body-" in tiles["Paragraph"], tiles["Paragraph"]
