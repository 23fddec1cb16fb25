"""The fixture page laid out as a designer's workbench (issue 17, Gallery v2): the live
page first, its checks in tabs below; comparison and approval always shown; findings
that say each thing once; RTL titles marked; players in the screen-reader transcript."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.announce import announcements
from broadsheet.preview.outline import clock, players
from tests.helpers import ARTICLES, parse_html, text_of
from tests.preview.captures import Marked

PODCAST = "fa-podcast-inflation-audio"
VIDEO = "en-council-video-lead"


def _said(slug: str) -> list[str]:
    return [str(line) for line in announcements(
        (ARTICLES / f"{slug}.aria.yml").read_text("utf-8"),
        players((ARTICLES / f"{slug}.golden.html").read_text("utf-8")))]


def test_an_audio_player_is_said_inside_its_figure_with_its_length() -> None:
    """Playwright's snapshot has no line for <audio>; a screen reader says "audio" and its
    name on reaching it, and the page gives its length (PT24M30S)."""
    said = _said(PODCAST)
    figure = said.index("figure, گفت\u200cوگو، قسمت ۴۷: زندگی با تورم")
    assert said[figure + 1] == "audio, گفت\u200cوگو، قسمت ۴۷: زندگی با تورم, 24:30"
    assert sum(line.startswith("audio") for line in said) == 1


def test_each_video_player_is_said_in_its_own_figure() -> None:
    said = _said(VIDEO)
    videos = [line for line in said if line.startswith("video, ")]
    assert videos == ["video, Campaigners and councillors on the library closures, 2:48",
                      "video, Cllr Mark Ellis explains the budget in 60 seconds, 1:00"]
    for line in videos:
        name = line.split(", ")[1]
        assert said[said.index(line) - 1] == f"figure, {name}"


def test_a_player_hidden_from_assistive_technology_is_not_said() -> None:
    html = ('<main><figure aria-label="Clip"><video controls aria-hidden="true" '
            'aria-label="Clip"></video></figure><audio controls aria-label="Radio"></audio>'
            "</main>")
    assert [(p.kind, p.name, p.figure) for p in players(html)] == [("audio", "Radio", "")]


@pytest.mark.parametrize(("duration", "shown"), [
    ("PT24M30S", "24:30"), ("PT1M", "1:00"), ("PT1H2M5S", "1:02:05"), ("PT45S", "0:45"),
    ("P", ""), ("24 minutes", ""), ("", "")])
def test_a_duration_is_shown_as_a_player_shows_it(duration: str, shown: str) -> None:
    assert clock(duration) == shown


def test_the_gallery_transcript_says_the_audio_player(tmp_path: Path) -> None:
    fixture = tmp_path / f"{PODCAST}.json"
    shutil.copy(ARTICLES / f"{PODCAST}.json", fixture)
    snapshot = (ARTICLES / f"{PODCAST}.aria.yml").read_text("utf-8")
    GalleryBuilder(tmp_path / "out", capture=Marked(snapshot)).build([fixture])
    page = parse_html((tmp_path / "out" / "fixtures" / PODCAST / "index.html")
                      .read_text("utf-8"))
    lines = [text_of(li) for li in page.iterfind(".//ol[@class='spoken']/li")]
    assert "audio, گفت\u200cوگو، قسمت ۴۷: زندگی با تورم, 24:30" in lines


def _page(out: Path, slug: str) -> Any:
    return parse_html((out / "fixtures" / slug / "index.html").read_text("utf-8"))


@pytest.fixture(scope="module")
def unchanged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gallery of the storm fixture, approved and captured again unchanged."""
    from tests.preview.captures import marked_gallery

    folder = tmp_path_factory.mktemp("unchanged")
    marked_gallery(folder, changed=False)
    return folder / "out"


def test_the_live_page_comes_first_and_the_checks_are_tabs_below_it(unchanged: Path) -> None:
    page = _page(unchanged, "storm")
    main = page.xpath("//main")[0]
    blocks = [(child.tag, child.get("class")) for child in main]
    assert blocks == [("div", "workspace"), ("details", "note vision-note")], (
        "the vision citation a footnote")
    # The workspace (issue 17): the fixtures list, the head, the live page, the checks; the
    # bar between the live page and the checks (round 46: a separator, shown by the script
    # where the workspace is fixed).
    parts = [(child.tag, child.get("class")) for child in main[0]]
    assert parts == [("nav", "fixture-nav"), ("div", "fixture-head"),
                     ("section", "panel canvas"), ("div", "workspace__split"),
                     ("p", "workspace__swap"), ("div", "addons")]  # round 48: its button
    split = main[0][3]
    assert (split.get("role"), split.get("aria-controls")) == ("separator", "checks")
    assert split.get("hidden") is not None, "hidden without script: the page scrolls"
    toolbar = main.xpath(".//section[contains(@class, 'canvas')]//div[@class='frame-controls']")[0]
    legends = [text_of(legend) for legend in toolbar.xpath(".//legend")]
    assert legends == ["Width", "Colour scheme", "Zoom", "Vision", "Height"]
    # Without script the frame fills its box; the script picks the widest preset that fits.
    assert toolbar.xpath(".//input[@name='frame-width'][@checked]/@value") == ["fill"]
    [strip] = main.xpath(".//div[@class='addons']/nav[@data-tabs]")
    tabs = [link.get("href") for link in strip.xpath(".//a")]
    assert tabs == ["#findings", "#changes", "#screenshots", "#spoken", "#outline", "#source"]
    panels = main.xpath(".//div[@class='addons']/section/@aria-labelledby")
    assert panels == [tab[1:] for tab in tabs], "each tab's section, in the tabs' order"


