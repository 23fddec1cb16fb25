"""The diff viewer of a changed screenshot: approved and now side by side (the page without
script), each changed region boxed on both; slider and onion-skin controls for script."""

from __future__ import annotations

import shutil
from pathlib import Path

from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, Screenshot
from broadsheet.preview.regression import MAX_BOXES, approve, changed_boxes
from tests.helpers import ARTICLES, parse_html, text_of


class Boxes:
    """A capture without a browser: a white 320 × 800 page with black rectangles."""

    def __init__(self) -> None:
        self.boxes: list[tuple[int, int, int, int]] = []

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image, ImageDraw

        (folder / "shots").mkdir(exist_ok=True)
        image = Image.new("RGB", (320, 800), (255, 255, 255))
        for box in self.boxes:
            ImageDraw.Draw(image).rectangle(box, fill=(0, 0, 0))
        image.save(folder / "shots" / "320-light.png")
        return Capture(screenshots=[Screenshot(320, "light", "shots/320-light.png")])


def _mask(size: tuple[int, int], *boxes: tuple[int, int, int, int]):
    from PIL import Image, ImageDraw

    mask = Image.new("L", size, 0)
    for box in boxes:
        ImageDraw.Draw(mask).rectangle(box, fill=255)
    return mask


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    """Whether box ``inner`` (left, top, right, bottom) lies within ``outer``."""
    return all((outer[0] <= inner[0], outer[1] <= inner[1], outer[2] >= inner[2],
                outer[3] >= inner[3]))


def test_separate_changes_are_separate_boxes_and_near_ones_one() -> None:
    mask = _mask((160, 400), (10, 10, 30, 20), (34, 12, 40, 18), (100, 300, 120, 330))
    boxes = changed_boxes(mask)
    assert len(boxes) == 2, boxes  # the two near rectangles are one region
    (first, second) = boxes
    assert _inside((10, 10, 41, 19), first)
    assert first[2] < 100, "the far change is not inside the first box"
    assert _inside((100, 300, 121, 331), second)
    assert changed_boxes(_mask((160, 400))) == ()


def test_many_small_changes_are_at_most_max_boxes() -> None:
    scattered = [(x, y, x + 2, y + 2) for x in range(0, 160, 40) for y in range(0, 400, 40)]
    boxes = changed_boxes(_mask((160, 400), *scattered))
    assert 0 < len(boxes) <= MAX_BOXES
    for x, y, right, bottom in scattered:  # every change is inside some box
        assert any(_inside((x, y, right, bottom), box) for box in boxes)


def test_many_changes_in_two_places_are_two_boxes_not_one_around_both() -> None:
    """Past :data:`MAX_BOXES`, near changes join; the unchanged stretch between two groups
    of changes is in no box (one box around everything would point at it too)."""
    dots = [(x, y, x + 1, y + 1) for x in range(0, 160, 30) for y in (0, 30, 300, 330)]
    boxes = changed_boxes(_mask((160, 400), *dots))
    assert 2 <= len(boxes) <= MAX_BOXES, boxes
    assert all(box[3] <= 100 or box[1] >= 250 for box in boxes), boxes


def test_a_changed_screenshot_is_shown_side_by_side_with_its_regions_boxed(
        tmp_path: Path) -> None:
    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved, painter = tmp_path / "out", tmp_path / "approved", Boxes()
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    (out / "fixtures" / "storm" / "entry.json").unlink()
    painter.boxes = [(20, 40, 100, 80), (200, 600, 300, 700)]  # two separate changes
    report = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    [difference] = report.entries[0].differences
    assert difference.size == (320, 800)
    assert len(difference.boxes) == 2
    page = parse_html((out / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    [viewer] = page.xpath("//div[@data-compare='320-light']")
    sides = viewer.xpath(".//figure[contains(@class, 'compare__side')]")
    assert [text_of(side.xpath("figcaption")[0]) for side in sides] == ["Approved", "Now"]
    for side, image in zip(sides, ("shots/approved-320-light.png", "shots/now-320-light.png"),
                           strict=True):
        [svg] = side.xpath("*[local-name()='svg']")
        assert svg.get("viewBox") == "0 0 320 800"
        assert svg.get("role") == "img"
        assert svg.get("aria-label").endswith("2 changed regions boxed")
        assert svg.xpath("*[local-name()='image']/@href") == [image]
        rects = [tuple(int(r.get(k)) for k in ("x", "y", "width", "height"))
                 for r in svg.xpath("*[local-name()='rect']")]
        # The changes at full size, each inside a box.
        assert len(rects) == 2
        for (left, top, right, bottom), (x, y, w, h) in zip(
                ((20, 40, 100, 80), (200, 600, 300, 700)), rects, strict=True):
            assert _inside((left, top, right, bottom), (x, y, x + w, y + h))
    # Without script: side by side only; the mode switches and sliders are hidden.
    assert viewer.xpath(".//fieldset[contains(@class, 'compare__modes')]/@hidden") == [""]
    assert len(viewer.xpath(".//p[contains(@class, 'compare__control')][@hidden]")) == 3
    labels = [text_of(label) for label in viewer.xpath(".//fieldset//label")]
    assert labels == ["Side by side", "Slider", "Onion skin", "Difference"]
