"""What templates receive: the view of a page and of each block, as typed dicts.

The page's views are here; each block's view is declared in its module of
:mod:`broadsheet.blocks`, beside the code that builds it, and re-exported here.

Every decision (alt text, heading levels, ids, languages, safe URLs, sanitised inline HTML)
is made in Python (:mod:`broadsheet.render.views`); a template only lays the view out.
``python docs/generate.py`` writes the reference page from these types, and a test checks
every fixture's views against them.
"""

from __future__ import annotations

import re
import typing
from typing import Annotated, TypedDict

from broadsheet.blocks import BLOCKS
from broadsheet.blocks.divider import DividerView
from broadsheet.blocks.embed import EmbedView
from broadsheet.blocks.gallery import GalleryView
from broadsheet.blocks.heading import HeadingView
from broadsheet.blocks.image import ImageView
from broadsheet.blocks.list import ListView
from broadsheet.blocks.media import AudioView, MediaLabels, SourceView, TrackView
from broadsheet.blocks.note import NoteView
from broadsheet.blocks.paragraph import ParagraphView
from broadsheet.blocks.pullquote import PullquoteView
from broadsheet.blocks.quote import QuoteView
from broadsheet.blocks.related import RelatedView
from broadsheet.blocks.table import CellView, TableView
from broadsheet.blocks.video import VideoView
from broadsheet.render.footnotes import BackLinkView, FootnotesView, FootnoteView
from broadsheet.render.view_types import Block, Html, LangAttrs, LinkView, TimeView

#: The view of each block type, by ``type``.
BLOCK_VIEWS: dict[str, type] = {spec.type: spec.view_type for spec in BLOCKS}


class AuthorView(TypedDict):
    name: str
    url: Annotated[str | None, "checked URL of the author's page"]
    role: str | None
    bio: Html | None
    bio_id: Annotated[str | None, "id of the bio's term (the name) at the end of the article"]
    contribution: Annotated[str, "`reporter`, `photographer`, `editor` or `translator`"]


class BylinePart(TypedDict):
    text: Annotated[str | None, "words between names (the label, list punctuation)"]
    author: Annotated[AuthorView | None, "a name, in list order"]


class BylineView(TypedDict):
    contribution: Annotated[str, "what the authors of this line did"]
    parts: Annotated[list[BylinePart], "the line in reading order: its label and names "
                     "joined as the language joins a list (\"A، B و C\" in Persian), the "
                     "label in the plural form for their number"]
    role_separator: Annotated[str, "what stands between a name and its role (`, `; `، `)"]


class AlertView(TypedDict):
    kind: str
    kind_label: Annotated[str | None, "localised kind, unless the label already says it"]
    label: str
    text: Html | None
    url: str | None


class CorrectionView(TypedDict):
    time: Annotated[TimeView, "when it was made (the header's \"Corrected\" gives the last)"]
    day: Annotated[TimeView, "its date alone, the whole moment in its datetime: the list"
                   " dates each correction by its day, as newsrooms do, one format a page"]
    text: Html


class SectionView(TypedDict):
    name: str
    url: str | None


class TagView(TypedDict):
    name: str
    url: str | None


class SearchView(TypedDict):
    action: str | None
    param: str
    label: str


class AboutView(TypedDict):
    text: Html | None
    image: Annotated[ImageView | None, "a picture that can stand for the newsroom (a logo, "
                     "an ornament); a photograph with no words for it is dropped (kept with "
                     "review markers)"]
    wordmark: Annotated[bool, "set the site's name as its mark instead (the picture dropped)"]


class SiteView(TypedDict):
    name: str
    url: str | None
    attrs: LangAttrs
    logo: str | None
    logo_size: Annotated[tuple[int, int] | None, "width and height of the logo"]
    logo_dark: Annotated[str | None, "the logo drawn for a dark page"]
    logo_dark_size: Annotated[tuple[int, int] | None, "width and height of the dark logo"]
    navigation: list[LinkView]
    navigation_current: Annotated[int | None, "the index in `navigation` of the link to the "
                                  "article's section (the same URL), shown as the current one"]
    search: SearchView | None
    about: AboutView | None
    footer_links: list[LinkView]
    year: Annotated[str, "the year of publication for the footer's copyright line, in the "
                         "page's numerals"]


