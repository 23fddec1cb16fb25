"""The rule model: a rule's metadata as data (:class:`RuleSpec`, one for every engine), and
the static engine's rules (:class:`Rule`), which add two small steps, *applicable* and
*evaluate*. Browser and axe-core rules are specs their own engines evaluate."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from broadsheet.checks.parse import Document, Element
from broadsheet.checks.wcag import WCAG_TAG, wcag_tags
from broadsheet.findings import Impact, Outcome

HELP_URL = "https://broadsheet.readthedocs.io/en/latest/rules/{id}.html"
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
DOC_SECTIONS = ("What it checks", "Why it matters", "How to fix")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of one rule on one element, with a message saying why."""

    outcome: Outcome
    message: str


# Verdicts are immutable and most messages repeat ("Inside a landmark" for every paragraph
# of a page): one object per message, not one per element, keeps dense pages small.
@lru_cache(maxsize=4096)
def passed(message: str) -> Verdict:
    return Verdict(Outcome.PASSED, message)


@lru_cache(maxsize=4096)
def failed(message: str) -> Verdict:
    return Verdict(Outcome.FAILED, message)


@lru_cache(maxsize=4096)
def cant_tell(message: str) -> Verdict:
    return Verdict(Outcome.CANT_TELL, message)


class RuleSpec:
    """A rule of any engine: a stable id and its metadata, set as class attributes.

    The class docstring documents the rule: a first paragraph (what it checks), then
    ``Why it matters:`` and ``How to fix:`` paragraphs; docs are generated from them.
    """

    #: What evaluates it: ``static`` (the parsed tree), ``browser`` (Broadsheet's checks of a
    #: live page) or ``axe`` (axe-core in a live page).
    engine: ClassVar[str] = "static"
    id: ClassVar[str]
    help: ClassVar[str]
    description: ClassVar[str]
    impact: ClassVar[Impact] = Impact.SERIOUS
    #: The WCAG 2.2 success criteria a failure fails, declared once: the WCAG tags
    #: (``wcag2a``, ``wcag111``...) are derived from them. Best-practice rules name none.
    wcag: ClassVar[tuple[str, ...]] = ()
    #: Declared: the other tags (``act``, ``best-practice``...). Read: those plus the WCAG tags.
    tags: ClassVar[tuple[str, ...]] = ()
    act_ids: ClassVar[tuple[str, ...]] = ()
    #: The verdict needs a person (is a heading descriptive, do captions match the audio):
    #: the rule passes what the markup proves, answers ``cant_tell`` with a reason otherwise,
    #: and never guesses a failure.
    judgement: ClassVar[bool] = False
    _own_tags: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        rule_id = cls.__dict__.get("id")
        if rule_id is not None and not _ID.fullmatch(rule_id):
            raise ValueError(f"rule id {rule_id!r} is not kebab-case")
        if "tags" in cls.__dict__:
            stray = [tag for tag in cls.__dict__["tags"] if WCAG_TAG.fullmatch(tag)]
            if stray:
                raise ValueError(f"{cls.__name__}: tags {stray} name WCAG; declare the "
                                 "criteria in wcag and the tags follow")
            cls._own_tags = tuple(cls.__dict__["tags"])
        cls.tags = (*wcag_tags(cls.wcag), *cls._own_tags)

    @property
    def help_url(self) -> str:
        return HELP_URL.format(id=self.id)

    def sections(self) -> dict[str, str]:
        """Documentation sections parsed from the class docstring."""
        text = _dedent(type(self).__doc__ or "")
        found = dict.fromkeys(DOC_SECTIONS, "")
        current = DOC_SECTIONS[0]
        lines: dict[str, list[str]] = {name: [] for name in DOC_SECTIONS}
        for line in text.splitlines():
            head = next((name for name in DOC_SECTIONS[1:]
                         if line.strip().startswith(f"{name}:")), None)
            if head is not None:
                current = head
                line = line.strip()[len(head) + 1:]
            lines[current].append(line)
        for name in DOC_SECTIONS:
            text = "\n".join(lines[name]).strip().replace("``", "`")
            found[name] = text[:1].upper() + text[1:]
        return found

    def metadata(self) -> dict[str, object]:
        """Rule metadata as plain JSON-ready data."""
        return {
            "id": self.id, "help": self.help, "description": self.description,
            "impact": str(self.impact), "tags": list(self.tags), "wcag": list(self.wcag),
            "act_ids": list(self.act_ids), "help_url": self.help_url, "engine": self.engine,
        }


class Rule(RuleSpec):
    """A static rule: judged on the parsed page. Subclasses set the metadata and implement
    the two steps."""

    #: Judge elements of a ``template``'s content too. That content is an inert fragment
    #: outside the document (no rendering, no refresh, no accessibility tree), so the engine
    #: leaves it out unless the rule is about the fragment itself (ids unique per tree).
    template_content: ClassVar[bool] = False
    #: Judge the page's own document only, not those of its ``iframe srcdoc`` frames: the
    #: rule is about the web page as a whole (its title, its ``lang``, its main content), and
    #: a frame's document is a nested browsing context, not a page.
    top_level_only: ClassVar[bool] = False

    def applicable(self, doc: Document) -> Iterable[Element]:
        """The elements this rule judges (none: the rule is inapplicable)."""
        raise NotImplementedError

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        """The verdict on one applicable element."""
        raise NotImplementedError


def _dedent(text: str) -> str:
    lines = text.expandtabs().splitlines()
    if not lines:
        return ""
    rest = [line for line in lines[1:] if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    return "\n".join([lines[0].strip(), *(line[indent:] for line in lines[1:])])
