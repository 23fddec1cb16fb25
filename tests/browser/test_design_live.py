"""A live blog's furniture in Chromium (issue 17, the fifth review: "thin compared with the
Guardian's or the BBC's live pages"): each day's date before its posts, the newest post's
"Latest", the summary heading the posts, a paged live blog's newer and older pages, a
picture in a post, and the key events' box level with the posts' head on a wide screen."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.colour import contrast, rgb
from tests.browser.fixture_pages import fixture_page

LIVE = ["en-live-storm-isha", "ar-live-election-count"]

#: Boxes (page coordinates) and styles of the live blog's furniture.
FURNITURE = """() => {
  const box = (e) => { if (!e) return null; const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
            width: r.width, height: r.height}; };
  const style = (e, keys) => { const s = getComputedStyle(e);
    return Object.fromEntries(keys.map(k => [k, s[k]])); };
  const days = [...document.querySelectorAll('.live-feed__day')].map(d => ({
    ...box(d), text: d.innerText.trim(), next: box(d.nextElementSibling),
    previous: box(d.previousElementSibling),
    ...style(d, ['fontWeight', 'fontFamily', 'color', 'borderTopWidth', 'borderTopStyle',
                 'fontSize'])}));
  const time = document.querySelector('.live-post__time');
  const latest = document.querySelector('.live-post__flag--latest');
  const pages = document.querySelector('.live-pages');
  const figure = document.querySelector('.live-post figure:has(img)');
  const img = figure && figure.querySelector('img');
  return {
    rtl: getComputedStyle(document.documentElement).direction === 'rtl',
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    days, time: parseFloat(getComputedStyle(time).fontSize),
    latest: latest && {...box(latest), text: latest.innerText.trim(),
                       ...style(latest, ['color', 'backgroundColor'])},
    pages: pages && {...box(pages), feed: box(document.getElementById('live-feed')),
                     links: [...pages.querySelectorAll('a')].map(a => ({...box(a),
                       older: a.classList.contains('live-pages__older')})),
                     number: box(pages.querySelector('.live-pages__number'))},
    figure: figure && {...box(figure), post: box(figure.closest('.live-post')),
                       loaded: img.complete && img.naturalWidth > 0,
                       caption: figure.querySelector('figcaption').innerText},
  }; }"""


def _furniture(auditor: Any, stem: str, width: int, scheme: str) -> dict[str, Any]:
    with fixture_page(auditor, stem, width=width, scheme=scheme) as page:
        page.evaluate("() => Promise.all([...document.images].map(i => {"
                      " i.loading = 'eager'; return i.decode().catch(() => null); }))")
        return page.evaluate(FURNITURE)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 1280])
def test_each_day_is_dated_above_its_first_post_and_a_post_holds_a_picture(
        auditor: Any, width: int, scheme: str) -> None:
    """Coverage over two days (the storm blog, from Sunday evening): each day's date stands
    above its first post under a heavy rule in the text colour, bold, in the interface's
    sans, as large as a post's time or nearly; clear of the post before it. A post holds a
    picture, loaded, its caption and credit under it, inside its post's width."""
    found = _furniture(auditor, "en-live-storm-isha", width, scheme)
    days = found["days"]
    assert [d["text"] for d in days] == ["22 January 2024", "21 January 2024"], found
    for day in days:
        assert float(day["fontWeight"]) >= 700, day
        assert "serif" not in day["fontFamily"].replace("sans-serif", ""), day
        assert day["color"] == found["text"], day
        assert day["borderTopStyle"] == "solid", day
        assert float(day["borderTopWidth"].removesuffix("px")) >= 3, day
        assert float(day["fontSize"].removesuffix("px")) >= 0.75 * found["time"], day
        assert day["next"]["top"] >= day["bottom"] - 1, day  # above its post
        assert day["top"] >= day["previous"]["bottom"] + 16, day  # clear of the one before
    figure = found["figure"]
    assert figure["loaded"], figure
    assert "Risto Saukonpää" in figure["caption"], figure
    assert figure["left"] >= figure["post"]["left"] - 1, figure
    assert figure["right"] <= figure["post"]["right"] + 1, figure
    assert figure["width"] >= 0.9 * figure["post"]["width"], figure


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("stem", LIVE)
def test_the_newest_post_says_latest_in_a_marker_that_reads(auditor: Any, stem: str,
                                                            scheme: str) -> None:
    """"Latest" on the newest post is a filled marker, as the header's "Live": words on a
    background of their own at 4.5:1 or more, in light and dark."""
    latest = _furniture(auditor, stem, 375, scheme)["latest"]
    assert latest["text"], latest
    assert latest["backgroundColor"] not in ("rgba(0, 0, 0, 0)", "transparent"), latest
    assert contrast(rgb(latest["color"]), rgb(latest["backgroundColor"])) >= 4.5, latest


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_a_paged_live_blogs_older_page_is_a_full_size_link_after_the_posts(
        auditor: Any, width: int) -> None:
    """The Arabic count is page 1 of 2: under the posts, its navigation holds "Page 1 of 2"
    at the start and the older page's link at the end (left, on this right-to-left page),
    the link a target of 44 px or more, on one line with the number from a phone up."""
    found = _furniture(auditor, "ar-live-election-count", width, "light")
    pages = found["pages"]
    assert found["rtl"]
    assert pages["top"] >= pages["feed"]["bottom"] - 1, pages
    (older,) = pages["links"]
    assert older["older"], pages
    assert older["height"] >= 44, older
    assert older["right"] < pages["number"]["left"], pages  # the end edge: left
    assert abs((older["top"] + older["bottom"]) - (pages["number"]["top"]
                                                   + pages["number"]["bottom"])) < 4, pages


