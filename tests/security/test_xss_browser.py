"""In real Chromium: no vector opens a dialog, runs code or fetches anything, with the page's
CSP and without it (so the sanitiser is proved on its own), and the CSP blocks nothing the
page itself needs. Skipped without Chromium/Playwright, except under ``CI=true``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import broadsheet
from tests.helpers import ARTICLE_FILES, fixture_ids
from tests.security.corpus import EVERYTHING, FAMILIES, fields, placed

ORIGIN = "https://broadsheet.test"
PAGE = f"{ORIGIN}/page.html"
#: Runs before any page script: record dialogs, injected code and CSP reports.
INIT_SCRIPT = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt", "print", "fetch"]) {
  const original = window[name];
  window[name] = function (...args) { window.__ran.push(name); return original.apply(this, args); };
}
window.__csp = [];
document.addEventListener("securitypolicyviolation",
  (event) => window.__csp.push(event.violatedDirective + " " + event.blockedURI));
"""
ROUNDS_PER_FAMILY = 1  # round 0 already holds every vector: fields outnumber any family
#: Requests a Broadsheet page never makes: only injected markup or code could.
CODE_REQUESTS = {"script", "fetch", "xhr", "stylesheet", "eventsource", "websocket", "manifest",
                 "ping"}


@pytest.fixture(scope="session")
def chromium(auditor: Any) -> Any:
    """The session's shared Chromium (tests/conftest.py)."""
    return auditor.browser()


class Visitor:
    """One browser tab serving each page at :data:`PAGE`; every other request is aborted and
    noted."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.html = ""
        self.dialogs: list[str] = []
        self.requests: list[tuple[str, str]] = []
        self.page.on("dialog", self._dialog)
        self.context.route("**/*", self._route)
        self.page.add_init_script(INIT_SCRIPT)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        if route.request.url == PAGE and route.request.frame == self.page.main_frame:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=self.html)
        else:
            self.requests.append((route.request.url, route.request.resource_type))
            route.abort()

    def __call__(self, html: str) -> dict[str, Any]:
        self.html, self.dialogs, self.requests = html, [], []
        self.page.goto(PAGE, wait_until="load")
        self.page.keyboard.press("Tab")  # autofocus and focus handlers get their chance
        self.page.mouse.move(200, 300)
        self.page.wait_for_timeout(30)
        state: dict[str, Any] = self.page.evaluate(
            "({ran: window.__ran, csp: window.__csp,"
            " xss: window.__xss === undefined ? null : window.__xss})")
        return {**state, "dialogs": self.dialogs,
                "fetched": [url for url, kind in self.requests if kind in CODE_REQUESTS]}


@pytest.fixture(scope="module")
def visit(chromium: Any) -> Iterator[Visitor]:
    visitor = Visitor(chromium)
    yield visitor
    visitor.context.close()


def vector_pages() -> Iterator[tuple[str, dict[str, Any]]]:
    free, _ = fields()
    for family, vectors in sorted(FAMILIES.items()):
        for round_ in range(min(ROUNDS_PER_FAMILY, len(vectors))):
            yield f"{family}-{round_}", placed(EVERYTHING, {
                path: vectors[(i + round_) % len(vectors)] for i, path in enumerate(free)})


@pytest.mark.parametrize("csp", ["strict", None], ids=["csp", "no-csp"])
def test_no_vector_runs_in_chromium(visit: Visitor, csp: str | None) -> None:
    failures = {}
    for name, data in vector_pages():
        seen = visit(broadsheet.render(data, csp=csp).html)  # type: ignore[arg-type]
        problems = {key: seen[key] for key in ("ran", "dialogs", "fetched") if seen[key]}
        if seen["xss"] is not None:
            problems["xss"] = seen["xss"]
        if csp and seen["csp"]:
            problems["csp"] = seen["csp"]
        if problems:
            failures[name] = problems
    assert failures == {}


def test_the_probe_does_detect_injected_code(visit: Visitor) -> None:
    seen = visit("<!DOCTYPE html><title>t</title><img src=x onerror=alert(1)>"
                           "<script>window.__xss=1; fetch('https://xss.example/')</script>")
    assert seen["dialogs"] == ["1"]
    assert seen["xss"] == 1
    assert seen["fetched"] == ["https://xss.example/"]
    blocked = visit(broadsheet.render(EVERYTHING).html.replace(
        "</body>", "<script>window.__xss=1</script></body>"))
    assert blocked["xss"] is None, "the page's CSP stops inline script"
    assert any(report.startswith("script-src") for report in blocked["csp"])


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_the_csp_blocks_nothing_a_fixture_needs(visit: Visitor, path: Any) -> None:
    seen = visit(broadsheet.render(path).html)
    assert seen["csp"] == []
    assert seen["ran"] == []
