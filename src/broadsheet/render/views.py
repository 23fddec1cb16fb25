"""Apply every policy to the article model and produce the data templates render.

Templates stay declarative: alt text, heading levels, ids, languages, safe URLs and
sanitised inline HTML are all decided here, and each decision an editor should
review becomes a render :class:`~broadsheet.findings.Finding`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any

from markupsafe import Markup

from broadsheet import model
from broadsheet.findings import Finding
from broadsheet.i18n import Translator, format_date_local, format_datetime_local
from broadsheet.model import Article, parse_datetime
from broadsheet.policy.alt import MAX_ALT_LENGTH, AltSource, decide_alt, logo_alt_problem
from broadsheet.policy.captions import Overlap, expose_caption
from broadsheet.policy.embeds import embed_url_for_post
from broadsheet.policy.headings import normalise_levels
from broadsheet.policy.ids import IdRegistry
from broadsheet.policy.language import direction_of, is_known_language, same_language
from broadsheet.policy.link_text import is_generic_link_text
from broadsheet.policy.pullquotes import Body
from broadsheet.policy.sanitise import (
    ChangeKind,
    clean_inline,
    inline_to_text,
    is_blank,
    link_texts,
    plain,
)
from broadsheet.policy.urls import (
    DEFAULT_EMBED_HOSTS,
    RESOURCE_SCHEMES,
    embed_sandbox,
    embed_url,
    safe_srcset,
    safe_url,
)
from broadsheet.render.diagnostics import BY_ID

View = dict[str, Any]

#: The render finding of each way sanitising can lose or merge content.
_CHANGE_RULES = {
    ChangeKind.DROPPED: "render-inline-content-dropped",
    ChangeKind.FLATTENED: "render-inline-markup-flattened",
    ChangeKind.LINK_REFUSED: "render-unsafe-url",
    ChangeKind.TOO_DEEP: "render-inline-too-deep",
}

#: Ids the page chrome uses; body ids never take them.
RESERVED_IDS = ("main", "navigation", "search-query", "headline", "content")
# nh3 serialises attributes in one canonical form, so this only annotates, never sanitises.
_LANG_ATTRIBUTE = re.compile(r'<[a-z]+ [^<>]*?\blang="([A-Za-z0-9-]+)"[^<>]*>')
_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def html_datetime(moment: datetime) -> str:
    """A valid HTML ``datetime`` value (``Z`` for UTC; at most three fractional digits)."""
    text = moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def clock_duration(iso: str) -> str:
    """``PT1H3M12S`` as ``1:03:12``, ``PT3M12S`` as ``3:12``."""
    match = _DURATION.match(iso)
    if not match:
        return iso
    days, hours, minutes, seconds = (float(part or 0) for part in match.groups())
    total = int(timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds).total_seconds())
    hours_total, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours_total}:{mins:02d}:{secs:02d}" if hours_total else f"{mins}:{secs:02d}"


def _headers_without_data(rows: list[list[View]], head_rows: int,
                          head_cols: int) -> list[str]:
    """Row/column positions (1-based) of header cells that no data cell sits under or beside."""
    lonely = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not cell["header"]:
                continue
            if r < head_rows:
                heads = any(len(other) > c and not other[c]["header"] for other in rows)
            else:
                heads = any(not other["header"] for other in row)
            if not heads:
                lonely.append(f"row {r + 1} column {c + 1}")
    return lonely


class PageBuilder:
    """Builds the view of one article and collects render findings."""

    def __init__(self, article: Article, translator: Translator, *,
                 embed_hosts: Iterable[str] = DEFAULT_EMBED_HOSTS,
                 review_markers: bool = False) -> None:
        self.article = article
        #: Mark elements an editor must review (``data-broadsheet-review``) in the HTML.
        self.review_markers = review_markers
        self.embed_hosts = tuple(embed_hosts)
        #: Where the page lives (its canonical and site URLs), to tell embeds of other origins.
        self.page_urls = (article.canonical_url, article.site.url)
        #: URLs of the embeds rendered as frames (the page's CSP allows their origins).
        self.frames: list[str] = []
        #: URLs of images and media the page loads.
        self.resources: list[str] = []
        self._ = translator
        self.language = article.language
        self.direction = article.direction or direction_of(article.language)
        self.ids = IdRegistry(RESERVED_IDS)
        self.findings: list[Finding] = []
        self._section_level = 1
        self._untitled_galleries = 0
        self._landmark_names: dict[tuple[str, str], str] = {}
        self._body: Body | None = None
        self.check_language(article.language, "/language")

    # -- findings ---------------------------------------------------------------------------
    def report(self, rule: str, pointer: str, message: str) -> None:
        """Record a render finding for the data at ``pointer``; its outcome and impact come
        from :data:`broadsheet.render.diagnostics.RULES`."""
        kind = BY_ID[rule]
        self.findings.append(Finding(rule=rule, outcome=kind.outcome, impact=kind.impact,
                                     message=message, pointer=pointer))

    # -- shared pieces ----------------------------------------------------------------------
    def inline(self, value: str | None, pointer: str) -> Markup | None:
        """Sanitised inline HTML; spans in a language of the other direction get ``dir``;
        links with generic text are reported."""
        if value is None:
            return None
        cleaned, changes = clean_inline(value)
        for change in changes:
            self.report(_CHANGE_RULES[change.kind], pointer, change.message)
        if "<a " in cleaned:
            for text in link_texts(cleaned):
                if not text:
                    self.report("render-link-empty", pointer,
                                "a link has no text, so it has no name; put words in it or "
                                "remove it")
                self.check_link_text(text, pointer)
        if "lang=" not in cleaned:
            return cleaned
        return Markup(_LANG_ATTRIBUTE.sub(self._add_direction, cleaned))

    def _add_direction(self, match: re.Match[str]) -> str:
        tag, language = match.group(0), match.group(1)
        if " dir=" in tag or direction_of(language) == self.direction:
            return tag
        return f'{tag[:-1]} dir="{direction_of(language)}">'

    def check_link_text(self, text: str, pointer: str) -> None:
        """Report a link whose text says nothing of where it goes."""
        if is_generic_link_text(text):
            self.report("render-link-text-generic", pointer,
                        f"the link text {text!r} does not say where the link goes; name its "
                        "destination")

    def link_url(self, url: str | None, pointer: str, text: str | None,
                 text_pointer: str) -> str | None:
        """The checked URL (at ``pointer``) of a link reading ``text`` (reported if generic)."""
        checked = self.url(url, pointer)
        if checked is not None and text is not None:  # no URL, no link: the text is plain
            self.check_link_text(plain(text), text_pointer)
        return checked

    def url(self, value: str | None, pointer: str, schemes: frozenset[str] | None = None) -> (
            str | None):
        """A URL that passed the scheme check; a refused one is reported and dropped."""
        if value is None:
            return None
        checked = safe_url(value, schemes) if schemes else safe_url(value)
        if checked is not None and schemes is RESOURCE_SCHEMES:
            self.resources.append(checked)
        if checked is None:
            self.report("render-unsafe-url", pointer,
                        "URL refused: its scheme is not allowed here; rendered without it")
        return checked

    def srcset(self, value: str | None, pointer: str) -> str | None:
        """A ``srcset`` whose every candidate passed the scheme check, else reported and dropped."""
        if value is None:
            return None
        checked = safe_srcset(value)
        if checked is not None:
            self.resources.extend(c.split()[0] for c in checked.split(", "))
        if checked is None:
            self.report("render-unsafe-url", pointer,
                        "srcset refused: a candidate's URL or descriptor is not allowed; "
                        "rendered without it")
        return checked

    def embed(self, value: str, pointer: str) -> str | None:
        """The URL of an embed from an allowed host; any other is reported and not framed."""
        checked = embed_url(embed_url_for_post(value) or value, self.embed_hosts)
        if checked is None:
            self.report("render-embed-refused", pointer,
                        "embed refused: only https pages of the allowed embed hosts are "
                        "framed; rendered as a notice without the frame")
        else:
            self.frames.append(checked)
        return checked

    def check_language(self, language: str, pointer: str) -> None:
        """Report a well-formed tag naming no known language (assistive technology would
        read the text with the wrong voice or none)."""
        if not is_known_language(language):
            self.report("render-language-unknown", pointer,
                        f"{language!r} names no known language; use a BCP 47 tag such as "
                        "'en', 'ru' or 'ar'")

    def lang_attrs(self, language: str | None, pointer: str | None = None) -> View:
        """``lang`` (and ``dir`` when it changes) for a part in another language."""
        if language is not None and pointer is not None:
            self.check_language(language, pointer)
        if language is None or same_language(language, self.language):
            return {}
        attrs: View = {"lang": language}
        direction = direction_of(language)
        if direction != self.direction:
            attrs["dir"] = direction
        return attrs

    def time(self, moment: datetime, *, date_only: bool = False) -> View:
        text = (format_date_local(moment, self.language) if date_only
                else format_datetime_local(moment, self.language))
        value = moment.date().isoformat() if date_only else html_datetime(moment)
        return {"datetime": value, "text": text}

    # -- images -----------------------------------------------------------------------------
    def image(self, image: model.Image, *, lazy: bool = True, lead: bool = False) -> View:
        decision = decide_alt(alt=image.alt, caption=image.caption, credit=image.credit,
                              decorative=image.decorative)
        pointer = image.pointer
        caption = None if image.decorative else self.inline(image.caption, f"{pointer}/caption")
        shown = expose_caption(decision, caption, image.credit)
        alt = shown.alt
        if decision.source is AltSource.MISSING:
            why = f" (the alt given is {decision.rejected})" if decision.rejected else ""
            self.report("render-alt-missing", pointer,
                        f"image has no usable alt text and no caption{why}; "
                        "rendered with alt=\"\" and marked for review")
        elif decision.source is AltSource.CAPTION and not alt:
            self.report("render-alt-from-caption", pointer,
                        "the caption describes the image and is read in place of alt text "
                        "(alt=\"\"), so its words are heard once; check it describes the image")
        elif decision.source is AltSource.CAPTION:
            why = f"the alt given is {decision.rejected}; " if decision.rejected else ""
            self.report("render-alt-from-caption", pointer,
                        f"{why}alt derived from the caption: {decision.alt!r}; "
                        "check it describes the image")
        if decision.redundant_phrase:
            self.report("render-alt-redundant-phrase", f"{pointer}/alt",
                        f"alt begins with {decision.redundant_phrase!r}, which screen readers "
                        "already say; start with what the picture shows")
        if decision.source is AltSource.AUTHOR and len(decision.alt) > MAX_ALT_LENGTH:
            self.report("render-alt-too-long", f"{pointer}/alt",
                        f"alt is {len(decision.alt)} characters (at most {MAX_ALT_LENGTH}); "
                        "keep it to a sentence and move the detail into the caption")
        self.report_overlap(shown.overlap, decision.source, pointer)
        return {
            "type": "image",
            "pointer": pointer,
            "src": self.url(image.src, f"{pointer}/src", RESOURCE_SCHEMES),
            "srcset": self.srcset(image.srcset, f"{pointer}/srcset"),
            "sizes": plain(image.sizes) if image.sizes else None,
            "width": image.width,
            "height": image.height,
            "alt": plain(alt) if alt else alt,
            "alt_missing": decision.source is AltSource.MISSING,
            "review": "alt-missing" if self.review_markers and decision.source is
            AltSource.MISSING else None,
            "decorative": image.decorative,
            "caption": shown.caption,
            "caption_hidden": shown.hidden,
            "credit": plain(image.credit) if image.credit and not image.decorative else None,
            "credit_url": self.link_url(image.credit_url, f"{pointer}/credit_url", image.credit,
                                        f"{pointer}/credit")
            if image.credit and not image.decorative else None,
            "credit_label": self._("Image source"),
            "lazy": lazy,
            "lead": lead,
            "attrs": self.lang_attrs(image.lang, f"{pointer}/lang"),
        }

    def report_overlap(self, overlap: Overlap, source: AltSource, pointer: str) -> None:
        """Say how the caption was exposed so that the alt's words are heard once."""
        better = "Alt that describes the image is better"
        if overlap is Overlap.SAME_WITH_LINK:
            self.report("render-alt-repeats-caption", pointer,
                        "alt repeats a caption that holds a link: the image is rendered with "
                        "alt=\"\" so the caption is read once and its link stays reachable. "
                        + better)
        elif source is not AltSource.AUTHOR:
            return  # the alt came from the caption: render-alt-from-caption says so
        elif overlap is Overlap.SAME:
            self.report("render-alt-repeats-caption", pointer,
                        "alt repeats the caption; the caption text is hidden from assistive "
                        f"technology so it is read once. {better}")
        elif overlap is Overlap.FIRST_SENTENCE:
            self.report("render-alt-repeats-caption", pointer,
                        "alt repeats the caption's first sentence; that sentence is hidden from "
                        f"assistive technology so it is read once. {better}")
        elif overlap is Overlap.INSIDE:
            self.report("render-alt-in-caption", f"{pointer}/alt",
                        "the alt is part of the caption, so screen readers read it twice; "
                        "describe what the image shows instead")

    # -- media ------------------------------------------------------------------------------
    def media(self, media: model.Video | model.Audio) -> View:
        pointer = media.pointer
        is_video = isinstance(media, model.Video)
        captions = [t for t in media.tracks if t.kind in {"captions", "subtitles"}]
        if is_video and not captions:
            self.report("render-video-captions-missing", pointer,
                        "video has no captions track (WCAG 1.2.2)")
        if not media.transcript:
            if is_video:
                self.report("render-video-transcript-missing",
                            pointer, "video has no transcript; one helps deafblind readers "
                            "and people who prefer reading (WCAG 1.2.3)")
            else:
                self.report("render-audio-transcript-missing", pointer,
                            "audio has no transcript (WCAG 1.2.1)")
        sources = [
            {"src": src, "type": plain(source.type) if source.type else None}
            for index, source in enumerate(media.sources)
            if (src := self.url(source.src, f"{pointer}/sources/{index}", RESOURCE_SCHEMES))
        ]
        first_caption = captions[0] if captions else None
        tracks = [
            {"src": src, "kind": track.kind, "srclang": track.srclang, "label": plain(track.label),
             "default": track is first_caption}
            for index, track in enumerate(media.tracks)
            if (src := self.url(track.src, f"{pointer}/tracks/{index}/src", RESOURCE_SCHEMES))
        ]
        view: View = {
            "type": media.type,
            "pointer": pointer,
            "id": self.ids.for_text(media.type, media.title),
            "title": plain(media.title),
            "sources": sources,
            "download": sources[0]["src"] if sources else None,
            "tracks": tracks,
            "transcript": self.inline(media.transcript, f"{pointer}/transcript"),
            "labels": {
                "download": self._("Download the video") if is_video
                else self._("Download the audio"),
                "transcript": self._("Transcript"),
                "duration": self._("Duration"),
            },
            "duration": ({"datetime": media.duration, "text": clock_duration(media.duration)}
                         if media.duration else None),
        }
        if isinstance(media, model.Video):
            view.update(poster=self.url(media.poster, f"{pointer}/poster", RESOURCE_SCHEMES),
                        width=media.width, height=media.height)
        return view

    # -- blocks -----------------------------------------------------------------------------
    def blocks(self) -> list[View]:
        headings = [b for b in self.article.body if isinstance(b, model.Heading)]
        levels = dict(zip(map(id, headings),
                          normalise_levels(h.level for h in headings), strict=True))
        views = []
        for block in self.article.body:
            if isinstance(block, model.Heading):
                change = levels[id(block)]
                if change.rendered != change.requested:
                    self.report("render-heading-level",
                                block.pointer,
                                f"heading level {change.requested} rendered as "
                                f"h{change.rendered} so that no level is skipped")
                self._section_level = change.rendered
                views.append({"type": "heading", "pointer": block.pointer,
                              "level": change.rendered, "text": plain(block.text),
                              "id": self.ids.for_text("h", block.text)})
            elif (view := self.block(block)) is not None:
                views.append(view)
        return views

    def body_words(self) -> Body:
        """The words readers hear in the summary and the body (pull quotes aside), read once."""
        if self._body is None:
            article = self.article
            texts = [inline_to_text(article.summary)] if article.summary else []
            for block in article.body:
                match block:
                    case model.Paragraph(text=text) | model.Quote(text=text):
                        texts.append(inline_to_text(text))
                    case model.Heading(text=text):
                        texts.append(plain(text))
                    case model.List(items=items):
                        texts.extend(inline_to_text(item) for item in items)
                    case model.Note(text=text) | model.Related(text=str() as text):
                        texts.append(inline_to_text(text))
                    case model.Table(rows=rows):
                        texts.extend(inline_to_text(cell) for row in rows for cell in row)
                    case model.Image(caption=str() as caption):
                        texts.append(inline_to_text(caption))
            self._body = Body(texts)
        return self._body

    def block(self, block: model.Block) -> View | None:
        """The view of one non-heading block (``None`` for one that renders nothing)."""
        base: View = {"type": block.type, "pointer": block.pointer}
        sub_level = min(self._section_level + 1, 6)
        match block:
            case model.Paragraph(text=text):
                html = self.inline(text, f"{block.pointer}/text")
                if html is None or is_blank(html):
                    self.report("render-paragraph-empty", f"{block.pointer}/text",
                                "the paragraph shows no text (only spaces, &nbsp; or <br>, or "
                                "markup that was removed); it is not rendered")
                    return None
                return base | {"text": html}
            case model.Image():
                return self.image(block)
            case model.Gallery(images=images, title=title):
                label = plain(title) if title else self._("Gallery")
                if not title:  # several untitled galleries must not share one landmark name
                    self._untitled_galleries += 1
                    if self._untitled_galleries > 1:
                        label = f"{label} {self._untitled_galleries}"
                self.check_unique_landmark("region", label, block.pointer)
                return base | {
                    "title": plain(title) if title else None, "label": label,
                    "id": self.ids.for_text("gallery", label), "level": sub_level,
                    "images": [self.image(image) for image in images],
                }
            case model.Video() | model.Audio():
                return self.media(block)
            case model.Embed(url=url, title=title, provider=provider, height=height,
                             caption=caption):
                provider_text = plain(provider)
                framed = self.embed(url, f"{block.pointer}/url")
                return base | {
                    "caption": self.inline(caption, f"{block.pointer}/caption"),
                    "url": framed,
                    "sandbox": embed_sandbox(framed, self.page_urls) if framed else None,
                    "title": plain(title), "provider": provider_text, "height": height or 400,
                    "end_id": self.ids.for_text("end-of", provider_text),
                }
            case model.Quote(text=text, cite=cite, cite_url=cite_url, lang=lang):
                return base | {
                    "text": self.inline(text, f"{block.pointer}/text"),
                    "cite": plain(cite) if cite else None,
                    "cite_url": self.link_url(cite_url, f"{block.pointer}/cite_url", cite,
                                              f"{block.pointer}/cite"),
                    "attrs": self.lang_attrs(lang, f"{block.pointer}/lang"),
                }
            case model.Pullquote(text=text, cite=cite):
                hidden = self.body_words().quotes(text)
                if not hidden:
                    self.report("render-pullquote-not-in-body", f"{block.pointer}/text",
                                "the pull quote's text is not in the body, so it is read by "
                                "screen readers like the body (not hidden); check it is meant "
                                "to be read there, or quote the body exactly")
                return base | {"text": plain(text), "cite": plain(cite) if cite else None,
                               "hidden": hidden}
            case model.List(ordered=ordered, items=items):
                return base | {"ordered": ordered,
                               "items": [self.inline(item, f"{block.pointer}/items/{i}")
                                         for i, item in enumerate(items)]}
            case model.Table():
                return base | self.table(block)
            case model.Related(title=title, text=text, url=url, links=links):
                self.check_unique_landmark("complementary", title, block.pointer)
                return base | {
                    "title": plain(title), "text": self.inline(text, f"{block.pointer}/text"),
                    "url": self.link_url(url, f"{block.pointer}/url", title,
                                         f"{block.pointer}/title"),
                    "id": self.ids.for_text("related", title),
                    "links": self.links(links, f"{block.pointer}/links"),
                }
            case model.Note(kind=kind, text=text):
                labels = {"correction": self._("Correction"), "editor": self._("Editor's note"),
                          "update": self._("Update")}
                return base | {"kind": kind, "label": labels[kind],
                               "text": self.inline(text, f"{block.pointer}/text")}
            case model.Divider():
                return base
        raise TypeError(f"no view for block type {block.type!r}")  # pragma: no cover

    def check_unique_landmark(self, role: str, name: str, pointer: str) -> None:
        """Related boxes (complementary), galleries and tables (regions) are landmarks named by
        their title or caption: two of one role with one name are indistinguishable in a
        list of landmarks."""
        key = (role, " ".join(plain(name).casefold().split()))
        first = self._landmark_names.setdefault(key, pointer)
        if first != pointer:
            self.report("render-landmark-name-repeated", pointer,
                        f"{plain(name)!r} already names the {role} landmark at {first}; screen "
                        "readers list both under one name")

    def table(self, table: model.Table) -> View:
        head_rows, head_cols = table.header_rows, table.header_columns
        rows = []
        for r, row in enumerate(table.rows):
            cells = []
            for c, cell in enumerate(row):
                header = r < head_rows or c < head_cols
                scope = ("col" if r < head_rows else "row") if header else None
                html = self.inline(cell, f"{table.pointer}/rows/{r}/{c}")
                cells.append({"header": header, "scope": scope, "html": html})
            rows.append(cells)
        if lonely := _headers_without_data(rows, head_rows, head_cols):
            self.report("render-table-without-data",
                        table.pointer, f"header cell(s) at {', '.join(lonely)} head no data "
                        "cell: check header_rows, header_columns and that rows are complete")
        self.check_unique_landmark("region", table.caption, table.pointer)
        caption_id = self.ids.for_text("table", table.caption)
        return {"caption": plain(table.caption), "id": caption_id,
                "head": rows[:head_rows], "body": rows[head_rows:]}

    def links(self, links: tuple[model.Link, ...], pointer: str) -> list[View]:
        return [{"text": plain(link.text),
                 "url": self.link_url(link.url, f"{pointer}/{i}/url", link.text,
                                      f"{pointer}/{i}/text")}
                for i, link in enumerate(links)]

    # -- page -------------------------------------------------------------------------------
    def author(self, author: model.Author, pointer: str) -> View:
        return {"name": plain(author.name),
                "url": self.link_url(author.url, f"{pointer}/url", author.name, f"{pointer}/name"),
                "role": plain(author.role) if author.role else None,
                "bio": self.inline(author.bio, f"{pointer}/bio")}

    def alerts(self) -> Iterator[View]:
        for index, alert in enumerate(self.article.alerts):
            kind_label = self._("Breaking news") if alert.kind == "breaking" else self._("Notice")
            label = plain(alert.label)
            yield {
                "kind": alert.kind,
                "kind_label": None if kind_label.casefold() == label.casefold() else kind_label,
                "label": label, "text": self.inline(alert.text, f"/alerts/{index}/text"),
                "url": self.link_url(alert.url, f"/alerts/{index}/url", label,
                                     f"/alerts/{index}/label"),
            }

    def page(self) -> View:
        """Everything the page templates need."""
        article = self.article
        site = article.site
        lead: View | None = None
        if isinstance(article.lead, model.Image):
            lead = self.image(article.lead, lazy=False, lead=True)
        elif isinstance(article.lead, model.Video):
            lead = self.media(article.lead)
        body = self.blocks()
        about = None
        if site.about:
            about_image = site.about.image
            about = {"text": self.inline(site.about.text, "/site/about/text"),
                     "image": self.image(about_image) if about_image else None}
        if site.logo and (reason := logo_alt_problem(site.name)):
            self.report("render-site-name-unusable",
                        "/site/name", f"the site's name is the logo's alt text, and it is "
                        f"{reason}; give the site its real name")
        search = None
        if site.search:
            search = {"action": self.url(site.search.action, "/site/search/action"),
                      "param": site.search.param,
                      "label": plain(site.search.label) if site.search.label
                      else self._("Search %(site)s", site=plain(site.name))}
        return {
            "id": article.id,
            "language": self.language,
            "direction": self.direction,
            "headline": plain(article.headline),
            "summary": self.inline(article.summary, "/summary"),
            "summary_text": inline_to_text(article.summary) if article.summary else None,
            "kicker": plain(article.kicker) if article.kicker else None,
            "section": {"name": plain(article.section.name),
                        "url": self.link_url(article.section.url, "/section/url",
                                                 article.section.name, "/section/name")}
            if article.section else None,
            "published": self.time(article.published),
            "updated": self.time(article.updated) if article.updated else None,
            "authors": [self.author(a, f"/authors/{i}") for i, a in enumerate(article.authors)],
            "attribution": plain(article.attribution) if article.attribution else None,
            "lead": lead,
            "body": body,
            "tags": [{"name": plain(t.name),
                      "url": self.link_url(t.url, f"/tags/{i}/url", t.name, f"/tags/{i}/name")}
                     for i, t in enumerate(article.tags)],
            "corrections": [{"time": self.time(parse_datetime(c.date), date_only=len(c.date) == 10),
                             "text": self.inline(c.text, f"/corrections/{i}/text")}
                            for i, c in enumerate(article.corrections)],
            "alerts": list(self.alerts()),
            "canonical_url": self.url(article.canonical_url, "/canonical_url"),
            "site": {
                "name": plain(site.name), "url": self.link_url(site.url, "/site/url", site.name,
                                                                  "/site/name"),
                "attrs": self.lang_attrs(site.language, "/site/language"),
                "logo": self.url(site.logo.src, "/site/logo/src", RESOURCE_SCHEMES)
                if site.logo else None,
                "logo_size": (site.logo.width, site.logo.height) if site.logo else None,
                "navigation": self.links(site.navigation, "/site/navigation"),
                "search": search,
                "about": about,
                "footer_links": self.links(site.footer_links, "/site/footer_links"),
            },
        }
