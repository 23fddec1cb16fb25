"""The index in the dark scheme mixed a light crop of a failing fixture's worst violation
with dark thumbnails: the violations' crops are captured in the dark scheme too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from broadsheet.findings import Finding, Outcome
from broadsheet.preview.model import Entry
from tests.helpers import ARTICLES, rendered


def _brightness(path: Path) -> float:
    from PIL import Image, ImageStat

    return float(ImageStat.Stat(Image.open(path).convert("L")).mean[0])


def test_a_violations_crop_is_captured_in_the_dark_scheme_too(auditor: Any,
                                                              tmp_path: Path) -> None:
    from broadsheet.preview.capture import ChromiumCapture

    page = tmp_path / "page.html"
    page.write_text(rendered(ARTICLES / "en-storm-breaking-corrections.json").html, "utf-8")
    violation = Finding("example-rule", Outcome.FAILED, "The headline fails.", target="h1")
    review = Finding("example-review", Outcome.CANT_TELL, "Check the standfirst.",
                     target="article p")
    with ChromiumCapture((320, 1280), auditor=auditor, audit=False) as capture:
        seen = capture.capture(page, tmp_path, [violation, review])
    light = tmp_path / seen.highlights[0]
    dark = tmp_path / Entry.dark_crop(seen.highlights[0])
    assert dark.is_file()
    assert _brightness(dark) < 100 < _brightness(light), "the dark page, not the light one"
    assert not (tmp_path / Entry.dark_crop(seen.highlights[1])).exists(), (
        "only violations: the cards show no review's crop")
