"""Visual regression in Chromium: a page captured twice compares equal to its approved
screenshots, and a changed colour fails them (docs/designers.md, "Approve screenshots")."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import build_gallery
from tests.helpers import ARTICLES

#: A short fixture with a lead photograph, a kicker, a quote and a byline.
FIXTURE = ARTICLES / "be-political-prisoners-quote.json"
#: The accent (kickers, quote bars, rules) in both schemes, blue instead of red: a change a
#: designer would want to see, touching well under a tenth of the page.
RECOLOURED_ACCENT = (":root { --bs-accent: #1d4ed8; --bs-breaking: #1d4ed8; }\n"
                     "@media (prefers-color-scheme: dark) { :root { --bs-accent: #93c5fd; "
                     "--bs-breaking: #93c5fd; } }\n")


@pytest.fixture(scope="module")
def approved(auditor: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(approved folder, fixture copy): the fixture's screenshots approved."""
    from broadsheet.preview.capture import ChromiumCapture
    from broadsheet.preview.regression import BASELINE_WIDTHS, approve

    folder = tmp_path_factory.mktemp("regression")
    fixture = folder / FIXTURE.name
    shutil.copy(FIXTURE, fixture)
    shutil.copytree(ARTICLES / "images", folder / "images")
    with ChromiumCapture(BASELINE_WIDTHS, auditor=auditor, views=False, audit=False) as capture:
        first = build_gallery([fixture], folder / "first", capture=capture)
    written = approve(first.entries, folder / "first", folder / "approved")
    assert sorted(path.relative_to(folder / "approved").as_posix() for path in written) == [
        f"{FIXTURE.stem}/{name}" for name in sorted(
            f"{width}-{scheme}.png" for width in BASELINE_WIDTHS
            for scheme in ("dark", "light"))]
    return folder / "approved", fixture


def build(auditor: Any, fixture: Path, out: Path, approved: Path, **options: Any) -> Any:
    from broadsheet.preview.capture import ChromiumCapture
    from broadsheet.preview.regression import BASELINE_WIDTHS

    with ChromiumCapture(BASELINE_WIDTHS, auditor=auditor, views=False, audit=False) as capture:
        return build_gallery([fixture], out, capture=capture, approved=approved, **options)


def test_the_same_page_captured_again_matches_its_approved_screenshots_exactly(
        auditor: Any, approved: tuple[Path, Path], tmp_path: Path) -> None:
    """Determinism: a fresh capture (new tab, images and fonts loaded anew) of an unchanged
    page differs from the approved screenshots in no pixel at all."""
    folder, fixture = approved
    report = build(auditor, fixture, tmp_path / "again", folder)
    from broadsheet.preview.regression import BASELINE_WIDTHS

    assert sorted((d.width, d.scheme, d.changed) for d in report.entries[0].differences) == [
        (width, scheme, 0.0) for width in BASELINE_WIDTHS for scheme in ("dark", "light")]
    assert report.regressions == []


def test_a_changed_accent_colour_fails_the_approved_screenshots(
        auditor: Any, approved: tuple[Path, Path], tmp_path: Path) -> None:
    from PIL import Image

    from broadsheet.preview.regression import BASELINE_WIDTHS, CHANGED_RGB

    folder, fixture = approved
    theme = tmp_path / "theme.css"
    theme.write_text(RECOLOURED_ACCENT, "utf-8")
    report = build(auditor, fixture, tmp_path / "changed", folder, stylesheet=theme)
    failed = {(d.width, d.scheme): d for slug, d in report.regressions if slug == fixture.stem}
    assert set(failed) == {(width, scheme) for width in BASELINE_WIDTHS
                           for scheme in ("light", "dark")}
    for difference in failed.values():
        assert difference.threshold < difference.changed < 0.1, "only the accent changed"
        assert difference.diff is not None
        with Image.open(tmp_path / "changed" / "fixtures" / fixture.stem / difference.diff) as diff:
            marked = sum(count for count, colour in diff.convert("RGB").getcolors(1 << 24) or []
                         if colour == CHANGED_RGB)
            assert marked / (diff.width * diff.height) == pytest.approx(difference.changed)
        assert _falsely_marked(folder.parent / "first", tmp_path / "changed", fixture.stem,
                               difference) == 0, "only pixels that changed are marked"


def _falsely_marked(before: Path, after: Path, slug: str, difference: Any) -> int:
    """Pixels the diff marks although the two screenshots, in full colour, differ
    there by no more than the tolerance: before, the lead photograph's (each baseline had
    its own 256-colour palette, moved by the accent's new colour)."""
    from PIL import Image, ImageChops

    from broadsheet.preview.regression import CHANGED_RGB, TOLERANCE

    name = f"shots/{difference.width}-{difference.scheme}.png"
    with (Image.open(before / "fixtures" / slug / name) as first,
          Image.open(after / "fixtures" / slug / name) as second,
          Image.open(after / "fixtures" / slug / difference.diff) as diff):
        def most(one: Any, other: Any) -> Any:  # the largest channel difference
            red, green, blue = ImageChops.difference(one, other).split()
            return ImageChops.lighter(ImageChops.lighter(red, green), blue)

        marked = most(diff.convert("RGB"), Image.new("RGB", diff.size, CHANGED_RGB)).point(
            lambda value: 255 if value == 0 else 0)
        unmoved = most(first.convert("RGB"), second.convert("RGB")).point(
            lambda value: 255 if value <= TOLERANCE else 0)
        return ImageChops.logical_and(marked.convert("1"), unmoved.convert("1")).histogram()[255]


#: Two video players (a lead and a portrait clip in the body), posters shipped, sources on
#: another host (never loaded here), ``preload="metadata"``.
PLAYERS = ARTICLES / "en-council-video-lead.json"


def test_a_page_with_video_players_is_captured_the_same_every_time(
        auditor: Any, tmp_path: Path) -> None:
    """Chromium draws a spinning loading indicator over a player for a moment after load;
    a capture waits for posters and metadata and for the players to be still, so two
    captures differ in no pixel (they differed over both players at every width before)."""
    from PIL import Image, ImageChops

    from broadsheet.preview.capture import ChromiumCapture

    fixture = tmp_path / PLAYERS.name
    shutil.copy(PLAYERS, fixture)
    shutil.copytree(ARTICLES / "images", tmp_path / "images")
    runs = []
    for run in ("first", "second"):
        with ChromiumCapture((375, 1280), auditor=auditor, views=False,
                             audit=False) as capture:
            runs.append(build_gallery([fixture], tmp_path / run, capture=capture))
    shots = [shot.path for shot in runs[0].entries[0].screenshots]
    assert len(shots) == 4
    for name in shots:
        first, second = (Image.open(tmp_path / run / "fixtures" / PLAYERS.stem / name)
                         for run in ("first", "second"))
        with first, second:
            assert first.size == second.size, name
            changed = ImageChops.difference(first.convert("RGB"), second.convert("RGB"))
            assert changed.getbbox() is None, f"{name}: differs in {changed.getbbox()}"
