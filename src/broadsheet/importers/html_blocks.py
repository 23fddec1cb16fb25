"""HTML (a page's article, a CMS body, rendered Markdown) to Broadsheet blocks.

One walk over the element tree: block elements become blocks, runs of inline content become
paragraphs, inline markup is kept where the article format allows it (links, emphasis,
``lang``/``dir`` spans) and everything else is unwrapped to its text. Boilerplate (navigation,
share bars, newsletter boxes, "read more" lists, ads, cookie notices, screen-reader-only labels
written for the source's own layout) is left out. The source's accessibility problems become
findings naming their place; alt text is kept only where the render policy would use it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import html as lxml_html

from broadsheet.checks import aria, dom
from broadsheet.findings import Impact
from broadsheet.importers.findings import DROPPED, SourceFindings
from broadsheet.policy.alt import MAX_ALT_LENGTH, repeats_caption, unusable_reason
from broadsheet.policy.licences import Licence
from broadsheet.policy.link_text import is_generic_link_text
from broadsheet.policy.urls import embed_url

Block = dict[str, Any]

_INLINE_KEEP: dict[str, tuple[str, ...]] = {
    "em": (), "strong": (), "i": (), "b": (), "q": ("cite",), "cite": (), "abbr": ("title",),
    "code": (), "sub": (), "sup": (), "mark": (), "s": (), "small": (), "bdi": (),
    "time": ("datetime",),
}
_INLINE = {*_INLINE_KEEP, "a", "span", "br", "u", "font", "del", "ins", "dfn", "kbd", "samp",
           "var", "label", "wbr", "data", "img", "picture", "source", "svg", "button", "nobr"}
_DROP_WHOLE = {"script", "style", "noscript", "template", "svg", "button", "form", "input",
               "select", "textarea", "nav", "head", "title", "meta", "link", "object", "canvas",
               "dialog", "map", "math"}
#: Elements with nothing to show, which never break a paragraph.
_INVISIBLE = {"script", "style", "noscript", "template", "meta", "link"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog",
               "alertdialog", "menu", "menubar", "toolbar", "tablist", "button"}
#: Class and id words of boilerplate (compared word by word: ``share-tools`` has ``share``).
_BOILERPLATE_WORDS = {
    "share", "sharing", "sharebar", "social", "newsletter", "newsletters", "signup", "subscribe",
    "subscription", "related", "recommended", "recommendations", "readmore", "promo",
    "promotion", "advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored",
    "cookie", "cookies", "consent", "gdpr", "comments", "comment", "breadcrumb", "breadcrumbs",
    "nav", "navigation", "menu", "footer", "byline", "bylines", "author", "dateline",
    "timestamp", "tags", "toolbar", "popup", "modal", "outbrain", "taboola",
    "trending", "mostread", "skip", "sr", "vh", "screenreader", "visuallyhidden",
    "offscreen", "widget", "sidebar", "login", "donate", "banner", "masthead", "pagination",
    "teaser", "teasers",
}
_SR_ONLY = re.compile(r"(^|\s)(sr-only|visually-hidden|screen-reader-text|gs-u-vh|u-h|"
                      r"visuallyhidden|element-invisible|a11y-only|offscreen)(\s|$)")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|attribution",
                           re.IGNORECASE)
_CREDIT_TEXT = re.compile(
    r"\s*(?:(?:photograph|photo|picture|image|credit|illustration|video|фото|фотография|"
    r"источник|фота|крыніца)s?\s*(?:by|:)|©|\(c\)|copyright)\s*(?P<credit>[^.]+?)\.?\s*$",
    re.IGNORECASE)
#: A caption's last words naming a photographer and agency ("… California.David McNew—Getty
#: Images", "… (AP Photo/Jae C. Hong)"): the credit, though the page did not mark it.
_AGENCY_CREDIT = re.compile(
    r"(?:(?<=[.!?\u201d])\s*(?P<credit>[^.!?()]{0,60}?\b(?:Getty Images|AFP|Reuters|"
    r"AP Photo|Associated Press|EPA|Shutterstock|Bloomberg|Alamy|NurPhoto|Sipa|Redux|"
    r"Zuma(?: Press)?|Xinhua|Anadolu|Pool)(?:\s*(?:via|/|for)\s*[^.!?()]{1,40})?)|"
    r"\s*\((?P<wire>(?:AP|AFP|Reuters|EPA)(?: Photo)?\s*/[^()]{1,60})\))\s*$")
_SPACE = re.compile(r"\s+")
_ONLY_TIME = re.compile(r"<time[^>]*>[^<]*</time>")

#: Embed hosts Broadsheet knows by name, for the embed block's ``provider``.
PROVIDERS = {
    "youtube.com": "YouTube", "youtube-nocookie.com": "YouTube", "youtu.be": "YouTube",
    "vimeo.com": "Vimeo", "twitter.com": "X", "x.com": "X", "instagram.com": "Instagram",
    "google.com": "Google Maps", "openstreetmap.org": "OpenStreetMap",
    "dailymotion.com": "Dailymotion", "facebook.com": "Facebook", "tiktok.com": "TikTok",
    "soundcloud.com": "SoundCloud", "spotify.com": "Spotify", "datawrapper.dwcdn.net":
    "Datawrapper", "flo.uri.sh": "Flourish", "infogram.com": "Infogram",
    "bsky.app": "Bluesky", "documentcloud.org": "DocumentCloud",
}


def provider_of(url: str) -> str:
    """The provider's name for an embed URL (its host when not a known one)."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for known, name in PROVIDERS.items():
        if host == known or host.endswith("." + known):
            return name
    return host or "embed"


