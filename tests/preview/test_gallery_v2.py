"""Gallery v2 without a browser: what a screen reader says, contrast ratios, rebuilding only
what a change affects, building progressively, and visual regression against baselines."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

import pytest

from broadsheet.cli import main
from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.announce import announcements, focus_stop
from broadsheet.preview.contrast import merged, pairs, ratio
from broadsheet.preview.model import Capture, Entry, Screenshot
from broadsheet.preview.server import GalleryServer
from broadsheet.render.environment import BUILTIN_TEMPLATES
from tests.helpers import ARTICLES, parse_html, text_of

SNAPSHOT = '''- link "Skip to main content":
  - /url: "#main"
- banner:
  - link "Example News":
    - img "Example News"
  - navigation "Site navigation":
    - list:
      - listitem:
        - link "Home":
          - /url: /
      - listitem:
        - link "World":
          - /url: /world
- main:
  - article:
    - 'heading "Storm Isha: 90mph winds" [level=1]'
    - paragraph: Rail services in Scotland are suspended.
    - figure "Flooded street":
      - img
    - button "Play" [pressed]
- contentinfo:
  - text: "© 2024: Example"
'''


def test_what_a_screen_reader_says_in_reading_order() -> None:
    said = [(line.depth, str(line)) for line in announcements(SNAPSHOT)]
    assert said == [
        (0, "link, Skip to main content"),
        (0, "banner landmark"),
        (1, "link, Example News"),
        (2, "image, Example News"),
        (1, "navigation landmark, Site navigation"),
        (2, "list, 2 items"),
        (3, "link, Home"),
        (3, "link, World"),
        (0, "main landmark"),
        (1, "article"),
        (2, "heading level 1, Storm Isha: 90mph winds"),
        (2, "Rail services in Scotland are suspended."),
        (2, "figure, Flooded street"),
        (3, "image, (no text alternative)"),
        (2, "button, Play, pressed"),
        (0, "content information landmark"),
        (1, "© 2024: Example"),
    ]


def test_contrast_ratios_are_wcag_s() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the known 4.5 grey
    found = pairs("light", [
        {"fg": "#767676", "bg": "#ffffff", "large": False, "text": "byline"},
        {"fg": "#777777", "bg": "#ffffff", "large": False, "text": "caption"},
        {"fg": "#777777", "bg": "#ffffff", "large": False, "text": "credit"},
        {"fg": "#777777", "bg": "#ffffff", "large": True, "text": "Big headline"},
        {"fg": "#ffffff", "bg": None, "large": False, "text": "over a photo"},
    ])
    assert [(p.foreground, p.large, p.count, p.example, p.passes) for p in found] == [
        ("#777777", False, 2, "caption", False),  # 4.48: below 4.5
        ("#777777", True, 1, "Big headline", True),  # large text needs 3:1
        ("#767676", False, 1, "byline", True),
        ("#ffffff", False, 1, "over a photo", None),  # judged by eye
    ]


def test_text_around_a_date_is_one_line_paragraphs_stay_apart() -> None:
    said = [str(line) for line in announcements('''- article:
  - paragraph: First paragraph.
  - paragraph: Second paragraph.
  - paragraph:
    - text: Listen (
    - time: 8 minutes
    - text: )
  - paragraph:
    - text: By
    - link "Ann":
      - /url: /ann
    - text: ", reporter"
''')]
    assert said == ["article", "First paragraph.", "Second paragraph.", "Listen (8 minutes)",
                    "By", "link, Ann", ", reporter"]


@pytest.mark.parametrize(("slug", "line"), [
    ("fa-explainer-water-shortage", "این مطلب را بشنوید"),
    ("fa-explainer-water-shortage", "تاریخ انتشار: ۲۰ ژوئیه ۲۰۲۴، ساعت ۹:۰۰"),
    ("ar-local-elections-rtl", "تاريخ النشر: 25 ديسمبر 2023، 11:20 ص آخر تحديث: 25 ديسمبر "
                               "2023، 7:45 م"),
])
def test_arabic_and_persian_pages_are_said_in_whole_phrases(slug: str, line: str) -> None:
    """A Persian audio label and an Arabic dateline are heard as one phrase each, not as a
    bracket or a date on a line of its own (the audio's length is now in its player's name)."""
    said = [str(each) for each in announcements(
        (ARTICLES / f"{slug}.aria.yml").read_text("utf-8"))]
    assert line in said
    assert not [each for each in said if each.strip("()[]«»،,.:؛ ") == ""]


def test_the_contrast_table_has_one_row_per_distinct_pair() -> None:
    """The same colours in both schemes are one row, and text over an image one row per
    text colour whatever its size (the table listed each judged-by-eye pair up to four
    times)."""
    light = pairs("light", [
        {"fg": "#1b1b1b", "bg": "#ffffff", "large": False, "text": "body"},
        {"fg": "#a4161a", "bg": "#ffffff", "large": False, "text": "kicker"},
        {"fg": "#ffffff", "bg": None, "large": False, "text": "Credit: AP"},
        {"fg": "#ffffff", "bg": None, "large": True, "text": "Play"},
    ])
    dark = pairs("dark", [
        {"fg": "#f2f2f2", "bg": "#121212", "large": False, "text": "body"},
        {"fg": "#a4161a", "bg": "#ffffff", "large": False, "text": "kicker"},
        {"fg": "#a4161a", "bg": "#ffffff", "large": False, "text": "tag"},
        {"fg": "#ffffff", "bg": None, "large": False, "text": "Credit: AP"},
    ])
    rows = [(p.scheme, p.foreground, p.background, p.large, p.count, p.example)
            for p in merged([*light, *dark])]
    assert rows == [
        ("light and dark", "#a4161a", "#ffffff", False, 2, "kicker"),
        ("dark", "#f2f2f2", "#121212", False, 1, "body"),
        ("light", "#1b1b1b", "#ffffff", False, 1, "body"),
        ("light and dark", "#ffffff", "", False, 2, "Credit: AP"),
    ]


def test_a_focus_stop_is_said_by_role_and_name_not_tag() -> None:
    """Roles and names as Chromium's accessibility tree gives them (its own role names for
    media, frames and summaries included); visible text stands in for a missing name."""
    said = [str(focus_stop(*stop)) for stop in (
        ("link", "Home", {}), ("searchbox", "Search", {}),
        ("DisclosureTriangle", "Read the transcript", {"expanded": "false"}),
        ("Audio", "Listen: 12 minutes", {}), ("Iframe", "Map of polling stations", {}),
        ("checkbox", "Subscribe", {"checked": "true"}),
        ("generic", "", {}, "Table of results"), ("generic", "", {}, ""))]
    assert said == ["link, Home", "search edit, Search", "button, Read the transcript, collapsed",
                    "audio, Listen: 12 minutes", "frame, Map of polling stations",
                    "check box, Subscribe, checked", "Table of results", "(no name)"]


SAMPLE = ("ar-local-elections-rtl", "rferl-lukashenka-cnn-interview",
          "en-storm-breaking-corrections")


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    for slug in SAMPLE:
        shutil.copy(ARTICLES / f"{slug}.json", folder)
    return folder


def test_a_template_edit_rebuilds_only_the_fixtures_using_it(tmp_path: Path,
                                                            fixtures: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "blocks").mkdir(parents=True)
    table = templates / "blocks" / "table.html"
    table.write_text((BUILTIN_TEMPLATES / "blocks" / "table.html").read_text("utf-8"), "utf-8")
    builder = GalleryBuilder(tmp_path / "out", templates=[templates])
    assert sorted(builder.build([fixtures]).rebuilt) == sorted(SAMPLE)
    assert builder.build([fixtures]).rebuilt == []
    table.write_text(table.read_text("utf-8") + "{# edited #}\n", "utf-8")
    # Only the Arabic fixture has a table.
    assert builder.build([fixtures]).rebuilt == ["ar-local-elections-rtl"]
    (templates / "page.html").write_text(
        (BUILTIN_TEMPLATES / "page.html").read_text("utf-8") + "{# edited #}\n", "utf-8")
    assert sorted(builder.build([fixtures]).rebuilt) == sorted(SAMPLE)


def test_a_changed_photograph_rebuilds_only_the_fixtures_showing_it(tmp_path: Path) -> None:
    """The fixtures' own photographs (``images/`` beside them) are part of what a fixture
    is built from: a changed photo re-captures the fixtures naming it, and no other."""
    folder = tmp_path / "fixtures"
    (folder / "images").mkdir(parents=True)
    slugs = ("en-storm-breaking-corrections", "en-eisteddfod-decorative", "ar-local-elections-rtl")
    for slug in slugs:
        shutil.copy(ARTICLES / f"{slug}.json", folder)
    for name in ("storm-clouds.jpg", "hills-autumn.jpg", "raindrops-grass.jpg"):
        shutil.copy(ARTICLES / "images" / name, folder / "images")
    builder = GalleryBuilder(tmp_path / "out")
    assert sorted(builder.build([folder]).rebuilt) == sorted(slugs)
    assert builder.build([folder]).rebuilt == []
    photo = folder / "images" / "storm-clouds.jpg"
    photo.write_bytes(photo.read_bytes() + b"\0")  # the lead photo re-exported
    assert builder.build([folder]).rebuilt == ["en-storm-breaking-corrections"]
    # A photo in the Welsh article's body, a new photo nobody shows, then one taken away.
    (folder / "images" / "raindrops-grass.jpg").write_bytes(b"not the same picture")
    assert builder.build([folder]).rebuilt == ["en-eisteddfod-decorative"]
    shutil.copy(photo, folder / "images" / "unused.jpg")
    assert builder.build([folder]).rebuilt == []
    (folder / "images" / "hills-autumn.jpg").unlink()
    assert builder.build([folder]).rebuilt == ["en-eisteddfod-decorative"]
    assert GalleryBuilder(tmp_path / "out").build([folder]).rebuilt == [], "kept across runs"


def test_the_photographs_a_fixture_names_every_candidate_of_a_srcset() -> None:
    from broadsheet.preview.fingerprint import pictures

    data = {"lead": {"src": "images/a.jpg", "srcset": "images/a-800.jpg 800w, ./images/a%20b.jpg 1600w"},
            "body": [{"poster": "images/p.png"}, {"src": "https://cdn.example/images/remote.jpg"},
                     {"src": "../images/outside.jpg"}, {"src": "images/sub/deeper.jpg"},
                     {"text": "see images/notes.txt"}]}
    assert pictures(data) == {"a.jpg", "a-800.jpg", "a b.jpg", "p.png"}


def test_a_new_build_into_the_same_folder_reuses_what_is_unchanged(tmp_path: Path,
                                                                  fixtures: Path) -> None:
    out = tmp_path / "out"
    first = GalleryBuilder(out).build([fixtures])
    index = first.index.read_text("utf-8")
    pages = {slug: (out / "fixtures" / slug / "index.html").read_text("utf-8") for slug in SAMPLE}
    again = GalleryBuilder(out).build([fixtures])  # a new process: only the files remain
    assert again.rebuilt == []
    assert again.index.read_text("utf-8") == index
    for slug in SAMPLE:
        assert (out / "fixtures" / slug / "index.html").read_text("utf-8") == pages[slug]
    (out / "fixtures" / SAMPLE[0] / "entry.json").write_text("{not json", "utf-8")
    assert GalleryBuilder(out).build([fixtures]).rebuilt == [SAMPLE[0]]


def test_the_index_fills_in_as_fixtures_are_built(tmp_path: Path, fixtures: Path) -> None:
    out = tmp_path / "out"
    seen: list[tuple[int, int, str, list[str], list[str]]] = []

    def progress(done: int, total: int, entry: Entry) -> None:
        index = parse_html((out / "index.html").read_text("utf-8"))
        cards = [text_of(h3) for h3 in index.xpath("//li[contains(@class, 'card')]//h3")]
        waiting = [text_of(code) for code in index.xpath("//ul[@class='pending']//code")]
        seen.append((done, total, entry.slug, cards, waiting))
        bar = index.xpath("//progress")
        if waiting:
            assert (bar[0].get("value"), bar[0].get("max")) == (str(done), str(total))
        else:
            assert bar == []

    GalleryBuilder(out).build([fixtures], progress)
    order = sorted(SAMPLE)
    assert [(done, total, slug, len(cards), waiting) for done, total, slug, cards, waiting
            in seen] == [(n + 1, 3, order[n], n + 1, order[n + 1:]) for n in range(3)]


def test_each_page_polls_its_own_build_stamp(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>index</p>", "utf-8")
    server = GalleryServer(tmp_path, port=0)
    server.start()

    def stamp(page: str) -> bytes:
        with urllib.request.urlopen(f"{server.url}__build__?page={page}", timeout=5) as answer:
            return bytes(answer.read())

    try:
        before = {page: stamp(page) for page in ("", "a", "b")}
        server.bump(["a"])
        assert stamp("") != before[""], "the index reloads on every change"
        assert stamp("a") != before["a"]
        assert stamp("b") == before["b"], "a page nothing changed on stays put"
    finally:
        server.stop()


class Painter:
    """A capture without a browser: one flat screenshot in the colour asked for."""

    def __init__(self) -> None:
        self.colour = (255, 255, 255)
        self.box: tuple[int, int, int, int] | None = None

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image, ImageDraw

        (folder / "shots").mkdir(exist_ok=True)
        image = Image.new("RGB", (320, 400), self.colour)
        if self.box:
            ImageDraw.Draw(image).rectangle(self.box, fill=(0, 0, 0))
        image.save(folder / "shots" / "320-light.png")
        return Capture(screenshots=[Screenshot(320, "light", "shots/320-light.png")])


def test_screenshots_are_compared_with_approved_baselines(tmp_path: Path) -> None:
    from broadsheet.preview.regression import THRESHOLD, approve

    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    approved, out, painter = tmp_path / "approved", tmp_path / "out", Painter()
    report = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    assert report.entries[0].differences == [], "nothing approved yet"
    assert approve(report.entries, out, approved) == [approved / "storm" / "320-light.png"]

    unchanged = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    [same] = unchanged.entries[0].differences
    assert (same.changed, same.failed, same.diff, same.regions) == (0.0, False, None, None)
    index = parse_html(unchanged.index.read_text("utf-8"))
    assert index.xpath("//li[contains(@class, 'card')]/@data-changes") == ["approved"]
    assert "approved" not in text_of(index.xpath("//p[contains(@class, 'card__flags')]")[0])
    page = parse_html((out / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    assert text_of(page.xpath("//p[contains(@class, 'status__group--visual')]")[0]).endswith(
        "✔ Matches the approved screenshots at 1 width × 1 scheme")

    stored = out / "fixtures" / "storm" / "entry.json"
    stored.unlink()  # as if the page had changed: captured again
    painter.box = (10, 10, 11, 11)  # 4 of 128,000 pixels: under it
    small = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    assert small.regressions == []
    assert 0 < small.entries[0].differences[0].changed < THRESHOLD

    stored.unlink()
    painter.box = (0, 0, 159, 399)  # half the page turns black
    changed = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    [(slug, difference)] = changed.regressions
    assert slug == "storm"
    assert difference.changed == pytest.approx(0.5, abs=0.01)
    folder = out / "fixtures" / "storm"
    page = parse_html((folder / "index.html").read_text("utf-8"))
    images = page.xpath("//section[@aria-labelledby='changes']//img/@src")
    assert images == ["shots/approved-area-320-light.png", "shots/now-area-320-light.png",
                      "shots/diff-area-320-light.png", "shots/approved-320-light.png",
                      "shots/now-320-light.png", "shots/diff-320-light.png"]
    assert all((folder / image).is_file() for image in images)
    from PIL import Image

    # The close-ups are the changed area (the black half: 160 × 400) and a margin.
    with Image.open(folder / "shots" / "diff-area-320-light.png") as area:
        assert area.size == (160 + 48, 400)
    measure = text_of(page.xpath("//section[@aria-labelledby='changes']"
                                 "//p[@class='change__measure']")[0])
    assert measure.startswith("50.0"), measure
    assert f"(limit {THRESHOLD * 100:.2f}%" in measure  # round 48: one shorter line
    # A failing comparison comes first on the page, and first in its contents.
    assert page.xpath("//main//div[@class='addons']/section[contains(@class, 'panel')][1]"
                      "/@aria-labelledby") == ["changes"]
    assert page.xpath("//nav[@class='toc']//a/@href")[0] == "#changes"
    index = parse_html(changed.index.read_text("utf-8"))
    badges = index.xpath("//li[contains(@class, 'card')]//*[contains(@class, 'count--bad')]")
    assert [(text_of(badge), badge.get("href")) for badge in badges] == [
        ("◐ Changed since approved: 1 of 1 screenshot changed",
         "fixtures/storm/index.html#changes")]
    assert index.xpath("//li[contains(@class, 'card')]/@data-changes") == ["changed"]


def test_approve_needs_screenshots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", str(ARTICLES), "--approve", "--no-browser",
                 "--out", str(tmp_path)]) == 2
    assert "--approve needs screenshots" in capsys.readouterr().err


def test_the_live_frame_s_fixed_scheme_copies_keep_their_policy_whole() -> None:
    import base64
    import hashlib
    import re

    import broadsheet
    from broadsheet.preview.schemes import fixed_scheme

    html = broadsheet.render(ARTICLES / "en-storm-breaking-corrections.json").html
    assert "prefers-color-scheme: dark" in html
    for scheme in ("light", "dark"):
        copy = parse_html(fixed_scheme(html, scheme))
        [css] = [style.text for style in copy.iter("style")]
        assert "prefers-color-scheme" not in css
        policy = copy.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
        digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy, "the changed style sheet is still allowed"
        assert copy.xpath("//meta[@name='color-scheme']/@content") == [scheme]
        assert re.sub(r"\(m(in|ax)-width: 0px\)", "", css) == re.sub(
            r"\(prefers-color-scheme: (dark|light)\)", "", next(
                style.text for style in parse_html(html).iter("style")))


def test_the_live_frame_s_fixed_scheme_copies_pick_the_logo_drawn_for_their_scheme() -> None:
    """Round 45's blind review: in the gallery's dark copy the masthead's wordmark was the
    light drawing, dark on the dark header (17 of 18 fixtures), because the copy answered
    the style sheet's colour-scheme queries but not the ``<source media>`` of the logo's
    ``<picture>``. Each copy's browser now picks the drawing for its own scheme."""
    import broadsheet
    from broadsheet.preview.schemes import fixed_scheme

    html = broadsheet.render(ARTICLES / "en-storm-breaking-corrections.json").html
    [source] = parse_html(html).xpath("//picture/source[contains(@media, 'prefers-color-scheme')]")
    assert source.get("media") == "(prefers-color-scheme: dark)", "the logo's dark drawing"
    for scheme, media in (("dark", "(min-width: 0px)"), ("light", "(max-width: 0px)")):
        copy = parse_html(fixed_scheme(html, scheme))
        [fixed] = copy.xpath(f"//picture/source[@srcset='{source.get('srcset')}']")
        assert fixed.get("media") == media, (scheme, fixed.get("media"))
        assert fixed.get("srcset") == source.get("srcset")
    # text that only reads like such a tag is escaped and left as it is
    said = html.replace("</main>", "<p>&lt;source media=\"(prefers-color-scheme: dark)\"&gt;</p></main>", 1)
    assert "&lt;source media=\"(prefers-color-scheme: dark)\"&gt;" in fixed_scheme(said, "dark")


def test_the_live_frame_s_show_script_is_the_one_script_its_policy_allows() -> None:
    """The copy allows exactly its own script by hash; every other directive is unchanged
    (a policy cut at the ``;`` of ``&#39;`` would let any script run)."""
    import base64
    import hashlib

    import broadsheet
    from broadsheet.preview.schemes import SHOW_SCRIPT, with_show_script

    html = broadsheet.render(ARTICLES / "en-storm-breaking-corrections.json").html
    before = parse_html(html).xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    copy = parse_html(with_show_script(html))
    policy = copy.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    digest = base64.b64encode(hashlib.sha256(SHOW_SCRIPT.encode()).digest()).decode()
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert {k: v for k, v in directives.items() if k != "script-src"} == {
        k: v for k, v in (part.strip().split(" ", 1) for part in before.split(";"))
        if k != "script-src"}
    assert [script.text for script in copy.iter("script") if not script.get("type")] == [
        SHOW_SCRIPT]
