"""The ``series`` block: the article's place in a series ("Part 2 of 5"), with links to the
other parts.

A navigation landmark named "Series: <name>"; the article's own part is marked
``aria-current="page"`` and is not a link (a link to the page one is on goes nowhere).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema, build_all
from broadsheet.policy.sanitise import plain
from broadsheet.render.view_types import Block as BlockView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "series": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "name", "part", "parts"],
        "properties": {
            "type": {"const": "series"},
            "name": {"$ref": "#/$defs/plain_text",
                     "description": "The series' name, shown as its label."},
            "url": {"$ref": "#/$defs/url",
                    "description": "Link to the series' page."},
            "part": {"type": "integer", "minimum": 1,
                     "description": "This article's place in `parts`, from 1."},
            "parts": {"type": "array", "minItems": 2,
                      "items": {"$ref": "#/$defs/series_part"},
                      "description": "Every part in order, this article's too; a part "
                                     "without a URL is not published yet."},
        },
    },
    "series_part": {
        "type": "object",
        "additionalProperties": False,
        "required": ["title"],
        "properties": {
            "title": {"$ref": "#/$defs/plain_text"},
            "url": {"$ref": "#/$defs/url"},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Part:
    title: str
    url: str | None = None

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Part:
        return cls(data["title"], data.get("url"))


@dataclass(frozen=True, slots=True)
class Series(Block):
    type: ClassVar[str] = "series"
    name: str
    part: int
    parts: tuple[Part, ...]
    url: str | None = None


class PartView(TypedDict):
    title: str
    url: Annotated[str | None, "checked URL; `None` for this article and unpublished parts"]
    current: Annotated[bool, "this article's part"]


class SeriesView(BlockView):
    name: str
    url: str | None
    id: str
    label: Annotated[str, "\"Series\", in the article's language"]
    position: Annotated[str, "\"Part 2 of 5\", in the article's language"]
    parts: list[PartView]
    numbering: Annotated[str, "the page's numbering system (the parts' markers)"]


def build(data: Mapping[str, Any], pointer: str) -> Series:
    return Series(pointer, data["name"], data["part"],
                  build_all(data["parts"], Part.build, f"{pointer}/parts"), data.get("url"))


def view(page: PageBuilder, block: Series) -> SeriesView:
    pointer, _ = block.pointer, page._
    name, count = plain(block.name), len(block.parts)
    if block.part > count:
        page.report("render-series-part-missing", f"{pointer}/part", part=block.part,
                    count=count)
    label = _("Series")
    page.check_unique_landmark("navigation", f"{label}: {name}", pointer)
    return {
        "type": block.type, "pointer": pointer, "name": name, "id": page.ids.make("series"),
        "url": page.link_url(block.url, f"{pointer}/url", block.name, f"{pointer}/name"),
        "label": label,
        "position": page.numerals(_("Part %(part)s of %(count)s", part=block.part, count=count)),
        "numbering": page.numbering,
        "parts": [{"title": plain(item.title), "current": index + 1 == block.part,
                   "url": None if index + 1 == block.part else page.link_url(
                       item.url, f"{pointer}/parts/{index}/url", item.title,
                       f"{pointer}/parts/{index}/title")}
                  for index, item in enumerate(block.parts)],
    }


SPEC = BlockSpec(type="series", model=Series, build=build, view=view, view_type=SeriesView,
                 template="blocks/series.html", definitions=DEFINITIONS,
                 docs="Put it near the top. A navigation landmark named \"Series: *name*\"; "
                      "this article's part is marked `aria-current=\"page\"` and not linked.")
