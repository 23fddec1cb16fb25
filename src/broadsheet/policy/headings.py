"""Heading levels: the headline is the one ``h1``; body levels never skip.

Headings keep the structure the author meant: siblings stay siblings and a heading
nests one level below the nearest earlier heading the author put above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LevelChange:
    """A requested heading level and the level it is rendered at."""

    requested: int
    rendered: int


def normalise_levels(requested: Iterable[int], *, top: int = 1) -> Iterator[LevelChange]:
    """Rendered levels for body headings below an ``h{top}``: each heading sits one level
    below the nearest earlier heading with a smaller requested level."""
    open_sections: list[LevelChange] = []
    for level in requested:
        while open_sections and open_sections[-1].requested >= level:
            open_sections.pop()
        parent = open_sections[-1].rendered if open_sections else top
        change = LevelChange(level, min(parent + 1, 6))
        open_sections.append(change)
        yield change
