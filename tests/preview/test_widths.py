"""Baselines at 320, 375, 768 and 1280 px, light and dark; ``--approve-widths`` chooses; old
baselines (320 and 1280 only) still compare at the widths they have."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from broadsheet.cli import main
from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import WIDTHS, Capture, Screenshot, widths_in_words
from broadsheet.preview.regression import approve, approved_widths
from tests.helpers import ARTICLES, ROOT


class EveryWidth:
    """A capture without a browser: a flat screenshot per width and scheme, each as tall as
    a page (``dark``: the dark ones darker), one black box when asked."""

    def __init__(self) -> None:
        self.box: tuple[int, int, int, int] | None = None

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image, ImageDraw

        (folder / "shots").mkdir(exist_ok=True)
        found = Capture()
        for scheme, colour in (("light", (250, 250, 250)), ("dark", (20, 20, 30))):
            for width in WIDTHS:
                image = Image.new("RGB", (width, 600), colour)
                if self.box:
                    ImageDraw.Draw(image).rectangle(self.box, fill=(200, 0, 0))
                name = f"shots/{width}-{scheme}.png"
                image.save(folder / name)
                found.screenshots.append(Screenshot(width, scheme, name))
        return found


@pytest.fixture
def fixture(tmp_path: Path) -> Path:
    path = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", path)
    return path


def test_every_width_is_captured_and_approved_light_and_dark(tmp_path: Path,
                                                             fixture: Path) -> None:
    from PIL import Image

    assert WIDTHS == (320, 375, 768, 1280)
    out, approved = tmp_path / "out", tmp_path / "approved"
    report = GalleryBuilder(out, capture=EveryWidth()).build([fixture])
    written = approve(report.entries, out, approved)
    assert sorted(path.name for path in written) == sorted(
        f"{width}-{scheme}.png" for width in WIDTHS for scheme in ("light", "dark"))
    for width in WIDTHS:  # full size, in full colour (cut to 5 bits a channel)
        with Image.open(approved / "storm" / f"{width}-light.png") as image:
            assert (image.size, image.mode) == ((width, 600), "RGB")
    compared = GalleryBuilder(out, capture=EveryWidth(), approved=approved).build([fixture])
    assert sorted((d.width, d.scheme) for d in compared.entries[0].differences) == sorted(
        (width, scheme) for width in WIDTHS for scheme in ("light", "dark"))


def test_baselines_at_the_old_widths_compare_at_the_widths_they_have(
        tmp_path: Path, fixture: Path) -> None:
    out, approved = tmp_path / "out", tmp_path / "approved"
    painter = EveryWidth()
    report = GalleryBuilder(out, capture=painter).build([fixture])
    approve(report.entries, out, approved, widths=(320, 1280))  # as fixtures/approved/ is
    assert approved_widths(approved) == (320, 1280)
    (out / "fixtures" / "storm" / "entry.json").unlink()  # captured again, now changed
    painter.box = (0, 0, 200, 300)
    changed = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    assert sorted((d.width, d.scheme, d.failed) for d in changed.entries[0].differences) == [
        (320, "dark", True), (320, "light", True), (1280, "dark", True),
        (1280, "light", True)]
    page = (out / "fixtures" / "storm" / "index.html").read_text("utf-8")
    assert "4 of 4 screenshots changed" in page


@pytest.mark.parametrize(("given", "said"), [
    ("321", "'321' is not a width the gallery captures (320, 375, 768, 1280)"),
    ("320,,1280", "'(empty)' is not a width"),
    ("320,wide", "'wide' is not a width"),
    ("375,375", "375 is given twice"),
])
def test_approve_widths_rejects_what_is_not_a_captured_width(
        given: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["preview", str(ARTICLES), "--out", str(tmp_path), "--approve",
              f"--approve-widths={given}"])
    assert ended.value.code == 2
    error = capsys.readouterr().err
    assert "--approve-widths" in error
    assert said in error
    assert not (tmp_path / "index.html").exists()


def test_approve_widths_needs_approve(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", str(ARTICLES), "--out", str(tmp_path), "--no-browser",
                 "--approve-widths", "320"]) == 2
    assert "give --approve too" in capsys.readouterr().err


#: What designers read about the gallery (README's designer section is in README.md).
DESIGNER_DOCS = ("README.md", "docs/designers.md", "docs/guide/designers.md")
#: A list of widths in prose: "320, 375, 768 and 1280 px", "320 px (a small phone), 375 px
#: (…) and 1280 px", each number three or four digits.
_WIDTH = r"\d{3,4}(?: px)?(?: \([^()]*\))?"
WIDTH_LIST = re.compile(rf"\b{_WIDTH}(?:(?:, |,? and ){_WIDTH})+")


def _width_lists(text: str) -> list[tuple[int, ...]]:
    text = " ".join(text.split())
    return [tuple(int(number) for number in re.findall(r"\b\d{3,4}\b",
                                                        re.sub(r"\([^()]*\)", "", found)))
            for found in WIDTH_LIST.findall(text)]


@pytest.mark.parametrize("name", DESIGNER_DOCS)
def test_designer_docs_name_the_widths_the_gallery_captures(name: str) -> None:
    """Every list of screenshot widths in what designers read is :data:`WIDTHS` (README
    said 320, 768 and 1280 after 375 was added); the live page's switch offers those too
    (1024, offered once, was captured nowhere)."""
    lists = _width_lists((ROOT / name).read_text("utf-8"))
    assert lists, f"{name} names no widths"
    assert [found for found in lists if found != WIDTHS] == []


def test_the_width_lists_are_found_in_prose() -> None:
    assert _width_lists("screenshots at 320, 768 and\n1280 px; 320 px (a phone), 375 px (a "
                        "phone) and 1280 px (a laptop); --approve-widths 320,1280") == [
        (320, 768, 1280), (320, 375, 1280)]


@pytest.mark.parametrize(("widths", "words"), [
    ((320,), "320"), ((320, 1280), "320 and 1280"), ((320, 375, 768, 1280), "320, 375, 768 and 1280")])
def test_widths_in_words(widths: tuple[int, ...], words: str) -> None:
    """As the command's help and the gallery's pages say them."""
    assert widths_in_words(widths) == words


def test_every_live_width_has_its_frame_width_in_the_stylesheet() -> None:
    """Each width the live page's switch offers sets the frame's width in CSS (375 px had
    none once Fill became the default, so choosing it laid the page out at the stage's
    width: 304 px in a 375 px window)."""
    css = (ROOT / "src/broadsheet/preview/static/gallery.css").read_text("utf-8")
    missing = [width for width in WIDTHS
               if f'.panel:has(input[value="{width}"]:checked) .preview-frame '
                  f'{{ inline-size: {width}px; }}' not in css]
    assert missing == []
