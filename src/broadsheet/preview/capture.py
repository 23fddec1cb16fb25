"""Screenshots, views and probes of rendered fixtures with headless Chromium, through the
one Chromium launch shared with the browser audits."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from broadsheet.browser.audit import AuditOptions, BrowserAuditor
from broadsheet.browser.inpage import spacing_script
from broadsheet.browser.sandbox import PAGE_ORIGIN, Sandbox
from broadsheet.errors import BroadsheetError
from broadsheet.findings import Finding, Outcome
from broadsheet.preview.announce import Announcement, focus_stop
from broadsheet.preview.contrast import measure, merged, pairs
from broadsheet.preview.files import save_image, screenshot
from broadsheet.preview.model import WIDTHS, Capture, Entry, Screenshot, View

if TYPE_CHECKING:
    from playwright.sync_api import FloatRect, Locator, Page, Route

Scheme = Literal["light", "dark"]
SCHEMES: tuple[Scheme, ...] = ("light", "dark")
#: Items to review whose element is outlined on a screenshot crop, at most, per fixture
#: (every violation's element is: they are what must be fixed).
MAX_HIGHLIGHTS = 24
#: Space around an outlined element in its crop (CSS px).
CROP_MARGIN = 48
#: A crop is at least this wide and tall (CSS px) around its element, so a finding on a word
#: shows its sentence; then every line of text it touches is taken whole (probes.js
#: ``cropBox``); at most :data:`CROP_MAX_HEIGHT` tall (an element taller than that, the
#: page itself say, is shown from its top).
CROP_MIN_WIDTH = 480
CROP_MIN_HEIGHT = 160
CROP_MAX_HEIGHT = 720
#: Stand-in for images on hosts the sandbox cannot reach: a neutral box with a cross, in
#: the page's scheme (a light box would glare on a dark page): (fill, cross) colours.
PLACEHOLDER_COLOURS: dict[Scheme, tuple[str, str]] = {"light": ("#c8c8c8", "#8a8a8a"),
                                                      "dark": ("#3a3d41", "#5f646a")}


def placeholder_svg(scheme: Scheme) -> str:
    """The stand-in image for ``scheme``."""
    fill, cross = PLACEHOLDER_COLOURS[scheme]
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" '
            f'preserveAspectRatio="none"><rect width="160" height="90" fill="{fill}"/>'
            f'<path d="M0 0L160 90M160 0L0 90" stroke="{cross}" stroke-width="1"/></svg>')


PROBES = resources.files("broadsheet").joinpath("preview/probes.js").read_text("utf-8")


def _placeholder_images(route: Route, scheme: Scheme = "light") -> None:
    """Remote images become a placeholder in the page's scheme, so screenshots keep the
    layout."""
    if route.request.resource_type == "image" and not route.request.url.startswith(
            PAGE_ORIGIN + "/"):
        route.fulfill(status=200, content_type="image/svg+xml", body=placeholder_svg(scheme))
    else:
        route.fallback()


def _load_every_image(tab: Page, timeout_ms: float = 10_000) -> None:
    """Lazy images far below the fold load too, so full-page screenshots show what a reader
    scrolling down sees, and the page's web fonts are in (a screenshot taken while a font
    still loads shows a fallback font); what never arrives is left as it is."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    tab.evaluate("() => { for (const image of document.images) image.loading = 'eager'; }")
    with contextlib.suppress(PlaywrightTimeout):
        tab.wait_for_function("() => Array.from(document.images).every(image => image.complete)"
                              " && document.fonts.status === 'loaded'", timeout=timeout_ms)
    # Loaded is not yet drawn: a screenshot taken before a picture is decoded shows a hole.
    tab.evaluate("() => Promise.race([Promise.all(Array.from(document.images, (image) => "
                 "image.decode().catch(() => null))), new Promise((done) => "
                 f"setTimeout(done, {timeout_ms:.0f}))])")


