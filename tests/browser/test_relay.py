"""The sandbox's own fetches (``broadsheet.browser.relay``): one hop, within a deadline and a
size limit whatever the server does (drips bytes, never ends, lies about nothing)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from broadsheet.browser import relay

SEEN: list[dict[str, str]] = []
#: ``/held`` sends nothing until the test sets this (so "asked before it answered" holds on
#: however loaded a machine: a timed drip could finish before the test asks).
RELEASE = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        SEEN.append({k.lower(): v for k, v in self.headers.items()})
        try:
            if self.path == "/held":  # nothing at all until the test allows (headers
                RELEASE.wait(30)     # declaring too much would end the relay at once)
                self._head(200, {"Content-Length": "50000"})
                self.wfile.flush()
                for _ in range(20):
                    self.wfile.write(b"x")
                    self.wfile.flush()
            elif self.path == "/drip":  # a byte now and then, forever
                self._head(200, {"Content-Length": "50000"})
                for _ in range(10_000):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif self.path == "/endless":  # as fast as it can, no length given
                self._head(200, {"Transfer-Encoding": "chunked"})
                chunk = b"y" * 65536
                for _ in range(100_000):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            elif self.path == "/declared":  # says it is too large
                self._head(200, {"Content-Length": str(10**9)})
            elif self.path == "/redirect":
                self._head(302, {"Location": "http://127.0.0.2:1/elsewhere",
                                 "Content-Length": "0"})
            else:
                self._head(200, {"Content-Length": "2", "Set-Cookie": "a=1",
                                 "X-Two": "one"})
                self.wfile.write(b"ok")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the relay gave up, as intended

    def _head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _get(url: str, seconds: float = 5.0, max_bytes: int = 100_000) -> relay.Response:
    return relay.request(url, "GET", {"Accept-Encoding": "gzip, br", "Connection": "x"}, None,
                         deadline=time.monotonic() + seconds, max_bytes=max_bytes)


def test_a_server_dripping_bytes_is_given_up_at_the_deadline(origin: str) -> None:
    started = time.monotonic()
    with pytest.raises(relay.RelayError) as error:
        _get(f"{origin}/drip", seconds=1.0)
    assert error.value.reason == "timedout"
    assert error.value.limit
    # Each read waits only for what is left of the deadline, not a fresh second (a quadratic
    # guard with ample headroom: the drip alone would take 2,000 s).
    assert time.monotonic() - started < 10


def test_an_endless_body_is_cut_at_the_size_limit(origin: str) -> None:
    with pytest.raises(relay.RelayError) as error:
        _get(f"{origin}/endless", max_bytes=300_000)
    assert "more than the limit of 300,000 bytes" in str(error.value)
    assert error.value.limit


def test_a_declared_length_over_the_limit_is_refused_before_reading(origin: str) -> None:
    with pytest.raises(relay.RelayError) as error:
        _get(f"{origin}/declared")
    assert "1,000,000,000 bytes, more than the limit" in str(error.value)


def test_a_redirect_comes_back_unfollowed_for_the_sandbox_to_judge(origin: str) -> None:
    response = _get(f"{origin}/redirect")
    assert response.status == 302
    assert response.headers["location"] == "http://127.0.0.2:1/elsewhere"


def test_headers_go_through_without_compression_or_connection_framing(origin: str) -> None:
    SEEN.clear()
    response = _get(f"{origin}/plain")
    assert (response.status, response.body) == (200, b"ok")
    assert response.headers["set-cookie"] == "a=1"
    assert "content-length" not in response.headers  # the browser counts the body given
    assert SEEN[0]["accept-encoding"] == "identity"  # the body is handed over as it came
    assert SEEN[0].get("connection") != "x"


def test_a_relay_not_done_by_its_deadline_is_a_timeout(origin: str) -> None:
    RELEASE.clear()
    pending = relay.start(f"{origin}/held", "GET", {}, None,
                          deadline=time.monotonic() + 30, max_bytes=10)
    with pytest.raises(relay.RelayError) as error:
        pending.result()  # asked before it answered: the caller's deadline has passed
    assert error.value.reason == "timedout"
    assert not pending.done.is_set()
    RELEASE.set()
    assert pending.done.wait(10)  # twenty bytes sent: over the limit, and the thread ends
    with pytest.raises(relay.RelayError, match="more than the limit"):
        pending.result()


def test_a_refused_connection_is_a_plain_failure_not_a_limit() -> None:
    pending = relay.start("http://127.0.0.1:9/", "GET", {}, None,
                          deadline=time.monotonic() + 5, max_bytes=10)
    assert pending.done.wait(10)
    with pytest.raises(relay.RelayError) as error:
        pending.result()
    assert (error.value.reason, error.value.limit) == ("failed", False)
