"""Typed, frozen view of validated article data.

Objects are built only from data that already passed the JSON Schema
(:mod:`broadsheet.schema`), so constructors trust shapes and types. Every block
keeps its JSON pointer so render-time findings can name the place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal

Direction = Literal["ltr", "rtl", "auto"]


def _tuple(items: Sequence[Any] | None, build: Any, pointer: str) -> tuple[Any, ...]:
    return tuple(build(item, f"{pointer}/{index}") for index, item in enumerate(items or ()))


def parse_datetime(value: str) -> datetime:
    """An RFC 3339 date-time (or date) as an aware or naive :class:`datetime`."""
    return datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    url: str

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Link:
        return cls(text=data["text"], url=data["url"])


@dataclass(frozen=True, slots=True)
class NamedLink:
    name: str
    url: str | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any] | str, pointer: str = "") -> NamedLink:
        if isinstance(data, str):
            return cls(name=data)
        return cls(name=data["name"], url=data.get("url"))


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    url: str | None = None
    role: str | None = None
    bio: str | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Author:
        return cls(data["name"], data.get("url"), data.get("role"), data.get("bio"))


@dataclass(frozen=True, slots=True)
class Correction:
    date: str
    text: str

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Correction:
        return cls(date=data["date"], text=data["text"])


@dataclass(frozen=True, slots=True)
class Alert:
    kind: Literal["breaking", "notice"]
    label: str
    text: str | None = None
    url: str | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Alert:
        return cls(data["kind"], data["label"], data.get("text"), data.get("url"))


@dataclass(frozen=True, slots=True)
class Block:
    """Base of every body block; ``type`` names its template."""

    type: ClassVar[str] = ""
    pointer: str


@dataclass(frozen=True, slots=True)
class Paragraph(Block):
    type: ClassVar[str] = "paragraph"
    text: str


@dataclass(frozen=True, slots=True)
class Heading(Block):
    type: ClassVar[str] = "heading"
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Image(Block):
    type: ClassVar[str] = "image"
    src: str
    width: int
    height: int
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    decorative: bool = False
    srcset: str | None = None
    sizes: str | None = None
    lang: str | None = None
    credit_url: str | None = None


@dataclass(frozen=True, slots=True)
class Gallery(Block):
    type: ClassVar[str] = "gallery"
    images: tuple[Image, ...]
    title: str | None = None


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


@dataclass(frozen=True, slots=True)
class Video(Media):
    type: ClassVar[str] = "video"
    poster: str | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class Audio(Media):
    type: ClassVar[str] = "audio"


@dataclass(frozen=True, slots=True)
class Embed(Block):
    type: ClassVar[str] = "embed"
    url: str
    title: str
    provider: str
    height: int | None = None
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Block):
    type: ClassVar[str] = "quote"
    text: str
    cite: str | None = None
    cite_url: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Pullquote(Block):
    type: ClassVar[str] = "pullquote"
    text: str
    cite: str | None = None


@dataclass(frozen=True, slots=True)
class List(Block):
    type: ClassVar[str] = "list"
    ordered: bool
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table(Block):
    type: ClassVar[str] = "table"
    caption: str
    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 1
    header_columns: int = 0


@dataclass(frozen=True, slots=True)
class Related(Block):
    type: ClassVar[str] = "related"
    title: str
    text: str | None = None
    url: str | None = None
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Note(Block):
    type: ClassVar[str] = "note"
    kind: Literal["correction", "editor", "update"]
    text: str


@dataclass(frozen=True, slots=True)
class Divider(Block):
    type: ClassVar[str] = "divider"


def build_image(data: Mapping[str, Any], pointer: str) -> Image:
    return Image(
        pointer=pointer, src=data["src"], width=data["width"], height=data["height"],
        alt=data.get("alt"), caption=data.get("caption"), credit=data.get("credit"),
        decorative=data.get("decorative", False), srcset=data.get("srcset"),
        sizes=data.get("sizes"), lang=data.get("lang"), credit_url=data.get("credit_url"),
    )


def _media_fields(data: Mapping[str, Any], pointer: str) -> dict[str, Any]:
    sources = tuple(MediaSource(s["src"], s.get("type")) for s in data.get("sources", ()))
    if "src" in data:
        sources = (MediaSource(data["src"]), *sources)
    return {
        "pointer": pointer, "title": data["title"], "sources": sources,
        "tracks": tuple(Track(t["src"], t["kind"], t["srclang"], t["label"])
                        for t in data.get("tracks", ())),
        "transcript": data.get("transcript"), "duration": data.get("duration"),
    }


def build_block(data: Mapping[str, Any], pointer: str) -> Block:
    """The typed block for one validated ``body`` item."""
    kind = data["type"]
    match kind:
        case "paragraph":
            return Paragraph(pointer, data["text"])
        case "heading":
            return Heading(pointer, data["level"], data["text"])
        case "image":
            return build_image(data, pointer)
        case "gallery":
            return Gallery(pointer, _tuple(data["images"], build_image, f"{pointer}/images"),
                           data.get("title"))
        case "video":
            return Video(**_media_fields(data, pointer), poster=data.get("poster"),
                         width=data.get("width"), height=data.get("height"))
        case "audio":
            return Audio(**_media_fields(data, pointer))
        case "embed":
            return Embed(pointer, data["url"], data["title"], data["provider"], data.get("height"),
                         data.get("caption"))
        case "quote":
            return Quote(pointer, data["text"], data.get("cite"), data.get("cite_url"),
                         data.get("lang"))
        case "pullquote":
            return Pullquote(pointer, data["text"], data.get("cite"))
        case "list":
            return List(pointer, data["ordered"], tuple(data["items"]))
        case "table":
            return Table(pointer, data["caption"], tuple(tuple(row) for row in data["rows"]),
                         data.get("header_rows", 1), data.get("header_columns", 0))
        case "related":
            return Related(pointer, data["title"], data.get("text"), data.get("url"),
                           _tuple(data.get("links"), Link.build, f"{pointer}/links"))
        case "note":
            return Note(pointer, data["kind"], data["text"])
        case "divider":
            return Divider(pointer)
    raise ValueError(f"{pointer}: unknown block type {kind!r}")  # schema makes this unreachable


@dataclass(frozen=True, slots=True)
class Search:
    action: str
    param: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class About:
    text: str
    image: Image | None = None


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    url: str
    language: str | None = None
    logo: Image | None = None
    navigation: tuple[Link, ...] = ()
    search: Search | None = None
    about: About | None = None
    footer_links: tuple[Link, ...] = ()

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "/site") -> Site:
        about = data.get("about")
        search = data.get("search")
        return cls(
            name=data["name"], url=data["url"], language=data.get("language"),
            logo=build_image(data["logo"], f"{pointer}/logo") if "logo" in data else None,
            navigation=_tuple(data.get("navigation"), Link.build, f"{pointer}/navigation"),
            search=Search(search["action"], search["param"], search.get("label"))
            if search else None,
            about=About(about["text"], build_image(about["image"], f"{pointer}/about/image")
                        if "image" in about else None) if about else None,
            footer_links=_tuple(data.get("footer_links"), Link.build, f"{pointer}/footer_links"),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One validated article: the root of the model."""

    id: str
    language: str
    headline: str
    published: datetime
    site: Site
    body: tuple[Block, ...]
    direction: Direction | None = None
    summary: str | None = None
    kicker: str | None = None
    section: NamedLink | None = None
    updated: datetime | None = None
    authors: tuple[Author, ...] = ()
    attribution: str | None = None
    lead: Image | Video | None = None
    tags: tuple[NamedLink, ...] = ()
    corrections: tuple[Correction, ...] = ()
    alerts: tuple[Alert, ...] = ()
    canonical_url: str | None = None
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, data: Mapping[str, Any]) -> Article:
        """The model of already validated data."""
        lead = data.get("lead")
        lead_block = build_block(lead, "/lead") if lead else None
        assert lead_block is None or isinstance(lead_block, Image | Video)
        return cls(
            id=data["id"], language=data["language"], headline=data["headline"],
            published=parse_datetime(data["published"]),
            site=Site.build(data["site"]),
            body=_tuple(data["body"], build_block, "/body"),
            direction=data.get("direction"), summary=data.get("summary"),
            kicker=data.get("kicker"),
            section=NamedLink.build(data["section"]) if "section" in data else None,
            updated=parse_datetime(data["updated"]) if "updated" in data else None,
            authors=_tuple(data.get("authors"), Author.build, "/authors"),
            attribution=data.get("attribution"), lead=lead_block,
            tags=_tuple(data.get("tags"), NamedLink.build, "/tags"),
            corrections=_tuple(data.get("corrections"), Correction.build, "/corrections"),
            alerts=_tuple(data.get("alerts"), Alert.build, "/alerts"),
            canonical_url=data.get("canonical_url"), source=data,
        )
