"""A fixture's gallery page puts what a designer acts on first, in Chromium at 375 and
1280 px: the summary and the findings before the live page and screenshots, a JSON
pointer's finding shown on the page, one line when nothing changed, reading views that open
full size by keyboard, the contrast report and the section menu whole on a phone; and the
index's cards tagged and their counts said in words (the blind designer review of issue 17).

The capture is a stand-in (screenshots, views, contrast pairs and crops drawn here, no
browser): the gallery's pages are the subject, so the build takes seconds. The articles are
the repository's fixtures, the seed taken from a real RFE/RL page (tests/data/seed)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.announce import Announcement
from broadsheet.preview.model import WIDTHS, Capture, ContrastPair, Screenshot, View
from tests.helpers import ARTICLES, parse_html, text_of

SEED = "rferl-lukashenka-cnn-interview"
PERSIAN = "fa-explainer-water-shortage"


def _png(path: Path, width: int, height: int, shade: int = 230) -> None:
    from PIL import Image, ImageDraw

    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (width, height), (shade, shade, shade))
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 97):
        draw.rectangle((24, y + 10, width - 24, y + 40), fill=(40, 40, 40))
    image.save(path)


class Shots:
    """Draws what a capture returns: eight screenshots (the same on every run, so approved
    ones match), four views the size a 1280 px page's are, contrast pairs with Persian
    examples, a crop for every finding naming an element, and an axe finding quoting
    Persian markup."""

    def __init__(self) -> None:
        self.targets: list[str | None] = []

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        self.targets = [finding.target for finding in findings]
        shots = []
        for width in WIDTHS:
            for scheme in ("light", "dark"):
                name = f"shots/{width}-{scheme}.png"
                _png(folder / name, width // 2, 400, 230 if scheme == "light" else 30)
                shots.append(Screenshot(width, scheme, name))
        views = []
        for key, label in (("focus", "Focus order"), ("zoom-200", "200% zoom"),
                           ("text-spacing", "Text spacing"),
                           ("forced-colours", "Forced colours")):
            name = f"shots/view-{key}.png"
            _png(folder / name, 1280, 2400)
            views.append(View(key, label, f"{label}, drawn for the test.", name))
        crops = {}
        for index, finding in enumerate(findings):
            if finding.target:
                crops[index] = f"shots/finding-{index}.png"
                _png(folder / crops[index], 300, 160, 200)
        contrast = [ContrastPair(scheme, "#0b4fa3", "#f3f2ef", 7.05, False, 3,
                                 "متن کامل را بخوانید") for scheme in ("light", "dark")]
        contrast.append(ContrastPair("light", "#767676", "", None, True, 1, "تیتر"))
        axe = Finding("color-contrast", Outcome.CANT_TELL, "Check the contrast of “۲۰۲۱”",
                      None, Source.AXE, target="time",
                      snippet='<time datetime="2021">۲۰۲۱</time>')
        # The seed's own render findings hold one violation (moderate: its empty banner); a
        # serious one from axe beside it, so the page orders and the card colours severities.
        serious = [Finding("link-name", Outcome.FAILED, "Links must have discernible text",
                           Impact.SERIOUS, Source.AXE, target=".site-footer a")
                   ] if folder.name == SEED else []
        focus = [Announcement(0, "link", "link", f"Link {n}") for n in range(1, 12)]
        return Capture(screenshots=shots, views=views, contrast=contrast, highlights=crops,
                       findings=[axe, *serious], focus_order=focus,
                       aria_snapshot='- banner:\n  - link "Home"\n- main:\n  - heading "T" [level=1]')


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from broadsheet.preview.regression import approve

    root = tmp_path_factory.mktemp("summary")
    fixtures = root / "fixtures"
    fixtures.mkdir()
    for name in (SEED, PERSIAN):
        shutil.copy(ARTICLES / f"{name}.json", fixtures)
    shutil.copytree(ARTICLES / "images", fixtures / "images")
    out, approved = root / "out", root / "approved"
    report = GalleryBuilder(out, capture=Shots(), approved=approved).build([fixtures])
    approve(report.entries, out, approved)
    GalleryBuilder(out, capture=Shots(), approved=approved).build([fixtures])
    return out


def _open(auditor: Any, gallery: Path, page: str, width: int, height: int = 900) -> Any:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / page, root=gallery)
    return sandbox, auditor.page(AuditOptions(width=width, height=height), sandbox)


TOPS = """() => Object.fromEntries(['findings', 'rendered', 'screenshots', 'changes', 'views']
  .map((id) => [id, document.getElementById(id).getBoundingClientRect().top + scrollY]))"""


@pytest.mark.parametrize("width", [375, 1280])
def test_the_live_page_comes_first_then_the_findings_tab(
        auditor: Any, gallery: Path, width: int) -> None:
    """As Storybook's canvas: the live page fills the first screen, the checks follow in
    tabs, the findings chosen first, worst first (a later review found the page ~2,340 px
    down, under the findings)."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SEED}/index.html", width)
    with opened as tab:
        tab.goto(sandbox.url)
        tops = tab.evaluate(TOPS)
        chosen = tab.eval_on_selector("[role=tab][aria-selected=true]",
                                      "e => e.getAttribute('href')")
        heads = tab.eval_on_selector_all(
            ".finding-list > li", "els => els.map(e => [e.dataset.outcome,"
            " (e.querySelector('.finding__impact') || {}).textContent])")
        beside = tab.evaluate("document.getElementById('findings').getBoundingClientRect().left"
                              " > document.querySelector('.canvas').getBoundingClientRect().right")
    # under the live page, or (1280 px) beside it at the right, its tabs one row above it
    assert tops["rendered"] < tops["findings"] or (width == 1280 and beside)
    assert tops["rendered"] < (300 if width == 1280 else 700), tops
    assert chosen == "#findings"
    assert heads[:2] == [["failed", "serious"], ["failed", "moderate"]], "worst first"
    assert {outcome for outcome, _ in heads[2:]} == {"cant_tell"}


