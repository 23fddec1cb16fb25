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


@dataclass(frozen=True, slots=True)
class Frame:
    """A ``srcdoc`` frame's document and where the frame is in the page."""

    doc: Document
    #: The frame's selector in the page (through the frames holding it, if any).
    path: str
    #: The frame's line in the page's source.
    line: int | None


def frames(doc: Document, excluded: Callable[[Element], bool] = lambda _: False,
           path: str = "", line: int | None = None, depth: int = 1) -> list[Frame]:
    """Every ``iframe srcdoc`` document shown by ``doc``, frames in frames included, in
    document order. Not judged: frames ``excluded`` (by the page's scope), in a
    ``template`` or ``noscript``, and frames whose document is neither drawn nor exposed
    (not rendered, ``inert``, under ``aria-hidden``)."""
    found: list[Frame] = []
    for frame in doc.tags("iframe"):
        if frame.get("srcdoc") is None or excluded(frame) or namespace(frame) != HTML_NS:
            continue
        top = doc.scopes.get(frame) if doc.scopes else None
        if top is not None and local_name(top) in {"template", "noscript"}:
            continue
        if not dom.is_rendered(doc, frame) or dom.is_inert(doc, frame) \
                or dom.aria_hidden(frame, doc):
            continue
        inner = frame_document(doc, frame)
        if inner is None or not dom.is_html_page(inner):
            continue
        here = target.selector(doc, frame)
        placed = Frame(inner, f"{path}{target.FRAME_STEP}{here}" if path else here,
                       doc.line(frame) if line is None else line)
        found.append(placed)
        if depth < MAX_DEPTH:
            found.extend(frames(inner, path=placed.path, line=placed.line, depth=depth + 1))
    return found
