"""The contrast report: every text colour on its background, grouped, with WCAG's ratio."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from broadsheet.preview.model import ContrastPair


def luminance(colour: str) -> float:
    """WCAG 2's relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pairs(scheme: str, found: Iterable[Mapping[str, Any]]) -> list[ContrastPair]:
    """Group the probe's ``{fg, bg, large, text}`` per element into pairs, lowest ratio first
    (those on images last: they are judged by eye)."""
    groups: dict[tuple[str, str, bool], list[str]] = {}
    for item in found:
        key = (str(item["fg"]), str(item["bg"] or ""), bool(item["large"]))
        groups.setdefault(key, []).append(str(item["text"]))
    return _sorted([ContrastPair(scheme, fg, bg, round(ratio(fg, bg), 2) if bg else None,
                                 large, len(texts), texts[0])
                    for (fg, bg, large), texts in groups.items()])


def merged(found: Iterable[ContrastPair]) -> list[ContrastPair]:
    """One row per distinct pair: the same colours in both schemes become one pair of
    scheme ``light and dark`` (its count: the most elements using it in one scheme), and text
    on an image or gradient (judged by eye, whatever its size) one pair per text colour,
    large only when all of it is."""
    groups: dict[tuple[str, str, bool], list[ContrastPair]] = {}
    for pair in found:
        key = (pair.foreground, pair.background, pair.large if pair.background else False)
        groups.setdefault(key, []).append(pair)
    result = []
    for same in groups.values():
        schemes = list(dict.fromkeys(pair.scheme for pair in same))
        first = max(same, key=lambda pair: pair.count)
        count = max(sum(pair.count for pair in same if pair.scheme == scheme)
                    for scheme in schemes)
        result.append(ContrastPair(" and ".join(schemes), first.foreground, first.background,
                                   first.ratio, all(pair.large for pair in same), count,
                                   first.example))
    return _sorted(result)


def _sorted(found: list[ContrastPair]) -> list[ContrastPair]:
    """Lowest ratio first, most used first among equals; those judged by eye last."""
    return sorted(found, key=lambda p: (p.ratio is None, p.ratio or 0.0, -p.count))
