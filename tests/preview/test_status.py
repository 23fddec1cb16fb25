"""A fixture's status: accessibility and visual regression as two labelled groups that
cannot be read as contradicting each other, the same on its card and its page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, Difference, Entry, Screenshot, status
from tests.helpers import ARTICLES, parse_html, text_of

SHOTS = [Screenshot(320, "light", "shots/320-light.png"),
         Screenshot(1280, "light", "shots/1280-light.png")]


def _difference(width: int, changed: float) -> Difference:
    return Difference(width, "light", "a.png", "b.png", None, changed, 0.0002)


def _failed(rule: str, source: Source, impact: Impact | None = None) -> Finding:
    return Finding(rule, Outcome.FAILED, "it fails", impact, source)


def test_a_violation_beside_matching_screenshots_is_two_answers_not_one() -> None:
    entry = Entry("storm", "storm.json", "{}", screenshots=SHOTS,
                  findings=[_failed("image-alt", Source.AXE, Impact.CRITICAL)],
                  differences=[_difference(320, 0.0), _difference(1280, 0.0)])
    found = status(entry)
    assert [(b.kind, b.text) for b in found.accessibility] == [("bad", "1 violation")]
    assert found.severities == (("critical", 1),)
    assert (found.visual.kind, found.visual.text) == (
        "ok", "Matches the approved screenshots at 2 widths × 1 scheme")
    assert (found.accessibility_key, found.visual_key) == ("violations", "approved")


def test_any_failed_finding_counts_whatever_its_rule_or_source() -> None:
    """A live rule added to the browser checks (such as an image that fails to load) is a
    violation like any other: nothing lists the rules that count."""
    entry = Entry("storm", "storm.json", "{}", screenshots=SHOTS, findings=[
        _failed("image-loads", Source.BROWSER),
        _failed("a-rule-nobody-has-written-yet", Source.STATIC, Impact.MINOR),
        Finding("frame-tested", Outcome.CANT_TELL, "check it", Impact.CRITICAL, Source.AXE),
        Finding("image-alt", Outcome.PASSED, "fine", Impact.CRITICAL, Source.AXE)])
    found = status(entry)
    assert [(b.kind, b.text) for b in found.accessibility] == [
        ("bad", "2 violations"), ("warn", "1 to review")]
    assert found.severities == (("serious", 1), ("minor", 1))  # no impact: serious


def test_the_visual_badge_names_each_state_and_why() -> None:
    base = Entry("storm", "storm.json", "{}")
    assert status(base).visual_key == "uncaptured"
    assert "without a browser" in status(base).visual.text
    fresh = Entry("storm", "storm.json", "{}", screenshots=SHOTS)
    assert status(fresh).visual_key == "none"
    assert status(fresh).visual.text == "No baseline yet (never approved)"
    changed = Entry("storm", "storm.json", "{}", screenshots=SHOTS,
                    differences=[_difference(320, 0.5), _difference(1280, 0.0)])
    assert (status(changed).visual.kind, status(changed).visual.text) == (
        "bad", "1 of 2 screenshots changed")
    assert status(Entry("x", "x.json", "{}")).accessibility[0].text == "No violations found"


class OneShot:
    """A capture without a browser: a blank screenshot and one browser finding."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image

        (folder / "shots").mkdir(exist_ok=True)
        Image.new("RGB", (320, 200), (255, 255, 255)).save(folder / "shots" / "320-light.png")
        return Capture(screenshots=[Screenshot(320, "light", "shots/320-light.png")],
                       findings=[_failed("image-loads", Source.BROWSER, Impact.SERIOUS)])


def _groups(node) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(group) for group in node.xpath(".//p[contains(@class, 'status__group')]")]


