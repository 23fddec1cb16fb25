"""Issue 17, gallery v2: the review's remaining findings (6/10 as a newsroom designer beside
Storybook and Chromatic, goal 8), in Chromium, from every fixture's gallery opened as files
(``file://``, no server): the index's group counts under a filter, the contrast table in
its panel, the neighbours' whole titles, the checks' tabs one control, light and dark
screenshots side by side, nothing fetched from another host, the toolbar one row at
1440 px, and approving from the static gallery. Captured without a browser
(:class:`Nine`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture, ContrastPair
from tests.browser.colour import contrast, rgb
from tests.browser.gallery_stage import STAGE_SIZED
from tests.browser.test_gallery_v2_review import Eight
from tests.helpers import ARTICLE_FILES, ARTICLES

#: Its neighbours an Arabic headline and a long English one; a video with remote sources.
VIDEO = "en-council-video-lead"
LONG_READ = "en-longread-river-crossing"


class Nine(Eight):
    """:class:`Eight` with a pair that passes, large text with a long example: the
    folded table's every column."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        seen = super().capture(page, folder, findings)
        seen.contrast.append(ContrastPair(
            "dark", "#f0f0f0", "#121212", 17.6, True, 12,
            "Councillors approved £4.2m of cuts after a four-hour meeting"))
        return seen


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture, with its photographs, built as the static gallery (nothing approved)."""
    folder = tmp_path_factory.mktemp("review8")
    shutil.copytree(ARTICLES / "images", folder / "images")
    for path in ARTICLE_FILES:
        shutil.copy(path, folder / path.name)
    out, approved = folder / "out", folder / "approved"
    approved.mkdir()  # none approved yet: each fixture's Changes tab offers to approve
    GalleryBuilder(out, capture=Nine(), approved=approved).build([folder])
    return out


@pytest.fixture
def tab(auditor: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A Chromium tab at 1280 × 800 light, or the ``(width, height, scheme)`` given."""
    width, height, scheme = getattr(request, "param", (1280, 800, "light"))
    context = auditor.browser().new_context(viewport={"width": width, "height": height},
                                            color_scheme=scheme)
    try:
        yield context.new_page()
    finally:
        context.close()


def _fixture(tab: Any, gallery: Path, slug: str, anchor: str = "") -> None:
    tab.goto((gallery / "fixtures" / slug / "index.html").as_uri() + anchor)
    tab.wait_for_function(STAGE_SIZED)


COUNTS = """() => [...document.querySelectorAll('section.group')].map((group) => {
  const id = group.querySelector('h2').id, link = document.querySelector(`.group-link[href='#${id}']`);
  return {id, hidden: group.hidden, heading: group.querySelector('.group__count').textContent,
          link: link.querySelector('strong').textContent, linkShown: link.getBoundingClientRect().width > 0,
          cards: [...group.querySelectorAll('.card')].map((c) => c.dataset.language)}; })"""


def test_each_group_s_count_says_what_the_filters_show(tab: Any, gallery: Path) -> None:
    """A designer filtering by language read "Accessibility violations (18)" over two cards."""
    tab.goto((gallery / "index.html").as_uri())
    tab.click("#filters-toggle")  # round 51: folded under "Filters"
    tab.get_by_label("Language").select_option("ar")
    groups = tab.evaluate(COUNTS)
    seen = [group for group in groups if not group["hidden"]]
    assert seen, "a group shows the Arabic fixtures"
    for group in groups:
        arabic = sum(1 for language in group["cards"] if language.startswith("ar"))
        whole = len(group["cards"])
        if not arabic:
            assert group["hidden"], group
            assert not group["linkShown"], group
            continue
        said = f"({arabic} of {whole})" if arabic < whole else f"({whole})"
        assert group["heading"] == said, group
        assert group["link"] == said, group
    tab.get_by_label("Language").select_option("")
    for group in tab.evaluate(COUNTS):
        assert group["heading"] == group["link"] == f"({len(group['cards'])})", group


