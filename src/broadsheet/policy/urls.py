"""URL policy: normalise, then allow by scheme. Article data is untrusted."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

#: Schemes a link may use.
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: Schemes a resource (image, media, track, poster) may be loaded from.
RESOURCE_SCHEMES = frozenset({"http", "https"})
#: Schemes an embedded frame may load.
FRAME_SCHEMES = frozenset({"https"})

#: Hosts (optionally with a path prefix) whose pages may be embedded in an ``iframe`` by
#: default: common providers of news embeds. ``render(embed_hosts=...)`` replaces the list.
DEFAULT_EMBED_HOSTS: tuple[str, ...] = (
    "www.youtube-nocookie.com/embed/",
    "www.youtube.com/embed/",
    "player.vimeo.com/video/",
    "www.dailymotion.com/embed/",
    "platform.twitter.com/embed/",
    "embed.bsky.app/embed/",
    "www.instagram.com",
    "www.facebook.com/plugins/",
    "www.tiktok.com/embed/",
    "www.openstreetmap.org/export/embed.html",
    "www.google.com/maps/embed",
    "datawrapper.dwcdn.net",
    "flo.uri.sh",
    "e.infogram.com",
    "w.soundcloud.com/player/",
    "open.spotify.com/embed/",
    "embed.podcasts.apple.com",
    "bandcamp.com/EmbeddedPlayer/",
    "embed.documentcloud.org",
    "cdn.knightlab.com/libs/timeline3/",
)

_INVISIBLE = re.compile(
    r"[\x00-\x20\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)

#: How a network-path reference (``//host/path``) begins, as browsers read it.
_NETWORK_PATH = frozenset({"//", "/\\", "\\/", "\\\\"})


def normalise_url(value: str) -> str:
    """Decode entities and drop whitespace and control characters that hide a scheme."""
    return _INVISIBLE.sub("", html.unescape(value))


def safe_url(value: str | None, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """The normalised URL when its scheme is allowed (or it is relative), else ``None``."""
    if value is None:
        return None
    url = normalise_url(value)
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme:
        return url if scheme in schemes else None
    if url[:2] in _NETWORK_PATH:
        # Browsers read ``\`` as ``/``: ``/\host`` loads from ``host`` while urlsplit sees a
        # path, and ``//a\@b`` from ``a`` where urlsplit sees ``b``. Only the plain
        # ``//host`` spelling with no backslash is allowed, where https is.
        plain = "\\" not in url
        return url if plain and "https" in schemes else None
    # A relative reference must not smuggle a scheme through a colon before any slash.
    first = url.split("/", 1)[0]
    return None if ":" in first else url


def safe_srcset(value: str | None) -> str | None:
    """A ``srcset`` whose every candidate URL is a safe resource URL, else ``None``."""
    if value is None:
        return None
    candidates = []
    for candidate in value.split(","):
        parts = candidate.strip().split()
        if not parts:
            continue
        url = safe_url(parts[0], RESOURCE_SCHEMES)
        if url is None or any(not re.fullmatch(r"\d+(\.\d+)?[wx]", d) for d in parts[1:]):
            return None
        candidates.append(" ".join([url, *parts[1:]]))
    return ", ".join(candidates) or None


_DOT_SEGMENT = re.compile(r"(^|/)(\.|%2e){1,2}(/|$)", re.IGNORECASE)


def _host_rule(entry: str) -> tuple[str, str]:
    host, _, path = entry.strip().lower().partition("/")
    return host.rstrip("."), f"/{path}" if path else ""


def embed_url(value: str | None, hosts: Iterable[str] = DEFAULT_EMBED_HOSTS) -> str | None:
    """The normalised ``https`` URL of an embed whose host (and path prefix, when the entry
    has one) is in ``hosts``, else ``None``. User info, ports and backslashes are refused:
    browsers and :func:`urllib.parse.urlsplit` disagree about where such hosts end."""
    url = safe_url(value, FRAME_SCHEMES)
    if url is None or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or "@" in parts.netloc or port is not None:
        return None
    host = (parts.hostname or "").rstrip(".")
    path = parts.path or "/"
    if _DOT_SEGMENT.search(path):
        return None  # "/embed/../page" leaves the allowed prefix once a browser resolves it
    for entry in hosts:
        allowed_host, prefix = _host_rule(entry)
        if host == allowed_host and (not prefix or path.lower().startswith(prefix)):
            return url
    return None


#: What every embed may do: run its player, open links in a new tab, go full screen.
_SANDBOX = "allow-scripts allow-popups allow-presentation"


def embed_sandbox(embed: str, pages: Iterable[str | None]) -> str:
    """The ``sandbox`` of an embed's frame on a page whose addresses (canonical and site URL)
    are ``pages``.

    Players (YouTube, Vimeo, maps) need their own origin's storage, so a frame from another
    origin than the page's also gets ``allow-same-origin``: it keeps its own origin, which can
    never reach the page. A frame that may share the page's origin (the page's own host, or
    any frame when the page's address is unknown or relative) never gets it, because beside
    ``allow-scripts`` it would let the frame lift its own sandbox.
    """
    try:
        embed_host = (urlsplit(embed).hostname or "").rstrip(".")
        page_parts = [urlsplit(page) for page in pages if page]
    except ValueError:
        return _SANDBOX
    page_hosts = {(parts.hostname or "").rstrip(".") for parts in page_parts
                  if parts.scheme.lower() in {"http", "https"}}
    if not page_hosts or "" in page_hosts or embed_host in page_hosts:
        return _SANDBOX
    return f"{_SANDBOX} allow-same-origin"
