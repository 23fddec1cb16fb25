"""Live blogs on the tree: posts in order with their own headings, key events as a named
navigation list of links to them, no script unless asked for, and with ``live_updates=True``
an empty polite status line, a hidden button and a script allowed by its hash only."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from typing import Any

import pytest

import broadsheet
from broadsheet.findings import Outcome
from tests.helpers import ARTICLES, load_json, parse_html, rendered_tree, text_of

EN = load_json(ARTICLES / "en-live-storm-isha.json")
AR = load_json(ARTICLES / "ar-live-election-count.json")


def tree_of(data: dict[str, Any], **options: Any) -> Any:
    return parse_html(broadsheet.render(data, **options).html)


def feed_ids(tree: Any) -> list[str]:
    return tree.xpath("//div[@id='live-feed']/article/@id")


def headline(post: Any) -> Any:
    """The heading that names ``post`` (its ``aria-labelledby``)."""
    return post.xpath("//*[@id=$id]", id=post.get("aria-labelledby"))[0]


def test_posts_come_pinned_first_then_newest_first() -> None:
    # The fixture lists posts in no order; only the pinned one (06:00) stays at the top.
    assert feed_ids(tree_of(EN)) == ["post-p0600", "post-p0855", "post-p0720", "post-p0615",
                                     "post-p2100"]


def test_oldest_first_keeps_time_order_and_pinned_still_lead() -> None:
    data = copy.deepcopy(AR)
    data["live"]["order"] = "oldest-first"  # the fixture runs newest first, as newsrooms do
    data["live"]["posts"].reverse()
    assert feed_ids(tree_of(data)) == ["post-p1800", "post-p1930", "post-p2040", "post-p2110"]
    data["live"]["posts"][0]["pinned"] = True  # p2110
    assert feed_ids(tree_of(data))[0] == "post-p2110"


@pytest.mark.parametrize("data", [EN, AR], ids=["en", "ar"])
def test_every_post_is_an_article_named_by_its_own_heading_with_its_time(data: dict[str, Any]
                                                                         ) -> None:
    """A post's headline is an h2 on one day's coverage (the Arabic count); over more than
    one day an h3 under its day's h2, the pinned post, above the days, an h2."""
    tree = tree_of(data)
    posts = tree.xpath("//div[@id='live-feed']/article")
    by_id = {f"post-{p['id']}": p for p in data["live"]["posts"]}
    assert len(posts) == len(by_id)
    for post in posts:
        source = by_id[post.get("id")]
        heading = headline(post)
        dated = data is EN and not source.get("pinned")
        assert heading.tag == ("h3" if dated else "h2")
        assert heading.getparent().getparent() is post
        assert text_of(heading) == source["headline"]
        assert post.xpath(".//header//time/@datetime")[0].replace("Z", "+00:00") == \
            source["published"].replace("Z", "+00:00")


def test_headings_inside_a_post_sit_below_its_headline() -> None:
    data = copy.deepcopy(EN)
    data["live"]["posts"][1]["body"].insert(0, {"type": "heading", "level": 2,
                                                 "text": "Warnings"})
    result = broadsheet.render(data)
    tree = parse_html(result.html)
    assert tree.xpath("//article[@id='post-p0615']//h4/text()") == ["Warnings"]
    assert [f.pointer for f in result.findings if f.rule == "render-heading-level"] == [
        "/live/posts/1/body/0"]


def test_a_related_box_in_a_post_is_titled_below_its_headline_so_no_level_is_skipped() -> None:
    """A related box's title is a level under the section it stands in: in a post (an h3
    under its day's h2) an h4, so a heading after it (an h4) skips nothing (it was an h2
    whatever its place: found by the property test)."""
    data = copy.deepcopy(EN)
    data["live"]["posts"][1]["body"][:0] = [
        {"type": "related", "title": "Storm Isha"},
        {"type": "heading", "level": 2, "text": "Warnings"}]
    tree = tree_of(data)
    post = tree.xpath("//article[@id='post-p0615']")[0]
    levels = [(int(h.tag[1]), text_of(h)) for h in post.iter("h2", "h3", "h4", "h5", "h6")]
    assert levels[1:] == [(4, "Storm Isha"), (4, "Warnings")]
    assert levels[0][0] == 3


