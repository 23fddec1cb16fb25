"""Browser-suite fixtures: one Chromium per session; CI fails when a real component is missing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_FILES, rendered

CI = os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def require(what: str, reason: str) -> None:
    """Skip locally, fail under CI=true: a missing browser, Java or checker is a failure there."""
    message = f"{what} unavailable: {reason}"
    if CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def auditor() -> Iterator[object]:
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
    """Every fixture rendered into one folder, served to Chromium as file:// pages."""
    folder = tmp_path_factory.mktemp("pages")
    for path in ARTICLE_FILES:
        (folder / f"{path.stem}.html").write_text(rendered(path).html, encoding="utf-8")
    return folder
