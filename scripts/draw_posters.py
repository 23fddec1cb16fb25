"""Draw the fixtures' embed posters: what an embed's card shows before the reader loads it.

    python scripts/draw_posters.py      # rewrites the three posters in fixtures/articles/images/

An embed's preview picture (``preview.image``, blocks/embed.py) fills its card's width, so a
poster is drawn in the card's shape, 16:9 (a portrait map on a landscape card left two
thirds of the card empty: 235 of 585 px), and its words are sized for the narrowest card:
a 320 px phone's, 256 px wide (its column less the card's padding), where every word is
at least 12 CSS px (a 960-unit drawing with 22-unit labels had them at 7 px on a phone).
Like the charts (scripts/draw_charts.py, whose font subsetting this reuses), each poster
carries the site's own fonts inline, cut down to its letters, and its dark colours in its
own stylesheet: a picture shown by ``<img>`` loads nothing from outside itself, and the
page's colours do not reach into it.

- ``metro-bus-network.svg``: the transit fixture's fictional bus network;
- ``metro-video-still.svg``: the opening card of its fictional video;
- ``tunisia-outline.svg``: Tunisia's outline, simplified by hand from about 35 coastal and
  border points, with seven city dots, four of them named (Arabic, in Noto Naskh Arabic, 16 px
  on the narrowest card and at most 22 px on any, by media queries about the drawing's own
  width, each beside its own dot, on a halo where it crosses the coast).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_charts import ARABIC_FONT, IMAGES, LATIN_FONT, font_face

#: Every poster's size: the card's 16:9.
WIDTH, HEIGHT = 640, 360
#: The narrowest card a poster is shown on (a 320 px screen, less the page's and the card's
#: padding), and the smallest any word may be there, in CSS px.
SMALLEST_CARD, SMALLEST_WORDS = 256, 12
#: So no word is drawn under this many units.
MIN_SIZE = SMALLEST_WORDS * WIDTH / SMALLEST_CARD


def poster(style: str, body: list[str], font: tuple[str, str] = LATIN_FONT) -> str:
    """A poster's SVG: its stylesheet with the font it uses, inline, then its drawing. Every
    word's size is checked against ``MIN_SIZE``."""
    drawing = "\n".join(body)
    for size in re.findall(r'font-size="([\d.]+)"', drawing):
        assert float(size) >= MIN_SIZE, (size, MIN_SIZE)
    words = "".join(html.unescape(w) for w in re.findall(r">([^<]*)</text>", drawing))
    face = font_face(*font, words)
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">',
        f"<style>{face}\n{style}</style>", drawing, "</svg>", ""])


def text(x: float, y: float, words: str, size: float, cls: str = "ink",
         anchor: str = "start") -> str:
    return (f'<text class="{cls}" x="{x:.0f}" y="{y:.0f}" font-size="{size:.0f}" '
            f'text-anchor="{anchor}">{html.escape(words)}</text>')


#: A map label's halo: a stroke in its ground's colour (each map's stylesheet gives it, per
#: scheme), painted under the letters, so a name reads over a coastline, a road or a fill
#: (the design review at 7/10: the Arabic names sat on the coast, 375 px dark). Six units
#: round the letters by 3 (1.5 px on a phone's card; at 2, 1 px, they vanished).
HALO = "text.name{stroke-width:6px;stroke-linejoin:round;paint-order:stroke}"
LATIN = "font-family:'Source Sans 3',sans-serif;font-weight:700"
ARABIC = "font-family:'Noto Naskh Arabic',sans-serif;font-weight:700"


