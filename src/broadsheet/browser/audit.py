"""One Chromium, many pages: load each page safely, run axe-core and the browser checks.

Loading is bounded by a time limit; requests leave the machine only when a URL is audited;
dialogs are dismissed and reported; a crashed browser is restarted for the next page.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from broadsheet.browser.axe import DEFAULT_TAGS, axe_options, axe_script, run_axe, to_results
from broadsheet.browser.checks import run_checks
from broadsheet.browser.launch import launch_chromium, start_playwright
from broadsheet.browser.rules import (
    BROWSER_CHECK_IDS,
    AuditError,
    BrowserRule,
    PageBehaviour,
    PageLoad,
)
from broadsheet.browser.watchdog import Watchdog, chromium_browsers
from broadsheet.checks.report import Report, RuleResult
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright, Route

LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")


@dataclass(frozen=True)
class AuditOptions:
    """What to run on each page and how (one set of options per audit)."""

    tags: tuple[str, ...] = DEFAULT_TAGS
    rules: tuple[str, ...] | None = None
    disabled: tuple[str, ...] = ()
    width: int = 1280
    height: int = 800
    color_scheme: Literal["light", "dark"] = "light"
    checks: bool = True
    #: Only these browser checks (rule ids), when given.
    check_ids: frozenset[str] | None = None
    #: Run axe-core (``False`` when only static rules or browser checks were asked for).
    axe_core: bool = True
    timeout: float = 30.0
    allow_network: bool | None = None  # None: only when auditing an http(s) URL

    def axe(self) -> dict[str, Any]:
        return axe_options(self.tags, self.rules, self.disabled)


@dataclass
class PageAudit:
    """What the browser found on one page: rule results plus the time it took."""

    source: str
    results: list[RuleResult] = field(default_factory=list)
    seconds: float = 0.0
    aria_snapshot: str | None = None

    def report(self, static: Report | None = None) -> Report:
        """An axe-shaped :class:`Report`, after the static results when given."""
        before = static.results if static else ()
        return Report(source=self.source, results=(*before, *self.results),
                      parse_errors=static.parse_errors if static else 0)


def _finding(rule: type[BrowserRule], outcome: Outcome, message: str) -> RuleResult:
    return RuleResult(rule(), (Finding(rule=rule.id, outcome=outcome, message=message,
                                       impact=rule.impact if outcome is Outcome.FAILED else None,
                                       source=Source.BROWSER, target="html"),))


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in {"http", "https", "file"}


def _local(url: str) -> bool:
    return url.startswith(LOCAL_SCHEMES) or urlsplit(url).hostname in {
        host.strip("[]") for host in LOCAL_HOSTS}


def _route_local_only(route: Route) -> None:
    if _local(route.request.url):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def audit_page(page: Page, options: AuditOptions | None = None) -> list[RuleResult]:
    """axe-core plus Broadsheet's browser checks on a page that is already loaded."""
    options = options or AuditOptions()
    results = to_results(run_axe(page, options.axe(), timeout_ms=int(options.timeout * 1000))) \
        if options.axe_core else []
    if options.checks:
        results += run_checks(page, options.check_ids)
    return results


