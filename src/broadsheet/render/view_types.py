"""The small typed views every other view is made of (see :mod:`broadsheet.render.context`).

They import nothing of Broadsheet, so each block module (:mod:`broadsheet.blocks`) can
declare its own view with them.
"""

from __future__ import annotations

from typing import Annotated, TypedDict

from markupsafe import Markup

#: Sanitised inline HTML (``Markup``: print it as is, it is never escaped twice).
Html = Markup


class TimeView(TypedDict):
    datetime: Annotated[str, "machine-readable value for `<time datetime>`"]
    text: Annotated[str, "the date (and time) as the article's language writes it"]


class LinkView(TypedDict):
    text: Annotated[str, "plain text"]
    url: Annotated[str | None, "checked URL; `None` when it was refused (render it as text)"]


class LangAttrs(TypedDict, total=False):
    lang: Annotated[str, "BCP 47 tag, only when it differs from the page's"]
    dir: Annotated[str, "`ltr` or `rtl`, only when the direction changes"]


class Block(TypedDict):
    type: Annotated[str, "the block type, which picks `blocks/<type>.html`"]
    pointer: Annotated[str, "JSON pointer of the block in the article data"]


class SectionLink(TypedDict):
    text: Annotated[str, "plain text of a level-2 heading"]
    id: Annotated[str, "its id"]
