"""Fixture pages in Chromium, each loaded once and lent to every test that only reads it.

A page is served as a host would serve it: at ``http://broadsheet.test/`` with
``broadsheet.assets_dir()`` beside it, under the page's own Content-Security-Policy.

Loading a page (a browser context, the route, the document, its fonts) is most of a design
test's time, and the same (fixture, width, scheme) is measured by many tests: a page is kept
in a small pool after a test and lent to the next one that asks for it, unless that test left
a trace. The page watches itself from the moment it is ready: any input (pointer, keys,
focus), scroll, resize, toggled ``<details>``, media playing, changed hash or DOM mutation,
and on its return the focus, selection, scroll offsets (of every element), viewport and media
features are compared with the pristine page's; a page found touched, or lent to a test that
failed, is closed, so the next test loads a fresh one. Pages built from other markup or with
other files are never shared.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import broadsheet
from tests.browser.offline import ORIGIN, fixture_picture, fulfil
from tests.helpers import ARTICLES, rendered

HEIGHT = 800
#: The photo essays (round 45: they open on the long read's hero, headline over the lead).
ESSAY_STEMS = ("ru-flood-gallery", "en-eisteddfod-decorative")
#: The fixtures whose page opens on a hero across the window: the long read and the essays.
HERO_STEMS = ("en-longread-river-crossing", *ESSAY_STEMS)
#: Pages kept open between tests (each an idle renderer; the least recently used goes).
POOL_SIZE = 16

Request = tuple[str, str]

#: Installed before the page's own scripts: CSP violations, and (once ``__arm`` is called)
#: every trace a test can leave on the page.
WATCH = """window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.__touched = [];
window.__arm = () => {
  const note = (what) => window.__touched.push(what);
  for (const type of ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'mouseover',
                      'wheel', 'touchstart', 'keydown', 'focusin', 'input', 'change', 'scroll',
                      'resize', 'toggle', 'play', 'seeking', 'volumechange', 'hashchange',
                      'popstate', 'beforeprint'])
    window.addEventListener(type, (e) => note(e.type), {capture: true});
  new MutationObserver((records) => note('mutation ' + records[0].type)).observe(
    document, {subtree: true, childList: true, attributes: true, characterData: true});
  const media = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)', 'print',
                 '(forced-colors: active)', '(prefers-contrast: more)'];
  const features = () => media.map((query) => matchMedia(query).matches).join();
  const pristine = {href: location.href, width: innerWidth, height: innerHeight,
                    features: features()};
  window.__traces = () => {
    const found = [...window.__touched];
    if (location.href !== pristine.href) found.push('location');
    if (innerWidth !== pristine.width || innerHeight !== pristine.height) found.push('viewport');
    if (features() !== pristine.features) found.push('media');
    if (document.activeElement && document.activeElement !== document.body) found.push('focus');
    if (getSelection().rangeCount) found.push('selection');
    if (scrollX || scrollY || [...document.querySelectorAll('*')].some(
        (e) => e.scrollTop || e.scrollLeft)) found.push('scrolled');
    return found;
  };
};"""


@dataclass
class Loaded:
    """One loaded page and every request it has made (``sink`` also hears them while lent)."""

    page: Any
    log: list[Request] = field(default_factory=list)
    sink: list[Request] | None = None

    def close(self) -> None:
        with suppress(Exception):  # gone with a crashed browser
            self.page.context.close()


@dataclass
class Pool:
    """Loaded pages by (browser, fixture, width, scheme, frames pending), least recently used
    first; counts the loads and the uses, for the session's summary."""

    size: int = POOL_SIZE
    pages: OrderedDict[tuple[object, ...], Loaded] = field(default_factory=OrderedDict)
    loads: int = 0
    uses: int = 0
    #: Every key loaded once at least, and the pages closed to keep the pool small.
    seen: set[tuple[object, ...]] = field(default_factory=set)
    evicted: int = 0
    #: Why pages were not lent again (the first trace each test left).
    closed: Counter[str] = field(default_factory=Counter)

    def take(self, key: tuple[object, ...]) -> Loaded | None:
        loaded = self.pages.pop(key, None)
        if loaded is not None and loaded.page.is_closed():
            return None
        return loaded

    def summary(self) -> str:
        why = ", ".join(f"{reason} {count}" for reason, count in self.closed.most_common())
        return (f"fixture pages: {self.loads} loaded ({len(self.seen)} different) for "
                f"{self.uses} uses; {self.evicted} closed to keep {self.size} open"
                + (f"; not lent again: {why}" if why else ""))

    def keep(self, key: tuple[object, ...], loaded: Loaded) -> None:
        self.pages[key] = loaded
        while len(self.pages) > self.size:
            self.pages.popitem(last=False)[1].close()
            self.evicted += 1