def embed_for(url: str) -> str | None:
    """The embeddable URL for a page or player URL (YouTube, Vimeo, X, Instagram, maps …),
    or None when Broadsheet would not frame it."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    path = parts.path
    candidate: str | None = url.strip()
    if host in {"youtube.com", "youtube-nocookie.com"} and path == "/watch":
        video = parse_qs(parts.query).get("v", [""])[0]
        candidate = f"https://www.youtube-nocookie.com/embed/{video}" if video else None
    elif host == "youtu.be" and path.strip("/"):
        candidate = f"https://www.youtube-nocookie.com/embed/{path.strip('/')}"
    elif host in {"youtube.com", "youtube-nocookie.com"} and path.startswith("/embed/"):
        candidate = f"https://www.{host}{path}"
    elif host == "vimeo.com" and path.strip("/").isdigit():
        candidate = f"https://player.vimeo.com/video/{path.strip('/')}"
    elif host in {"twitter.com", "x.com"} and (match := re.search(r"/status(?:es)?/(\d+)", path)):
        candidate = f"https://platform.twitter.com/embed/Tweet.html?id={match.group(1)}"
    elif host == "instagram.com" and (match := re.match(r"/(p|reel)/([\w-]+)", path)):
        candidate = f"https://www.instagram.com/{match.group(1)}/{match.group(2)}/embed"
    if candidate and candidate.startswith("//"):
        candidate = "https:" + candidate
    return embed_url(candidate) if candidate else None


def collapse(text: str) -> str:
    """``text`` with runs of white space as one space, trimmed, and without byte order marks
    (U+FEFF: an editor's leftover, invisible, which would make a paragraph of nothing)."""
    return _SPACE.sub(" ", text.replace("\ufeff", "")).strip()


def inline_text(markup: str) -> str:
    """The text a reader sees in inline HTML, whitespace collapsed."""
    if "<" not in markup and "&" not in markup:
        return collapse(markup)
    return collapse(str(parse_fragment(markup).text_content()))


def words_of(element: lxml_html.HtmlElement) -> set[str]:
    value = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return {word for word in _WORD_SPLIT.split(value) if word}


def is_boilerplate(element: lxml_html.HtmlElement, *, class_words: bool = True) -> bool:
    """Navigation, share bars, ads, hidden and screen-reader-only text and the like.

    ``class_words=False`` judges by element, role and visibility alone, not by the words of
    the class and id (for a wrapper that holds the article, whatever its class says)."""
    if not isinstance(element.tag, str):
        return True
    if element.tag in _DROP_WHOLE or element.tag in {"aside", "footer", "header"}:
        return True
    if element.get("hidden") is not None or aria.is_true(element, "aria-hidden"):
        return True
    if dom.explicit_role(element) in _DROP_ROLES:
        return True
    if _SR_ONLY.search(element.get("class", "")):
        return True
    style = element.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return class_words and bool(words_of(element) & _BOILERPLATE_WORDS)


def _text(element: lxml_html.HtmlElement) -> str:
    return collapse(element.text_content())


def _section_title(table: lxml_html.HtmlElement) -> str:
    """The heading a table's own box gives it (a chart or data box titled just above it):
    the element right before the table, in a parent holding little else."""
    parent = table.getparent()
    if parent is None or sum(1 for e in parent if isinstance(e.tag, str)) > 3:
        return ""
    sibling = next((e for e in table.itersiblings(preceding=True) if isinstance(e.tag, str)),
                   None)
    if sibling is None:
        return ""
    heading = sibling if re.fullmatch(r"h[2-6]", sibling.tag) else next(
        sibling.iter("h2", "h3", "h4", "h5", "h6"), None)
    return _text(heading) if heading is not None else ""


def _layout_table(table: lxml_html.HtmlElement) -> bool:
    """Whether a table only lays out one column of content (a promo box, a boxed link): no
    header cell and no row with two cells that hold anything."""
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in {"td", "th"}]
        if any(cell.tag == "th" for cell in cells) or sum(
                1 for cell in cells if _text(cell) or len(cell)) > 1:
            return False
    return True


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    match = re.fullmatch(r"\s*(\d{1,6})(?:px)?\s*", value)
    number = int(match.group(1)) if match else 0
    return number if 0 < number <= 100000 else None


