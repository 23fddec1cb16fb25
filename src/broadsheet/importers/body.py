"""A CMS body: an HTML fragment, with the article's other fields as metadata.

The source is either the fragment itself (metadata then comes from the caller) or a JSON
object whose ``body`` (or ``html``) is the fragment and whose other members are article
fields (``headline``, ``language``, ``published``, ``site`` …, as in the article format).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from broadsheet.importers.article import ImportSourceError, make_id
from broadsheet.importers.findings import SourceFindings
from broadsheet.importers.html_blocks import Mapper, parse_fragment

#: Metadata members that are article fields as they stand.
_FIELDS = ("id", "language", "direction", "headline", "summary", "kicker", "section",
           "published", "updated", "authors", "attribution", "lead", "tags", "corrections",
           "alerts", "site", "canonical_url")


def import_body(source: str, fragment: str, metadata: Mapping[str, Any] | None, *,
                base_url: str | None, pointer: str | None = None
                ) -> tuple[dict[str, Any], SourceFindings]:
    """The article of an HTML fragment plus metadata."""
    findings = SourceFindings(pointer=pointer)
    meta = dict(metadata or {})
    root = parse_fragment(fragment)
    canonical, headline = meta.get("canonical_url"), meta.get("headline")
    mapper = Mapper(findings, base_url=base_url or (canonical if isinstance(canonical, str)
                                                    else None),
                    headline=headline if isinstance(headline, str) else None,
                    keep_boilerplate=True)
    data: dict[str, Any] = {key: meta[key] for key in _FIELDS if key in meta}
    data["id"] = data.get("id") or make_id(meta.get("slug"), canonical)
    data["body"] = mapper.blocks(root)
    return data, findings


def body_json(source: str, document: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The fragment and the metadata of a body given as JSON."""
    fragment = document.get("body", document.get("html"))
    if not isinstance(fragment, str):
        raise ImportSourceError(source, "a CMS body in JSON needs a \"body\" (or \"html\") "
                                "string holding the HTML fragment")
    return fragment, {key: value for key, value in document.items()
                      if key not in {"body", "html"}}
