"""Captures without a browser shared by the gallery's tests: each paints flat screenshots
with Pillow and says what a browser would have seen."""

from __future__ import annotations

import shutil
from pathlib import Path

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, Screenshot
from broadsheet.preview.regression import approve
from tests.helpers import ARTICLES

#: The finding :class:`Marked` reports: a violation the browser found on the headline.
MARKED = Finding("colour-contrast-live", Outcome.FAILED, "Text is 2.1:1 on its background",
                 Impact.SERIOUS, Source.BROWSER, target="h1")


class Marked:
    """320 px screenshots in both schemes (``box`` painted black on the light one when set),
    with ``thumbnails`` the index's thumbnails too, and :data:`MARKED`, its element cropped (a 200 × 120 red-framed picture); ``snapshot``,
    the accessibility tree it says the browser exposed (Playwright's YAML)."""

    def __init__(self, snapshot: str | None = None, *, thumbnails: bool = False) -> None:
        self.box: tuple[int, int, int, int] | None = None
        self.snapshot = snapshot
        self.thumbnails = thumbnails

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image, ImageDraw

        (folder / "shots").mkdir(exist_ok=True)
        shots = []
        for scheme, colour in (("light", (255, 255, 255)), ("dark", (20, 20, 20))):
            image = Image.new("RGB", (320, 600), colour)
            if self.box and scheme == "light":
                ImageDraw.Draw(image).rectangle(self.box, fill=(0, 0, 0))
            image.save(folder / "shots" / f"320-{scheme}.png")
            shots.append(Screenshot(320, scheme, f"shots/320-{scheme}.png"))
        crop = Image.new("RGB", (200, 120), (255, 255, 255))
        ImageDraw.Draw(crop).rectangle((10, 10, 189, 109), outline=(212, 53, 28), width=4)
        crop.save(folder / "shots" / "finding-0.png")
        capture = Capture(screenshots=shots, findings=[MARKED], aria_snapshot=self.snapshot,
                          highlights={len(findings): "shots/finding-0.png"})
        if self.thumbnails:  # the index's: the first screen at 1280 px and a phone's
            for name, size in (("thumb", (480, 300)), ("thumb-phone", (160, 285))):
                for scheme, colour in (("light", (240, 240, 236)), ("dark", (24, 24, 28))):
                    Image.new("RGB", size, colour).save(folder / "shots" / f"{name}-{scheme}.png")
            capture.thumbnail, capture.thumbnail_dark = ("shots/thumb-light.png",
                                                         "shots/thumb-dark.png")
            capture.thumbnail_phone, capture.thumbnail_phone_dark = (
                "shots/thumb-phone-light.png", "shots/thumb-phone-dark.png")
        return capture


def marked_gallery(folder: Path, *, changed: bool = True) -> tuple[GalleryBuilder, Path, Path]:
    """The storm fixture captured by :class:`Marked`, approved, then (``changed``) captured
    again with its light screenshot changed: (builder, the fixture, the approved folder);
    the gallery is ``folder / "out"``."""
    fixture = folder / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out, approved, painter = folder / "out", folder / "approved", Marked()
    approve(GalleryBuilder(out, capture=painter).build([fixture]).entries, out, approved)
    builder = GalleryBuilder(out, capture=painter, approved=approved)
    if changed:
        (out / "fixtures" / "storm" / "entry.json").unlink()  # captured again
        painter.box = (0, 0, 159, 299)
    builder.build([fixture])
    return builder, fixture, approved
