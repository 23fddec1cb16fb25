"""Importing newsroom content into Broadsheet's article format.

``import_article(source, kind=None, base_url=None)`` reads a published article page, a CMS
body, a WordPress REST API post, an Arc ANS story or Markdown with front matter, and returns
the article (valid against the schema) with findings about the source's accessibility, each
naming its place in the source. One module per kind of source.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from broadsheet.findings import Finding
from broadsheet.importers.ans import import_ans, is_ans
from broadsheet.importers.article import (
    ImportSourceError,
    finish,
    language_from_script,
    language_tag,
)
from broadsheet.importers.body import body_json, import_body
from broadsheet.importers.findings import ASSUMED
from broadsheet.importers.html_blocks import inline_text
from broadsheet.importers.markdown import has_front_matter, import_markdown
from broadsheet.importers.page import import_page
from broadsheet.importers.wordpress import import_wordpress, is_wordpress

Kind = Literal["page", "body", "wordpress", "ans", "markdown"]
KINDS: tuple[str, ...] = get_args(Kind)
#: Largest source read, in bytes (a long article page with inline scripts is 2-3 MB).
MAX_SOURCE_BYTES = 50_000_000

__all__ = ["KINDS", "ImportResult", "ImportSourceError", "Kind", "detect_kind",
           "import_article"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """An imported article (JSON-ready data, valid against the schema) and the findings
    about the source it came from."""

    article: dict[str, Any]
    findings: tuple[Finding, ...]
    kind: str


Source = str | bytes | os.PathLike[str] | Mapping[str, Any]


def _read(source: os.PathLike[str]) -> tuple[str, str]:
    name = os.fspath(source)
    path = Path(name)
    try:
        if path.is_dir():
            raise ImportSourceError(name, "is a directory, not a source file")
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise ImportSourceError(name, f"larger than the limit of {MAX_SOURCE_BYTES:,} "
                                    "bytes")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportSourceError(name, "no such file") from None
    except PermissionError:
        raise ImportSourceError(name, "permission denied") from None
    except OSError as error:
        raise ImportSourceError(name, error.strerror or str(error)) from None
    return name, _decode(name, raw)


def _decode(name: str, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    head = raw[:4096].decode("ascii", "replace").lower()
    for marker in ("charset=", 'charset="', "encoding="):
        if marker in head:
            charset = head.split(marker, 1)[1].strip("\"' ").split('"')[0].split(";")[0]
            charset = charset.split()[0].strip("\"'/>") if charset.split() else ""
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                break
    raise ImportSourceError(name, "is not UTF-8 and declares no encoding Broadsheet can read")


def detect_kind(text: str, name: str = "") -> Kind:
    """The kind of a source from its content (and its file name's ending)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        try:
            document = json.loads(stripped)
        except ValueError:
            document = None
        if isinstance(document, Mapping):
            if is_ans(document):
                return "ans"
            if is_wordpress(document):
                return "wordpress"
            return "body"
    if name.lower().endswith((".md", ".markdown")) or has_front_matter(stripped):
        return "markdown"
    head = stripped[:4096].lower()
    if head.startswith("<!doctype") or "<html" in head or "<head" in head or "<body" in head:
        return "page"
    return "body"


def import_article(source: Source, *, kind: Kind | None = None, base_url: str | None = None,
                   metadata: Mapping[str, Any] | None = None, language: str | None = None,
                   name: str | None = None) -> ImportResult:
    """Import one article.

    ``source`` is a path (:class:`os.PathLike`), the source's text (``str`` or ``bytes``),
    or parsed JSON (a WordPress post, an ANS story, a CMS body with metadata). ``kind`` is
    detected when not given. ``metadata`` holds article fields that override what the
    source says (e.g. ``site``); ``language`` is used when the source gives none. Raises
    :class:`ImportSourceError` for a source that cannot be read or holds no article.
    """
    document: Mapping[str, Any] | None = None
    if isinstance(source, Mapping):
        label, text, document = name or "<data>", "", source
    elif isinstance(source, os.PathLike):
        label, text = _read(source)
        label = name or label
    elif isinstance(source, bytes):
        label = name or "<data>"
        text = _decode(label, source)
    else:
        label, text = name or "<text>", source
    if kind is None:
        kind = "wordpress" if document is not None and is_wordpress(document) else \
            "ans" if document is not None and is_ans(document) else \
            "body" if document is not None else detect_kind(text, label)
    if kind not in KINDS:
        raise ImportSourceError(label, f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if kind in {"wordpress", "ans"} or (kind == "body" and text.lstrip().startswith("{")):
        document = document if document is not None else _json(label, text)
    if kind == "page":
        data, findings = import_page(label, text, base_url=base_url)
    elif kind == "markdown":
        data, findings = import_markdown(label, text, base_url=base_url)
    elif kind == "wordpress":
        assert document is not None
        data, findings = import_wordpress(label, document, base_url=base_url)
    elif kind == "ans":
        assert document is not None
        data, findings = import_ans(label, document, base_url=base_url)
    elif document is not None:
        fragment, meta = body_json(label, document)
        data, findings = import_body(label, fragment, meta, base_url=base_url)
    else:
        data, findings = import_body(label, text, None, base_url=base_url)
    if language and not data.get("language"):
        tag = language_tag(language)
        if tag is None:
            raise ImportSourceError(label, f"--language {language!r} is not a BCP 47 tag")
        data["language"] = tag
    elif not data.get("language") and not (metadata or {}).get("language") and (
            found := language_from_script(_body_text(data))):
        script, data["language"] = found
        findings.review(None, ASSUMED, f"The source names no language; its text is in "
                        f"{script} script, read as {data['language']!r}", pointer="/language")
    if base_url and not (data.get("site") or {}).get("url"):
        data["site"] = {**(data.get("site") or {}), "url": base_url}
    article = finish(label, data, metadata, findings)
    return ImportResult(article, tuple(findings.items), kind)


def _body_text(data: Mapping[str, Any]) -> str:
    body = data.get("body")
    return " ".join(inline_text(block["text"]) for block in body if isinstance(block, Mapping)
                    and isinstance(block.get("text"), str)) if isinstance(body, list) else ""


def _json(label: str, text: str) -> Mapping[str, Any]:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ImportSourceError(label, f"invalid JSON: {error}") from None
    except RecursionError:
        raise ImportSourceError(label, "invalid JSON: nested too deeply") from None
    if not isinstance(document, Mapping):
        raise ImportSourceError(label, "the JSON is not an object")
    return document