def test_a_key_events_generic_headline_is_reported_as_its_links_text() -> None:
    """A key event's headline becomes a link's text in the Key events box: a generic one
    ("here") is reported at the headline's pointer."""
    data = copy.deepcopy(EN)
    data["live"]["posts"][0]["headline"] = "Click here"
    data["live"]["posts"][0]["key_event"] = True
    result = broadsheet.render(data)
    assert [f.pointer for f in result.findings if f.rule == "render-link-text-generic"] == [
        "/live/posts/0/headline"]


def test_key_events_are_a_named_list_of_links_to_their_posts_in_feed_order() -> None:
    tree = tree_of(EN)
    nav = tree.xpath("//nav[@id='live-key-events']")[0]
    label = tree.xpath("//*[@id=$id]", id=nav.get("aria-labelledby"))[0]
    assert text_of(label) == "Key events"
    links = nav.xpath(".//ol/li/a")
    assert [a.get("href") for a in links] == ["#post-p0855", "#post-p0720"]
    for link in links:
        target = tree.xpath("//*[@id=$id]", id=link.get("href")[1:])[0]
        # one link per event, named by its headline alone; its time plain text before it
        assert text_of(link) == text_of(headline(target))
        time = link.getparent().xpath("./time")[0]
        assert time.getnext() is link
        assert time.get("datetime") == target.xpath(".//time[@class='live-post__time']")[0].get(
            "datetime")
        # on the newest post's day, the time alone, as the post says it (the day's heading
        # above the post says the day)
        assert text_of(time) == text_of(target.xpath(".//time[@class='live-post__time']")[0])
    assert text_of(tree.xpath("//nav[@id='live-key-events']//h2")[0]) == "Key events"


def test_a_key_event_on_another_day_than_the_newest_post_says_its_date() -> None:
    """At 1280 px the key events read "22 January 2024, 08:55", the day repeated on every
    event though the days' headings carry it: an event on the newest post's day says its
    time alone, one on an earlier day its date and time."""
    data = copy.deepcopy(EN)
    next(p for p in data["live"]["posts"] if p["id"] == "p2100")["key_event"] = True
    times = tree_of(data).xpath("//nav[@id='live-key-events']//li/time")
    assert [(t.get("datetime"), text_of(t)) for t in times] == [
        ("2024-01-22T08:55:00Z", "08:55"), ("2024-01-22T07:20:00Z", "07:20"),
        ("2024-01-21T21:00:00Z", "21 January 2024, 21:00")]


def test_no_key_events_no_navigation() -> None:
    data = copy.deepcopy(EN)
    for post in data["live"]["posts"]:
        post.pop("key_event", None)
    assert tree_of(data).xpath("//nav[@id='live-key-events']") == []


def test_arabic_page_says_key_events_pinned_and_show_in_arabic() -> None:
    tree = tree_of(AR, live_updates=True)
    assert text_of(tree.xpath("//nav[@id='live-key-events']//h2")[0]) == "أبرز الأحداث"
    assert text_of(tree.xpath("//button[@id='live-show']")[0]) == "عرض التحديثات الجديدة"
    status = tree.xpath("//*[@id='live-status']")[0]
    forms = {name.removeprefix("data-count-"): value for name, value in status.attrib.items()
             if name.startswith("data-count-")}
    assert forms == {"zero": "لا تحديثات جديدة", "one": "تحديث جديد واحد",
                     "two": "تحديثان جديدان", "few": "{count} تحديثات جديدة",
                     "many": "{count} تحديثًا جديدًا", "other": "{count} تحديث جديد"}