class LivePostView(TypedDict):
    id: Annotated[str, "the element id, `post-<id>` (stable: links and live updates use it)"]
    headline: str
    headline_id: str
    level: Annotated[int, "its headline's level: 3 under a day's heading (coverage over more "
                     "than one day, not pinned), else 2"]
    published: TimeView
    clock: Annotated[TimeView, "the time of day it was published, alone (`08:55`), shown large"]
    permalink_label: Annotated[str, "the time's link's name (`08:55, link to this post`): the "
                               "time links to the post's own id"]
    share_url: Annotated[str | None, "the post's absolute address (the canonical URL and "
                         "`#post-<id>`), offered under \"Share\"; none without a canonical URL"]
    share_id: Annotated[str | None, "the id of the field holding `share_url`"]
    day: Annotated[TimeView, "the date it was published, alone"]
    updated: Annotated[TimeView | None, "only when changed after it was posted: the time of "
                       "day (with the date when another day)"]
    authors: list[AuthorView]
    bylines: Annotated[list[BylineView], "the post's authors, a line per contribution"]
    pinned: bool
    key_event: bool
    latest: Annotated[bool, "the newest post (by `published`), marked \"Latest\""]
    new_day: Annotated[TimeView | None, "the date, before the first post of each day in the "
                       "reading order, on coverage over more than one day (the day's h2)"]
    day_id: Annotated[str | None, "the day heading's element id (`live-day-<date>`)"]
    body: Annotated[list[Block], "one view per block, as the article's body"]


class KeyEventView(TypedDict):
    id: Annotated[str, "the id of the post it links to"]
    headline: str
    time: Annotated[TimeView, "the time of day alone on the newest post's day, as the posts "
                    "show it; with its date on another day"]


class LiveUpdatesView(TypedDict):
    interval: Annotated[int, "seconds between two checks for new posts"]
    announcements: Annotated[list[tuple[str, str]], "(CLDR plural category, message with "
                                                    "`{count}`) for the status line"]


class LiveSummaryView(TypedDict):
    count: Annotated[str | None, "\"14 updates\": every post of the live blog (none on a paged "
                     "live blog that does not give its `pages.posts`)"]
    updated: Annotated[TimeView, "the last change to any post, its time of day (the header "
                       "and the day's divider say its date)"]


class LivePagesView(TypedDict):
    number: Annotated[str, "\"Page 1 of 3\", in the page's language and digits"]
    newer: str | None
    older: str | None


class LiveView(TypedDict):
    order: Annotated[str, "`newest-first` or `oldest-first` (pinned posts come first)"]
    ended: TimeView | None
    days: Annotated[int, "the calendar days its posts were published on (a post's date is "
                         "shown beside its time when more than one)"]
    posts: list[LivePostView]
    summary: Annotated[LiveSummaryView | None, "the line above the posts: how many, when last "
                                               "changed (none without posts)"]
    pages: Annotated[LivePagesView | None, "a paged live blog's navigation to its other pages"]
    key_events: list[KeyEventView]
    updates: Annotated[LiveUpdatesView | None, "only with `live_updates=True` and coverage "
                                               "not ended"]


class PageView(TypedDict):
    id: str
    language: str
    direction: Annotated[str, "`ltr` or `rtl`"]
    headline: str
    headline_shown: Annotated[str, "the headline as the h1 shows it: numbers kept with their "
                                   "units, a spaced dash with the word before it (Russian, "
                                   "Belarusian, Ukrainian: no-break spaces); ``headline`` is "
                                   "for the title and JSON-LD"]
    summary: Html | None
    summary_text: Annotated[str | None, "the summary as plain text (the meta description)"]
    kicker: str | None
    genre: Annotated[str, "`news` or `longread` (the feature layout)"]
    essay: Annotated[bool, "a photo essay (a news article, not live, led by a picture, with "
                           "a gallery in its body: the preview gallery's `Photo essay`): "
                           "its headline over the lead picture as a long read's hero, its "
                           "gallery wide (``broadsheet-article--essay``)"]
    dropcap: Annotated[bool, "a long read in Latin or Cyrillic script: its first paragraph "
                             "opens with a drop cap"]
    rail: Annotated[bool, "the page has boxes for a rail beside the text on wide screens "
                          "(or is live); otherwise it is one centred column "
                          "(``broadsheet-article--single``)"]
    section: SectionView | None
    published: TimeView
    updated: TimeView | None
    update_note: Annotated[str | None, "the id of the body's last update note (the dateline "
                                       "links to it)"]
    authors: list[AuthorView]
    bylines: Annotated[list[BylineView], "one line per contribution, reporters first"]
    attribution: str | None
    lead: Annotated[ImageView | VideoView | None, "the lead image or video"]
    body: Annotated[list[Block], "one view per block, see the block views below"]
    live: Annotated[LiveView | None, "the live blog's posts, when the article is one"]
    tags: list[TagView]
    corrections: list[CorrectionView]
    alerts: list[AlertView]
    footnotes: Annotated[FootnotesView | None, "the \"Notes\" list, when the article has notes"]
    canonical_url: str | None
    site: SiteView


