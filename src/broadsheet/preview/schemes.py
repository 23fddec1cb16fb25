"""Copies of a rendered page fixed to one colour scheme, for the gallery's live frame: a
frame follows the designer's system scheme, and no attribute can switch it."""

from __future__ import annotations

import base64
import hashlib
import re

_FEATURE = re.compile(r"\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)")
_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style>)", re.S)
_META = re.compile(r'(<meta name="color-scheme" content=")[^"]*(")')


def _hash(css: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()


def fixed_scheme(html: str, scheme: str) -> str:
    """``html`` with its ``prefers-color-scheme`` queries answered for ``scheme`` (always or
    never true), its ``color-scheme`` meta set to it, and the hashes its Content Security
    Policy gives the changed style sheets updated, so the policy still lets them apply."""

    def answer(match: re.Match[str]) -> str:
        return "(min-width: 0px)" if match.group(1) == scheme else "(max-width: 0px)"

    hashes: dict[str, str] = {}

    def restyle(match: re.Match[str]) -> str:
        css = _FEATURE.sub(answer, match.group(2))
        hashes[_hash(match.group(2))] = _hash(css)
        return match.group(1) + css + match.group(3)

    html = _META.sub(rf"\g<1>{scheme}\g<2>", _STYLE.sub(restyle, html))
    for old, new in hashes.items():
        html = html.replace(f"'{old}'", f"'{new}'").replace(f"&#39;{old}&#39;",
                                                              f"&#39;{new}&#39;")
    return html