def test_without_the_option_a_live_blog_has_no_script_and_no_controls() -> None:
    result = broadsheet.render(EN)
    tree = parse_html(result.html)
    assert [s.get("type") for s in tree.xpath("//script")] == ["application/ld+json"]
    assert tree.xpath("//*[@id='live-status' or @id='live-show']") == []
    assert "script-src 'none'" in (result.content_security_policy or "")
    assert "connect-src" not in (result.content_security_policy or "")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_update_script_is_allowed_by_its_hash_and_may_fetch_only_its_origin() -> None:
    result = broadsheet.render(EN, live_updates=True)
    tree = parse_html(result.html)
    scripts = tree.xpath("//script[not(@type)]")
    assert len(scripts) == 1
    policy = dict(d.strip().split(" ", 1) for d in (result.content_security_policy or "")
                  .split(";"))
    assert policy["script-src"] == _hash(scripts[0].text)
    assert policy["connect-src"] == "'self'"
    assert policy["default-src"] == "'none'"
    # The page's <meta> carries the same policy.
    meta = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert meta == result.content_security_policy


def test_the_status_line_is_polite_and_empty_on_load_and_the_button_waits_hidden() -> None:
    tree = tree_of(EN, live_updates=True)
    status = tree.xpath("//*[@id='live-status']")
    assert len(status) == 1
    assert status[0].get("role") == "status"  # implicit aria-live=polite, aria-atomic=true
    assert status[0].get("aria-live") in (None, "polite")
    assert text_of(status[0]) == ""
    assert {k: v for k, v in status[0].attrib.items() if k.startswith("data-count-")} == {
        "data-count-one": "{count} new update", "data-count-other": "{count} new updates"}
    button = tree.xpath("//*[@id='live-show']")[0]
    assert (button.tag, button.get("type"), button.get("hidden")) == ("button", "button", "")
    assert not tree.xpath("//*[@autofocus or @tabindex > -1]")


def test_an_ended_live_blog_gets_no_script_even_when_asked() -> None:
    data = copy.deepcopy(EN)
    data["live"]["ended"] = "2024-01-22T18:00:00Z"
    result = broadsheet.render(data, live_updates=True)
    tree = parse_html(result.html)
    assert tree.xpath("//script[not(@type)]") == []
    meta = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    assert meta["coverageEndTime"] == "2024-01-22T18:00:00Z"


def test_a_fragment_tells_its_host_what_to_allow_for_the_script() -> None:
    result = broadsheet.render(EN, live_updates=True, fragment=True)
    tree = parse_html(result.html)
    script = tree.xpath("//script[not(@type)]")[0]
    assert f"script-src {_hash(script.text)}" in (result.content_security_policy or "")
    assert "connect-src 'self'" in (result.content_security_policy or "")
    assert "script-src" not in (broadsheet.render(EN, fragment=True).content_security_policy
                                or "")


@pytest.mark.parametrize("data", [EN, AR], ids=["en", "ar"])
def test_json_ld_is_a_live_blog_posting_with_an_update_per_post(data: dict[str, Any]) -> None:
    tree = tree_of(data)
    meta = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    assert meta["@type"] == "LiveBlogPosting"
    assert meta["coverageStartTime"] == meta["datePublished"]
    updates = meta["liveBlogUpdate"]
    assert {u["@type"] for u in updates} == {"BlogPosting"}
    assert sorted(u["url"].split("#")[1] for u in updates) == sorted(feed_ids(tree))
    assert all(u["url"].startswith(data["canonical_url"] + "#") for u in updates)
    headlines = {p["headline"] for p in data["live"]["posts"]}
    assert {u["headline"] for u in updates} == headlines


def test_a_repeated_post_id_is_an_error_and_the_later_post_in_the_data_is_left_out() -> None:
    data = copy.deepcopy(EN)
    data["live"]["posts"][2]["id"] = "p0615"  # 07:20, shown before the 06:15 p0615
    result = broadsheet.render(data)
    found = [(f.rule, f.outcome, f.pointer) for f in result.findings
             if f.rule == "render-live-post-id-repeated"]
    assert found == [("render-live-post-id-repeated", Outcome.FAILED, "/live/posts/2/id")]
    tree = parse_html(result.html)
    assert feed_ids(tree) == ["post-p0600", "post-p0855", "post-p0615", "post-p2100"]
    assert text_of(headline(tree.xpath("//article[@id='post-p0615']")[0])) == (
        "Amber warning ends at midday")
    with pytest.raises(broadsheet.RenderError):
        broadsheet.render(data, strict=True)