#: How long a media player may take to settle (ms), and how often it is looked at.
MEDIA_SETTLE_MS = 8_000
MEDIA_LOOK_MS = 300


def _settle_media(tab: Page, timeout_ms: float = MEDIA_SETTLE_MS, *, look: bool = True) -> None:
    """Every video and audio player drawn as a reader meets it, the same on every run:
    its poster decoded, its metadata in (or its loading given up: sources on other hosts
    never load here, and ``preload="none"`` loads nothing), and its controls still. Chromium
    draws a spinning loading indicator over a player for a moment after the page loads; the
    players are looked at until two looks in a row are identical (at most ``timeout_ms``),
    so no screenshot catches a frame of it (``look=False``: after a resize, when the
    indicator has gone, only posters and metadata are waited for)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    players = tab.locator("video, audio")
    if not players.count():
        return
    with contextlib.suppress(PlaywrightTimeout):
        tab.wait_for_function(
            "() => Array.from(document.querySelectorAll('video, audio')).every((media) => "
            "media.readyState >= 1 || media.error || media.networkState !== 2)",
            timeout=timeout_ms)
    tab.evaluate("() => Promise.all(Array.from(document.querySelectorAll('video[poster]'), "
                 "(video) => { const poster = new Image(); poster.src = video.poster; "
                 "return poster.decode().catch(() => null); }))")
    deadline = time.monotonic() + timeout_ms / 1000
    for index in range(players.count() if look else 0):
        player = players.nth(index)
        if not player.is_visible():
            continue
        seen = b""
        while time.monotonic() < deadline:
            now = player.screenshot(animations="disabled", scale="css")
            if now == seen:
                break
            seen = now
            tab.wait_for_timeout(MEDIA_LOOK_MS)
    tab.evaluate("() => window.scrollTo(0, 0)")


def _still(tab: Page) -> None:
    """Wait for the layout a resize started to settle (two frames), so a screenshot shows the
    page at its new width and nothing half-way."""
    tab.evaluate("() => new Promise(done => requestAnimationFrame(() => "
                 "requestAnimationFrame(() => done(null))))")


def _steady(tab: Page) -> None:
    """The page as it is at rest, the same on every capture: its new layout settled, every
    web font the layout asked for loaded and drawn (a font is fetched when text first needs
    it, so a width with new words, a bold or an italic starts a load ``fonts.status``
    did not yet know of), no element focused (no caret, no focus ring), every region that
    scrolls sideways (a wide table, with its scroll shade) at its start, and then two more
    frames. Animations and transitions are stopped by the reduced motion the tab asks for
    and by the screenshot itself (``animations="disabled"``); the caret is hidden by it."""
    _still(tab)
    tab.evaluate("async () => { if (document.activeElement && document.activeElement.blur) "
                 "document.activeElement.blur(); await document.fonts.ready; "
                 "for (const box of document.querySelectorAll('*')) "
                 "if (box.scrollLeft) box.scrollLeft = 0; }")
    _still(tab)


def space_text(tab: Page) -> None:
    """Apply WCAG 1.4.12's text spacing (the live check's own script); the ``clear`` probe
    puts every style attribute back as it was."""
    tab.evaluate(f"() => {{ window.__broadsheetUnspace = ({spacing_script()})(); }}")


def _measured(tab: Page, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The probe's texts, those over a picture given the lowest ratio the live checker
    measures from the pixels behind their characters (round 49's review: the hero's
    headline left "check by eye" although the tool holds the screenshots)."""
    if all(item.get("bg") for item in found):
        return found
    from broadsheet.browser.act_checks import sampled_contrast

    measure(found, sampled_contrast(tab))
    return found


def _probe(tab: Page, name: str, *args: Any) -> Any:
    return tab.evaluate(f"([args]) => ({PROBES}).{name}(...args)", [list(args)])


