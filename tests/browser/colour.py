"""Colours as the tests read them: pixels Chromium painted, CSS colours, WCAG's contrast."""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from typing import Any

RGB = tuple[float, float, float]


def pixels(page: Any, clip: dict[str, float], *,
           still: bool = False) -> list[tuple[int, int, int]]:
    """The colours Chromium painted in ``clip`` (page coordinates), read back from a
    screenshot through a canvas on a blank page of the same browser (``still``: with
    animations stopped, as a still screenshot of the page shows it)."""
    png = page.screenshot(clip=clip, full_page=True,
                          animations="disabled" if still else "allow")
    blank = page.context.new_page()
    try:
        data = blank.evaluate("""async (b64) => {
            const image = new Image(); image.src = 'data:image/png;base64,' + b64;
            await image.decode();
            const canvas = new OffscreenCanvas(image.width, image.height);
            const context = canvas.getContext('2d'); context.drawImage(image, 0, 0);
            return Array.from(context.getImageData(0, 0, image.width, image.height).data);
        }""", base64.b64encode(png).decode("ascii"))
    finally:
        blank.close()
    return [(data[i], data[i + 1], data[i + 2]) for i in range(0, len(data), 4)]


def mean(colours: Sequence[Sequence[float]]) -> RGB:
    """The average colour of ``colours``, channel by channel."""
    r, g, b = (sum(c[i] for c in colours) / len(colours) for i in range(3))
    return r, g, b


def rgb(colour: str) -> RGB:
    """The channels of a computed CSS colour, ``rgb(…)`` or ``rgba(…)``."""
    r, g, b = (float(part) for part in re.findall(r"[\d.]+", colour)[:3])
    return r, g, b


def luminance(colour: Sequence[float]) -> float:
    """WCAG relative luminance of an sRGB colour (0-255 channels)."""
    def linear(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Sequence[float], b: Sequence[float]) -> float:
    """WCAG contrast ratio of two sRGB colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
