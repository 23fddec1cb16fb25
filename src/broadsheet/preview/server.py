"""``broadsheet preview --serve``: the gallery on 127.0.0.1, rebuilt when fixtures or templates
change; open pages poll ``/__build__`` and reload when it changes.

Only for the designer's own browser: requests must name 127.0.0.1, localhost or [::1] with
the server's port in ``Host`` (so a DNS-rebound name cannot read the gallery); only regular
files inside the gallery folder are served (no symlinks out of it, no folder listings);
connections idle for :data:`IDLE_SECONDS` are closed and at most :data:`MAX_CONNECTIONS` are
served at once (more get 503).

With verdicts (:mod:`broadsheet.preview.verdicts`), gallery pages are served with the
server's token in them, and ``POST /__verdict__`` accepts a fixture's screenshots or requests
changes, with an optional note (or accepts every changed fixture: ``approve-changed``, no
fixture named): only from the server's own origin (``Origin``), with the token, a form of at
most :data:`MAX_FORM` bytes, naming a fixture the gallery built.

With a storyteller (:mod:`broadsheet.preview.controls`), ``POST /__story__`` renders a block
story edited with its controls: only from the server's own origin, with the token, as JSON
of at most :data:`~broadsheet.preview.controls.MAX_STORY` bytes; it answers the page's HTML,
or the problems the schema finds (writing nothing).
"""

from __future__ import annotations

import functools
import hmac
import io
import json
import os
import secrets
import socket
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from broadsheet.errors import BroadsheetError
from broadsheet.preview.controls import MAX_STORY, STORY_PATH, StoryError
from broadsheet.preview.review import MAX_NOTE
from broadsheet.preview.verdicts import (
    ACCEPT_CHANGED,
    SERVED_META,
    SHOT,
    TOKEN_META,
    VERDICT_PATH,
    VERDICTS,
    VerdictError,
)

BUILD_PATH = "/__build__"
IDLE_SECONDS = 10.0
MAX_CONNECTIONS = 32
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
MAX_FORM = 4096
#: Decides a verdict: (fixture, "approve", "reject" or "approve-changed", shot=
#: "<width>-<scheme>" or "", note=...) -> what to tell the page.
Judge = Callable[..., str]
#: Renders an edited block story (:class:`~broadsheet.preview.controls.StoryRenderer`):
#: the request's JSON -> the page's HTML, or StoryError.
Storyteller = Callable[[Any], str]
_BUSY = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"


