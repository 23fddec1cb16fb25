"""An Arc XP ANS story: ``content_elements`` to blocks, the story's fields to metadata.

Element types mapped: ``text``, ``header``, ``image``, ``gallery``, ``list``, ``quote``
(``blockquote`` and ``pullquote``), ``table``, ``raw_html`` (through the HTML mapper),
``oembed_response``, ``video`` (its streams), ``divider``, ``correction``. Others are
reported and left out. Each finding's pointer names the element (``/content_elements/3``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urljoin

from broadsheet.importers.article import (
    language_tag,
    make_id,
    parse_date,
    site_url,
    text_to_inline,
)
from broadsheet.importers.findings import DROPPED, SourceFindings
from broadsheet.importers.html_blocks import (
    Block,
    Mapper,
    collapse,
    embed_for,
    parse_fragment,
    provider_of,
)
from broadsheet.policy.alt import repeats_caption, unusable_reason


def is_ans(document: Mapping[str, Any]) -> bool:
    return isinstance(document.get("content_elements"), list) or \
        (document.get("type") == "story" and "headlines" in document)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _basic(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("basic")
    return collapse(value) if isinstance(value, str) and value.strip() else None


class AnsMapper:
    """Maps ANS content elements, collecting findings with their pointers."""

    def __init__(self, findings: SourceFindings, base_url: str | None) -> None:
        self.findings = findings
        self.base_url = base_url

    def _inline(self, content: Any, pointer: str) -> str:
        if not isinstance(content, str) or not content.strip():
            return ""
        findings = SourceFindings(pointer=pointer)
        text = Mapper(findings, base_url=self.base_url, keep_boilerplate=True).inline(
            parse_fragment(content))
        self.findings.items.extend(findings.items)
        return text

    def blocks(self, elements: Any, pointer: str) -> Iterator[Block]:
        for index, element in enumerate(elements if isinstance(elements, list) else []):
            if isinstance(element, Mapping):
                yield from self.element(element, f"{pointer}/{index}")

    def element(self, element: Mapping[str, Any], pointer: str) -> Iterator[Block]:
        kind = element.get("type")
        if kind == "text":
            if text := self._inline(element.get("content"), f"{pointer}/content"):
                yield {"type": "paragraph", "text": text}
        elif kind == "header":
            text = collapse(parse_fragment(str(element.get("content") or "")).text_content())
            level: int = element["level"] if isinstance(element.get("level"), int) else 2
            if text:
                yield {"type": "heading", "level": max(2, min(level, 6)), "text": text}
        elif kind == "image":
            if image := self.image(element, pointer):
                yield image
        elif kind == "gallery":
            images = [image for index, item in enumerate(_list(element.get("content_elements")))
                      if isinstance(item, Mapping) and
                      (image := self.image(item, f"{pointer}/content_elements/{index}"))]
            if images:
                gallery: Block = {"type": "gallery", "images": images}
                if title := _basic(element.get("headlines")):
                    gallery["title"] = title
                yield gallery
        elif kind == "list":
            items = [text for index, item in enumerate(_list(element.get("items")))
                     if isinstance(item, Mapping) and
                     (text := self._inline(item.get("content"), f"{pointer}/items/{index}"))]
            if items:
                yield {"type": "list", "ordered": element.get("list_type") == "ordered",
                       "items": items}
        elif kind == "quote":
            yield from self.quote(element, pointer)
        elif kind == "table":
            yield from self.table(element, pointer)
        elif kind == "raw_html":
            findings = SourceFindings(pointer=f"{pointer}/content")
            mapper = Mapper(findings, base_url=self.base_url, keep_boilerplate=True)
            yield from mapper.blocks(parse_fragment(str(element.get("content") or "")))
            self.findings.items.extend(findings.items)
        elif kind == "oembed_response":
            yield from self.oembed(element, pointer)
        elif kind == "video":
            yield from self.video(element, pointer)
        elif kind == "divider":
            yield {"type": "divider"}
        elif kind == "correction":
            if text := self._inline(element.get("text"), f"{pointer}/text"):
                yield {"type": "note", "kind": "correction", "text": text}
        else:
            self.findings.review(None, DROPPED, f"ANS element type {kind!r} is not imported; "
                                 "it is left out", pointer=pointer)

    def image(self, element: Mapping[str, Any], pointer: str) -> Block | None:
        url = element.get("url")
        width, height = element.get("width"), element.get("height")
        if not isinstance(url, str) or not url.strip():
            self.findings.review(None, DROPPED, "The image has no url; it is left out",
                                 pointer=pointer)
            return None
        if not (isinstance(width, int) and isinstance(height, int) and width > 0
                and height > 0):
            self.findings.review(None, DROPPED, "The image has no width and height; it is "
                                 "left out", pointer=pointer)
            return None
        image: Block = {"type": "image", "src": urljoin(self.base_url or "", url),
                        "width": width, "height": height}
        caption = self._inline(element.get("caption"), f"{pointer}/caption")
        credits = _list(_mapping(element.get("credits")).get("by"))
        credit = ", ".join(collapse(c["name"]) for c in credits
                           if isinstance(c, Mapping) and isinstance(c.get("name"), str)
                           and c["name"].strip())
        alt = element.get("alt_text")
        caption_text = collapse(parse_fragment(caption).text_content()) if caption else ""
        follow = "its alt is derived from the caption" if caption_text else \
            "a person must write one"
        if not isinstance(alt, str) or not alt.strip():
            self.findings.at(None, "image-alt", f"The image has no alt_text; {follow}",
                             pointer=f"{pointer}/alt_text")
        elif reason := unusable_reason(alt, credit=credit or None):
            rule = "alt-file-name" if reason in {"a file name", "a URL"} else "alt-placeholder"
            self.findings.at(None, rule, f"alt_text {alt!r} is {reason}; {follow}",
                             pointer=f"{pointer}/alt_text")
        else:
            image["alt"] = collapse(alt)
            if caption_text and repeats_caption(alt, caption_text):
                self.findings.at(None, "alt-repeats-caption", "The alt_text repeats the "
                                 "caption; the rendered page says it once",
                                 pointer=f"{pointer}/alt_text")
        if caption:
            image["caption"] = caption
        if credit:
            image["credit"] = credit
        return image

    def quote(self, element: Mapping[str, Any], pointer: str) -> Iterator[Block]:
        parts = [text for index, item in enumerate(_list(element.get("content_elements")))
                 if isinstance(item, Mapping) and
                 (text := self._inline(item.get("content"), f"{pointer}/content_elements/"
                                                            f"{index}/content"))]
        if not parts:
            return
        citation = element.get("citation")
        cite = collapse(parse_fragment(str(citation.get("content") or "")).text_content()) \
            if isinstance(citation, Mapping) else ""
        if element.get("subtype") == "pullquote":
            block: Block = {"type": "pullquote", "text": collapse(" ".join(
                parse_fragment(p).text_content() for p in parts))}
        else:
            block = {"type": "quote", "text": "<br><br>".join(parts)}
        if cite:
            block["cite"] = cite
        yield block

    def table(self, element: Mapping[str, Any], pointer: str) -> Iterator[Block]:
        def cell(value: Any, at: str) -> str:
            content = value.get("content") if isinstance(value, Mapping) else value
            return self._inline(content, at) if isinstance(content, str) else ""

        header = [cell(c, f"{pointer}/header/{i}") for i, c in
                  enumerate(_list(element.get("header")))]
        rows = [[cell(c, f"{pointer}/rows/{r}/{i}") for i, c in enumerate(row)]
                for r, row in enumerate(_list(element.get("rows"))) if isinstance(row, list)]
        all_rows = ([header] if header else []) + [row for row in rows if row]
        if not all_rows:
            return
        width = max(len(row) for row in all_rows)
        all_rows = [row + [""] * (width - len(row)) for row in all_rows]
        caption = _basic(element.get("headlines")) or collapse(str(element.get("caption") or ""))
        if not caption:
            self.findings.at(None, "table-caption", "The table has no caption; it is imported "
                             "with the caption \"Table\" for a person to replace",
                             pointer=pointer)
            caption = "Table"
        yield {"type": "table", "caption": caption, "rows": all_rows,
               "header_rows": 1 if header else 0}

    def oembed(self, element: Mapping[str, Any], pointer: str) -> Iterator[Block]:
        raw: Mapping[str, Any] = _mapping(element.get("raw_oembed"))
        source = raw.get("url") or _mapping(element.get("referent")).get("id")
        url = embed_for(str(source or ""))
        if url is None and isinstance(raw.get("html"), str):
            frame = next(parse_fragment(raw["html"]).iter("iframe"), None)
            url = embed_for(frame.get("src", "")) if frame is not None else None
        if url is None:
            self.findings.review(None, DROPPED, f"The embed {str(source)[:80]!r} is not "
                                 "from a host Broadsheet frames; it is left out",
                                 pointer=pointer)
            return
        provider = provider_of(url)
        title = raw.get("title") if isinstance(raw.get("title"), str) and \
            raw["title"].strip() else None
        if title is None:
            title = f"{raw.get('author_name')} on {provider}" if isinstance(
                raw.get("author_name"), str) else f"{provider} embed"
        yield {"type": "embed", "url": url, "title": collapse(title), "provider": provider}

    def video(self, element: Mapping[str, Any], pointer: str) -> Iterator[Block]:
        streams = [s for s in _list(element.get("streams")) if isinstance(s, Mapping)
                   and isinstance(s.get("url"), str) and s.get("stream_type") == "mp4"]
        title = _basic(element.get("headlines"))
        if not streams or not title:
            self.findings.review(None, DROPPED, "The video has no mp4 stream or no headline; "
                                 "it is left out", pointer=pointer)
            return
        block: Block = {"type": "video", "title": title, "src": streams[0]["url"]}
        poster = _mapping(element.get("promo_image")).get("url")
        if isinstance(poster, str):
            block["poster"] = poster
        self.findings.at(None, "import-media-captions", "The video has no captions track",
                         pointer=pointer)
        yield block


def import_ans(source: str, story: Mapping[str, Any], *, base_url: str | None
               ) -> tuple[dict[str, Any], SourceFindings]:
    """The article of an ANS story."""
    findings = SourceFindings()
    website = base_url or (story.get("website_url") if isinstance(story.get("website_url"),
                                                                   str) else None)
    canonical = story.get("canonical_url") if isinstance(story.get("canonical_url"), str) \
        else None
    canonical = urljoin(website, canonical) if isinstance(canonical, str) and website \
        else canonical
    mapper = AnsMapper(findings, base_url=canonical or website)
    credits = _list(_mapping(story.get("credits")).get("by"))
    authors = [{"name": collapse(c["name"])} for c in credits
               if isinstance(c, Mapping) and isinstance(c.get("name"), str) and c["name"].strip()]
    section = _mapping(_mapping(story.get("taxonomy")).get("primary_section"))
    published = parse_date(story.get("first_publish_date") or story.get("display_date"),
                           findings, "publication date", "/first_publish_date")
    updated = parse_date(story.get("last_updated_date"), findings, "update date",
                         "/last_updated_date")
    data: dict[str, Any] = {
        "id": make_id(story.get("_id"), canonical),
        "language": language_tag(story.get("language")),
        "headline": _basic(story.get("headlines")),
        "summary": text_to_inline(summary) if (summary := _basic(story.get("description"))
                                               or _basic(story.get("subheadlines"))) else None,
        "published": published,
        "updated": updated if updated != published else None,
        "authors": authors,
        "section": {"name": collapse(section["name"])} if isinstance(section.get("name"), str)
        and section["name"].strip() else None,
        "canonical_url": canonical if isinstance(canonical, str) else None,
        "site": {"url": origin} if (origin := site_url(canonical, website)) else None,
    }
    lead = _mapping(story.get("promo_items")).get("basic")
    if isinstance(lead, Mapping) and lead.get("type") == "image" and (
            image := mapper.image(lead, "/promo_items/basic")):
        data["lead"] = image
    data["body"] = list(mapper.blocks(story.get("content_elements"), "/content_elements"))
    return data, findings
