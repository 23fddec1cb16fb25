"""The contrast report lists what fails first, then near misses, then text on pictures to
judge by eye; the pairs that pass are folded (the blind review: passing pairs came first,
sorted by ratio, so a large heading at 3.6:1 stood above body text failing at 4.1:1)."""

from __future__ import annotations

import shutil
from pathlib import Path

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, ContrastPair, Entry
from tests.helpers import ARTICLES, parse_html, text_of

#: Sorted as the capture sorts them: lowest ratio first, those on pictures last.
PAIRS = [
    ContrastPair("light", "#777777", "#ffffff", 3.6, True, 1, "Heading"),  # large: passes
    ContrastPair("light", "#808080", "#ffffff", 4.1, False, 3, "Body"),  # fails
    ContrastPair("dark", "#767676", "#ffffff", 4.6, False, 2, "Caption"),  # near miss
    ContrastPair("light", "#111111", "#ffffff", 18.9, False, 40, "Text"),  # passes
    ContrastPair("light", "#ffffff", "", None, False, 1, "Over a photo"),  # by eye
]


def test_failures_come_first_then_near_misses_then_by_eye_then_passes() -> None:
    groups = Entry("x", "x.json", "{}", contrast=PAIRS).contrast_groups()
    assert [(key, [pair.example for pair in pairs]) for key, _, pairs in groups] == [
        ("fails", ["Body"]), ("near", ["Caption"]), ("eye", ["Over a photo"]),
        ("passes", ["Heading", "Text"])]


class Pairs:
    """A capture without a browser that finds :data:`PAIRS`."""

    def capture(self, page: Path, folder: Path, findings: list[object]) -> Capture:
        return Capture(contrast=list(PAIRS))


def test_the_page_lists_failures_first_and_folds_the_passes(tmp_path: Path) -> None:
    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    GalleryBuilder(tmp_path / "out", capture=Pairs()).build([fixture])
    page = parse_html((tmp_path / "out" / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    [panel] = page.xpath("//section[@aria-labelledby='contrast']")
    rows = [(row.get("class"), text_of(row.xpath("td[@data-label='For example']")[0]))
            for row in panel.xpath(".//table[@class='contrast']/tbody/tr")]
    assert rows == [("contrast--fails", "Body"), ("contrast--near", "Caption"),
                    ("contrast--eye", "Over a photo"), ("contrast--passes", "Heading"),
                    ("contrast--passes", "Text")]
    headings = [text_of(h) for h in panel.xpath(".//h3")]
    assert headings == ["Below WCAG (1)", "Near misses: pass by less than 10% (1)",
                        "On an image or gradient: check by eye (1)"]
    [folded] = panel.xpath(".//details[contains(@class, 'contrast-passes')]")
    assert folded.get("open") is None, "the passes are folded when anything else is listed"
    assert text_of(folded.xpath("summary")[0]) == "2 pairs that pass"
    assert "just passes 4.5:1" in text_of(panel.xpath(".//tr[@class='contrast--near']")[0])


def test_text_on_a_picture_says_why_it_has_no_ratio(tmp_path: Path) -> None:
    """Round 42's review: the Ratio of a pair on an image or gradient was an empty field."""
    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    GalleryBuilder(tmp_path / "out", capture=Pairs()).build([fixture])
    page = parse_html((tmp_path / "out" / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    [row] = page.xpath("//tr[@class='contrast--eye']")
    assert text_of(row.xpath("td[@data-label='Ratio']")[0]) == \
        "none: the colour behind varies (needs 4.5:1)"
