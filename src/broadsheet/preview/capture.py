"""Screenshots, the accessibility tree and browser findings of rendered pages, from one
Chromium launch shared with the browser audits."""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from broadsheet.browser.audit import AuditOptions, BrowserAuditor
from broadsheet.browser.sandbox import PAGE_ORIGIN, Sandbox
from broadsheet.errors import BroadsheetError
from broadsheet.findings import Finding, Outcome
from broadsheet.preview.model import Screenshot

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

Scheme = Literal["light", "dark"]
WIDTHS = (320, 768, 1280)
SCHEMES: tuple[Scheme, ...] = ("light", "dark")
#: Stand-in for images on hosts the sandbox cannot reach: a neutral box with a cross.
PLACEHOLDER_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" preserveAspectRatio="none">'
    '<rect width="160" height="90" fill="#b8b8b8"/><path d="M0 0L160 90M160 0L0 90" '
    'stroke="#8a8a8a" stroke-width="1"/></svg>'
)


def _placeholder_images(route: Route) -> None:
    """Remote images become a placeholder, so screenshots keep the layout."""
    if route.request.resource_type == "image" and not route.request.url.startswith(
            PAGE_ORIGIN + "/"):
        route.fulfill(status=200, content_type="image/svg+xml", body=PLACEHOLDER_SVG)
    else:
        route.fallback()


def _load_every_image(tab: Page, timeout_ms: float = 10_000) -> None:
    """Lazy images far below the fold load too, so full-page screenshots show what a reader
    scrolling down sees; an image that never arrives is left as it is."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    tab.evaluate("() => { for (const image of document.images) image.loading = 'eager'; }")
    with contextlib.suppress(PlaywrightTimeout):
        tab.wait_for_function("() => Array.from(document.images).every(image => image.complete)",
                              timeout=timeout_ms)


class ChromiumCapture:
    """A :class:`~broadsheet.preview.builder.PageCapture` backed by a :class:`BrowserAuditor`."""

    def __init__(self, widths: tuple[int, ...] = WIDTHS,
                 schemes: tuple[Scheme, ...] = SCHEMES, *,
                 auditor: BrowserAuditor | None = None) -> None:
        """``auditor``: an already running browser to share (it stays open afterwards)."""
        self.widths = widths
        self.schemes = schemes
        self._owns_auditor = auditor is None
        self.auditor = auditor or BrowserAuditor()

    def __enter__(self) -> ChromiumCapture:
        self.auditor.browser()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._owns_auditor:
            self.auditor.close()

    def capture(self, page: Path, folder: Path) -> tuple[list[Screenshot], str | None,
                                                          list[Finding]]:
        """Screenshots at every width and scheme, the ARIA snapshot, and what axe-core and
        Broadsheet's browser checks found (passes left out)."""
        audit = self.auditor.audit(page, snapshot=True)
        findings = [finding for result in audit.results for finding in result.findings
                    if finding.outcome in (Outcome.FAILED, Outcome.CANT_TELL)]
        (folder / "shots").mkdir(parents=True, exist_ok=True)
        screenshots: list[Screenshot] = []
        try:
            for scheme in self.schemes:
                options = AuditOptions(width=self.widths[0], color_scheme=scheme)
                sandbox = Sandbox.for_file(page)
                with self.auditor.page(options, sandbox) as tab:
                    tab.route("**/*", _placeholder_images)
                    tab.goto(sandbox.url, wait_until="load")
                    _load_every_image(tab)
                    for width in self.widths:
                        tab.set_viewport_size({"width": width, "height": options.height})
                        name = f"shots/{width}-{scheme}.png"
                        tab.screenshot(path=str(folder / name), full_page=True)
                        screenshots.append(Screenshot(width, scheme, name))
        except Exception as error:  # Playwright's errors: a page that will not load or render
            raise BroadsheetError(f"{page}: {str(error).splitlines()[0]}") from error
        return screenshots, audit.aria_snapshot, findings
