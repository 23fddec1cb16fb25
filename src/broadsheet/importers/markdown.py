"""Markdown with YAML front matter: the front matter gives the article's fields, the text
its body (CommonMark through markdown-it-py, tables on, then the HTML mapper).

Front matter names: ``title``/``headline``, ``date``/``published``, ``updated``,
``author``/``authors``, ``lang``/``language``, ``description``/``summary``, ``section``,
``tags``, ``slug``/``id``, ``canonical_url``/``url``, ``site`` (``{name, url}``). Images keep
their place only when written as HTML ``<img>`` with ``width`` and ``height``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import yaml
from markdown_it import MarkdownIt

from broadsheet.importers.article import (
    ImportSourceError,
    language_tag,
    make_id,
    parse_date,
    text_to_inline,
)
from broadsheet.importers.findings import SourceFindings
from broadsheet.importers.html_blocks import Mapper, parse_fragment

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                           re.DOTALL)


def has_front_matter(text: str) -> bool:
    return _FRONT_MATTER.match(text) is not None


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _authors(value: Any) -> list[dict[str, str]]:
    items = value if isinstance(value, list) else [value]
    authors = []
    for item in items:
        if isinstance(item, str) and item.strip():
            authors.append({"name": item.strip()})
        elif isinstance(item, Mapping) and isinstance(item.get("name"), str):
            authors.append({k: str(v) for k, v in item.items() if k in {"name", "url", "role"}})
    return authors


def import_markdown(source: str, text: str, *, base_url: str | None
                    ) -> tuple[dict[str, Any], SourceFindings]:
    """The article of a Markdown file with front matter."""
    match = _FRONT_MATTER.match(text)
    meta: dict[str, Any] = {}
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"line {mark.line + 2}: " if mark is not None else ""
            raise ImportSourceError(source, f"{where}front matter is not valid YAML") from None
        if loaded is not None and not isinstance(loaded, Mapping):
            raise ImportSourceError(source, "front matter is not a mapping of names to values")
        meta = dict(loaded or {})
        text = text[match.end():]
    findings = SourceFindings(lines=False)
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    headline = meta.get("title") or meta.get("headline")
    canonical = meta.get("canonical_url") or meta.get("url")
    mapper = Mapper(findings, base_url=canonical or base_url,
                    headline=headline if isinstance(headline, str) else None,
                    keep_boilerplate=True)
    blocks = mapper.blocks(parse_fragment(rendered))
    summary = meta.get("description") or meta.get("summary")
    section = meta.get("section") or meta.get("category")
    tags = meta.get("tags")
    data: dict[str, Any] = {
        "id": make_id(meta.get("id") or meta.get("slug"), canonical),
        "language": language_tag(meta.get("language") or meta.get("lang")),
        "headline": headline.strip() if isinstance(headline, str) else None,
        "summary": text_to_inline(summary) if isinstance(summary, str) else None,
        "published": parse_date(_date(meta.get("published") or meta.get("date")), findings,
                                "publication date", "/date"),
        "updated": parse_date(_date(meta.get("updated") or meta.get("lastmod")), findings,
                              "update date", "/updated"),
        "authors": _authors(meta.get("authors") or meta.get("author")),
        "section": {"name": section} if isinstance(section, str) else section
        if isinstance(section, Mapping) else None,
        "tags": [str(t) for t in tags] if isinstance(tags, list) else None,
        "canonical_url": canonical if isinstance(canonical, str) else None,
        "site": meta.get("site") if isinstance(meta.get("site"), Mapping) else None,
        "body": blocks,
    }
    return data, findings

