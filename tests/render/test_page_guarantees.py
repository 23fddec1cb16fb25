"""DESIGN.md "What every rendered page guarantees", proved on the parsed tree of every fixture."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import etree

from broadsheet.policy.language import direction_of
from broadsheet.render.live import media_script
from tests.helpers import (
    ARTICLE_FILES,
    blocks_of,
    fixture_ids,
    load_json,
    rendered,
    rendered_tree,
    text_of,
)

pytestmark = pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)

FOCUSABLE = (
    "//a[@href] | //button | //input[not(@type='hidden')] | //select | //textarea"
    " | //iframe | //audio[@controls] | //video[@controls] | //summary"
    " | //*[@tabindex and not(@tabindex='-1')]"
)
LANDMARK_XPATH = (
    "//header[not(ancestor::article or ancestor::main)] | //main"
    " | //footer[not(ancestor::article or ancestor::main)] | //nav | //aside"
    " | //form[@role='search'] | //*[@role='region']"
)


def first_focusables(tree: etree._Element) -> list[etree._Element]:
    return list(tree.xpath(FOCUSABLE))


def landmark_name(tree: etree._Element, element: etree._Element) -> str:
    """A landmark's name: its ``aria-label``, or the text of the element ``aria-labelledby``
    names (one id, as Broadsheet writes it)."""
    if label_id := element.get("aria-labelledby"):
        return text_of(tree.xpath("//*[@id=$id]", id=label_id)[0])
    return element.get("aria-label") or ""


def test_html_lang_and_dir_follow_the_article(path: Path) -> None:
    data = load_json(path)
    html = rendered_tree(path)
    assert html.get("lang") == data["language"]
    expected = data.get("direction") or direction_of(data["language"])
    assert html.get("dir") == expected


def test_title_names_headline_and_site_and_viewport_allows_zoom(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    title = tree.findtext("head/title")
    assert title is not None
    assert data["headline"].strip() in title
    assert data["site"]["name"] in title
    viewport = tree.xpath("//meta[@name='viewport']/@content")
    assert len(viewport) == 1
    assert "user-scalable=no" not in viewport[0].replace(" ", "")
    assert "maximum-scale" not in viewport[0]


def test_skip_links_come_first_and_their_targets_exist(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    skip_links = tree.xpath("//a[contains(concat(' ', @class, ' '), ' skip-link ')]")
    expected = 1 + bool(data["site"].get("navigation")) + bool(data["site"].get("search"))
    assert len(skip_links) == expected
    assert first_focusables(tree)[:expected] == skip_links
    assert skip_links[0].get("href") == "#main"
    for link in skip_links:
        target_id = link.get("href")[1:]
        targets = tree.xpath("//*[@id=$id]", id=target_id)
        assert len(targets) == 1, f"skip target #{target_id} must exist once"
        target = targets[0]
        focusable = target.tag in {"input", "a", "button"} or target.get("tabindex") is not None
        assert focusable, f"#{target_id} must be able to take focus"


def test_landmarks_are_present_labelled_and_hold_all_content(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    body = tree.find("body")
    assert len(tree.xpath("//main")) == 1
    banner = body.xpath("./header")
    contentinfo = body.xpath("./footer")
    assert len(banner) == 1
    assert len(contentinfo) == 1
    for child in body:
        if child.tag in {"header", "main", "footer", "script", "template"}:
            continue
        assert "skip-links" in child.get("class", ""), f"content outside landmarks: <{child.tag}>"
    navs = tree.xpath("//nav")
    labels = [landmark_name(tree, nav) for nav in navs]
    assert all(labels), "every navigation landmark has a label"
    assert len(set(labels)) == len(labels), "navigation labels are unique"
    if data["site"].get("search"):
        form = tree.xpath("//form[@role='search']")
        assert len(form) == 1
        field_id = form[0].xpath(".//input[@type='search']/@id")[0]
        assert form[0].xpath(".//label[@for=$id]", id=field_id)
    for aside in tree.xpath("//aside"):
        label_id = aside.get("aria-labelledby")
        assert label_id, "complementary boxes are labelled"
        heading = tree.xpath("//*[@id=$id]", id=label_id)
        assert heading
        assert heading[0].tag in {"h2", "h3", "h4", "h5", "h6"}
        assert text_of(heading[0])


def test_exactly_one_h1_is_the_headline_and_levels_never_skip(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    h1s = tree.xpath("//h1")
    assert len(h1s) == 1
    assert text_of(h1s[0]) == " ".join(data["headline"].split())
    levels = [int(h.tag[1]) for h in tree.xpath("//h1|//h2|//h3|//h4|//h5|//h6")
              if not h.xpath("ancestor::*[@aria-hidden='true']")]
    assert levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading level skips from h{before} to h{after}"


def test_parts_in_another_language_carry_lang_and_dir(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    page_dir = tree.get("dir")
    parts = [b for _, b in blocks_of(data) if b.get("lang") and b["lang"] != data["language"]]
    parts += [img for _, b in blocks_of(data) if b["type"] == "gallery" for img in b["images"]
              if img.get("lang") and img["lang"] != data["language"]]
    for part in parts:
        marked = tree.xpath("//body//*[@lang=$lang]", lang=part["lang"])
        assert marked, f"part in {part['lang']} is marked with lang"
        if direction_of(part["lang"]) != page_dir:
            assert all(el.get("dir") == direction_of(part["lang"]) for el in marked)
    for element in tree.xpath("//body//*[@lang]"):
        assert re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", element.get("lang"))


def test_corrections_are_dated_by_their_day_in_one_format(path: Path) -> None:
    """The fourth review: one correction read "22 January 2024:", the next "22 January 2024,
    07:35:". Each is dated by its day alone, as newsrooms date corrections, the whole moment
    the source gives kept in its ``datetime``."""
    data = load_json(path)
    times = rendered_tree(path).xpath("//div[@class='corrections']/ul/li/time")
    assert [t.get("datetime") for t in times] == [c["date"] for c in data.get("corrections", [])]
    for time in times:
        assert not re.search(r"\d:\d", time.text), time.text
        assert time.tail.startswith(":"), time.tail


def test_dates_are_machine_readable_times(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    # (the dateline: in the header, or opening a hero's body since round 48)
    times = tree.xpath("//*[contains(@class, 'article-header__dates')]//time")
    assert len(times) == 1 + ("updated" in data) + bool(data.get("corrections"))
    if data.get("corrections"):  # when it was last corrected, linking to the corrections
        corrected = tree.xpath("//*[@class='article-header__corrected']")[0]
        latest = max(correction["date"] for correction in data["corrections"])
        assert corrected.find("time").get("datetime") == latest
        assert corrected.find("a").get("href") == "#corrections"
        assert tree.xpath("//*[@id='corrections']")
    for time in tree.xpath("//time"):
        value = time.get("datetime")
        assert value
        # HTML's year, month, date, global date-time and duration strings (a timeline's
        # events are as precise as the editor knows them: 1991, 1991-08, ...).
        assert re.fullmatch(
            r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?)?)?"
            r"|P[\dDTHMS.]+", value), value
        assert text_of(time)


def test_images_have_dimensions_alt_and_figures(path: Path) -> None:
    tree = rendered_tree(path)
    for image in tree.xpath("//img"):
        assert image.get("alt") is not None, "every image has an alt attribute"
        assert image.get("width")
        assert image.get("height")
    for caption in tree.xpath("//figcaption"):
        assert caption.getparent().tag == "figure"
    lead = tree.xpath("//img[@fetchpriority='high']")
    assert all(img.get("loading") != "lazy" for img in lead)
    body_images = tree.xpath("//div[@class='article-body']//img")
    assert all(img.get("loading") == "lazy" for img in body_images)


def _name(credit: str) -> str:
    """The credit's name, any one-word label typed before it ("Фото/…", "Photo: …") aside,
    case and spacing aside."""
    return " ".join(re.sub(r"^\w+\s*[:/]\s*", "", credit.strip()).casefold().split())


def test_credits_are_announced_with_a_prefix(path: Path) -> None:
    """Each credit is heard once: every credit line is a localised prefix then the name, and
    each credited image's name is in the figure captions as often as images carry it (on
    a credit line, or, when the caption names it in its sentence, in the caption alone)."""
    data = load_json(path)
    tree = rendered_tree(path)
    credited = [i for i in _all_images(data) if i.get("credit") and not i.get("decorative")]
    captions = [" ".join(text_of(c).casefold().split()) for c in tree.xpath("//figcaption")]
    for name in {_name(i["credit"]) for i in credited}:
        carried = sum(_name(i["credit"]) == name for i in credited)
        assert sum(caption.count(name) for caption in captions) == carried, name
    for line in tree.xpath("//*[contains(@class, 'figure__credit')]"):
        prefix, _, name = text_of(line).partition(": ")
        assert prefix, "a localised prefix precedes the credit"
        assert name, text_of(line)


def test_pull_quotes_are_hidden_only_when_the_page_reads_their_words(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    pulls = tree.xpath("//*[contains(@class, 'pullquote')][not(ancestor::*[contains(@class, 'pullquote')])]")
    blocks = [(pointer, b) for pointer, b in blocks_of(data) if b["type"] == "pullquote"]
    assert len(pulls) == len(blocks)
    article = tree.find(".//article")
    read = " ".join(t.casefold() for t in article.xpath(
        ".//text()[not(ancestor::*[contains(@class, 'pullquote')])]"))
    read = " ".join(re.sub(r"[\W_]+", " ", read).split())
    exposed = {f.pointer for f in rendered(path).findings if f.rule == "render-pullquote-not-in-body"}
    for pull, (pointer, block) in zip(pulls, blocks, strict=True):
        if pull.get("aria-hidden") == "true":
            assert " ".join(re.sub(r"[\W_]+", " ", block["text"].casefold()).split()) in read
        else:
            assert f"{pointer}/text" in exposed
    assert not tree.xpath("//*[@aria-hidden='true']//*[@href or @tabindex]")
    quotes = tree.xpath("//blockquote")
    # quote blocks, and the posts an embed's card quotes (its preview's text)
    assert len(quotes) == sum(b["type"] == "quote" or "text" in b.get("preview", {})
                              for _, b in blocks_of(data))
    for quote in quotes:
        assert quote.getparent().tag == "figure"


def test_tables_have_captions_and_scoped_headers(path: Path) -> None:
    tree = rendered_tree(path)
    for table in tree.xpath("//table"):
        caption = table.find("caption")
        assert caption is not None
        assert text_of(caption)
        headers = table.xpath(".//th")
        assert headers, "data tables have header cells"
        assert all(th.get("scope") in {"col", "row"} for th in headers)
        region = table.getparent()
        assert region.get("role") == "region"
        assert region.get("tabindex") == "0"
        assert region.get("aria-labelledby") == caption.get("id")


def test_media_have_captions_tracks_transcripts_and_no_autoplay(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    assert not tree.xpath("//*[@autoplay]")
    media = [b for b in [data.get("lead"), *(b for _, b in blocks_of(data))]
             if b and b["type"] in {"video", "audio", "audio_version"}]
    elements = tree.xpath("//video | //audio")
    assert len(elements) == len(media)
    for block, element in zip(media, elements, strict=True):
        assert element.get("controls") is not None
        kinds = element.xpath("./track/@kind")
        assert len(kinds) == len(block.get("tracks", []))
        if block["type"] == "video" and any(t["kind"] == "captions" for t in block.get("tracks", [])):
            assert element.xpath("./track[@kind='captions' and @default]")
        if block["type"] == "audio_version":
            # Named "Listen to this article (…)" with its duration; the transcript linked.
            assert element.get("preload") == "metadata"
            _label, length = (tree.xpath("//*[@id=$id]", id=id_)[0]
                             for id_ in element.get("aria-labelledby").split())
            assert length.xpath("parent::time/@datetime") == [block["duration"]]
            links = element.getparent().getparent().xpath(".//a/@href")
            assert links == ([block["transcript_url"]] if "transcript_url" in block else [])
            continue
        figure = element.getparent()
        if figure.get("class") in {"media__player", "media__deck"}:  # in its frame or pill
            figure = figure.getparent()
        if block.get("transcript"):
            details = figure.xpath("./details[contains(@class, 'transcript')]")
            assert len(details) == 1
            assert details[0].find("summary") is not None


def test_embeds_have_titles_and_a_skip_past_link(path: Path) -> None:
    tree = rendered_tree(path)
    for iframe in tree.xpath("//iframe"):
        assert (iframe.get("title") or "").strip()
        frame = iframe.getparent()  # the frame with its placeholder under it
        assert frame.get("class") == "embed__frame"
        card = frame.getparent().getparent()  # shown from a <details> in the card
        assert frame.getparent().tag == "details"
        assert card.get("class") == "embed__card"
        skip = card.getparent().xpath("./a[contains(@class, 'embed__skip')]")
        assert len(skip) == 1
        target = tree.xpath("//*[@id=$id]", id=skip[0].get("href")[1:])
        assert len(target) == 1
        assert target[0].getprevious() is card, "the skip link lands right after the embed"
        assert iframe.getnext() is None, "nothing of the page's in between"


def test_embeds_are_sandboxed_and_keep_their_own_origin_only_when_it_is_not_ours(
        path: Path) -> None:
    data = load_json(path)
    page_hosts = {urlsplit(url).hostname for url in (data.get("canonical_url"),
                                                     data["site"].get("url")) if url} - {None}
    for iframe in rendered_tree(path).xpath("//iframe"):
        tokens = set((iframe.get("sandbox") or "").split())
        assert {"allow-scripts", "allow-popups", "allow-presentation"} <= tokens
        assert not {t for t in tokens if t.startswith("allow-top-navigation")}
        assert ("allow-same-origin" in tokens) == (
            bool(page_hosts) and urlsplit(iframe.get("src")).hostname not in page_hosts)


def test_json_ld_describes_the_news_article(path: Path) -> None:
    data = load_json(path)
    tree = rendered_tree(path)
    scripts = tree.xpath("//script[@type]")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    # the only other script: a video's play button's (round 49), Broadsheet's own file
    assert [s.text for s in tree.xpath("//script[not(@type)]")] == (
        [media_script()] if tree.xpath("//video") else [])
    meta = json.loads(scripts[0].text)
    assert meta["@type"] == ("LiveBlogPosting" if "live" in data else "NewsArticle")
    assert meta["headline"] == " ".join(data["headline"].split())
    assert meta["inLanguage"] == data["language"]
    assert meta["publisher"]["name"] == data["site"]["name"]
    assert meta["datePublished"]
    assert "</" not in scripts[0].text


def test_ids_are_unique_and_references_resolve(path: Path) -> None:
    tree = rendered_tree(path)
    ids = Counter(tree.xpath("//@id"))
    assert not [i for i, n in ids.items() if n > 1]
    for attribute in ("aria-labelledby", "aria-describedby", "for"):
        for value in tree.xpath(f"//@{attribute}"):
            for ref in value.split():
                assert ref in ids, f"{attribute} refers to missing #{ref}"
    for href in tree.xpath("//a/@href[starts-with(., '#')]"):
        assert href[1:] in ids, f"in-page link to missing {href}"


def _all_images(data: dict) -> list[dict]:
    images = []
    for block in [data.get("lead"), *(b for _, b in blocks_of(data))]:
        if not block:
            continue
        if block["type"] == "image":
            images.append(block)
        elif block["type"] == "gallery":
            images.extend(block["images"])
    return images


def test_landmark_xpath_covers_every_labelled_region(path: Path) -> None:
    tree = rendered_tree(path)
    for region in tree.xpath("//*[@role='region']"):
        assert region.get("aria-labelledby") or region.get("aria-label")
    assert tree.xpath(LANDMARK_XPATH)
