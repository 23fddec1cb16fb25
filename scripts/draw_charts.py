"""Draw the fixtures' chart pictures from the data in their articles.

    python scripts/draw_charts.py        # rewrites fixtures/articles/images/*-rent-chart*.svg

Each chart gets two drawings of the same data: a wide one for screens over 40 rem and a narrow
one for phones, 320 px wide, whose labels stay 12-16 px where a 320-619 px screen shows it
(shrunk at most to a 320 px screen's 288 px column, never grown); the wide one, 800 px, keeps
its words 12-16 px in the 588-640 px it gets from 620 px up (a wide drawing scaled down to a
phone's column has 5-8 px labels). Both carry their dark-scheme colours in
their own stylesheet (``prefers-color-scheme`` inside the SVG), since a page's colours do not
reach into an ``<img>``. The chart block's ``src`` and ``narrow`` name the two files.

Their words are set in the site's sans (Source Sans 3; Noto Naskh Arabic for Persian), the
fonts the page ships in ``broadsheet-fonts/``: a picture shown by ``<img>`` loads nothing
from outside itself, so each drawing carries the font inline (a ``data:`` URL), cut down
to the letters it uses (fontTools, a development tool: ``pip install "fonttools[woff]"``).
Without it the words fell back to whatever sans the reader's system has (DejaVu Sans on
Linux), unlike the page's.
"""

from __future__ import annotations

import base64
import html
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
IMAGES = ARTICLES / "images"
FONTS = ROOT / "src" / "broadsheet" / "render" / "static" / "broadsheet-fonts"

STYLE = """<style>
.bg{fill:#ffffff}.ink{fill:#1b1b1b}.muted{fill:#4a4a4a}.grid{stroke:#d6d3cc}.axis{stroke:#1b1b1b}
.a{stroke:#a4161a;fill:#a4161a}.b{stroke:#0b4fa3;fill:#0b4fa3}polyline.a,polyline.b{fill:none}
@media (prefers-color-scheme: dark){.bg{fill:#1a1a1a}.ink{fill:#ecebe6}.muted{fill:#c4c1b8}
.grid{stroke:#4a4843}.axis{stroke:#ecebe6}.a{stroke:#ff8a80;fill:#ff8a80}.b{stroke:#8fb8ff;fill:#8fb8ff}}
</style>"""
LATIN = "'Source Sans 3','Noto Sans','DejaVu Sans',sans-serif"
ARABIC = "'Noto Naskh Arabic','Noto Sans Arabic',Vazirmatn,Tahoma,'DejaVu Sans',sans-serif"
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class Size:
    """One drawing's canvas and type: ``label`` is the axis labels' size, ``key`` the
    series names' and values' (both in the drawing's own pixels)."""
    width: int
    height: int
    label: int
    key: int


#: (The design review at 7/10, issue 17: the axes' words, 13.6 px at 1280 px and 12.5 px
#: at 620 px, read as small: now 15.2 and 14 px, the narrow drawing's 13.5-15 px.)
WIDE = Size(800, 450, 19, 20)
#: The room between the plot and its axis labels, in the labels' size (the design review at
#: 7/10, round 41: the scale's numbers stood half a letter from the lines, the years under
#: the axis close under it; tests/browser/test_page_charts.py measures it).
GAP = 0.9
NARROW = Size(320, 300, 15, 16)


def number(cell: str) -> float:
    """A table cell's number in any script's digits: ``£1,010`` as 1010, ``۶۴۰`` as 640."""
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c
                     for c in cell if c.isdigit() or c == ".")
    return float(digits)


def font_face(family: str, file: str, words: str) -> str:
    """An ``@font-face`` rule carrying the vendored font ``file`` inline, cut down to the
    letters of ``words`` (its weight axis and the script's joining and marks kept)."""
    from fontTools import subset  # a development tool: see the module's docstring
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.notdef_outline = True
    font = TTFont(FONTS / file)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=words)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.flavor = "woff2"
    font.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f"@font-face{{font-family:'{family}';font-weight:200 900;"
            f"src:url(data:font/woff2;base64,{data}) format('woff2')}}")


#: The family each drawing's words are set in, and the vendored file it comes from.
LATIN_FONT = ("Source Sans 3", "source-sans-3-latin-wght-normal.woff2")
ARABIC_FONT = ("Noto Naskh Arabic", "noto-naskh-arabic-arabic-wght-normal.woff2")


