"""A published article page: find the article in it, read its metadata, map it to blocks.

How the article is found (measured in docs/import.md on newspaper4k's real pages against their
reference extractions, beside trafilatura):

1. Boilerplate is set aside (:func:`~broadsheet.importers.html_blocks.is_boilerplate`:
   navigation, share bars, newsletter boxes, related lists, ads, cookie notices, hidden text).
2. Each remaining paragraph's text counts for every element holding it (every run of text
   on pages without paragraphs). A container the page marks as the article body
   (``itemprop=articleBody``, ``article-body``, ``entry-content`` …) wins when it holds
   most of that text, or is the only marked one with prose; otherwise the element holding
   the most prose net of the other text inside it, so lists of teasers, notices and labels
   beside the story stay out.
3. What the layout put in the story's flow comes out (:func:`_trim`): an opening byline, a
   closing rights line, a contributors line (the attribution), one-link teasers.
4. A page whose best candidate is mostly links, or holds too little prose, or is a login
   form, holds no article: :class:`ImportSourceError`.

Metadata comes from JSON-LD first, then Open Graph and ``<meta>``, then the markup.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from lxml import html as lxml_html

from broadsheet.checks import aria
from broadsheet.findings import Impact
from broadsheet.importers.article import (
    ImportSourceError,
    language_tag,
    make_id,
    parse_date,
    site_url,
    text_to_inline,
)
from broadsheet.importers.findings import SourceFindings
from broadsheet.importers.html_blocks import Mapper, collapse, inline_text, is_boilerplate
from broadsheet.policy.alt import unusable_reason

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "report", "scholarlyarticle", "techarticle",
                  "liveblogposting", "socialmediaposting"}
_BODY_MARKERS = re.compile(
    r"(^|[\s_-])(article[-_]?body|articlebody|story[-_]?body|entry[-_]?content|post[-_]?content|"
    r"article[-_]?content|article[-_]?text|body[-_]?text|content[-_]?body|field--name-body|"
    r"wysiwyg|rich[-_]?text|article__body|c-article-body|post-body|story-text)($|[\s_-])",
    re.IGNORECASE)
#: Least prose an article has, in characters of paragraph text.
MIN_ARTICLE_TEXT = 200
#: Share of a candidate's text that may be link text before it counts as a list of links.
MAX_LINK_DENSITY = 0.5


def _strip_title(title: str, site: str | None) -> str:
    if site:
        for separator in (" | ", " - ", " -- ", " — ", " – ", " :: ", " · ", " / "):
            for candidate in (f"{separator}{site}",):
                if title.endswith(candidate):
                    return title[: -len(candidate)].strip()
            if title.startswith(f"{site}{separator}"):
                return title[len(site) + len(separator):].strip()
    return title


def _json_ld(root: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members included."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _types(item: Mapping[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("@value")
    return collapse(value) if isinstance(value, str) and value.strip() else None


class PageMetadata:
    """The page's metadata, read once: JSON-LD, Open Graph, ``<meta>`` and the markup."""

    def __init__(self, root: lxml_html.HtmlElement) -> None:
        self.root = root
        self.ld = next((item for item in _json_ld(root) if _types(item) & _ARTICLE_TYPES), {})
        self.meta: dict[str, str] = {}
        for meta in root.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
            if key and meta.get("content") and key.lower() not in self.meta:
                self.meta[key.lower()] = meta.get("content", "")
        self.links = {(link.get("rel") or "").lower(): link.get("href", "")
                      for link in root.iter("link") if link.get("href")}

    def get(self, *keys: str) -> str | None:
        for key in keys:
            if value := self.meta.get(key):
                return collapse(value)
        return None

    @property
    def is_article(self) -> bool:
        return bool(self.ld) or self.get("og:type") == "article" or \
            "article:published_time" in self.meta

    def fields(self, findings: SourceFindings, base_url: str | None) -> dict[str, Any]:
        ld = self.ld
        site_name = _first_text(ld.get("publisher")) or self.get("og:site_name",
                                                                  "application-name")
        html_element = self.root if self.root.tag == "html" else self.root.getroottree().getroot()
        language = language_tag(html_element.get("lang") or html_element.get(
            "{http://www.w3.org/XML/1998/namespace}lang")) or language_tag(
            ld.get("inLanguage")) or language_tag(self.get("og:locale", "language",
                                                            "content-language", "dc.language"))
        headline = _first_text(ld.get("headline")) or self.get("og:title", "twitter:title")
        if headline and not _first_text(ld.get("headline")):
            headline = _strip_title(headline, site_name)  # "Headline -- Sott.net"
        if not headline:
            h1 = next((collapse(h.text_content()) for h in self.root.iter("h1")
                       if collapse(h.text_content())), None)
            title = next((collapse(t.text_content()) for t in self.root.iter("title")), None)
            headline = h1 or (_strip_title(title, site_name) if title else None)
        canonical = self.links.get("canonical") or self.get("og:url") or _first_text(
            ld.get("url"))
        canonical = _absolute(canonical, base_url)
        published = None
        for value, what in ((ld.get("datePublished"), "datePublished"),
                            (self.get("article:published_time"), "article:published_time"),
                            (self._time("datePublished"), "<time>"),
                            (self.get("date", "dc.date", "pubdate", "publishdate",
                                      "sailthru.date", "parsely-pub-date",
                                      "cxenseparse:recs:publishtime", "article_date_original",
                                      "publish-date"), "date meta")):
            if published := parse_date(value, findings, f"publication date ({what})"):
                break
        updated = parse_date(ld.get("dateModified") or self.get("article:modified_time",
                                                                 "og:updated_time"),
                             findings, "update date")
        section_name = _first_text(ld.get("articleSection")) or self.get("article:section")
        direction = html_element.get("dir") or next(
            (body.get("dir") for body in self.root.iter("body")), None)
        origin = site_url(canonical, base_url)
        data: dict[str, Any] = {
            "id": make_id(canonical, base_url, headline),
            "language": language,
            "headline": headline,
            "summary": text_to_inline(summary) if (summary := _first_text(
                ld.get("description")) or self.get("og:description", "description",
                                                   "twitter:description")) else None,
            "section": {"name": section_name} if section_name else None,
            "published": published,
            "updated": updated if updated and updated != published else None,
            "authors": self._authors(),
            "canonical_url": canonical,
            "site": {key: value for key, value in (("name", site_name), ("url", origin))
                     if value},
            "tags": _keywords(ld.get("keywords")) or [
                collapse(m.get("content", "")) for m in self.root.iter("meta")
                if m.get("property") == "article:tag" and m.get("content", "").strip()],
        }
        if direction in {"rtl", "ltr"} and language:
            data["direction"] = direction
        return data

    def _time(self, itemprop: str) -> str | None:
        for element in self.root.iter("time"):
            if element.get("itemprop") == itemprop or element.get("datetime"):
                return element.get("datetime") or collapse(element.text_content())
        return None

    def _authors(self) -> list[dict[str, str]]:
        authors: list[dict[str, str]] = []
        value = self.ld.get("author")
        for item in value if isinstance(value, list) else [value]:
            name = _first_text(item)
            if name:
                author = {"name": name}
                if isinstance(item, Mapping) and isinstance(item.get("url"), str):
                    author["url"] = item["url"]
                authors.append(author)
        name = self.get("author", "article:author", "byl", "parsely-author")
        if not authors and name and not name.startswith("http"):
            authors = [{"name": name.removeprefix("By ").removeprefix("by ")}]
        return authors


