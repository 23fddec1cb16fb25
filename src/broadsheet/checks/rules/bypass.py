"""Bypass blocks (WCAG 2.4.1): a heading, a landmark or a skip link leads past repeated content.

Which content is "repeated" needs judgement; statically we take the page's leading run of
navigation-like content (``nav``, ``header``, ``aside``, their landmark roles, links and lists
of links) and call the first content after it the start of the main content.

A block of repeated content is one an equivalent of which is on another page (the ACT
glossary); markup alone cannot show that of a single bare link (a javadoc frame opens with
the one link ``gnu.gettext``, on no other page). Only navigation marked up as such (``nav``,
a landmark, a list of links, several links in a row) is taken as certainly repeated: without
it before some non-repeated content, the rules say ``cant_tell`` where they would fail
(issue 13).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes, urlsplit

from lxml import etree

from broadsheet.checks import dom
from broadsheet.checks.parse import Document, Element, local_name
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact, Outcome

_REPEATED_TAGS = frozenset({"nav"})
_MARKED_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "search"})


@dataclass
class Layout:
    """Perceivable content in document order and where the main content starts.

    A content unit is a position in the walk (each start and end tag counts one) and the
    element owning the text there: ``positions[i]`` and ``owners[i]``, two flat sequences
    rather than a tuple per unit (a 10 MB page has ~60,000 units). ``start`` holds the start
    positions of only the elements the rules ask about: headings and same-page link targets.
    """

    positions: array[int]
    owners: list[Element]
    start: dict[Element, int]
    main_start: tuple[int, Element] | None
    leading_repeated: bool
    #: The first content that is not repeated, wherever it is (it may precede ``main``).
    first_content: tuple[int, Element] | None = None
    #: The first content inside the ``main`` landmark, breadcrumbs included (None when no
    #: ``main`` landmark holds perceivable content).
    main_first: tuple[int, Element] | None = None

    @property
    def from_main(self) -> bool:
        """Whether the start comes from a ``main`` landmark holding perceivable content."""
        return self.main_first is not None


def _asked_about(doc: Document) -> set[Element]:
    """The elements whose start position the rules compare: headings and the targets of
    same-page links."""
    asked = set(dom.with_role(doc, "heading"))
    for link in dom.with_role(doc, "link"):
        target = _in_page_target(doc, link)
        if target is not None:
            asked.add(target)
    return asked


def _is_link_list(el: Element) -> bool:
    items = [c for c in el if local_name(c) == "li"]
    return bool(items) and all(any(local_name(d) == "a" for d in li.iter()) for li in items)


def _navigation(doc: Document, el: Element, *, bare_links: bool) -> bool:
    """Whether ``el`` is, or is inside, navigation-like content (never past ``main``):
    ``nav``, a landmark role, a list of links, and with ``bare_links`` any link."""
    memo = doc.memo("repeated" if bare_links else "marked-repeated")
    if el in memo:
        return bool(memo[el])
    name = local_name(el)
    role = dom.role(doc, el)
    if role == "main":
        memo[el] = False
        return False
    found = (name in _REPEATED_TAGS or role in _MARKED_ROLES
             or (bare_links and (name == "a" or role == "link"))
             or (name in {"ul", "ol", "menu"} and _is_link_list(el)))
    if not found:
        up = dom.parent(el)
        found = up is not None and _navigation(doc, up, bare_links=bare_links)
    memo[el] = found
    return found


def _repeated(doc: Document, el: Element) -> bool:
    """Navigation-like content, bare links included: what the rules take as repeated."""
    return _navigation(doc, el, bare_links=True)


def _marked(doc: Document, el: Element) -> bool:
    """Navigation marked up as such: ``nav``, a landmark role, a list of links, or inside one."""
    return _navigation(doc, el, bare_links=False)


def _link_of(doc: Document, el: Element) -> Element | None:
    return next((up for up in dom.lineage(el)
                 if local_name(up) == "a" or dom.role(doc, up) == "link"), None)


def _marked_before_content(doc: Document, owners: list[Element]) -> bool:
    """Whether a run of repeated units that is certainly navigation (one marked up as such,
    or several links in a row) comes before some non-repeated content."""
    marked = False
    links: set[Element] = set()
    for el in owners:
        if _content(doc, el):
            if marked or len(links) > 1:
                return True
            marked, links = False, set()
        elif not marked:
            marked = _marked(doc, el)
            link = _link_of(doc, el)
            if link is not None:
                links.add(link)
    return False


def _content(doc: Document, el: Element) -> bool:
    """Non-repeated content: not navigation-like, or inside a heading (a linked headline)."""
    if not _repeated(doc, el):
        return True
    heading = dom.closest(doc, "heading", el, lambda up: dom.role(doc, up) == "heading")
    return heading is not None and not _repeated(doc, heading)


def layout(doc: Document) -> Layout:
    """Walk the body once, recording content units and element start positions."""
    cached = doc.values.get("layout")
    if isinstance(cached, Layout):
        return cached
    positions: array[int] = array("q")
    owners: list[Element] = []
    start: dict[Element, int] = {}
    asked = _asked_about(doc)
    body = doc.body
    counter = 0
    hidden_root: Element | None = None
    flags = dom.accessibility_flags(doc)
    hidden = dom.HIDDEN
    if body is not None:
        for event, el in etree.iterwalk(body, events=("start", "end")):
            if not isinstance(el.tag, str):
                continue
            if event == "start":
                if el in asked:
                    start[el] = counter
                # ACT perceivable content: visible *or* in the accessibility tree, so
                # visible text under aria-hidden or inert still counts (in it, visible).
                if hidden_root is None:
                    if flags.get(el, 0) & hidden:
                        hidden_root = el
                    else:
                        text = el.text
                        name = local_name(el) if text or el.get("alt") else ""
                        if name not in {"script", "style"} and (
                                (text and text.strip()) or (
                                name in {"img", "input"} and (el.get("alt") or "").strip())):
                            positions.append(counter)
                            owners.append(el)
                counter += 1
            else:
                if hidden_root is el:
                    hidden_root = None
                if hidden_root is None and el is not body and el.tail and el.tail.strip():
                    up = dom.parent(el)
                    if up is not None:
                        positions.append(counter)
                        owners.append(up)
                counter += 1
    # ACT "non-repeated content after repeated content": content that some repeated content
    # precedes. A heading or paragraph before the navigation starts nothing (047fe0 asks for
    # a heading *after* the repeated content).
    first_content = None
    seen_repeated = False
    for i, el in enumerate(owners):
        if not _content(doc, el):
            seen_repeated = True
        elif seen_repeated:
            first_content = (positions[i], el)
            break
    mains = [el for el in dom.with_role(doc, "main") if dom.in_accessibility_tree(doc, el)]
    for main in mains:
        inside = set(main.iter())
        in_main = [i for i, el in enumerate(owners) if el in inside]
        if not in_main:
            continue  # an empty main landmark holds no content to start
        # Breadcrumbs or a "back" link may open the main landmark: skip repeated content.
        first = in_main[0]
        opening = next((i for i in in_main if _content(doc, owners[i])), first)
        result = Layout(positions, owners, start, (positions[opening], owners[opening]),
                        first != 0, first_content,
                        main_first=(positions[first], owners[first]))
        doc.values["layout"] = result
        return result
    main_start = first_content
    leading = first_content is not None
    result = Layout(positions, owners, start, main_start, leading, first_content)
    doc.values["layout"] = result
    return result


def _other_page(href: str | None) -> bool:
    """Whether a link's ``href`` leads to another web page: a URL with a host or a path of its
    own, not a fragment or query of this page, nor ``mailto:``, ``tel:``, ``javascript:``
    and the like (only the page's own base URL, unknown here, could tell that a path names
    the page itself)."""
    if href is None:
        return False
    parts = urlsplit(href.strip(" \t\n\f\r"))
    if parts.scheme and parts.scheme.lower() not in {"http", "https", "file", "ftp"}:
        return False
    return bool(parts.netloc or parts.path)


def _leads_elsewhere(doc: Document) -> bool | None:
    """Whether an instrument leads to another page (ACT's "distance 1", which a block of
    repeated content needs): a link or image-map area to another URL, or a form (its action
    may name another path). None when no markup does but the page has scripts, which may."""
    if any(_other_page(el.get("href")) for el in (*doc.tags("a"), *doc.tags("area"))) \
            or doc.tags("form"):
        return True
    return None if _scripted(doc) else False


def _failed(doc: Document, page: Layout, message: str) -> Verdict:
    """*failed*, when navigation marked up as such shows what repeats; else ``cant_tell``;
    *passed* when nothing leads to another page, so no content can repeat on one.
    Asked only on the way to a failure, so a passing page never walks its content again."""
    elsewhere = _leads_elsewhere(doc)
    if elsewhere is False:
        # ACT glossary, block of repeated content: "distance 1: there exist an instrument in
        # P which leads the user to another HTML web page P'" (USWDS's banner test page).
        return passed("No link or form leads to another page, so no content repeats")
    if elsewhere is None:
        return cant_tell(f"{message}, if the page's scripts lead to other pages on which the "
                         "content before it repeats")
    if "bypass-certain" not in doc.values:
        doc.values["bypass-certain"] = _marked_before_content(doc, page.owners)
    if doc.values["bypass-certain"]:
        return failed(message)
    return cant_tell(f"{message}, if the content before it repeats on other pages (only "
                     "bare links precede it, no navigation marked up as such)")


class _BypassRule(Rule):
    def applicable(self, doc: Document) -> Iterable[Element]:
        return [doc.root] if dom.is_html_page(doc) and doc.body is not None else []

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        """The verdict on the page, worked out once: ``bypass`` asks the three other rules."""
        key = f"bypass-verdict:{self.id}"
        found = doc.values.get(key)
        if not isinstance(found, Verdict):
            found = doc.values[key] = self.judge(element, doc)
        return found

    def judge(self, element: Element, doc: Document) -> Verdict:
        raise NotImplementedError


class HeadingForMainContent(_BypassRule):
    """Checks that the main content starts with a heading, when repeated content precedes it.

    Why it matters: screen reader users jump by headings; a heading at the start of the main
    content lets them skip the navigation in one keystroke.

    How to fix: start the main content with a heading (usually the page's ``h1``).
    """

    id = "heading-for-main-content"
    top_level_only = True
    help = "Start the main content with a heading"
    description = "After repeated content, the main content begins with a heading."
    impact = Impact.MODERATE
    tags = ("best-practice", "act")
    act_ids = ("047fe0",)

    def judge(self, element: Element, doc: Document) -> Verdict:
        page = layout(doc)
        if not page.leading_repeated or page.main_start is None:
            return passed("No repeated content precedes the main content")
        position = page.main_start[0]
        # The non-repeated content may start before the main landmark (a page heading placed
        # between the navigation and <main>), so either start may carry the heading.
        starts = [page.main_start]
        if page.first_content is not None and page.first_content[0] < position:
            starts.append(page.first_content)
        for _, start_owner in starts:
            heading = next((el for el in [start_owner, *dom.ancestors(start_owner)]
                            if dom.role(doc, el) == "heading" and dom.drawn(doc, el)
                            and dom.in_accessibility_tree(doc, el)), None)
            if heading is not None and dom.clear_text_only(doc, heading):
                # 047fe0 wants the heading *visible*: text in a transparent colour draws
                # nothing unless the heading has a background or border (it passed).
                return cant_tell("The heading that starts the main content has transparent "
                                 "text: whether it is visible depends on its box")
            if heading is not None:
                return passed("The main content starts with a heading")
        later = [el for el in dom.with_role(doc, "heading")
                 if dom.in_accessibility_tree(doc, el) and page.start.get(el, -1) >= position
                 and dom.drawn(doc, el)]
        if any(_in_main(doc, el) and not dom.clear_text_only(doc, el) for el in later):
            # 047fe0 asks for *some* heading that is non-repeated content after repeated
            # content, not one at its start; HTML's main "excludes content that is repeated
            # across a set of documents", so a heading whose nearest landmark is main is one.
            return passed("A heading in the main landmark follows the repeated content")
        if later:
            return cant_tell("A heading follows later; whether it starts the main content "
                             "needs judgement")
        return _failed(doc, page, "No heading marks the start of the main content")


def _in_main(doc: Document, element: Element) -> bool:
    """The element's nearest landmark (in the accessibility tree) is a ``main``."""
    for ancestor in dom.ancestors(element):
        if dom.is_landmark(doc, ancestor) and dom.in_accessibility_tree(doc, ancestor):
            return dom.role(doc, ancestor) == "main"
    return False


class LandmarkForMainContent(_BypassRule):
    """Checks that the main content is in a landmark (ideally ``main``).

    Why it matters: landmarks let screen reader users jump straight past navigation.

    How to fix: wrap the main content in ``<main>``.
    """

    id = "landmark-for-main-content"
    top_level_only = True
    help = "Put the main content in a landmark"
    description = "A landmark in the accessibility tree holds the non-repeated content."
    impact = Impact.MODERATE
    tags = ("best-practice", "act")
    act_ids = ("b40fd1",)

    def judge(self, element: Element, doc: Document) -> Verdict:
        page = layout(doc)
        if page.from_main:
            return passed("The page has a main landmark holding content")
        if not page.leading_repeated or page.main_start is None:
            # b40fd1: "either there is no non-repeated content after repeated content or ..."
            return passed("No repeated content precedes the main content")
        if any(
                dom.is_landmark(doc, el) and dom.in_accessibility_tree(doc, el)
                for el in dom.ancestors(page.main_start[1])):
            return passed("The main content is inside a landmark")
        return _failed(doc, page, "The main content is not inside any landmark")


def _in_page_target(doc: Document, link: Element) -> Element | None:
    href = (link.get("href") or "").strip()
    if not href.startswith("#") or len(href) < 2:
        return None
    fragment = href[1:]
    found = _potential_indicated(doc, fragment)
    if found is None:
        # HTML, the indicated part: failing the fragment as written, its percent-decoding
        decoded = unquote_to_bytes(fragment).decode("utf-8", errors="replace")
        if decoded != fragment:
            found = _potential_indicated(doc, decoded)
    return found


def _potential_indicated(doc: Document, fragment: str) -> Element | None:
    """HTML's "find a potential indicated element": the element with that id, else the
    first ``a`` element with that name."""
    found = doc.by_id(fragment)
    if found is None:
        names = doc.values.get("anchor-names")
        if not isinstance(names, dict):
            names = doc.values["anchor-names"] = {}
            for a in doc.tags("a"):
                names.setdefault(a.get("name"), a)
        found = names.get(fragment)
    return found


class SkipToMainContent(_BypassRule):
    """Checks that a link moves focus to the start of the main content past repeated content.

    Why it matters: keyboard users otherwise tab through every navigation link on every page.

    How to fix: make the first focusable element a "Skip to main content" link whose target is
    the main content (``<a href="#main">`` and ``<main id="main">``).
    """

    id = "skip-to-main-content"
    top_level_only = True
    help = "Provide a link that skips to the main content"
    description = "A same-page link leads to the start of the content after repeated blocks."
    impact = Impact.MODERATE
    tags = ("best-practice", "act")
    act_ids = ("ye5d6e",)

    def judge(self, element: Element, doc: Document) -> Verdict:
        page = layout(doc)
        if not page.leading_repeated or page.main_start is None:
            return passed("No repeated content precedes the main content")
        main_position = page.main_start[0]
        # A skip link may land at the top of <main>, before its breadcrumbs.
        landing = page.main_first[0] if page.main_first is not None else main_position
        later = False
        for link in dom.with_role(doc, "link"):
            if not dom.in_sequential_focus(doc, link):
                continue
            target = _in_page_target(doc, link)
            if target is None or target not in page.start:
                continue
            begin = page.start[target]
            if begin > main_position:
                # ye5d6e's background: "the rule ... only requires to move focus to some
                # non-repeated content": a target just before non-repeated content further
                # on (past the start of the main content) passes too.
                first_after = bisect_left(page.positions, begin)
                if first_after < len(page.positions) \
                        and _content(doc, page.owners[first_after]):
                    return passed(f"{link.get('href')} leads to non-repeated content")
                later = True
                continue
            # No content unit from the target up to the main content (the first unit at or
            # after the target is the main content's, or later).
            first_after = bisect_left(page.positions, begin)
            if first_after == len(page.positions) \
                    or page.positions[first_after] >= min(main_position, landing):
                return passed(f"{link.get('href')} leads to the main content")
        if later or _scripted(doc):
            return cant_tell("No link reaches the main content statically; scripts or "
                             "judgement may provide one")
        return _failed(doc, page, "No link moves focus past the repeated content to the main "
                       "content")


def _scripted(doc: Document) -> bool:
    return bool(doc.tags("script")) or any(
        any(str(key).startswith("on") for key in el.attrib) for el in doc.elements)


class Bypass(_BypassRule):
    """Checks that some mechanism bypasses blocks of repeated content (WCAG 2.4.1).

    Why it matters: people using keyboards or screen readers must not wade through the same
    navigation on every page.

    How to fix: use a ``main`` landmark, a heading at the start of the main content, or a
    skip link — ideally all three.
    """

    id = "bypass"
    top_level_only = True
    help = "Let people bypass repeated blocks"
    description = "A heading, a landmark or a skip link leads past repeated content."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("2.4.1",)
    act_ids = ("cf77f2",)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        parts = [HeadingForMainContent(), LandmarkForMainContent(), SkipToMainContent()]
        verdicts = [part.evaluate(element, doc) for part in parts]
        outcomes = {v.outcome for v in verdicts}
        if Outcome.PASSED in outcomes:
            return passed(next(v.message for v in verdicts if v.outcome is Outcome.PASSED))
        if outcomes == {Outcome.FAILED}:
            return failed("No heading, landmark or skip link bypasses the repeated content")
        return cant_tell("No mechanism bypasses the repeated content for certain")


RULES = [Bypass, HeadingForMainContent, LandmarkForMainContent, SkipToMainContent]
