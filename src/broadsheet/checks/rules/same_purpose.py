"""Links and frames with matching names must lead to the same or equivalent resources (W3C ACT
b20e66, fd3a94, 4b1c6c). Markup proves *the same resource* when the parsed URLs are
identical; whether two different URLs are *equivalent* needs a person (``cant_tell``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from typing import ClassVar
from urllib.parse import urljoin, urlsplit, urlunsplit

from broadsheet.checks import aria, dom
from broadsheet.checks.accname import accessible_name
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Verdict, cant_tell, passed
from broadsheet.checks.rules.review import ReviewRule, named_links, short
from broadsheet.checks.rules.tables import assigned_headers

#: Stands for the page's own URL, which markup does not give: relative URLs resolve against
#: it the same way for every link of the page.
_PAGE = "https://page.invalid/path/page"
_URL_STRIP = "\t\n\f\r "
#: Elements laid out inline by default (the HTML rendering section); any other element
#: generates a block container.
_INLINE = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "button", "cite", "code", "data",
    "del", "dfn", "em", "font", "i", "img", "input", "ins", "kbd", "label", "map", "mark",
    "meter", "object", "output", "picture", "progress", "q", "ruby", "s", "samp", "select",
    "small", "span", "strike", "strong", "sub", "sup", "svg", "textarea", "time", "tt", "u",
    "var", "wbr", "iframe", "embed", "canvas", "video", "audio", "slot"})


def match_key(name: str) -> str:
    """ACT's *matching characters*: whitespace trimmed and collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def _base(doc: Document) -> str:
    for el in doc.tags("base"):
        href = el.get("href")
        if href is not None and namespace(el) == HTML_NS:
            return urljoin(_PAGE, href.strip(_URL_STRIP))
    return _PAGE


def resolved(doc: Document, url: str | None) -> str | None:
    """The parsed URL (scheme and host lower-cased, default port dropped); None when there
    is none or it is a ``javascript:`` URL, whose destination only running it tells."""
    if url is None:
        return None
    text = "".join(ch for ch in url.strip(_URL_STRIP) if ch not in "\t\n\r")
    full = urljoin(_base(doc), text)
    try:
        parts = urlsplit(full)
        port = parts.port
    except ValueError:
        return full
    if parts.scheme.lower() == "javascript":
        return None
    host = (parts.hostname or "")
    if port is not None and (parts.scheme, port) not in {("http", 80), ("https", 443)}:
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or ("/" if netloc else ""),
                       parts.query, parts.fragment))


def _link_target(doc: Document, link: Element) -> str | None:
    href = link.get("href")
    if href is None:
        href = link.get("{http://www.w3.org/1999/xlink}href")
    return resolved(doc, href)


def _sets(doc: Document, elements: Iterable[Element],
          key: Callable[[Element], Hashable]) -> dict[Hashable, list[Element]]:
    groups: dict[Hashable, list[Element]] = defaultdict(list)
    for el in elements:
        groups[key(el)].append(el)
    return {k: v for k, v in groups.items() if len(v) > 1}


def _same_or_review(doc: Document, element: Element, group: list[Element],
                    target: Callable[[Element], str | None], what: str) -> Verdict:
    targets = [target(el) for el in group]
    name = short(accessible_name(doc, element))
    if None not in targets and len(set(targets)) == 1:
        return passed(f"The {len(group)} {what}s named {name!r} all lead to {targets[0]}")
    return cant_tell(f"{len(group)} {what}s are named {name!r} but lead to different (or "
                     "script-given) destinations: are they equivalent?")


class IdenticalLinksSamePurpose(ReviewRule):
    """Checks that links with the same name lead to the same or an equivalent resource.

    Applies to every link in the accessibility tree whose name matches (ignoring case and
    extra whitespace) that of another such link on the page. Passed when the links' parsed
    URLs are identical; otherwise ``cant_tell``: whether different URLs are equivalent needs
    a person.

    Why it matters: people who list links by name expect two "Results" links to go to the
    same place.

    How to fix: give links to different places different names ("Election results",
    "Match results").
    """

    id = "identical-links-same-purpose"
    help = "Give links with the same name the same purpose"
    description = "Links with matching names lead to the same or equivalent resources."
    wcag: ClassVar[tuple[str, ...]] = ("2.4.9",)
    act_ids = ("b20e66",)

    def _groups(self, doc: Document) -> dict[Hashable, list[Element]]:
        memo = doc.memo(f"{self.id}-groups")
        if doc.root not in memo:
            memo[doc.root] = _sets(doc, named_links(doc), self._key(doc))
        found: dict[Hashable, list[Element]] = memo[doc.root]
        return found

    def _key(self, doc: Document) -> Callable[[Element], Hashable]:
        return lambda el: match_key(accessible_name(doc, el))

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [el for group in self._groups(doc).values() for el in group]

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        group = next(g for g in self._groups(doc).values() if element in g)
        return _same_or_review(doc, element, group, lambda el: _link_target(doc, el), "link")