def _others(view: View, focus: dict[str, str], screenshots: list[Screenshot]) -> View:
    """``view`` with the same view at its other widths and schemes: the focus order's at
    every width and scheme (``focus``), 400% zoom's (the narrowest screenshot) in each
    scheme."""
    if view.key == "focus":
        return replace(view, others=focus)
    if view.key == "zoom-400":
        narrow = next(s for s in screenshots if s.path == view.path)
        return replace(view, others={f"{view.width}-{s.scheme}": s.path for s in screenshots
                                     if s.width == narrow.width})
    return view


def _focus_shot(tab: Page, folder: Path, width: int, scheme: str) -> str:
    """The focus-order view at the tab's width and scheme (its badges then taken off): the
    Views tab shows the one of the live page's width and scheme."""
    name = f"shots/view-focus-{width}-{scheme}.png"
    tab.evaluate("() => window.scrollTo(0, 0)")
    _probe(tab, "focusOrder")
    screenshot(tab, folder / name, full_page=True)
    _probe(tab, "clear")
    return name


def _focus_stops(tab: Page, texts: list[str]) -> list[Announcement]:
    """What a screen reader says on each element the focus-order probe marked (``texts``:
    their visible text, in order): role, accessible name and state from Chromium's
    accessibility tree (through the DevTools protocol)."""
    session = tab.context.new_cdp_session(tab)
    try:
        session.send("DOM.enable")
        tree = {node.get("backendDOMNodeId"): node
                for node in session.send("Accessibility.getFullAXTree")["nodes"]}
        stops = []
        for index, text in enumerate(texts):
            found = session.send("Runtime.evaluate", {
                "expression": f'document.querySelector(\'[data-broadsheet-focus="{index}"]\')'})
            object_id = found["result"].get("objectId")
            node: dict[str, Any] = {}
            if object_id:
                described = session.send("DOM.describeNode", {"objectId": object_id})
                node = tree.get(described["node"]["backendNodeId"]) or {}
            states = {str(item["name"]): str(item.get("value", {}).get("value", "")).lower()
                      for item in node.get("properties", [])}
            stops.append(focus_stop(str(node.get("role", {}).get("value", "")),
                                    str(node.get("name", {}).get("value", "")).strip(), states,
                                    text))
        return stops
    finally:
        session.detach()


#: The index's thumbnails: the article's first screen at the widest width, this wide (px).
THUMBNAIL_WIDTH = 480


#: Where a thumbnail of the page down to document line ``fold`` (CSS px) ends: above the
#: first line of text the fold would cut (its top), so no card shows half a line of words
#: (pictures may still be cut). Never above half the fold.
FOLD_LINE = """(fold) => {
  let cut = fold;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      const top = line.top + scrollY, bottom = line.bottom + scrollY;
      if (line.height && top < fold && bottom > fold) cut = Math.min(cut, top);
    }
  }
  return Math.max(cut, fold / 2);
}"""


def _painted_below(image: Any, line: int) -> Any:
    """``image`` (RGB) with everything from row ``line`` down painted in the colour of its
    left edge just above it (the page's background, in its margin)."""
    if 0 < line < image.height:
        image.paste(image.getpixel((1, line - 1)), (0, line, image.width, image.height))
    return image


def _thumbnail(tab: Page, folder: Path, width: int, scheme: str = "light") -> str | None:
    """A small JPEG of the first screen of the article at ``width``, from its ``<main>``,
    ending above the first line of text the screen's bottom edge cuts (None without
    Pillow): ``shots/thumbnail.jpg``, or ``shots/thumbnail-dark.jpg`` in the dark scheme."""
    try:
        from PIL import Image
    except ImportError:
        return None
    import io

    height = width * 5 // 8
    tab.set_viewport_size({"width": width, "height": height})
    # From the article's start, below the site's masthead (the same on every page of a
    # site): its headline and lead picture are what tell one card from another.
    tab.evaluate("() => { const main = document.querySelector('main');"
                 " window.scrollTo(0, main ? main.getBoundingClientRect().top + scrollY : 0); }")
    top = tab.evaluate("scrollY")
    cut = tab.evaluate(FOLD_LINE, top + height)
    with Image.open(io.BytesIO(tab.screenshot())) as image:
        scale = image.width / width
        small = _painted_below(image.convert("RGB"), round((cut - top) * scale))
    small.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_WIDTH))
    name = "shots/thumbnail.jpg" if scheme == "light" else f"shots/thumbnail-{scheme}.jpg"
    save_image(small, folder / name, format="JPEG", quality=80, optimize=True)
    return name