def svg(size: Size, body: list[str], direction: str = "ltr",
        font: tuple[str, str] = LATIN_FONT) -> str:
    rtl = ' direction="rtl"' if direction == "rtl" else ""
    words = "".join(html.unescape(w) for w in re.findall(r">([^<]*)</text>", "".join(body)))
    style = STYLE.replace("</style>", font_face(*font, words) + "\n</style>")
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size.width}" height="{size.height}" '
        f'viewBox="0 0 {size.width} {size.height}"{rtl}>', style,
        f'<rect class="bg" width="{size.width}" height="{size.height}"/>', *body, "</svg>", ""])


def text(x: float, y: float, words: str, cls: str, anchor: str = "middle", **attrs: object) -> str:
    extra = "".join(f' {name.replace("_", "-")}="{value}"' for name, value in attrs.items())
    return (f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>'
            f"{escape(words)}</text>")


def line_chart(size: Size, years: list[str], series: list[tuple[str, list[float]]],
               note: str) -> str:
    """Each series as a percentage of its first value, named at its line's end; on the
    phones' drawing, named in a key above the plot instead, so the plot takes the width
    (names at the lines' ends left it 173 of 320 px, 155 px in a 320 px screen's column)."""
    s = size
    keyed = s.width < 600  # the phones' drawing: the names in a key above the plot
    key_y = s.label * 1.3 + s.key * 1.6
    if keyed:
        left, right = s.label * 2.9, s.width - s.key * 0.4
        top, bottom = key_y + s.key * 1.4, s.height - s.label * 2.9
    else:
        left, right = s.label * 3.1, s.width - s.key * 7.4
        top, bottom = s.label * 3.2, s.height - s.label * 2.9
    lows, highs = 100.0, max(v / values[0] * 100 for _, values in series for v in values)
    high = (int(highs) // 10 + 1) * 10

    def y(value: float) -> float:
        return bottom - (value - lows) / (high - lows) * (bottom - top)

    def x(index: int) -> float:
        return left + index * (right - left) / (len(years) - 1)

    body = [f'<g font-family="{LATIN}" font-size="{s.label}">',
            text(4, s.label * 1.3, note, "muted", "start")]
    for tick in range(int(lows), high + 1, 10):
        kind = "axis" if tick == lows else "grid"
        body.append(f'<line class="{kind}" x1="{left:.1f}" x2="{right:.1f}" y1="{y(tick):.1f}" '
                    f'y2="{y(tick):.1f}" stroke-width="{2 if kind == "axis" else 1}"/>')
        body.append(text(left - GAP * s.label, y(tick) + s.label * 0.35, str(tick), "muted tick",
                         "end"))
    # the first year starts at the axis's start and the last ends at its end, so neither
    # reaches under the scale's labels (the first year was centred on the corner, under "100")
    # every year in full: one scheme along the axis (the review read "2019, ’20 … 2023" as
    # two formats mixed)
    last = len(years) - 1
    for index, year in enumerate(years):
        anchor = "start" if index == 0 else "end" if index == last else "middle"
        body.append(text(x(index), bottom + s.label * (GAP + 1.05), year, "muted tick", anchor))
    stroke = max(2.0, s.label / 5)
    for (name, values), cls in zip(series, ("a", "b"), strict=False):
        index_values = [v / values[0] * 100 for v in values]
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(index_values))
        body.append(f'<polyline class="{cls}" points="{points}" stroke-width="{stroke:.1f}" '
                    'stroke-linejoin="round" stroke-linecap="round"/>')
        body.extend(f'<circle class="{cls}" cx="{x(i):.1f}" cy="{y(v):.1f}" '
                    f'r="{stroke * 1.3:.1f}" stroke="none"/>' for i, v in enumerate(index_values))
        change = round(index_values[-1] - 100)
        if keyed:  # a short swatch of the line, then its name in the muted ink, unbolded
            at = 4 + (s.width / 2) * (cls == "b")
            body.append(f'<line class="{cls} swatch" x1="{at:.1f}" x2="{at + s.label * 0.7:.1f}" '
                        f'y1="{key_y - s.label * 0.35:.1f}" y2="{key_y - s.label * 0.35:.1f}" '
                        f'stroke-width="{stroke:.1f}" stroke-linecap="round"/>')
            body.append(text(at + s.label * 1.1, key_y, f"{name} +{change}%", "muted key",
                             "start", font_weight=400, font_size=s.label))
            continue
        # the line's name at its end, in its colour but unbolded (bold, it outweighed the
        # plot: the design review at 7/10, round 41)
        body.append(text(right + s.key * 0.7, y(index_values[-1]) + s.key * 0.35,
                         f"{name} +{change}%", f"{cls} key", "start", font_weight=400,
                         font_size=s.key, stroke="none"))
    body.append("</g>")
    return svg(size, body)