class Mapper:
    """Maps one HTML tree to blocks, collecting findings about the source."""

    def __init__(self, findings: SourceFindings, *, base_url: str | None = None,
                 headline: str | None = None, keep_boilerplate: bool = False) -> None:
        self.findings = findings
        self.base_url = base_url
        self.headline = collapse(headline or "")
        self.keep_boilerplate = keep_boilerplate
        self._last_level = 1

    # -- URLs and inline markup -------------------------------------------------------

    def url(self, value: str | None) -> str | None:
        """``value`` made absolute against the base URL; None when empty or a script."""
        value = (value or "").strip()
        if not value or value.lower().startswith(("javascript:", "data:", "vbscript:")):
            return None
        return urljoin(self.base_url, value) if self.base_url else value

    def skip(self, element: lxml_html.HtmlElement) -> bool:
        if not isinstance(element.tag, str):
            return True
        if element.tag in _DROP_WHOLE:
            return True
        return not self.keep_boilerplate and is_boilerplate(element)

    def inline(self, element: lxml_html.HtmlElement, *, children_only: bool = True) -> str:
        """The inline HTML of ``element``'s content, reduced to what the format allows."""
        parts: list[str] = []
        if children_only:
            parts.append(html.escape(element.text or "", quote=False))
            for child in element:
                parts.append(self._inline_node(child))
                parts.append(html.escape(child.tail or "", quote=False))
        else:
            parts.append(self._inline_node(element))
        return _SPACE.sub(" ", "".join(parts)).strip()

    def _inline_node(self, element: lxml_html.HtmlElement) -> str:
        if not isinstance(element.tag, str) or (self.skip(element) and element.tag != "span"):
            return ""
        if element.tag == "span" and not self.keep_boilerplate and is_boilerplate(element):
            return ""
        tag = element.tag
        if tag == "br":
            return "<br>"
        if tag in {"img", "picture", "source", "wbr"}:
            return ""
        inner = self.inline(element)
        if tag == "a":
            return self._link(element, inner)
        attributes = ""
        if tag in _INLINE_KEEP:
            for name in _INLINE_KEEP[tag]:
                if (value := element.get(name)) is not None:
                    attributes += f' {name}="{html.escape(value)}"'
        elif tag in {"span", "bdi"} or element.get("lang") or element.get("dir"):
            tag = "span"
        else:
            return inner
        for name in ("lang", "dir"):
            if (value := element.get(name)) and (name == "lang" or value in {"ltr", "rtl"}):
                attributes += f' {name}="{html.escape(value)}"'
        if tag == "span" and not attributes:
            return inner
        if not inner and tag not in {"abbr"}:
            return ""
        return f"<{tag}{attributes}>{inner}</{tag}>"

    def _link(self, element: lxml_html.HtmlElement, inner: str) -> str:
        href = self.url(element.get("href"))
        text = inline_text(inner) if inner else ""
        if not text:
            labelled = element.get("aria-label") or element.get("title")
            names = [img.get("alt", "") for img in element.iter("img")]
            if not (labelled or any(n.strip() for n in names)):
                self.findings.at(element, "link-name",
                                 "The link has no text, so it has no accessible name; "
                                 "it is left out")
            return ""
        if href is None or href.startswith("#"):
            return inner
        if is_generic_link_text(text):
            self.findings.at(element, "link-text-generic", f"The link text {text!r} does not "
                             "say where the link goes; a person must reword it",
                             impact=Impact.MODERATE)
        attributes = f' href="{html.escape(href)}"'
        for name in ("hreflang", "lang"):
            if value := element.get(name):
                attributes += f' {name}="{html.escape(value)}"'
        return f"<a{attributes}>{inner}</a>"

    # -- blocks ------------------------------------------------------------------------

    def blocks(self, root: lxml_html.HtmlElement) -> list[Block]:
        """The blocks of ``root``'s content."""
        return list(self._children(root))

    def _children(self, element: lxml_html.HtmlElement) -> Iterator[Block]:
        run: list[str] = [html.escape(element.text or "", quote=False)]
        for child in element:
            if not isinstance(child.tag, str) or child.tag in _INVISIBLE:
                run.append(html.escape(child.tail or "", quote=False))
                continue
            if child.tag in _INLINE and not (
                    child.tag in {"img", "picture"} or (self._holds_media(child)
                                                        and self._holds_only_media(element))):
                run.append(self._inline_node(child))
            else:
                yield from self._paragraph(run)
                run = []
                if (related := self._related(child)) is not None:
                    yield related
                elif not self.skip(child):
                    yield from self._block(child)
            run.append(html.escape(child.tail or "", quote=False))
        yield from self._paragraph(run)

    def _related(self, element: lxml_html.HtmlElement) -> Block | None:
        """A "related coverage" box with a heading of its own, as a related block."""
        if not isinstance(element.tag, str) or "related" not in words_of(element):
            return None
        heading = next(element.iter("h2", "h3", "h4", "h5", "h6"), None)
        if heading is None or not (title := _text(heading)):
            return None
        self._heading_level(heading)
        for link in element.iter("a"):
            if not _text(link) and not link.get("aria-label") and not link.get("title"):
                self.findings.at(link, "link-name", "The link has no text, so it has no "
                                 "accessible name; the related block links its title instead")
        block: Block = {"type": "related", "title": title}
        text = " ".join(_text(p) for p in element.iter("p") if _text(p))
        if text:
            block["text"] = html.escape(text, quote=False)
        links = [(_text(a), self.url(a.get("href"))) for a in element.iter("a")]
        links = [(label, url) for label, url in links if url and not url.startswith("#")]
        if len(links) == 1:
            block["url"] = links[0][1]
        elif links:
            block["links"] = [{"text": label, "url": url} for label, url in links if label]
        return block

    def _paragraph(self, run: list[str]) -> Iterator[Block]:
        text = _SPACE.sub(" ", "".join(run)).strip()
        while text.startswith("<br>") or text.endswith("<br>"):
            text = text.removeprefix("<br>").removesuffix("<br>").strip()
        if _ONLY_TIME.fullmatch(text):
            return  # a dateline: the article's dates are its own fields
        if text and inline_text(text):
            yield {"type": "paragraph", "text": text}

    @staticmethod
    def _holds_media(element: lxml_html.HtmlElement) -> bool:
        if element.tag in {"img", "picture"}:
            return True
        if element.tag in {"a", "span"}:
            return any(True for _ in element.iter("img", "iframe", "video", "audio"))
        return False

    def _block(self, element: lxml_html.HtmlElement) -> Iterator[Block]:
        tag = element.tag
        classes = words_of(element)
        if re.fullmatch(r"h[1-6]", tag):
            yield from self._heading(element)
        elif tag == "p":
            if self._holds_only_media(element):
                yield from self._media(element)
            else:
                yield from self._children(element)
        elif tag in {"ul", "ol"}:
            yield from self._list(element)
        elif tag == "blockquote" or (tag == "figure" and "pullquote" in classes):
            yield from self._quote(element)
        elif tag == "figure" or tag in {"img", "picture", "iframe", "video", "audio"}:
            yield from self._media(element)
        elif tag == "table" and (dom.explicit_role(element) == "none"
                                 or _layout_table(element)):
            for cell in element.iter("td", "th"):  # a layout table: its cells are containers
                yield from self._children(cell)
        elif tag == "table":
            yield from self._table(element, None)
        elif tag == "hr":
            yield {"type": "divider"}
        elif tag in {"pre"}:
            text = html.escape((element.text_content() or "").strip(), quote=False)
            if text:
                yield {"type": "paragraph", "text": f"<code>{text}</code>"}
        elif tag == "dl":
            for term in element:
                if isinstance(term.tag, str) and (text := self.inline(term)):
                    yield {"type": "paragraph",
                           "text": f"<strong>{text}</strong>" if term.tag == "dt" else text}
        elif tag in _INLINE:
            yield from self._media(element)
        else:  # div, section, article, main, span-like containers
            if "pullquote" in classes:
                yield from self._quote(element)
            else:
                yield from self._children(element)

    def _holds_only_media(self, element: lxml_html.HtmlElement) -> bool:
        if next(element.iter("img", "iframe", "video", "audio"), None) is None:
            return False
        text = "".join(t for t in element.itertext())
        captions = "".join(c.text_content() for c in element.iter("figcaption"))
        return not collapse(text.replace(captions, "") if captions else text)

    def _heading(self, element: lxml_html.HtmlElement) -> Iterator[Block]:
        text = _text(element)
        level = int(element.tag[1])
        if not text:
            self.findings.at(element, "empty-heading",
                             f"The {element.tag} has no text; it is left out", impact=None)
            return
        if level == 1 and self.headline and text.casefold() == self.headline.casefold():
            return  # the headline, which the article has as its own field
        self._heading_level(element)
        yield {"type": "heading", "level": max(2, min(level, 6)), "text": text}

    def _heading_level(self, element: lxml_html.HtmlElement) -> None:
        """Report a heading that skips a level after the one before it."""
        level = int(element.tag[1])
        if level > self._last_level + 1:
            self.findings.at(element, "heading-order",
                             f"The {element.tag} follows an h{self._last_level}, skipping a "
                             f"level; imported as the next level down", impact=Impact.MODERATE)
        self._last_level = level

    def _list(self, element: lxml_html.HtmlElement) -> Iterator[Block]:
        items: list[str] = []
        nested: list[lxml_html.HtmlElement] = []
        for item in element:
            if not isinstance(item.tag, str) or self.skip(item):
                continue
            sub = [child for child in item if child.tag in {"ul", "ol"}]
            nested.extend(sub)
            parts = [html.escape(item.text or "", quote=False)]
            for child in item:
                if child in sub:
                    parts.append(html.escape(child.tail or "", quote=False))
                    continue
                parts.append(self._inline_node(child))
                parts.append(html.escape(child.tail or "", quote=False))
            text = _SPACE.sub(" ", "".join(parts)).strip()
            if inline_text(text or ' '):
                items.append(text)
        if items:
            yield {"type": "list", "ordered": element.tag == "ol", "items": items}
        for child in nested:
            yield from self._list(child)

    def _quote(self, element: lxml_html.HtmlElement) -> Iterator[Block]:
        classes = words_of(element)
        if classes & {"twitter", "tweet", "instagram"} or {"twitter-tweet"} & set(
                element.get("class", "").split()):
            links = [a.get("href", "") for a in element.iter("a")]
            for href in reversed(links):
                if url := embed_for(self.url(href) or ""):
                    yield {"type": "embed", "url": url, "provider": provider_of(url),
                           "title": f"{provider_of(url)} post"}
                    return
        cite_element = next((e for e in element.iter("cite", "footer", "figcaption")), None)
        cite = _text(cite_element) if cite_element is not None else ""
        if cite_element is not None:
            cite_element.drop_tree()
        paragraphs = [self.inline(p) for p in element.iter("p")] or [self.inline(element)]
        paragraphs = [p for p in paragraphs if p]
        if not paragraphs:
            return
        cite = cite.lstrip("—–- ").strip()
        if "pullquote" in classes or element.tag in {"aside", "figure", "div"}:
            text = collapse(" ".join(inline_text(p) for p in paragraphs))
            block: Block = {"type": "pullquote", "text": text}
        else:
            block = {"type": "quote", "text": "<br><br>".join(paragraphs)}
            if element.get("cite") and (url := self.url(element.get("cite"))):
                block["cite_url"] = url
            if element.get("lang"):
                block["lang"] = element.get("lang")
        if cite:
            block["cite"] = cite
        yield block

    # -- media ---------------------------------------------------------------------------

    def _caption_and_credit(self, figure: lxml_html.HtmlElement) -> tuple[str, str]:
        credit = ""
        for element in list(figure.iter()):
            if not isinstance(element.tag, str) or element is figure:
                continue
            if _CREDIT_CLASS.search(f"{element.get('class', '')} {element.get('itemprop', '')}"):
                credit = credit or _text(element)
                element.drop_tree()
        caption_element = next(iter(figure.iter("figcaption")), None)
        if caption_element is None:
            caption_element = next((e for e in figure.iter() if isinstance(e.tag, str) and
                                    "caption" in words_of(e)), None)
        caption = self.inline(caption_element) if caption_element is not None else ""
        if not credit and caption:
            plain = inline_text(caption)
            if match := _CREDIT_TEXT.search(plain) or _AGENCY_CREDIT.search(plain):
                credit = next(group for group in match.groups() if group).strip()
                if caption.endswith(match.group(0).strip()) or plain == caption:
                    caption = caption[: len(caption) - len(match.group(0).strip())].strip()
        credit = collapse(credit.removeprefix("Image source,").strip())
        return caption, credit

    def _media(self, element: lxml_html.HtmlElement) -> Iterator[Block]:
        figure = element
        licence = _licence(figure)
        for link in figure.xpath(".//a[contains(concat(' ', @rel, ' '), ' license ')]"):
            if licence and Licence.from_url(link.get("href", "")):
                _drop_with_separator(link)  # the licence is the block's, not caption words
        caption, credit = self._caption_and_credit(figure) if element.tag == "figure" or \
            element.find(".//figcaption") is not None else ("", "")
        images = [img for img in figure.iter("img") if not self.skip(img)]
        frames = list(figure.iter("iframe"))
        players = list(figure.iter("video", "audio"))
        if "wp-block-embed" in figure.get("class", "") and not frames:
            wrapper = collapse(figure.text_content())
            if wrapper.startswith("http"):
                yield from self._embed(figure, wrapper.split()[0], caption)
                return
        table = next(figure.iter("table"), None)
        if table is not None and _layout_table(table) and not images:
            yield from self._children(figure)  # a boxed link in a table block: its content
        elif table is not None:
            yield from self._table(table, inline_text(caption) if caption else None)
        elif players:
            yield from self._player(players[0], caption)
        elif frames:
            yield from self._embed(frames[0], frames[0].get("src") or
                                   frames[0].get("data-src") or "", caption,
                                   title=frames[0].get("title"))
        elif len(images) > 1:
            blocks = [b for img in images for b in self._image(img, "", "")]
            if blocks:
                gallery: Block = {"type": "gallery", "images": blocks}
                if caption:
                    gallery["title"] = inline_text(caption)
                yield gallery
        elif images:
            for block in self._image(images[0], caption, credit):
                if licence:
                    block["licence"] = {"id": licence.id, "url": licence.link}
                yield block
        elif caption:
            yield {"type": "paragraph", "text": caption}

    def _image(self, img: lxml_html.HtmlElement, caption: str, credit: str) -> Iterator[Block]:
        src = img.get("src", "")
        for lazy in ("data-src", "data-lazy-src", "data-original", "data-srcset"):
            if (not src or src.startswith("data:")) and img.get(lazy):
                src = img.get(lazy, "").split()[0]
        url = self.url(src)
        width, height = _int(img.get("width") or img.get("data-width")), \
            _int(img.get("height") or img.get("data-height"))
        if url is None:
            self.findings.review(img, DROPPED, "The image has no usable src; it is left out")
            return
        if width is None or height is None:
            self.findings.review(img, DROPPED, "The image has no width and height in the "
                                 "source, which Broadsheet needs to reserve its space; it is "
                                 "left out (give them in the source to keep it)")
            return
        block: Block = {"type": "image", "src": url, "width": width, "height": height}
        caption_text = inline_text(caption) \
            if caption else ""
        alt = img.get("alt")
        role = dom.explicit_role(img)
        if alt is None:
            self.findings.at(img, "image-alt", "The image has no alt attribute; "
                             + ("its alt is derived from the caption" if caption_text else
                                "a person must write one"), impact=Impact.CRITICAL)
        elif not alt.strip() or role == "none":
            if not caption_text:
                block["decorative"] = True
        elif reason := unusable_reason(alt, credit=credit or None):
            rule = "alt-file-name" if reason in {"a file name", "a URL"} else "alt-placeholder"
            self.findings.at(img, rule, f"alt={alt!r} is {reason}, not a description; "
                             + ("its alt is derived from the caption" if caption_text else
                                "a person must write one"))
        elif len(collapse(alt)) > MAX_ALT_LENGTH:
            caption = self._long_alt(img, collapse(alt), caption)
        else:
            block["alt"] = collapse(alt)
            if caption_text and repeats_caption(alt, caption_text):
                self.findings.at(img, "alt-repeats-caption", "The alt text repeats the "
                                 "caption, so screen readers hear it twice; the rendered page "
                                 "says it once", impact=Impact.MODERATE)
        if caption:
            block["caption"] = caption
        if credit:
            block["credit"] = credit
        if srcset := img.get("srcset"):
            block["srcset"] = srcset[:8192]
            if sizes := img.get("sizes"):
                block["sizes"] = sizes[:1024]
        yield block

    def _long_alt(self, img: lxml_html.HtmlElement, alt: str, caption: str) -> str:
        """The caption of an image whose ``alt`` is past the alt-too-long limit, reported.

        Such alt is a caption's worth of text, not alt: it becomes the caption when the image
        has none; beside a caption it is left out. Either way the renderer derives the alt
        from the caption by the alt policy, and an editor is asked for a short one.
        """
        head = f"The alt text is {len(alt)} characters long (limit {MAX_ALT_LENGTH}); "
        if caption:
            self.findings.at(img, "alt-too-long", head + "it is left out beside the caption, "
                             "from which the alt is derived; an editor should write a short "
                             f"alt (the page's alt began {alt[:80]!r})", impact=Impact.MODERATE)
            return caption
        self.findings.at(img, "alt-too-long", head + "it is the image's caption now, from "
                         "which the alt is derived; an editor should write a short alt",
                         impact=Impact.MODERATE)
        return html.escape(alt, quote=False)

    def _embed(self, element: lxml_html.HtmlElement, src: str, caption: str, *,
               title: str | None = None) -> Iterator[Block]:
        url = embed_for(self.url(src) or "")
        if url is None:
            self.findings.review(element, DROPPED, f"The embed {src[:80]!r} is not from a "
                                 "host Broadsheet frames; it is left out")
            return
        provider = provider_of(url)
        if not (title and title.strip()):
            if element.tag == "iframe":
                self.findings.at(element, "frame-title", "The frame has no title; the "
                                 f"embed is named after its provider ({provider})")
            title = inline_text(caption) \
                if caption else f"{provider} embed"
        block: Block = {"type": "embed", "url": url, "title": collapse(title),
                        "provider": provider}
        if (height := _int(element.get("height"))) and height <= 10000:
            block["height"] = height
        yield block

    def _player(self, player: lxml_html.HtmlElement, caption: str) -> Iterator[Block]:
        sources = []
        for source in [player, *player.iter("source")]:
            if src := self.url(source.get("src")):
                entry = {"src": src}
                if re.fullmatch(r"[a-z]+/[A-Za-z0-9.+-]+", source.get("type", "")):
                    entry["type"] = source.get("type", "")
                sources.append(entry)
        if not sources:
            self.findings.review(player, DROPPED, f"The {player.tag} has no source; it is "
                                 "left out")
            return
        title = player.get("title") or player.get("aria-label") or (
            inline_text(caption) if caption
            else "")
        if not title:
            self.findings.at(player, "import-media-title", f"The {player.tag} has no title "
                             "or caption; it is named by its kind", impact=Impact.MODERATE)
            title = "Video" if player.tag == "video" else "Audio"
        block: Block = {"type": player.tag, "title": collapse(title)}
        if len(sources) == 1:
            block["src"] = sources[0]["src"]
        else:
            block["sources"] = sources
        tracks = []
        for track in player.iter("track"):
            kind = track.get("kind", "subtitles")
            if (src := self.url(track.get("src"))) and track.get("srclang") and \
                    kind in {"captions", "subtitles", "descriptions", "chapters", "metadata"}:
                tracks.append({"src": src, "kind": kind, "srclang": track.get("srclang"),
                               "label": track.get("label") or track.get("srclang")})
        if tracks:
            block["tracks"] = tracks
        elif player.tag == "video":
            self.findings.at(player, "import-media-captions", "The video has no captions "
                             "track", impact=Impact.SERIOUS)
        if player.tag == "video":
            if poster := self.url(player.get("poster")):
                block["poster"] = poster
            for name in ("width", "height"):
                if value := _int(player.get(name)):
                    block[name] = value
        yield block

    # -- tables --------------------------------------------------------------------------

    def _table(self, table: lxml_html.HtmlElement, caption: str | None) -> Iterator[Block]:
        caption_element = table.find("caption")
        if caption_element is not None:
            caption = _text(caption_element)
        caption = caption or table.get("aria-label") or table.get("title") or \
            _section_title(table)
        rows: list[list[str]] = []
        header_rows = 0
        all_first_th = True
        for row in table.iter("tr"):
            cells = [cell for cell in row if cell.tag in {"td", "th"}]
            if not cells:
                continue
            if all(cell.tag == "th" for cell in cells) or row.getparent().tag == "thead":
                if header_rows == len(rows):
                    header_rows += 1
            elif cells[0].tag != "th":
                all_first_th = False
            rows.append([self.inline(cell) for cell in cells])
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        if not caption:
            self.findings.at(table, "table-caption", "The table has no caption; it is "
                             "imported with the caption \"Table\" for a person to replace")
            caption = "Table"
        block: Block = {"type": "table", "caption": collapse(caption), "rows": rows,
                        "header_rows": min(header_rows, 10)}
        if all_first_th and len(rows) > header_rows:
            block["header_columns"] = 1
        yield block


