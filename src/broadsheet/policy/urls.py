"""URL policy: normalise, then allow by scheme. Article data is untrusted."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

#: Schemes a link may use.
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: Schemes a resource (image, media, track, poster) may be loaded from.
RESOURCE_SCHEMES = frozenset({"http", "https"})
#: Schemes an embedded frame may load.
FRAME_SCHEMES = frozenset({"https"})

_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


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
    if url.startswith("//"):
        return url if "https" in schemes else None
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
