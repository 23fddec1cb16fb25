"""What templates receive: the view of a page and of each block, as typed dicts.

Every decision (alt text, heading levels, ids, languages, safe URLs, sanitised inline HTML)
is made in Python (:mod:`broadsheet.render.views`); a template only lays the view out.
``python docs/generate.py`` writes the reference page from these types, and a test checks
every fixture's views against them.
"""

from __future__ import annotations

import re
import typing
from typing import Annotated, Literal, TypedDict

from markupsafe import Markup

#: Sanitised inline HTML (``Markup``: print it as is, it is never escaped twice).
Html = Markup


class TimeView(TypedDict):
    datetime: Annotated[str, "machine-readable value for `<time datetime>`"]
    text: Annotated[str, "the date (and time) as the article's language writes it"]


class LinkView(TypedDict):
    text: Annotated[str, "plain text"]
    url: Annotated[str | None, "checked URL; `None` when it was refused (render it as text)"]


class LangAttrs(TypedDict, total=False):
    lang: Annotated[str, "BCP 47 tag, only when it differs from the page's"]
    dir: Annotated[str, "`ltr` or `rtl`, only when the direction changes"]


class ImageView(TypedDict):
    type: Literal["image"]
    pointer: Annotated[str, "JSON pointer of the image in the article data"]
    src: Annotated[str | None, "checked URL"]
    srcset: Annotated[str | None, "checked `srcset`"]
    sizes: Annotated[str | None, "`sizes` attribute"]
    width: int
    height: int
    alt: Annotated[str, "the alt to render (`\"\"` when decorative or the caption says it)"]
    alt_missing: Annotated[bool, "no usable alt and no caption (a `render-alt-missing` finding)"]
    review: Annotated[str | None, "`data-broadsheet-review` value (`review_markers=True`)"]
    decorative: bool
    caption: Annotated[Html | None, "the caption as it is exposed (parts may be `aria-hidden`)"]
    caption_hidden: Annotated[bool, "the caption repeats the alt and is hidden from screen readers"]
    credit: Annotated[str | None, "plain text"]
    credit_url: Annotated[str | None, "checked URL the credit links to"]
    credit_label: Annotated[str, "localised label read before the credit"]
    lazy: Annotated[bool, "load lazily (every image but the lead)"]
    lead: Annotated[bool, "the article's lead image (`fetchpriority=high`)"]
    attrs: Annotated[LangAttrs, "`lang`/`dir` for an image described in another language"]


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
    duration: Annotated[TimeView | None, "`datetime` is ISO 8601 (`PT3M12S`), `text` is `3:12`"]


class VideoView(AudioView):
    poster: str | None
    width: int | None
    height: int | None


class Block(TypedDict):
    type: Annotated[str, "the block type, which picks `blocks/<type>.html`"]
    pointer: Annotated[str, "JSON pointer of the block in the article data"]


class ParagraphView(Block):
    text: Html


class HeadingView(Block):
    level: Annotated[int, "the rendered level (2-6), normalised so no level is skipped"]
    text: str
    id: Annotated[str, "unique id, for links to the section"]


class GalleryView(Block):
    title: str | None
    label: Annotated[str, "the region's accessible name (the title, or a numbered \"Gallery\")"]
    id: str
    level: Annotated[int, "heading level of the title"]
    images: list[ImageView]


class EmbedView(Block):
    url: Annotated[str | None, "URL to frame; `None` when refused (render a notice, no frame)"]
    sandbox: Annotated[str | None, "the `sandbox` attribute's value"]
    title: Annotated[str, "the frame's title"]
    provider: str
    height: int
    end_id: Annotated[str, "id of the element after the frame, the target of its skip link"]
    caption: Annotated[Html | None, "shown under the frame, in a `figcaption`"]


class QuoteView(Block):
    text: Html
    cite: str | None
    cite_url: str | None
    attrs: LangAttrs


class PullquoteView(Block):
    text: str
    cite: str | None
    hidden: Annotated[bool, "it repeats the body: hide it from screen readers (`aria-hidden`)"]


class ListView(Block):
    ordered: bool
    items: list[Html]


class CellView(TypedDict):
    header: bool
    scope: Annotated[str | None, "`col`, `row` or `None` for a data cell"]
    html: Html


class TableView(Block):
    caption: str
    id: str
    head: Annotated[list[list[CellView]], "header rows"]
    body: Annotated[list[list[CellView]], "the other rows"]


class RelatedView(Block):
    title: str
    text: Html | None
    url: str | None
    id: str
    links: list[LinkView]


class NoteView(Block):
    kind: Literal["correction", "editor", "update"]
    label: Annotated[str, "localised name of the kind"]
    text: Html


class DividerView(Block):
    pass


#: The view of each block type, by ``type``.
BLOCK_VIEWS: dict[str, type] = {
    "paragraph": ParagraphView, "heading": HeadingView, "image": ImageView,
    "gallery": GalleryView, "video": VideoView, "audio": AudioView, "embed": EmbedView,
    "quote": QuoteView, "pullquote": PullquoteView, "list": ListView, "table": TableView,
    "related": RelatedView, "note": NoteView, "divider": DividerView,
}


class AuthorView(TypedDict):
    name: str
    url: str | None
    role: str | None
    bio: Html | None


class AlertView(TypedDict):
    kind: str
    kind_label: Annotated[str | None, "localised kind, unless the label already says it"]
    label: str
    text: Html | None
    url: str | None


class CorrectionView(TypedDict):
    time: TimeView
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
    image: ImageView | None


class SiteView(TypedDict):
    name: str
    url: str | None
    attrs: LangAttrs
    logo: str | None
    logo_size: Annotated[tuple[int, int] | None, "width and height of the logo"]
    navigation: list[LinkView]
    search: SearchView | None
    about: AboutView | None
    footer_links: list[LinkView]


class PageView(TypedDict):
    id: str
    language: str
    direction: Annotated[str, "`ltr` or `rtl`"]
    headline: str
    summary: Html | None
    summary_text: Annotated[str | None, "the summary as plain text (the meta description)"]
    kicker: str | None
    section: SectionView | None
    published: TimeView
    updated: TimeView | None
    authors: list[AuthorView]
    attribution: str | None
    lead: Annotated[ImageView | VideoView | None, "the lead image or video"]
    body: Annotated[list[Block], "one view per block, see the block views below"]
    tags: list[TagView]
    corrections: list[CorrectionView]
    alerts: list[AlertView]
    canonical_url: str | None
    site: SiteView


#: What ``page.html`` and ``fragment.html`` receive (included templates see the same names;
#: ``blocks/<type>.html`` also gets ``block``).
TEMPLATE_GLOBALS: dict[str, str] = {
    "page": "`PageView`, below",
    "block": "in `blocks/<type>.html`: the block's view, below",
    "_": "`_(message, **values)`: the message translated into the article's language",
    "json_ld": "the JSON-LD of the article, escaped for a `<script>` element",
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
             AlertView, CorrectionView, TimeView, LinkView, LangAttrs, ImageView, AudioView,
             VideoView, SourceView, TrackView, MediaLabels, CellView]
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