@pytest.mark.parametrize(("change", "pointer"), [
    (lambda post: post.pop("headline"), "/live/posts/1"),
    (lambda post: post.update(id="no spaces"), "/live/posts/1/id"),
    (lambda post: post["body"][0].update(level=9, type="heading"), "/live/posts/1/body/0/level"),
    (lambda post: post.update(published="2024-02-30T10:00:00Z"), "/live/posts/1/published"),
    (lambda post: post.update(body=[]), "/live/posts/1/body"),
])
def test_bad_posts_are_input_errors_naming_the_place(change: Any, pointer: str) -> None:
    data = copy.deepcopy(EN)
    change(data["live"]["posts"][1])
    with pytest.raises(broadsheet.ArticleError) as error:
        broadsheet.load_article(data)
    assert pointer in {p.pointer for p in error.value.problems}


@pytest.mark.parametrize(("data", "marker"), [(EN, "Live"), (AR, "مباشر")], ids=["en", "ar"])
def test_coverage_not_ended_says_live_in_words_before_its_kicker(data: dict[str, Any],
                                                                  marker: str) -> None:
    """The third review: live pages did not look live (the word sat in the data's kicker,
    bold black like any kicker). The header's kicker opens with the word, in the page's
    language; coverage that has ended has no marker."""
    kicker = tree_of(data).xpath("//header[@class='article-header']/p[@class='article-header__kicker']")[0]
    assert kicker.xpath("./*[1]/@class") == ["live-badge"]
    assert text_of(kicker.xpath("./*[1]")[0]) == marker
    ended = copy.deepcopy(data)
    ended["live"]["ended"] = "2024-01-22T18:00:00Z"
    assert tree_of(ended).xpath("//*[contains(@class, 'live-badge')]") == []


@pytest.mark.parametrize(("language", "clock"), [("en-GB", "08:55"), ("en", "8:55 AM"),
                                                 ("en-US", "8:55 AM"), ("ru", "08:55"),
                                                 ("fa", "۸:۵۵")])
def test_a_post_leads_with_its_time_of_day_in_the_pages_own_style(language: str,
                                                                  clock: str) -> None:
    """Post times are scannable: each post's meta opens with its time of day alone (it read
    "22 January 2024, 08:55" on every post), as CLDR writes it for the article's language
    tag: 24-hour for en-GB, 12-hour for en (CLDR's en is American English) and en-US; the
    whole moment stays in ``datetime``."""
    data = copy.deepcopy(EN)
    data["language"] = language
    tree = tree_of(data)
    link = tree.xpath("//article[@id='post-p0855']//p[@class='live-post__meta']/*[1]")[0]
    assert link.tag == "a"
    assert link.get("class") == "live-post__permalink"
    first = link[0]
    assert first.tag == "time"
    assert first.get("class") == "live-post__time"
    assert text_of(first) == clock
    assert first.get("datetime") == "2024-01-22T08:55:00Z"


def feed_children(tree: Any) -> list[str]:
    """The feed's children: a post's id, or a day's divider as its date's text."""
    return [child.get("id") if child.tag == "article" else f"day {text_of(child)}"
            for child in tree.xpath("//div[@id='live-feed']/*")]


