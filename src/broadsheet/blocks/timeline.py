"""The ``timeline`` block: dated events in order, each date machine-readable (``<time>``).

An event's date may be as precise as the editor knows it: a year (``1991``), a month
(``1991-08``), a day or a date and time. Events read oldest first or newest first; any other
order is an error finding (a reader going down the list would be misled).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from babel.dates import format_skeleton

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema, build_all
from broadsheet.policy.language import locale_for
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html, TimeView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

_DATE_PATTERN = ("^\\d{4}(-\\d{2}(-\\d{2}([Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?"
                 "([Zz]|[+-]\\d{2}:\\d{2}))?)?)?$(?!\\n)")

DEFINITIONS: dict[str, JsonSchema] = {
    "timeline": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "events"],
        "properties": {
            "type": {"const": "timeline"},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "The timeline's heading."},
            "events": {"type": "array", "minItems": 1,
                       "items": {"$ref": "#/$defs/timeline_event"},
                       "description": "The events in order, each a date and what happened."},
        },
    },
    "timeline_event": {
        "type": "object",
        "additionalProperties": False,
        "required": ["date", "text"],
        "properties": {
            "date": {"type": "string", "pattern": _DATE_PATTERN,
                     "description": "A year (1991), a month (1991-08), a date (1991-08-24) "
                                    "or an RFC 3339 date-time."},
            "title": {"$ref": "#/$defs/plain_text"},
            "text": {"$ref": "#/$defs/inline_html"},
        },
    },
}

_PRECISE = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]")


@dataclass(frozen=True, slots=True)
class Event:
    date: str
    text: str
    title: str | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Event:
        return cls(data["date"], data["text"], data.get("title"))


@dataclass(frozen=True, slots=True)
class Timeline(Block):
    type: ClassVar[str] = "timeline"
    events: tuple[Event, ...]
    title: str | None = None


class EventView(TimeView):
    title: str | None
    html: Html


class TimelineView(BlockView):
    title: str | None
    id: Annotated[str | None, "id of the title heading"]
    level: Annotated[int, "the title's heading level (one below the current section)"]
    events: list[EventView]


def parse_event_date(value: str) -> tuple[datetime, int]:
    """The moment an event date names and its precision (1 year, 2 month, 3 day, 4 time);
    ``ValueError`` for one the calendar does not have (``2024-02-30``)."""
    if _PRECISE.match(value):
        return datetime.fromisoformat(value.replace("z", "Z").replace("t", "T")), 4
    parts = [int(part) for part in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return datetime(year, month, day), len(parts)


def date_problems(block: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, str]]:
    """``(pointer, message)`` for each event date that names no real day."""
    events = block.get("events")
    for index, event in enumerate(events if isinstance(events, list) else ()):
        value = event.get("date") if isinstance(event, Mapping) else None
        if isinstance(value, str):
            try:
                parse_event_date(value)
            except ValueError as error:
                yield (f"{pointer}/events/{index}/date",
                       f"{value[:40]!r} is not a real date ({error})")


def _event_time(page: PageBuilder, value: str) -> TimeView:
    moment, precision = parse_event_date(value)
    if precision == 4:
        return page.time(moment)
    if precision == 3:
        return page.time(moment, date_only=True)
    locale = locale_for(page.language) or locale_for("en")
    skeleton = "y" if precision == 1 else "yMMMM"
    return {"datetime": value,
            "text": page.numerals(format_skeleton(skeleton, moment.date(), locale=locale))}


def build(data: Mapping[str, Any], pointer: str) -> Timeline:
    return Timeline(pointer, build_all(data["events"], Event.build, f"{pointer}/events"),
                    data.get("title"))


def in_order(moments: list[datetime]) -> bool:
    """Whether the moments run oldest first or newest first (by instant when every one has a
    time, else by day: events of one day may come in any order)."""
    keys: list[Any] = ([moment.timestamp() for moment in moments]
                       if all(moment.tzinfo for moment in moments)
                       else [moment.date() for moment in moments])
    return keys in (sorted(keys), sorted(keys, reverse=True))


def view(page: PageBuilder, block: Timeline) -> TimelineView:
    pointer = block.pointer
    moments = [parse_event_date(event.date)[0] for event in block.events]
    if not in_order(moments):
        page.report("render-timeline-out-of-order", pointer)
    repeated = page.heading_repeated(block.title, pointer)
    title = plain(block.title) if block.title and not repeated else None
    return {
        "type": block.type, "pointer": pointer, "title": title,
        "id": page.ids.for_text("timeline", title) if title else None,
        "level": page.sub_level(),
        "events": [{**_event_time(page, event.date),
                    "title": plain(event.title) if event.title else None,
                    "html": page.inline(event.text, f"{pointer}/events/{index}/text")}
                   for index, event in enumerate(block.events)],
    }


def words(block: Timeline) -> Iterable[str]:
    return (inline_to_text(event.text) for event in block.events)


SPEC = BlockSpec(type="timeline", model=Timeline, build=build, view=view, view_type=TimelineView,
                 template="blocks/timeline.html", definitions=DEFINITIONS, words=words,
                 docs="Events oldest first or newest first (any other order is the error "
                      "finding `render-timeline-out-of-order`); each date is rendered in a "
                      "`<time>` element in the article's language.")
