"""What every importer shares: dates, ids, languages, and the article put together and
validated against the schema."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from broadsheet.errors import ArticleError, BroadsheetError
from broadsheet.importers.findings import ASSUMED, SourceFindings
from broadsheet.schema import validate

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y",
                 "%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y%m%dT%H%M%S",
                 "%A, %B %d, %Y, %I:%M %p")


class ImportSourceError(BroadsheetError, ValueError):
    """A source cannot be imported: unreadable, or it holds no article."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        super().__init__(f"{source}: {message}")


def parse_date(value: Any, findings: SourceFindings, what: str, pointer: str | None = None
               ) -> str | None:
    """``value`` as an RFC 3339 date-time with an offset, or None when it is not a date.

    A date without a time or a time without an offset is read as UTC and reported, since
    the source did not say."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        for pattern in _DATE_FORMATS:
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
    if moment is None:
        findings.review(None, ASSUMED, f"The {what} {text[:40]!r} is not a date Broadsheet "
                        "reads; it is left out", pointer=pointer)
        return None
    if moment.tzinfo is None:
        findings.review(None, ASSUMED, f"The {what} {text[:40]!r} has no time zone; read as "
                        "UTC", pointer=pointer)
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def language_tag(value: Any) -> str | None:
    """A BCP 47 tag from ``en``, ``en_GB``, ``en-gb`` and the like, or None."""
    if not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-").split(",")[0].strip()
    if not _LANGUAGE.match(tag):
        return None
    head, *rest = tag.split("-")
    return "-".join([head.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])


#: Scripts that each belong to one language (for news), and that language.
_SCRIPTS = (
    ("Thai", "th", re.compile(r"[\u0e00-\u0e7f]")),
    ("Myanmar", "my", re.compile(r"[\u1000-\u109f]")),
    ("Khmer", "km", re.compile(r"[\u1780-\u17ff]")),
    ("Lao", "lo", re.compile(r"[\u0e80-\u0eff]")),
    ("Georgian", "ka", re.compile(r"[\u10a0-\u10ff]")),
    ("Armenian", "hy", re.compile(r"[\u0530-\u058f]")),
    ("Greek", "el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("Hangul", "ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("Han", "zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_LETTER = re.compile(r"[^\W\d_]")


def language_from_script(text: str) -> tuple[str, str] | None:
    """``(script, language)`` when most of ``text``'s letters are in a script that one
    language writes (Thai, Hangul, Han without kana …), else None: Latin, Cyrillic or Arabic
    letters say nothing certain about the language."""
    letters = len(_LETTER.findall(text))
    if letters < 50:
        return None
    for script, language, pattern in _SCRIPTS:
        share = len(pattern.findall(text)) / letters
        if script == "Han" and len(_KANA.findall(text)) > 0.05 * letters:
            return ("Japanese kana and kanji", "ja") if share + len(
                _KANA.findall(text)) / letters >= 0.6 else None
        if share >= 0.6:
            return script, language
    return None


def make_id(*candidates: Any) -> str | None:
    """An article id from the first usable candidate (a slug, a URL's last segment, an id)."""
    for candidate in candidates:
        if not isinstance(candidate, str | int) or isinstance(candidate, bool):
            continue
        text = str(candidate)
        if "/" in text:
            path = urlsplit(text).path.rstrip("/")
            text = path.rsplit("/", 1)[-1]
            text = re.sub(r"\.(html?|php|aspx?)$", "", text)
        slug = _ID_UNSAFE.sub("-", text).strip("-.")[:128]
        if slug:
            return slug
    return None


def site_url(*urls: str | None) -> str | None:
    """The origin (``https://host/``) of the first absolute URL."""
    for url in urls:
        if isinstance(url, str) and url:
            parts = urlsplit(url)
            if parts.scheme in {"http", "https"} and parts.netloc:
                return f"{parts.scheme}://{parts.netloc}/"
    return None


def text_to_inline(text: str) -> str:
    """Plain text as inline HTML."""
    return html.escape(" ".join(text.split()), quote=False)


#: Fields the schema requires that an import may not find, and what to do about each.
_REQUIRED = (
    ("headline", "no headline (no h1, og:title, JSON-LD headline or title)"),
    ("language", "no language (no lang attribute or language field); give one with --language"),
    ("published", "no publication date (no datePublished, article:published_time or a "
                  "<time>); give one with --meta"),
    ("site", "no site name or URL; give --base-url or a site with --meta"),
    ("id", "no id; give one with --meta"),
)


def finish(source: str, data: dict[str, Any], overrides: Mapping[str, Any] | None,
           findings: SourceFindings) -> dict[str, Any]:
    """The article: ``overrides`` (metadata the caller gave) applied, gaps reported as clear
    errors naming the source, empty fields dropped, validated against the schema."""
    article: dict[str, Any] = {"format": "broadsheet.article/1"}
    article.update({key: value for key, value in data.items() if value or value is False})
    for key, value in (overrides or {}).items():
        if isinstance(value, Mapping) and isinstance(article.get(key), Mapping):
            article[key] = {**article[key], **value}
        elif key in {"published", "updated"} and isinstance(value, str):
            article[key] = parse_date(value, findings, f"{key} date", f"/{key}") or value
        else:
            article[key] = value
    site = article.get("site") or {}
    if not isinstance(site, Mapping):
        site = {}  # not an object: validation below says so
    if "url" not in site and (origin := site_url(article.get("canonical_url"))):
        site = {**site, "url": origin}
    if "name" not in site and isinstance(site.get("url"), str):
        host = urlsplit(site["url"]).hostname
        if host:
            findings.review(None, ASSUMED, f"The source names no site; the site is named "
                            f"after its host {host!r}", pointer="/site/name")
            site = {**site, "name": host}
    if site and isinstance(article.get("site", {}), Mapping):
        article["site"] = site
    for name, message in _REQUIRED:
        if name not in article:
            raise ImportSourceError(source, message)
    article.setdefault("body", [])
    try:
        validate(article, source=source)
    except ArticleError as error:
        problems = "; ".join(str(problem) for problem in error.problems[:5])
        raise ImportSourceError(source, f"the imported article is not valid: {problems}") \
            from None
    return article