def test_coverage_over_two_days_dates_each_day_before_its_first_post() -> None:
    """The review: posts said "08:55" only, with no day. Coverage over more than one day
    has its date, a divider, before the first post of each day in the reading order
    (newest first or oldest first), its ``<time>`` the day alone; the pinned post, above
    the days, says its date beside its time; one day's coverage has no divider (the
    header's dates say the day)."""
    tree = tree_of(EN)
    assert feed_children(tree) == [
        "post-p0600", "day 22 January 2024", "post-p0855", "post-p0720", "post-p0615",
        "day 21 January 2024", "post-p2100"]
    # a day is a heading (readers jump between days by heading), a level above its posts'
    days = tree.xpath("//div[@id='live-feed']/h2[@class='live-feed__day']")
    assert [d.xpath("./time/@datetime")[0] for d in days] == ["2024-01-22", "2024-01-21"]
    assert [d.get("id") for d in days] == ["live-day-2024-01-22", "live-day-2024-01-21"]
    pinned = tree.xpath("//article[@id='post-p0600']//*[@class='live-post__day']")
    assert [text_of(d) for d in pinned] == ["22 January 2024"]
    assert len(tree.xpath("//*[@class='live-post__day']")) == 1
    oldest = copy.deepcopy(EN)
    oldest["live"]["order"] = "oldest-first"
    assert feed_children(tree_of(oldest)) == [
        "post-p0600", "day 21 January 2024", "post-p2100", "day 22 January 2024",
        "post-p0615", "post-p0720", "post-p0855"]
    one_day = copy.deepcopy(EN)
    one_day["live"]["posts"] = [p for p in one_day["live"]["posts"] if p["id"] != "p2100"]
    tree = tree_of(one_day)
    assert tree.xpath("//*[@class='live-feed__day' or @class='live-post__day']") == []
    arabic = tree_of(AR)  # one evening's count
    assert arabic.xpath("//*[@class='live-feed__day']") == []


def test_the_newest_post_says_latest_and_the_summary_counts_what_the_data_has() -> None:
    """The review asked for live furniture a static page can show honestly: the newest post
    (by publication) is flagged "Latest", and a line above the posts counts them and says
    when the coverage last changed ("5 updates · Updated 09:40", the header's time). A paged
    live blog counts every post only when its data says how many (``pages.posts``): its page
    alone does not know."""
    tree = tree_of(EN)
    flags = tree.xpath("//article[contains(@class, 'live-post')]"
                       "//*[contains(@class, 'live-post__flag--latest')]")
    assert [f.xpath("ancestor::article/@id")[0] for f in flags] == ["post-p0855"]
    # and the summary line links to it, flagged alike (round 48)
    latest = tree.xpath("//p[@id='live-summary']/a[@class='live-summary__latest']")
    assert [a.get("href") for a in latest] == ["#post-p0855"]
    assert text_of(flags[0]) == "Latest"
    summary = tree.xpath("//p[@id='live-summary']")[0]
    # it heads the posts: before the key events (the rail's box, level with it) and the feed
    assert [e.get("id") for e in summary.itersiblings()][:2] == ["live-key-events", "live-feed"]
    assert text_of(summary.xpath("./*[@class='live-summary__count']")[0]) == "5 updates"
    updated = summary.xpath("./*[@class='live-summary__updated']")[0]
    assert text_of(updated) == "Updated 09:40"
    assert updated.xpath("./time/@datetime") == ["2024-01-22T09:40:00Z"]
    one = copy.deepcopy(EN)
    one["live"]["posts"] = one["live"]["posts"][:1]
    assert text_of(tree_of(one).xpath("//*[@class='live-summary__count']")[0]) == "1 update"
    arabic = tree_of(AR)  # paged, 7 posts in all, 4 on this page
    assert text_of(arabic.xpath("//*[@class='live-summary__count']")[0]) == "7 تحديثات"
    assert text_of(arabic.xpath(
        "//*[contains(@class, 'live-post__flag--latest')]")[0]) == "الأحدث"
    unknown = copy.deepcopy(AR)
    del unknown["live"]["pages"]["posts"]
    tree = tree_of(unknown)
    assert tree.xpath("//*[@class='live-summary__count']") == []
    summary = tree.xpath("//p[@id='live-summary']")[0]
    assert text_of(summary.xpath("./*[@class='live-summary__updated']")[0]) == "آخر تحديث 9:25 م"
    assert text_of(summary).startswith("آخر تحديث 9:25 م الأحدث")  # then the latest link (round 48)


