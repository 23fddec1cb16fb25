"""Frames in the tab order (W3C ACT akn7bn): a frame with a negative ``tabindex`` takes the
whole of its document's tab order out of the page's.

What a frame contains is known from its ``srcdoc``, or from the file its ``src`` names in the
page's own folder tree (or the ACT suite's ``test-assets``); a frame loading another page
(remote, outside the folder) with a negative ``tabindex`` is ``cant_tell``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from broadsheet.checks import aria, dom, linked_css
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace, parse
from broadsheet.checks.rule import Rule, Verdict, cant_tell, failed, passed
from broadsheet.findings import Impact
from broadsheet.inputs import ReadError, read_regular

#: A frame's page larger than this is not read (the frame stays unknown).
MAX_FRAME_BYTES = 5 * 1024 * 1024

_TINY = re.compile(r"^\s*[01](?:\.0*)?\s*(?:px)?\s*$")
_STYLE_SIZE = re.compile(r"(?:^|;)\s*(?:width|height)\s*:\s*[01](?:\.0*)?(?:px)?\s*(?:;|$)",
                         re.I)


def _shows_nothing(doc: Document, frame: Element) -> bool:
    """Hidden, or one pixel or less wide or high: nothing inside can be seen."""
    if not dom.is_visible(doc, frame) or _drawn_nowhere(doc, frame):
        return True
    if any(_TINY.match(frame.get(attr) or "x") for attr in ("width", "height")):
        return True
    return bool(_STYLE_SIZE.search(dom.style_of(frame)))


def _drawn_nowhere(doc: Document, element: Element) -> bool:
    """Moved off screen, clipped away or transparent, by itself or an ancestor (not ACT
    *visible*)."""
    return any(dom.hidden_visually(doc, el) for el in dom.lineage(element))


def _scripts_off(frame: Element) -> bool:
    """A ``sandbox`` without ``allow-scripts``: the frame's document is parsed with scripting
    disabled, so its ``noscript`` content is markup (HTML §4.8.5, §13.2)."""
    sandbox = frame.get("sandbox")
    return sandbox is not None and "allow-scripts" not in aria.role_tokens(sandbox)


def frame_document(doc: Document, frame: Element) -> Document | None:
    """The document a frame shows, when the markup or a local file tells: its ``srcdoc``, or
    the file of the page's folder its ``src`` names (:func:`linked_css.local_file`), parsed
    with the frame's scripting flag; None when unknown."""
    memo = doc.memo("frame-document")
    if frame not in memo:
        source: str | bytes | None = frame.get("srcdoc")
        src = (frame.get("src") or "").strip(aria.ASCII_WHITESPACE)
        if source is None and src:
            path = linked_css.local_file(doc, src)
            try:
                source = read_regular(path, max_bytes=MAX_FRAME_BYTES,
                                      kind="a frame's page") if path is not None else None
            except ReadError:
                source = None
        memo[frame] = None if source is None else parse(
            source, file_ext="html", keep_source=False, scripting=not _scripts_off(frame))
    found = memo[frame]
    return found if isinstance(found, Document) else None


def frame_tab_stops(doc: Document, frame: Element) -> int | None:
    """Visible elements in the tab order of a frame's document (None: unknown)."""
    memo = doc.memo("frame-tab-stops")
    if frame not in memo:
        inner = frame_document(doc, frame)
        if inner is None:
            memo[frame] = None
        else:
            memo[frame] = sum(1 for el in inner.elements
                              if not (inner.scopes and el in inner.scopes
                                      and local_name(inner.scopes[el]) == "template")
                              and dom.in_sequential_focus(inner, el)
                              and dom.is_visible(inner, el)
                              and not _drawn_nowhere(inner, el))
    found = memo[frame]
    return None if found is None else int(found)


class FrameTabOrder(Rule):
    """Checks that frames with focusable content are not taken out of the tab order.

    Applies to ``iframe`` elements that are not inert and whose document has visible content
    reachable with Tab (known from ``srcdoc`` or a ``src`` file of the page's folder; a frame
    loading another page with a negative ``tabindex`` is ``cant_tell``). Such a frame must
    not have a negative ``tabindex``.

    Why it matters: ``tabindex="-1"`` on a frame removes everything inside it from the
    keyboard's tab order, so its links and buttons cannot be reached without a mouse.

    How to fix: remove the negative ``tabindex`` from the frame, or remove the interactive
    content from the frame.
    """

    id = "frame-tab-order"
    help = "Keep frames with interactive content in the tab order"
    description = "iframes with content in sequential focus order have no negative tabindex."
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("2.1.1",)
    act_ids = ("akn7bn",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for frame in doc.tags("iframe"):
            if (namespace(frame) != HTML_NS or dom.is_inert(doc, frame)
                    or _shows_nothing(doc, frame)):
                continue
            stops = frame_tab_stops(doc, frame)
            if stops or (stops is None and (dom.tabindex(frame) or 0) < 0):
                found.append(frame)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        index = dom.tabindex(element)
        negative = index is not None and index < 0
        if frame_tab_stops(doc, element) is None:
            return cant_tell("The frame is out of the tab order; whether the page it loads "
                             "has anything to tab to cannot be told from the markup")
        if negative:
            return failed("The frame's content can be tabbed to, but tabindex="
                          f"{element.get('tabindex')!r} takes it out of the tab order")
        return passed("The frame's content is in the page's tab order")


RULES = [FrameTabOrder]
