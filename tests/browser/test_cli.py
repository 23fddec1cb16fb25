"""``broadsheet check --browser``: static, axe and browser results in one report per page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def test_check_browser_merges_static_axe_and_browser_results(
        auditor: Any, pages_dir: Path, tmp_path: Path) -> None:
    """In a process of its own: Playwright's sync API runs once per thread (auditor's here)."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html lang=en><title>x</title><main><img src=a.png>"
                   "</main></html>", encoding="utf-8")
    good = pages_dir / "en-eisteddfod-decorative.html"
    done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser", "--format",
                           "json", "--include-passes", str(good), str(bad),
                           "http://127.0.0.1:9/"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 3, done.stderr  # the unreachable page could not be audited
    data = json.loads(done.stdout)
    assert data["versions"]["axe-core"]  # the axe-core version is recorded
    reports = data["pages"]
    assert len(reports) == 3
    ok, failing, unreachable = reports
    assert ok["violations"] == []
    ids = {v["id"] for v in failing["violations"]}
    assert {"image-alt"} <= ids
    assert {"skip-link-keyboard", "focus-indicator-visible", "reflow-320"} & {
        p["id"] for p in ok["passes"]}
    assert [v["id"] for v in unreachable["violations"]] == ["audit-page-load"]


def test_check_browser_runs_only_the_rules_asked_for_in_whichever_engine_knows_them(
        auditor: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html lang=en><title>x</title><main><h1>T</h1>"
                    "<img src=a.png alt='16x9 Image'><p style='color:#999'>Grey</p>"
                    "</main></html>", encoding="utf-8")

    def ids(*rules: str) -> set[str]:
        done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                               "--format", "json", "--include-passes", "--rules",
                               ",".join(rules), str(page)],
                              capture_output=True, text=True, timeout=120, check=False)
        [report] = json.loads(done.stdout)["pages"]
        return {entry["id"] for group in ("violations", "incomplete", "passes")
                for entry in report[group]} | set(report["inapplicable"])

    assert ids("alt-placeholder") == {"alt-placeholder"}  # static only: no axe, no checks
    assert ids("reflow-320") == {"reflow-320"}  # one browser check only
    assert ids("color-contrast") == {"color-contrast"}  # axe only
    assert ids("color-contrast", "reflow-320", "alt-placeholder") == {
        "color-contrast", "reflow-320", "alt-placeholder"}


def test_check_browser_reports_every_page_whatever_cannot_be_read(
        auditor: Any, tmp_path: Path) -> None:
    """Unreadable pages among readable ones: each is reported (exit 2 for input alone, 3 once
    a page could not be audited), and the report file holds every page, in order."""
    import os

    good = tmp_path / "good.html"
    good.write_text("<!DOCTYPE html><html lang=en><title>Good</title><main><h1>Good</h1>"
                    "<img src=a.png></main></html>", encoding="utf-8")
    (tmp_path / "folder.html").mkdir()
    os.mkfifo(tmp_path / "pipe.html")
    report = tmp_path / "report.json"

    def run(*pages: str) -> tuple[int, list[dict[str, Any]], str]:
        done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                               "--timeout", "10", "--format", "json", "-o", str(report),
                               *pages], capture_output=True, text=True, timeout=180,
                              check=False, cwd=tmp_path)
        return done.returncode, json.loads(report.read_text())["pages"], done.stderr

    status, pages, stderr = run("good.html", "missing.html", "folder.html", "pipe.html",
                                "good.html")
    assert status == 2, stderr
    assert [p["url"] for p in pages] == ["good.html", "missing.html", "folder.html",
                                         "pipe.html", "good.html"]
    for page in (pages[0], pages[4]):  # audited in full, before and after the others
        assert "image-alt" in {v["id"] for v in page["violations"]}
    errors = [p.get("error") or "" for p in pages[1:4]]
    assert "missing.html: no such file" in errors[0]
    assert "folder.html" in errors[1]
    assert "directory" in errors[1]
    assert "pipe.html" in errors[2]
    assert "FIFO" in errors[2]
    assert "Traceback" not in stderr
    status, pages, stderr = run("missing.html", "http://127.0.0.1:9/", "good.html")
    assert status == 3, stderr
    assert len(pages) == 3
    assert [v["id"] for v in pages[1]["violations"]] == ["audit-page-load"]
    assert "image-alt" in {v["id"] for v in pages[2]["violations"]}


