"""One Chromium, many pages: load each page safely, run axe-core and the browser checks.

Each page runs in its own browser context behind a :class:`~broadsheet.browser.sandbox.Sandbox`
(its own origin and the allowed hosts only; no local files); loading is bounded by a time
limit; dialogs are dismissed and reported; a page that replaces itself with another document
is an audit error, never a report about that document; a crashed browser is restarted.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

from broadsheet.browser import images
from broadsheet.browser.axe import AXE_LATE, axe_options, run_axe, to_results
from broadsheet.browser.axe_rules import DEFAULT_TAGS
from broadsheet.browser.checks import Stage, run_checks
from broadsheet.browser.launch import launch_chromium, start_playwright
from broadsheet.browser.rules import (
    AuditCompleted,
    BrowserRule,
    PageBehaviour,
    PageLoad,
)
from broadsheet.browser.sandbox import MAX_REDIRECTS, Sandbox, SandboxError
from broadsheet.browser.scope import in_scope
from broadsheet.browser.watchdog import Watchdog, chromium_browsers
from broadsheet.catalog import Selection, default_catalog
from broadsheet.checks.linked_css import Resolver, fetched_resolver
from broadsheet.checks.report import Report, RuleResult, Waived
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Browser, JSHandle, Page, Playwright

    from broadsheet.checks.parse import Document
    from broadsheet.qa.scope import Scope


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
    #: Hosts the page may load from besides its own origin (``HOST`` or ``HOST:PORT``).
    allow_hosts: tuple[str, ...] = ()
    #: CSS selectors of regions whose findings are dropped (``exclude`` in the settings).
    exclude: tuple[str, ...] = ()

    def axe(self) -> dict[str, Any]:
        return axe_options(self.tags, self.rules, self.disabled)

    @classmethod
    def chosen(cls, selection: Selection, **settings: Any) -> AuditOptions:
        """Options running the browser checks and axe-core rules ``selection`` names (less
        ``disabled``: axe-core ignores it for rules it is asked for by id)."""
        off = set(settings.get("disabled", ()))
        axe = tuple(rule.id for rule in selection.axe if rule.id not in off)
        checks = selection.ids("browser") - off
        return cls(rules=axe or None, axe_core=bool(axe), checks=bool(checks),
                   check_ids=checks, **settings)


@dataclass
class PageAudit:
    """What the browser found on one page: rule results plus the time it took."""

    source: str
    results: list[RuleResult] = field(default_factory=list)
    seconds: float = 0.0
    aria_snapshot: str | None = None
    #: Findings the page's markup waived (``data-a11y-ignore``).
    waived: list[Waived] = field(default_factory=list)
    #: The document's bytes as served (a file's, the markup's, or a URL's response): what
    #: the static rules read, so a page is judged alike as a file and as a URL.
    served: bytes | None = None
    #: A URL's same-origin style sheets as fetched (``{URL: bytes}``), for the static rules.
    sheets: dict[str, bytes] = field(default_factory=dict)

    def sheets_for(self, url: str) -> Callable[[Document], Resolver]:
        """What finds the page's linked style sheets among those fetched for it."""
        return fetched_resolver(url, self.sheets)

    def report(self, static: Report | None = None) -> Report:
        """An axe-shaped :class:`Report`, after the static results when given; axe-core's
        failures that repeat a static one are folded into it (:mod:`.merge`)."""
        from broadsheet.browser.merge import merge_engines
        from broadsheet.checks.repeats import fold_repeats

        before, after = merge_engines(fold_repeats(static.results) if static else (),
                                      self.results, self.served)
        return Report(source=self.source, results=(*before, *after),
                      parse_errors=static.parse_errors if static else 0,
                      waived=(*(static.waived if static else ()), *self.waived))


def _finding(rule: type[BrowserRule], outcome: Outcome, message: str) -> RuleResult:
    return RuleResult(rule(), (Finding(rule=rule.id, outcome=outcome, message=message,
                                       impact=rule.impact if outcome is Outcome.FAILED else None,
                                       source=Source.BROWSER, target="html"),))


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in {"http", "https", "file"}


