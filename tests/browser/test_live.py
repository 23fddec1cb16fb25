"""A live blog's updates in Chromium, as a reader with a screen reader meets them: the polite
status line's content over time (nothing on load, one announcement for the posts that
arrived), focus never moved until the reader presses "Show new updates", then the new posts
in place, the key events and the JSON-LD brought up to date.

The page is served at ``http://broadsheet.test/live`` under its own Content-Security-Policy
(any violation fails the test); the "newsroom" publishes by changing what that URL serves.
Checks are started with the script's documented event, never by waiting for its timer."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import broadsheet
from tests.browser.offline import ORIGIN
from tests.helpers import ARTICLES, load_json

URL = f"{ORIGIN}live"

#: Records the status line's text at each change and every element that takes focus.
RECORDER = """
window.__said = []; window.__focus = []; window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('focusin', (e) => window.__focus.push(e.target.id || e.target.tagName));
document.addEventListener('DOMContentLoaded', () => {
  const status = document.getElementById('live-status');
  new MutationObserver(() => window.__said.push(status.textContent))
    .observe(status, {childList: true, characterData: true, subtree: true});
});
"""

CHECK = """() => new Promise((resolve) => {
  document.addEventListener('broadsheet:live-checked', (e) => resolve(e.detail.waiting),
                            {once: true});
  document.dispatchEvent(new Event('broadsheet:live-check'));
})"""


def html_of(data: dict[str, Any]) -> str:
    return broadsheet.render(data, live_updates=True).html


def with_posts(data: dict[str, Any], ids: set[str]) -> dict[str, Any]:
    """``data`` with only the posts whose id is in ``ids``."""
    copied = copy.deepcopy(data)
    copied["live"]["posts"] = [p for p in copied["live"]["posts"] if p["id"] in ids]
    return copied


class Newsroom:
    """What the page's URL serves, changed as posts are published."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.requests = 0

    def serve(self, route: Any) -> None:
        if route.request.url == URL:
            self.requests += 1
            route.fulfill(body=self.html, content_type="text/html; charset=utf-8")
        else:
            route.abort()


@contextmanager
def live_page(auditor: Any, newsroom: Newsroom) -> Iterator[Any]:
    context = auditor.browser().new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.route("**/*", newsroom.serve)
        page.add_init_script(RECORDER)
        page.goto(URL)
        yield page
        assert page.evaluate("() => window.__violations") == []
    finally:
        context.close()


def said(page: Any) -> list[str]:
    """What the live region announced: each non-empty text it was given."""
    return [text for text in page.evaluate("() => window.__said") if text]


def post_ids(page: Any) -> list[str]:
    return page.eval_on_selector_all("#live-feed > .live-post", "els => els.map(e => e.id)")


def json_ld_updates(page: Any) -> list[str]:
    data = json.loads(page.text_content('script[type="application/ld+json"]'))
    assert data["@type"] == "LiveBlogPosting"
    return [update["url"].rsplit("#", 1)[1] for update in data["liveBlogUpdate"]]


def focused(page: Any) -> str:
    return page.evaluate("() => document.activeElement.id || document.activeElement.tagName")


