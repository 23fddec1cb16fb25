"""The documentation site, built once per session into a temporary folder."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, require

DOCS = ROOT / "docs"


def build(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``python -m sphinx -W --keep-going -b html docs OUT``, as CI runs it."""
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html",
         *options, str(DOCS), str(out)],
        capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)


def need_sphinx() -> None:
    missing = [name for name in ("sphinx", "myst_parser") if importlib.util.find_spec(name) is None]
    if missing:
        require(", ".join(missing), "not installed (pip install -e '.[docs]')")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site; the build must pass with warnings as errors."""
    need_sphinx()
    out = tmp_path_factory.mktemp("docs-site")
    result = build(out, "-d", str(out / ".doctrees"))
    assert result.returncode == 0, f"docs build failed:\n{result.stdout}\n{result.stderr}"
    return out