def sandbox_for(source: str | os.PathLike[str], *, html: str | None = None,
                root: str | os.PathLike[str] | None = None,
                allow_hosts: Sequence[str] = ()) -> Sandbox:
    """The sandbox for auditing a file, a ``file:``/http(s) URL or (with ``html``) markup."""
    if html is not None:
        return Sandbox.for_markup(html, allow_hosts=allow_hosts)
    name = os.fspath(source)
    parts = urlsplit(name)
    if parts.scheme in {"http", "https"}:
        return Sandbox.for_url(name, allow_hosts=allow_hosts)
    path = url2pathname(parts.path) if parts.scheme == "file" else name
    return Sandbox.for_file(path, root=root, allow_hosts=allow_hosts)


def audit_page(page: Page, options: AuditOptions | None = None,
               waived: list[Waived] | None = None, arm: Stage | None = None
               ) -> list[RuleResult]:
    """axe-core plus Broadsheet's browser checks on a page that is already loaded; findings
    in excluded regions are dropped and those the markup waives go to ``waived``. ``arm``
    is told each stage and its time (a :class:`~broadsheet.browser.watchdog.Watchdog`'s)."""
    options = options or AuditOptions()
    results = []
    if options.axe_core:
        if arm is not None:  # its own limit is a timer, which waits for each rule to end
            arm("running axe-core", 2 * options.timeout)  # (the bash reference: over 35 s)
        try:
            results = to_results(run_axe(page, options.axe(),
                                         timeout_ms=int(options.timeout * 1000)))
        except Exception as error:  # out of time: the browser checks still run
            if AXE_LATE not in str(error):
                raise
            results = [_finding(AuditCompleted, Outcome.CANT_TELL, f"{AXE_LATE} within "
                                f"{options.timeout:g} s (a large page, a loaded machine): its "
                                "rules have no results here; a longer --timeout gives it more")]
    if options.checks:
        results += run_checks(page, options.check_ids, cross_origin=bool(options.allow_hosts),
                              arm=arm)
    return in_scope(page, results, options.exclude, waived if waived is not None else [])


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
            self._watchdog = Watchdog(_browser_process(self._browser,
                                                       chromium_browsers() - before))
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
    def page(self, options: AuditOptions, sandbox: Sandbox) -> Iterator[Page]:
        """A fresh context and page with the options' viewport, scheme and time limit, whose
        every request goes through ``sandbox``; load it with ``page.goto(sandbox.url)``."""
        context = self.browser().new_context(
            viewport={"width": options.width, "height": options.height},
            color_scheme=options.color_scheme, reduced_motion="reduce",
            service_workers="block",  # a worker's requests would bypass the sandbox's routes
            bypass_csp=True)  # our checks inject a style sheet; page CSPs must not block it
        try:
            context.set_default_timeout(options.timeout * 1000)
            page = context.new_page()
            sandbox.attach(context, page, timeout=options.timeout)
            images.watch(page, sandbox)  # why an image failed, for image-loads
            yield page
        finally:
            with contextlib.suppress(Exception):  # crashed with the page; relaunched on next use
                context.close()

    def audit(self, source: str | os.PathLike[str], *, html: str | None = None,
              options: AuditOptions | None = None, snapshot: bool = False,
              root: str | os.PathLike[str] | None = None) -> PageAudit:
        """Audit a file, URL or (with ``html``) markup; problems become findings, not raises.

        A file is served with the style sheets, scripts, images, fonts and media of ``root``
        (default: its own folder); see :mod:`broadsheet.browser.sandbox`."""
        options = options or AuditOptions()
        name = str(source)
        audit = PageAudit(name)
        started = time.perf_counter()
        try:
            sandbox = sandbox_for(source, html=html, root=root, allow_hosts=options.allow_hosts)
        except SandboxError as error:
            audit.results.append(_finding(PageLoad, Outcome.FAILED, f"cannot load {error}"))
            return audit
        events: list[str] = []
        size: dict[str, int] = {}
        watchdog = self._watchdog
        try:
            self.browser()  # (re)launched first, so the watchdog guards the browser in use
            watchdog = self._watchdog  # a relaunch brings a watchdog of its own
            with watchdog.limit(options.timeout, "loading the page"), \
                    self.page(options, sandbox) as page:
                _watch(page, events)
                loaded = _load(page, sandbox, options.timeout)
                if loaded is not None:
                    audit.results.append(loaded)
                if loaded is None or loaded.outcome is not Outcome.FAILED:
                    with contextlib.suppress(Exception):  # for the watchdog's message only
                        size.update(page.evaluate(_SIZE))
                    audit.results += _audit_loaded(page, sandbox, options, snapshot, audit,
                                                   watchdog.arm)
        except Exception as error:  # crash, closed page, script errors: report, go on
            message = _stopped(watchdog, size) if watchdog.fired else _describe(error, events)
            audit.results.append(_finding(AuditCompleted, Outcome.FAILED, message))
        if watchdog.fired:  # the crash is the watchdog's doing, reported above
            events = [event for event in events if event != "the page crashed"]
        events += sandbox.events
        audit.served = sandbox.body if sandbox.body is not None else sandbox.document
        audit.sheets = dict(sandbox.sheets)
        if sandbox.missing and sandbox.root is not None:
            audit.results.append(_finding(PageLoad, Outcome.CANT_TELL, _missing(sandbox)))
        if sandbox.dropped:
            audit.results.append(_finding(PageLoad, Outcome.CANT_TELL, _dropped(sandbox)))
        if events:
            audit.results.append(_finding(PageBehaviour, Outcome.FAILED, "; ".join(events)))
        audit.seconds = time.perf_counter() - started
        return audit


