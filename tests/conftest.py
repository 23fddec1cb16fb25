"""pytest configuration: the golden-file refresh flag and the one shared Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers import require


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
