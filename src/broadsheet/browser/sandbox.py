"""What an audited page may load: its own origin and the hosts the user allows, nothing else.

Every request of the audit's browser context goes through :meth:`Sandbox.route`:

- A page given as a file (or as markup) is served at :data:`PAGE_ORIGIN`, a made-up origin
  (``.invalid`` never resolves), from memory: the page itself, and from its folder (the
  *root*, the page's own folder unless the caller names another) only style sheets, scripts,
  images, fonts, media (also when a script fetches them), captions and ``.html`` frames,
  chosen by file extension, regular files only, no hidden names, no symlinks out of the root.
  Nothing is read through ``file://``, so the page cannot reach any other file.
- A page given as an http(s) URL may load from its own origin (scheme, host and port).
- Any page may load from the hosts the user allows (``HOST`` any port, ``HOST:PORT`` one).
- Everything else is aborted before it leaves the browser: ``file:``, other ports on
  127.0.0.1, other hosts, WebSockets, service workers (blocked for the whole context).
  Redirects are followed here, each hop checked, because Chromium does not route them.
- What is fetched here (:mod:`broadsheet.browser.relay`) must answer within the audit's
  time limit and be at most :data:`MAX_FILE_BYTES`; else the browser's request fails.
- The page's main frame loads once; later navigations (``location.href``, meta refresh,
  forms) are aborted and reported, and windows the page opens are closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urljoin, urlsplit

from broadsheet.browser import relay
from broadsheet.checks import linked_css
from broadsheet.errors import BroadsheetError

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page, Route, WebSocketRoute

PAGE_ORIGIN = "https://page.broadsheet.invalid"
#: Largest file served to a page from its folder, or response fetched for it.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: How often a request waiting for its response lets Playwright's event loop run, in ms.
POLL_MS = 20
#: Requests fetched at once for one page (each on a thread); more wait their turn.
MAX_FETCHES = 8
MAX_REDIRECTS = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})

_MEDIA = {".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".oga": "audio/ogg", ".ogg": "audio/ogg",
          ".opus": "audio/ogg", ".wav": "audio/wav", ".flac": "audio/flac",
          ".mp4": "video/mp4", ".m4v": "video/mp4", ".webm": "video/webm", ".ogv": "video/ogg"}
#: What a page's folder may serve, by the kind of request and the file's extension.
SERVED: dict[str, dict[str, str]] = {
    "stylesheet": {".css": "text/css"},
    "script": {".js": "text/javascript", ".mjs": "text/javascript"},
    "image": {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
              ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif",
              ".svg": "image/svg+xml", ".ico": "image/x-icon", ".bmp": "image/bmp"},
    "font": {".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf",
             ".otf": "font/otf"},
    "media": _MEDIA,
    "texttrack": {".vtt": "text/vtt"},
    "document": {".html": "text/html", ".htm": "text/html"},  # frames only, never the top
    # media a script fetches: the live video rules decode a video's sound this way
    "fetch": _MEDIA,
}


class SandboxError(BroadsheetError):
    """A page the sandbox will not serve, or an ``--allow-host`` value that is not a host."""


def parse_host(value: str) -> str:
    """``HOST`` or ``HOST:PORT`` as typed by the user, lower-cased; else :class:`SandboxError`."""
    text = value.strip().lower()
    parts = urlsplit(f"//{text}")
    try:
        port = parts.port
    except ValueError:
        port = None
        text = ""
    if not text or "/" in text or "@" in text or "?" in text or "#" in text \
            or not parts.hostname or (parts.netloc.endswith(":") and port is None):
        raise SandboxError(f"{value!r} is not a host: give a host name, optionally with "
                           ":PORT (example.org, cdn.example.org:8443), not a URL")
    return parts.hostname + (f":{port}" if port is not None else "")


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most ``limit`` of them; :class:`OSError` for anything else
    (a FIFO, a device, a folder), so nothing can block or exhaust the audit."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path}: not a regular file")
        data = file.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path}: larger than {limit:,} bytes")
    return data


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        port = -1
    return parts.scheme, parts.hostname or "", port


@dataclass
class Sandbox:
    """The rules for one audited page; :meth:`attach` installs them on a browser context."""

    #: The page's URL in the browser.
    url: str
    #: The page's bytes when it is served from memory (a file or markup), else None (a URL).
    body: bytes | None = None
    content_type: str = "text/html"
    #: The folder served at :data:`PAGE_ORIGIN` (None: only the page itself).
    root: Path | None = None
    allow_hosts: frozenset[str] = frozenset()
    #: What the page tried and was refused, for the report (navigations, windows).
    events: list[str] = field(default_factory=list)
    #: Paths the page asked for that are not in the root but are in a folder above it.
    missing: list[str] = field(default_factory=list)
    #: Where the main document redirected (the loader follows it, if allowed).
    redirect: str | None = None
    #: The bytes a URL's server sent for the main document (status under 400), which the
    #: static rules read as they read a file.
    document: bytes | None = None
    #: The audit's time limit in seconds: loading, then the checks, each within it.
    timeout: float = 30.0
    #: The style sheets of the page's own origin fetched for a URL's page (``{URL: bytes}``,
    #: status under 400, up to the static engine's limits), which the static rules read as
    #: they read a file's from its folder.
    sheets: dict[str, bytes] = field(default_factory=dict)
    #: Responses not passed to the page: too slow or too large (URL and why).
    dropped: list[str] = field(default_factory=list)
    _page: Page | None = field(default=None, repr=False)
    _context: BrowserContext | None = field(default=None, repr=False)
    _navigations: int = 0
    _fetching: int = 0
    #: Windows the page opened (DevTools' ``Page.windowOpen``), and those of them Playwright
    #: reported as pages (each reported once in ``events``, whichever signal came first).
    _windows: int = 0
    _popups: int = 0
    #: When fetches for the page give up (``time.monotonic``): the end of the audit.
    _deadline: float = float("inf")

    @classmethod
    def for_file(cls, path: str | os.PathLike[str], *, root: str | os.PathLike[str] | None = None,
                 allow_hosts: Iterable[str] = ()) -> Sandbox:
        """A page from a file, served with the subresources of ``root`` (its folder)."""
        page = Path(path).resolve()
        folder = Path(root).resolve() if root is not None else page.parent
        if not page.is_relative_to(folder):
            raise SandboxError(f"{path}: not inside the folder served with it ({folder})")
        try:
            body = read_regular(page)
        except OSError as error:
            raise SandboxError(f"{path}: cannot read ({error.strerror or error})") from None
        relative = page.relative_to(folder).as_posix()
        return cls(f"{PAGE_ORIGIN}/{quote(relative)}", body, root=folder,
                   allow_hosts=frozenset(parse_host(h) for h in allow_hosts))

    @classmethod
    def for_markup(cls, html: str, *, allow_hosts: Iterable[str] = ()) -> Sandbox:
        """A page from markup: nothing but the page itself is served."""
        return cls(f"{PAGE_ORIGIN}/", html.encode("utf-8"), "text/html; charset=utf-8",
                   allow_hosts=frozenset(parse_host(h) for h in allow_hosts))

    @classmethod
    def for_url(cls, url: str, *, allow_hosts: Iterable[str] = ()) -> Sandbox:
        """A page on the web: its own origin is allowed."""
        if urlsplit(url).scheme not in {"http", "https"}:
            raise SandboxError(f"{url}: only http and https URLs are audited")
        return cls(url, allow_hosts=frozenset(parse_host(h) for h in allow_hosts))

    def attach(self, context: BrowserContext, page: Page, *, timeout: float = 30.0) -> None:
        """Route every request of ``context`` through this sandbox; ``page`` is the audited
        one (other windows are closed); ``timeout`` is the audit's time limit in seconds."""
        self._page, self._context, self.timeout = page, context, timeout
        context.route("**/*", self.route)
        context.route_web_socket(lambda url: True, self._web_socket)
        context.on("page", self._popup)
        # Playwright reports a window as a page only once its renderer started, which on a
        # loaded machine may come after the audit ended; Chromium tells the opener's DevTools
        # session as the window is asked for, before the script that asked goes on
        session = context.new_cdp_session(page)
        session.on("Page.windowOpen", lambda _: self._opened())
        session.send("Page.enable")

    @property
    def refused_navigation(self) -> bool:
        """Whether the page tried to navigate its main frame since :meth:`expect`, and was
        refused (it keeps its document)."""
        return self._navigations > 1

    def expect(self, url: str) -> None:
        """The next main-frame navigation is the loader's own (to ``url``); what is fetched
        for the page from now on must answer by the end of the audit (twice the time limit:
        loading, then the checks), so a page still loading at the limit is reported so."""
        self.url, self._navigations, self.redirect = url, 0, None
        self._deadline = time.monotonic() + 2 * self.timeout

    def allow_navigation(self) -> None:
        """Let the main frame go once more, to a page of its own origin (for tools and tests
        that follow a link; audits never call it)."""
        self._navigations = 0

    def allowed(self, url: str) -> bool:
        """May the page load ``url`` from the network?"""
        scheme, host, port = _origin(url)
        if scheme not in {"http", "https"} or not host:
            return False
        if self.body is None and (scheme, host, port) == _origin(self.url):
            return True
        return host in self.allow_hosts or f"{host}:{port}" in self.allow_hosts

    def route(self, route: Route) -> None:
        """Serve, fetch or abort one request (the handler for every request of the context)."""
        try:
            self._route(route)
        except Exception:  # the audit ended and closed the context while this request waited
            with contextlib.suppress(Exception, asyncio.CancelledError):
                route.abort("failed")

    def _route(self, route: Route) -> None:
        request = route.request
        url = request.url
        try:
            main = request.is_navigation_request() and request.frame == self._page_frame()
        except Exception:  # a service worker's request has no frame (they are blocked anyway)
            route.abort("blockedbyclient")
            return
        if main:
            self._navigations += 1
            if self._navigations > 1 or (self.body is None and not self.allowed(url)):
                self.events.append(f"tried to go to {url[:200]} (refused)")
                route.abort("aborted")  # "aborted" keeps the current document
            elif self.body is None:
                self._fetch(route, url, navigation=True)
            elif url.split("#")[0] == self.url.split("#")[0]:
                route.fulfill(status=200, content_type=self.content_type, body=self.body)
            else:  # a page of the root, after allow_navigation()
                self._serve(route, "document")
            return
        if url.startswith(PAGE_ORIGIN + "/") and self.body is not None:
            self._serve(route, request.resource_type)
        elif self.allowed(url):
            self._fetch(route, url, navigation=False)
        else:
            route.abort("blockedbyclient")

    def _page_frame(self) -> object:
        return self._page.main_frame if self._page is not None else None

    def _serve(self, route: Route, kind: str) -> None:
        """A subresource from the root folder, if its kind and extension fit."""
        relative = PurePosixPath(unquote(urlsplit(route.request.url).path).lstrip("/"))
        types = SERVED.get(kind, {})
        mime = types.get(relative.suffix.lower())
        if self.root is None or mime is None or "\0" in str(relative) or any(
                part.startswith(".") for part in relative.parts):
            route.abort("blockedbyclient")
            return
        try:
            target = (self.root / relative).resolve()
            if not target.is_relative_to(self.root):
                raise OSError("outside the folder")
            body = read_regular(target)
        except (OSError, ValueError):
            if any((folder / relative).is_file() for folder in self.root.parents):
                self.missing.append(str(relative))  # a wider root would serve it
            route.fulfill(status=404, content_type="text/plain", body="")
            return
        route.fulfill(status=200, content_type=mime, body=body)

    def _fetch(self, route: Route, url: str, *, navigation: bool) -> None:
        """Fetch ``url`` for the page, following redirects here so each hop is checked.

        The main document's redirect is not followed: the loader goes to it (when allowed)
        as a fresh navigation, so the page's URL and origin are the final ones."""
        request = route.request
        method, body = request.method, request.post_data_buffer
        for _ in range(MAX_REDIRECTS):
            try:
                response = self._relay(url, method, request.headers, body)
            except relay.RelayError as error:
                if error.limit:
                    self.dropped.append(str(error))
                route.abort(error.reason)
                return
            location = response.headers.get("location")
            if response.status not in REDIRECTS or not location:
                if navigation and response.status < 400:
                    self.document = response.body
                elif request.resource_type == "stylesheet" and response.status < 400:
                    self._keep_sheet(request.url, url, response.body)
                route.fulfill(status=response.status, headers=response.headers,
                              body=response.body)
                return
            url = urljoin(url, location)
            if navigation:
                self.redirect = url
                route.abort("aborted")
                return
            if not self.allowed(url):
                route.abort("blockedbyclient")
                return
            if response.status == 303 or (response.status in (301, 302) and method == "POST"):
                method, body = "GET", None
        route.abort("failed")

    def _keep_sheet(self, asked: str, final: str, body: bytes) -> None:
        """Keep a style sheet of the page's origin (asked and answered there) for the
        static rules."""
        same = _origin(self.url)
        if _origin(asked) == same and _origin(final) == same \
                and len(body) <= linked_css.MAX_SHEET_BYTES \
                and len(self.sheets) < linked_css.MAX_SHEETS:
            self.sheets[urlsplit(asked)._replace(fragment="").geturl()] = body

    def _relay(self, url: str, method: str, headers: dict[str, str],
               body: bytes | None) -> relay.Response:
        """One hop, made on a thread while Playwright's event loop goes on (this handler
        waits in short browser-side sleeps), ending by the audit's deadline."""
        sent = dict(headers)
        if self._context is not None:
            cookies = self._context.cookies(url)
            if cookies:
                sent["Cookie"] = "; ".join(f"{c['name']}={c['value']}" for c in cookies)
        while self._fetching >= MAX_FETCHES and self._wait():
            pass
        self._fetching += 1  # handlers take turns on one thread: a plain count is safe
        try:
            pending = relay.start(url, method, sent, body, deadline=self._deadline,
                                  max_bytes=MAX_FILE_BYTES)
            while not pending.done.is_set() and self._wait():
                pass
            return pending.result()
        finally:
            self._fetching -= 1

    def _wait(self) -> bool:
        """Let Playwright's event loop run for a moment; False once the deadline passed."""
        if self._page is None or time.monotonic() >= self._deadline:
            return False
        self._page.wait_for_timeout(POLL_MS)
        return True

    def _web_socket(self, socket: WebSocketRoute) -> None:
        if self.allowed(socket.url.replace("ws", "http", 1)):
            socket.connect_to_server()
        else:
            socket.close()

    def _opened(self) -> None:
        self._windows += 1
        if self._windows > self._popups:
            self.events.append("opened a window (closed)")

    def _popup(self, popup: Page) -> None:
        if popup is self._page:
            return
        self._popups += 1
        if self._popups > self._windows:  # opened from a frame of another process
            self.events.append("opened a window (closed)")
        with contextlib.suppress(Exception):
            popup.close()
