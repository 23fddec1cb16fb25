"""Visual regression: screenshots compared with approved baselines, pixel by pixel (Pillow).

Baselines are the screenshots at :data:`BASELINE_WIDTHS` (or the widths chosen), light and
dark, each at full size (one pixel a CSS pixel, sharp beside the screenshot now) and
lossless: every colour channel whole (:data:`BITS`), PNG-optimised
(``fixtures/approved/<fixture>/<width>-<scheme>.png``); a screenshot is compared in the
same form. Nothing is chosen per image (no palette, no reduction), so a pixel that did not
change is stored the same: an unchanged page compares equal byte for byte, and a changed
accent colour marks the accent, not the photographs beside it. A fixture is compared at the
widths it has baselines for."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from broadsheet.errors import BroadsheetError
from broadsheet.preview.files import copy_file, save_image, write_bytes, write_text
from broadsheet.preview.model import WIDTHS, Difference, Entry

#: Where baselines live by default (relative to the working folder).
APPROVED = Path("fixtures/approved")
#: A pixel has changed when a stored colour channel moved by more than this (0-255): a move
#: of 16 or less never counts, one of more than 16 always does (baselines are lossless).
TOLERANCE = 16
#: The bits of each colour channel a baseline keeps: all 8. Baselines cut to 5 bits (steps of
#: 8) showed bands across the long read's hero gradient that the page does not have (issue 17,
#: the gallery's review: "approved baselines are posterised"); whole channels about double a
#: baseline (two fixtures' 16: 4.6 -> 9.6 MB as PNG; lossless WebP would be 5.2 MB).
BITS = 8
#: A screenshot fails when more than this share of its pixels changed: 1 in 5,000. A capture
#: of an unchanged page changes none; the fixtures' accent colour turned blue changes 0.05%
#: of a 1280 px screenshot (tests/browser/test_gallery_regression.py).
THRESHOLD = 0.0002
#: Changed pixels in a diff image: magenta, a colour no page here uses, over the new
#: screenshot faded.
CHANGED_RGB = (255, 0, 255)
#: The widths approved by default: every width captured.
BASELINE_WIDTHS = WIDTHS


def approve_widths(text: str) -> tuple[int, ...]:
    """``--approve-widths``: comma-separated widths, each one the gallery captures, in
    increasing order; :class:`ValueError` naming what is wrong."""
    widths = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) not in WIDTHS:
            allowed = ", ".join(map(str, WIDTHS))
            raise ValueError(f"{part or '(empty)'!r} is not a width the gallery captures "
                             f"({allowed}); give some of them separated by commas, e.g. "
                             "320,1280")
        if int(part) in widths:
            raise ValueError(f"{part} is given twice")
        widths.append(int(part))
    return tuple(sorted(widths))


#: The colour schemes approved by default: both.
BASELINE_SCHEMES = ("light", "dark")


def approve_schemes(text: str) -> tuple[str, ...]:
    """``--approve-schemes``: ``light``, ``dark`` or both, comma-separated;
    :class:`ValueError` naming what is wrong."""
    schemes = [part.strip() for part in text.split(",")]
    for part in schemes:
        if part not in BASELINE_SCHEMES:
            raise ValueError(f"{part or '(empty)'!r} is not a colour scheme: give light, dark "
                             "or light,dark")
    if len(set(schemes)) != len(schemes):
        raise ValueError("a scheme is given twice")
    return tuple(scheme for scheme in BASELINE_SCHEMES if scheme in schemes)


def approved_widths(approved_dir: Path) -> tuple[int, ...]:
    """Every width some fixture in ``approved_dir`` has a baseline at (``<width>-…png``)."""
    found = {int(name.stem.split("-", 1)[0]) for name in approved_dir.glob("*/*-*.png")
             if name.stem.split("-", 1)[0].isdigit()}
    return tuple(sorted(found))


def _require_pillow() -> None:
    try:
        import PIL  # noqa: F401
    except ImportError as error:
        raise BroadsheetError("visual regression needs Pillow: pip install "
                              "'broadsheet[preview]'") from error


def reduced(path: Path) -> bytes:
    """The baseline form of a screenshot: full size, RGB, lossless (every channel's
    :data:`BITS` bits), as PNG bytes."""
    import io

    _require_pillow()
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
    out = io.BytesIO()
    rgb.save(out, format="PNG", optimize=True)
    return out.getvalue()


#: Space kept around the changed area in its close-ups (baseline pixels: CSS px).
REGION_MARGIN = 48


def _save_regions(images: tuple[Any, Any, Any], box: tuple[int, int, int, int],
                  paths: tuple[Path, Path, Path]) -> None:
    """The changed area (``box``, with a margin) cut from each image, as PNG."""

    width, height = images[0].size
    left, top, right, bottom = box
    area = (max(0, left - REGION_MARGIN), max(0, top - REGION_MARGIN),
            min(width, right + REGION_MARGIN), min(height, bottom + REGION_MARGIN))
    for image, path in zip(images, paths, strict=True):
        save_image(image.crop(area), path, format="PNG")


#: Changed pixels closer than this (baseline pixels: CSS px) are boxed together in the viewer.
BOX_CELL = 24
#: Boxes drawn at most: past it, changes are grouped in cells twice as large, and so on.
MAX_BOXES = 12

Box = tuple[int, int, int, int]


def changed_boxes(mask: Any) -> tuple[Box, ...]:
    """The separate changed regions of ``mask`` (a Pillow "L" image, 255 where a pixel
    changed) as boxes (left, top, right, bottom), top to bottom: the mask is cut into
    :data:`BOX_CELL` squares and touching changed squares are one region; with more than
    :data:`MAX_BOXES` regions, the squares are doubled until there are no more (near
    changes join; far ones stay apart)."""
    cell = BOX_CELL
    while True:
        boxes = _regions(mask, cell)
        if len(boxes) <= MAX_BOXES:
            return boxes
        cell *= 2


def _regions(mask: Any, cell: int) -> tuple[Box, ...]:

    width, height = mask.size
    columns, rows = -(-width // cell), -(-height // cell)
    cells = mask.reduce(cell)  # exact cell × cell blocks (the last ones partial)
    data = cells.load()
    todo = {(x, y) for y in range(rows) for x in range(columns) if data[x, y]}
    found: list[Box] = []
    while todo:
        stack = [todo.pop()]
        left, top, right, bottom = stack[0][0], stack[0][1], stack[0][0], stack[0][1]
        while stack:
            x, y = stack.pop()
            left, top, right, bottom = min(left, x), min(top, y), max(right, x), max(bottom, y)
            for near in ((x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                if near in todo:
                    todo.remove(near)
                    stack.append(near)
        found.append((left * cell, top * cell, min(width, (right + 1) * cell),
                      min(height, (bottom + 1) * cell)))
    return tuple(sorted(found, key=lambda box: (box[1], box[0])))


@dataclass(frozen=True, slots=True)
class Comparison:
    """What :func:`compare` found."""

    changed: float  # share of pixels changed
    drawn: bool  # whether a diff image was written
    note: str  # on a change of size
    size: tuple[int, int]  # the size compared (the larger of the two)
    boxes: tuple[Box, ...]  # the separate changed regions


#: Said of a baseline stored in the older 256-colour form (a palette per image).
OLD_FORM = ("approved in the older 256-colour form, whose photographs can show changes that "
            "are not there: approve again")

#: Said of a baseline stored at half size (before baselines were kept at full size).
HALF_FORM = "approved at half size, the older form: approve again"


def compare(approved: Path, current: bytes, diff_path: Path,
            regions: tuple[Path, Path, Path] | None = None) -> Comparison:
    """The approved screenshot and the current one compared pixel by pixel; with
    ``regions``, the changed area is also cut from the approved, current and diff images
    into those files."""
    import io

    from PIL import Image, ImageChops

    with Image.open(approved) as before_file, Image.open(io.BytesIO(current)) as after_file:
        before, after = before_file.convert("RGB"), after_file.convert("RGB")
        notes = [OLD_FORM] if before_file.mode == "P" else []
    if before.width == (after.width + 1) // 2 and before.width != after.width:
        notes.append(HALF_FORM)
    elif before.size != after.size:
        notes.append(f"size changed from {before.width}×{before.height} to "
                     f"{after.width}×{after.height} px")
    note = "; ".join(notes)
    width, height = max(before.width, after.width), max(before.height, after.height)
    canvas_before = Image.new("RGB", (width, height), (255, 0, 255))
    canvas_after = Image.new("RGB", (width, height), (0, 255, 0))
    canvas_before.paste(before)
    canvas_after.paste(after)
    difference = ImageChops.difference(canvas_before, canvas_after)
    mask = Image.merge("RGB", [band.point(lambda v: 255 if v > TOLERANCE else 0)
                               for band in difference.split()]).convert("L").point(
        lambda v: 255 if v else 0)
    changed = mask.histogram()[255] / (width * height)
    if not changed:
        return Comparison(0.0, False, note, (width, height), ())
    faded = Image.blend(canvas_after.convert("L").convert("RGB"),
                        Image.new("RGB", (width, height), (255, 255, 255)), 0.7)
    shown = Image.composite(Image.new("RGB", (width, height), CHANGED_RGB), faded, mask)
    save_image(shown, diff_path, format="PNG")
    box = mask.getbbox()
    if regions is not None and box is not None:
        _save_regions((canvas_before, canvas_after, shown), box, regions)
    return Comparison(changed, True, note, (width, height), changed_boxes(mask))


#: How comparisons are made and stored (``differences.json``): a new one redoes them.
COMPARISON = 5


def _digest(*files: Path) -> str:
    digest = hashlib.sha256(f"{COMPARISON} {BITS} {TOLERANCE} {THRESHOLD} {BOX_CELL} {MAX_BOXES}"
                            .encode())
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()


def differences(entry: Entry, folder: Path, approved_dir: Path) -> list[Difference]:
    """Each screenshot of ``entry`` that has a baseline, compared with it; the baseline and
    the reduced screenshot are put beside the page (``shots/approved-…``, ``shots/now-…``).
    A comparison of the same two files as last time is reused (``differences.json``)."""
    found: list[Difference] = []
    baselines = approved_dir / entry.slug
    if not baselines.is_dir():
        return found
    memo_file = folder / "differences.json"
    try:
        memo = {key: Difference(**{
            **value, "regions": tuple(value["regions"]) if value.get("regions") else None,
            "size": tuple(value["size"]) if value.get("size") else None,
            "boxes": tuple(tuple(box) for box in value.get("boxes", ()))})
                for key, value in json.loads(memo_file.read_text("utf-8")).items()}
    except (OSError, ValueError, TypeError, AttributeError):
        memo = {}
    kept: dict[str, Difference] = {}
    for shot in entry.screenshots:
        baseline = baselines / f"{shot.width}-{shot.scheme}.png"
        if not baseline.is_file():
            continue
        stem = f"{shot.width}-{shot.scheme}"
        approved, now, diff = (f"shots/approved-{stem}.png", f"shots/now-{stem}.png",
                               f"shots/diff-{stem}.png")
        key = _digest(baseline, folder / shot.path)
        known = memo.get(key)
        if known is not None and (known.regions or not known.diff) and all(
                (folder / name).is_file() for name in (
                    known.approved, known.current, *([known.diff] if known.diff else []),
                    *(known.regions or ()))):
            found.append(kept.setdefault(key, known))
            continue
        copy_file(baseline, folder / approved)
        current = reduced(folder / shot.path)
        write_bytes(folder / now, current)
        regions = (f"shots/approved-area-{stem}.png", f"shots/now-area-{stem}.png",
                   f"shots/diff-area-{stem}.png")
        for name in (diff, *regions):
            (folder / name).unlink(missing_ok=True)
        seen = compare(baseline, current, folder / diff, (
            folder / regions[0], folder / regions[1], folder / regions[2]))
        found.append(kept.setdefault(key, Difference(
            shot.width, shot.scheme, approved, now, diff if seen.drawn else None,
            seen.changed, THRESHOLD, seen.note,
            regions if (folder / regions[0]).is_file() else None, seen.size, seen.boxes)))
    write_text(memo_file, json.dumps({key: asdict(value) for key, value in kept.items()}))
    return found


#: Beside the baselines: the browser build that drew them. Pixels are only comparable when
#: drawn by the same build, so the suite compares only then (and says so otherwise).
BROWSER_FILE = "browser.txt"


def approved_browser(approved_dir: Path) -> str | None:
    """The browser build (e.g. ``Chromium 131.0.6778.139``) the baselines were drawn by."""
    try:
        return (approved_dir / BROWSER_FILE).read_text("utf-8").strip() or None
    except OSError:
        return None


def approve(entries: Iterable[Entry], gallery: Path, approved_dir: Path,
            browser: str | None = None,
            widths: tuple[int, ...] = BASELINE_WIDTHS,
            schemes: tuple[str, ...] = BASELINE_SCHEMES) -> list[Path]:
    """Make the current screenshots of these entries at ``widths`` in ``schemes`` the
    approved baselines, each written whole (baselines at other widths and schemes are
    kept); ``browser`` names the build that drew them (kept in :data:`BROWSER_FILE`)."""
    written: list[Path] = []
    if browser:
        approved_dir.mkdir(parents=True, exist_ok=True)
        write_text(approved_dir / BROWSER_FILE, browser + "\n")
    for entry in entries:
        folder = gallery / "fixtures" / entry.slug
        for shot in entry.screenshots:
            if shot.width not in widths or shot.scheme not in schemes:
                continue
            target = approved_dir / entry.slug / f"{shot.width}-{shot.scheme}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(target, reduced(folder / shot.path))
            written.append(target)
    return written
