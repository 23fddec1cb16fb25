"""The wheel ships everything the library reads at run time, the schema included."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.helpers import ROOT


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
                     "broadsheet/preview/templates/index.html"):
        assert required in names
    assert b"broadsheet = broadsheet.cli:entry_point" in entry_points
    assert b"[pytest11]" in entry_points
