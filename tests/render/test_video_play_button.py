"""A video's play button (round 42): in the markup, hidden (without the page's script the
player's own controls are the only ones), named "Play video: <title>" in the page's
language; the page's script, which shows it, is allowed by its hash."""

from __future__ import annotations

import json

from lxml import html as lxml_html

import broadsheet
from broadsheet.render.csp import source_hash
from broadsheet.render.live import live_script
from tests.helpers import ARTICLES


def _article() -> dict:
    return json.loads((ARTICLES / "en-council-video-lead.json").read_text("utf-8"))


def test_each_video_has_a_hidden_play_button_named_by_its_title() -> None:
    result = broadsheet.render(_article())
    tree = lxml_html.fromstring(result.html)
    buttons = tree.xpath("//div[@class='media__player']/button[@class='media__play']")
    assert [b.text_content().strip() for b in buttons] == [
        "Play video: Campaigners and councillors on the library closures",
        "Play video: Cllr Mark Ellis explains the budget in 60 seconds"]
    assert all(b.get("hidden") is not None and b.get("type") == "button" for b in buttons)
    scripts = [s.text for s in tree.xpath("//script[not(@type)]")]
    assert scripts == [live_script()]
    assert source_hash(live_script()) in (result.content_security_policy or "")


def test_the_play_buttons_name_is_in_the_pages_language() -> None:
    article = _article()
    article["language"] = "ru"
    tree = lxml_html.fromstring(broadsheet.render(article).html)
    names = [b.text_content().strip() for b in tree.xpath("//button[@class='media__play']")]
    assert names[1] == "Воспроизвести видео: Cllr Mark Ellis explains the budget in 60 seconds"


def test_a_page_without_a_video_runs_no_script() -> None:
    article = _article()
    del article["lead"]
    article["body"] = [b for b in article["body"] if b["type"] != "video"]
    result = broadsheet.render(article)
    assert "<script>" not in result.html
    assert "script-src 'none'" in (result.content_security_policy or "")
