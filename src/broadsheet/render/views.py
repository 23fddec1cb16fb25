"""The view of one article's page: its blocks, each viewed by its type's spec
(:mod:`broadsheet.blocks`), and the page around them (headline, bylines, dates, site chrome).

Templates stay declarative: alt text, heading levels, ids, languages, safe URLs and
sanitised inline HTML are all decided in Python (here, in the block modules and in
:mod:`broadsheet.render.policies`), and each decision an editor should review becomes a
render :class:`~broadsheet.findings.Finding` (:mod:`broadsheet.render.diagnostics`). The
typed views templates receive are in :mod:`broadsheet.render.context`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import cast

from broadsheet import model
from broadsheet.blocks import BLOCKS, BlockTable, image, video
from broadsheet.blocks.base import Block
from broadsheet.blocks.heading import Heading
from broadsheet.blocks.note import last_update
from broadsheet.blocks.paragraph import Paragraph
from broadsheet.i18n import Translator
from broadsheet.model import Article, Correction, parse_datetime
from broadsheet.policy.alt import AltSource, decide_alt, logo_alt_problem
from broadsheet.policy.headings import LevelChange, normalise_levels, repeats
from broadsheet.policy.language import direction_of, script_of
from broadsheet.policy.pullquotes import Body
from broadsheet.policy.sanitise import inline_to_text, is_blank, plain
from broadsheet.policy.short_words import bind_short_words
from broadsheet.policy.standfirst import repeats_standfirst
from broadsheet.policy.urls import DEFAULT_EMBED_HOSTS, RESOURCE_SCHEMES
from broadsheet.render.bylines import bylines
from broadsheet.render.context import (
    AboutView,
    AlertView,
    AuthorView,
    CorrectionView,
    ImageView,
    PageView,
    SearchView,
    SectionView,
    TagView,
    VideoView,
)
from broadsheet.render.flow import (
    audio_first,
    has_rail,
    opening_order,
    rail_order,
    stands_beside,
)
from broadsheet.render.footnotes import Footnotes
from broadsheet.render.live import live_view
from broadsheet.render.policies import RESERVED_IDS, ViewPolicies, html_datetime
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html, LinkView, SectionLink

__all__ = ["RESERVED_IDS", "PageBuilder", "html_datetime"]

#: Scripts a long read's drop cap suits: an initial letter stands alone in them, while
#: Arabic script joins its letters (a raised initial would break the word's shape).
DROP_CAP_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek"})


def stands_for_newsroom(picture: ImageView) -> bool:
    """Whether an About picture can be the footer's mark: one with words (a logo), or a
    decorative band (an ornament: macros.html's figure); a photograph without words (its alt
    a placeholder) showed as a 48 px crop of sky, a broken-looking mark."""
    width, height = picture["width"], picture["height"]
    ornament = picture["decorative"] and bool(width and height) and width >= 8 * height
    return bool(picture["alt"]) or ornament


def current_link(links: list[LinkView], section: SectionView | None,
                 kicker: str | None = None) -> int | None:
    """The index of the first link to the article's section (the same checked URL), else of
    the first link named as the section or the kicker ("Wales · Culture": the Eisteddfod's
    section, Wales, has no link in the navigation, its kicker Culture has), if any. (Round
    50's review: the culture page marked no section in the navigation.)"""
    if section is not None and section["url"] is not None:
        found = next((i for i, link in enumerate(links) if link["url"] == section["url"]), None)
        if found is not None:
            return found
    names = [name.casefold().strip() for name in (section["name"] if section else None, kicker)
             if name]
    for name in names:
        found = next((i for i, link in enumerate(links)
                      if link["url"] and link["text"].casefold().strip() == name), None)
        if found is not None:
            return found
    return None


def topics_in_order(tags: list[TagView]) -> list[TagView]:
    """The article's topics, those with a page first, each group in the order given: the
    row's chips are of two kinds (a link in the link colour with an arrow, a plain label),
    and mixed they read as no order (a review); a newsroom's topic row is its links (the
    Guardian's and the BBC's are all links), a plain keyword after them. The names keep the
    case the data writes (the stylesheet transforms none: a script without case would be
    unchanged, and a name's capitals are its own)."""
    return sorted(tags, key=lambda tag: tag["url"] is None)


def article_format(article: Article) -> str:
    """The article's format, one rule for its page and the preview gallery's card: a live
    blog (``live``) whatever its genre; its genre when it gives one other than news (a long
    read); ``video`` when its lead is one; ``photos`` (a photo essay) when its lead or body
    holds a gallery; else its genre (news, or ``""`` when none is given)."""
    if article.live:
        return "live"
    if article.genre and str(article.genre) != "news":
        return str(article.genre)
    if article.lead is not None and article.lead.type == "video":
        return "video"
    if any(block.type == "gallery" for block in (*article.body, article.lead) if block):
        return "photos"
    return str(article.genre or "")


def is_photo_essay(article: Article) -> bool:
    """Whether ``article``'s page is laid out as a photo essay: its format is ``photos``
    (:func:`article_format`) and a picture leads it. Its page opens on the lead picture across
    the window, its headline under it and its gallery spans the page (the
    stylesheet's "photo essay")."""
    return article_format(article) == "photos" and isinstance(article.lead, model.Image)


class PageBuilder(ViewPolicies):
    """Builds the view of one article and collects render findings."""

    def __init__(self, article: Article, translator: Translator, *,
                 embed_hosts: Iterable[str] = DEFAULT_EMBED_HOSTS,
                 review_markers: bool = False, live_updates: bool = False,
                 blocks: BlockTable = BLOCKS) -> None:
        super().__init__(translator, language=article.language,
                         direction=article.direction or direction_of(article.language),
                         embed_hosts=embed_hosts,
                         page_urls=(article.canonical_url, article.site.url),
                         review_markers=review_markers, digits=article.site.digits)
        self.article = article
        #: A long read gets the feature layout (hero, drop cap, folded key points).
        self.longread = article.genre == "longread"
        #: The block types, each viewed by its spec.
        self.table = blocks
        #: Whether a live blog gets the update script's controls.
        self.live_updates = live_updates
        #: The level of the last heading rendered (a gallery's title is one below).
        self.section_level = 1
        #: Galleries without a title so far (each is named "Gallery 2", "Gallery 3", ...).
        self.untitled_galleries = 0
        #: The sections (level-2 headings) so far, for a table of contents: filled as the
        #: headings are viewed, read when the page is laid out.
        self.sections: list[SectionLink] = []
        #: The heading viewed just before the current block, if it came right before it.
        self.last_heading: SectionLink | None = None
        #: What the article itself loads, without the site's chrome (a fragment's policy):
        #: set by :meth:`page`.
        self.article_resources: list[str] = []
        self._levels: dict[int, LevelChange] = {}
        self._body: Body | None = None
        self.footnotes = Footnotes([note.id for note in article.footnotes], translator,
                                   self.ids, self.numerals)
        self.check_language(article.language, "/language")

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self) -> list[BlockView]:
        """The view of each body block that renders something, in reading order
        (:func:`~broadsheet.render.flow.audio_first`,
        :func:`~broadsheet.render.flow.opening_order`, then
        :func:`~broadsheet.render.flow.rail_order`); a picture that stands beside the text
        after it is marked ``beside``."""
        self.number_headings(self.article.body, top=1)
        ordered = rail_order(opening_order(audio_first(self._unrepeated_body())), self.words)
        views: list[BlockView] = []
        for index, block in enumerate(ordered):
            view = self.block(block)
            if view is None:
                continue
            if view["type"] == "image" and stands_beside(ordered, index, self.words):
                cast(ImageView, view)["beside"] = True
            views.append(view)
        return views

    def _unrepeated_body(self) -> tuple[Block, ...]:
        """The body without a first paragraph that repeats the standfirst (reported)."""
        body, summary = self.article.body, self.article.summary
        first = next((block for block in body if isinstance(block, Paragraph)), None)
        if first is None or summary is None or not repeats_standfirst(summary, first.text):
            return body
        self.report("render-paragraph-repeats-standfirst", first.pointer)
        return tuple(block for block in body if block is not first)

    def words(self, block: Block) -> Iterable[str]:
        """The text of ``block`` a reader hears, by its type's spec."""
        return self.table[block.type].words(block)

    def block(self, block: Block) -> BlockView | None:
        """The view of one block (``None`` for one that renders nothing), by its type's spec."""
        view: BlockView | None = self.table[block.type].view(self, block)
        if not isinstance(block, Heading):
            self.last_heading = None
        return view

    def heading_repeated(self, title: str | None, pointer: str) -> SectionLink | None:
        """The heading right before a block whose ``title`` says it again (reported): the
        block is then named by that heading, so its title is not announced a second time."""
        heading = self.last_heading
        if title is None or heading is None or not repeats(plain(title), heading["text"]):
            return None
        self.report("render-title-repeats-heading", f"{pointer}/title", title=plain(title),
                    heading=heading["text"])
        return heading

    def number_headings(self, blocks: Iterable[Block], *, top: int) -> None:
        """Decide the levels of the headings among ``blocks``, which sit below an ``h{top}``."""
        headings = [b for b in blocks if isinstance(b, Heading)]
        self._levels.update(zip(map(id, headings),
                                normalise_levels((h.level for h in headings), top=top),
                                strict=True))

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
            posts = article.live.posts if article.live else ()
            for block in (*article.body, *(b for post in posts for b in post.body)):
                texts.extend(self.table[block.type].words(block))
            self._body = Body(texts)
        return self._body

    # -- page -------------------------------------------------------------------------------
    def author(self, author: model.Author, pointer: str) -> AuthorView:
        bio = self.inline(author.bio, f"{pointer}/bio")
        if bio and author.url is None:  # the byline links the name to the bio
            self.check_link_text(plain(author.name), f"{pointer}/name")
        return {"name": plain(author.name),
                "url": self.link_url(author.url, f"{pointer}/url", author.name, f"{pointer}/name"),
                "role": plain(author.role) if author.role else None,
                "bio": bio,
                "bio_id": self.ids.for_text("author", author.name) if bio else None,
                "contribution": author.contribution}

    def _correction(self, correction: Correction, index: int) -> CorrectionView:
        """A correction with its moment (the header's "Corrected") and its day (the list)."""
        moment, date_only = parse_datetime(correction.date), len(correction.date) == 10
        return {"time": self.time(moment, date_only=date_only),
                "day": self.time(moment, date_only=date_only, day=True),
                "text": self.inline(correction.text, f"/corrections/{index}/text")}

    def alerts(self) -> Iterator[AlertView]:
        """The banners; one whose label only names its kind ("Breaking news") and that has
        no text says nothing, so it is left out and reported."""
        for index, alert in enumerate(self.article.alerts):
            breaking = alert.kind == "breaking"
            english = "Breaking news" if breaking else "Notice"
            kind_label = self._("Breaking news") if breaking else self._("Notice")
            label = plain(alert.label)
            names_kind = label.casefold() in (kind_label.casefold(), english.casefold())
            text = self.inline(alert.text, f"/alerts/{index}/text")
            if names_kind and (text is None or is_blank(text)):
                self.report("render-alert-empty", f"/alerts/{index}", label=label)
                continue
            yield {
                "kind": alert.kind,
                "kind_label": None if names_kind else kind_label,
                "label": label, "text": text,
                "url": self.link_url(alert.url, f"/alerts/{index}/url", label,
                                     f"/alerts/{index}/label"),
            }

    def about_picture(self, picture: model.Image | None,
                      name: str) -> tuple[model.Image | None, bool]:
        """The About picture, and whether its alt is the site's name: the newsroom's own
        picture (its logo, as newsrooms' About boxes have it) with no usable alt and no
        caption is named after the site (a review finding), not left without alt."""
        if picture is None or picture.decorative or picture.caption or logo_alt_problem(name):
            return picture, False
        decision = decide_alt(alt=picture.alt, caption=None, credit=picture.credit,
                              decorative=False)
        if decision.source is not AltSource.MISSING:
            return picture, False
        alt = plain(name)
        why = f"the alt given is {decision.rejected}; " if decision.rejected else ""
        self.report("render-alt-from-site-name", picture.pointer, why=why, alt=alt)
        return replace(picture, alt=alt), True

    def page(self) -> PageView:
        """Everything the page templates need."""
        article = self.article
        site = article.site
        lead: ImageView | VideoView | None = None
        if isinstance(article.lead, model.Image):
            wide = (not article.live and article.genre != "longread"
                    and has_rail(audio_first(article.body)))  # the stylesheet's "The grid"
            # a long read's or photo essay's hero spans the window (broadsheet.css's hero)
            shape = article.lead.width, article.lead.height
            hero = ((self.longread or is_photo_essay(article))
                    and not (shape[0] and shape[1] and shape[1] > shape[0]))
            lead = image.view(self, article.lead, lazy=False, lead=True, wide=wide, hero=hero)
        elif isinstance(article.lead, model.Video):
            lead = video.view(self, article.lead)
        body = self.blocks()
        canonical_url = self.url(article.canonical_url, "/canonical_url")
        live = (live_view(self, article.live, updates=self.live_updates,
                          header=article.updated or article.published, canonical=canonical_url)
                if article.live else None)
        self.article_resources = list(self.resources)  # before the chrome's logo, about image
        authors = [self.author(a, f"/authors/{i}") for i, a in enumerate(article.authors)]
        about: AboutView | None = None
        if site.about:
            picture, named = self.about_picture(site.about.image, site.name)
            shown = image.view(self, picture, newsroom=True) if picture else None
            if shown is not None and named and self.review_markers:
                shown["review"] = "alt-from-site-name"
            # (kept, marked, when an editor asks for review markers: the picture to fix); a
            # picture named after the site may be a photograph: the wordmark stands for it
            mark = shown is not None and (bool(shown["review"])
                                          or (not named and stands_for_newsroom(shown)))
            about = {"text": self.inline(site.about.text, "/site/about/text"),
                     "image": shown if mark else None, "wordmark": shown is not None and not mark}
        if site.logo and (reason := logo_alt_problem(site.name)):
            self.report("render-site-name-unusable", "/site/name", reason=reason)
        search: SearchView | None = None
        if site.search:
            search = {"action": self.url(site.search.action, "/site/search/action"),
                      "param": site.search.param,
                      "label": plain(site.search.label) if site.search.label
                      else self._("Search %(site)s", site=plain(site.name))}
        section: SectionView | None = {
            "name": plain(article.section.name),
            "url": self.link_url(article.section.url, "/section/url", article.section.name,
                                 "/section/name")} if article.section else None
        navigation = self.links(site.navigation, "/site/navigation")
        view: PageView = {
            "id": article.id,
            "language": self.language,
            "direction": self.direction,
            "headline": plain(article.headline),
            "headline_shown": bind_short_words(self.text(article.headline), self.language),
            "summary": self.inline(article.summary, "/summary"),
            "summary_text": inline_to_text(article.summary) if article.summary else None,
            "kicker": plain(article.kicker) if article.kicker else None,
            "genre": article.genre,
            "essay": is_photo_essay(article),
            "dropcap": self.longread and script_of(self.language) in DROP_CAP_SCRIPTS,
            "rail": bool(article.live) or has_rail(audio_first(article.body)),
            "section": section,
            "published": self.time(article.published),
            "updated": self.time(article.updated) if article.updated else None,
            "update_note": last_update(body),
            "authors": authors,
            "bylines": bylines(self._, authors),
            "attribution": plain(article.attribution) if article.attribution else None,
            "lead": lead,
            "body": body,
            "live": live,
            "tags": topics_in_order([{"name": plain(t.name), "url": self.link_url(
                t.url, f"/tags/{i}/url", t.name, f"/tags/{i}/name")}
                for i, t in enumerate(article.tags)]),
            "corrections": [self._correction(c, i) for i, c in enumerate(article.corrections)],
            "alerts": list(self.alerts()),
            "canonical_url": canonical_url,
            "site": {
                "name": plain(site.name), "url": self.link_url(site.url, "/site/url", site.name,
                                                                  "/site/name"),
                "attrs": self.lang_attrs(site.language, "/site/language"),
                "logo": self.url(site.logo.src, "/site/logo/src", RESOURCE_SCHEMES)
                if site.logo else None,
                "logo_size": (site.logo.width, site.logo.height) if site.logo else None,
                "logo_dark": self.url(site.logo_dark.src, "/site/logo_dark/src", RESOURCE_SCHEMES)
                if site.logo and site.logo_dark else None,
                "logo_dark_size": (site.logo_dark.width, site.logo_dark.height)
                if site.logo and site.logo_dark else None,
                "navigation": navigation,
                "navigation_current": current_link(
                    navigation, section, plain(article.kicker) if article.kicker else None),
                "search": search,
                "about": about,
                "footer_links": self.links(site.footer_links, "/site/footer_links"),
                "year": self.numerals(str(article.published.year)),
            },
            "footnotes": None,
        }
        # last: every text that may refer to a note has been rendered
        texts: dict[str, Html] = {}
        first: dict[str, int] = {}
        for index, note in enumerate(article.footnotes):
            if (kept := first.setdefault(note.id, index)) != index:
                self.report("render-footnote-id-repeated", f"/footnotes/{index}/id", id=note.id,
                            first=f"/footnotes/{kept}")
                continue
            texts[note.id] = self.inline(note.text, f"/footnotes/{index}/text")
        view["footnotes"] = self.footnotes.view(texts, self.numbering)
        return view