def _absolute(url: str | None, base_url: str | None) -> str | None:
    from urllib.parse import urljoin

    if not url:
        return None
    return urljoin(base_url, url) if base_url else url


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    return [collapse(k) for k in value if isinstance(k, str) and k.strip()][:50]


def _paragraph_text(element: lxml_html.HtmlElement) -> int:
    return len(collapse(element.text_content()))


def _marked_body(element: lxml_html.HtmlElement) -> bool:
    """Whether the page marks ``element`` as the article's body."""
    return element.get("itemprop") == "articleBody" or bool(
        _BODY_MARKERS.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _excluded(root: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """Every element inside boilerplate, found in one pass from the top.

    A wrapper around the headline or the marked body is not set aside for the words of its
    class alone (``advert-content-wrap`` around a whole story)."""
    holders: set[lxml_html.HtmlElement] = set()
    marked = [element for element in root.iter() if _marked_body(element)]
    for held in (next(root.iter("h1"), None),
                 max(marked, key=lambda e: len(e.text_content()), default=None)):
        if held is not None:
            holders.update(held.iterancestors())
    excluded: set[lxml_html.HtmlElement] = set()
    for element in root.iter():
        parent = element.getparent()
        if (parent is not None and parent in excluded) or (
                element.tag not in {"html", "body", "main", "article"}
                and is_boilerplate(element, class_words=element not in holders)):
            excluded.add(element)
    return excluded


#: Elements whose text is never the article's prose.
_NOT_PROSE = {"script", "style", "noscript", "template", "title", "h1", "h2", "h3", "h4",
              "h5", "h6", "figcaption", "caption", "option", "button", "label"}


def _candidates(root: lxml_html.HtmlElement, *, loose: bool = False
                ) -> dict[lxml_html.HtmlElement, int]:
    """Each element's paragraph text, counting only paragraphs outside boilerplate.

    ``loose``: every run of text counts where it stands, for pages that write their prose
    in ``<div>``s and ``<br>``s rather than paragraphs."""
    excluded = _excluded(root)
    scores: dict[lxml_html.HtmlElement, int] = {}

    def credit(node: lxml_html.HtmlElement | None, length: int) -> None:
        while node is not None:
            scores[node] = scores.get(node, 0) + length
            node = node.getparent()

    if loose:
        for element in root.iter():
            if element in excluded or not isinstance(element.tag, str) or \
                    element.tag in _NOT_PROSE:
                continue
            own = len(collapse(element.text or "")) + sum(
                len(collapse(child.tail or "")) for child in element)
            if own:
                credit(element, own)
        return scores
    for paragraph in root.iter("p", "pre", "li", "blockquote", "td"):
        if paragraph in excluded:
            continue
        if paragraph.tag != "p" and any(p.tag == "p" for p in paragraph.iter("p")):
            continue  # counted through its own paragraphs
        length = _paragraph_text(paragraph)
        if paragraph.tag in {"li", "td"}:
            length //= 2  # list items and cells are prose less often than paragraphs
        credit(paragraph.getparent(), length)
    return scores


def _link_density(element: lxml_html.HtmlElement) -> float:
    total = len(collapse(element.text_content())) or 1
    linked = sum(len(collapse(a.text_content())) for a in element.iter("a"))
    return linked / total


def find_article(root: lxml_html.HtmlElement, source: str) -> lxml_html.HtmlElement:
    """The element holding the article's body, or :class:`ImportSourceError`."""
    body = next(root.iter("body"), root)
    scores = _candidates(body)
    total = scores.get(body, 0)
    if total < MIN_ARTICLE_TEXT:
        scores = _candidates(body, loose=True)  # prose without paragraphs?
        total = scores.get(body, 0)
    if any(i.get("type") == "password" for i in root.iter("input")) and total < 1000:
        raise ImportSourceError(source, "holds no article: it is a login form")
    if total < MIN_ARTICLE_TEXT:
        raise ImportSourceError(source, f"holds no article: only {total} characters of "
                                "prose (is it a home page, an index or a login page?)")
    marked = [element for element in scores if _marked_body(element)]
    best = None
    for element in marked:
        if scores[element] >= 0.5 * total and (best is None or scores[element] > scores[best]):
            best = element
    with_prose = [element for element in marked if scores[element] >= MIN_ARTICLE_TEXT // 2]
    if best is None and len(with_prose) == 1 and _link_density(with_prose[0]) < 0.2:
        best = with_prose[0]  # the one body the page marks, short (a paywalled stub) as it is
    if best is not None:  # the innermost marked element that holds nearly all of it
        best = max((e for e in marked if scores[e] >= 0.9 * scores[best] and (
            e is best or best in e.iterancestors())), key=_depth)
        # a story in several chunks of one class (WIRED's body__container): all of them
        chunks = [e for e in marked if e.get("class") == best.get("class") and scores[e]]
        if len(chunks) > 1:
            best = _common_ancestor(chunks)
    if best is None:
        # the element holding the most prose net of the other text it holds (link lists,
        # notices, labels), among those holding at least half the page's prose
        # (the innermost of those within 5% of the best: a label or a rating widget beside
        # the body does not pull the body's parent in)
        text = _candidates(body, loose=True)
        net = {element: 2 * score - max(text.get(element, 0), score)
               for element, score in scores.items() if score >= 0.5 * total}
        most = max(net.values())
        best = max((e for e, value in net.items() if value >= 0.95 * most), key=_depth)
    if _link_density(best) > MAX_LINK_DENSITY:
        raise ImportSourceError(source, "holds no article: its text is mostly links "
                                "(is it a home page or an index?)")
    return best


def _common_ancestor(elements: list[lxml_html.HtmlElement]) -> lxml_html.HtmlElement:
    common = [elements[0], *elements[0].iterancestors()]
    for element in elements[1:]:
        lineage = {element, *element.iterancestors()}
        common = [e for e in common if e in lineage]
    return common[0]


def _depth(element: lxml_html.HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


def _lead_figure(root: lxml_html.HtmlElement, article: lxml_html.HtmlElement
                 ) -> lxml_html.HtmlElement | None:
    """A figure between the page's h1 and the article body (the lead image), if any."""
    h1 = next(root.iter("h1"), None)
    if h1 is None or any(True for _ in article.iter("h1")):
        return None
    started = False
    for element in root.iter():
        if element is h1:
            started = True
        elif element is article:
            return None
        elif started and element.tag == "figure" and not any(
                is_boilerplate(e) for e in (element, *element.iterancestors())
                if e.tag not in {"html", "body", "main", "article"}):
            return element
    return None


def parse_page(text: str | bytes) -> lxml_html.HtmlElement:
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)
    return lxml_html.document_fromstring(text, parser=parser)


def import_page(source: str, text: str | bytes, *, base_url: str | None
                ) -> tuple[dict[str, Any], SourceFindings]:
    """The article of a published page, and findings about the page's accessibility."""
    root = parse_page(text)
    metadata = PageMetadata(root)
    findings = SourceFindings()
    data = metadata.fields(findings, base_url)
    base = data.get("canonical_url") or base_url
    if not metadata.is_article and not any(True for _ in root.iter("article")):
        total = _candidates(next(root.iter("body"), root)).get(next(root.iter("body"), root), 0)
        if total < 2 * MIN_ARTICLE_TEXT:
            raise ImportSourceError(source, "holds no article: no article metadata and little "
                                    "prose (is it a home page or a login page?)")
    article = find_article(root, source)
    mapper = Mapper(findings, base_url=base, headline=data.get("headline"))
    lead = _lead_figure(root, article)
    if lead is not None:
        lead_blocks = mapper.blocks(_wrap(lead))
        if len(lead_blocks) == 1 and lead_blocks[0]["type"] in {"image", "video"}:
            data["lead"] = lead_blocks[0]
    blocks = mapper.blocks(article)
    blocks = _trim(blocks, data)
    if data.get("summary"):
        summary = inline_text(data["summary"]).rstrip("…. ")
        said = Counter(_WORDS.findall(summary.casefold()))
        opening = Counter(_WORDS.findall(" ".join(
            inline_text(block.get("text", "")) for block in blocks[:5]).casefold()))
        if sum((said & opening).values()) >= 0.8 * sum(said.values()):
            del data["summary"]  # the standfirst is in the body's opening: said once
        elif not _shown(summary[:60], root):
            del data["summary"]  # a description for search engines, not shown on the page
    data["body"] = blocks
    _outside_findings(root, article, lead, findings)
    return data, findings


def _shown(text: str, root: lxml_html.HtmlElement) -> bool:
    """Whether the page shows ``text`` in its body (scripts aside)."""
    body = next(root.iter("body"), None)
    if body is None:
        return False
    shown = collapse(" ".join(
        "".join(t for t in (element.text, *(child.tail for child in element)) if t)
        for element in body.iter() if isinstance(element.tag, str)
        and element.tag not in {"script", "style", "noscript", "template"}))
    return collapse(text) in shown


_WORDS = re.compile(r"\w+")
_ATTRIBUTION = re.compile(r"(?:with |additional )?reporting by .{1,200}|"
                          r".{1,200} contributed to this (?:report|story|article)\.?",
                          re.IGNORECASE)
_BYLINE = re.compile(r"by\s+(?P<name>[^.!?]{2,80})", re.IGNORECASE)
_RIGHTS = re.compile(r".{0,200}(?:all rights reserved|©|\(c\) \d{4}).{0,200}", re.IGNORECASE)
_ONLY_LINK = re.compile(r"\s*<a\b[^>]*>(?:(?!</a>).)*</a>\s*", re.DOTALL)


def _trim(blocks: list[dict[str, Any]], data: dict[str, Any]) -> list[dict[str, Any]]:
    """The body without what the page's own layout put in its flow: a byline opening it
    ("By Leigh Ann Caldwell", to ``authors`` when the page names none), a rights line
    closing it, an attribution ("… contributed to this report", to ``attribution``), and
    paragraphs that are one link and nothing else (a boxed "read also" teaser)."""
    def text(block: dict[str, Any]) -> str:
        return inline_text(block["text"]) if block["type"] == "paragraph" else ""

    if blocks and (match := _BYLINE.fullmatch(text(blocks[0]))) and \
            len(match.group("name").split()) <= 6:
        blocks = blocks[1:]
        if not data.get("authors"):
            data["authors"] = [{"name": match.group("name").strip()}]
    while blocks and _RIGHTS.fullmatch(text(blocks[-1])):
        blocks = blocks[:-1]
    if blocks and (match := _ATTRIBUTION.fullmatch(text(blocks[-1]))):
        data["attribution"] = match.group(0)
        blocks = blocks[:-1]
    return [block for block in blocks if not (
        block["type"] == "paragraph" and _ONLY_LINK.fullmatch(block["text"]))]


def _outside_findings(root: lxml_html.HtmlElement, article: lxml_html.HtmlElement,
                      lead: lxml_html.HtmlElement | None, findings: SourceFindings) -> None:
    """The page's images and links outside the article: not imported, but their problems
    are the page's problems, so they are reported too."""
    holders = [article] if lead is None else [article, lead]
    for element in root.iter("img", "a"):
        if any(aria.is_true(node, "aria-hidden") for node in (element, *element.iterancestors())) \
                or any(
                holder is element or holder in element.iterancestors() for holder in holders):
            continue
        if element.tag == "img":
            alt = element.get("alt")
            if alt is None:
                findings.at(element, "image-alt", "The image has no alt attribute (outside "
                            "the article: not imported)", impact=Impact.CRITICAL)
            elif alt.strip() and (reason := unusable_reason(alt)):
                rule = "alt-file-name" if reason in {"a file name", "a URL"} else \
                    "alt-placeholder"
                findings.at(element, rule, f"alt={alt!r} is {reason}, not a description "
                            "(outside the article: not imported)")
        elif element.get("href") is not None and not collapse(element.text_content()) and not (
                element.get("aria-label") or element.get("title") or any(
                    (img.get("alt") or "").strip() for img in element.iter("img"))):
            findings.at(element, "link-name", "The link has no text, so it has no accessible "
                        "name (outside the article: not imported)")


def _wrap(element: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    holder = lxml_html.Element("div")
    holder.append(_copy(element))
    return holder


def _copy(element: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    import copy

    duplicate: lxml_html.HtmlElement = copy.deepcopy(element)
    duplicate.tail = None
    return duplicate