class BrowserAuditor:
    """A Chromium launched once and reused for every page; use as a context manager."""

    def __init__(self, *, executable: str | None = None) -> None:
        self.executable = executable
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._watchdog = Watchdog(None)

    def __enter__(self) -> BrowserAuditor:
        self.browser()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def browser(self) -> Browser:
        """The running browser, (re)launched when missing or disconnected."""
        if self._playwright is None:
            self._playwright = start_playwright()
        if self._browser is None or not self._browser.is_connected():
            before = chromium_browsers()
            self._browser = launch_chromium(self._playwright, executable=self.executable)
            launched = chromium_browsers() - before
            self._watchdog = Watchdog(launched.pop() if len(launched) == 1 else None)
        return self._browser

    def close(self) -> None:
        if self._browser is not None:
            with contextlib.suppress(Exception):  # already gone (crashed)
                self._browser.close()
            self._browser = None
        if self._playwright is not None:
            self._playwright.stop()
            self._playwright = None

    @contextmanager
    def page(self, options: AuditOptions, *, network: bool = False) -> Iterator[Page]:
        """A fresh context and page with the options' viewport, scheme and time limit."""
        context = self.browser().new_context(
            viewport={"width": options.width, "height": options.height},
            color_scheme=options.color_scheme, reduced_motion="reduce",
            bypass_csp=True)  # our checks inject a style sheet; page CSPs must not block it
        try:
            context.set_default_timeout(options.timeout * 1000)
            if not network:
                context.route("**/*", _route_local_only)
            yield context.new_page()
        finally:
            with contextlib.suppress(Exception):  # crashed with the page; relaunched on next use
                context.close()

    def audit(self, source: str | os.PathLike[str], *, html: str | None = None,
              options: AuditOptions | None = None, snapshot: bool = False) -> PageAudit:
        """Audit a file, URL or (with ``html``) markup; problems become findings, not raises."""
        options = options or AuditOptions()
        name = str(source)
        url = name if is_url(name) else Path(name).resolve().as_uri()
        network = options.allow_network if options.allow_network is not None \
            else urlsplit(url).scheme in {"http", "https"}
        audit = PageAudit(name)
        started = time.perf_counter()
        events: list[str] = []
        limit = 2 * options.timeout  # loading, then the checks, each within the time limit
        try:
            with self._watchdog.limit(limit), self.page(options, network=network) as page:
                _watch(page, events)
                loaded = _load(page, url, html, options.timeout)
                if loaded is not None:
                    audit.results.append(loaded)
                if loaded is None or loaded.outcome is not Outcome.FAILED:
                    try:
                        audit.results += audit_page(page, options)
                        if snapshot:
                            audit.aria_snapshot = aria_snapshot(page)
                    except Exception as error:
                        if "navigation" in str(error):  # let the navigation event arrive
                            with contextlib.suppress(Exception):
                                page.wait_for_event("framenavigated", timeout=2000)
                        raise
        except Exception as error:  # crash, closed page, script errors: report, go on
            message = (f"the page kept the browser busy for more than {limit:g} s (a script "
                       "that never yields); its renderer was stopped"
                       if self._watchdog.fired else _describe(error, events))
            audit.results.append(_finding(AuditError, Outcome.FAILED, message))
        if self._watchdog.fired:  # the crash is the watchdog's doing, reported above
            events = [event for event in events if event != "the page crashed"]
        if events:
            audit.results.append(_finding(PageBehaviour, Outcome.FAILED, "; ".join(events)))
        audit.seconds = time.perf_counter() - started
        return audit


def _watch(page: Page, events: list[str]) -> None:
    def on_dialog(dialog: Any) -> None:
        events.append(f"opened a {dialog.type} dialog: {dialog.message[:100]!r}")
        dialog.dismiss()

    visited: list[str] = []

    def on_navigated(frame: Any) -> None:
        if frame != page.main_frame or frame.url.startswith("about:"):
            return
        url = frame.url.split("#")[0]
        if visited and url != visited[-1]:
            events.append(f"navigated away from {visited[0]} to {url}")
        visited.append(url)

    page.on("dialog", on_dialog)
    page.on("framenavigated", on_navigated)
    page.on("crash", lambda _: events.append("the page crashed"))


def _load(page: Page, url: str, html: str | None, timeout: float) -> RuleResult | None:
    """Go to the page; None when it loaded fully, else a page-load finding."""
    limit = timeout * 1000
    try:
        if html is not None:
            page.set_content(html, wait_until="domcontentloaded", timeout=limit)
        else:
            response = page.goto(url, wait_until="domcontentloaded", timeout=limit)
            if response is not None and response.status >= 400:
                return _finding(PageLoad, Outcome.FAILED,
                                f"{url} answered HTTP {response.status}")
    except Exception as error:
        return _finding(PageLoad, Outcome.FAILED, f"cannot load {url}: {_first_line(error)}")
    try:
        page.wait_for_load_state("load", timeout=limit)
    except Exception:
        return _finding(PageLoad, Outcome.CANT_TELL,
                        f"the page did not finish loading within {timeout:g} s; audited as "
                        "it was then")
    return None


