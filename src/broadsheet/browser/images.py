"""``image-loads``: images the page shows that did not load, with the reason why.

``images.js`` tells, element by element, which rendered images decoded; the reason a broken
one failed comes from the page's network log (:func:`watch`, attached when the audit opens
the page): an HTTP status, a failed request, or a response that is not an image. A request
the audit itself refused (another host, a file outside the served folder, a response over
the size limit) says nothing about the page as published: ``cant_tell``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit
from weakref import WeakKeyDictionary

from broadsheet.browser import inpage
from broadsheet.browser.rules import ImageLoads
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request, Response

    from broadsheet.browser.sandbox import Sandbox

#: How long the check waits for images still loading (lazy ones included), in milliseconds.
WAIT_MS = 4000
#: The failure Chromium reports for a request the audit's sandbox aborted.
REFUSED = "net::ERR_BLOCKED_BY_CLIENT"
_KINDS = {"img": "image", "input": "image button", "poster": "video poster",
          "svg": "SVG image"}


_call = inpage.caller("__broadsheetImages", "images.js")


@dataclass
class ImageRequests:
    """What became of the page's image requests, by URL (without its fragment)."""

    sandbox: Sandbox | None = None
    #: URL -> "HTTP 404", "net::ERR_…" (failed) or "ok <content type>" (answered).
    seen: dict[str, str] = field(default_factory=dict)

    def on_response(self, response: Response) -> None:
        if response.request.resource_type != "image":
            return
        kind = response.headers.get("content-type", "no content type").split(";")[0].strip()
        self.seen[_key(response.url)] = (f"HTTP {response.status}" if response.status >= 400
                                         else f"ok {kind or 'no content type'}")

    def on_failed(self, request: Request) -> None:
        if request.resource_type == "image":
            self.seen[_key(request.url)] = request.failure or "the request failed"

    def refused(self, url: str) -> str | None:
        """Why the audit, not the page, kept ``url`` from loading (else None)."""
        if self.seen.get(_key(url), "").startswith(REFUSED):
            return ("the audit loads only from the page's own origin and the hosts allowed "
                    "with --allow-host")
        sandbox = self.sandbox
        if sandbox is None:
            return None
        if any(url in dropped for dropped in sandbox.dropped):
            return "the audit did not pass its response to the page (too slow or too large)"
        from broadsheet.browser.sandbox import PAGE_ORIGIN

        if url.startswith(PAGE_ORIGIN + "/") and sandbox.missing:
            path = unquote(urlsplit(url).path).lstrip("/")
            if path in sandbox.missing:
                return "the file is outside the folder served with the page (give --root)"
        return None


_LOGS: WeakKeyDictionary[Page, ImageRequests] = WeakKeyDictionary()


def watch(page: Page, sandbox: Sandbox | None = None) -> None:
    """Log the image requests of ``page`` from now on (before it loads), so the check can
    say why an image failed; ``sandbox``: the audit's, to tell its own refusals apart."""
    log = ImageRequests(sandbox)
    page.on("response", log.on_response)
    page.on("requestfailed", log.on_failed)
    _LOGS[page] = log


def _key(url: str) -> str:
    return url.split("#")[0]


def _reason(item: dict[str, Any], log: ImageRequests | None) -> str:
    url = str(item["url"])
    if url.startswith("data:"):
        return "its data: URI is not an image the browser can decode"
    seen = log.seen.get(_key(url)) if log is not None else None
    if seen is None:
        return ("the request failed, the server answered an error, or the file is not an "
                "image the browser can decode")
    if seen.startswith("ok "):
        return f"the server sent {seen[3:]}, which the browser cannot decode as an image"
    if seen.startswith("HTTP "):
        return f"the server answered {seen}"
    return f"the request failed ({seen})"


def _shown_url(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "..."


def _finding(item: dict[str, Any], log: ImageRequests | None) -> Finding:
    kind = _KINDS.get(str(item["kind"]), "image")
    if item["alt"] == "" and item["kind"] == "img":
        kind = "decorative image (alt=\"\")"
    url = _shown_url(str(item["url"]))
    state = item["state"]
    if state == "loaded":
        size = f" ({item['width']}×{item['height']} px)" if item["width"] else ""
        lazy = " (lazy: loaded for the check)" if item["lazy"] else ""
        outcome, message = Outcome.PASSED, f"{kind} {url} loaded{size}{lazy}"
    elif state == "pending":
        outcome = Outcome.CANT_TELL
        message = (f"{kind} {url} was still loading after {WAIT_MS / 1000:g} s"
                   + (" (a lazy image, loaded for the check)" if item["lazy"] else ""))
    elif (why := log.refused(str(item["url"])) if log is not None else None) is not None:
        outcome, message = Outcome.CANT_TELL, f"{kind} {url} was not loaded: {why}"
    else:
        outcome = Outcome.FAILED
        message = f"{kind} {url} did not load: {_reason(item, log)}"
        if item["alt"] == "" and item["kind"] == "img":
            message += "; decorative, but it leaves an empty box on the page"
    return Finding(rule=ImageLoads.id, outcome=outcome, message=message,
                   impact=ImageLoads.impact if outcome is Outcome.FAILED else None,
                   source=Source.BROWSER, target=item["target"], snippet=item["html"])


def image_loads(page: Page) -> RuleResult:
    """Each rendered image loaded, failed (with its URL and why) or is still loading."""
    items = cast(list[dict[str, Any]], _call(page, "images", WAIT_MS))
    log = _LOGS.get(page)
    return RuleResult(ImageLoads(), tuple(_finding(item, log) for item in items))
