"""WCAG 2.2 success criteria: each one's level and the WCAG version that added it, and the
axe-style tags a rule's criteria give it (``wcag2a``, ``wcag21aa``..., ``wcag111``...).

A rule declares its criteria once (``wcag = ("1.4.10",)``); its WCAG tags come from here, so
they cannot disagree with the criteria, and they are the tags axe-core gives the same criteria.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Criterion -> (level, version that added it). 4.1.1 was removed in WCAG 2.2: its level is
#: ``a-obsolete``, as axe-core tags it (``wcag2a-obsolete``).
CRITERIA: dict[str, tuple[str, str]] = {}


def _add(version: str, level: str, *criteria: str) -> None:
    for criterion in criteria:
        CRITERIA[criterion] = (level, version)


_add("2", "a", "1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.3.2", "1.3.3", "1.4.1", "1.4.2",
     "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "3.1.1",
     "3.2.1", "3.2.2", "3.3.1", "3.3.2", "4.1.2")
_add("2", "a-obsolete", "4.1.1")
_add("2", "aa", "1.2.4", "1.2.5", "1.4.3", "1.4.4", "1.4.5", "2.4.5", "2.4.6", "2.4.7", "3.1.2",
     "3.2.3", "3.2.4", "3.3.3", "3.3.4")
_add("2", "aaa", "1.2.6", "1.2.7", "1.2.8", "1.2.9", "1.4.6", "1.4.7", "1.4.8", "1.4.9",
     "2.1.3", "2.2.3", "2.2.4", "2.2.5", "2.3.2", "2.4.8", "2.4.9", "2.4.10", "3.1.3", "3.1.4",
     "3.1.5", "3.1.6", "3.2.5", "3.3.5", "3.3.6")
_add("21", "a", "2.1.4", "2.5.1", "2.5.2", "2.5.3", "2.5.4")
_add("21", "aa", "1.3.4", "1.3.5", "1.4.10", "1.4.11", "1.4.12", "1.4.13", "4.1.3")
_add("21", "aaa", "1.3.6", "2.2.6", "2.3.3", "2.5.5", "2.5.6")
_add("22", "a", "3.2.6", "3.3.7")
_add("22", "aa", "2.4.11", "2.5.7", "2.5.8", "3.3.8")
_add("22", "aaa", "2.4.12", "2.4.13", "3.3.9")

_CRITERION_TAG = re.compile(r"wcag(\d)(\d)(\d{1,2})")
#: A tag that names a WCAG criterion or level (``wcag111``, ``wcag2aa``, ``wcag2a-obsolete``).
WCAG_TAG = re.compile(r"wcag\d+a*(?:-obsolete)?")


def criterion_tag(criterion: str) -> str:
    return "wcag" + criterion.replace(".", "")


def criterion_of(tag: str) -> str | None:
    """``wcag1410`` -> ``1.4.10`` (None for a tag that names no known criterion)."""
    match = _CRITERION_TAG.fullmatch(tag)
    if match is None:
        return None
    criterion = ".".join(match.groups())
    return criterion if criterion in CRITERIA else None


def level_tag(criterion: str) -> str:
    """The axe-style level tag of one criterion: ``wcag2a``, ``wcag21aa``, ``wcag22aa``..."""
    level, version = CRITERIA[criterion]
    return f"wcag{version}{level}"


def wcag_tags(criteria: Iterable[str]) -> tuple[str, ...]:
    """Level tags then criterion tags for these criteria; an unknown criterion is an error."""
    criteria = tuple(criteria)
    for criterion in criteria:
        if criterion not in CRITERIA:
            raise ValueError(f"{criterion!r} is not a WCAG 2.2 success criterion")
    levels = dict.fromkeys(level_tag(c) for c in criteria)
    return (*levels, *(criterion_tag(c) for c in criteria))
