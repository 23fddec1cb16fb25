"""The ``chart`` block: a chart or data visualisation as an image (SVG or raster, loaded by
``<img>`` so no script in it runs), with its text equivalents: a summary of what it shows and
its main finding, and the data as a real table, collapsed by default.

The summary and the table say everything the picture does, right beside it, so the picture
itself is ``alt=""`` (the summary would otherwise be heard twice, as with a caption read in
place of alt). A chart without a summary is an author error (``render-chart-summary-missing``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from broadsheet.blocks import table
from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.policy.sanitise import inline_to_text, is_blank, plain
from broadsheet.policy.urls import RESOURCE_SCHEMES
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html, LangAttrs

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

NARROW_MEDIA = "(max-width: 38.6875rem)"
"""Where the narrow drawing is shown: screens up to 619 px, where the chart gets less than
588 px (the screen less 1 rem margins), in which a wide drawing's words (17-18 px drawn 800
px wide, as ``scripts/draw_charts.py`` draws them) would shrink below 12 px. The stylesheet
shows the narrow drawing no larger than drawn under the same query (``.chart__picture``)."""

_TABLE = table.DEFINITIONS["table"]["properties"]

DEFINITIONS: dict[str, JsonSchema] = {
    "chart": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "title", "src", "width", "height", "data"],
        "properties": {
            "type": {"const": "chart"},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "What the chart is of; names the figure and the table."},
            "src": {"$ref": "#/$defs/url",
                    "description": "The chart as an image: SVG, PNG, WebP… (shown by `<img>`, "
                                   "so no script in an SVG runs)."},
            "width": {"type": "integer", "minimum": 1, "maximum": 100000,
                      "description": "The chart image's width in pixels."},
            "height": {"type": "integer", "minimum": 1, "maximum": 100000,
                       "description": "The chart image's height in pixels."},
            "narrow": {"$ref": "#/$defs/chart_drawing",
                       "description": "The chart drawn again for phones (screens up to 619 "
                                      "px; shown at most at its own size): fewer, larger "
                                      "labels on a narrower canvas, shown instead of `src` "
                                      "there, so its words stay "
                                      "readable where a wide drawing would shrink them."},
            "summary": {"$ref": "#/$defs/inline_html",
                        "description": "What the chart shows and its main finding, in a "
                                       "sentence or two. Without it the chart is an error "
                                       "(`render-chart-summary-missing`)."},
            "data": {"$ref": "#/$defs/chart_data",
                     "description": "The numbers the chart draws, as a table everyone can read."},
            "source": {"$ref": "#/$defs/plain_text",
                       "description": "Where the data comes from."},
            "source_url": {"$ref": "#/$defs/url",
                           "description": "Link to where the data comes from."},
            "credit": {"$ref": "#/$defs/plain_text",
                       "description": "Who made the graphic."},
            "lang": {"$ref": "#/$defs/language",
                     "description": "Language of the chart's words where it differs from the "
                                    "article's."},
        },
    },
    "chart_drawing": {
        "type": "object",
        "additionalProperties": False,
        "required": ["src", "width", "height"],
        "description": "Another drawing of a chart, for a narrower screen.",
        "properties": {
            "src": {"$ref": "#/$defs/url", "description": "The drawing, as `src`."},
            "width": {"type": "integer", "minimum": 1, "maximum": 100000,
                      "description": "Its width in pixels."},
            "height": {"type": "integer", "minimum": 1, "maximum": 100000,
                       "description": "Its height in pixels."},
        },
    },
    "chart_data": {
        "type": "object",
        "additionalProperties": False,
        "required": ["rows"],
        "description": "The numbers the chart draws, as a table (cells as in a `table` "
                       "block; the chart's title is its caption).",
        "properties": {name: _TABLE[name] for name in ("header_rows", "header_columns",
                                                       "rows")},
    },
}


@dataclass(frozen=True, slots=True)
class Drawing:
    src: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Chart(Block):
    type: ClassVar[str] = "chart"
    title: str
    src: str
    width: int
    height: int
    data: table.Table
    summary: str | None = None
    source: str | None = None
    source_url: str | None = None
    credit: str | None = None
    lang: str | None = None
    narrow: Drawing | None = None


class DrawingView(TypedDict):
    src: Annotated[str, "checked URL of the drawing"]
    width: int
    height: int


class ChartView(BlockView):
    title: str
    id: Annotated[str, "id of the title (it names the figure)"]
    src: Annotated[str | None, "checked URL of the image"]
    width: int
    height: int
    narrow: Annotated[DrawingView | None, "the phones' drawing, a `<source>` of the picture"]
    narrow_media: Annotated[str, "the media query that picks it"]
    summary: Annotated[Html | None, "what it shows and its main finding"]
    summary_missing: Annotated[bool, "no summary (a `render-chart-summary-missing` finding)"]
    review: Annotated[str | None, "`data-broadsheet-review` value (`review_markers=True`)"]
    data: Annotated[table.TableView, "the data, laid out by `blocks/table.html`"]
    data_label: Annotated[str, "localised label of the control that shows the data"]
    source: str | None
    source_url: str | None
    source_label: str
    credit: str | None
    credit_label: str
    attrs: LangAttrs


def build(data: Mapping[str, Any], pointer: str) -> Chart:
    rows = data["data"]
    return Chart(
        pointer, data["title"], data["src"], data["width"], data["height"],
        table.Table(f"{pointer}/data", data["title"], tuple(tuple(row) for row in rows["rows"]),
                    rows.get("header_rows", 1), rows.get("header_columns", 0)),
        data.get("summary"), data.get("source"), data.get("source_url"), data.get("credit"),
        data.get("lang"),
        Drawing(**data["narrow"]) if "narrow" in data else None,
    )


def view(page: PageBuilder, chart: Chart) -> ChartView:
    pointer = chart.pointer
    summary = page.inline(chart.summary, f"{pointer}/summary")
    missing = summary is None or is_blank(summary)
    if missing:
        page.report("render-chart-summary-missing", pointer, title=plain(chart.title))
    return {
        "type": chart.type, "pointer": pointer, "title": plain(chart.title),
        "id": page.ids.for_text("chart", chart.title),
        "src": page.url(chart.src, f"{pointer}/src", RESOURCE_SCHEMES),
        "width": chart.width, "height": chart.height,
        "narrow": _drawing(page, chart.narrow, f"{pointer}/narrow"),
        "narrow_media": NARROW_MEDIA,
        "summary": None if missing else summary,
        "summary_missing": missing,
        "review": "chart-summary-missing" if missing and page.review_markers else None,
        "data": table.view(page, chart.data),
        "data_label": page._("Chart data"),
        "source": plain(chart.source) if chart.source else None,
        "source_url": page.link_url(chart.source_url, f"{pointer}/source_url", chart.source,
                                    f"{pointer}/source") if chart.source else None,
        "source_label": page._("Source"),
        "credit": plain(chart.credit) if chart.credit else None,
        "credit_label": page._("Graphic"),
        "attrs": page.lang_attrs(chart.lang, f"{pointer}/lang"),
    }


def _drawing(page: PageBuilder, drawing: Drawing | None, pointer: str) -> DrawingView | None:
    src = page.url(drawing.src, f"{pointer}/src", RESOURCE_SCHEMES) if drawing else None
    if drawing is None or src is None:
        return None
    return {"src": src, "width": drawing.width, "height": drawing.height}


def words(block: Chart) -> Iterable[str]:
    return (inline_to_text(block.summary),) if block.summary else ()


SPEC = BlockSpec(type="chart", model=Chart, build=build, view=view, view_type=ChartView,
                 template="blocks/chart.html", definitions=DEFINITIONS, words=words,
                 docs="The image is `alt=\"\"`: the summary and the data table beside it say "
                      "what it shows, read once.")
