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
    groups: dict[tuple[str, str, bool], list[Mapping[str, Any]]] = {}
    for item in found:
        key = (str(item["fg"]), str(item["bg"] or ""), bool(item["large"]))
        groups.setdefault(key, []).append(item)
    return _sorted([ContrastPair(scheme, fg, bg, round(ratio(fg, bg), 2) if bg else None,
                                 large, len(items), str(items[0]["text"]),
                                 None if bg else _lowest(item.get("measured") for item in items))
                    for (fg, bg, large), items in groups.items()])


def _lowest(measured: Iterable[float | None]) -> float | None:
    """The lowest of the ratios measured from pixels, None unless every one was."""
    values = list(measured)
    if not values or any(value is None for value in values):
        return None
    return min(float(value) for value in values if value is not None)


def measure(found: Iterable[dict[str, Any]], sampled: Iterable[tuple[str, float]]) -> None:
    """Give each of the probe's texts over a picture (no ``bg``) the ratio the live checker
    measured from the pixels behind its characters (``sampled``: each element's text and its
    lowest ratio), as ``measured``: the lowest of the elements whose text holds it."""
    known = [(" ".join(text.split()), low) for text, low in sampled]
    for item in found:
        if item.get("bg"):
            continue
        text = " ".join(str(item["text"]).split())[:60]
        lows = [low for whole, low in known if text and text in whole]
        if lows:
            item["measured"] = round(min(lows), 2)


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
                                   first.example, _lowest(pair.measured for pair in same)))
    return _sorted(result)


def _sorted(found: list[ContrastPair]) -> list[ContrastPair]:
    """Lowest ratio first, most used first among equals; those judged by eye last."""
    return sorted(found, key=lambda p: (p.judged is None, p.judged or 0.0, -p.count))