#: The key events' box, the kicker over the headline, the headline and the standfirst, at a
#: wide screen (tops in the page, and the headline's and the box's sides).
LEVEL = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right}; };
  return {box: box(document.querySelector('.live-key-events__box')),
          kicker: box(document.querySelector('.article-header__kicker')),
          headline: box(document.querySelector('.article-header > h1')),
          summary: box(document.querySelector('.article-header__summary')),
          post: box(document.querySelector('.live-post')), rtl: document.dir === 'rtl'}; }"""


@pytest.mark.parametrize("width", [1024, 1280, 1600])
@pytest.mark.parametrize("stem", LIVE)
def test_the_key_events_box_tops_the_rail_beside_the_standfirst(auditor: Any, stem: str,
                                                               width: int) -> None:
    """The key events' box tops the rail level with the standfirst (within 16 px), under the
    headline, which runs over column and rail at the scale of every other format (round
    47's review: held to the column beside the box a step down the scale, 36 px against
    52-68 px elsewhere, the live blog had the least presence of any format), above the first
    post's end. (Before: level with the kicker over a column-wide headline; the third
    review: level with the posts' summary line, about 500 px of empty rail above it.)"""
    with fixture_page(auditor, stem, width=width) as page:
        found = page.evaluate(LEVEL)
    box, headline = found["box"], found["headline"]
    assert abs(box["top"] - found["summary"]["top"]) <= 16, found
    assert box["top"] >= headline["bottom"] - 1, found  # under it, never beside it
    wider = (headline["right"] - box["left"] if not found["rtl"]
             else box["right"] - headline["left"])
    assert wider > 0, found  # the headline runs into the rail, over the box
    assert box["bottom"] < found["post"]["bottom"], found


@pytest.mark.parametrize("stem", LIVE)
def test_the_summary_reads_as_two_phrases_its_dot_unsaid(auditor: Any, stem: str) -> None:
    """"5 updates · Updated 09:40" was announced "5 updates ,Updated 09:40" (the dot's
    alternative text a comma glued to the next word): the dot is drawn, said by nobody; the
    accessibility tree holds the count, then "Updated" and the time, and no separator."""
    with fixture_page(auditor, stem, width=375) as page:
        summary = page.locator("#live-summary")
        snapshot = summary.aria_snapshot()
        dot = page.evaluate("""() => getComputedStyle(document.querySelector(
          '.live-summary__updated'), '::before').content""")
        count = summary.locator(".live-summary__count").inner_text()
        updated = summary.locator(".live-summary__updated")
        time = updated.locator("time").inner_text()
        word = updated.inner_text().removesuffix(time).strip()  # "Updated", in its language
    assert dot.startswith('"·"'), dot  # still drawn
    lines = [line.strip() for line in snapshot.splitlines()]
    assert lines[:3] == ["- paragraph:", f"- text: {count} {word}", f"- time: {time}"], snapshot
    # then (round 48) the link to the newest post, its own phrase: no separator either
    assert len(lines) > 3, snapshot
    assert lines[3].startswith("- link "), snapshot
    assert "·" not in snapshot, snapshot
