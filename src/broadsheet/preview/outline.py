"""What a screen-reader user meets first: the landmarks and headings of a page."""

from __future__ import annotations

from dataclasses import dataclass

from broadsheet.checks.accname import accessible_name
from broadsheet.checks.dom import (
    heading_level,
    in_accessibility_tree,
    is_heading,
    is_landmark,
    role,
)
from broadsheet.checks.parse import Document, parse


@dataclass(frozen=True, slots=True)
class OutlineItem:
    """A landmark (``kind="landmark"``) or heading, with its nesting depth."""

    kind: str
    role: str
    name: str
    depth: int
    level: int | None = None


def outline(html: str) -> tuple[list[OutlineItem], list[OutlineItem]]:
    """(landmarks, headings) in document order, as exposed to assistive technology."""
    doc = parse(html)
    landmarks: list[OutlineItem] = []
    headings: list[OutlineItem] = []
    depth_of: dict[object, int] = {}
    for element in doc.elements:
        parent_depth = next((depth_of[a] for a in element.iterancestors() if a in depth_of), -1)
        if not in_accessibility_tree(doc, element):
            continue
        if is_landmark(doc, element):
            depth_of[element] = parent_depth + 1
            landmarks.append(OutlineItem("landmark", role(doc, element) or "", _name(doc, element),
                                         parent_depth + 1))
        elif is_heading(doc, element):
            level = heading_level(element)
            headings.append(OutlineItem("heading", "heading", _name(doc, element), level - 1,
                                        level))
    return landmarks, headings


def _name(doc: Document, element: object) -> str:
    return accessible_name(doc, element)  # type: ignore[arg-type]
