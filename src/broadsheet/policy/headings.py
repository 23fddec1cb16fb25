"""Heading levels: the headline is the one ``h1``; body levels never skip."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LevelChange:
    """A requested heading level and the level it is rendered at."""

    requested: int
    rendered: int


def normalise_levels(requested: Iterable[int], *, top: int = 1) -> Iterator[LevelChange]:
    """Render levels for body headings below an ``h{top}``: a heading may go up any number
    of levels but down only one at a time, and never above ``top + 1``."""
    previous = top
    for level in requested:
        rendered = max(top + 1, min(level, previous + 1, 6))
        previous = rendered
        yield LevelChange(level, rendered)
