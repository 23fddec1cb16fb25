"""Round 46 of the design review (/tmp/r45/review.md, "Rendered pages: defects" 3 and 5):
a live post's time is its permalink and each post has a quiet, script-free share control;
on a phone the photo essay and the long read open on their lead picture, full-bleed and
tall, and the essay's dark band runs its photos edge to edge."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import ESSAY_STEMS, fixture_page

LIVE = ["en-live-storm-isha", "ar-live-election-count"]

#: Each post's time link (its href, name, box), its share summary's box and colour, the
#: page's direction and the share icon's transform.
POSTS = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, width: r.width, height: r.height}; };
  return [...document.querySelectorAll('#live-feed > .live-post')].map(post => {
    const link = post.querySelector('.live-post__meta > a.live-post__permalink');
    const share = post.querySelector(':scope > details.live-post__share');
    const summary = share && share.querySelector('summary');
    return {id: post.id, post: box(post),
            href: link && link.getAttribute('href'), label: link && link.getAttribute('aria-label'),
            time: link && link.querySelector('time').textContent,
            link: link && box(link), decoration: link && getComputedStyle(link).textDecorationLine,
            summary: summary && box(summary),
            summaryColor: summary && getComputedStyle(summary).color,
            icon: share && getComputedStyle(share.querySelector('svg')).transform,
            field: share && share.querySelector('input').value};
  });
}"""


@pytest.mark.parametrize("stem", LIVE)
@pytest.mark.parametrize("width", [375, 1280])
def test_each_live_posts_time_links_to_the_post_with_a_name_that_says_so(
        auditor: Any, stem: str, width: int) -> None:
    """Every post's time is a link to ``#<post id>`` (not underlined until hovered or
    focused), named "<time>, link to this post" in the page's language (the visible time
    first), its target at least 24 px square; a share disclosure closes the post, at least
    24 px high, offering the canonical address with the post's id; its arrow is mirrored in
    right to left."""
    with fixture_page(auditor, stem, width=width) as page:
        posts = page.evaluate(POSTS)
        rtl = page.evaluate("() => getComputedStyle(document.documentElement).direction") == "rtl"
    assert len(posts) >= 3
    for post in posts:
        assert post["href"] == f"#{post['id']}", post
        assert post["label"].startswith(post["time"]), post
        assert post["label"] != post["time"], post
        assert post["link"]["width"] >= 24, post
        assert post["link"]["height"] >= 24, post
        assert post["decoration"] == "none", post
        assert post["summary"] is not None, post
        assert post["summary"]["height"] >= 24, post
        assert post["summary"]["width"] >= 24, post
        assert post["field"].endswith(f"#{post['id']}"), post
        assert post["field"].startswith("https://news.example/"), post
        if rtl:  # the share control at the post's start edge, the right one
            assert post["post"]["right"] - post["summary"]["right"] <= 20, post
            assert post["icon"].startswith("matrix(-1"), post
        else:
            assert post["summary"]["left"] - post["post"]["left"] <= 20, post
            assert post["icon"] == "none", post
    if rtl:
        assert "رابط" in posts[0]["label"], posts[0]
    else:
        assert posts[0]["label"].endswith(", link to this post"), posts[0]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_permalink_and_share_show_focus_and_the_share_offers_the_address(
        auditor: Any, scheme: str) -> None:
    """Tabbing reaches the time link then, after the post's own links, its share toggle,
    each drawn with the page's focus ring; opened, the share shows a labelled read-only
    field holding the post's absolute address, as wide as the column allows at 320 px and
    never wider; a post opened by its link marks its time in the accent colour."""
    with fixture_page(auditor, "en-live-storm-isha", width=320, scheme=scheme) as page:
        link = page.locator("#post-p0855 .live-post__permalink")
        link.focus()
        ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
          return [document.activeElement.className, s.outlineStyle, parseFloat(s.outlineWidth),
                  s.textDecorationLine]; }""")
        summary = page.locator("#post-p0855 .live-post__share summary")
        summary.focus()
        page.keyboard.press("Enter")
        opened = page.evaluate("""() => {
          const share = document.querySelector('#post-p0855 .live-post__share');
          const input = share.querySelector('input'); const r = input.getBoundingClientRect();
          const s = getComputedStyle(document.activeElement);
          return {open: share.open, outline: [s.outlineStyle, parseFloat(s.outlineWidth)],
                  label: input.labels[0].textContent, readOnly: input.readOnly,
                  value: input.value, left: r.left, right: r.right,
                  visible: input.checkVisibility(),
                  scroll: document.documentElement.scrollWidth};
        }""")
        page.evaluate("() => { location.hash = '#post-p0855'; }")
        target = page.evaluate("""() => [
          getComputedStyle(document.querySelector('#post-p0855 .live-post__time')).color,
          getComputedStyle(document.querySelector('#post-p0720 .live-post__time')).color]""")
        page.evaluate("""() => { history.replaceState(null, '', location.pathname);
          document.querySelector('#post-p0855 .live-post__share').open = false;
          document.activeElement.blur(); scrollTo(0, 0); }""")
    assert ring[0] == "live-post__permalink"
    assert ring[1] == "solid", ring
    assert ring[2] >= 2, ring
    assert ring[3] == "underline", ring
    assert opened["open"], opened
    assert opened["visible"], opened
    assert opened["readOnly"], opened
    assert opened["outline"][0] == "solid", opened
    assert opened["outline"][1] >= 2, opened
    assert opened["label"] == "Link to this post"
    assert opened["value"] == "https://news.example/uk/live/storm-isha-clean-up#post-p0855"
    assert opened["left"] >= 0, opened
    assert opened["right"] <= 320, opened
    assert opened["scroll"] <= 320, opened
    assert target[0] != target[1], target


SHOWCASES = ["ru-flood-gallery", "en-longread-river-crossing"]

#: The lead picture's box and crop, the h1's box, colour and place in the source, the
#: standfirst's box, the viewport's size and the page's scroll width.
OPENING = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY,
            width: r.width, height: r.height}; };
  const figure = document.querySelector('.broadsheet-article > .figure--lead');
  const img = figure.querySelector('img');
  const h1 = document.querySelector('h1');
  return {img: box(img), position: getComputedStyle(img).objectPosition,
          focus: [img.dataset.focusX, img.dataset.focusY],
          caption: box(figure.querySelector('figcaption')),
          h1: box(h1), h1Color: getComputedStyle(h1).color,
          h1First: !!(h1.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING),
          summary: box(document.querySelector('.article-header__summary')),
          width: innerWidth, height: innerHeight,
          scroll: document.documentElement.scrollWidth};
}"""