def test_a_json_pointer_finding_is_cropped_and_shown_in_the_live_page(
        auditor: Any, gallery: Path) -> None:
    """The lead's finding names only ``/lead`` in the JSON: it has a crop of its element and
    "Show it on the page" outlines the lead picture in the live frame, scrolled to it."""
    page = parse_html((gallery / "fixtures" / SEED / "index.html").read_text("utf-8"))
    [lead] = page.xpath("//li[@data-rule='render-alt-repeats-caption']")
    assert lead.xpath(".//a[contains(@class, 'crop')]/img/@src"), "a crop of its element"
    # (round 51: the crop folded in the finding's details, "Show it on the page" in sight)
    [show] = lead.xpath(".//p[@class='finding__show']/a[contains(@class, 'show')]")
    selector = unquote(show.get("href").split("broadsheet-show=", 1)[1])
    [absent] = page.xpath("//li[@data-rule='render-alert-empty']")
    assert not absent.xpath(".//a[contains(@class, 'show')]")
    assert "Nothing of it is on the page" in text_of(absent)
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SEED}/index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.focus("li[data-rule='render-alt-repeats-caption'] .finding__show a")
        tab.keyboard.press("Enter")
        frame = tab.frame_locator(".preview-frame--light")
        frame.locator(selector).wait_for(timeout=10_000)
        tab.wait_for_function(
            "(s) => { const d = document.querySelector('.preview-frame--light').contentDocument;"
            " const e = d && d.querySelector(s); return e && getComputedStyle(e).outlineStyle"
            " === 'solid'; }", arg=selector, timeout=10_000)
        outlined = frame.locator(selector).evaluate(
            "e => [e.localName, e.className, getComputedStyle(e).outlineColor,"
            " e.querySelector('img') && e.querySelector('img').getAttribute('src')]")
        panel = tab.eval_on_selector("#rendered", "e => e.getBoundingClientRect().top")
    assert outlined[:3] == ["figure", "figure figure--lead", "rgb(212, 53, 28)"]
    assert outlined[3].endswith(".jpg")
    assert 0 <= panel < 160, "the live page is scrolled into view"


def test_nothing_changed_says_so_and_still_compares_and_approves(auditor: Any,
                                                                 gallery: Path) -> None:
    """A review found comparison and approval only when a screenshot changed: nothing
    changed is said first, then the approved screenshot beside the one now, and Approve."""
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SEED}/index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.click("[role=tab][href='#changes']")
        text = tab.inner_text("section[aria-labelledby='changes']")
        parts = tab.evaluate("""() => { const s = document.querySelector(
            "section[aria-labelledby='changes']");
          const shown = [...s.querySelectorAll('[data-compare]')].filter((c) => c.checkVisibility());
          return [s.querySelectorAll('.verdict').length, shown.length,
                  s.querySelectorAll('article').length,
                  shown.flatMap((c) => [...c.querySelectorAll('.compare__svg')]).map((v) => v.getBoundingClientRect().width)]; }""")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[1].startswith("✔ Matches the approved screenshots at 4 widths × 2 schemes")
    assert parts[:3] == [1, 1, 0], "a verdict and one comparison shown, no changed screenshot"
    assert len(parts[3]) == 2
    # in the checks panel beside the live page (about 26rem from 1200 px) each is a third
    # of the panel at least: a smaller pair is not worth reading
    assert min(parts[3]) > 150, "the approved and the new screenshot side by side"