def test_a_paged_live_blog_links_its_newer_and_older_pages_in_a_named_nav() -> None:
    """The review: long live pages are paged. ``live.pages`` gives the page's number, the
    page count and the neighbours' addresses: a ``nav`` named in the page's language after
    the posts, "Page 1 of 2" and a link to each neighbour that exists (``rel`` prev and
    next); a page without ``pages`` has no such nav."""
    tree = tree_of(AR)
    (nav,) = tree.xpath("//nav[@class='live-pages']")
    assert nav.get("aria-label") == "صفحات التغطية المباشرة"
    assert nav.getprevious().get("id") == "live-feed"
    assert text_of(nav.xpath("./*[@class='live-pages__number']")[0]) == "الصفحة 1 من 2"
    assert [(a.get("rel"), a.get("href"), text_of(a)) for a in nav.xpath(".//a")] == [
        ("next", AR["live"]["pages"]["older"], "تحديثات أقدم")]
    middle = copy.deepcopy(EN)
    middle["live"]["pages"] = {"number": 2, "count": 3, "newer": "/live/storm?page=1",
                               "older": "/live/storm?page=3"}
    nav = tree_of(middle).xpath("//nav[@aria-label='Live blog pages']")[0]
    assert [(a.get("rel"), a.get("href"), text_of(a)) for a in nav.xpath(".//a")] == [
        ("prev", "/live/storm?page=1", "Newer updates"),
        ("next", "/live/storm?page=3", "Older updates")]
    assert text_of(nav.xpath("./*[@class='live-pages__number']")[0]) == "Page 2 of 3"
    assert tree_of(EN).xpath("//nav[@class='live-pages']") == []


def test_a_page_past_the_count_or_a_refused_address_is_reported() -> None:
    data = copy.deepcopy(EN)
    data["live"]["pages"] = {"number": 4, "count": 3, "newer": "javascript:alert(1)"}
    result = broadsheet.render(data)
    found = {(f.rule, f.pointer) for f in result.findings}
    assert ("render-live-page-out-of-range", "/live/pages/number") in found
    assert any(pointer == "/live/pages/newer" for _, pointer in found), found
    assert "javascript:" not in result.html
    for bad in ({"number": 0, "count": 3}, {"number": 1}, {"number": 1, "count": 2, "at": 1}):
        wrong = copy.deepcopy(EN)
        wrong["live"]["pages"] = bad
        with pytest.raises(broadsheet.ArticleError):
            broadsheet.load_article(wrong)


@pytest.mark.parametrize("data", [EN, AR], ids=["en", "ar"])
def test_the_header_time_is_never_older_than_the_newest_post(data: dict[str, Any]) -> None:
    """The fixtures' header time is as new as their newest post (the Arabic page's said 21:10
    over a post updated at 21:25), and a header older than a post is an error naming it."""
    assert [f for f in broadsheet.render(data).findings
            if f.rule == "render-live-header-stale"] == []
    stale = copy.deepcopy(data)
    last = max(range(len(stale["live"]["posts"])),
               key=lambda i: stale["live"]["posts"][i]["published"])
    stale["live"]["posts"][last]["updated"] = "2030-01-01T00:00:00+00:00"
    found = [(f.outcome, f.pointer, f.message) for f in broadsheet.render(stale).findings
             if f.rule == "render-live-header-stale"]
    assert [f[:2] for f in found] == [(Outcome.FAILED, "/updated")], found
    assert f"/live/posts/{last}" in found[0][2], found