class GalleryHandler(SimpleHTTPRequestHandler):
    """Static files from the gallery folder, plus the build stamp."""

    stamp: Callable[[str], str]
    #: ``Host`` values this server answers (lower case).
    hosts: frozenset[str] = frozenset()
    root: Path
    token: str = ""
    judge: Judge | None = None
    storyteller: Storyteller | None = None
    names: Callable[[], set[str]] = staticmethod(set)

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.hosts:
            self.send_error(421, "Misdirected Request", "this server answers only "
                            + ", ".join(sorted(self.hosts)))
            return False
        return True

    def do_GET(self) -> None:
        if self.path.split("?")[0] == BUILD_PATH:
            query = parse_qs(urlsplit(self.path).query)
            body = self.stamp(query.get("page", [""])[0]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def send_head(self) -> Any:
        """Regular files inside the root only; 400 for a NUL, 404 for anything else."""
        if "\0" in unquote(urlsplit(self.path).path):
            self.send_error(400, "Bad Request", "the path holds a NUL character")
            return None
        target = Path(self.translate_path(self.path))
        if target.is_dir() and self.path.split("?")[0].endswith("/"):
            target = target / "index.html"  # served as the folder's page; never a listing
        try:
            resolved = target.resolve(strict=True)
            regular = stat.S_ISREG(resolved.stat().st_mode) or resolved.is_dir()
        except (OSError, RuntimeError):  # missing, a symlink loop
            regular = False
            resolved = target
        if not regular or not resolved.is_relative_to(self.root):
            self.send_error(404, "Not Found")
            return None
        served = self.judge is not None or self.storyteller is not None
        if resolved.suffix == ".html" and resolved.is_file():
            data = resolved.read_bytes().replace(
                SERVED_META, SERVED_META.replace(b'content=""', b'content="serve"'))
            if served:
                data = data.replace(TOKEN_META, TOKEN_META.replace(
                    b'content=""', f'content="{self.token}"'.encode()))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")  # it holds this run's token
            self.end_headers()
            return io.BytesIO(data)
        return super().send_head()

    def _own_origin(self, what: str) -> bool:
        """Whether the request comes from this gallery's own pages (else answered 403)."""
        origin = (self.headers.get("Origin") or "").lower()
        if origin.removeprefix("http://") not in self.hosts:
            self._answer(403, f"only this gallery's own pages may send {what}")
            return False
        return True

    def _body(self, kind: str, wrong_kind: str, limit: int, too_long: str) -> bytes | None:
        """The request's body when it is of media type ``kind`` and at most ``limit`` bytes;
        else None, answered 415 (``wrong_kind``) or 413 (``too_long``)."""
        try:
            length = int(self.headers.get("Content-Length") or "-1")
        except ValueError:
            length = -1
        sent = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if sent != kind:
            self._answer(415, wrong_kind)
            return None
        if not 0 <= length <= limit:
            self._answer(413, too_long)
            return None
        return self.rfile.read(length)

    def do_POST(self) -> None:
        """A verdict on a fixture's screenshots, or an edited block story to render (see
        the module's docstring)."""
        if self.path == STORY_PATH and self.storyteller is not None:
            self._story()
            return
        if self.path != VERDICT_PATH or self.judge is None:
            self.send_error(404, "Not Found")
            return
        if not self._own_origin("a verdict"):
            return
        body = self._body("application/x-www-form-urlencoded",
                          "send a form (application/x-www-form-urlencoded)",
                          MAX_FORM, f"a verdict is a form of at most {MAX_FORM} bytes")
        if body is None:
            return
        form = parse_qs(body.decode("utf-8", "replace"))
        token = form.get("token", [""])[0]
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            self._answer(403, "the page's token does not match this server's: reload it")
            return
        fixture, verdict = form.get("fixture", [""])[0], form.get("verdict", [""])[0]
        if verdict not in VERDICTS:
            self._answer(400, "the verdict is approve, reject or approve-changed")
            return
        if (fixture != "") if verdict == ACCEPT_CHANGED else fixture not in self.names():
            self._answer(400, "no fixture of this gallery has that name" if (
                verdict != ACCEPT_CHANGED) else "accepting all changed fixtures names none")
            return
        shot = form.get("shot", [""])[0]
        if shot and (not SHOT.fullmatch(shot) or verdict == ACCEPT_CHANGED):
            self._answer(400, "a screenshot is named <width>-<scheme>, e.g. 1280-dark")
            return
        note = form.get("note", [""])[0]
        if len(note) > MAX_NOTE:
            self._answer(413, f"a note is at most {MAX_NOTE} characters")
            return
        try:
            said = self.judge(fixture, verdict, shot=shot, note=note)
        except VerdictError as error:
            self._answer(409, str(error))
            return
        self._answer(200, said)

    def _story(self) -> None:
        """An edited block of a story's variant: its JSON (``token``, ``type``,
        ``variant``, ``block``, ``scheme``, ``direction``) -> ``{"html"}``, or a message and
        the problems found, each with its JSON pointer in the block."""
        if not self._own_origin("a story to render"):
            return
        body = self._body("application/json", "send JSON (application/json)", MAX_STORY,
                          f"an edited block is at most {MAX_STORY // 1024} KB of JSON")
        if body is None:
            return
        try:
            request = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._answer(400, "the request is not JSON")
            return
        token = request.get("token") if isinstance(request, dict) else None
        if not isinstance(token, str) or not hmac.compare_digest(
                token.encode(), self.token.encode()):
            self._answer(403, "the page's token does not match this server's: reload it")
            return
        assert self.storyteller is not None
        try:
            html = self.storyteller(request)
        except StoryError as error:
            self._answer(error.status, error.message, problems=[
                {"pointer": p.pointer or "", "message": p.message} for p in error.problems])
            return
        except BroadsheetError as error:  # the renderer refused it (a template's error)
            self._answer(422, f"the block could not be rendered: {error}")
            return
        self._answer(200, "Updated", html=html)

    def _answer(self, status: int, message: str, **more: Any) -> None:
        body = json.dumps({"message": message, **more}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(404, "Not Found")
        return None

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the console shows rebuilds, not every request."""


class BoundedServer(ThreadingHTTPServer):
    """A thread per connection, at most ``MAX_CONNECTIONS`` at once; errors logged in a line."""

    daemon_threads = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(*args, **kwargs)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            try:
                request.settimeout(1.0)
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, socket.timeout)):
            print(f"broadsheet preview: request failed: {error!r}", file=sys.stderr)


class GalleryServer:
    """Serves ``folder`` and tracks the build counters the pages poll: one for the index
    (``page=""``), bumped on every change, and one per fixture page."""

    def __init__(self, folder: Path, port: int = 8000, *, judge: Judge | None = None,
                 names: Callable[[], set[str]] = set,
                 storyteller: Storyteller | None = None) -> None:
        """``judge`` decides verdicts on the fixtures ``names`` gives (none: no verdicts);
        ``storyteller`` renders block stories edited with their controls (none: no
        controls)."""
        self._build = 0
        self._pages: dict[str, int] = {}
        self._lock = threading.Lock()
        handler: type[GalleryHandler] = type("Handler", (GalleryHandler,), {
            "stamp": staticmethod(self.stamp), "root": Path(folder).resolve(),
            "timeout": IDLE_SECONDS, "token": secrets.token_urlsafe(24),
            "judge": staticmethod(judge) if judge is not None else None,
            "storyteller": staticmethod(storyteller) if storyteller is not None else None,
            "names": staticmethod(names)})  # a socket timeout: idle connections are closed
        try:
            self.httpd = BoundedServer(
                ("127.0.0.1", port), functools.partial(handler, directory=os.fspath(folder)))
        except OSError as error:
            raise BroadsheetError(f"cannot serve on 127.0.0.1:{port}: {error.strerror}") from None
        bound = self.httpd.server_address[1]
        handler.hosts = frozenset(
            f"{name}:{bound}" for name in LOOPBACK_NAMES) | (
            frozenset(LOOPBACK_NAMES) if bound == 80 else frozenset())

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def stamp(self, page: str = "") -> str:
        with self._lock:
            return str(self._pages.get(page, 0) if page else self._build)

    def bump(self, pages: Iterable[str] = ()) -> None:
        """The index changed, and these fixture pages: open ones reload."""
        with self._lock:
            self._build += 1
            for page in pages:
                self._pages[page] = self._pages.get(page, 0) + 1

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def watch_and_rebuild(paths: Sequence[Path], rebuild: Callable[[set[str]], None],
                      stop: threading.Event | None = None) -> None:
    """Call ``rebuild(changed_paths)`` whenever files under ``paths`` change (watchfiles)."""
    try:
        from watchfiles import watch
    except ImportError as error:
        raise BroadsheetError(
            "--serve needs watchfiles: pip install 'broadsheet[preview]'") from error
    for changes in watch(*paths, stop_event=stop, debounce=300):
        rebuild({path for _, path in changes})
