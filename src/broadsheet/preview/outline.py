"""What a screen-reader user meets first: the landmarks and headings of a page."""

from __future__ import annotations

from dataclasses import dataclass

from broadsheet.blocks import media
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


@dataclass(frozen=True, slots=True)
class Player:
    """An ``<audio>`` or ``<video>`` player as a screen reader announces it: ``kind``
    (``audio`` or ``video``), its accessible ``name``, its ``length`` (``24:30``) when the
    page gives it (a ``<time datetime="PT24M30S">`` in its figure), and ``figure``, the
    accessible name of the figure holding it (where it is said), or empty."""

    kind: str
    name: str
    length: str
    figure: str


def players(html: str) -> list[Player]:
    """The page's audio and video players in document order, those hidden from assistive
    technology left out. Playwright's ARIA snapshot omits them (they have no ARIA role), so
    :func:`~broadsheet.preview.announce.announcements` puts them back where they are said."""
    doc = parse(html)
    found: list[Player] = []
    for element in doc.elements:
        if element.tag not in ("audio", "video") or not in_accessibility_tree(doc, element):
            continue
        figure = next((a for a in element.iterancestors() if a.tag == "figure"), None)
        length = ""
        for time in (figure if figure is not None else element).iter("time"):
            length = clock(time.get("datetime", ""))
            if length:
                break
        found.append(Player(str(element.tag), _name(doc, element), length,
                            _name(doc, figure) if figure is not None else ""))
    return found


def clock(duration: str) -> str:
    """An ISO 8601 duration (``PT24M30S``) as a player shows it (``24:30``): the page's own
    formatting (:func:`broadsheet.blocks.media.clock_duration`); empty when it is no
    duration or says nothing (zero)."""
    iso = duration.strip()
    if media.says_nothing(iso) or media.duration_seconds(iso) is None:
        return ""
    return media.clock_duration(iso)
