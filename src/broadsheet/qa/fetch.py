"""Fetching pages, sitemaps and robots.txt over HTTP(S) with the standard library's urllib
(Broadsheet depends on no HTTP client): a time limit, a size limit, clear errors."""

from __future__ import annotations

import gzip
import io
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from broadsheet.checks.engine import MAX_BYTES
from broadsheet.checks.errors import InputError
from broadsheet.checks.report import tool_version

USER_AGENT = f"broadsheet/{tool_version()} (accessibility checker)"


class FetchError(InputError):
    """A page, sitemap or robots.txt could not be fetched."""


def is_url(text: str) -> bool:
    return urlsplit(text).scheme in {"http", "https"}


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body, the URL it came from after redirects, and its media type."""

    data: bytes
    url: str
    media_type: str

    @property
    def is_html(self) -> bool:
        return self.media_type in {"text/html", "application/xhtml+xml", ""}


class _HttpRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Redirects followed to http and https only (urllib's own also follows ``ftp://``)."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise urllib.error.HTTPError(req.full_url, code,
                                         f"redirect to {newurl} refused (not http or https)",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpRedirectsOnly)


def fetch(url: str, *, timeout: float = 30.0, max_bytes: int = MAX_BYTES) -> Response:
    """The body of ``url`` (gzip bodies unpacked), or a :class:`FetchError` naming the URL."""
    if not is_url(url):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept-Encoding": "identity"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            final = response.geturl()
            media_type = response.headers.get_content_type() if response.headers.get(
                "Content-Type") else ""
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(f"{url}: cannot fetch ({error.reason})") from None
    except (TimeoutError, OSError, ValueError) as error:
        raise FetchError(f"{url}: cannot fetch ({error})") from None
    if len(data) > max_bytes:
        raise FetchError(f"{url}: larger than the {max_bytes / 1e6:.0f} MB limit")
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                data = stream.read(max_bytes + 1)
        except (OSError, EOFError) as error:
            raise FetchError(f"{url}: bad gzip data ({error})") from None
        if len(data) > max_bytes:
            raise FetchError(f"{url}: unpacks to more than the {max_bytes / 1e6:.0f} MB limit")
    return Response(data, final, media_type)