def _browser_process(browser: Browser, launched: set[int]) -> int | None:
    """The process id of ``browser``, as Chromium itself reports it (DevTools'
    ``SystemInfo.getProcessInfo``); else the one Chromium browser process that appeared
    while it launched (``None`` when that is not exactly one: the watchdog then does
    nothing)."""
    with contextlib.suppress(Exception):
        info = browser.new_browser_cdp_session().send("SystemInfo.getProcessInfo")
        for process in info.get("processInfo", []):
            if process.get("type") == "browser":
                return int(process["id"])
    return launched.pop() if len(launched) == 1 else None


class NavigatedAway(Exception):
    """The audited document was replaced by another one; its results are not reported."""


#: How often, in ms, :func:`_ready` looks again at a page that refused to navigate away.
READY_POLL_MS = 200

#: What a page holds, counted once it loaded, for the watchdog's message: its elements and
#: text nodes, and its scripts (classic and module ``script`` elements and event handler
#: attributes; JSON and templates are data).
_SIZE = """() => {
  const js = /^(|module|(text|application)\\/(x-)?(java|ecma)script)$/i;
  let elements = 0, scripts = 0, texts = 0;
  for (const el of document.querySelectorAll('*')) {
    elements++;
    if (el.localName === 'script') {
      if (js.test((el.getAttribute('type') || '').trim())) scripts++;
    } else if (el.getAttributeNames().some((name) => name.startsWith('on'))) scripts++;
  }
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts++;
  return { elements, texts, scripts };
}"""


def _stopped(watchdog: Watchdog, size: dict[str, int]) -> str:
    """What the watchdog stopped: in which stage, on how large a page, and whether the
    page's scripts can be the cause (a page without any has none to blame)."""
    where = watchdog.stage or "auditing the page"
    message = f"the page kept the browser busy for more than {watchdog.seconds:g} s while " \
              f"{where}"
    if size:
        message += f" ({size['elements']} elements, {size['texts']} text nodes)"
    message += "; its renderer was stopped: "
    if size.get("scripts", 1):
        return message + "a script of the page that never yields?"
    return message + "the page has no scripts to blame: this was too slow for a page this large"


def _audit_loaded(page: Page, sandbox: Sandbox, options: AuditOptions, snapshot: bool,
                  audit: PageAudit, arm: Stage) -> list[RuleResult]:
    """The audit of the loaded page, or :class:`NavigatedAway` when the document changed."""
    try:
        document = page.evaluate_handle("document")
    except Exception as error:
        if "navigation" in str(error):  # "Execution context was destroyed, ... navigation"
            raise _away(page) from error
        raise
    _require_same(page, sandbox, document)
    try:
        results = audit_page(page, options, audit.waived, arm)
        if snapshot:
            arm("taking the ARIA snapshot", options.timeout)
            audit.aria_snapshot = aria_snapshot(page)
    except Exception:
        _require_same(page, sandbox, document)
        raise
    _require_same(page, sandbox, document)
    return results


def _require_same(page: Page, sandbox: Sandbox, document: JSHandle) -> None:
    """Raise :class:`NavigatedAway` unless ``document`` is still the page's, at the page's
    origin (``about:blank``, ``blob:`` and ``javascript:`` documents do not pass the routes)."""
    try:
        same = bool(page.evaluate("(d) => d === document", document))
    except Exception:  # its context was destroyed: another document was loaded
        same = False
    if not same or _origin(page.main_frame.url) != _origin(sandbox.url):
        raise _away(page)


