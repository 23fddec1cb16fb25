"""pytest configuration: the golden-file refresh flag."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("broadsheet").addoption(
        "--update-goldens", action="store_true", default=False,
        help="rewrite golden files (fixtures/**/*.golden.*) from the current output",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