def bus_network() -> str:
    style = (
        f"text{{{LATIN}}}.land{{fill:#eeece6}}.water{{fill:#bcd4e6}}.road{{stroke:#d6d3cc}}"
        ".line{stroke:#8a8a8a;fill:none}.freq{stroke:#c8102e;fill:none}"
        ".stop{fill:#ffffff;stroke:#1b1b1b}.ink{fill:#1b1b1b}.halo{fill:#eeece6;opacity:.7}"
        f".tag{{fill:#c8102e}}.on{{fill:#ffffff}}{HALO}.name{{stroke:#eeece6}}\n"
        "@media (prefers-color-scheme: dark){.land{fill:#22211f}.water{fill:#1d3446}"
        ".road{stroke:#3a3936}.line{stroke:#9a9a9a}.freq{stroke:#ff6b6b}"
        ".stop{fill:#121212;stroke:#f2f2f2}.ink{fill:#f2f2f2}.halo{fill:#22211f}"
        ".tag{fill:#ff6b6b}.on{fill:#121212}.name{stroke:#22211f}}")
    roads = [f'<line class="road" x1="{x}" y1="0" x2="{x + 26}" y2="{HEIGHT}" stroke-width="3"/>'
             for x in range(40, WIDTH, 100)]
    roads += [f'<line class="road" x1="0" y1="{y}" x2="{WIDTH}" y2="{y + 14}" stroke-width="3"/>'
              for y in (60, 150, 230)]
    lines = ['<polyline class="line" stroke-width="5" points="80,0 140,90 180,180 210,270"/>',
             '<polyline class="line" stroke-width="5" points="470,0 430,110 445,190 400,270"/>',
             '<polyline class="line" stroke-width="5" points="0,215 140,185 250,210 350,175"/>']
    frequent = [(12, [(20, 125), (140, 118), (240, 132), (350, 110), (470, 124), (620, 104)]),
                (40, [(30, 262), (160, 248), (280, 266), (400, 232), (520, 236), (620, 224)])]
    body = ['<rect class="land" width="640" height="360"/>',
            '<path class="water" d="M0,290 C110,262 180,320 280,292 S470,236 640,268 '
            'L640,360 L0,360 Z"/>', *roads, *lines]
    for _route, points in frequent:
        coords = " ".join(f"{x},{y}" for x, y in points)
        body.append(f'<polyline class="freq" stroke-width="8" stroke-linejoin="round" '
                    f'points="{coords}"/>')
        body += [f'<circle class="stop" cx="{x}" cy="{y}" r="7" stroke-width="3"/>'
                 for x, y in points[1:-1]]
    # the two stations: a square stop, the name beside it on a halo over the roads
    for (x, y), name, (lx, ly) in (((240, 132), "Central Station", (256, 84)),
                                   ((400, 232), "Harbor Station", (414, 286))):
        body.append(f'<rect class="stop" x="{x - 13}" y="{y - 13}" width="26" height="26" '
                    f'rx="6" stroke-width="4"/>')
        halo = len(name) * 14.5 + 12
        body.append(f'<rect class="halo" x="{lx - 6}" y="{ly - 27}" width="{halo:.0f}" '
                    f'height="36" rx="4"/>')
        body.append(text(lx, ly, name, 30, "ink name"))
    for route, points in frequent:
        x, y = points[0]
        body.append(f'<rect class="tag" x="{x - 6}" y="{y - 50}" width="52" height="38" rx="6"/>')
        body.append(text(x + 20, y - 20, str(route), 30, "on", "middle"))
    return poster(style, body)


def video_still() -> str:
    style = f"text{{{LATIN}}}"
    body = ['<rect width="640" height="360" fill="#14213d"/>',
            '<rect y="262" width="640" height="98" fill="#0d1730"/>',
            '<g transform="translate(420,96)">',
            '<rect width="180" height="130" rx="18" fill="#c8102e"/>',
            '<rect x="14" y="16" width="152" height="58" rx="8" fill="#dce9f5"/>',
            '<rect x="14" y="88" width="36" height="16" rx="4" fill="#ffd166"/>'
            '<rect x="130" y="88" width="36" height="16" rx="4" fill="#ffd166"/>',
            '<rect x="12" y="126" width="34" height="24" rx="6" fill="#222"/>'
            '<rect x="134" y="126" width="34" height="24" rx="6" fill="#222"/>',
            '<rect x="54" y="-40" width="72" height="38" rx="6" fill="#222"/>',
            '<text x="90" y="-11" fill="#ffd166" font-size="30" text-anchor="middle">12</text>',
            "</g>",
            '<g fill="#ffffff">',
            '<text x="40" y="110" font-size="40">Your new</text>',
            '<text x="40" y="156" font-size="40">bus network</text>',
            '<text x="40" y="202" font-size="40">explained</text>',
            '<text x="40" y="322" font-size="30" fill="#ffd166">Metro Transit Authority</text>',
            "</g>"]
    return poster(style, body)


#: Tunisia's outline (about 35 points, simplified by hand) and the coasts beside it, in the
#: drawing's old 480 x 780 frame, placed on the card by ``SCALE`` and ``OFFSET``.
COUNTRY = ("155,85 200,60 267,50 300,65 315,95 335,95 385,72 375,100 340,140 325,170 344,197 "
           "387,230 380,260 356,306 310,345 290,392 325,415 370,415 390,430 433,463 430,540 "
           "370,580 310,620 290,680 235,757 185,610 110,530 65,460 30,390 105,320 110,260 "
           "120,190 110,130 140,90")
LAND = ("-700,130 0,100 155,85 140,90 110,130 120,190 110,260 105,320 30,390 65,460 110,530 "
        "185,610 235,757 290,680 310,620 370,580 430,540 433,463 700,560 1200,600 1200,1000 "
        "-700,1000")
SCALE, OFFSET = 0.45, (236.5, 0.0)
#: City dots (old frame), the four named ones with their Arabic names.
CITIES = [((267, 58), "بنزرت"), ((298, 100), "تونس"), ((344, 197), None), ((230, 212), None),
          ((356, 306), "صفاقس"), ((290, 392), "قابس"), ((93, 388), None)]