def _away(page: Page) -> NavigatedAway:
    return NavigatedAway(f"the page replaced itself with another document "
                         f"({page.main_frame.url[:200]}); only the page asked for is audited")


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _watch(page: Page, events: list[str]) -> None:
    def on_dialog(dialog: Any) -> None:
        events.append(f"opened a {dialog.type} dialog: {dialog.message[:100]!r}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("crash", lambda _: events.append("the page crashed"))


def _load(page: Page, sandbox: Sandbox, timeout: float) -> RuleResult | None:
    """Go to the page; None when it loaded fully within ``timeout``, else a page-load finding.

    A redirect of the page is followed to its own host (or an allowed one), each hop
    through the sandbox; the page's origin is then the final one."""
    limit = timeout * 1000
    url = sandbox.url
    response = None
    started = time.monotonic()
    for _ in range(MAX_REDIRECTS):
        sandbox.expect(url)
        started = time.monotonic()
        try:
            response = page.goto(url, wait_until="commit", timeout=limit)
            _ready(page, sandbox, "domcontentloaded", started + timeout)
        except Exception as error:
            if sandbox.redirect is None:
                return _finding(PageLoad, Outcome.FAILED,
                                f"cannot load {url}: {_first_line(error)}")
        if sandbox.redirect is None:
            break
        target = sandbox.redirect
        if not (_redirect_allowed(url, target) or sandbox.allowed(target)):
            return _finding(PageLoad, Outcome.FAILED,
                            f"{url} redirects to {target[:200]}, another host: allow it "
                            "with --allow-host to audit it")
        url = target
    else:
        return _finding(PageLoad, Outcome.FAILED, f"{url}: more than {MAX_REDIRECTS} redirects")
    if response is not None and response.status >= 400:
        return _finding(PageLoad, Outcome.FAILED, f"{url} answered HTTP {response.status}")
    try:  # the load event within the time limit, counted from the (last) request
        _ready(page, sandbox, "load", started + timeout)
    except Exception:
        return _finding(PageLoad, Outcome.CANT_TELL,
                        f"the page did not finish loading within {timeout:g} s; audited as "
                        "it was then")
    return None


def _ready(page: Page, sandbox: Sandbox, state: Literal["domcontentloaded", "load"],
           deadline: float) -> None:
    """Wait for the page's ``state`` before ``deadline`` (monotonic), else raise.

    Playwright's lifecycle events, as long as the page navigated nowhere else. A page whose
    script navigates while it is parsed (newspaper4k's google_meta_refresh.html:
    ``location.replace``), refused by the sandbox, keeps its document, which goes on to load;
    but Playwright then waits for the refused navigation's events, which never come. There
    the document's own ``readyState`` tells (``interactive``: DOMContentLoaded is due;
    ``complete``: the load event, subframes loaded)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    wanted = ("interactive", "complete") if state == "domcontentloaded" else ("complete",)
    while True:
        left = (deadline - time.monotonic()) * 1000
        if left <= 0:
            raise TimeoutError(f"the page's {state} event did not come in time")
        try:
            page.wait_for_load_state(state, timeout=min(left, READY_POLL_MS))
            return
        except PlaywrightTimeout:
            if sandbox.refused_navigation and page.evaluate("document.readyState") in wanted:
                return


def aria_snapshot(page: Page) -> str:
    """Playwright's ARIA snapshot (YAML) of the page body: what a screen reader meets."""
    return page.locator("body").aria_snapshot()


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _missing(sandbox: Sandbox) -> str:
    names = ", ".join(sorted(set(sandbox.missing))[:5])
    return (f"{len(set(sandbox.missing))} file(s) the page uses are not served from "
            f"{sandbox.root} ({names}); audited without them. A page's files load only from "
            "its own folder: give a wider one with --root")


def _dropped(sandbox: Sandbox) -> str:
    return (f"{len(sandbox.dropped)} response(s) were not passed to the page "
            f"({'; '.join(sandbox.dropped[:3])}); audited without them")


def _redirect_allowed(url: str, target: str) -> bool:
    """The same origin, or its https upgrade."""
    before, after = urlsplit(url), urlsplit(target)
    return _origin(url) == _origin(target) or (
        after.scheme == "https" and after.hostname == before.hostname
        and after.port in (None, 443))


def _describe(error: BaseException, events: list[str]) -> str:
    if isinstance(error, NavigatedAway):
        return str(error)
    message = _first_line(error)
    if "crash" in message.lower() or "the page crashed" in events:
        return f"the browser crashed while auditing: {message}"
    if "closed" in message.lower() or "destroyed" in message.lower():
        return f"the page went away while audited: {message}"
    return f"audit stopped: {message}"


def audit_pages(pages: Sequence[str | os.PathLike[str]], *, static: bool = True,
                options: AuditOptions | None = None,
                auditor: BrowserAuditor | None = None) -> list[Report]:
    """One Report per page: static rules (on the document as served, for files and URLs
    alike), axe-core and browser checks merged.

    One Chromium serves every page; a page that fails to load or crashes the browser
    yields findings and the remaining pages are still audited.
    """
    from broadsheet.checks import check
    from broadsheet.checks.engine import run_static

    own = auditor is None
    runner = auditor or BrowserAuditor()
    reports = []
    try:
        for page in pages:
            name = str(page)
            static_report = check(Path(page)) if static and not is_url(name) else None
            audited = runner.audit(page, options=options)
            if static and is_url(name) and audited.served:
                rules = default_catalog().select(None, None, (), engines=("static",)).static
                static_report = run_static(audited.served, rules,
                                           sheets=audited.sheets_for(name))
            reports.append(audited.report(static_report))
    finally:
        if own:
            runner.close()
    return reports


def check_pages(pages: Sequence[str], *, rules: Sequence[str] | None = None,
                tags: Sequence[str] | None = None, disable: Sequence[str] = (),
                scope: Scope | None = None, timeout: float = 30.0,
                allow_hosts: Sequence[str] = (),
                root: str | os.PathLike[str] | None = None, axe: bool = True) -> list[Report]:
    """``broadsheet check --browser``: static rules, axe-core and browser checks per page.

    ``pages`` are files, http(s) URLs or ``-`` (standard input). Static rules read the
    document as served (a file's bytes, or the bytes a URL's server sent the browser), so a
    page is judged alike given either way; ``axe=False`` leaves axe-core out. Rule ids and
    tags go to whichever engines know them (the catalog's routing,
    :meth:`broadsheet.catalog.Catalog.select`); ``disable`` drops rules of every engine and
    ``scope`` (excluded regions) and the markup's waivers apply to every engine's findings.
    Pages load only from their own origin and ``allow_hosts``; files are served with the
    subresources of ``root``, each file's own folder by default (see
    :mod:`broadsheet.browser.sandbox`).
    """
    import sys

    from broadsheet.checks.engine import read_stdin, run_static
    from broadsheet.checks.errors import InputError, UnknownRuleError

    selection = default_catalog().select(rules, tags, disable)
    if not axe:
        selection = replace(selection, axe=())
        if not (selection.static or selection.ids("browser")):
            raise InputError("only axe-core rules were chosen, and --no-axe leaves axe-core "
                             "out: nothing would run")
    options = AuditOptions.chosen(selection, timeout=timeout, allow_hosts=tuple(allow_hosts),
                                  exclude=scope.exclude if scope else ())
    reports = []
    with BrowserAuditor() as auditor:
        for page in pages:
            name = "<stdin>" if page == "-" else page
            try:
                markup = None
                if page == "-":
                    markup = read_stdin(sys.stdin.buffer).decode("utf-8", "replace")
                static = None
                if selection.static and not is_url(page):
                    static = run_static(markup if markup is not None else Path(page),
                                        selection.static, scope=scope, stylesheet_root=root)
                audited = auditor.audit(name, html=markup, options=options, root=root)
                if selection.static and is_url(page) and audited.served:
                    static = run_static(audited.served, selection.static, scope=scope,
                                        sheets=audited.sheets_for(page))
                reports.append(audited.report(static))
            except UnknownRuleError:
                raise
            except InputError as error:  # unreadable: said, and the other pages audited
                reports.append(Report(source=name, results=(), error=str(error),
                                      error_kind="input"))
            except Exception as error:  # a fault of ours on this page; the others go on
                reports.append(Report(source=name, results=(), error_kind="crash",
                                      error=f"{name}: could not audit: "
                                            f"{type(error).__name__}: {error}"))
    return reports
