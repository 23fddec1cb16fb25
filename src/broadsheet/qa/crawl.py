"""Finding a site's pages: following links from a start page, or reading a sitemap (index
files and gzip included). robots.txt is respected (:mod:`urllib.robotparser`); a page that
cannot be fetched is reported, never fatal. Everything fetched is untrusted: sizes and counts
are bounded, XML is parsed without entities or network access."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
from lxml import etree

from broadsheet.qa.fetch import FetchError, fetch, is_url
from broadsheet.qa.many import Page
from broadsheet.qa.scope import nodes

#: Sitemap files read at most (an index may name many; each may name 50,000 pages).
MAX_SITEMAPS = 1000
MAX_SITEMAP_DEPTH = 3
AGENT = "broadsheet"


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


@dataclass
class Robots:
    """robots.txt per origin, fetched once; a missing file allows everything."""

    timeout: float = 30.0
    parsers: dict[str, RobotFileParser] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)

    def allowed(self, url: str) -> bool:
        key = origin(url)
        parser = self.parsers.get(key)
        if parser is None:
            parser = self.parsers[key] = RobotFileParser(f"{key}/robots.txt")
            try:
                text = fetch(f"{key}/robots.txt", timeout=self.timeout).data
                parser.parse(text.decode("utf-8", errors="replace").splitlines())
            except FetchError as error:
                refused = " HTTP 401 " in f" {error} " or " HTTP 403 " in f" {error} "
                # As RobotFileParser.read(): 401/403 forbid everything, 404 or none allows all.
                parser.parse(["User-agent: *", "Disallow: /"] if refused else [])
        ok = parser.can_fetch(AGENT, url)
        if not ok:
            self.refused.append(url)
        return ok


def _links(data: bytes, base: str) -> list[str]:
    try:
        tree = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return []
    declared = tree.xpath("string(//base/@href)")
    base = urljoin(base, str(declared)) if declared else base
    found = []
    for href in nodes(tree.xpath("//a/@href | //area/@href")):
        url = urldefrag(urljoin(base, str(href).strip()))[0]
        if is_url(url):
            found.append(url)
    return found


def crawl(start: str, *, max_pages: int = 50, same_origin: bool = False,
          timeout: float = 30.0, robots: Robots | None = None) -> Iterator[Page]:
    """Pages reachable by links from ``start``, breadth first, at most ``max_pages``; each
    with its bytes, or with ``error`` set when it could not be fetched."""
    robots = robots or Robots(timeout)
    home = origin(start)
    queue: deque[str] = deque([urldefrag(start)[0]])
    seen = set(queue)
    yielded = 0
    while queue and yielded < max_pages:
        url = queue.popleft()
        if not robots.allowed(url):
            continue
        try:
            response = fetch(url, timeout=timeout)
        except FetchError as error:
            yielded += 1
            yield Page(url, error=str(error))
            continue
        if not response.is_html:
            continue
        yielded += 1
        yield Page(url, data=response.data)
        for link in _links(response.data, response.url):
            if link not in seen and (not same_origin or origin(link) == home):
                seen.add(link)
                queue.append(link)


def sitemap_urls(url: str, *, timeout: float = 30.0, max_pages: int | None = None,
                 robots: Robots | None = None) -> Iterator[str]:
    """Page URLs a sitemap (or sitemap index, followed) lists, robots.txt permitting."""
    robots = robots or Robots(timeout)
    pending = deque([(url, 0)])
    read = 0
    count = 0
    seen: set[str] = set()
    while pending and read < MAX_SITEMAPS:
        current, depth = pending.popleft()
        read += 1
        response = fetch(current, timeout=timeout)
        root = _xml(response.data, current)
        kind = etree.QName(root).localname
        locs = [str(text).strip() for text in nodes(root.xpath(
            "./*[local-name()='url' or local-name()='sitemap']/*[local-name()='loc']/text()"))]
        if kind == "sitemapindex":
            if depth < MAX_SITEMAP_DEPTH:
                pending.extend((urljoin(current, loc), depth + 1) for loc in locs)
            continue
        if kind != "urlset":
            raise FetchError(f"{current}: not a sitemap (root element <{kind}>)")
        for loc in locs:
            page = urljoin(current, loc)
            if page in seen or not is_url(page) or not robots.allowed(page):
                continue
            seen.add(page)
            yield page
            count += 1
            if max_pages is not None and count >= max_pages:
                return


def _xml(data: bytes, where: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise FetchError(f"{where}: not valid sitemap XML ({error})") from None
