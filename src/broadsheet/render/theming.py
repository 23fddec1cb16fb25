"""A newsroom's own stylesheet on the page: inlined after Broadsheet's (allowed by its hash)
or linked (allowed by its origin), and what in it, or in override templates, the page's
Content-Security-Policy would block, reported as ``render-style-blocked`` findings."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import tinycss2
from tinycss2.ast import AtRule, FunctionBlock, Node, QualifiedRule, URLToken

from broadsheet.errors import RenderError
from broadsheet.render.csp import CspMode
from broadsheet.render.diagnostics import FindingLog


@dataclass(frozen=True, slots=True)
class Blocked:
    """One thing a stylesheet loads that the policy refuses: where, what, which kind."""

    line: int
    url: str
    kind: str  # "import", "font" or "image"


def read_stylesheet(path: str) -> str:
    """The text of a newsroom stylesheet file (UTF-8), cached while the file is unchanged;
    :class:`RenderError` naming the file if it cannot be read or would end its ``<style>``."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise RenderError(f"{path}: cannot read the stylesheet: "
                          f"{error.strerror or error}") from None
    return _read(path, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=8)
def _read(path: str, mtime_ns: int, size: int) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise RenderError(f"{path}: cannot read the stylesheet: {reason or error}") from None
    if re.search(r"</style", text, re.IGNORECASE):
        raise RenderError(f"{path}: the stylesheet contains '</style', which would end the "
                          "page's <style> element")
    return text


def check_href(href: str) -> str:
    """A linked stylesheet's URL: ``https``/``http`` or relative; else :class:`RenderError`."""
    parts = urlsplit(href.strip())
    if parts.scheme.lower() not in {"", "http", "https"} or not href.strip():
        raise RenderError(f"{href!r}: a linked stylesheet must be an http(s) or relative URL")
    return href.strip()


def _urls(nodes: list[Node] | None) -> Iterator[tuple[int, str]]:
    """Every ``url(…)`` in a list of component values, with its line."""
    for node in nodes or ():
        if isinstance(node, URLToken):
            yield node.source_line, node.value
        elif isinstance(node, FunctionBlock):
            if node.lower_name in {"url", "src"}:
                strings = [a for a in node.arguments if a.type == "string"]
                if strings:
                    yield node.source_line, strings[0].value
            else:
                yield from _urls(node.arguments)


def _rules(nodes: list[Node]) -> Iterator[Node]:
    """Rules at any depth: the ones inside ``@media``, ``@supports``, ``@layer`` … too."""
    for node in nodes:
        yield node
        if isinstance(node, AtRule) and node.content is not None \
                and node.lower_at_keyword != "font-face":
            yield from _rules(tinycss2.parse_rule_list(node.content, skip_comments=True,
                                                       skip_whitespace=True))
        elif isinstance(node, QualifiedRule):  # CSS nesting: rules inside a rule
            yield from (rule for rule in _rules(tinycss2.parse_blocks_contents(
                node.content, skip_comments=True, skip_whitespace=True))
                if isinstance(rule, QualifiedRule | AtRule))


def _allowed(url: str, kind: str, mode: CspMode, http: bool) -> bool:
    """Whether the page's policy loads ``url`` for ``kind``, as :mod:`csp` writes it."""
    scheme = urlsplit(url.strip()).scheme.lower()
    if not scheme:
        return kind != "import" or mode == "relaxed"  # the page's own origin
    if kind == "image":
        return scheme == "https" or (scheme == "http" and http)
    return mode == "relaxed" and scheme == "https"


def blocked(css: str, mode: CspMode, *, http: bool = False) -> list[Blocked]:
    """What ``css`` loads that a ``mode`` policy refuses: ``@import`` (styles come only from
    the page's own ``<style>`` elements under ``"strict"``), fonts not from the page's own
    origin, images from ``data:`` or other schemes (``http:`` only when ``http``)."""
    found = []
    for rule in _rules(tinycss2.parse_stylesheet(css, skip_comments=True,
                                                 skip_whitespace=True)):
        if isinstance(rule, AtRule) and rule.lower_at_keyword == "import":
            kind, urls = "import", list(_urls(rule.prelude))
            urls += [(rule.source_line, t.value) for t in rule.prelude if t.type == "string"]
        elif isinstance(rule, AtRule) and rule.lower_at_keyword == "font-face":
            kind, urls = "font", list(_urls(rule.content))
        elif isinstance(rule, QualifiedRule):
            kind, urls = "image", list(_urls(rule.content))
        else:
            continue
        found += [Blocked(line, url, kind) for line, url in urls
                  if not _allowed(url, kind, mode, http)]
    return found


def report_blocked(log: FindingLog, where: str, css: str, mode: CspMode, *,
                   http: bool) -> None:
    """A ``render-style-blocked`` finding for each thing ``css`` loads that the policy
    refuses; ``where`` names the stylesheet."""
    for item in blocked(css, mode, http=http):
        log.report("render-style-blocked", "", item.kind, where=f"{where}:{item.line}",
                   url=item.url)


def report_inline_styles(log: FindingLog, html: str, allowed_styles: int) -> None:
    """``render-style-blocked`` findings for what override templates put in the page that
    no policy hash allows: ``style`` attributes, and ``<style>`` elements beyond the
    ``allowed_styles`` the policy names."""
    if "style" not in html:
        return
    tree = lxml.html.document_fromstring(html)
    attributes = [node for node in tree.iter() if isinstance(node.tag, str)
                  and node.get("style") is not None]
    if attributes:
        first = attributes[0]
        log.report("render-style-blocked", "", "attribute", count=len(attributes),
                   first=f"<{first.tag} style=\"{first.get('style')}\">")
    extra = sum(1 for _ in tree.iter("style")) - allowed_styles
    if extra > 0:
        log.report("render-style-blocked", "", "element", count=extra)
