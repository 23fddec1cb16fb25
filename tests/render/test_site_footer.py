"""The site's footer: what a newsroom's footer says, from the article's own data."""

from __future__ import annotations

import copy
import json

import broadsheet
from tests.helpers import ARTICLES, parse_html, text_of


def footer_of(data: dict) -> object:
    return parse_html(broadsheet.render(data).html).xpath("//footer[@class='site-footer']")[0]


def test_the_footer_says_where_the_story_sits_and_its_years_copyright() -> None:
    """The trail (the site, the story's section: both the data's links) and the copyright
    line with the year of publication, in the page's numerals (a review: the footer was a
    heading, a line and a name)."""
    data = json.loads((ARTICLES / "fa-podcast-inflation-audio.json").read_text("utf-8"))
    footer = footer_of(data)
    (trail,) = footer.xpath("p[@class='site-footer__trail']")
    assert [(a.get("href"), text_of(a)) for a in trail.xpath(".//a")] == [
        (data["site"]["url"], data["site"]["name"]),
        (data["section"]["url"], data["section"]["name"])]
    (name,) = footer.xpath("p[@class='site-footer__name']")
    assert text_of(name) == f"© ۲۰۲۴ {data['site']['name']}"
    assert data["published"].startswith("2024")


def test_a_story_without_a_section_has_no_trail_and_no_invented_link() -> None:
    data = json.loads((ARTICLES / "en-council-video-lead.json").read_text("utf-8"))
    data = copy.deepcopy(data)
    del data["section"]
    footer = footer_of(data)
    assert not footer.xpath("p[@class='site-footer__trail']")
    links = {a.get("href") for a in footer.xpath(".//a")}
    assert links == {link["url"] for link in data["site"]["footer_links"]}
    assert text_of(footer.xpath("p[@class='site-footer__name']")[0]) == "© 2024 Example News"