def test_the_card_says_only_what_is_abnormal_and_the_page_says_it_all(tmp_path: Path) -> None:
    """The page's status has two labelled groups, every badge; a card (one of many on the
    index) repeats only the badges that need a look, in the page's words, and marks a
    fixture new to the baselines, never the same "all fine" tags on every card."""
    from broadsheet.preview.regression import approve

    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    for name in ("en-storm-breaking-corrections", "rferl-lukashenka-cnn-interview"):
        shutil.copy(ARTICLES / f"{name}.json", fixtures)
    out, approved = tmp_path / "out", tmp_path / "approved"
    report = GalleryBuilder(out, capture=OneShot(), approved=approved).build([fixtures])
    approve(report.entries[:1], out, approved)
    report = GalleryBuilder(out, capture=OneShot(), approved=approved).build([fixtures])
    index = parse_html(report.index.read_text("utf-8"))
    for entry in report.entries:
        [card] = index.xpath("//li[contains(@class, 'card')][.//a[@href=$href]]",
                             href=f"fixtures/{entry.slug}/index.html")
        page = parse_html((out / "fixtures" / entry.slug / "index.html").read_text("utf-8"))
        [summary] = page.xpath("//div[@class='status']")
        accessibility, visual = _groups(summary)
        assert accessibility.startswith("Accessibility checks: ✖ ")
        assert visual.startswith("Visual regression: ")
        violations = len(entry.violations)
        said = re.search(r"✖ (Violations|(\d+) violations?):((?:,? \d+ \w+)+)", accessibility)
        assert said, accessibility
        rated = sum(int(n) for n in re.findall(r"\d+", said.group(3)))
        # Said once, by severity; the total too only where some violation has none.
        assert int(said.group(2) or rated) == violations, "the browser's finding counts"
        assert (said.group(2) is None) == (rated == violations), accessibility
        [flags] = card.xpath(".//p[contains(@class, 'card__flags')]")
        shown = [text_of(badge) for badge in flags.xpath("*[contains(@class, 'count')]")]
        wanted = [text_of(badge) for badge in summary.xpath(
            ".//p[contains(@class, 'status__group--accessibility')]/*[contains(@class, 'count')]"
            "[not(contains(@class, 'count--ok'))]")]
        assert shown[:len(wanted)] == wanted, entry.slug
        assert not flags.xpath(".//*[contains(@class, 'count--ok')]"), "nothing fine is a chip"
        assert card.get("data-changes") == status(entry).visual_key
    storm_flags, seed_flags = index.xpath(
        "//li[contains(@class, 'card')]//p[contains(@class, 'card__flags')]")
    assert "approved" not in text_of(storm_flags), "a look as approved is not said on a card"
    assert "New" not in text_of(seed_flags), "no pill where nothing changed since approved"
    assert not seed_flags.xpath(".//*[contains(@class, 'count--new')]")
    seed = report.entries[1]
    assert text_of(index.xpath("//p[@class='baselines']/strong")[0]) == (
        "1 of 2 fixtures has no approved look yet")
    seed_page = parse_html((out / "fixtures" / seed.slug / "index.html").read_text("utf-8"))
    question = text_of(seed_page.xpath("//p[@class='verdict__question']")[0])
    assert question.startswith(f"No baseline yet: nothing approved in {approved / seed.slug}/")
    # On the page each badge opens its section; on a card (a link as a whole) none but a
    # changed screenshot's, and nothing changed here.
    storm_page = parse_html((out / "fixtures" / report.entries[0].slug / "index.html")
                            .read_text("utf-8"))
    links = storm_page.xpath("//div[@class='status']//a/@href")
    assert (links[0], set(links), links[-1]) == ("#findings", {"#findings", "#changes"},
                                                  "#changes")
    assert index.xpath("//li[contains(@class, 'card')]//p[contains(@class, 'card__flags')]//a"
                       ) == []


def test_approve_every_fixture_shows_progress_and_leaves_pages_comparing(
        tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """``--approve`` for all: a line per fixture with the time left, no block story approved
    (they have no baselines), and the gallery it leaves compares with the new baselines and
    keeps its block stories (built after the approval)."""
    from broadsheet.cli import main
    from broadsheet.commands import preview

    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    names = ["en-storm-breaking-corrections", "rferl-lukashenka-cnn-interview",
             "ru-flood-gallery"]
    for name in names:
        shutil.copy(ARTICLES / f"{name}.json", fixtures)
    monkeypatch.setattr(preview, "_capture", lambda mode, stack: OneShot())
    out, approved = tmp_path / "out", tmp_path / "approved"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixtures / "extra.json")
    assert main(["preview", str(fixtures), "--out", str(out), "--approved", str(approved),
                 "--no-blocks"]) == 0
    said = capsys.readouterr().err
    assert "4 of 4 fixtures have no approved screenshots" in said
    assert "extra, rferl-lukashenka-cnn-interview, ru-flood-gallery" in said
    (fixtures / "extra.json").unlink()
    assert main(["preview", str(fixtures), "--out", str(out), "--approved", str(approved),
                 "--approve"]) == 0
    said = capsys.readouterr().err
    lines = [line for line in said.splitlines() if line.startswith("[")]
    assert [line.split()[1] for line in lines] == sorted(names)
    assert "left)" in lines[0]
    assert "left" not in lines[-1]
    assert sorted(p.parent.name for p in approved.glob("*/*.png")) == sorted(names)
    assert (out / "blocks" / "index.html").is_file(), "the gallery keeps its block stories"
    assert not (approved / "blocks").exists()
    index = parse_html((out / "index.html").read_text("utf-8"))
    assert index.xpath("//a[@href='blocks/heading/index.html']"), "the index's Blocks"
    assert index.xpath("//header//a[@href='blocks/index.html']"), "the header's Blocks link"
    assert index.xpath("//li[contains(@class, 'card')]/@data-changes") == ["approved"] * 3