def test_new_posts_are_announced_once_and_shown_only_when_the_reader_asks(
        auditor: Any) -> None:
    # (one day's posts: the day before's, p2100, is another test's)
    data = with_posts(load_json(ARTICLES / "en-live-storm-isha.json"),
                      {"p0600", "p0615", "p0720", "p0855"})
    later = copy.deepcopy(data)
    later["live"]["posts"].append({
        "id": "p0930", "published": "2024-01-22T09:30:00Z", "key_event": True,
        "headline": "Ferries to Arran resume",
        "body": [{"type": "paragraph", "text": "CalMac says sailings resume at 10:00."}]})
    newsroom = Newsroom(html_of(with_posts(data, {"p0600", "p0615"})))
    with live_page(auditor, newsroom) as page:
        # On load: the status line is empty and says nothing, the button is hidden.
        assert said(page) == []
        assert page.text_content("#live-status") == ""
        assert page.is_hidden("#live-show")
        assert page.get_attribute("#live-status", "role") == "status"
        assert post_ids(page) == ["post-p0600", "post-p0615"]
        assert page.query_selector("#live-key-events") is None
        # Nothing new: a check announces nothing.
        assert page.evaluate(CHECK) == 0
        assert said(page) == []
        # The reader is on a link in a post (its author's) when three posts arrive.
        page.focus("#post-p0600 .author a")
        focus_log = page.evaluate("() => window.__focus.length")
        newsroom.html = html_of(later)
        assert page.evaluate(CHECK) == 3
        assert said(page) == ["3 new updates"]
        assert page.is_visible("#live-show")
        assert page.evaluate("() => document.activeElement.closest('.live-post').id") \
            == "post-p0600"
        assert page.evaluate("() => document.activeElement.tagName") == "A"
        assert post_ids(page) == ["post-p0600", "post-p0615"], "not shown before asked"
        # Checked again, with nothing newer: no second announcement.
        assert page.evaluate(CHECK) == 3
        assert said(page) == ["3 new updates"]
        assert page.evaluate("() => window.__focus.length") == focus_log, "focus never moved"
        # The reader asks, from the keyboard.
        page.focus("#live-show")
        page.keyboard.press("Enter")
        assert post_ids(page) == ["post-p0600", "post-p0930", "post-p0855", "post-p0720",
                                  "post-p0615"]
        assert focused(page) == "post-p0930", "focus goes to the first new post"
        assert page.is_hidden("#live-show")
        assert page.text_content("#live-status") == ""
        assert said(page) == ["3 new updates"]
        assert page.eval_on_selector_all("#live-key-events a", "els => els.map(e => e.hash)") \
            == ["#post-p0930", "#post-p0855", "#post-p0720"]
        assert sorted(json_ld_updates(page)) == sorted(post_ids(page))
        # Shown posts are never announced again.
        assert page.evaluate(CHECK) == 0
        assert said(page) == ["3 new updates"]
    assert newsroom.requests == 5  # the page, then four checks


def feed_children(page: Any) -> list[str]:
    """The feed's children: each post's id, each day's divider as ``day <date>``."""
    return page.eval_on_selector_all("#live-feed > *", """els => els.map(e =>
        e.matches('.live-feed__day') ? 'day ' + e.querySelector('time').dateTime : e.id)""")


def flagged_latest(page: Any) -> list[str]:
    """The posts flagged "Latest" in the feed, and where the summary's latest link goes."""
    return page.eval_on_selector_all(
        "#live-feed .live-post__flag--latest, #live-summary a.live-summary__latest",
        "els => els.map(e => e.matches('a') ? e.hash : e.closest('.live-post').id)")


def test_shown_posts_bring_their_day_move_latest_and_renew_the_summary(auditor: Any) -> None:
    """The review asked for a day on posts and "latest" furniture. When the reader shows a
    post from a new day, its day's date comes with it, above it (and the days already
    shown stay, once each); "Latest" moves from the post that had it to the new one; the
    summary above the posts counts the new total and says its time."""
    data = load_json(ARTICLES / "en-live-storm-isha.json")
    later = copy.deepcopy(data)
    later["updated"] = "2024-01-23T00:05:00Z"
    later["live"]["posts"].append({
        "id": "p0005", "published": "2024-01-23T00:05:00Z",
        "headline": "Last homes in Dumfries reconnected",
        "body": [{"type": "paragraph", "text": "The network says every home has power."}]})
    newsroom = Newsroom(html_of(data))
    with live_page(auditor, newsroom) as page:
        assert feed_children(page) == [
            "post-p0600", "day 2024-01-22", "post-p0855", "post-p0720", "post-p0615",
            "day 2024-01-21", "post-p2100"]
        assert flagged_latest(page) == ["#post-p0855", "post-p0855"]
        assert page.text_content("#live-summary").split()[:7] == [
            "5", "updates", "Updated", "09:40", "Latest", "08:55", "Power"]
        newsroom.html = html_of(later)
        assert page.evaluate(CHECK) == 1
        page.click("#live-show")
        assert feed_children(page) == [
            "post-p0600", "day 2024-01-23", "post-p0005", "day 2024-01-22", "post-p0855",
            "post-p0720", "post-p0615", "day 2024-01-21", "post-p2100"]
        assert page.text_content("#live-day-2024-01-23").strip() == "23 January 2024"
        assert flagged_latest(page) == ["#post-p0005", "post-p0005"]
        assert page.text_content("#live-summary").split() == [
            "6", "updates", "Updated", "00:05", "Latest", "00:05", "Last", "homes", "in",
            "Dumfries", "reconnected"]
        assert focused(page) == "post-p0005"


