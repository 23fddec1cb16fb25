"""How the gallery lists findings: those of one rule grouped with their count and elements,
one severity scale for every source, and quoted page text isolated."""

from __future__ import annotations

import shutil
from pathlib import Path

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, Entry, Screenshot, quoted_parts
from tests.helpers import ARTICLES, parse_html, text_of

LOW = "Text “{}” has a contrast of {}:1 on its background; it needs 4.5:1"


def contrast(text: str, ratio: str, target: str) -> Finding:
    return Finding("text-contrast-minimum", Outcome.FAILED, LOW.format(text, ratio),
                   target=target, impact=Impact.SERIOUS, source=Source.BROWSER)


FINDINGS = [
    Finding("html-lang", Outcome.FAILED, "the page has no language", impact=Impact.MINOR,
            source=Source.STATIC, target="html"),
    contrast("Published", "3.1", "p.dates"),
    Finding("frame-tested", Outcome.CANT_TELL, "check the frame “Map”", source=Source.AXE,
            impact=Impact.CRITICAL, target="iframe"),
    contrast("كلمة", "2.9", "p.caption"),
    Finding("image-alt", Outcome.FAILED, "an image has no text alternative",
            source=Source.AXE, impact=Impact.CRITICAL, target="img.lead"),
    contrast("Photo: Reuters", "4.1", "span.credit"),
    Finding("text-contrast-minimum", Outcome.FAILED, "text over an image cannot be measured",
            source=Source.BROWSER, impact=Impact.SERIOUS, target="figcaption"),
    Finding("landmark-one-main", Outcome.FAILED, "the page has no main landmark",
            source=Source.STATIC, target="body"),  # no impact given
]


def test_findings_of_one_rule_are_one_group_worst_first() -> None:
    entry = Entry("x", "x.json", "{}", findings=list(FINDINGS))
    groups = [(g.first.rule, g.indexes, g.severity) for g in entry.groups()]
    assert groups == [
        ("image-alt", (4,), "critical"),
        ("landmark-one-main", (7,), "serious"),  # a violation without an impact: serious
        # One group per rule (issue 17): four elements, in two kinds of words.
        ("text-contrast-minimum", (1, 3, 5, 6), "serious"),
        ("html-lang", (0,), "minor"),
        ("frame-tested", (2,), "critical"),  # to review: after every violation
    ]


def test_one_severity_scale_counts_every_source() -> None:
    entry = Entry("x", "x.json", "{}", findings=list(FINDINGS))
    assert entry.counts() == {"critical": 1, "serious": 5, "moderate": 0, "minor": 1}


def test_quoted_page_text_is_cut_out_of_a_message() -> None:
    assert quoted_parts("the caption names the credit 'سيغي ساغي'; left out") == [
        ("the caption names the credit '", False), ("سيغي ساغي", True), ("'; left out", False)]
    assert quoted_parts("the page's “عنوان” isn't 3") == [
        ("the page's “", False), ("عنوان", True), ("” isn't 3", False)]


class Finder:
    """A capture without a browser that reports FINDINGS as the browser's."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image

        (folder / "shots").mkdir(exist_ok=True)
        Image.new("RGB", (320, 200), (255, 255, 255)).save(folder / "shots" / "320-light.png")
        return Capture(screenshots=[Screenshot(320, "light", "shots/320-light.png")],
                       findings=[f for f in FINDINGS if f.source is not Source.STATIC])


def test_the_page_shows_a_group_once_with_its_count_and_each_element(tmp_path: Path) -> None:
    fixture = tmp_path / "ar.json"
    shutil.copy(ARTICLES / "ar-local-elections-rtl.json", fixture)
    GalleryBuilder(tmp_path / "out", capture=Finder()).build([fixture])
    page = parse_html((tmp_path / "out" / "fixtures" / "ar" / "index.html").read_text("utf-8"))
    [group] = page.xpath("//ol[@class='finding-list']/li[contains(@class, 'finding--group')]")
    assert group.get("data-count") == "4"
    assert text_of(group.xpath(".//span[@class='finding__count']")[0]) == "on 4 elements"
    members = group.xpath(".//details[@class='finding__members']/ol/li")
    assert [text_of(m.xpath(".//code")[-1]) for m in members] == [
        "p.dates", "p.caption", "span.credit", "figcaption"]
    # Each member's own message where it differs (its quoted text and ratio), the first's
    # above them all.
    assert text_of(group.xpath("p[@class='finding__message']")[0]) == LOW.format(
        "Published", "3.1")
    # Arabic it quotes is a line of its own after the sentence, named in it "(quoted below)".
    assert [text_of(m) for m in group.xpath(".//span[@class='finding__member-message']")] == [
        LOW.replace("“{}”", "(quoted below)").format("2.9") + "كلمة",
        LOW.format("Photo: Reuters", "4.1"), "text over an image cannot be measured"]
    heads = [text_of(p) for p in page.xpath("//ol[@class='finding-list']/li/p[1]")]
    assert heads[0].startswith("✖ violation critical image-alt found by axe-core")


def test_quoted_arabic_in_a_finding_is_isolated_in_the_arabic_fixture(tmp_path: Path) -> None:
    GalleryBuilder(tmp_path / "out").build([ARTICLES / "ar-local-elections-rtl.json"])
    page = parse_html((tmp_path / "out" / "fixtures" / "ar-local-elections-rtl" / "index.html")
                      .read_text("utf-8"))
    messages = page.xpath("//li[@data-rule='render-alt-from-caption']/p[@class='finding__message']")
    assert messages, "the derived-alt finding quotes the Arabic caption"
    [quoted] = messages[0].xpath("bdi")
    assert (quoted.get("lang"), quoted.text) == ("ar", "واجهة مبنى حديث بخطوط منحنية متكررة في مدينة صفاقس")
    outside = (messages[0].text or "") + (quoted.tail or "")
    assert not any("\u0600" <= char <= "\u06ff" for char in outside)
