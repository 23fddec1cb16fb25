"""The wheel ships everything the library reads at run time, the schema included."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import broadsheet
from tests.helpers import OUTPUT_SHAPERS, ROOT, drift_hint, locked_versions


def test_the_wheel_carries_the_schema_templates_and_catalogs(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=600)
    (wheel,) = tmp_path.glob("broadsheet-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        schema = archive.read("broadsheet/schemas/article.schema.json")
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt")))
    assert schema == (ROOT / "schemas" / "article.schema.json").read_bytes()
    for required in ("broadsheet/py.typed", "broadsheet/render/templates/page.html",
                     "broadsheet/render/templates/blocks/paragraph.html",
                     "broadsheet/render/static/broadsheet.css",
                     "broadsheet/i18n/locale/ru/LC_MESSAGES/broadsheet.po",
                     "broadsheet/i18n/locale/ru/vocabulary.toml",
                     "broadsheet/i18n/locale/de/vocabulary.toml",
                     "broadsheet/preview/templates/index.html"):
        assert required in names
    fonts = re.findall(r'url\("(broadsheet-fonts/[^"]+)"\)', broadsheet.stylesheet())
    assert fonts, "the style sheet names its fonts"
    for font in [*fonts, "broadsheet-fonts/OFL-source-serif-4.txt",
                 "broadsheet-fonts/OFL-source-sans-3.txt",
                 "broadsheet-fonts/OFL-noto-naskh-arabic.txt"]:
        assert f"broadsheet/render/static/{font}" in names, font
    assert b"broadsheet = broadsheet.cli:entry_point" in entry_points
    assert b"[pytest11]" in entry_points


def test_the_environment_is_the_lock() -> None:
    """The suite runs on the locked versions: a golden that changes is our change or a re-lock."""
    from importlib.metadata import version

    locked = locked_versions()
    assert set(OUTPUT_SHAPERS) <= set(locked), "an output-shaping dependency is missing from the lock"
    drifted = {name: (version(name), locked[name]) for name in OUTPUT_SHAPERS
               if version(name) != locked[name]}
    assert not drifted, f"installed versions differ from requirements/dev.txt: {drifted}{drift_hint()}"


def test_the_lock_covers_every_declared_dependency() -> None:
    """requirements/dev.txt was compiled from pyproject.toml as it is (bash scripts/lock.sh)."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in ("test", "browser", "docs", "preview"):
        declared += project["optional-dependencies"][extra]
    names = {re.split(r"[<>=\[; ]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in declared}
    missing = names - set(locked_versions())
    assert not missing, f"not in requirements/dev.txt, run bash scripts/lock.sh: {sorted(missing)}"