#: What ``page.html`` and ``fragment.html`` receive (included templates see the same names;
#: ``blocks/<type>.html`` also gets ``block``).
TEMPLATE_GLOBALS: dict[str, str] = {
    "page": "`PageView`, below",
    "block": "in `blocks/<type>.html`: the block's view, below",
    "_": "`_(message, **values)`: the message translated into the article's language",
    "json_ld": "the JSON-LD of the article, escaped for a `<script>` element",
    "live_script": "the live blog's update script (`Markup`), with `live_updates=True`; "
                   "else `None`",
    "media_script": "the play button's script (`Markup`) on a page with a video; else `None`",
    "stylesheet": "the built-in CSS (`broadsheet.stylesheet()`), as `Markup`",
    "content_security_policy": "the page's policy (`None` with `csp=None`; for a fragment, "
                               "what the host must allow)",
    "block_templates": "the template of each block type, by type",
}


def _type_name(annotation: object) -> str:
    if isinstance(annotation, type) and not typing.get_args(annotation):
        text = annotation.__name__
    else:
        text = re.sub(r"\b(?:[A-Za-z_]\w*\.)+(\w+)", r"\1", repr(annotation))
    return text.replace("NoneType", "None").replace("Markup", "Html").replace("|", "\\|")


def fields(view: type) -> list[tuple[str, str, str]]:
    """Each field of a view: name, type and what it means."""
    hints = typing.get_type_hints(view, include_extras=True)
    rows = []
    for name, hint in hints.items():
        doc = ""
        if typing.get_origin(hint) is Annotated:
            hint, doc = typing.get_args(hint)[0], typing.get_args(hint)[1]
        rows.append((name, _type_name(hint), doc))
    return rows


def _views() -> list[type]:
    views = [PageView, SiteView, AboutView, SearchView, SectionView, TagView, AuthorView,
             BylineView, BylinePart, FootnotesView, FootnoteView, BackLinkView,
             AlertView, CorrectionView, TimeView, LinkView, LangAttrs, ImageView, AudioView,
             VideoView, SourceView, TrackView, MediaLabels, CellView, LiveView, LivePostView,
             KeyEventView, LiveSummaryView, LivePagesView, LiveUpdatesView]
    return views + [view for view in BLOCK_VIEWS.values() if view not in views]


def markdown() -> str:
    """The template context reference page."""
    lines = [
        "# Template context",
        "",
        "<!-- Generated from src/broadsheet/render/context.py by",
        "     `python docs/generate.py`. -->",
        "",
        "What your templates receive when they override Broadsheet's by name "
        "(`render(templates=...)`). Views are dicts; `Html` values are sanitised inline "
        "HTML (`Markup`), every other string is escaped when printed. An undefined name is "
        "an error naming the template and line.",
        "",
        "| name | value |",
        "|---|---|",
        *(f"| `{name}` | {value} |" for name, value in TEMPLATE_GLOBALS.items()),
    ]
    for view in _views():
        blocks = [kind for kind, block in BLOCK_VIEWS.items() if block is view]
        title = f"`{view.__name__}`" + (f" (`blocks/{blocks[0]}.html`)" if blocks else "")
        lines += ["", f"## {title}", "", "| field | type | meaning |", "|---|---|---|"]
        lines += [f"| `{name}` | `{kind}` | {doc} |" for name, kind, doc in fields(view)]
    return "\n".join(lines) + "\n"


__all__ = [
    "BLOCK_VIEWS",
    "TEMPLATE_GLOBALS",
    "AboutView",
    "AlertView",
    "AudioView",
    "AuthorView",
    "BackLinkView",
    "Block",
    "BylinePart",
    "BylineView",
    "CellView",
    "CorrectionView",
    "DividerView",
    "EmbedView",
    "FootnoteView",
    "FootnotesView",
    "GalleryView",
    "HeadingView",
    "Html",
    "ImageView",
    "KeyEventView",
    "LangAttrs",
    "LinkView",
    "ListView",
    "LivePagesView",
    "LivePostView",
    "LiveSummaryView",
    "LiveUpdatesView",
    "LiveView",
    "MediaLabels",
    "NoteView",
    "PageView",
    "ParagraphView",
    "PullquoteView",
    "QuoteView",
    "RelatedView",
    "SearchView",
    "SectionView",
    "SiteView",
    "SourceView",
    "TableView",
    "TagView",
    "TimeView",
    "TrackView",
    "VideoView",
    "fields",
    "markdown",
]
