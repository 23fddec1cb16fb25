"""What video and audio share: sources, text tracks, a transcript and a duration, and the
findings for missing captions and transcripts. Not a block type itself."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypedDict

from babel.dates import format_timedelta
from babel.lists import format_list

from broadsheet.blocks.base import Block, JsonSchema
from broadsheet.policy.language import locale_for
from broadsheet.policy.sanitise import plain
from broadsheet.policy.urls import RESOURCE_SCHEMES
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

#: Definitions video and audio refer to (listed with video, the first of them).
def block_definition(kind: str, **extra: JsonSchema) -> JsonSchema:
    """A media block's schema: ``media_common`` and its properties, then ``extra``."""
    common = ("src", "sources", "title", "tracks", "transcript", "duration", "credit")
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "title"],
        "$ref": "#/$defs/media_common",
        "properties": {"type": {"const": kind}, **dict.fromkeys(common, True), **extra},
    }


DEFINITIONS: dict[str, JsonSchema] = {
    "source": {
        "type": "object",
        "additionalProperties": False,
        "required": ["src"],
        "properties": {
            "src": {"$ref": "#/$defs/url"},
            "type": {"type": "string", "pattern": "^[a-z]+/[A-Za-z0-9.+-]+(;.*)?$(?!\\n)"},
        },
    },
    "track": {
        "type": "object",
        "additionalProperties": False,
        "required": ["src", "kind", "srclang", "label"],
        "properties": {
            "src": {"$ref": "#/$defs/url"},
            "kind": {"enum": ["captions", "subtitles", "descriptions", "chapters", "metadata"]},
            "srclang": {"$ref": "#/$defs/language"},
            "label": {"$ref": "#/$defs/plain_text"},
        },
    },
    "media_common": {
        "properties": {
            "src": {"$ref": "#/$defs/url",
                    "description": "Address of the recording (or sources, for several formats)."},
            "sources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/source"},
                        "description": "The recording in several formats; the browser plays the "
                                       "first it can."},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "What the recording is: shown with the player and its name "
                                     "for screen readers."},
            "tracks": {"type": "array", "items": {"$ref": "#/$defs/track"},
                       "description": "Captions, subtitles or descriptions (WebVTT files), each in"
                                      " its language."},
            "transcript": {"$ref": "#/$defs/inline_html",
                           "description": "Everything said and heard, as text, folded under the "
                                          "player."},
            "duration": {
                "type": "string",
                "pattern": "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$(?!\\n)",
                "description": "ISO 8601 duration, e.g. PT3M12S.",
            },
            "credit": {"$ref": "#/$defs/plain_text",
                       "description": "Who made or supplied the recording (\"Reuters\"), "
                                      "shown after its label in the caption."},
        },
        "oneOf": [{"required": ["src"]}, {"required": ["sources"]}],
    },
}

_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


@dataclass(frozen=True, slots=True)
class MediaSource:
    src: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Track:
    src: str
    kind: str
    srclang: str
    label: str


@dataclass(frozen=True, slots=True)
class Media(Block):
    """Shared fields of video and audio."""

    title: str
    sources: tuple[MediaSource, ...]
    tracks: tuple[Track, ...] = ()
    transcript: str | None = None
    duration: str | None = None
    credit: str | None = None


class SourceView(TypedDict):
    src: str
    type: str | None


class TrackView(TypedDict):
    src: str
    kind: str
    srclang: str
    label: str
    default: Annotated[bool, "the first captions track is the default"]


class MediaLabels(TypedDict):
    download: str
    transcript: str
    duration: str
    credit: str
    kind: Annotated[str, "what the player plays, for its tag (\"Video\")"]
    play: Annotated[str, "a video's play button over its still (\"Play video\"), read "
                         "before the title"]
    tracks: Annotated[str, "says which captions, subtitles and descriptions the video has "
                           "(\"Available with\")"]


class LengthView(TypedDict):
    datetime: Annotated[str, "ISO 8601 (`PT3M12S`), for `<time datetime>`"]
    text: Annotated[str, "as a player's clock in the page's digits (`3:12`): shown, not read"]
    spoken: Annotated[str, "in words in the page's language (`3 minutes and 12 seconds`): "
                           "read, not shown"]


class AudioView(TypedDict):
    type: Literal["audio", "video"]
    pointer: str
    id: Annotated[str, "unique id on the page"]
    title: str
    sources: list[SourceView]
    download: Annotated[str | None, "URL of the first source, for a download link"]
    tracks: list[TrackView]
    transcript: Html | None
    labels: Annotated[MediaLabels, "localised labels"]
    duration: Annotated[LengthView | None, "the stated length; `None` when it tells nothing"]
    credit: Annotated[str | None, "plain text, read after `labels.credit`"]