def bar_chart(size: Size, years: list[str], values: list[float], note: str) -> str:
    """Right-to-left columns (first year on the right), Persian digits, the last year in
    the accent colour, each column's value above it."""
    s = size
    axis = s.label * 2.8  # the scale's labels, on the right
    left, right = s.label * 0.5, s.width - axis
    top, bottom = s.label * 3.4, s.height - s.label * 2.8
    step = 100 if max(values) > 300 else 50
    high = (int(max(values)) // step + 1) * step
    ticks = range(0, high + 1, step * (2 if s.width < 600 else 1))

    def y(value: float) -> float:
        return bottom - value / high * (bottom - top)

    slot = (right - left) / len(values)
    body = [f'<g font-family="{ARABIC}" font-size="{s.label}">',
            text(s.width - 4, s.label * 1.3, note, "muted", "start", direction="rtl")]
    for tick in ticks:
        kind = "axis" if tick == 0 else "grid"
        body.append(f'<line class="{kind}" x1="{left:.1f}" x2="{right:.1f}" y1="{y(tick):.1f}" '
                    f'y2="{y(tick):.1f}" stroke-width="{2 if kind == "axis" else 1}"/>')
        body.append(text(right + GAP * s.label, y(tick) + s.label * 0.35,
                         str(tick).translate(PERSIAN_DIGITS), "muted tick", "start",
                         direction="ltr"))
    for index, (year, value) in enumerate(zip(years, values, strict=True)):
        centre = right - slot * (index + 0.5)
        cls = "a" if index == len(values) - 1 else "b"
        width = slot * 0.62
        body.append(f'<rect class="{cls}" x="{centre - width / 2:.1f}" y="{y(value):.1f}" '
                    f'width="{width:.1f}" height="{bottom - y(value):.1f}"/>')
        body.append(text(centre, y(value) - s.key * 0.45, str(round(value)).translate(
            PERSIAN_DIGITS), "ink", font_weight=700, font_size=s.key))
        body.append(text(centre, bottom + s.label * (GAP + 1.05), year, "ink tick"))
    body.append("</g>")
    return svg(size, body, "rtl", ARABIC_FONT)


def chart_of(stem: str) -> tuple[list[str], list[list[str]]]:
    article = json.loads((ARTICLES / f"{stem}.json").read_text("utf-8"))
    chart = next(block for block in article["body"] if block["type"] == "chart")
    header, *rows = chart["data"]["rows"]
    return header, rows


def main() -> None:
    header, rows = chart_of("en-rents-chart-footnotes")
    years = [row[0] for row in rows]
    # the table's columns, named as the lines' end labels say them
    series = [(name, [number(row[column]) for row in rows])
              for column, name in ((1, "Rent"), (2, "Pay"))]
    assert [h.split()[-1] for h in header[1:]] == ["rent", "pay"], header
    for size, name in ((WIDE, "millbrook-rent-chart.svg"),
                       (NARROW, "millbrook-rent-chart-narrow.svg")):
        (IMAGES / name).write_text(line_chart(size, years, series, "Index, 2019 = 100"), "utf-8")
    header, rows = chart_of("fa-rent-chart-footnotes")
    years, values = [row[0] for row in rows], [number(row[1]) for row in rows]
    note = "هزار تومان برای هر متر مربع"
    for size, name in ((WIDE, "tehran-rent-chart.svg"), (NARROW, "tehran-rent-chart-narrow.svg")):
        (IMAGES / name).write_text(bar_chart(size, years, values, note), "utf-8")


if __name__ == "__main__":
    main()