_FRAGMENT_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)


def parse_fragment(text: str) -> lxml_html.HtmlElement:
    """An HTML fragment (a CMS body) as one ``div`` holding it; line numbers are the
    fragment's own."""
    if not text.strip():
        return lxml_html.Element("div")
    root: lxml_html.HtmlElement = lxml_html.fragment_fromstring(
        text, create_parent="div", parser=_FRAGMENT_PARSER)
    return root


def _licence(figure: lxml_html.HtmlElement) -> Licence | None:
    """The Creative Commons licence a figure links with ``rel="license"``, if any."""
    for link in figure.xpath(".//a[contains(concat(' ', @rel, ' '), ' license ')]"):
        if licence := Licence.from_url(link.get("href", "")):
            return licence
    return None


def _drop_with_separator(link: lxml_html.HtmlElement) -> None:
    """Remove a licence link and the separator typed before it ("Jane Doe, CC BY 4.0")."""
    previous = link.getprevious()
    if previous is not None:
        previous.tail = re.sub(r"[\s,;·|/–—(-]+$", "", previous.tail or "")
    else:
        parent = link.getparent()
        if parent is not None:
            parent.text = re.sub(r"[\s,;·|/–—(-]+$", "", parent.text or "")
    tail = re.sub(r"^\s*\)", "", link.tail or "")
    link.tail = tail
    link.drop_tree()
