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
    result = [ContrastPair(scheme, fg, bg, round(ratio(fg, bg), 2) if bg else None, large,
                           len(texts), texts[0])
              for (fg, bg, large), texts in groups.items()]
    return sorted(result, key=lambda p: (p.ratio is None, p.ratio or 0.0, -p.count))
