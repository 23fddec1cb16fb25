"""The preview server and builder against hostile requests and fixtures: a foreign ``Host``
(DNS rebinding), symlinks out of the gallery, folder listings, NUL in a path, idle and too
many connections, and symlinked, FIFO and non-JSON fixtures."""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from broadsheet.preview import GalleryBuilder, build_gallery
from broadsheet.preview import server as server_module
from broadsheet.preview.server import GalleryServer
from tests.helpers import ARTICLE_FILES

SECRET = "SECRET-OUTSIDE-THE-GALLERY"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[GalleryServer, Path]]:
    """A small gallery folder served on a free port, with a secret beside it."""
    gallery = tmp_path / "gallery"
    (gallery / "fixtures" / "one").mkdir(parents=True)
    (gallery / "fixtures" / "one" / "index.html").write_text("<p>fixture one</p>")
    (gallery / "index.html").write_text("<p>the index</p>")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    server = GalleryServer(gallery, port=0)
    server.start()
    yield server, gallery
    server.stop()


def until(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def get(server: GalleryServer, path: str, host: str | None = None) -> tuple[int, str]:
    port = server.httpd.server_address[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_host=True)
        connection.putheader("Host", host if host is not None else f"127.0.0.1:{port}")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LOCALHOST", "[::1]"])
def test_loopback_names_with_the_servers_port_are_answered(
        served: tuple[GalleryServer, Path], name: str) -> None:
    server, _ = served
    port = server.httpd.server_address[1]
    assert get(server, "/index.html", f"{name}:{port}") == (200, "<p>the index</p>")


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:{port}",
                                  "127.0.0.1", "127.0.0.1:1", "localhost.attacker.example:{port}",
                                  ""])
def test_any_other_host_is_refused(served: tuple[GalleryServer, Path], host: str) -> None:
    """A DNS-rebound name points at 127.0.0.1 but its requests carry the attacker's name."""
    server, _ = served
    status, body = get(server, "/index.html", host.format(port=server.httpd.server_address[1]))
    assert status == 421
    assert "the index" not in body


def test_symlinks_out_of_the_gallery_are_not_followed(
        served: tuple[GalleryServer, Path], tmp_path: Path) -> None:
    server, gallery = served
    (gallery / "leakdir").symlink_to(tmp_path / "outside")
    (gallery / "leak.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    (gallery / "fixtures" / "two").mkdir()
    (gallery / "fixtures" / "two" / "index.html").symlink_to(tmp_path / "outside" / "secret.txt")
    for path in ("/leakdir/secret.txt", "/leak.txt", "/fixtures/two/", "/leakdir/"):
        status, body = get(server, path)
        assert (status, SECRET in body) == (404, False), path
    (gallery / "alias.html").symlink_to(gallery / "index.html")  # inside: served
    assert get(server, "/alias.html") == (200, "<p>the index</p>")


def test_folders_are_never_listed(served: tuple[GalleryServer, Path]) -> None:
    server, _ = served
    status, body = get(server, "/fixtures/")
    assert status == 404
    assert "one" not in body
    assert get(server, "/fixtures/one/") == (200, "<p>fixture one</p>")


@pytest.mark.parametrize("path", ["/index.html%00", "/%00/x", "/fixtures/%00one/"])
def test_a_nul_in_the_path_is_a_bad_request(
        served: tuple[GalleryServer, Path], path: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    server, _ = served
    assert get(server, path)[0] == 400
    assert get(server, "/index.html")[0] == 200  # still serving
    assert "Traceback" not in capsys.readouterr().err


def test_an_idle_connection_is_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "IDLE_SECONDS", 0.5)
    server = GalleryServer(tmp_path, port=0)
    server.start()
    idle = socket.create_connection(server.httpd.server_address[:2], timeout=30)
    try:
        assert idle.recv(1) == b"", "the server closed the connection it waited on"
    finally:
        idle.close()
        server.stop()


def test_connections_beyond_the_limit_get_503_and_no_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "MAX_CONNECTIONS", 3)
    (tmp_path / "index.html").write_text("<p>the index</p>")
    server = GalleryServer(tmp_path, port=0)
    server.start()
    before = threading.active_count()
    idle = [socket.create_connection(server.httpd.server_address[:2], timeout=10)
            for _ in range(3)]
    try:
        assert until(lambda: threading.active_count() == before + 3)
        threads = threading.active_count()
        extra = [socket.create_connection(server.httpd.server_address[:2], timeout=10)
                 for _ in range(20)]
        answers = {sock.recv(100).split(b"\r\n")[0] for sock in extra}
        assert answers == {b"HTTP/1.1 503 Service Unavailable"}
        assert threading.active_count() == threads
        for sock in [*extra, *idle]:
            sock.close()
        idle = []
        assert until(lambda: get(server, "/index.html")[0] == 200), "slots come back"
    finally:
        for sock in idle:
            sock.close()
        server.stop()


def test_symlinked_fifo_and_non_json_fixtures_are_error_cards(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    shutil.copy(ARTICLE_FILES[0], fixtures)
    (tmp_path / "secret.txt").write_text(SECRET)
    (fixtures / "leak.json").symlink_to(tmp_path / "secret.txt")
    os.mkfifo(fixtures / "pipe.json")
    (fixtures / "notes.json").write_text("just some notes, not JSON")
    built: list[object] = []
    worker = threading.Thread(target=lambda: built.append(build_gallery([fixtures],
                                                                        tmp_path / "out")),
                              daemon=True)
    worker.start()
    worker.join(120)  # a blocked read would never return
    assert built, "the FIFO did not block the build"
    report = built[0]
    problems = {e.slug: e.problems for e in report.entries if e.broken}  # type: ignore[attr-defined]
    assert set(problems) == {"leak", "pipe", "notes"}
    assert "symbolic link" in problems["leak"][0]
    assert "not a regular file" in problems["pipe"][0]
    for page in (tmp_path / "out").rglob("*.html"):
        assert SECRET not in page.read_text("utf-8"), page


def test_a_failing_rebuild_keeps_the_server_serving(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever a fixture does to a rebuild, the server goes on with the last build."""
    import argparse

    from broadsheet.commands import preview

    class Failing(GalleryBuilder):
        def build(self, inputs, progress=None):  # type: ignore[no-untyped-def]
            raise OverflowError("a fixture the checker cannot take")

    (tmp_path / "index.html").write_text("<p>the index</p>")
    answers: list[int] = []
    errors: list[str] = []

    def watch(paths, rebuild, stop=None):  # type: ignore[no-untyped-def]
        rebuild({"fixture.json"})
        rebuild({"fixture.json"})
        captured = capsys.readouterr()
        errors.append(captured.err)
        port = int(captured.out.rsplit(":", 1)[1].split("/")[0])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/index.html")
        answers.append(connection.getresponse().status)
        connection.close()

    monkeypatch.setattr(server_module, "watch_and_rebuild", watch)
    args = argparse.Namespace(out=tmp_path, port=0, templates=None,
                              approved=tmp_path / "approved")
    assert preview._serve(args, Failing(tmp_path / "unused"), [tmp_path]) == 0
    assert answers == [200]
    assert errors[0].count("preview: build failed, still serving the last build") == 1
    assert errors[0].count("rebuild failed, still serving the last build") == 2
