"""A WordPress REST API post (``/wp-json/wp/v2/posts/ID``, best with ``?_embed``).

``content.rendered`` (Gutenberg's block comments and ``wp-block-*`` classes) is mapped like
any CMS body; ``title``, ``excerpt``, ``date_gmt``, ``modified_gmt``, ``link``, ``slug``,
the embedded author, terms and featured media become the article's fields. WordPress does
not say a post's language: it comes from the caller (``--language`` or ``--meta``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from broadsheet.importers.article import make_id, parse_date, site_url, text_to_inline
from broadsheet.importers.findings import SourceFindings
from broadsheet.importers.html_blocks import Block, Mapper, collapse, parse_fragment
from broadsheet.policy.alt import unusable_reason


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _rendered(value: Any) -> str:
    if isinstance(value, Mapping):
        value = value.get("rendered", value.get("raw"))
    return value if isinstance(value, str) else ""


def _plain(fragment: str) -> str:
    return collapse(parse_fragment(fragment).text_content()) if fragment.strip() else ""


def is_wordpress(document: Mapping[str, Any]) -> bool:
    return isinstance(document.get("content"), Mapping) and "rendered" in document["content"]


def import_wordpress(source: str, post: Mapping[str, Any], *, base_url: str | None
                     ) -> tuple[dict[str, Any], SourceFindings]:
    """The article of a WordPress post."""
    findings = SourceFindings(pointer="/content/rendered")
    link = post.get("link") if isinstance(post.get("link"), str) else None
    headline = html.unescape(_plain(_rendered(post.get("title"))))
    embedded: Mapping[str, Any] = post["_embedded"] if isinstance(post.get("_embedded"),
                                                                   Mapping) else {}
    mapper = Mapper(findings, base_url=link or base_url, headline=headline,
                    keep_boilerplate=True)
    blocks = mapper.blocks(parse_fragment(_rendered(post.get("content"))))
    published = parse_date(_gmt(post.get("date_gmt")) or post.get("date"), findings,
                           "publication date", "/date_gmt")
    updated = parse_date(_gmt(post.get("modified_gmt")), findings, "update date",
                         "/modified_gmt")
    authors = [{"name": collapse(a["name"])} | ({"url": a["link"]} if isinstance(
        a.get("link"), str) else {}) for a in _list(embedded.get("author"))
        if isinstance(a, Mapping) and isinstance(a.get("name"), str) and a["name"].strip()]
    terms = [term for group in _list(embedded.get("wp:term")) if isinstance(group, list)
             for term in group if isinstance(term, Mapping)]
    section = next((t for t in terms if t.get("taxonomy") == "category"), None)
    data: dict[str, Any] = {
        "id": make_id(post.get("slug"), link, post.get("id")),
        "headline": headline or None,
        "summary": text_to_inline(summary) if (summary := html.unescape(
            _plain(_rendered(post.get("excerpt"))))) else None,
        "published": published,
        "updated": updated if updated != published else None,
        "authors": authors,
        "canonical_url": link,
        "site": {"url": origin} if (origin := site_url(link, base_url)) else None,
        "section": {"name": html.unescape(section["name"])} | (
            {"url": section["link"]} if isinstance(section.get("link"), str) else {})
        if section and isinstance(section.get("name"), str) else None,
        "tags": [html.unescape(t["name"]) for t in terms
                 if t.get("taxonomy") == "post_tag" and isinstance(t.get("name"), str)],
    }
    lead = _featured(embedded, findings)
    if lead is not None:
        data["lead"] = lead
    data["body"] = blocks
    return data, findings


def _gmt(value: Any) -> str | None:
    """WordPress's ``*_gmt`` times are UTC without saying so."""
    return f"{value}Z" if isinstance(value, str) and value and value[-1].isdigit() else None


def _featured(embedded: Mapping[str, Any], findings: SourceFindings) -> Block | None:
    media = next(iter(_list(embedded.get("wp:featuredmedia"))), None)
    if not isinstance(media, Mapping) or not isinstance(media.get("source_url"), str):
        return None
    details: Mapping[str, Any] = media["media_details"] if isinstance(
        media.get("media_details"), Mapping) else {}
    width, height = details.get("width"), details.get("height")
    pointer = "/_embedded/wp:featuredmedia/0"
    if not (isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0):
        findings.review(None, "import-dropped", "The featured image has no width and height; "
                        "it is left out", pointer=pointer)
        return None
    lead: Block = {"type": "image", "src": media["source_url"], "width": width,
                   "height": height}
    caption = _rendered(media.get("caption"))
    if caption.strip():
        root = parse_fragment(caption)
        inner = Mapper(SourceFindings()).inline(root)
        if inner:
            lead["caption"] = inner
    alt = media.get("alt_text")
    if isinstance(alt, str) and alt.strip() and unusable_reason(alt) is None:
        lead["alt"] = collapse(alt)
    else:
        findings.at(None, "image-alt" if not (isinstance(alt, str) and alt.strip())
                    else "alt-placeholder",
                    f"The featured image's alt_text {alt!r} is not usable; "
                    + ("its alt is derived from the caption" if "caption" in lead
                       else "a person must write one"), pointer=f"{pointer}/alt_text")
    return lead


