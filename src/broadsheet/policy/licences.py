"""A credited work's licence (``licence``: an SPDX id, an optional name and URL): what the
credit line shows after the credit, and only where readers expect it beside a picture: a
Creative Commons attribution licence, whose terms ask that the licence be named with the credit
(CC BY 4.0, section 3(a)(1)(C)), or a licence the newsroom names itself (``name``). Every
other licence (CC0, public domain, a software licence such as GPL-2.0-or-later, which no
newsroom prints under a photograph) stays in the page's metadata (JSON-LD ``license``).

The credit itself stays a name: "Aitzol Berasategi", not "Aitzol Berasategi, CC BY 4.0".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: A Creative Commons licence's SPDX id: its terms and version.
_CC = re.compile(r"^CC-(?P<terms>BY(?:-(?:NC|SA|ND))*)-(?P<version>\d\.\d)(?:-[A-Z]+)?$")
#: A Creative Commons licence's or CC0's address, as a page links it (``rel="license"``).
_CC_URL = re.compile(r"^https?://(?:www\.)?creativecommons\.org/(?:licenses/(?P<terms>by(?:-(?:nc|"
                     r"sa|nd))*)|publicdomain/(?P<zero>zero))/(?P<version>\d\.\d)(?:/|/[\w.-]*)?$",
                     re.IGNORECASE)

#: The licence's JSON Schema (``$defs/licence``).
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id"],
    "description": "The licence a credited work is used under.",
    "properties": {
        "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "^[A-Za-z0-9][A-Za-z0-9.+-]*$(?!\\n)",
            "description": "SPDX licence identifier (`CC-BY-4.0`, `CC0-1.0`, "
                           "`GPL-2.0-or-later`), or `LicenseRef-…` for another licence.",
        },
        "name": {
            "$ref": "#/$defs/plain_text",
            "description": "Its short name as shown after the credit; without it, Creative "
                           "Commons' own (`CC BY 4.0`) or the id.",
        },
        "url": {
            "$ref": "#/$defs/url",
            "description": "Its text; without it, Creative Commons' deed for a CC licence, "
                           "else the SPDX list's page for the id.",
        },
    },
}


@dataclass(frozen=True, slots=True)
class Licence:
    id: str
    name: str | None = None
    url: str | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any] | None) -> Licence | None:
        if not data:
            return None
        return cls(id=data["id"], name=data.get("name"), url=data.get("url"))

    @classmethod
    def from_url(cls, url: str) -> Licence | None:
        """The licence a Creative Commons address names (its deed or legal code), else None."""
        found = _CC_URL.match(url.strip())
        if not found:
            return None
        if found["zero"]:
            return cls(id=f"CC0-{found['version']}", url=url.strip())
        return cls(id=f"CC-{found['terms'].upper()}-{found['version']}", url=url.strip())

    @property
    def short_name(self) -> str:
        """``name``, else CC's short form ("CC BY-SA 4.0", "CC0 1.0"), else the id."""
        if self.name:
            return self.name
        cc = _CC.match(self.id)
        if cc:
            return f"CC {cc['terms']} {cc['version']}"
        if self.id == "CC0-1.0":
            return "CC0 1.0"
        return self.id

    @property
    def link(self) -> str:
        """``url``, else CC's deed, else the SPDX page (a ``LicenseRef-`` id has none)."""
        if self.url:
            return self.url
        cc = _CC.match(self.id)
        if cc:
            return f"https://creativecommons.org/licenses/{cc['terms'].lower()}/{cc['version']}/"
        if self.id == "CC0-1.0":
            return "https://creativecommons.org/publicdomain/zero/1.0/"
        if self.id.startswith("LicenseRef-"):
            return ""
        return f"https://spdx.org/licenses/{self.id}.html"

    @property
    def on_credit_line(self) -> bool:
        """Whether the credit line names the licence: a CC BY licence, or one named by the
        newsroom; a waiver or a software licence stays in the metadata."""
        return bool(self.name) or _CC.match(self.id) is not None
