"""The Content-Security-Policy of a rendered page: no script runs, only what the page loads.

A page inlines one stylesheet (allowed by its SHA-256 hash, never ``'unsafe-inline'``) and one
JSON-LD ``<script type="application/ld+json">`` data block, which browsers never execute, so
``script-src 'none'`` costs it nothing. Modes:

``"strict"`` (default)
    ``script-src 'none'`` (a live blog rendered with ``live_updates=True`` allows its one
    update script by hash, and ``connect-src 'self'`` for the page it fetches); images and
    media from the page's own origin and ``https:`` (and
    ``http:`` when the article uses it), fonts from the page's own origin (Broadsheet's
    fonts, served beside the page), frames from the origins of the embeds actually
    rendered, the search form's target, nothing else.
``"relaxed"``
    for stacks that add their own scripts and styles: ``script-src``, ``style-src``,
    ``connect-src``, ``font-src`` also allow ``'self'`` and ``https:``. Inline script is
    still refused, so injected markup cannot run.
``None``
    no policy: the host stack sends its own.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

CspMode = Literal["strict", "relaxed"]
CSP_MODES: tuple[str, ...] = ("strict", "relaxed")


@lru_cache(maxsize=64)
def source_hash(text: str) -> str:
    """The CSP source expression (``'sha256-…'``) allowing an inline element with this text
    (cached: a page's stylesheet is the same on every page)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


_HOST = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")


def _origin(url: str) -> str:
    """``scheme://host[:port]`` of an absolute URL, ``'self'`` for a relative one, and
    ``'none'`` for anything that is not a plain host name, so no URL can add a directive."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "'none'"
    if not parts.scheme and not parts.netloc:
        return "'self'"
    host = parts.hostname or ""
    scheme = parts.scheme.lower()
    if scheme not in {"", "http", "https"} or not _HOST.fullmatch(host):
        return "'none'"
    return f"{f'{scheme}://' if scheme else ''}{host}{f':{port}' if port else ''}"


def content_security_policy(
    mode: CspMode,
    *,
    styles: Iterable[str],
    frames: Iterable[str] = (),
    resources: Iterable[str] = (),
    form_action: str | None = None,
    scripts: Iterable[str] = (),
    linked_styles: Iterable[str] = (),
    fetches: bool | None = None,
) -> str:
    """The policy for one page.

    ``styles`` are the texts of its inline ``<style>`` elements, ``linked_styles`` the URLs
    of the stylesheets it links, ``frames`` the embed URLs it
    frames, ``resources`` the image and media URLs it loads, ``form_action`` its search form's
    target, ``scripts`` the texts of its inline scripts (a live blog's update script, which
    also fetches the page from its own origin: ``connect-src 'self'``; the media script, a
    video's play button, fetches nothing: ``fetches=False``; by default a page with a script
    fetches).
    """
    if mode not in CSP_MODES:
        raise ValueError(f"unknown CSP mode {mode!r}; use one of {', '.join(CSP_MODES)} or None")
    relaxed = mode == "relaxed"
    loads = ["'self'", "https:"]
    if any(urlsplit(url).scheme.lower() == "http" for url in resources):
        loads.append("http:")
    style_sources = [source_hash(text) for text in dict.fromkeys(styles)]
    script_sources = [source_hash(text) for text in dict.fromkeys(scripts)]
    style_sources += [_origin(url) for url in linked_styles]
    frame_sources = list(dict.fromkeys(_origin(url) for url in frames))
    directives: dict[str, list[str]] = {
        "default-src": ["'self'", "https:"] if relaxed else ["'none'"],
        "script-src": (["'self'", "https:"] if relaxed else []) + script_sources,
        "style-src": list(dict.fromkeys((["'self'", "https:"] if relaxed else [])
                                        + style_sources)),
        "img-src": loads,
        "media-src": loads,
        "font-src": ["'self'", "https:"] if relaxed else ["'self'"],
        "frame-src": frame_sources or ["'none'"],
        "form-action": [_origin(form_action)] if form_action is not None else ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
    if relaxed:
        directives["connect-src"] = ["'self'", "https:"]
    elif script_sources if fetches is None else fetches:
        directives["connect-src"] = ["'self'"]
    none = ["'none'"]
    return "; ".join(f"{name} {' '.join(sources or none)}" for name, sources in directives.items())


def fragment_sources(*, frames: Iterable[str] = (), resources: Iterable[str] = (),
                     scripts: Iterable[str] = (),
                     fetches: bool | None = None) -> dict[str, list[str]]:
    """What a host page's policy must allow for a fragment: the origins of the images and
    media it loads (``img-src``, ``media-src``) and of the embeds it frames (``frame-src``).
    Directives with nothing to allow are left out; the fragment runs no script unless it
    is a live blog rendered with ``live_updates=True`` (its script's hash in ``script-src``,
    and ``connect-src 'self'``)."""
    origins = list(dict.fromkeys(_origin(url) for url in resources))
    hashes = [source_hash(text) for text in dict.fromkeys(scripts)]
    directives = {"img-src": origins, "media-src": origins,
                  "frame-src": list(dict.fromkeys(_origin(url) for url in frames)),
                  "script-src": hashes,
                  "connect-src": ["'self'"] if (hashes if fetches is None else fetches) else []}
    return {name: sources for name, sources in directives.items() if sources}


def fragment_policy(sources: dict[str, list[str]]) -> str:
    """:func:`fragment_sources` in policy syntax, to merge into a host page's own policy."""
    return "; ".join(f"{name} {' '.join(values)}" for name, values in sources.items())
