"""Apply every policy to the article model and produce the data templates render.

Templates stay declarative: alt text, heading levels, ids, languages, safe URLs and
sanitised inline HTML are all decided here, and each decision an editor should
review becomes a render :class:`~broadsheet.findings.Finding`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import overload

from markupsafe import Markup

from broadsheet import model
from broadsheet.blocks import BLOCKS, BlockTable, image, video
from broadsheet.blocks.base import Block
from broadsheet.blocks.heading import Heading
from broadsheet.findings import Finding
from broadsheet.i18n import Translator, format_date_local, format_datetime_local
from broadsheet.model import Article, parse_datetime
from broadsheet.policy.alt import logo_alt_problem
from broadsheet.policy.embeds import embed_url_for_post
from broadsheet.policy.headings import LevelChange, normalise_levels
from broadsheet.policy.ids import IdRegistry
from broadsheet.policy.language import direction_of, is_known_language, same_language
from broadsheet.policy.link_text import is_generic_link_text
from broadsheet.policy.pullquotes import Body
from broadsheet.policy.sanitise import ChangeKind, clean_inline, inline_to_text, link_texts, plain
from broadsheet.policy.urls import (
    DEFAULT_EMBED_HOSTS,
    RESOURCE_SCHEMES,
    embed_url,
    safe_srcset,
    safe_url,
)
from broadsheet.render.context import (
    AboutView,
    AlertView,
    AuthorView,
    ImageView,
    LangAttrs,
    LinkView,
    PageView,
    SearchView,
    TimeView,
    VideoView,
)
from broadsheet.render.diagnostics import BY_ID
from broadsheet.render.view_types import Block as BlockView

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


def html_datetime(moment: datetime) -> str:
    """A valid HTML ``datetime`` value (``Z`` for UTC; at most three fractional digits)."""
    text = moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class PageBuilder:
    """Builds the view of one article and collects render findings."""

    def __init__(self, article: Article, translator: Translator, *,
                 embed_hosts: Iterable[str] = DEFAULT_EMBED_HOSTS,
                 review_markers: bool = False, blocks: BlockTable = BLOCKS) -> None:
        self.article = article
        #: The block types, each viewed by its spec.
        self.table = blocks
        #: Mark elements an editor must review (``data-broadsheet-review``) in the HTML.
        self.review_markers = review_markers
        self.embed_hosts = tuple(embed_hosts)
        #: Where the page lives (its canonical and site URLs), to tell embeds of other origins.
        self.page_urls = (article.canonical_url, article.site.url)
        #: URLs of the embeds rendered as frames (the page's CSP allows their origins).
        self.frames: list[str] = []
        #: URLs of images and media the page loads.
        self.resources: list[str] = []
        #: ``translate(message, **values)``: the message in the article's language.
        self.translate = self._ = translator
        self.language = article.language
        self.direction = article.direction or direction_of(article.language)
        self.ids = IdRegistry(RESERVED_IDS)
        self.findings: list[Finding] = []
        #: The level of the last heading rendered (a gallery's title is one below).
        self.section_level = 1
        #: Galleries without a title so far (each is named "Gallery 2", "Gallery 3", ...).
        self.untitled_galleries = 0
        self._levels: dict[int, LevelChange] = {}
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
    @overload
    def inline(self, value: str, pointer: str) -> Markup: ...

    @overload
    def inline(self, value: str | None, pointer: str) -> Markup | None: ...

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

    def lang_attrs(self, language: str | None, pointer: str | None = None) -> LangAttrs:
        """``lang`` (and ``dir`` when it changes) for a part in another language."""
        if language is not None and pointer is not None:
            self.check_language(language, pointer)
        if language is None or same_language(language, self.language):
            return {}
        attrs: LangAttrs = {"lang": language}
        direction = direction_of(language)
        if direction != self.direction:
            attrs["dir"] = direction
        return attrs

    def time(self, moment: datetime, *, date_only: bool = False) -> TimeView:
        text = (format_date_local(moment, self.language) if date_only
                else format_datetime_local(moment, self.language))
        value = moment.date().isoformat() if date_only else html_datetime(moment)
        return {"datetime": value, "text": text}

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self) -> list[BlockView]:
        """The view of each body block that renders something."""
        headings = [b for b in self.article.body if isinstance(b, Heading)]
        self._levels = dict(zip(map(id, headings),
                                normalise_levels(h.level for h in headings), strict=True))
        return [view for block in self.article.body if (view := self.block(block)) is not None]

    def block(self, block: Block) -> BlockView | None:
        """The view of one block (``None`` for one that renders nothing), by its type's spec."""
        view: BlockView | None = self.table[block.type].view(self, block)
        return view

    def heading_level(self, heading: Heading) -> LevelChange:
        """The level ``heading`` is rendered at, so that no level is skipped."""
        return self._levels[id(heading)]

    def sub_level(self) -> int:
        """The heading level of a title inside the current section."""
        return min(self.section_level + 1, 6)

    def body_words(self) -> Body:
        """The words readers hear in the summary and the body (pull quotes aside), read once."""
        if self._body is None:
            article = self.article
            texts = [inline_to_text(article.summary)] if article.summary else []
            for block in article.body:
                texts.extend(self.table[block.type].words(block))
            self._body = Body(texts)
        return self._body

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

    def links(self, links: tuple[model.Link, ...], pointer: str) -> list[LinkView]:
        return [{"text": plain(link.text),
                 "url": self.link_url(link.url, f"{pointer}/{i}/url", link.text,
                                      f"{pointer}/{i}/text")}
                for i, link in enumerate(links)]

    # -- page -------------------------------------------------------------------------------
    def author(self, author: model.Author, pointer: str) -> AuthorView:
        return {"name": plain(author.name),
                "url": self.link_url(author.url, f"{pointer}/url", author.name, f"{pointer}/name"),
                "role": plain(author.role) if author.role else None,
                "bio": self.inline(author.bio, f"{pointer}/bio")}

    def alerts(self) -> Iterator[AlertView]:
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

    def page(self) -> PageView:
        """Everything the page templates need."""
        article = self.article
        site = article.site
        lead: ImageView | VideoView | None = None
        if isinstance(article.lead, model.Image):
            lead = image.view(self, article.lead, lazy=False, lead=True)
        elif isinstance(article.lead, model.Video):
            lead = video.view(self, article.lead)
        body = self.blocks()
        about: AboutView | None = None
        if site.about:
            about_image = site.about.image
            about = {"text": self.inline(site.about.text, "/site/about/text"),
                     "image": image.view(self, about_image) if about_image else None}
        if site.logo and (reason := logo_alt_problem(site.name)):
            self.report("render-site-name-unusable",
                        "/site/name", f"the site's name is the logo's alt text, and it is "
                        f"{reason}; give the site its real name")
        search: SearchView | None = None
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