def _violations(*args: str) -> tuple[int, list[set[tuple[str, str]]]]:
    """Exit status, and each page's (rule, target) failed; axe-core's rules as ``axe:id``."""
    done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                           "--format", "json", *args],
                          capture_output=True, text=True, timeout=180, check=False)
    pages = json.loads(done.stdout)["pages"]
    return done.returncode, [{(("axe:" if "axe" in v["tags"] else "") + v["id"],
                               node["target"][0])
                              for v in page["violations"] for node in v["nodes"]}
                             for page in pages]


def _also(page: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                           "--format", "json", page],
                          capture_output=True, text=True, timeout=180, check=False)
    [report] = json.loads(done.stdout)["pages"]
    return {node["target"][0]: node["also"] for v in report["violations"]
            for node in v["nodes"] if "also" in node}


def test_a_page_is_judged_alike_as_a_file_and_as_a_url_and_no_axe_runs_ours_alone(
        auditor: Any, tmp_path: Path) -> None:
    """The static rules read a URL's document as the server sent it, as they read a file;
    ``--no-axe`` leaves out axe-core."""
    import functools
    import http.server
    import threading

    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html lang=en><title>x</title><main>"
                    "<h1>T</h1><img src=a.png alt='16x9 Image'><img src=b.png></main></html>",
                    encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/page.html"
        status, (as_file, as_url) = _violations("--no-axe", str(page), url)
        assert status == 1
        ours = {("alt-placeholder", "html > body > main > img:nth-child(2)"),
                ("image-alt", "html > body > main > img:nth-child(3)")}
        assert ours <= as_file
        assert as_url == as_file
        assert not any(rule.startswith("axe:") for rule, _ in as_file)  # axe-core did not run
        _, (with_axe,) = _violations(url)
        assert ours <= with_axe
        # axe-core fails the image without alt too: one finding, ours, names its rule
        assert not any(rule.startswith("axe:image-alt") for rule, _ in with_axe)
        assert _also(url) == {"html > body > main > img:nth-child(3)": "axe-core image-alt"}
    finally:
        server.shutdown()
        server.server_close()


def test_no_axe_needs_the_browser_and_something_left_to_run(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html lang=en><title>x</title></html>", encoding="utf-8")
    alone = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--no-axe", str(page)],
                           capture_output=True, text=True, timeout=60, check=False)
    assert alone.returncode == 2
    assert "--no-axe" in alone.stderr
    assert "--browser" in alone.stderr
    axe_only = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                               "--no-axe", "--rules", "color-contrast", str(page)],
                              capture_output=True, text=True, timeout=120, check=False)
    assert axe_only.returncode == 2
    assert "only axe-core rules" in axe_only.stderr


def test_a_urls_linked_style_sheets_reach_the_static_rules(tmp_path: Path) -> None:
    """A URL's same-origin style sheets, as the browser fetched them, join the static cascade
    as a file's do from its folder: the orientation lock and the hidden image are judged alike
    both ways; another origin's sheet is not read."""
    import functools
    import http.server
    import threading

    (tmp_path / "o.css").write_text("@media (orientation: portrait) { main { rotate: 90deg } }"
                                    " .gone { display: none }", encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.css").write_text("main { display: none }", encoding="utf-8")
    servers = []
    for folder in (tmp_path, other):
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    there = f"127.0.0.1:{servers[1].server_address[1]}"
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html lang=en><head><title>x</title>"
                    f"<link rel=stylesheet href=o.css><link rel=stylesheet href=//{there}/x.css>"
                    "</head><body><main><h1>T</h1>"
                    "<p>Text</p><img class=gone src=a.png></main></body></html>",
                    encoding="utf-8")
    try:
        url = f"http://127.0.0.1:{servers[0].server_address[1]}/page.html"
        _, (as_file, as_url) = _violations("--no-axe", "--allow-host", there, "--rules",
                                           "css-orientation-lock,image-alt", str(page), url)
        assert as_file == {("css-orientation-lock", "html > body > main")}
        assert as_url == as_file
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
