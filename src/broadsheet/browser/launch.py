"""Find a Chromium and launch it through Playwright (DESIGN.md, "Real components")."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from broadsheet.errors import BroadsheetError

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

#: Flags for a quiet, sandbox-free headless Chromium in containers and CI.
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # media play as the page asks (autoplaying sound is judged as it plays)
    "--autoplay-policy=no-user-gesture-required",
)
SYSTEM_CHROMIUM = "/usr/bin/chromium"


class BrowserUnavailable(BroadsheetError):
    """No usable Chromium, or Playwright is not installed (``pip install broadsheet[browser]``)."""


def find_chromium() -> str | None:
    """``$BROADSHEET_CHROMIUM``, then Debian's ``/usr/bin/chromium``, else None.

    None means "use Playwright's own browser", when one is installed.
    """
    configured = os.environ.get("BROADSHEET_CHROMIUM")
    if configured:
        path = shutil.which(configured) or configured
        if not Path(path).is_file():
            raise BrowserUnavailable(f"BROADSHEET_CHROMIUM={configured}: no such executable")
        return path
    if Path(SYSTEM_CHROMIUM).is_file():
        return SYSTEM_CHROMIUM
    return None


def launch_chromium(playwright: Playwright, *, executable: str | None = None) -> Browser:
    """Launch headless Chromium; :class:`BrowserUnavailable` says what to install."""
    path = executable or find_chromium()
    try:
        return playwright.chromium.launch(executable_path=path, headless=True,
                                          args=list(CHROMIUM_ARGS))
    except Exception as error:  # Playwright raises its own Error for every launch failure
        where = path or "Playwright's bundled Chromium"
        raise BrowserUnavailable(
            f"cannot launch Chromium ({where}): {str(error).splitlines()[0]}. Install Debian's "
            "chromium (apt-get install chromium) or set BROADSHEET_CHROMIUM") from error


def start_playwright() -> Playwright:
    """Start Playwright's sync API, or explain how to install it."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        raise BrowserUnavailable(
            "browser audits need Playwright: pip install 'broadsheet[browser]'") from error
    return sync_playwright().start()
