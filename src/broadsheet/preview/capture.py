"""Screenshots and the accessibility tree of rendered pages, from one Chromium launch."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from broadsheet.browser.launch import BrowserUnavailable, launch_chromium, start_playwright
from broadsheet.errors import BroadsheetError
from broadsheet.findings import Finding
from broadsheet.preview.model import Screenshot

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright, Route

WIDTHS = (320, 768, 1280)
SCHEMES = ("light", "dark")
#: Stand-in for images on hosts the sandbox cannot reach: a neutral box with a cross.
PLACEHOLDER_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" preserveAspectRatio="none">'
    '<rect width="160" height="90" fill="#b8b8b8"/><path d="M0 0L160 90M160 0L0 90" '
    'stroke="#8a8a8a" stroke-width="1"/></svg>'
)
TIMEOUT_MS = 15_000


class ChromiumCapture:
    """A :class:`~broadsheet.preview.builder.PageCapture` backed by one headless Chromium."""

    def __init__(self, widths: tuple[int, ...] = WIDTHS,
                 schemes: tuple[str, ...] = SCHEMES) -> None:
        self.widths = widths
        self.schemes = schemes
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None

    def __enter__(self) -> ChromiumCapture:
        self._playwright = start_playwright()
        try:
            self._browser = launch_chromium(self._playwright)
        except BrowserUnavailable:
            self._playwright.stop()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()

    @staticmethod
    def _offline(route: Route) -> None:
        """Serve local files, a placeholder for remote images, and abort everything else."""
        request = route.request
        if request.url.startswith("file:"):
            route.continue_()
        elif request.resource_type == "image":
            route.fulfill(status=200, content_type="image/svg+xml", body=PLACEHOLDER_SVG)
        else:
            route.abort()

    def capture(self, page: Path, folder: Path) -> tuple[list[Screenshot], str | None,
                                                          list[Finding]]:
        """Screenshots at every width and scheme, plus the ARIA snapshot of the body."""
        if self._browser is None:
            raise BroadsheetError("ChromiumCapture is used outside its `with` block")
        shots_dir = folder / "shots"
        shots_dir.mkdir(parents=True, exist_ok=True)
        context = self._browser.new_context(viewport={"width": self.widths[-1], "height": 900})
        try:
            tab = context.new_page()
            tab.set_default_timeout(TIMEOUT_MS)
            tab.route("**/*", self._offline)
            tab.goto(page.resolve().as_uri(), wait_until="load")
            screenshots: list[Screenshot] = []
            for scheme in self.schemes:
                scheme_value: Any = scheme
                tab.emulate_media(color_scheme=scheme_value)
                for width in self.widths:
                    tab.set_viewport_size({"width": width, "height": 900})
                    name = f"shots/{width}-{scheme}.png"
                    tab.screenshot(path=str(folder / name), full_page=True)
                    screenshots.append(Screenshot(width, scheme, name))
            tree = tab.locator("body").aria_snapshot()
        except Exception as error:  # Playwright's errors: a page that will not load or render
            raise BroadsheetError(f"{page}: {str(error).splitlines()[0]}") from error
        finally:
            context.close()
        return screenshots, tree, []
