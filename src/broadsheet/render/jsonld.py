"""schema.org ``NewsArticle`` (or, for a live blog, ``LiveBlogPosting`` with a ``BlogPosting``
for each post) metadata, safe to embed in a ``<script>`` element."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from broadsheet.blocks.image import ImageView
from broadsheet.render.context import AuthorView, LiveView, PageView

#: What could close the ``<script>`` element or start markup, as JSON escapes.
_SCRIPT_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def news_article(page: PageView) -> dict[str, Any]:
    """The JSON-LD object for a page view (only URLs that passed the scheme check)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page["headline"],
        "inLanguage": page["language"],
        "datePublished": page["published"]["datetime"],
    }
    if page["updated"]:
        data["dateModified"] = page["updated"]["datetime"]
    if page["summary_text"]:
        data["description"] = page["summary_text"]
    if page["section"]:
        data["articleSection"] = page["section"]["name"]
    if page["authors"]:
        data["author"] = _people(page["authors"])
    site = page["site"]
    publisher: dict[str, Any] = {"@type": "Organization", "name": site["name"]}
    if site["url"]:
        publisher["url"] = site["url"]
    if site["logo"]:
        publisher["logo"] = {"@type": "ImageObject", "url": site["logo"]}
    data["publisher"] = publisher
    lead = page["lead"]
    if lead and lead["type"] == "image" and lead["src"]:
        data["image"] = [_image(lead)]
    if page["canonical_url"]:
        data["mainEntityOfPage"] = page["canonical_url"]
        data["url"] = page["canonical_url"]
    if page["tags"]:
        data["keywords"] = [tag["name"] for tag in page["tags"]]
    if page["live"]:
        _live_blog(data, page["live"], page["canonical_url"])
    return data


def _image(image: ImageView) -> str | dict[str, Any]:
    """A picture's address, or with a credit or licence an ``ImageObject`` naming them
    (``creditText``, ``license``: what search engines show as its licence details)."""
    licence = image["licence"]
    if not image["credit"] and not (licence and licence["url"]):
        return image["src"] or ""
    data: dict[str, Any] = {"@type": "ImageObject", "url": image["src"]}
    if image["credit"]:
        data["creditText"] = image["credit"]
    if licence and licence["url"]:
        data["license"] = licence["url"]
    return data


def _people(authors: list[AuthorView]) -> list[dict[str, Any]]:
    return [{"@type": "Person", "name": a["name"], **({"url": a["url"]} if a["url"] else {})}
            for a in authors]


def _live_blog(data: dict[str, Any], live: LiveView, url: str | None) -> None:
    """Make ``data`` a ``LiveBlogPosting`` whose ``liveBlogUpdate`` lists every post."""
    data["@type"] = "LiveBlogPosting"
    data["coverageStartTime"] = data["datePublished"]
    if live["ended"]:
        data["coverageEndTime"] = live["ended"]["datetime"]
    updates = []
    for post in live["posts"]:
        update: dict[str, Any] = {"@type": "BlogPosting", "headline": post["headline"],
                                  "datePublished": post["published"]["datetime"]}
        if post["updated"]:
            update["dateModified"] = post["updated"]["datetime"]
        if post["authors"]:
            update["author"] = _people(post["authors"])
        if url:
            update["url"] = f"{url.split('#', 1)[0]}#{post['id']}"
        updates.append(update)
    data["liveBlogUpdate"] = updates


def script_json(data: dict[str, Any]) -> Markup:
    """JSON that cannot close its ``<script>`` element or start markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
    for character, escaped in _SCRIPT_SAFE:  # str.replace: far faster than str.translate
        if character in text:
            text = text.replace(character, escaped)
    return Markup(text)