#: The city names' size (16 px on a 256 px card) and where each stands, beside its own dot
#: (the blind review: names in a column in the sea, on leader lines, read as another dot's):
#: its baseline, and its edge nearest the dot, ``left`` (the name east of its dot) or
#: ``right`` (west of it: Bizerte, whose eastern side is Tunis's dot). Every name is nearer
#: its own dot than any other, and keeps clear of every dot and name
#: (tests/browser/test_charts_and_embeds.py measures them at 320 px).
CITY_SIZE = 40
LABELS = [("بنزرت", (343, 36), "right"), ("تونس", (384, 48), "left"),
          ("صفاقس", (408, 148), "left"), ("قابس", (378, 207), "left")]


#: The words at a reading size on every card (a drawing shown by ``<img>`` answers media
#: queries about its own width): 40 units are 16 px on a 256 px card but were 36 px on a 576
#: px one, so on wider cards the names (and the muted country and sea names, 32 units) are
#: drawn smaller, 16-22 px on every card (35 units from a 300 px card: at 40, 19 px on a 375 px
#: phone's 311 px card, Bizerte's and Tunis's names and halos ran together, the design review
#: at 7/10).
WIDE_WORDS = ("@media (min-width:300px){.ink{font-size:35px}}"
              "@media (min-width:352px){.ink{font-size:29px}.muted{font-size:24px}}"
              "@media (min-width:480px){.ink{font-size:22px}.muted{font-size:18px}}")


def placed(x: float, y: float) -> tuple[float, float]:
    return x * SCALE + OFFSET[0], y * SCALE + OFFSET[1]


def points(spec: str) -> str:
    pairs = (pair.split(",") for pair in spec.split())
    return " ".join("{:.1f},{:.1f}".format(*placed(float(x), float(y))) for x, y in pairs)


def tunisia() -> str:
    style = (f"text{{{ARABIC}}}.sea{{fill:#bcd4e6}}.land{{fill:#eeece6}}"
             ".country{fill:#f3e3c3;stroke:#7a4f00}.city{fill:#a4161a;stroke:#ffffff}"
             ".grid{stroke:#9fb9cc;fill:none}.ink{fill:#1b1b1b}.muted{fill:#5a5a5a}"
             f"{HALO}.name{{stroke:#eeece6}}.name.at-sea{{stroke:#bcd4e6}}\n"
             "@media (prefers-color-scheme: dark){.sea{fill:#1d3446}.land{fill:#22211f}"
             ".country{fill:#3d3526;stroke:#f2b64c}.city{fill:#ff8a80;stroke:#121212}"
             ".grid{stroke:#2f4a5e}.ink{fill:#f2f2f2}.muted{fill:#b5b5b5}.name{stroke:#22211f}"
             ".name.at-sea{stroke:#1d3446}}"
             f"\n{WIDE_WORDS}")
    body = ['<rect class="sea" width="640" height="360"/>',
            f'<polygon class="land" points="{points(LAND)}"/>',
            '<path class="grid" stroke-width="1" stroke-dasharray="4 6" '
            'd="M0,90 H640 M0,270 H640 M160,0 V360 M480,0 V360"/>',
            f'<polygon class="country" stroke-width="3" stroke-linejoin="round" '
            f'points="{points(COUNTRY)}"/>']
    for (x, y), _name in CITIES:
        cx, cy = placed(x, y)
        body.append(f'<circle class="city" cx="{cx:.1f}" cy="{cy:.1f}" r="6" stroke-width="2"/>')
    # the four names beside their dots, a size up (16 px on the narrowest card), each on a
    # halo of the land's colour where it crosses the coast (an RTL text's end is its left)
    for name, (x, y), edge in LABELS:
        anchor = "end" if edge == "left" else "start"
        body.append(f'<text class="ink name" x="{x}" y="{y}" font-size="{CITY_SIZE}" '
                    f'text-anchor="{anchor}" direction="rtl">{name}</text>')
    body.append(text(120, 190, "الجزائر", 32, "muted name", "middle"))
    body.append(text(560, 330, "ليبيا", 32, "muted name", "middle"))
    # the sea in the open water north-east of the coast, on a halo of the sea's colour, clear
    # of the cities' lines (on the northern strip, on Bizerte's baseline, the two names read
    # as one, "البحر المتوسط بنزرت": round 42's review at 375 px), 1.5 em or more from Tunis's
    # in two lines, the sea's way (on one line it reached Tunis's or Sfax's line on the
    # narrowest card)
    body.append('<text class="muted name at-sea" x="584" y="44" font-size="32" '
                'text-anchor="middle"><tspan x="584">البحر</tspan>'
                '<tspan x="584" dy="1.15em">المتوسط</tspan></text>')
    return poster(style, body, ARABIC_FONT)


def main() -> None:
    for name, draw in (("metro-bus-network.svg", bus_network),
                       ("metro-video-still.svg", video_still), ("tunisia-outline.svg", tunisia)):
        (IMAGES / name).write_text(draw(), "utf-8")


if __name__ == "__main__":
    main()