def test_an_unchanged_fixture_still_shows_the_comparison_and_approval(unchanged: Path) -> None:
    page = _page(unchanged, "storm")
    [changes] = page.xpath("//section[@aria-labelledby='changes']")
    assert text_of(changes.xpath(".//p[@class='changes__same']")[0]).startswith(
        "✔ Matches the approved screenshots")
    # every width and scheme there (the script shows the live page's); without it, one
    [viewer] = changes.xpath(".//div[@data-shot][not(@hidden)]//div[@data-compare]")
    assert viewer.get("data-compare") == "320-light"
    images = viewer.xpath(".//*[local-name()='image']/@href")
    assert images == ["shots/approved-320-light.png", "shots/now-320-light.png"]
    [verdict] = changes.xpath(".//div[@data-fixture][contains(concat(' ', @class, ' '), ' verdict ')]")
    assert verdict.xpath(".//button[@data-verdict='approve']")
    assert verdict.get("data-command").startswith("broadsheet preview --approve ")


def test_a_fixture_without_a_baseline_explains_and_offers_approval(tmp_path: Path) -> None:
    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    out = tmp_path / "out"
    GalleryBuilder(out, capture=Marked(), approved=tmp_path / "approved").build([fixture])
    page = _page(out, "storm")
    [changes] = page.xpath("//section[@aria-labelledby='changes']")
    said = text_of(changes)
    assert "No approved screenshots of this fixture yet." in said
    assert "compares its new ones with them" in said
    assert changes.xpath(".//button[@data-verdict='approve']")
    tab = page.xpath("//nav[@data-tabs]//a[@href='#changes']")[0]
    assert text_of(tab) == "Changes", "no count, no 'new' pill: nothing changed since approved"


def test_a_right_to_left_title_is_marked_on_the_heading(tmp_path: Path) -> None:
    fixture = tmp_path / "ar.json"
    shutil.copy(ARTICLES / "ar-local-elections-rtl.json", fixture)
    GalleryBuilder(tmp_path / "out", capture=Marked()).build([fixture])
    [title] = _page(tmp_path / "out", "ar").xpath("//main//h1")
    # the headline isolated in its language and direction inside the gallery's own head,
    # so the pager beside it keeps the gallery's direction
    assert title.get("dir") is None
    [headline] = title.xpath("bdi")
    assert (headline.get("lang"), headline.get("dir")) == ("ar", "rtl")


def test_the_findings_say_their_boilerplate_once(unchanged: Path) -> None:
    page = _page(unchanged, "storm")
    [panel] = page.xpath("//section[@aria-labelledby='findings']")
    # one line, then what the grey words are folded under "What is this?"
    # (round 48: the count first, "… to review, worst first."; who found them folded below)
    assert text_of(panel.xpath("p")[0]).endswith("to review, worst first.")
    [about] = panel.xpath("details[@class='about']")
    assert text_of(about.xpath("summary")[0]).startswith("What is this?")
    assert "in grey, what the check itself reported" in text_of(about)
    css = (unchanged / "assets" / "gallery.css").read_text("utf-8")
    assert "The check says" not in css


def test_contrast_passes_are_folded_even_alone(tmp_path: Path) -> None:
    from broadsheet.preview.model import Capture, ContrastPair

    passing = [ContrastPair("light", "#111111", "#ffffff", 18.9, False, 40, "Text"),
               ContrastPair("dark", "#eeeeee", "#121212", 16.0, False, 12, "Text")]

    class Passes:
        def capture(self, page: Path, folder: Path, findings: list[object]) -> Capture:
            return Capture(contrast=list(passing))

    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    GalleryBuilder(tmp_path / "out", capture=Passes()).build([fixture])  # type: ignore[arg-type]
    [folded] = _page(tmp_path / "out", "storm").xpath("//details[@class='contrast-passes']")
    assert folded.get("open") is None
    assert text_of(folded.xpath("summary")[0]) == "2 pairs that pass"