CONTRAST = """() => { const panel = document.querySelector('section[aria-labelledby=contrast]').getBoundingClientRect();
  return {panel: [panel.left, panel.right],
          regions: [...document.querySelectorAll('.contrast-scroll')].filter((r) => r.offsetParent).map((r) => ({
            scroll: r.scrollWidth, client: r.clientWidth})),
          cells: [...document.querySelectorAll('.contrast td')].filter((c) => c.offsetParent).map((c) => {
            const box = c.getBoundingClientRect(); return {label: c.dataset.label, left: box.left, right: box.right,
              width: box.width, text: c.textContent.trim()}; })}; }"""


@pytest.mark.parametrize("tab", [(1280, 800, "light"), (1440, 900, "dark")], indirect=True)
def test_the_contrast_table_fits_its_panel(tab: Any, gallery: Path) -> None:
    """At 1280 px the table was cut at the panel's edge: Ratio, Result, Elements and For
    example out of sight (800 px of table in a 363 px panel)."""
    _fixture(tab, gallery, LONG_READ)
    tab.get_by_role("tab", name="Contrast").click()
    tab.locator("details.contrast-passes > summary").click()  # the passing pairs too
    seen = tab.evaluate(CONTRAST)
    assert seen["regions"], "the contrast tables are shown"
    for region in seen["regions"]:
        assert region["scroll"] <= region["client"], f"nothing scrolled out of sight: {region}"
    assert {"Ratio", "Result", "For example"} <= {cell["label"] for cell in seen["cells"]}
    left, right = seen["panel"]
    for cell in seen["cells"]:
        assert left <= cell["left"], cell
        assert cell["right"] <= right + 0.5, cell
        assert cell["width"] > 0, cell


PAGER = """() => [...document.querySelectorAll('.pager a')].map((a) => {
  const headline = a.querySelector('.pager__headline'), box = headline.getBoundingClientRect();
  return {title: a.title, text: headline.innerText, scroll: headline.scrollWidth, client: headline.clientWidth,
          linkScroll: a.scrollWidth, linkClient: a.clientWidth, height: box.height, right: a.getBoundingClientRect().right,
          line: parseFloat(getComputedStyle(headline).lineHeight)}; })"""


@pytest.mark.parametrize("tab", [(1280, 800, "light"), (1440, 900, "dark")], indirect=True)
def test_the_neighbours_titles_are_whole(tab: Any, gallery: Path) -> None:
    """Cut with an ellipsis ("Storm Isha: Thousands…") a designer could not tell which
    fixture came next; each headline is whole, wrapping, nothing clipped (on a phone still
    one line each, cut by the stylesheet, so the live page starts on the first screen)."""
    _fixture(tab, gallery, VIDEO)
    links = tab.evaluate(PAGER)
    width = tab.viewport_size["width"]
    assert width >= 1280
    assert len(links) == 2
    for link in links:
        assert link["text"] == link["title"], "the whole headline, no ellipsis"
        assert link["scroll"] <= link["client"], f"the headline is not clipped: {link}"
        assert link["linkScroll"] <= link["linkClient"], f"nor its link: {link}"
        assert link["right"] <= width
        # (beside the source's line, a half of it: the longest, Belarusian, takes three)
        assert link["height"] <= 3 * link["line"] + 1, f"three lines at most: {link}"


TABS = """() => { const strip = getComputedStyle(document.querySelector('.toc')).backgroundColor;
  return {strip, tabs: [...document.querySelectorAll('.toc [role=tab]')].map((a) => {
    const s = getComputedStyle(a), label = getComputedStyle(a.querySelector('.toc__label')), box = a.getBoundingClientRect();
    return {selected: a.getAttribute('aria-selected') === 'true', top: Math.round(box.top), height: box.height,
            radius: s.borderTopLeftRadius, border: s.borderTopWidth, borderColour: s.borderTopColor,
            weight: s.fontWeight, fill: s.backgroundColor, ink: s.color,
            underline: [s.textDecorationLine, label.textDecorationLine].filter((d) => d !== 'none')}; })}; }"""