@pytest.mark.parametrize("width", [375, 1280])
def test_a_reading_view_opens_full_size_by_keyboard(auditor: Any, gallery: Path,
                                                    width: int) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{SEED}/index.html", width)
    with opened as tab:
        tab.goto(sandbox.url)
        tab.click("[role=tab][href='#views']")
        shown = tab.eval_on_selector_all(".views .shot img",
                                         "els => els.map(e => e.getBoundingClientRect().width)")
        link = "#view-focus a[data-enlarge]"
        tab.focus(link)
        tab.keyboard.press("Enter")
        tab.wait_for_selector("dialog.enlarged[open] img", timeout=5000)
        tab.wait_for_function("document.querySelector('dialog.enlarged img').complete")
        inside = tab.evaluate("""() => { const d = document.querySelector('dialog.enlarged');
          const i = d.querySelector('img');
          return {width: i.getBoundingClientRect().width, natural: i.naturalWidth,
                  pans: d.scrollWidth > d.clientWidth, room: d.clientWidth,
                  focus: d.contains(document.activeElement), label: d.querySelector('h2').textContent}; }""")
        tab.keyboard.press("Escape")
        tab.wait_for_function("!document.querySelector('dialog.enlarged')")
        back = tab.evaluate("document.activeElement.matches('#view-focus a[data-enlarge]')")
    assert inside["natural"] == 1280
    assert inside["width"] == 1280, "at the page's own size"
    assert inside["pans"] == (inside["room"] < 1280), inside
    assert inside["focus"], "focus moves into the dialog"
    assert inside["label"] == "Focus order"
    assert back, "focus returns to the link"
    if width == 1280:
        # in the checks panel beside the live page: each view spans the panel (about 26rem),
        # and opens at the page's own size (above)
        assert min(shown) >= 340, shown


def test_at_375_the_contrast_report_and_the_section_menu_are_whole(
        auditor: Any, gallery: Path) -> None:
    sandbox, opened = _open(auditor, gallery, f"fixtures/{PERSIAN}/index.html", 375)
    with opened as tab:
        tab.goto(sandbox.url)
        # The tabs are one row that scrolls inside itself: the strip never runs past.
        assert tab.eval_on_selector(".toc", "e => e.scrollWidth - e.clientWidth") <= 0
        tab.click("[role=tab][href='#contrast']")
        tab.evaluate("document.querySelectorAll('details.contrast-passes')"
                     ".forEach(d => { d.open = true; })")  # the passing pairs, unfolded
        regions = tab.eval_on_selector_all(".contrast-scroll",
                                           "els => els.map(e => [e.scrollWidth, e.clientWidth])")
        cells = tab.eval_on_selector_all(
            ".contrast td", "els => els.map(e => [e.dataset.label, e.getBoundingClientRect().right,"
            " getComputedStyle(e, '::before').content])")
        table = tab.locator(".contrast-scroll").first.aria_snapshot()
    assert regions
    assert all(wide <= shown for wide, shown in regions), "nothing of a table is cut off"
    assert len(cells) == 3 * 8
    assert all(right <= 375 for _, right, _ in cells), cells
    assert all(before == f'"{label}"' for label, _, before in cells), "each value is labelled"
    assert "table" in table, "still a table to a screen reader"


def test_index_cards_name_the_language_and_say_severities_in_words(auditor: Any,
                                                                   gallery: Path) -> None:
    """A card names its language over its pictures (and right to left where it is), says its
    violations with each severity in its colour, and shows nothing that is fine as a chip."""
    sandbox, opened = _open(auditor, gallery, "index.html", 1280)
    with opened as tab:
        tab.goto(sandbox.url)
        card = f"li.card:has(a[href='fixtures/{SEED}/index.html'])"
        language = tab.eval_on_selector(f"{card} .card__lang", "e => e.textContent.trim()")
        persian = tab.eval_on_selector(
            f"li.card:has(a[href='fixtures/{PERSIAN}/index.html']) .card__lang",
            "e => e.textContent.trim()")
        badge = tab.eval_on_selector(f"{card} .count--bad", "e => e.textContent.trim()")
        colours = tab.eval_on_selector_all(
            f"{card} .count--bad .severity", "els => els.map(e => getComputedStyle(e).backgroundColor)")
        chips = tab.eval_on_selector_all(f"{card} .count", "els => els.map(e => e.className)")
        here = tab.eval_on_selector_all(".gallery-header nav a",
                                        "els => els.map(e => e.textContent)")
    assert language == "English"
    assert " ".join(persian.split()) == "Persian · RTL"
    assert " ".join(badge.split()) == "✖ Violations: 1 serious, 1 moderate", "counted once"
    assert len(set(colours)) == 2, "each severity its own colour"
    assert chips
    assert not [chip for chip in chips if "count--ok" in chip], "what is fine is no chip"
    assert "All fixtures" not in here, "the index does not link to itself"


