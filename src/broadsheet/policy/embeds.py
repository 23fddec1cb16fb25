"""Embeds from a post's URL: the address an editor copies from a platform, turned into the
platform's embed URL, which then passes the embed allowlist like any other."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from broadsheet.policy.urls import safe_url

_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_DIGITS = re.compile(r"\d{1,25}")
_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")


def _segments(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


def _twitter(host: str, path: str, query: str) -> str | None:
    # x.com/<user>/status/<id>, twitter.com/<user>/status/<id>[/photo/1]
    parts = _segments(path)
    if len(parts) >= 3 and parts[1] == "status" and _DIGITS.fullmatch(parts[2]):
        return f"https://platform.twitter.com/embed/Tweet.html?id={parts[2]}"
    return None


def _youtube(host: str, path: str, query: str) -> str | None:
    parts = _segments(path)
    if host == "youtu.be":
        video = parts[0] if parts else ""
    elif parts[:1] == ["watch"]:
        video = (parse_qs(query).get("v") or [""])[0]
    elif len(parts) >= 2 and parts[0] in {"shorts", "live", "embed"}:
        video = parts[1]
    else:
        return None
    return f"https://www.youtube-nocookie.com/embed/{video}" if _YOUTUBE_ID.fullmatch(
        video) else None


def _vimeo(host: str, path: str, query: str) -> str | None:
    parts = _segments(path)
    video = parts[-1] if parts else ""
    return f"https://player.vimeo.com/video/{video}" if _DIGITS.fullmatch(video) else None


def _dailymotion(host: str, path: str, query: str) -> str | None:
    parts = _segments(path)
    if len(parts) == 2 and parts[0] == "video" and _ID.fullmatch(parts[1]):
        return f"https://www.dailymotion.com/embed/video/{parts[1]}"
    return None


def _instagram(host: str, path: str, query: str) -> str | None:
    parts = _segments(path)
    if len(parts) >= 2 and parts[0] in {"p", "reel", "tv"} and _ID.fullmatch(parts[1]):
        return f"https://www.instagram.com/{parts[0]}/{parts[1]}/embed"
    return None


def _tiktok(host: str, path: str, query: str) -> str | None:
    parts = _segments(path)  # /@user/video/<id>
    if len(parts) == 3 and parts[0].startswith("@") and parts[1] == "video" and \
            _DIGITS.fullmatch(parts[2]):
        return f"https://www.tiktok.com/embed/v2/{parts[2]}"
    return None


def _spotify(host: str, path: str, query: str) -> str | None:
    parts = _segments(path)
    kinds = {"track", "album", "playlist", "episode", "show", "artist"}
    if len(parts) == 2 and parts[0] in kinds and _ID.fullmatch(parts[1]):
        return f"https://open.spotify.com/embed/{parts[0]}/{parts[1]}"
    return None


#: The platforms whose post URLs are understood, by host.
POST_HOSTS: dict[str, Callable[[str, str, str], str | None]] = {
    "x.com": _twitter, "www.x.com": _twitter, "twitter.com": _twitter,
    "www.twitter.com": _twitter, "mobile.twitter.com": _twitter,
    "www.youtube.com": _youtube, "youtube.com": _youtube, "m.youtube.com": _youtube,
    "youtu.be": _youtube,
    "vimeo.com": _vimeo, "www.vimeo.com": _vimeo,
    "www.dailymotion.com": _dailymotion, "dailymotion.com": _dailymotion,
    "www.instagram.com": _instagram, "instagram.com": _instagram,
    "www.tiktok.com": _tiktok, "tiktok.com": _tiktok,
    "open.spotify.com": _spotify,
}


def embed_url_for_post(url: str) -> str | None:
    """The embed URL of a post's URL on a known platform, or ``None`` (not a post URL we
    know: the URL is used as given). Only ``https`` URLs without user info or a port."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() != "https" or port is not None or "@" in parts.netloc:
        return None
    convert = POST_HOSTS.get(host)
    return convert(host, parts.path, parts.query) if convert else None


def _embedded_page(host: str, parts: list[str], query: dict[str, list[str]]) -> str | None:
    """The platform's page for an embed URL's host, path segments and query, if known."""
    if host == "platform.twitter.com" and parts == ["embed", "Tweet.html"]:
        tweet = (query.get("id") or [""])[0]
        return f"https://x.com/i/status/{tweet}" if _DIGITS.fullmatch(tweet) else None
    if host in {"www.youtube-nocookie.com", "www.youtube.com"} and len(parts) == 2 \
            and parts[0] == "embed" and _YOUTUBE_ID.fullmatch(parts[1]):
        return f"https://www.youtube.com/watch?v={parts[1]}"
    if host == "player.vimeo.com" and len(parts) == 2 and parts[0] == "video" \
            and _DIGITS.fullmatch(parts[1]):
        return f"https://vimeo.com/{parts[1]}"
    if host == "embed.bsky.app" and len(parts) == 4 and parts[0] == "embed" \
            and parts[2] == "app.bsky.feed.post" and _DID.fullmatch(parts[1]) \
            and _ID.fullmatch(parts[3]):
        return f"https://bsky.app/profile/{parts[1]}/post/{parts[3]}"
    if host == "www.openstreetmap.org" and parts == ["export", "embed.html"]:
        box = (query.get("bbox") or [""])[0].split(",")
        if len(box) == 4 and all(_NUMBER.fullmatch(edge) for edge in box):
            return ("https://www.openstreetmap.org/?minlon={}&minlat={}&maxlon={}&maxlat={}"
                    .format(*box))
    return None


_DID = re.compile(r"did:[a-z]{1,16}:[A-Za-z0-9._:-]{1,128}")
_NUMBER = re.compile(r"-?\d{1,3}(\.\d{1,12})?")


def original_url(given: str, framed: str) -> str:
    """Where a card's "Open the original" goes: the post's own URL when the article gave it
    (a post URL on a known platform, framed through its embed), else the page a known
    embed URL shows on its platform, else the framed URL itself."""
    if embed_url_for_post(given) is not None:
        return safe_url(given) or framed
    parts = urlsplit(framed)
    page = _embedded_page((parts.hostname or "").lower(), _segments(parts.path),
                          parse_qs(parts.query))
    return page or framed