@pytest.mark.parametrize("tab", [(1280, 800, "light"), (1280, 800, "dark")], indirect=True)
def test_the_two_rows_of_tabs_are_one_control(tab: Any, gallery: Path) -> None:
    """The unchosen tabs, underlined, read as links beside the chosen one's pill: every tab
    now the same bordered key, the chosen one filled, all on one row (since round 41; the
    row's scrolling and its "N more" cue: test_gallery_tab_row.py)."""
    _fixture(tab, gallery, LONG_READ)
    seen = tab.evaluate(TABS)
    tabs = seen["tabs"]
    assert len({t["top"] for t in tabs}) == 1, "one row at 1280 px"
    chosen = [t for t in tabs if t["selected"]]
    others = [t for t in tabs if not t["selected"]]
    assert len(chosen) == 1
    assert others
    shape = {(t["radius"], t["border"], t["weight"], round(t["height"])) for t in tabs}
    assert len(shape) == 1, f"every tab the same shape: {shape}"
    assert float(tabs[0]["border"].removesuffix("px")) >= 1, "each tab a bounded key"
    for other in others:
        assert not other["underline"], f"not a link: {other}"
        assert contrast(rgb(other["borderColour"]), rgb(seen["strip"])) >= 1.5, "its edge seen"
        assert contrast(rgb(other["ink"]), rgb(other["fill"])) >= 4.5
        assert contrast(rgb(chosen[0]["fill"]), rgb(other["fill"])) >= 3, "the chosen one marked"
    assert contrast(rgb(chosen[0]["ink"]), rgb(chosen[0]["fill"])) >= 4.5


SHOTS = """() => [...document.querySelectorAll('section[aria-labelledby=screenshots] .pair')].map((pair) =>
  [...pair.querySelectorAll(':scope > .shot')].map((f) => { const b = f.getBoundingClientRect();
    return {left: b.left, right: b.right, top: b.top, caption: f.querySelector('figcaption').textContent.trim()}; }))"""


@pytest.mark.parametrize("tab", [(1280, 800, "light"), (1440, 900, "dark")], indirect=True)
def test_the_screenshots_are_light_and_dark_side_by_side_at_each_width(
        tab: Any, gallery: Path) -> None:
    """The Screenshots tab was one column: a designer scrolled a whole page to compare a
    width's light and dark."""
    _fixture(tab, gallery, LONG_READ)
    tab.get_by_role("tab", name="Screenshots").click()
    rows = tab.evaluate(SHOTS)
    assert len(rows) == 4, "a row per width"
    for row in rows:
        assert len(row) == 2, row
        first, second = row
        assert abs(first["top"] - second["top"]) <= 1, f"one row: {row}"
        assert first["right"] <= second["left"], f"side by side: {row}"
        schemes = {shot["caption"].split(",")[1].split()[0] for shot in row}
        assert schemes == {"light", "dark"}, row


def _cancelled_by_browser(request: Any) -> bool:
    """A request the browser itself cancelled (ERR_ABORTED: a picture's other source chosen
    once the frame's scheme is set, a frame sent to its page again) for a file that is there:
    not a failure offline. Any other failure is, as is an abort of a missing file."""
    return (request.failure == "net::ERR_ABORTED" and request.url.startswith("file:")
            and Path(unquote(urlsplit(request.url).path)).is_file())


def test_no_fixture_s_gallery_page_asks_another_host(auditor: Any, gallery: Path) -> None:
    """Two ``net::ERR_NAME_NOT_RESOLVED`` errors on a fixture's page: a player's sources on
    a CDN (cdn.example) requested by the live frame, light and dark. Offline, nothing
    leaves the machine and nothing fails."""
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    problems: list[str] = []
    remote: list[str] = []
    context.on("requestfailed", lambda request: _cancelled_by_browser(request)
               or problems.append(f"{request.url} {request.failure}"))
    context.on("request", lambda request: request.url.split(":")[0] in {"file", "data", "blob", "about"}
               or remote.append(request.url))
    try:
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and problems.append(
            message.text))
        for path in ARTICLE_FILES:
            page.goto((gallery / "fixtures" / path.stem / "index.html").as_uri())
            page.wait_for_timeout(400)
            assert not remote, f"{path.stem} asks other hosts: {remote}"
            assert not problems, f"{path.stem}: {problems}"
    finally:
        context.close()


TOOLBAR = """() => { const bar = document.querySelector('.canvas .frame-controls').getBoundingClientRect();
  return {bar: [bar.top, bar.bottom], open: document.getElementById('fixture-nav-toggle').getAttribute('aria-expanded'),
          groups: [...document.querySelectorAll('.canvas .frame-controls > fieldset')].filter((g) => g.checkVisibility())
            .map((g) => { const b = g.getBoundingClientRect(); return {name: g.querySelector('legend').textContent,
              top: b.top, bottom: b.bottom, right: b.right}; }),
          split: document.getElementById('workspace-split').checkVisibility(),
          room: document.querySelector('.canvas').getBoundingClientRect().right}; }"""