def test_arabic_announces_in_its_plural_forms_and_appends_oldest_first(auditor: Any) -> None:
    data = load_json(ARTICLES / "ar-live-election-count.json")
    data["live"]["order"] = "oldest-first"  # the fixture runs newest first, as newsrooms do
    newsroom = Newsroom(html_of(with_posts(data, {"p1800", "p1930"})))
    with live_page(auditor, newsroom) as page:
        assert page.evaluate("() => document.documentElement.dir") == "rtl"
        newsroom.html = html_of(with_posts(data, {"p1800", "p1930", "p2040"}))
        assert page.evaluate(CHECK) == 1
        newsroom.html = html_of(data)
        assert page.evaluate(CHECK) == 2
        # One post, then two (the dual: one word, no number), each announced once.
        assert said(page) == ["تحديث جديد واحد", "تحديثان جديدان"]
        assert page.evaluate("() => window.__focus") == []
        # Withdrawn before the reader asked: the button goes and the status line empties.
        newsroom.html = html_of(with_posts(data, {"p1800", "p1930"}))
        assert page.evaluate(CHECK) == 0
        assert page.is_hidden("#live-show")
        assert page.text_content("#live-status") == ""
        newsroom.html = html_of(data)
        assert page.evaluate(CHECK) == 2
        assert said(page) == ["تحديث جديد واحد", "تحديثان جديدان", "تحديثان جديدان"]
        page.click("#live-show")
        assert post_ids(page) == ["post-p1800", "post-p1930", "post-p2040", "post-p2110"]
        assert focused(page) == "post-p2040"


def test_a_page_rendered_without_the_option_runs_no_script(auditor: Any) -> None:
    data = load_json(ARTICLES / "en-live-storm-isha.json")
    newsroom = Newsroom(broadsheet.render(data).html)
    with live_page(auditor, newsroom) as page:
        assert page.query_selector("#live-status") is None
        assert page.query_selector("#live-show") is None
        assert page.eval_on_selector_all("script:not([type])", "els => els.length") == 0


@pytest.mark.parametrize("count", [1, 2, 5, 11, 101])
def test_every_count_reads_as_the_catalog_writes_it(auditor: Any, count: int) -> None:
    """The status line picks the catalog's form for the count, as CLDR's rules (Chromium's
    ``Intl.PluralRules``) select it: Russian 1, 2, 5, 11, 101."""
    data = load_json(ARTICLES / "en-live-storm-isha.json")
    data["language"] = "ru"
    first = with_posts(data, {"p0600"})
    later = copy.deepcopy(first)
    later["live"]["posts"] += [
        {"id": f"n{n}", "published": f"2024-01-22T10:{n // 60:02d}:{n % 60:02d}Z",
         "headline": f"Новость {n}", "body": [{"type": "paragraph", "text": "Текст."}]}
        for n in range(count)]
    newsroom = Newsroom(html_of(first))
    with live_page(auditor, newsroom) as page:
        newsroom.html = html_of(later)
        assert page.evaluate(CHECK) == count
        expected = {1: "1 новое обновление", 2: "2 новых обновления", 5: "5 новых обновлений",
                    11: "11 новых обновлений", 101: "101 новое обновление"}[count]
        assert said(page) == [expected]


def test_pages_with_the_update_script_are_valid_html_and_pass_every_check(
        auditor: Any, validator: Any, tmp_path: Any) -> None:
    """The status line, the button and the inline script pass the Nu Html Checker, axe-core
    and Broadsheet's browser checks, in both languages."""
    from broadsheet.browser.vnu import validate
    from broadsheet.checks import check
    from tests.browser.allowlist import vnu_reason

    pages = {stem: html_of(load_json(ARTICLES / f"{stem}.json"))
             for stem in ("en-live-storm-isha", "ar-live-election-count")}
    for stem, findings in validate(pages, validator=validator).items():
        assert [f.message for f in findings if vnu_reason(f.message) is None] == [], stem
    shutil.copytree(ARTICLES / "images", tmp_path / "images")  # the site's logo and pictures
    for stem, html in pages.items():
        assert check(html).ok, stem
        (tmp_path / f"{stem}.html").write_text(html, "utf-8")
        audit = auditor.audit(tmp_path / f"{stem}.html")
        failed = [f"[{f.rule}] {f.target}" for r in audit.results for f in r.findings
                  if str(f.outcome) == "failed"]
        assert failed == [], stem