def link_context(doc: Document, link: Element) -> frozenset[Element]:
    """ACT's *programmatically determined link context*: list item ancestors, the closest
    block container, the closest cell ancestor and the header cells assigned to it, and what
    ``aria-describedby`` names, less what is not in the accessibility tree."""
    found: set[Element] = set()
    block = cell = False
    for up in dom.ancestors(link):
        role = dom.role(doc, up)
        if role == "listitem":
            found.add(up)
        if not block and (namespace(up) != HTML_NS or local_name(up) not in _INLINE):
            found.add(up)
            block = True
        if not cell and role in {"cell", "gridcell"}:
            found.add(up)
            found.update(assigned_headers(doc, up))
            cell = True
    for ref in aria.split_tokens(link.get("aria-describedby") or ""):
        el = doc.by_id(ref, link)
        if el is not None:
            found.add(el)
    return frozenset(el for el in found if dom.in_accessibility_tree(doc, el))


class IdenticalLinksSameContext(IdenticalLinksSamePurpose):
    """Checks that links with the same name and the same context serve the same purpose.

    Applies to links in the accessibility tree whose names match and whose context (list
    item, enclosing block, table cell and its header cells, ``aria-describedby``) is the same.
    Passed when their parsed URLs are identical; otherwise ``cant_tell``.

    Why it matters: two "Read more" links in one paragraph must go to the same place, or
    nothing tells them apart.

    How to fix: name each link for its destination, or put them in separate contexts.
    """

    id = "identical-links-same-context"
    help = "Give links with the same name and context the same purpose"
    description = "Links with matching names and the same context lead to equivalent resources."
    wcag = ("2.4.4", "2.4.9")
    act_ids = ("fd3a94",)

    def _key(self, doc: Document) -> Callable[[Element], Hashable]:
        return lambda el: (match_key(accessible_name(doc, el)), link_context(doc, el))


def _frame_target(doc: Document, frame: Element) -> str | None:
    source = frame.get("srcdoc")
    if source is not None:
        return "srcdoc:" + source
    return resolved(doc, frame.get("src") or "about:blank")


class IdenticalFramesSamePurpose(IdenticalLinksSamePurpose):
    """Checks that iframes with the same name embed the same or an equivalent resource.

    Applies to ``iframe`` elements in the accessibility tree whose names match. Passed when
    they embed the same ``srcdoc`` or the same parsed URL; otherwise ``cant_tell``.

    Why it matters: screen readers list frames by name; two frames named "Map" showing
    different maps cannot be told apart.

    How to fix: give each frame a title naming what it shows.
    """

    id = "identical-frames-same-purpose"
    help = "Give frames with the same name the same content"
    description = "iframes with matching names embed the same or equivalent resources."
    wcag = ("4.1.2",)
    act_ids = ("4b1c6c",)

    def _groups(self, doc: Document) -> dict[Hashable, list[Element]]:
        memo = doc.memo(f"{self.id}-groups")
        if doc.root not in memo:
            frames = [el for el in doc.tags("iframe") if namespace(el) == HTML_NS
                      and dom.in_accessibility_tree(doc, el) and accessible_name(doc, el)]
            memo[doc.root] = _sets(doc, frames, self._key(doc))
        found: dict[Hashable, list[Element]] = memo[doc.root]
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        group = next(g for g in self._groups(doc).values() if element in g)
        return _same_or_review(doc, element, group, lambda el: _frame_target(doc, el), "frame")


RULES = [IdenticalLinksSamePurpose, IdenticalLinksSameContext, IdenticalFramesSamePurpose]
