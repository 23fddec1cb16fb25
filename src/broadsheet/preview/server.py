"""``broadsheet preview --serve``: the gallery on 127.0.0.1, rebuilt when fixtures or templates
change; open pages poll ``/__build__`` and reload when it changes."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from broadsheet.errors import BroadsheetError

BUILD_PATH = "/__build__"


class GalleryHandler(SimpleHTTPRequestHandler):
    """Static files from the gallery folder, plus the build stamp."""

    stamp: Callable[[], str]

    def do_GET(self) -> None:
        if self.path.split("?")[0] == BUILD_PATH:
            body = self.stamp().encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the console shows rebuilds, not every request."""


class GalleryServer:
    """Serves ``folder`` and tracks a build counter the pages poll."""

    def __init__(self, folder: Path, port: int = 8000) -> None:
        self._build = 0
        self._lock = threading.Lock()
        handler = type("Handler", (GalleryHandler,), {"stamp": staticmethod(self.stamp)})
        try:
            self.httpd = ThreadingHTTPServer(
                ("127.0.0.1", port), functools.partial(handler, directory=os.fspath(folder)))
        except OSError as error:
            raise BroadsheetError(f"cannot serve on 127.0.0.1:{port}: {error.strerror}") from None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def stamp(self) -> str:
        with self._lock:
            return str(self._build)

    def bump(self) -> None:
        """A rebuild finished: open pages reload."""
        with self._lock:
            self._build += 1

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
