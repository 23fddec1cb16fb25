"""``broadsheet preview --serve``: a fixture edited on disk is rebuilt and the stamp the open
pages poll changes, so they reload."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.helpers import ARTICLE_FILES


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def wait_for(condition, seconds: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_an_edited_fixture_is_rebuilt_and_pages_are_told(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    fixture = fixtures / ARTICLE_FILES[0].name
    shutil.copy(ARTICLE_FILES[0], fixture)
    server = subprocess.Popen(
        [sys.executable, "-m", "broadsheet", "preview", str(fixtures), "--out",
         str(tmp_path / "gallery"), "--serve", "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert server.stdout is not None
        url = ""
        for _ in range(5):
            line = server.stdout.readline()
            if match := re.search(r"Serving the gallery at (http://127\.0\.0\.1:\d+/)", line):
                url = match.group(1)
                break
        assert url, "the server says where it serves"
        for _ in range(5):  # served at once; the first build ends after
            if server.stdout.readline().startswith("Built "):
                break
        first = fetch(url + "__build__")
        data = json.loads(fixture.read_text("utf-8"))
        data["headline"] = "A headline edited while the gallery is served"

        def edit_and_look() -> bool:
            # The watcher starts just after the first build: edit until it has seen one.
            fixture.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
            return wait_for(lambda: fetch(url + "__build__") != first, seconds=2)

        assert wait_for(edit_and_look, seconds=30), "rebuilt after the edit"
        # The watcher may see the file half written (write_text truncates first) and build
        # that; the next change event builds the whole edit.
        assert wait_for(lambda: "A headline edited while the gallery is served" in fetch(
            url + "index.html"), seconds=30)
    finally:
        server.terminate()
        server.wait(timeout=10)
