"""One HTTP(S) request made for an audited page, within a deadline and a size limit.

The sandbox fetches a page's allowed requests itself (Chromium does not route redirects, so
each hop must be checked here). Playwright's own ``route.fetch`` buffers a whole response in
its driver, however long it takes and however large it is, so the request is made here, with
the standard library, on a thread: :func:`start` returns at once and :class:`Relay` says when
the response is in. One hop only: a redirect comes back as it is, for the sandbox to judge.
"""

from __future__ import annotations

import http.client
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

#: Request headers not passed on: the connection's own, and compression (the body is passed
#: to Chromium as it is, so it is asked for uncompressed).
_REQUEST_DROPPED = frozenset({"host", "connection", "keep-alive", "proxy-connection",
                              "transfer-encoding", "te", "upgrade", "content-length",
                              "accept-encoding"})
#: Response headers not passed back: framing that no longer applies to the body handed over.
_RESPONSE_DROPPED = frozenset({"connection", "keep-alive", "transfer-encoding",
                               "content-length", "content-encoding"})
_CHUNK = 64 * 1024


class RelayError(Exception):
    """The request failed: no answer, a broken connection, or a limit passed."""

    def __init__(self, message: str, *, reason: str = "failed", limit: bool = False) -> None:
        super().__init__(message)
        #: How to abort the browser's request (a Playwright error code).
        self.reason = reason
        #: The time or size limit was passed (not a plain network error).
        self.limit = limit


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class Relay:
    """A request under way on its own thread; :attr:`done` once it answered or failed."""

    url: str
    deadline: float
    done: threading.Event = field(default_factory=threading.Event)
    response: Response | None = None
    error: RelayError | None = None

    def result(self) -> Response:
        """The response, or :class:`RelayError` (a timeout when the deadline passed first)."""
        if not self.done.is_set():
            raise RelayError(f"{self.url[:200]}: no answer within the time limit",
                             reason="timedout", limit=True)
        if self.error is not None:
            raise self.error
        assert self.response is not None
        return self.response


def start(url: str, method: str, headers: dict[str, str], body: bytes | None, *,
          deadline: float, max_bytes: int) -> Relay:
    """Begin ``method url`` on a daemon thread; it ends by ``deadline`` (``time.monotonic``)."""
    relay = Relay(url, deadline)

    def run() -> None:
        try:
            relay.response = request(url, method, headers, body, deadline=deadline,
                                     max_bytes=max_bytes)
        except RelayError as error:
            relay.error = error
        except (OSError, http.client.HTTPException, ValueError) as error:
            relay.error = RelayError(f"{url[:200]}: {error}")
        finally:
            relay.done.set()

    threading.Thread(target=run, name="broadsheet-relay", daemon=True).start()
    return relay


def request(url: str, method: str, headers: dict[str, str], body: bytes | None, *,
            deadline: float, max_bytes: int) -> Response:
    """One request, no redirect followed; each socket wait ends by ``deadline``, and the
    body is read only up to ``max_bytes``."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port
    left = deadline - time.monotonic()
    if left <= 0:
        raise RelayError(f"{url[:200]}: no answer within the time limit", reason="timedout",
                         limit=True)
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            host, port, timeout=left, context=ssl.create_default_context())
    elif parts.scheme == "http":
        connection = http.client.HTTPConnection(host, port, timeout=left)
    else:
        raise RelayError(f"{url[:200]}: not an http(s) URL")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sent = {name: value for name, value in headers.items()
            if name.lower() not in _REQUEST_DROPPED}
    sent["Accept-Encoding"] = "identity"
    try:
        connection.request(method, target, body=body, headers=sent)
        _tighten(connection, deadline)
        response = connection.getresponse()
        length = response.getheader("content-length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise RelayError(f"{url[:200]}: {int(length):,} bytes, more than the limit of "
                             f"{max_bytes:,}", limit=True)
        chunks: list[bytes] = []
        size = 0
        while True:
            _tighten(connection, deadline)
            chunk = response.read1(_CHUNK)  # what has come, never waiting for more
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise RelayError(f"{url[:200]}: more than the limit of {max_bytes:,} bytes",
                                 limit=True)
            chunks.append(chunk)
        received: dict[str, str] = {}
        for name, value in response.getheaders():
            if name.lower() in _RESPONSE_DROPPED:
                continue
            key = name.lower()  # repeated: Set-Cookie one a line (as Playwright joins them)
            joiner = "\n" if key == "set-cookie" else ", "
            received[key] = f"{received[key]}{joiner}{value}" if key in received else value
        return Response(response.status, received, b"".join(chunks))
    except TimeoutError:
        raise RelayError(f"{url[:200]}: no answer within the time limit",
                         reason="timedout", limit=True) from None
    finally:
        connection.close()


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _tighten(connection: http.client.HTTPConnection, deadline: float) -> None:
    """Each blocking read waits at most until the deadline, not a fresh timeout per read
    (a server dripping one byte at a time would otherwise never time out)."""
    if connection.sock is not None:
        connection.sock.settimeout(_left(deadline))
