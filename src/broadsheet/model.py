"""Typed, frozen view of validated article data.

Objects are built only from data that already passed the JSON Schema
(:mod:`broadsheet.schema`), so constructors trust shapes and types. Every block
keeps its JSON pointer so render-time findings can name the place. Each block type's class
lives in its module of :mod:`broadsheet.blocks` and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from broadsheet.blocks import BLOCKS, BlockTable, image
from broadsheet.blocks.audio import Audio
from broadsheet.blocks.base import Block, Link, build_all
from broadsheet.blocks.chart import Chart
from broadsheet.blocks.divider import Divider
from broadsheet.blocks.embed import Embed
from broadsheet.blocks.gallery import Gallery
from broadsheet.blocks.heading import Heading
from broadsheet.blocks.image import Image
from broadsheet.blocks.list import List
from broadsheet.blocks.media import Media, MediaSource, Track
from broadsheet.blocks.note import Note
from broadsheet.blocks.paragraph import Paragraph
from broadsheet.blocks.pullquote import Pullquote
from broadsheet.blocks.quote import Quote
from broadsheet.blocks.related import Related
from broadsheet.blocks.table import Table
from broadsheet.blocks.video import Video
from broadsheet.i18n.digits import Choice

Direction = Literal["ltr", "rtl", "auto"]


def parse_datetime(value: str) -> datetime:
    """An RFC 3339 date-time (or date) as an aware or naive :class:`datetime`."""
    return datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))


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
    #: What the author did: ``reporter`` (the default), ``photographer``, ``editor``,
    #: ``translator``.
    contribution: str = "reporter"

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Author:
        return cls(data["name"], data.get("url"), data.get("role"), data.get("bio"),
                   data.get("contribution", "reporter"))


@dataclass(frozen=True, slots=True)
class Correction:
    date: str
    text: str

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Correction:
        return cls(date=data["date"], text=data["text"])


@dataclass(frozen=True, slots=True)
class Footnote:
    id: str
    text: str

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Footnote:
        return cls(id=data["id"], text=data["text"])


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
class LivePost:
    """One timestamped post of a live blog."""

    id: str
    published: datetime
    headline: str
    body: tuple[Block, ...]
    pointer: str
    updated: datetime | None = None
    authors: tuple[Author, ...] = ()
    pinned: bool = False
    key_event: bool = False

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str,
              blocks: BlockTable = BLOCKS) -> LivePost:
        return cls(
            id=data["id"], published=parse_datetime(data["published"]),
            headline=data["headline"], pointer=pointer,
            body=build_all(data["body"], blocks.build, f"{pointer}/body"),
            updated=parse_datetime(data["updated"]) if "updated" in data else None,
            authors=build_all(data.get("authors"), Author.build, f"{pointer}/authors"),
            pinned=data.get("pinned", False), key_event=data.get("key_event", False),
        )


@dataclass(frozen=True, slots=True)
class LivePages:
    """Which page of a live blog published as several pages this is, and its neighbours."""

    number: int
    count: int
    newer: str | None = None
    older: str | None = None
    posts: int | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any]) -> LivePages:
        return cls(number=data["number"], count=data["count"], newer=data.get("newer"),
                   older=data.get("older"), posts=data.get("posts"))


@dataclass(frozen=True, slots=True)
class LiveBlog:
    """The posts of a live blog, in the order they are shown (pinned first)."""

    posts: tuple[LivePost, ...]
    order: Literal["newest-first", "oldest-first"] = "newest-first"
    ended: datetime | None = None
    pages: LivePages | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any], blocks: BlockTable = BLOCKS) -> LiveBlog:
        order = data.get("order", "newest-first")
        posts = [LivePost.build(post, f"/live/posts/{index}", blocks)
                 for index, post in enumerate(data["posts"])]
        # Stable sorts: equal times keep the author's order; pinned posts come first.
        posts.sort(key=lambda post: post.published.timestamp(), reverse=order == "newest-first")
        posts.sort(key=lambda post: not post.pinned)
        return cls(posts=tuple(posts), order=order,
                   ended=parse_datetime(data["ended"]) if "ended" in data else None,
                   pages=LivePages.build(data["pages"]) if "pages" in data else None)


def build_block(data: Mapping[str, Any], pointer: str, blocks: BlockTable = BLOCKS) -> Block:
    """The typed block for one validated ``body`` item (its type's spec builds it)."""
    return blocks.build(data, pointer)


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
    #: The logo drawn for a dark page (``prefers-color-scheme: dark``).
    logo_dark: Image | None = None
    navigation: tuple[Link, ...] = ()
    search: Search | None = None
    about: About | None = None
    footer_links: tuple[Link, ...] = ()
    #: The digits of the numbers the page writes (:mod:`broadsheet.i18n.digits`).
    digits: Choice = "default"

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "/site") -> Site:
        about = data.get("about")
        search = data.get("search")
        return cls(
            name=data["name"], url=data["url"], language=data.get("language"),
            logo=image.build(data["logo"], f"{pointer}/logo") if "logo" in data else None,
            logo_dark=image.build(data["logo_dark"], f"{pointer}/logo_dark")
            if "logo_dark" in data else None,
            navigation=build_all(data.get("navigation"), Link.build, f"{pointer}/navigation"),
            search=Search(search["action"], search["param"], search.get("label"))
            if search else None,
            about=About(about["text"], image.build(about["image"], f"{pointer}/about/image")
                        if "image" in about else None) if about else None,
            footer_links=build_all(data.get("footer_links"), Link.build, f"{pointer}/footer_links"),
            digits=data.get("digits", "default"),
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
    genre: Literal["news", "longread"] = "news"
    section: NamedLink | None = None
    updated: datetime | None = None
    authors: tuple[Author, ...] = ()
    attribution: str | None = None
    lead: Image | Video | None = None
    tags: tuple[NamedLink, ...] = ()
    corrections: tuple[Correction, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    alerts: tuple[Alert, ...] = ()
    canonical_url: str | None = None
    live: LiveBlog | None = None
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, data: Mapping[str, Any], blocks: BlockTable = BLOCKS) -> Article:
        """The model of already validated data (validated against ``blocks``' schema)."""
        lead = data.get("lead")
        lead_block = blocks.build(lead, "/lead") if lead else None
        assert lead_block is None or isinstance(lead_block, Image | Video)
        return cls(
            id=data["id"], language=data["language"], headline=data["headline"],
            published=parse_datetime(data["published"]),
            site=Site.build(data["site"]),
            body=build_all(data["body"], blocks.build, "/body"),
            direction=data.get("direction"), summary=data.get("summary"),
            kicker=data.get("kicker"), genre=data.get("genre", "news"),
            section=NamedLink.build(data["section"]) if "section" in data else None,
            updated=parse_datetime(data["updated"]) if "updated" in data else None,
            authors=build_all(data.get("authors"), Author.build, "/authors"),
            attribution=data.get("attribution"), lead=lead_block,
            tags=build_all(data.get("tags"), NamedLink.build, "/tags"),
            corrections=build_all(data.get("corrections"), Correction.build, "/corrections"),
            footnotes=build_all(data.get("footnotes"), Footnote.build, "/footnotes"),
            alerts=build_all(data.get("alerts"), Alert.build, "/alerts"),
            canonical_url=data.get("canonical_url"),
            live=LiveBlog.build(data["live"], blocks) if "live" in data else None, source=data,
        )


__all__ = [
    "About", "Alert", "Article", "Audio", "Author", "Block", "Chart", "Correction", "Direction",
    "Divider", "Embed", "Footnote", "Gallery", "Heading", "Image", "Link", "List", "LiveBlog",
    "LivePages", "LivePost", "Media", "MediaSource", "NamedLink", "Note", "Paragraph",
    "Pullquote", "Quote", "Related", "Search", "Site", "Table", "Track", "Video", "build_block",
    "parse_datetime",
]