#: The index's phone thumbnails: the top of the page at this width (px) when it is one of
#: the widths captured (else the narrowest), as much of it as a phone's first screen shows
#: (:data:`PHONE_SCREEN` CSS px tall), :data:`PHONE_THUMBNAIL_WIDTH` px wide.
PHONE_WIDTH = 375
PHONE_SCREEN = 667
PHONE_THUMBNAIL_WIDTH = 160


def phone_thumbnail(folder: Path, shots: list[Screenshot], scheme: str = "light",
                    folds: dict[tuple[int, str], float] | None = None) -> str | None:
    """A small JPEG of a phone's first screen, cut from the phone-width screenshot already
    taken in ``scheme`` (no browser work), ending where ``folds`` says for its width and
    scheme (:data:`FOLD_LINE`: above the line of text the screen's edge cuts):
    ``shots/thumbnail-phone.jpg``, or ``shots/thumbnail-phone-dark.jpg``; None without
    Pillow or such a screenshot."""
    try:
        from PIL import Image
    except ImportError:
        return None
    mine = [shot for shot in shots if shot.scheme == scheme]
    if not mine:
        return None
    shot = next((shot for shot in mine if shot.width == PHONE_WIDTH),
                min(mine, key=lambda shot: shot.width))
    with Image.open(folder / shot.path) as image:
        scale = image.width / shot.width  # the screenshot's pixels per CSS px
        top = image.crop((0, 0, image.width, min(image.height,
                                                 round(PHONE_SCREEN * scale)))).convert("RGB")
    fold = (folds or {}).get((shot.width, scheme))
    if fold:
        top = _painted_below(top, round(fold * scale))
    top.thumbnail((PHONE_THUMBNAIL_WIDTH, PHONE_THUMBNAIL_WIDTH * 2))
    name = "shots/thumbnail-phone.jpg" if scheme == "light" else (
        f"shots/thumbnail-phone-{scheme}.jpg")
    save_image(top, folder / name, format="JPEG", quality=80, optimize=True)
    return name


#: Page kept above and below a block story's block (CSS px).
BLOCK_MARGIN = 16


def _block_shot(tab: Page, element: Locator, path: Path) -> None:
    """The block as it sits on the page: the page's whole width (its gutters, so no word is
    cut at a side, right to left included) from a little above the block to a little
    below it."""
    box = element.evaluate("(el) => { const r = el.getBoundingClientRect(); "
                           "return {top: r.top + scrollY, bottom: r.bottom + scrollY}; }")
    width, height = tab.evaluate("[document.documentElement.clientWidth, "
                                 "document.documentElement.scrollHeight]")
    top = max(0.0, box["top"] - BLOCK_MARGIN)
    bottom = min(float(height), box["bottom"] + BLOCK_MARGIN)
    screenshot(tab, path, full_page=True, animations="disabled",
                   clip={"x": 0, "y": top, "width": width, "height": max(1.0, bottom - top)})


#: The width a block story's thumbnail is taken at (the index's cards are about 600 px
#: wide at 1280 px: a paragraph or a map at a tablet's width fills one), else the widest
#: captured under it.
BLOCK_THUMBNAIL_WIDTH = 768