@pytest.mark.parametrize("tab", [(1440, 900, "light"), (1440, 900, "dark")], indirect=True)
def test_the_toolbar_is_one_row_at_1440_with_the_fixture_list_open(
        tab: Any, gallery: Path) -> None:
    """With the fixtures' list open at 1440 px, "Two screens" wrapped alone onto a second
    row; compact labels ("Scheme", its whole name still said) keep one row."""
    _fixture(tab, gallery, VIDEO)
    seen = tab.evaluate(TOOLBAR)
    assert seen["open"] == "true", "the fixtures' list open"
    # Round 49: the checks beside the live page (review 48) leave its toolbar about 660 px at
    # 1440: two rows at most (the live page has the window's height instead of 70% of it),
    # none a group alone ("Two screens" stays given way to the bar).
    tops = sorted({round(group["top"]) for group in seen["groups"]})
    rows = [top for i, top in enumerate(tops) if i == 0 or top - tops[i - 1] > 4]
    assert len(rows) <= 2, f"two rows at most: {seen['groups']}"
    assert all(group["right"] <= seen["room"] for group in seen["groups"]), seen
    # Round 51: "Preview only" (review 50) joined the toolbar, on the row of the note that
    # says how the page is drawn, under the two rows of groups: three rows at most, none a
    # group alone (the groups' rows are counted above).
    assert seen["bar"][1] - seen["bar"][0] <= 128, seen["bar"]
    names = [group["name"] for group in seen["groups"]]
    assert "Colour scheme" in names, "each group still named whole"
    assert tab.get_by_role("group", name="Colour scheme").is_visible()
    # (round 46's workspace: "Two screens" gives way to the bar between the live page and
    # the checks, which resizes them)
    assert names == ["Width", "Colour scheme", "Zoom", "Vision"], names
    assert seen["split"], "the bar instead of the Height group"
    assert not tab.get_by_role("group", name="Height").is_visible()


@pytest.mark.parametrize("tab", [(1280, 800, "light"), (1440, 900, "dark")], indirect=True)
def test_the_static_gallery_approves_by_one_labelled_button(tab: Any, gallery: Path) -> None:
    """Opened as files, approving was a command in grey with "Copy the command": a clearly
    labelled button copies it, says so where it is, and says why the page cannot approve."""
    _fixture(tab, gallery, VIDEO)
    tab.get_by_role("tab", name="Changes").click()
    panel = tab.locator("section[aria-labelledby=changes]")
    button = panel.get_by_role("button", name="Approve these screenshots")
    assert button.is_visible()
    command = f"broadsheet preview --approve {gallery.parent / (VIDEO + '.json')}"
    # Round 48: the command and why the page cannot approve folded under "How approving
    # works" (in sight, they were for whoever built the tool: the review's item 3)
    how = panel.locator("details.verdict__how")
    assert not panel.locator(".verdict__why").is_visible()
    how.locator("summary").click()
    assert panel.locator(".verdict__command").inner_text() == command
    why = panel.locator(".verdict__why")
    assert why.is_visible()
    assert "cannot write files" in why.inner_text()
    assert not panel.get_by_role("button", name="Accept the new screenshots").is_visible()
    style = button.evaluate("b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]")
    assert contrast(rgb(style[0]), rgb(style[1])) >= 4.5, "a primary button, its words readable"
    button.click()
    said = panel.locator(".verdict__said")
    tab.wait_for_function("document.querySelector('section[aria-labelledby=changes] "
                          ".verdict__said').textContent !== ''", timeout=10_000)
    text = said.inner_text()
    assert text in {f"✔ Copied: {command}", f"Copied: {command}",
                    "Selected: press Ctrl+C (⌘C) to copy it."}, text
    if "Copied" in text:
        assert said.is_visible()
        box = said.bounding_box()
        shown = button.bounding_box()
        assert box
        assert shown
        assert box["y"] - (shown["y"] + shown["height"]) <= 200, "the confirmation near it"
    else:
        assert tab.evaluate("getSelection().toString()") == command
