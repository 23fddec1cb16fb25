"""Serving Chromium offline: a test names the URLs it answers and every other request is aborted,
so a page never reaches the network and a missing file shows as a failed load."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.helpers import ARTICLES

#: Where test pages are served (no such host exists: every answer comes from the route).
ORIGIN = "http://broadsheet.test/"

#: An answer: its content type and its body, given as text, bytes or a file to read.
Answer = tuple[str, "str | bytes | Path"]


def fulfil(route: Any, answer: Answer) -> None:
    """Answer a routed request with ``answer``."""
    content_type, body = answer
    if isinstance(body, Path):
        route.fulfill(path=body, content_type=content_type)
    else:
        route.fulfill(body=body, content_type=content_type)


def serve_only(page: Any, answers: Mapping[str, Answer]) -> None:
    """Route every request of ``page``: a URL in ``answers`` gets its answer, any other is
    aborted."""
    def answer(route: Any) -> None:
        found = answers.get(route.request.url)
        if found is None:
            route.abort()
        else:
            fulfil(route, found)

    page.route("**/*", answer)


def fixture_picture(url: str) -> Answer | None:
    """The fixtures' own photograph, drawing or sample sound a page names as ``images/…``, or
    None."""
    if not url.startswith(f"{ORIGIN}images/") or "/.." in url:
        return None
    picture = ARTICLES / url.removeprefix(ORIGIN)
    kind = {".svg": "image/svg+xml", ".wav": "audio/wav"}.get(picture.suffix, "image/jpeg")
    return (kind, picture)