@pytest.mark.parametrize("stem", ["en-live-storm-isha", "ar-live-election-count"])
def test_a_live_post_says_updated_once_and_only_when_changed(stem: str) -> None:
    """Each post shows its time of day once; only a post changed after it was posted has an
    "Updated" mark, and that mark is short: the time of day, not the date again."""
    data = json.loads((ARTICLES / f"{stem}.json").read_text("utf-8"))
    changed = {post["id"] for post in data["live"]["posts"]
               if post.get("updated") and post["updated"] != post["published"]}
    assert changed, "the fixture has an updated post"
    tree = rendered_tree(ARTICLES / f"{stem}.json")
    posts = tree.xpath("//article[contains(@class, 'live-post')]")
    assert len(posts) == len(data["live"]["posts"])
    for post in posts:
        meta = post.xpath(".//p[@class='live-post__meta']")[0]
        # (a pinned post, above the days' dividers, has its date beside its time too)
        times = meta.xpath(".//time[not(parent::*[@class='live-post__day'])]")
        updated = meta.xpath(".//*[@class='live-post__updated']")
        if post.get("id").removeprefix("post-") in changed:
            (mark,) = updated
            (moment,) = mark.xpath("time")
            assert len(text_of(mark)) <= 20, text_of(mark)
            assert not re.search(r"\d{4}", text_of(moment)), text_of(moment)  # no year
            assert ":" not in (mark.text or ""), text_of(mark)
            assert len(times) == 2, [text_of(t) for t in times]
        else:
            assert updated == [], text_of(meta)
            assert len(times) == 1, [text_of(t) for t in times]


@pytest.mark.parametrize(("data", "name"), [(EN, "08:55, link to this post"),
                                            (AR, "9:10 م، رابط هذا التحديث")])
def test_each_posts_time_is_a_link_to_the_post_named_in_the_pages_language(
        data: dict[str, Any], name: str) -> None:
    """A live post's permalink (the design review at 7/10, round 45, defect 5): its time
    links to its own id, the link named by the time first and what it is, in the page's
    language; the first post shown in the fixture is checked by name."""
    tree = tree_of(data)
    posts = tree.xpath("//div[@id='live-feed']/article")
    for post in posts:
        links = post.xpath(".//p[@class='live-post__meta']/a[@class='live-post__permalink']")
        assert len(links) == 1
        assert links[0].get("href") == f"#{post.get('id')}"
        assert links[0].get("aria-label").startswith(text_of(links[0].xpath("time")[0]))
    newest = tree.xpath("//a[@class='live-post__permalink']")
    assert name in [link.get("aria-label") for link in newest]


def test_each_post_offers_its_absolute_address_under_share_with_a_canonical_url() -> None:
    """With a canonical URL each post ends with a "Share" disclosure holding a labelled,
    read-only field with the canonical address and the post's id (no script, no third-party
    endpoint); the JSON-LD update carries the same address. Without one, no share control
    (the page cannot know its address), and the time still links to the post."""
    tree = tree_of(EN)
    base = EN["canonical_url"]
    updates = {update["url"] for update in json.loads(tree.xpath(
        "//script[@type='application/ld+json']")[0].text)["liveBlogUpdate"]}
    for post in tree.xpath("//div[@id='live-feed']/article"):
        share = post.xpath("./details[@class='live-post__share']")
        assert len(share) == 1
        assert post[-1] is share[0]
        assert text_of(share[0].xpath("summary")[0]) == "Share"
        field = share[0].xpath(".//input")[0]
        assert field.get("readonly") is not None
        assert field.get("type") == "text"
        assert field.get("value") == f"{base}#{post.get('id')}" in updates
        label = share[0].xpath(".//label[@for=$id]", id=field.get("id"))
        assert text_of(label[0]) == "Link to this post"
    assert not tree.xpath("//script[not(@type='application/ld+json')]")
    bare = copy.deepcopy(EN)
    del bare["canonical_url"]
    tree = tree_of(bare)
    assert not tree.xpath("//details[@class='live-post__share']")
    assert len(tree.xpath("//a[@class='live-post__permalink']")) == len(feed_ids(tree))


def test_a_refused_canonical_url_gives_no_share_address() -> None:
    """A canonical URL the scheme check refuses is offered nowhere, not under Share."""
    data = copy.deepcopy(EN)
    data["canonical_url"] = "javascript:alert(1)"
    html = broadsheet.render(data).html
    assert "javascript:" not in html
    assert not parse_html(html).xpath("//details[@class='live-post__share']")
