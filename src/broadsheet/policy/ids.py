"""Unique, deterministic element ids."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str, *, limit: int = 48) -> str:
    """A readable id fragment: letters and digits of any script joined by hyphens."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = re.findall(r"\w+", folded)
    return "-".join(words)[:limit].strip("-_") or "section"


class IdRegistry:
    """Hands out ids unique within one page; the same input order gives the same ids."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._used: set[str] = set(reserved)
        self._last_number: dict[str, int] = {}

    def make(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3``… when taken (constant time per id, however
        many share a base)."""
        candidate, number = base, self._last_number.get(base, 1)
        if number > 1:
            candidate = f"{base}-{number}"
        while candidate in self._used:
            number += 1
            candidate = f"{base}-{number}"
        self._used.add(candidate)
        self._last_number[base] = number
        return candidate

    def for_text(self, prefix: str, text: str) -> str:
        """An id from a prefix and a text, e.g. ``h-crisis-in-belarus``."""
        return self.make(f"{prefix}-{slug(text)}")
