"""How baselines are stored and compared: a pixel that did not change is stored the same in
every screenshot, so a change to one colour marks only the pixels of that colour, not the
photographs beside it (docs/designers.md, "Approve screenshots")."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadsheet.preview.regression import (
    CHANGED_RGB,
    HALF_FORM,
    OLD_FORM,
    THRESHOLD,
    compare,
    reduced,
)
from tests.helpers import ARTICLES

#: Photographs nobody here made (Debian wallpaper packages, scikit-image; LICENCES.md).
PHOTOS = ("boats-evening-shore-600.jpg", "brushes-jar.jpg", "marigold.jpg",
          "forest-stream-800.jpg")
#: (ground, body text, accent, accent changed): light as the fixtures' red turned to the blue of
#: tests/browser/test_gallery_regression.py, and dark.
SCHEMES = {"light": ((255, 255, 255), (20, 20, 20), (200, 16, 46), (29, 78, 216)),
           "dark": ((18, 18, 18), (230, 230, 230), (255, 107, 107), (147, 197, 253))}
#: Where the photograph starts (CSS pixels; the text is above it).
PHOTO_TOP = 200


def _page(photo: str, colours: tuple[tuple[int, int, int], ...], accent: int,
          path: Path) -> Path:
    """A 640 px page: six lines of anti-aliased text, every other one in the accent
    (Pillow's own font), over a photograph."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("RGB", (640, PHOTO_TOP + 400), colours[0])
    draw, font = ImageDraw.Draw(page), ImageFont.load_default(size=22)
    for line in range(6):
        draw.text((10, 10 + line * 30), "Breaking news: Storm Isha reaches the coast",
                  font=font, fill=colours[accent] if line % 2 == 0 else colours[1])
    with Image.open(ARTICLES / "images" / photo) as picture:
        page.paste(picture.convert("RGB").resize((640, 400)), (0, PHOTO_TOP))
    page.save(path)
    return path


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("photo", PHOTOS)
def test_a_changed_accent_marks_the_accent_and_nothing_of_the_photograph(
        photo: str, scheme: str, tmp_path: Path) -> None:
    """Before: each baseline had its own 256-colour palette, so recolouring accent text moved
    the palette, and photograph pixels by up to 21 levels, marked as changed (20 to 560
    pixels of these photographs)."""
    from PIL import Image

    colours = SCHEMES[scheme]
    baseline = tmp_path / "approved.png"
    baseline.write_bytes(reduced(_page(photo, colours, 2, tmp_path / "before.png")))
    seen = compare(baseline, reduced(_page(photo, colours, 3, tmp_path / "after.png")),
                   tmp_path / "diff.png")
    assert seen.changed > THRESHOLD, "the accent's change is seen"
    with Image.open(tmp_path / "diff.png") as diff:
        marked = [(x, y) for y in range(PHOTO_TOP, diff.height)
                  for x in range(diff.width) if diff.getpixel((x, y)) == CHANGED_RGB]
    assert marked == [], f"{len(marked)} pixels of the photograph marked, from {marked[0]}"


def test_an_unchanged_page_is_stored_byte_for_byte_the_same(tmp_path: Path) -> None:
    first = reduced(_page(PHOTOS[0], SCHEMES["light"], 2, tmp_path / "a.png"))
    assert reduced(_page(PHOTOS[0], SCHEMES["light"], 2, tmp_path / "b.png")) == first


@pytest.mark.parametrize(("step", "counts"), [(16, False), (17, True), (24, True), (40, True)])
def test_a_colour_moved_by_more_than_the_tolerance_counts_and_within_it_not(
        step: int, counts: bool, tmp_path: Path) -> None:
    """Text turned from one grey to another: 16 levels or fewer never count as changed
    (anti-aliasing); more than 16 always do (a stored channel keeps its 8 bits; when it kept
    5, a move of 17 to 23 could be missed)."""
    from PIL import Image

    for grey in range(0, 256 - step, 5):
        old = tmp_path / "old.png"
        Image.new("RGB", (64, 64), (grey, grey, grey)).save(old)
        new = tmp_path / "new.png"
        Image.new("RGB", (64, 64), (grey + step,) * 3).save(new)
        baseline = tmp_path / "approved.png"
        baseline.write_bytes(reduced(old))
        seen = compare(baseline, reduced(new), tmp_path / "diff.png")
        assert seen.changed == (1.0 if counts else 0.0), (grey, step)


def test_a_gradient_is_stored_without_banding(tmp_path: Path) -> None:
    """Issue 17: baselines were posterised (every channel a multiple of 8), drawing bands
    across the long read's hero gradient. A smooth 640 px gradient is stored pixel for pixel,
    every level of it kept (a 5-bit baseline kept 22 of its 171 reds)."""
    from PIL import Image

    gradient = Image.new("RGB", (640, 48))
    for x in range(640):
        for y in range(48):
            gradient.putpixel((x, y), (30 + x * 170 // 639, 60 + x * 90 // 639, 110 - y))
    source = tmp_path / "gradient.png"
    gradient.save(source)
    stored = tmp_path / "approved.png"
    stored.write_bytes(reduced(source))
    with Image.open(stored) as kept:
        assert kept.mode == "RGB"
        reds = {kept.getpixel((x, 0))[0] for x in range(640)}
        assert len(reds) == 171, f"{len(reds)} levels of red kept"
        assert list(kept.getdata()) == list(gradient.getdata())


def test_a_baseline_in_the_older_palette_form_asks_to_be_approved_again(tmp_path: Path) -> None:
    from PIL import Image

    page = _page(PHOTOS[0], SCHEMES["light"], 2, tmp_path / "page.png")
    baseline = tmp_path / "approved.png"
    with Image.open(page) as image:
        image.convert("RGB").quantize(256).save(baseline)
    assert compare(baseline, reduced(page), tmp_path / "diff.png").note == OLD_FORM
    baseline.write_bytes(reduced(page))
    assert compare(baseline, reduced(page), tmp_path / "diff.png").note == ""


def test_a_half_size_baseline_asks_to_be_approved_again(tmp_path: Path) -> None:
    """Baselines were kept at half size (blurry beside the screenshot now): one still in
    that form is said to be, not only as a change of size."""
    from PIL import Image

    page = _page(PHOTOS[0], SCHEMES["light"], 2, tmp_path / "page.png")
    baseline = tmp_path / "approved.png"
    with Image.open(page) as image:
        image.convert("RGB").reduce(2).save(baseline)
    assert compare(baseline, reduced(page), tmp_path / "diff.png").note == HALF_FORM
    baseline.write_bytes(reduced(page))
    with Image.open(baseline) as kept, Image.open(page) as shot:
        assert kept.size == shot.size, "kept at full size"
    assert compare(baseline, reduced(page), tmp_path / "diff.png").note == ""