@pytest.mark.parametrize("stem", SHOWCASES)
@pytest.mark.parametrize("width", [320, 375, 414])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_phones_essay_and_long_read_open_on_their_lead_picture(
        auditor: Any, stem: str, width: int, scheme: str) -> None:
    """At 320, 375 and 414 px the lead picture opens the story (it was a 20:9 strip under
    the byline, at y 594 at 375): edge to edge, at least square (4:5 pushed the long read's
    first paragraph past 1.2 screens: test_page_grid) unless that would push the
    headline off the first screen; the long read's headline over its foot in white (the
    scrim), wholly inside the first screen, still first in the source; the caption right
    under the picture and the standfirst under that; the picture's focal point kept in the
    crop. A photo essay's picture (round 49's review: the headline over it hid most of it)
    is 4:3 and stands clear, the caption under it, then the headline starting on the first
    screen in the page's ink, then the standfirst."""
    with fixture_page(auditor, stem, width=width, scheme=scheme) as page:
        got = page.evaluate(OPENING)
    img, h1 = got["img"], got["h1"]
    assert img["left"] == 0, got
    assert img["right"] == width, got
    assert img["top"] < 120, got  # right under the site's header
    assert got["h1First"], got
    assert got["caption"]["top"] >= img["bottom"] - 1, got
    assert got["summary"]["top"] >= got["caption"]["bottom"] - 1, got
    if stem in ESSAY_STEMS:
        assert img["height"] >= 0.75 * width - 1, got
        assert h1["top"] >= got["caption"]["bottom"] - 1, got
        assert h1["top"] + 40 <= got["height"], got
        assert got["h1Color"] != "rgb(255, 255, 255)" or scheme == "dark", got
    else:
        assert img["height"] >= min(width, got["height"] - 192) - 1, got
        assert img["top"] < h1["top"], got
        assert h1["bottom"] <= img["bottom"], got
        assert h1["bottom"] <= got["height"], got
        assert got["h1Color"] == "rgb(255, 255, 255)", got
    assert got["scroll"] <= width, got
    if got["focus"][0] is not None:
        assert got["position"] == f"{got['focus'][0]}% {got['focus'][1]}%", got


@pytest.mark.parametrize("width", [320, 375, 414])
def test_the_photo_essays_band_runs_its_pictures_edge_to_edge_on_a_phone(
        auditor: Any, width: int) -> None:
    """On a phone each picture of the essay's dark band spans the window (they stood 12-16
    px in from either edge), its caption kept in from the edges as the text is."""
    with fixture_page(auditor, "ru-flood-gallery", width=width) as page:
        items = page.evaluate("""() => [...document.querySelectorAll(
            '.article-body > .gallery .gallery__items > li')].map(li => {
          const img = li.querySelector('img').getBoundingClientRect();
          const cap = li.querySelector('figcaption');
          const c = cap && cap.getBoundingClientRect();
          return {img: [img.left, img.right], caption: c && [c.left, c.right],
                  whole: li.querySelector('.figure--portrait') !== null};
        })""")
    assert len(items) >= 4
    for item in items:
        if item["whole"]:  # an upright frame is shown whole, centred
            continue
        assert item["img"] == [0, width], items
        if item["caption"]:
            assert item["caption"][0] >= 12, items
            assert item["caption"][1] <= width - 12, items