def _block_thumbnail(tab: Page, element: Locator, path: Path) -> None:
    """The block alone, cropped to its own box on both axes with :data:`BLOCK_MARGIN` of
    the page around it (round 43's review: a thumbnail of the page's width, a short heading
    left a card of grey below it and a tall paragraph was cut)."""
    box = element.evaluate("(el) => { const r = el.getBoundingClientRect(); return {"
                           "left: r.left + scrollX, right: r.right + scrollX, "
                           "top: r.top + scrollY, bottom: r.bottom + scrollY}; }")
    width, height = tab.evaluate("[document.documentElement.scrollWidth, "
                                 "document.documentElement.scrollHeight]")
    left, top = max(0.0, box["left"] - BLOCK_MARGIN), max(0.0, box["top"] - BLOCK_MARGIN)
    right = min(float(width), box["right"] + BLOCK_MARGIN)
    bottom = min(float(height), box["bottom"] + BLOCK_MARGIN)
    screenshot(tab, path, full_page=True, animations="disabled",
               clip={"x": left, "y": top, "width": max(1.0, right - left),
                     "height": max(1.0, bottom - top)})


class ChromiumCapture:
    """A :class:`~broadsheet.preview.builder.PageCapture` backed by a :class:`BrowserAuditor`."""

    def __init__(self, widths: tuple[int, ...] = WIDTHS,
                 schemes: tuple[Scheme, ...] = SCHEMES, *,
                 auditor: BrowserAuditor | None = None, views: bool = True,
                 audit: bool = True, element: str | None = None) -> None:
        """``auditor``: an already running browser to share (it stays open afterwards);
        ``views``: also the zoom, text-spacing, forced-colours and focus-order views, the
        contrast pairs and the findings' crops; ``audit``: also the browser checks and the
        accessibility tree (without views and audit: screenshots only, as visual regression
        needs); ``element``: screenshots of the first element this selector finds rather
        than the whole page, where there is one (a block story shows its block)."""
        self.element = element
        self.widths = widths
        self.schemes = schemes
        self.views = views
        self.audit = audit
        self._owns_auditor = auditor is None
        self.auditor = auditor or BrowserAuditor()

    def for_blocks(self, element: str) -> ChromiumCapture:
        """The same browser, widths and schemes for block stories: screenshots of
        ``element`` only (a block's browser findings, views and tree are on its fixture's
        page; auditing each variant again tripled the build)."""
        return ChromiumCapture(self.widths, self.schemes, auditor=self.auditor, views=False,
                               audit=False, element=element)

    def _thumbnail_width(self) -> int:
        """The width a block's thumbnail is taken at (:data:`BLOCK_THUMBNAIL_WIDTH`)."""
        under = [width for width in self.widths if width <= BLOCK_THUMBNAIL_WIDTH]
        return max(under) if under else min(self.widths)

    def __enter__(self) -> ChromiumCapture:
        self.auditor.browser()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._owns_auditor:
            self.auditor.close()

    @contextlib.contextmanager
    def _tab(self, page: Path, scheme: Scheme, width: int) -> Iterator[Page]:
        options = AuditOptions(width=width, color_scheme=scheme)
        sandbox = Sandbox.for_file(page)
        with self.auditor.page(options, sandbox) as tab:
            tab.route("**/*", lambda route: _placeholder_images(route, scheme))
            tab.goto(sandbox.url, wait_until="load")
            _load_every_image(tab)
            _settle_media(tab)
            yield tab

    def capture(self, page: Path, folder: Path,
                findings: list[Finding] | None = None) -> Capture:
        """Screenshots at every width and scheme, the ARIA snapshot, and what axe-core and
        Broadsheet's browser checks found (passes left out); with ``views``, also the views,
        contrast pairs and crops outlining the elements of ``findings`` (with the browser's
        own findings after them)."""
        result = Capture()
        if self.audit:
            audit = self.auditor.audit(page, snapshot=True)
            result.aria_snapshot = audit.aria_snapshot
            result.findings = [finding for each in audit.results for finding in each.findings
                               if finding.outcome in (Outcome.FAILED, Outcome.CANT_TELL)]
        (folder / "shots").mkdir(parents=True, exist_ok=True)
        folds: dict[tuple[int, str], float] = {}
        focus: dict[str, str] = {}  # the focus order at each width and scheme
        try:
            for scheme in self.schemes:
                with self._tab(page, scheme, self.widths[0]) as tab:
                    for width in self.widths:
                        tab.set_viewport_size({"width": width, "height": 800})
                        name = f"shots/{width}-{scheme}.png"
                        _load_every_image(tab)  # a new width can choose other srcset files
                        _settle_media(tab, look=False)
                        _steady(tab)
                        shown = tab.locator(self.element).first if self.element else None
                        if shown is not None and shown.count():
                            _block_shot(tab, shown, folder / name)
                            if width == self._thumbnail_width():
                                thumb = ("shots/thumbnail.png" if scheme == "light"
                                         else f"shots/thumbnail-{scheme}.png")
                                _block_thumbnail(tab, shown, folder / thumb)
                                if scheme == "light":
                                    result.thumbnail = thumb
                                else:
                                    result.thumbnail_dark = thumb
                        else:
                            screenshot(tab, folder / name, full_page=True, animations="disabled")
                        result.screenshots.append(Screenshot(width, scheme, name))
                        if self.views and not self.element:
                            focus[f"{width}-{scheme}"] = _focus_shot(tab, folder, width, scheme)
                        if not self.element and width <= PHONE_WIDTH:
                            folds[(width, scheme)] = tab.evaluate(FOLD_LINE, PHONE_SCREEN)
                    if scheme == self.schemes[0] and not self.element:
                        result.thumbnail = _thumbnail(tab, folder, max(self.widths))
                    elif scheme == "dark" and not self.element:
                        result.thumbnail_dark = _thumbnail(tab, folder, max(self.widths),
                                                           scheme)
                        if self.views:
                            self._dark_crops(tab, folder, [*(findings or ()), *result.findings],
                                             result.highlights)
                    if self.views:
                        result.contrast.extend(pairs(scheme, _measured(tab, _probe(
                            tab, "textColours", scheme == "dark"))))
                        if scheme == self.schemes[0]:
                            self._views(tab, folder, [*(findings or ()), *result.findings],
                                        result)
            result.contrast = merged(result.contrast)
            result.views = [_others(view, focus, result.screenshots) for view in result.views]
            if not self.element:
                result.thumbnail_phone = phone_thumbnail(folder, result.screenshots,
                                                         folds=folds)
                result.thumbnail_phone_dark = phone_thumbnail(folder, result.screenshots, "dark",
                                                              folds)
        except Exception as error:  # Playwright's errors: a page that will not load or render
            raise BroadsheetError(f"{page}: {str(error).splitlines()[0]}") from error
        return result

    def _views(self, tab: Page, folder: Path, findings: list[Finding], result: Capture) -> None:
        """The views and crops, in the first scheme's tab (left at the widest width)."""
        widest = max(self.widths)
        tab.set_viewport_size({"width": widest, "height": 800})
        result.highlights = self._highlights(tab, folder, findings)
        tab.evaluate("() => window.scrollTo(0, 0)")
        result.focus_order = _focus_stops(tab, _probe(tab, "focusOrder"))
        result.views.append(self._shot(
            tab, folder, "focus", "Focus order",
            f"Numbered badges on the {len(result.focus_order)} places the Tab key reaches, in "
            "the order it reaches them.", widest, self.schemes[0]))
        _probe(tab, "clear")
        tab.set_viewport_size({"width": widest // 2, "height": 800})
        result.views.append(self._shot(
            tab, folder, "zoom-200", "200% zoom",
            f"A {widest} px window zoomed to 200%: the page laid out {widest // 2} CSS px wide.",
            widest, self.schemes[0]))
        narrow = [shot for shot in result.screenshots if shot.width * 4 == widest]
        if narrow:
            result.views.append(View(
                "zoom-400", "400% zoom",
                f"A {widest} px window zoomed to 400%: the page laid out {narrow[0].width} CSS "
                "px wide (the same as the narrowest screenshot).", narrow[0].path, widest,
                narrow[0].scheme))
        middle = sorted(self.widths)[len(self.widths) // 2]
        tab.set_viewport_size({"width": middle, "height": 800})
        _still(tab)
        space_text(tab)
        result.views.append(self._shot(
            tab, folder, "text-spacing", "Text spacing",
            f"WCAG 1.4.12's spacing on every element at {middle} px: line height at least 1.5 "
            "times the font size, letter spacing 0.12, word spacing 0.16 and 2 after each "
            "paragraph (larger spacing the page sets is kept): nothing may be cut off or "
            "overlap.", middle, self.schemes[0]))
        _probe(tab, "clear")
        tab.emulate_media(forced_colors="active")
        result.views.append(self._shot(
            tab, folder, "forced-colours", "Forced colours",
            "Windows High Contrast and other forced-colour modes (Chromium's emulation): the "
            "page's colours are replaced by the reader's; borders and focus must still show.",
            middle, "forced"))
        tab.emulate_media(forced_colors="none")

    @staticmethod
    def _shot(tab: Page, folder: Path, key: str, label: str, description: str, width: int,
              scheme: str) -> View:
        name = f"shots/view-{key}.png"
        screenshot(tab, folder / name, full_page=True)
        return View(key, label, description, name, width, scheme)

    def _dark_crops(self, tab: Page, folder: Path, findings: list[Finding],
                    crops: dict[int, str]) -> None:
        """The violations' crops again in the dark scheme (:meth:`Entry.dark_crop`), so an
        index card in the dark scheme shows where it fails on the dark page."""
        tab.set_viewport_size({"width": max(self.widths), "height": 800})
        done: set[str] = set()
        for index, name in crops.items():
            target = findings[index].target
            if findings[index].outcome is not Outcome.FAILED or name in done or not target:
                continue
            done.add(name)
            if _probe(tab, "outline", target) is None:
                continue
            clip: FloatRect | None = _probe(tab, "cropBox", target, CROP_MARGIN, CROP_MIN_WIDTH,
                                            CROP_MIN_HEIGHT, CROP_MAX_HEIGHT)
            if clip and clip["width"] >= 8 and clip["height"] >= 8:
                screenshot(tab, folder / Entry.dark_crop(name), clip=clip, full_page=True)
            _probe(tab, "clear")

    @staticmethod
    def _highlights(tab: Page, folder: Path, findings: list[Finding]) -> dict[int, str]:
        """A crop of the page around each finding's element, outlined in red (the lines of
        text around it whole, probes.js ``cropBox``): every violation's, then items to
        review's up to :data:`MAX_HIGHLIGHTS`."""
        crops: dict[int, str] = {}
        done: dict[str, str] = {}
        order = sorted(range(len(findings)),
                       key=lambda at: findings[at].outcome is not Outcome.FAILED)
        for index in order:
            finding = findings[index]
            target = finding.target
            if not target or (finding.outcome is not Outcome.FAILED and
                              len(done) >= MAX_HIGHLIGHTS and target not in done):
                continue
            if target in done:
                crops[index] = done[target]
                continue
            box = _probe(tab, "outline", target)
            if box is None:
                done[target] = ""
                continue
            clip: FloatRect | None = _probe(tab, "cropBox", target, CROP_MARGIN, CROP_MIN_WIDTH,
                                            CROP_MIN_HEIGHT, CROP_MAX_HEIGHT)
            name = f"shots/finding-{len(crops)}.png"
            if clip and clip["width"] >= 8 and clip["height"] >= 8:
                # In page coordinates: a crop taller than the window is still whole.
                screenshot(tab, folder / name, clip=clip, full_page=True)
                crops[index] = done[target] = name
            _probe(tab, "clear")
        return {index: name for index, name in crops.items() if name}
