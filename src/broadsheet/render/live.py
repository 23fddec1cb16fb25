"""The view of a live blog: its posts (pinned first, then newest or oldest first, as the
data's ``live.order`` says), each with its time of day to scan by, the key events as a list
of links to their posts, and, with ``live_updates=True``, what the update
script needs (its status messages in every plural form of the page's language).

The script itself is ``static/broadsheet-live.js``, inlined and allowed by its hash in the
page's Content-Security-Policy (:func:`live_script`); pages rendered without the option carry
no script at all.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from broadsheet.i18n.plurals import plural_templates
from broadsheet.model import LiveBlog, LivePages, LivePost
from broadsheet.policy.freshness import newer_than_header
from broadsheet.policy.sanitise import plain
from broadsheet.render.bylines import bylines
from broadsheet.render.context import (
    KeyEventView,
    LivePagesView,
    LivePostView,
    LiveSummaryView,
    LiveUpdatesView,
    LiveView,
)

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

#: Seconds between two checks for new posts (the page's ``data-interval``).
POLL_SECONDS = 60
_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def live_view(page: PageBuilder, live: LiveBlog, *, updates: bool,
              header: datetime, canonical: str | None = None) -> LiveView:
    """The view of ``live``'s posts; ``updates`` adds the update script's controls;
    ``header`` is the page's own time (updated, else published), reported when a post is
    newer; ``canonical``, the page's checked canonical address, gives each post an absolute
    permalink to share (none without it: a page does not know its own address)."""
    if stale := newer_than_header(header, ((post.pointer, post.updated or post.published)
                                           for post in live.posts)):
        page.report("render-live-header-stale", "/updated", header=header.isoformat(),
                    post=stale[0], newest=stale[1].isoformat())
    first: dict[str, LivePost] = {}
    for post in sorted(live.posts, key=lambda post: int(post.pointer.rsplit("/", 1)[1])):
        if (kept := first.setdefault(post.id, post)) is not post:
            page.report("render-live-post-id-repeated", f"{post.pointer}/id", id=post.id,
                        first=kept.pointer)
    shown = [post for post in live.posts if first[post.id] is post]
    days = len({post.published.date() for post in shown})
    newest = max(shown, key=lambda post: post.published.timestamp(), default=None)
    # over more than one day, a day's heading (h2) before the first post of each day in the
    # reading order, its posts' headlines a level under it; pinned posts, above the days, h2
    dated = days > 1
    base = canonical.split("#", 1)[0] if canonical else None
    posts = [_post(page, post, latest=post is newest, level=3 if dated and not post.pinned else 2,
                   base=base)
             for post in shown]
    if dated:
        shown_day = None
        for post, view in zip(shown, posts, strict=True):
            if not post.pinned and post.published.date() != shown_day:
                shown_day = post.published.date()
                view["new_day"] = page.time(post.published, date_only=True)
                view["day_id"] = page.ids.make(f"live-day-{shown_day.isoformat()}")
    # a key event on the newest post's day says its time alone, as the posts do; another
    # day's says its date too
    today = newest.published.date() if newest else None
    for post in shown:  # a key event's headline is the text of its link in the box
        if post.key_event:
            page.check_link_text(plain(post.headline), f"{post.pointer}/headline")
    key_events: list[KeyEventView] = [
        {"id": view["id"], "headline": view["headline"],
         "time": view["clock"] if post.published.date() == today else view["published"]}
        for post, view in zip(shown, posts, strict=True) if view["key_event"]]
    update_view: LiveUpdatesView | None = None
    if updates and live.ended is None:
        forms = plural_templates(page.language, lambda translations, count: (
            translations.ngettext("%(count)s new update", "%(count)s new updates", count)))
        update_view = {"interval": POLL_SECONDS, "announcements": [
            (category, forms[category].replace("%(count)s", "{count}"))
            for category in _CATEGORIES if category in forms]}
    changed = max((post.updated or post.published for post in shown),
                  key=lambda moment: moment.timestamp(), default=None)
    total = live.pages.posts if live.pages else len(posts)
    summary: LiveSummaryView | None = {
        "count": page.numerals(page._.ngettext("%(count)s update", "%(count)s updates", total)
                               % {"count": total})
        if total is not None else None,
        "updated": page.time(changed, clock=True)} if changed else None
    return {"order": live.order, "ended": page.time(live.ended) if live.ended else None,
            "days": days, "posts": posts, "summary": summary,
            "pages": _pages(page, live.pages) if live.pages else None,
            "key_events": key_events, "updates": update_view}


def _pages(page: PageBuilder, pages: LivePages) -> LivePagesView:
    """The navigation of a paged live blog ("Page 1 of 3", links to its neighbours)."""
    if pages.number > pages.count:
        page.report("render-live-page-out-of-range", "/live/pages/number",
                    number=pages.number, count=pages.count)
    return {"number": page.numerals(page._("Page %(number)s of %(count)s",
                                           number=pages.number, count=pages.count)),
            "newer": page.url(pages.newer, "/live/pages/newer"),
            "older": page.url(pages.older, "/live/pages/older")}


def _post(page: PageBuilder, post: LivePost, *, latest: bool, level: int,
          base: str | None = None) -> LivePostView:
    """The view of ``post``, its headline an ``h{level}``, the headings in its body below;
    with ``base`` (the canonical address, no fragment) its absolute permalink."""
    element_id = page.ids.make(f"post-{post.id}")
    clock = page.time(post.published, clock=True)
    page.number_headings(post.body, top=level)
    page.section_level = level
    body = [view for block in post.body if (view := page.block(block)) is not None]
    authors = [page.author(author, f"{post.pointer}/authors/{index}")
               for index, author in enumerate(post.authors)]
    return {
        "id": element_id, "headline": plain(post.headline),
        "headline_id": page.ids.make(f"{element_id}-title"), "level": level,
        "published": page.time(post.published),
        "clock": clock,
        "permalink_label": page._("%(time)s, link to this post", time=clock["text"]),
        "share_url": f"{base}#{element_id}" if base else None,
        "share_id": page.ids.make(f"{element_id}-link") if base else None,
        "day": page.time(post.published, date_only=True),
        "updated": page.time(post.updated, clock=post.updated.date() == post.published.date())
        if post.updated and post.updated > post.published else None,
        "authors": authors, "bylines": bylines(page._, authors),
        "pinned": post.pinned, "key_event": post.key_event, "latest": latest,
        "new_day": None, "day_id": None, "body": body,
    }


@cache
def _static_script(name: str) -> str:
    """The text of one of Broadsheet's own scripts, as inlined (its hash in the policy)."""
    return resources.files("broadsheet").joinpath(f"render/static/{name}").read_text("utf-8")


def live_script() -> str:
    """The text of the update script, as inlined (its hash is in the page's policy)."""
    return _static_script("broadsheet-live.js")


def media_script() -> str:
    """The text of the media script (a video's play button over its still), as inlined on a
    page with a video (its hash is in the page's policy); read once, as the live script."""
    return _static_script("broadsheet-media.js")


__all__ = ["POLL_SECONDS", "live_script", "live_view", "media_script"]