POOL = Pool()


def _load(auditor: Any, html: str, *, width: int, scheme: str,
          files: dict[str, tuple[str, bytes]], frames_pending: bool) -> Loaded:
    """A new context and page with ``html`` at ``ORIGIN``, loaded, every font in use ready,
    then watched for traces."""
    assets = broadsheet.assets_dir()
    context = auditor.browser().new_context(viewport={"width": width, "height": HEIGHT},
                                            color_scheme=scheme)
    loaded = Loaded(context.new_page())

    def serve(route: Any) -> None:
        url = route.request.url
        loaded.log.append((route.request.resource_type, url))
        if loaded.sink is not None:
            loaded.sink.append((route.request.resource_type, url))
        if url == ORIGIN:
            route.fulfill(body=html, content_type="text/html")
        elif url.startswith(f"{ORIGIN}broadsheet-fonts/") and "/.." not in url:
            route.fulfill(path=assets / url.removeprefix(ORIGIN), content_type="font/woff2")
        elif url in files:
            route.fulfill(body=files[url][1], content_type=files[url][0])
        elif (picture := fixture_picture(url)) is not None:  # fixtures' photographs
            fulfil(route, picture)
        elif frames_pending and route.request.resource_type == "document":
            return  # never answered: the frame is still loading
        else:
            route.abort()

    try:
        page = loaded.page
        page.route("**/*", serve)
        page.add_init_script(WATCH)
        page.goto(ORIGIN, wait_until="domcontentloaded" if frames_pending else "load")
        page.evaluate("() => document.fonts.ready.then(() => window.__arm())")
    except BaseException:
        loaded.close()
        raise
    POOL.loads += 1
    return loaded


def traces(loaded: Loaded, width: int) -> list[str]:
    """What a test left on the page (nothing: it may be lent again)."""
    page = loaded.page
    found: list[str] = list(page.evaluate(  # another document has no __traces: it navigated
        "() => typeof window.__traces === 'function' ? window.__traces() : ['navigated']"))
    if page.viewport_size != {"width": width, "height": HEIGHT}:
        found.append("viewport")
    if len(page.context.pages) != 1:
        found.append("another page")
    return found


@contextmanager
def fixture_page(auditor: Any, stem: str, *, width: int = 1280, scheme: str = "light",
                 files: dict[str, tuple[str, bytes]] | None = None,
                 frames_pending: bool = False, html: str | None = None,
                 requested: list[Request] | None = None) -> Iterator[Any]:
    """The fixture's page, loaded with its fonts, every font in use ready; fails on any CSP
    violation (a blocked font or style would go unnoticed otherwise). ``files`` answers
    other URLs, or stands in for a shipped picture (content type, bytes); ``frames_pending``
    leaves frames loading, as a reader sees them before they arrive; everything else is
    refused, as offline. ``requested`` collects each request the page makes (resource type,
    URL), since it was loaded. ``html`` stands in for the fixture's rendered page.

    A page of the fixture's own markup and files comes from the pool when one is there."""
    shared = html is None and not files
    key = (auditor.browser(), stem, width, scheme, frames_pending)
    loaded = POOL.take(key) if shared else None
    if loaded is None:
        markup = html if html is not None else rendered(ARTICLES / f"{stem}.json").html
        loaded = _load(auditor, markup, width=width, scheme=scheme, files=files or {},
                       frames_pending=frames_pending)
        POOL.seen.add(key if shared else (key, POOL.loads))
    POOL.uses += 1
    clean = False
    try:
        if requested is not None:
            requested.extend(loaded.log)
            loaded.sink = requested
        yield loaded.page
        assert loaded.page.evaluate("() => window.__violations") == []
        left = traces(loaded, width) if shared else ["own markup or files"]
        if left:
            POOL.closed[left[0]] += 1
        clean = not left
    finally:
        loaded.sink = None
        if clean:
            POOL.keep(key, loaded)
        else:
            loaded.close()