def aria_snapshot(page: Page) -> str:
    """Playwright's ARIA snapshot (YAML) of the page body: what a screen reader meets."""
    return page.locator("body").aria_snapshot()


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _describe(error: BaseException, events: list[str]) -> str:
    message = _first_line(error)
    if "crash" in message.lower() or "the page crashed" in events:
        return f"the browser crashed while auditing: {message}"
    if "closed" in message.lower() or "destroyed" in message.lower():
        return f"the page went away while audited: {message}"
    return f"audit stopped: {message}"


def audit_pages(pages: Sequence[str | os.PathLike[str]], *, static: bool = True,
                options: AuditOptions | None = None,
                auditor: BrowserAuditor | None = None) -> list[Report]:
    """One Report per page: static rules (for files), axe-core and browser checks merged.

    One Chromium serves every page; a page that fails to load or crashes the browser
    yields findings and the remaining pages are still audited.
    """
    from broadsheet.checks import check

    own = auditor is None
    runner = auditor or BrowserAuditor()
    reports = []
    try:
        for page in pages:
            name = str(page)
            static_report = check(Path(page)) if static and not is_url(name) else None
            reports.append(runner.audit(page, options=options).report(static_report))
    finally:
        if own:
            runner.close()
    return reports


def variants(options: AuditOptions, widths: Iterable[int],
             schemes: Iterable[Literal["light", "dark"]]) -> list[AuditOptions]:
    """The same options at each width and colour scheme."""
    return [replace(options, width=w, color_scheme=s) for w in widths for s in schemes]


def components() -> dict[str, str]:
    """Versions of the real components an audit uses (for reports and the benchmark)."""
    script = axe_script()
    return {"axe-core": script.version, "axe-core-origin": script.origin}


def check_pages(pages: Sequence[str], *, rules: Sequence[str] | None = None,
                tags: Sequence[str] | None = None, timeout: float = 30.0) -> list[Report]:
    """``broadsheet check --browser``: static rules, axe-core and browser checks per page.

    ``pages`` are files, http(s) URLs or ``-`` (standard input). Static rules run on files
    and standard input; rule ids and tags go to whichever engine knows them.
    """
    import sys

    from broadsheet.checks import check, default_registry
    from broadsheet.checks.engine import read_stdin

    registry = default_registry()
    known_tags = {tag for rule in registry for tag in rule.tags}
    static_rules = [r for r in rules if r in registry] if rules else None
    static_tags = [t for t in tags if t in known_tags] if tags else None
    skip_static = bool(rules and not static_rules) or bool(tags and not static_tags)
    # With rule ids, each engine runs the ones it knows: axe-core (ids it does not know are
    # dropped in the page), Broadsheet's browser checks, and the static rules above.
    checks = set(rules) & BROWSER_CHECK_IDS if rules else BROWSER_CHECK_IDS
    axe_rules = tuple(r for r in rules if r not in BROWSER_CHECK_IDS) if rules else None
    options = AuditOptions(tags=tuple(tags) if tags else DEFAULT_TAGS, rules=axe_rules or None,
                           axe_core=axe_rules is None or bool(axe_rules),
                           checks=bool(checks), check_ids=frozenset(checks) if rules else None,
                           timeout=timeout)
    reports = []
    with BrowserAuditor() as auditor:
        for page in pages:
            markup = None
            if page == "-":
                data = read_stdin(sys.stdin.buffer)
                markup = data.decode("utf-8", "replace")
            static = None
            if not skip_static and not is_url(page):
                static = check(markup if markup is not None else Path(page),
                               rules=static_rules, tags=static_tags)
            name = "<stdin>" if page == "-" else page
            reports.append(auditor.audit(name, html=markup, options=options).report(static))
    return reports
