"""Draw the fixtures' logos: the newsroom's mark and its name, for a white and a dark masthead.

    python scripts/draw_wordmarks.py     # rewrites fixtures/articles/images/logo*.svg

Like the charts (scripts/draw_charts.py, whose font subsetting this reuses), each logo
carries the site's own serif inline, cut down to its letters: a picture shown by ``<img>``
loads nothing from outside itself, so the names were set in whatever serif the reader's
system had (DejaVu Serif on Linux) and squeezed into a fixed 184 px (``textLength``): the
Cyrillic names, two letters longer than "Example News", read condensed (blind design review,
round 49). Each name is now set at its own width in Source Serif 4 Bold (Latin and Cyrillic)
or Noto Naskh Arabic Bold (Arabic and Persian), measured in Chromium with the same fonts, and
the drawing is as wide as the mark and the name need; the fixtures' ``site.logo`` sizes are
rewritten to match. Needs Playwright's Chromium (``/usr/bin/chromium``) and fontTools.
"""

from __future__ import annotations

import base64
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_charts import ARTICLES, FONTS, IMAGES, font_face

HEIGHT = 48
MARK = 40  # the red square with three lines, 4 px from the top
GAP = 12  # between the mark and the name
SIZE = 25  # the name's font size
BASELINE = 33
SERIF = ("Source Serif 4", ("source-serif-4-latin-wght-normal.woff2",
                            "source-serif-4-cyrillic-wght-normal.woff2"))
NASKH = ("Noto Naskh Arabic", ("noto-naskh-arabic-arabic-wght-normal.woff2",
                               "source-serif-4-latin-wght-normal.woff2"))
INK = {"light": ("#a4161a", "#1b1b1b"), "dark": ("#d42a30", "#f2f2f2")}


@dataclass(frozen=True)
class Wordmark:
    """One newsroom's logo: its file stem, name, font and direction."""
    stem: str
    name: str
    font: tuple[str, tuple[str, ...]]
    rtl: bool = False
    #: Naskh's letters sit small on their em (as the page's CSS says): set a size larger
    size: int = SIZE


WORDMARKS = (
    Wordmark("logo", "Example News", SERIF),
    Wordmark("logo-ru", "Новости Пример", SERIF),
    Wordmark("logo-uk", "Новини Приклад", SERIF),
    Wordmark("logo-be", "Новыны Прыклад", SERIF),
    Wordmark("logo-ar", "أخبار مثال", NASKH, rtl=True, size=31),
    Wordmark("logo-fa", "خبر نمونه", NASKH, rtl=True, size=31),
)


def faces(mark: Wordmark) -> str:
    """The ``@font-face`` rules carrying the name's letters, each file cut down to them."""
    family, files = mark.font
    return "".join(font_face(family, file, mark.name) for file in files)


def measured(marks: tuple[Wordmark, ...]) -> dict[str, float]:
    """Each name's advance width at its size, bold, in its font, as Chromium sets it."""
    from playwright.sync_api import sync_playwright

    rules = []
    for family, files in {m.font for m in marks}:
        for file in files:
            data = base64.b64encode((FONTS / file).read_bytes()).decode("ascii")
            rules.append(f"@font-face{{font-family:'{family}';font-weight:200 900;"
                         f"src:url(data:font/woff2;base64,{data}) format('woff2')}}")
    spans = "".join(
        f'<span id="{m.stem}" dir="{"rtl" if m.rtl else "ltr"}" '
        f"style=\"font:700 {m.size}px '{m.font[0]}';white-space:pre\">{escape(m.name)}</span><br>"
        for m in marks)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_content(f"<style>{''.join(rules)}</style>{spans}")
        page.evaluate("document.fonts.ready")
        widths: dict[str, float] = page.evaluate(
            "ids => Object.fromEntries(ids.map(id => "
            "[id, document.getElementById(id).getBoundingClientRect().width]))",
            [m.stem for m in marks])
        browser.close()
    return widths


def drawing(mark: Wordmark, name_width: float, scheme: str) -> tuple[str, int]:
    """The logo's SVG for ``scheme`` and its width."""
    red, ink = INK[scheme]
    width = MARK + GAP + round(name_width) + 4
    left = width - MARK if mark.rtl else 0
    name_x = width - MARK - GAP if mark.rtl else MARK + GAP
    # the mark's lines of text, the short last one ending where a line of the name would
    lines = "".join(
        f'<rect x="{left + 8 + (24 - w if mark.rtl else 0)}" y="{y}" width="{w}" height="4" '
        'fill="#ffffff"/>' for y, w in ((12, 24), (20, 24), (28, 16)))
    direction = ' direction="rtl"' if mark.rtl else ""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{HEIGHT}" '
           f'viewBox="0 0 {width} {HEIGHT}"><style>{faces(mark)}</style>'
           f'<rect x="{left}" y="4" width="{MARK}" height="{MARK}" rx="3" fill="{red}"/>{lines}'
           f'<text x="{name_x}" y="{BASELINE}" font-family="\'{mark.font[0]}\',serif" '
           f'font-size="{mark.size}" font-weight="700" fill="{ink}" text-anchor="start"{direction}>'
           f"{escape(mark.name)}</text></svg>\n")
    return svg, width


def resize_fixture_logos(widths: dict[str, int]) -> None:
    """Each fixture's ``site.logo``/``logo_dark`` ``width`` set to its drawing's."""
    for path in sorted(ARTICLES.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        article = json.loads(text)
        site = article.get("site") or {}
        changed = False
        for key in ("logo", "logo_dark"):
            logo = site.get(key)
            stem = Path(str((logo or {}).get("src", ""))).stem.removesuffix("-dark")
            if logo and stem in widths and logo.get("width") != widths[stem]:
                old = f'"width": {logo["width"]}, "height": {logo["height"]}'
                new = f'"width": {widths[stem]}, "height": {logo["height"]}'
                text = text.replace(f'"src": "{logo["src"]}", {old}',
                                    f'"src": "{logo["src"]}", {new}')
                changed = True
        if changed:
            json.loads(text)  # still an article
            path.write_text(text, encoding="utf-8")


def main() -> None:
    names = measured(WORDMARKS)
    widths = {}
    for mark in WORDMARKS:
        for scheme, suffix in (("light", ""), ("dark", "-dark")):
            svg, width = drawing(mark, names[mark.stem], scheme)
            (IMAGES / f"{mark.stem}{suffix}.svg").write_text(svg, encoding="utf-8")
        widths[mark.stem] = width
        print(f"{mark.stem}: {mark.name} {names[mark.stem]:.1f} px, drawing {width} px")
    resize_fixture_logos(widths)


if __name__ == "__main__":
    main()
