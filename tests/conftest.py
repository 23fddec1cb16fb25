"""pytest configuration: the golden-file refresh flag and the one shared Chromium."""

from __future__ import annotations

from collections import defaultdict
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


#: Seconds each test file took (setup, call and teardown of its tests), for the summary.
_FILE_SECONDS: defaultdict[str, float] = defaultdict(float)
#: Test files the end-of-run summary lists, slowest first.
SLOWEST_FILES = 20


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _FILE_SECONDS[report.nodeid.split("::", 1)[0]] += report.duration


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The slowest test files, beside pytest's slowest tests: where CI's minutes go (a
    session fixture's start-up counts in the file that first asked for it)."""
    if not _FILE_SECONDS:
        return
    total = sum(_FILE_SECONDS.values())
    terminalreporter.write_sep("=", f"slowest {SLOWEST_FILES} test files of {total:.0f} s")
    for name, seconds in sorted(_FILE_SECONDS.items(), key=lambda kv: -kv[1])[:SLOWEST_FILES]:
        terminalreporter.write_line(f"{seconds:8.1f}s {100 * seconds / total:5.1f} %  {name}")


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