def test_text_that_runs_right_to_left_is_isolated_in_findings_and_reports(gallery: Path) -> None:
    """Every piece of Persian the fixture's page shows in its findings, status, spoken
    lines, contrast report and outline sits in a <bdi> or an element with its own ``dir``,
    so it cannot reorder the English around it (the axe snippet quoting ``۲۰۲۱`` too)."""
    import re

    rtl = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
    page = parse_html((gallery / "fixtures" / PERSIAN / "index.html").read_text("utf-8"))
    scopes = page.xpath("//*[contains(@class, 'finding-list') or @class='status' or "
                        "contains(@class, 'spoken') or contains(@class, 'focus-list') or "
                        "contains(@class, 'contrast') or @class='outline']")
    seen = unisolated = 0
    for scope in scopes:
        for element in scope.iter():
            if not isinstance(element.tag, str):
                continue
            for holder, text in ((element, element.text), (element.getparent(), element.tail)):
                if text and rtl.search(text) and holder is not None:
                    seen += 1
                    around = [holder, *holder.iterancestors()]
                    if not any(a.tag == "bdi" or a.get("dir") for a in around[:3]):
                        unisolated += 1
    assert seen > 5
    assert unisolated == 0


def test_at_375_nothing_of_a_card_runs_past_its_edge(auditor: Any, gallery: Path) -> None:
    """The violations badge with its severities wraps inside the card (it ran past it, its
    "1 moderate" cut off), and the language stays on one line over the pictures."""
    sandbox, opened = _open(auditor, gallery, "index.html", 375)
    with opened as tab:
        tab.goto(sandbox.url)
        over = tab.evaluate("""() => [...document.querySelectorAll('li.card')].flatMap((card) => {
          const edge = card.getBoundingClientRect();
          return [...card.querySelectorAll('*')].filter((e) => {
            const box = e.getBoundingClientRect();
            return box.width && (box.right > edge.right + 0.5 || box.left < edge.left - 0.5);
          }).map((e) => e.className || e.localName); })""")
        lines = tab.eval_on_selector_all(".card__lang", """els => els.map(e =>
          e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))""")
    assert over == []
    assert len(lines) == 2
    assert all(height < 2 for height in lines), lines


def test_a_change_shows_only_its_comparison_and_the_approve_command(gallery: Path,
                                                                     tmp_path: Path) -> None:
    """One screenshot of eight changed: the Changes panel comes first, asks whether the new
    look is intended with the exact approve command, and shows that comparison, not seven
    "as approved" ones (the table says those)."""
    from PIL import Image, ImageDraw

    approved, out = tmp_path / "approved", tmp_path / "out"
    shutil.copytree(gallery.parent / "approved", approved)
    shutil.copytree(gallery, out)
    baseline = approved / SEED / "375-light.png"
    with Image.open(baseline) as image:
        painted = image.convert("RGB")
    ImageDraw.Draw(painted).rectangle((10, 10, 150, 150), fill=(200, 30, 30))
    painted.save(baseline)
    GalleryBuilder(out, capture=Shots(), approved=approved).build([gallery.parent / "fixtures"])
    page = parse_html((out / "fixtures" / SEED / "index.html").read_text("utf-8"))
    [panel] = page.xpath("//section[@aria-labelledby='changes']")
    assert page.xpath("//main//div[@class='addons']/section[contains(@class, 'panel')][1]"
                      "/@aria-labelledby") == [
        "changes"]
    assert panel.xpath(".//article/h3/@id") == ["change-375-light"]
    # Round 48: the comparison first, its own question under it, the whole fixture's after
    assert [text_of(q) for q in panel.xpath(".//p[@class='verdict__question']")] == [
        "Is this new look at 375 px, light intended?",
        "Is the new look intended? 1 of 8 screenshots changed."]
    command = panel.xpath(".//code[@class='verdict__command']/text()")
    assert command == ["broadsheet preview --approve --approve-widths 375 --approve-schemes "
                       f"light {gallery.parent}/fixtures/{SEED}.json",
                       f"broadsheet preview --approve {gallery.parent}/fixtures/{SEED}.json"], (
        "the one changed, or all")
    assert len(panel.xpath(".//table[@class='change-table']//td")) == 8
    assert panel.xpath(".//table//a/@href") == ["#change-375-light"]
