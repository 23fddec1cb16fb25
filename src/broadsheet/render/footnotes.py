"""Footnotes: ``[^id]`` in inline HTML refers to the article's footnote ``id``.

Each reference becomes a superscript link to its note that a screen reader announces as what
it is ("Footnote 3", the number shown alone); each note, in the "Notes" list at the end,
links back to every reference to it, each back-link named by its number ("Back to reference
3"); a note referred to more than once has an arrow then one letter per reference ("↑ a b",
as Wikipedia does), each link named with its letter ("Back to reference 3 (b)"). Notes are
numbered in the order the article lists them, in the page's digits.

References are found in text only, never inside a tag: the sanitiser's output has one
canonical form (attribute values double-quoted, ``"`` escaped), so a tag is matched whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from string import ascii_lowercase
from typing import Annotated, TypedDict

from markupsafe import Markup

from broadsheet.i18n import Translator
from broadsheet.policy.ids import IdRegistry
from broadsheet.render.view_types import Html

#: A reference: ``[^`` an id of letters, digits, ``-`` or ``_`` ``]``.
REFERENCE = re.compile(r"\[\^([A-Za-z0-9_-]{1,64})\]")
_TAG = re.compile(r'<(/?)([a-zA-Z0-9]+)(?:[^>"]|"[^"]*")*>')


class BackLinkView(TypedDict):
    href: str
    label: Annotated[str, "\"Back to reference 3\" (one of several: \"… 3 (b)\", its mark)"]
    mark: Annotated[str | None, "\"a\", \"b\"… (page digits outside Latin), one of several"]


class FootnoteView(TypedDict):
    id: str
    number: Annotated[str, "its number, in the page's digits"]
    text: Html
    back_links: Annotated[list[BackLinkView], "one per reference to it, in reading order"]


class FootnotesView(TypedDict):
    id: Annotated[str, "id of the heading"]
    heading: str
    numbering: Annotated[str, "the page's numbering system (the list's markers)"]
    notes: list[FootnoteView]


class Footnotes:
    """The article's notes and the references found so far."""

    def __init__(self, ids: Sequence[str], translator: Translator, registry: IdRegistry,
                 numerals: Callable[[str], str]) -> None:
        self._ = translator
        self.registry = registry
        self.numerals = numerals
        self.numbers: dict[str, int] = {}
        for footnote_id in ids:
            self.numbers.setdefault(footnote_id, len(self.numbers) + 1)
        self.note_ids = {key: registry.make(f"footnote-{number}")
                         for key, number in self.numbers.items()}
        #: The ids of the references to each note, in the order they were rendered.
        self.references: dict[str, list[str]] = {key: [] for key in self.numbers}

    def link(self, html: Markup, problem: Callable[[str, str], None]) -> Markup:
        """``html`` with each reference in its text made a link to its note;
        ``problem(case, id)`` for one that names no note or sits inside a link."""
        out: list[str] = []
        position, in_link = 0, 0
        for tag in _TAG.finditer(html):
            out.append(self._text(html[position:tag.start()], in_link > 0, problem))
            if tag.group(2).lower() == "a":
                in_link += -1 if tag.group(1) else 1
            out.append(tag.group(0))
            position = tag.end()
        out.append(self._text(html[position:], in_link > 0, problem))
        return Markup("".join(out))

    def _text(self, text: str, in_link: bool,
              problem: Callable[[str, str], None]) -> str:
        def replace(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in self.numbers:
                problem("unknown", key)
                return match.group(0)
            if in_link:
                problem("in-link", key)
                return match.group(0)
            return self._reference(key)

        return REFERENCE.sub(replace, text)

    def _reference(self, key: str) -> str:
        number = self.numerals(str(self.numbers[key]))
        reference_id = self.registry.make(f"footnote-ref-{self.numbers[key]}")
        self.references[key].append(reference_id)
        before, _number, after = self._("Footnote %(number)s").partition("%(number)s")
        hidden = '<span class="visually-hidden">{}</span>'
        return str(Markup(
            '<sup class="footnote-ref"><a href="#{note}" id="{ref}">{before}{number}{after}'
            "</a></sup>").format(
                note=self.note_ids[key], ref=reference_id, number=number,
                before=Markup(hidden).format(before) if before else "",
                after=Markup(hidden).format(after) if after else ""))

    def view(self, texts: dict[str, Html], numbering: str) -> FootnotesView | None:
        """The "Notes" list (``None`` when the article has none)."""
        if not self.numbers:
            return None
        notes: list[FootnoteView] = []
        for key, number in self.numbers.items():
            shown = self.numerals(str(number))
            label = self._("Back to reference %(number)s", number=shown)
            several = len(self.references[key]) > 1
            back_links: list[BackLinkView] = []
            for use, reference in enumerate(self.references[key]):
                mark = self._mark(use, numbering) if several else None
                back_links.append({"href": f"#{reference}", "mark": mark,
                                   "label": f"{label} ({mark})" if mark else label})
            notes.append({"id": self.note_ids[key], "number": shown, "text": texts[key],
                          "back_links": back_links})
        return {"id": self.registry.make("notes"), "heading": self._("Notes"),
                "numbering": numbering, "notes": notes}

    def _mark(self, index: int, numbering: str) -> str:
        """The mark of a note's ``index``-th back-link: a letter on a page in Latin digits
        (while letters last), else a number in the page's digits."""
        if numbering == "latn" and index < len(ascii_lowercase):
            return ascii_lowercase[index]
        return self.numerals(str(index + 1))


__all__ = ["REFERENCE", "BackLinkView", "FootnoteView", "Footnotes", "FootnotesView"]
