"""The decisions every view shares, each one a render finding when an editor should see it:
sanitised inline HTML, link text, checked URLs and embeds, languages, dates, unique ids and
landmark names. Block views (:mod:`broadsheet.blocks`) and the page
(:mod:`broadsheet.render.views`) call them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import overload

from markupsafe import Markup

from broadsheet.blocks.base import Link
from broadsheet.i18n import (
    Translator,
    format_date_local,
    format_datetime_local,
    format_time_local,
)
from broadsheet.i18n.digits import Choice
from broadsheet.i18n.digits import localise as localise_digits
from broadsheet.i18n.digits import system_for as digits_system
from broadsheet.policy.embeds import embed_url_for_post
from broadsheet.policy.ids import IdRegistry
from broadsheet.policy.language import direction_of, is_known_language, same_language
from broadsheet.policy.link_text import is_generic_link_text
from broadsheet.policy.sanitise import clean_inline, link_texts, plain
from broadsheet.policy.typography import bind, bind_html
from broadsheet.policy.urls import RESOURCE_SCHEMES, embed_url, safe_srcset, safe_url
from broadsheet.render.diagnostics import SANITISER_RULES, FindingLog
from broadsheet.render.footnotes import Footnotes
from broadsheet.render.view_types import LangAttrs, LinkView, TimeView

#: Ids the page chrome uses; body ids never take them.
RESERVED_IDS = ("main", "navigation", "search-query", "headline", "content")
# nh3 serialises attributes in one canonical form, so this only annotates, never sanitises.
_LANG_ATTRIBUTE = re.compile(r'<[a-z]+ [^<>]*?\blang="([A-Za-z0-9-]+)"[^<>]*>')


def html_datetime(moment: datetime) -> str:
    """A valid HTML ``datetime`` value (``Z`` for UTC; at most three fractional digits)."""
    text = moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class ViewPolicies(FindingLog):
    """The shared decisions of one page's views, and what they found."""

    def __init__(self, translator: Translator, *, language: str, direction: str,
                 embed_hosts: Iterable[str], page_urls: tuple[str | None, ...],
                 review_markers: bool, digits: Choice = "default") -> None:
        super().__init__()
        #: ``_(message, **values)``: the message in the page's language (named ``_`` so
        #: gettext extractors, pybabel's and xgettext's, find the messages).
        self._ = translator
        self.language = language
        self.direction = direction
        #: The numbering system of the numbers the page writes (``arabext`` in Persian).
        self.numbering = digits_system(language, digits)
        self.embed_hosts = tuple(embed_hosts)
        #: Where the page lives (its canonical and site URLs), to tell embeds of other origins.
        self.page_urls = page_urls
        #: Mark elements an editor must review (``data-broadsheet-review``) in the HTML.
        self.review_markers = review_markers
        #: URLs of the embeds rendered as frames (the page's CSP allows their origins).
        self.frames: list[str] = []
        #: URLs of images and media the page loads.
        self.resources: list[str] = []
        self.ids = IdRegistry(RESERVED_IDS)
        #: The article's footnotes, which ``[^id]`` in inline HTML refers to.
        self.footnotes = Footnotes((), translator, self.ids, self.numerals)
        self._landmark_names: dict[tuple[str, str], str] = {}

    # -- inline HTML and links --------------------------------------------------------------
    @overload
    def inline(self, value: str, pointer: str) -> Markup: ...

    @overload
    def inline(self, value: str | None, pointer: str) -> Markup | None: ...

    def inline(self, value: str | None, pointer: str) -> Markup | None:
        """Sanitised inline HTML, numbers bound to their units (:mod:`broadsheet.policy.
        typography`); spans in a language of the other direction get ``dir``; links with
        generic text are reported."""
        if value is None:
            return None
        cleaned, changes = clean_inline(value)
        bound = bind_html(cleaned, self.language)
        if bound is not cleaned:  # text with no digit comes back as it went
            cleaned = Markup(bound)
        for change in changes:
            rule, case = SANITISER_RULES[change.kind]
            self.report(rule, pointer, case, change=change.message)
        if "<a " in cleaned:
            for text in link_texts(cleaned):
                if not text:
                    self.report("render-link-empty", pointer)
                self.check_link_text(text, pointer)
        if "[^" in cleaned:
            cleaned = self.footnotes.link(cleaned, lambda case, key: self.report(
                "render-footnote-reference", pointer, case, id=key))
        if "lang=" not in cleaned:
            return cleaned
        return Markup(_LANG_ATTRIBUTE.sub(self._add_direction, cleaned))

    def _add_direction(self, match: re.Match[str]) -> str:
        tag, language = match.group(0), match.group(1)
        if " dir=" in tag or direction_of(language) == self.direction:
            return tag
        return f'{tag[:-1]} dir="{direction_of(language)}">'

    def text(self, value: str) -> str:
        """Plain text (a heading's, the headline), numbers bound to their units."""
        return bind(plain(value), self.language)

    def check_link_text(self, text: str, pointer: str) -> None:
        """Report a link whose text says nothing of where it goes."""
        if is_generic_link_text(text):
            self.report("render-link-text-generic", pointer, text=text)

    def link_url(self, url: str | None, pointer: str, text: str | None,
                 text_pointer: str) -> str | None:
        """The checked URL (at ``pointer``) of a link reading ``text`` (reported if generic)."""
        checked = self.url(url, pointer)
        if checked is not None and text is not None:  # no URL, no link: the text is plain
            self.check_link_text(plain(text), text_pointer)
        return checked

    def links(self, links: tuple[Link, ...], pointer: str) -> list[LinkView]:
        return [{"text": plain(link.text),
                 "url": self.link_url(link.url, f"{pointer}/{i}/url", link.text,
                                      f"{pointer}/{i}/text")}
                for i, link in enumerate(links)]

    # -- URLs -------------------------------------------------------------------------------
    def url(self, value: str | None, pointer: str, schemes: frozenset[str] | None = None) -> (
            str | None):
        """A URL that passed the scheme check; a refused one is reported and dropped."""
        if value is None:
            return None
        checked = safe_url(value, schemes) if schemes else safe_url(value)
        if checked is not None and schemes is RESOURCE_SCHEMES:
            self.resources.append(checked)
        if checked is None:
            self.report("render-unsafe-url", pointer)
        return checked

    def srcset(self, value: str | None, pointer: str) -> str | None:
        """A ``srcset`` whose every candidate passed the scheme check, else reported and dropped."""
        if value is None:
            return None
        checked = safe_srcset(value)
        if checked is not None:
            self.resources.extend(c.split()[0] for c in checked.split(", "))
        if checked is None:
            self.report("render-unsafe-url", pointer, "srcset")
        return checked

    def embed(self, value: str, pointer: str) -> str | None:
        """The URL of an embed from an allowed host; any other is reported and not framed."""
        checked = embed_url(embed_url_for_post(value) or value, self.embed_hosts)
        if checked is None:
            self.report("render-embed-refused", pointer)
        else:
            self.frames.append(checked)
        return checked

    # -- languages and dates ----------------------------------------------------------------
    def check_language(self, language: str, pointer: str) -> None:
        """Report a well-formed tag naming no known language (assistive technology would
        read the text with the wrong voice or none)."""
        if not is_known_language(language):
            self.report("render-language-unknown", pointer, language=language)

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

    def time(self, moment: datetime, *, date_only: bool = False,
             clock: bool = False, day: bool = False) -> TimeView:
        """``moment`` as a ``<time>``: date and time, the date alone (``date_only``: all the
        source gives), or the time of day (``clock``) or the date (``day``) alone, its
        ``datetime`` still the whole moment."""
        text = (format_date_local(moment, self.language) if date_only or day
                else format_time_local(moment, self.language) if clock
                else format_datetime_local(moment, self.language))
        value = moment.date().isoformat() if date_only else html_datetime(moment)
        return {"datetime": value, "text": self.numerals(text)}

    def numerals(self, text: str) -> str:
        """``text`` with its digits in the page's numbering system (۱۴ for 14 in Persian)."""
        return localise_digits(text, self.numbering)

    # -- landmarks --------------------------------------------------------------------------
    def check_unique_landmark(self, role: str, name: str, pointer: str) -> None:
        """Related boxes (complementary), galleries and tables (regions) are landmarks named by
        their title or caption: two of one role with one name are indistinguishable in a
        list of landmarks."""
        key = (role, " ".join(plain(name).casefold().split()))
        first = self._landmark_names.setdefault(key, pointer)
        if first != pointer:
            self.report("render-landmark-name-repeated", pointer, name=plain(name), role=role,
                        first=first)

    def landmark_count(self, role: str) -> int:
        """How many landmarks of ``role`` the page has named so far."""
        return sum(1 for key in self._landmark_names if key[0] == role)
