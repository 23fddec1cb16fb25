"""The documents of a page's ``iframe srcdoc`` frames, judged by the static rules as documents
of their own (ACT judges each document; a frame's is a nested browsing context, not the page).

A finding inside a frame is placed by the frame's selector in the page, then the element's
in the frame's document, joined as axe-core joins them (:data:`target.FRAME_STEP`), on the
frame's line. Rules about the page as a whole (its title, its ``lang``, its main content) set
:attr:`~broadsheet.checks.rule.Rule.top_level_only` and are not run inside frames.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from broadsheet.checks import dom, target
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rules.frames import frame_document

#: Frames inside frames are followed this deep (each level's ``srcdoc`` is escaped again, so
#: deeper ones are rare and large).
MAX_DEPTH = 4
#: Frame documents judged on one page at most (each is a parse and a run of every rule: a
#: page of thousands of tiny ``srcdoc`` frames is not judged frame by frame past these).
MAX_FRAMES = 200


@dataclass(frozen=True, slots=True)
class Frame:
    """A ``srcdoc`` frame's document and where the frame is in the page."""

    doc: Document
    #: The frame's selector in the page (through the frames holding it, if any).
    path: str
    #: The frame's line in the page's source.
    line: int | None


def frames(doc: Document, excluded: Callable[[Element], bool] = lambda _: False) -> list[Frame]:
    """Every ``iframe srcdoc`` document shown by ``doc``, frames in frames included, in
    document order, up to :data:`MAX_FRAMES`. Not judged: frames ``excluded`` (by the page's
    scope), in a ``template`` or ``noscript``, and frames whose document is neither drawn nor
    exposed (not rendered, ``inert``, under ``aria-hidden``)."""
    found: list[Frame] = []
    _walk(doc, excluded, None, found, 1)
    return found


def document(doc: Document, frame: Element) -> Document | None:
    """The document ``frame``'s ``srcdoc`` shows, as the static rules judge it; None for a
    frame without ``srcdoc`` (one loading another page is judged only as an element) or
    whose document is not an HTML page."""
    if frame.get("srcdoc") is None:
        return None
    inner = frame_document(doc, frame)
    return inner if inner is not None and dom.is_html_page(inner) else None


def _walk(doc: Document, excluded: Callable[[Element], bool], outer: Frame | None,
          found: list[Frame], depth: int) -> None:
    for frame in doc.tags("iframe"):
        if len(found) >= MAX_FRAMES:
            return
        if frame.get("srcdoc") is None or excluded(frame) or namespace(frame) != HTML_NS:
            continue
        top = doc.scopes.get(frame) if doc.scopes else None
        if top is not None and local_name(top) in {"template", "noscript"}:
            continue
        if not dom.is_rendered(doc, frame) or dom.is_inert(doc, frame) \
                or dom.aria_hidden(frame, doc):
            continue
        inner = document(doc, frame)
        if inner is None:
            continue
        here = target.selector(doc, frame)
        placed = (Frame(inner, here, doc.line(frame)) if outer is None else
                  Frame(inner, f"{outer.path}{target.FRAME_STEP}{here}", outer.line))
        found.append(placed)
        if depth < MAX_DEPTH:
            _walk(inner, lambda _: False, placed, found, depth + 1)
