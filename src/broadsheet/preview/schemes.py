"""Copies of a rendered page fixed to one colour scheme, for the gallery's live frame: a
frame follows the designer's system scheme, and no attribute can switch it."""

from __future__ import annotations

import base64
import hashlib
import re

_FEATURE = re.compile(r"\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)")
_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style>)", re.S)
_META = re.compile(r'(<meta name="color-scheme" content=")[^"]*(")')
#: A ``<source>`` tag's ``media`` attribute (the masthead's logo picks its dark drawing so).
_SOURCE_MEDIA = re.compile(r'(<source\b[^>]*?\smedia=")([^"]*)(")', re.I)


def _hash(css: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()


def fixed_scheme(html: str, scheme: str) -> str:
    """``html`` with its ``prefers-color-scheme`` queries answered for ``scheme`` (always or
    never true), in its style sheets and in its pictures' ``<source media>`` (the logo's dark
    drawing: left alone, the dark copy showed the light logo, dark on the dark masthead, in
    17 of 18 fixtures), its ``color-scheme`` meta set to it, and the hashes its Content
    Security Policy gives the changed style sheets updated, so the policy still lets them
    apply."""

    def answer(match: re.Match[str]) -> str:
        return "(min-width: 0px)" if match.group(1) == scheme else "(max-width: 0px)"

    hashes: dict[str, str] = {}

    def restyle(match: re.Match[str]) -> str:
        css = _FEATURE.sub(answer, match.group(2))
        hashes[_hash(match.group(2))] = _hash(css)
        return match.group(1) + css + match.group(3)

    html = _META.sub(rf"\g<1>{scheme}\g<2>", _STYLE.sub(restyle, html))
    html = _SOURCE_MEDIA.sub(
        lambda match: match.group(1) + _FEATURE.sub(answer, match.group(2)) + match.group(3), html)
    for old, new in hashes.items():
        html = html.replace(f"'{old}'", f"'{new}'").replace(f"&#39;{old}&#39;",
                                                              f"&#39;{new}&#39;")
    return html


_LAZY_IMG = re.compile(r'(<img\b[^>]*?\s)loading="lazy"')


def eager_images(html: str) -> str:
    """``html`` with its lazily loaded pictures loaded at once: in the gallery's live frame
    the page is seen zoomed out, scrolled inside a frame or at two screens tall, where a
    picture left to load when scrolled to stays a white hole. Only ``<img>`` tags change
    (text is escaped, so no ``loading="lazy"`` in it can match); embeds stay lazy."""
    return _LAZY_IMG.sub(r'\g<1>loading="eager"', html)


_MEDIA_TAG = re.compile(r"<(?:video|audio|source|track)\b[^>]*>", re.I)
_REMOTE = re.compile(r'(\s)(src|poster)="((?:https?:)?//[^"]*)"', re.I)


def offline_media(html: str) -> str:
    """``html`` with its players' sources on other hosts kept as ``data-src`` (or
    ``data-poster``), not loaded: the gallery works offline, and a video's sources and
    captions on a CDN were requested as the live frame opened (two
    ``net::ERR_NAME_NOT_RESOLVED`` errors from en-council-video-lead, issue 17, gallery
    v2). The player is drawn with its poster and controls; the screenshots are taken of
    ``page.html``, unchanged. Text is escaped, so no tag in it can match."""
    return _MEDIA_TAG.sub(lambda tag: _REMOTE.sub(r'\g<1>data-\g<2>="\g<3>"', tag.group()), html)


_ROOT_DIR = re.compile(r'(<html\b[^>]*?\sdir=")(ltr|rtl|auto)(")')


def with_direction(html: str, direction: str) -> str:
    """``html`` with its root element's ``dir`` set to ``direction`` (``ltr`` or ``rtl``):
    a block story seen mirrored. Elements inside that set their own direction keep it."""
    if _ROOT_DIR.search(html):
        return _ROOT_DIR.sub(rf"\g<1>{direction}\g<3>", html, count=1)
    return re.sub(r"<html\b", f'<html dir="{direction}"', html, count=1)


#: The live frame's one script: ``#broadsheet-show=<CSS selector>`` in the page's address
#: outlines that element and scrolls it into view ("Show it on the page"). It sets the
#: outline through the CSSOM, which the page's policy allows (it refuses style attributes).
SHOW_SCRIPT = """(() => {
  const key = "broadsheet-show=";
  let shown = null;
  function show() {
    if (shown) {
      for (const name of ["outline", "outline-offset", "box-shadow"]) {
        shown.style.removeProperty(name);
      }
      shown = null;
    }
    let wanted = "";
    try { wanted = decodeURIComponent(location.hash.slice(1)); } catch (error) { return; }
    if (!wanted.startsWith(key)) return;
    let element = null;
    try { element = document.querySelector(wanted.slice(key.length)); } catch (error) { return; }
    if (!element) return;
    shown = element;
    element.style.setProperty("outline", "4px solid #d4351c", "important");
    element.style.setProperty("outline-offset", "3px", "important");
    element.style.setProperty("box-shadow", "0 0 0 10px rgb(255 255 255 / 0.85)", "important");
    // Its own window only: scrollIntoView would scroll the gallery page around the frame too.
    const box = element.getBoundingClientRect();
    scrollTo(scrollX, Math.max(0, scrollY + box.top - Math.max(0, (innerHeight - box.height) / 2)));
  }
  addEventListener("hashchange", show);
  show();
})();"""
SHOW_PREFIX = "broadsheet-show="

#: A block story's frame script: the page shows its one block alone (every element beside
#: the block's ancestors hidden, through the CSSOM) unless the gallery around it asks for
#: the block "in its page" (a ``{"broadsheetStory": "view", "alone": false}`` message),
#: where the frame scrolls to the block. Either way it tells the gallery how tall the frame
#: must be to show the whole block (``{"broadsheetStory": "size", …}``), on load and
#: whenever the block's size changes (a picture loaded, the frame resized).
STORY_SCRIPT = """(() => {
  const block = document.querySelector(".article-body > :first-child")
    || document.querySelector(".article-header ~ :not(.article-body)");
  if (!block) return;
  const ROOM = 24, SLACK = 2 * ROOM;
  let alone = true, hidden = [], scrolled = false, told = 0;
  function size() {
    const box = block.getBoundingClientRect();
    const top = box.top + scrollY;
    const height = alone ? Math.ceil(top + box.height + ROOM) : Math.ceil(box.height + 6 * ROOM);
    if (!alone && !scrolled) { scrolled = true; scrollTo(scrollX, Math.max(0, top - 4 * ROOM)); }
    // A block sized by the viewport (an upright clip is 70svh tall, its caption wraps to
    // its width) changes with the frame's height: growing is told, a small shrink is not,
    // or the frame and the block would chase each other for ever.
    const small = told && height < told && told - height <= SLACK;
    if (parent === window || height === told || small) return;
    told = height;
    parent.postMessage({ broadsheetStory: "size", alone: alone, height: height }, "*");
  }
  function apply() {
    for (const element of hidden.splice(0)) element.style.removeProperty("display");
    if (alone) {
      for (let element = block; element.parentElement && element !== document.body;
           element = element.parentElement) {
        for (const other of element.parentElement.children) {
          if (other === element || other.tagName === "SCRIPT") continue;
          other.style.setProperty("display", "none", "important");
          hidden.push(other);
        }
      }
      scrollTo(0, 0);
    }
    scrolled = false;
    told = 0;
    size();
  }
  addEventListener("message", (event) => {
    if (event.source !== parent || !event.data || event.data.broadsheetStory !== "view") return;
    alone = event.data.alone !== false;
    apply();
  });
  new ResizeObserver(() => size()).observe(block);
  addEventListener("resize", () => size());
  addEventListener("load", () => size());
  apply();
})();"""
#: The policy's script sources (quoted as ``'…'`` or, in the meta tag, ``&#39;…&#39;``).
_SCRIPT_SRC = re.compile(r"(script-src )((?:&#39;|[^;\"])*)")


def with_show_script(html: str) -> str:
    """``html`` with :data:`SHOW_SCRIPT` before ``</body>`` and its hash allowed by the
    page's Content Security Policy (in place of ``'none'``, or beside the hashes it has)."""
    return with_script(html, SHOW_SCRIPT)


def with_story_script(html: str) -> str:
    """``html`` with :data:`STORY_SCRIPT` (a block story's frame: the block alone)."""
    return with_script(html, STORY_SCRIPT)


def with_script(html: str, code: str) -> str:
    """``html`` with the script ``code`` before ``</body>`` and its hash allowed by the
    page's Content Security Policy (in place of ``'none'``, or beside the hashes it has)."""
    digest = _hash(code)

    def allow(match: re.Match[str]) -> str:
        sources = match.group(2)
        quote = "&#39;" if "&#39;" in sources else "'"
        token = f"{quote}{digest}{quote}"
        if sources.strip() in {"'none'", "&#39;none&#39;"}:
            return match.group(1) + token
        return f"{match.group(1)}{sources.rstrip()} {token}"

    html = _SCRIPT_SRC.sub(allow, html, count=1)
    at = html.rfind("</body>")
    script = f"<script>{code}</script>\n"
    return html[:at] + script + html[at:] if at >= 0 else html + script
