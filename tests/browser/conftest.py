"""Browser-suite fixtures (the shared Chromium, ``auditor``, is in tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_FILES, ARTICLES, rendered, require


@pytest.fixture(scope="session")
def validator() -> object:
    from broadsheet.browser import BrowserUnavailable
    from broadsheet.browser.vnu import find_validator
    try:
        return find_validator()
    except BrowserUnavailable as error:
        require("Nu Html Checker", str(error))
        raise


@pytest.fixture(scope="session")
def pages_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture rendered into one folder with the photographs it uses (``images/``),
    served to Chromium as the fixtures' own folder serves them."""
    folder = tmp_path_factory.mktemp("pages")
    shutil.copytree(ARTICLES / "images", folder / "images")
    for path in ARTICLE_FILES:
        (folder / f"{path.stem}.html").write_text(rendered(path).html, encoding="utf-8")
    return folder


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many fixture pages the session loaded, against the number of tests' uses."""
    from tests.browser.fixture_pages import POOL

    if POOL.uses:
        terminalreporter.write_line(POOL.summary())
