"""pytest configuration: the golden-file refresh flag and the one shared Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ARTICLES, require


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("broadsheet").addoption(
        "--update-goldens", action="store_true", default=False,
        help="rewrite golden files (fixtures/**/*.golden.*) from the current output",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def auditor() -> Iterator[Any]:
    """One Chromium for the whole session: Playwright's sync API allows one instance per
    thread, so every browser test (audits, gallery, XSS probes) shares this one."""
    try:
        from broadsheet.browser import BrowserAuditor, BrowserUnavailable
    except ImportError as error:  # the browser extra is not installed
        require("Playwright", str(error))
    try:
        runner = BrowserAuditor()
        runner.browser()
    except BrowserUnavailable as error:
        require("Chromium", str(error))
    with runner:
        yield runner


@pytest.fixture(scope="session")
def fixtures_gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gallery of every fixture built without a browser, once per session for every
    module that reads it (tests/preview/test_gallery.py, the gallery's index and designer
    tests): each used to build its own. Tests read it; one that changes a gallery builds its
    own in ``tmp_path``."""
    from broadsheet.preview import build_gallery

    out = tmp_path_factory.mktemp("fixtures-gallery")
    build_gallery([ARTICLES], out)
    return out