def fields(data: Mapping[str, Any], pointer: str) -> dict[str, Any]:
    """The model fields video and audio share, from validated data."""
    sources = tuple(MediaSource(s["src"], s.get("type")) for s in data.get("sources", ()))
    if "src" in data:
        sources = (MediaSource(data["src"]), *sources)
    return {
        "pointer": pointer, "title": data["title"], "sources": sources,
        "tracks": tuple(Track(t["src"], t["kind"], t["srclang"], t["label"])
                        for t in data.get("tracks", ())),
        "transcript": data.get("transcript"), "duration": data.get("duration"),
        "credit": data.get("credit"),
    }


def duration_seconds(iso: str) -> int | None:
    """``PT3M12S`` as 192 (``None`` for what is no duration, or longer than ``timedelta``
    holds)."""
    match = _DURATION.match(iso)
    if not match:
        return None
    days, hours, minutes, seconds = (float(part or 0) for part in match.groups())
    try:
        span = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    except OverflowError:
        return None
    return int(span.total_seconds())


def says_nothing(iso: str | None) -> bool:
    """A stated length that tells nothing: absent or zero (``PT0S``, what a feed writes for
    "unknown"). It is not printed: a "0:00" beside a clip reads as broken. (A span beyond any
    calendar is still said as written.)"""
    return not iso or duration_seconds(iso) == 0


def clock_duration(iso: str) -> str:
    """``PT1H3M12S`` as ``1:03:12``, ``PT3M12S`` as ``3:12``."""
    total = duration_seconds(iso)
    if total is None:
        return iso
    hours_total, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours_total}:{mins:02d}:{secs:02d}" if hours_total else f"{mins}:{secs:02d}"


def spoken_length(iso: str, language: str) -> str:
    """``PT1H3M12S`` in words, every unit said: "1 hour, 3 minutes and 12 seconds", "۲۴ دقیقه و
    ۳۰ ثانیه" (what a screen reader says for the clock a player shows, which it would read
    as a time of day). A span no calendar holds is said as written."""
    total = duration_seconds(iso)
    if total is None:
        return iso
    locale = locale_for(language) or locale_for("en")
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [format_timedelta(timedelta(seconds=amount), threshold=1, locale=locale)
             for amount in (hours * 3600, minutes * 60, seconds) if amount]
    return format_list(parts, locale=locale)


def length_view(page: PageBuilder, iso: str | None) -> LengthView | None:
    """A stated length as the page shows it (a clock) and says it (words); ``None`` when it
    tells nothing."""
    if iso is None or says_nothing(iso):
        return None
    return {"datetime": iso, "text": page.numerals(clock_duration(iso)),
            "spoken": page.numerals(spoken_length(iso, page.language))}


def view(page: PageBuilder, media: Media, *, video: bool) -> AudioView:
    """The view fields video and audio share; missing captions and transcripts reported."""
    pointer = media.pointer
    captions = [t for t in media.tracks if t.kind in {"captions", "subtitles"}]
    if video and not captions:
        page.report("render-video-captions-missing", pointer)
    if not media.transcript:
        if video:
            page.report("render-video-transcript-missing", pointer)
        else:
            page.report("render-audio-transcript-missing", pointer)
    sources: list[SourceView] = [
        {"src": src, "type": plain(source.type) if source.type else None}
        for index, source in enumerate(media.sources)
        if (src := page.url(source.src, f"{pointer}/sources/{index}", RESOURCE_SCHEMES))
    ]
    first_caption = captions[0] if captions else None
    tracks: list[TrackView] = [
        {"src": src, "kind": track.kind, "srclang": track.srclang, "label": plain(track.label),
         "default": track is first_caption}
        for index, track in enumerate(media.tracks)
        if (src := page.url(track.src, f"{pointer}/tracks/{index}/src", RESOURCE_SCHEMES))
    ]
    return {
        "type": "video" if video else "audio",
        "pointer": pointer,
        "id": page.ids.for_text(media.type, media.title),
        "title": plain(media.title),
        "sources": sources,
        "download": sources[0]["src"] if sources else None,
        "tracks": tracks,
        "transcript": page.inline(media.transcript, f"{pointer}/transcript"),
        "labels": {
            "download": page._("Download the video") if video
            else page._("Download the audio"),
            "transcript": page._("Transcript"),
            "duration": page._("Duration"),
            "credit": page._("Source"),
            "kind": page._("Video") if video else page._("Audio"),
            "play": page._("Play video"),
            "tracks": page._("Available with"),
        },
        "credit": plain(media.credit) if media.credit else None,
        "duration": length_view(page, media.duration),
    }
