"""The index grouped by what needs doing: changed looks, violations, to review, clean, and
the fixtures the gallery could not check, with why."""

from __future__ import annotations

import shutil
from pathlib import Path

from broadsheet.errors import BroadsheetError
from broadsheet.findings import Finding, Outcome
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import GROUPS, Capture, Difference, Entry, grouped
from tests.helpers import ARTICLES, parse_html, text_of


def _entry(slug: str, *outcomes: Outcome, changed: float | None = None,
           problems: list[str] | None = None, note: str | None = None) -> Entry:
    return Entry(slug, f"{slug}.json", "{}", headline=slug,
                 findings=[Finding("rule", outcome, "message") for outcome in outcomes],
                 differences=[] if changed is None else [
                     Difference(320, "light", "a.png", "b.png", None, changed, 0.0002)],
                 problems=problems or [], browser_note=note)


def test_entries_are_grouped_by_what_needs_doing_first() -> None:
    entries = [
        _entry("clean"),
        _entry("clean-as-approved", changed=0.0),
        _entry("review", Outcome.CANT_TELL),
        _entry("violation", Outcome.FAILED, Outcome.CANT_TELL),
        _entry("changed-and-violating", Outcome.FAILED, changed=0.01),
        _entry("changed", changed=0.01),
        _entry("broken", problems=["/body/3/level: 7 is greater than the maximum of 6"]),
        _entry("capture-failed", Outcome.FAILED,
               note="browser capture failed: page.html: net::ERR_ABORTED"),
        _entry("no-browser", note="built without a browser: no screenshots"),
    ]
    assert [(group.key, [entry.slug for entry in members])
            for group, members in grouped(entries)] == [
        ("regressions", ["changed-and-violating", "changed"]),
        ("violations", ["violation"]),
        ("review", ["review"]),
        ("clean", ["clean", "clean-as-approved", "no-browser"]),
        ("unchecked", ["broken", "capture-failed"]),
    ]
    assert [group.key for group in GROUPS] == [
        "regressions", "violations", "review", "clean", "unchecked"]


class FailsFor:
    """A capture that fails for one fixture (as Chromium does on a page that will not
    load) and captures nothing for the others."""

    def __init__(self, slug: str) -> None:
        self.slug = slug

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        if folder.name == self.slug:
            raise BroadsheetError(f"{page}: Timeout 30000ms exceeded")
        return Capture()


def test_the_index_lists_groups_in_order_and_says_why_a_fixture_was_not_checked(
        tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    for name in ("en-storm-breaking-corrections", "fa-podcast-inflation-audio"):
        shutil.copy(ARTICLES / f"{name}.json", fixtures)
    (fixtures / "broken.json").write_text('{"format": "broadsheet.article/1", "id": 3}')
    report = GalleryBuilder(tmp_path / "out", capture=FailsFor("fa-podcast-inflation-audio")
                            ).build([fixtures])
    index = parse_html(report.index.read_text("utf-8"))
    sections = index.xpath("//section[contains(@class, 'group')]")
    keys = [section.get("data-group") for section in sections]
    assert keys == [group.key for group in GROUPS if group.key in keys]
    assert keys[-1] == "unchecked"
    unchecked = sections[-1]
    assert text_of(unchecked.xpath(".//h2")[0]) == "Could not be checked (2)"
    cards = unchecked.xpath(".//li[contains(@class, 'card')]")
    assert [card.xpath(".//h3//a/@href")[0] for card in cards] == [
        "fixtures/broken/index.html", "fixtures/fa-podcast-inflation-audio/index.html"]
    assert "Could not render" in text_of(cards[0])
    why = text_of(cards[1].xpath(".//p[contains(@class, 'card__why')]")[0])
    assert why.startswith("Why it is here: The browser's checks and screenshots failed: ")
    assert why.endswith("Timeout 30000ms exceeded")
    # Every card is in exactly one group, and the summary links each group with its count.
    assert len(index.xpath("//li[contains(@class, 'card')]")) == 3
    links = index.xpath("//nav[contains(@class, 'groups-nav')]//a")
    assert [link.get("href") for link in links] == [f"#group-{key}" for key in keys]
    assert text_of(links[-1]) == "Could not be checked (2)", "the group's name, then its count"


def test_a_live_blog_s_card_is_tagged_live_whatever_its_genre(tmp_path: Path) -> None:
    """A genre other than news is said over the card's pictures (a live blog is one,
    whatever its genre); news, the usual, is not said on every card."""
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    for name in ("en-live-storm-isha", "en-storm-breaking-corrections"):
        shutil.copy(ARTICLES / f"{name}.json", fixtures)
    report = GalleryBuilder(tmp_path / "out", capture=FailsFor("none")).build([fixtures])
    index = parse_html(report.index.read_text("utf-8"))
    said = {card.xpath(".//h3//a/@href")[0].split("/")[1]:
            text_of(card.xpath(".//span[@class='card__lang']")[0])
            for card in index.xpath("//li[contains(@class, 'card')]")}
    assert said == {"en-live-storm-isha": "English · Live blog",
                    "en-storm-breaking-corrections": "English"}
