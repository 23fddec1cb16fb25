"""Block stories in Chromium: each variant's screenshots show its block (not the page), light
and dark at the gallery's widths, and the story pages pass axe and reflow at 375 px."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from broadsheet.checks import check
from broadsheet.findings import Outcome
from broadsheet.preview import build_gallery
from tests.helpers import ARTICLES, load_json, parse_html


@pytest.fixture(scope="module")
def gallery(auditor: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Arabic fixture cut to a paragraph, a credited figure and a heading (three block
    types), with its photographs beside it."""
    from broadsheet.preview.capture import ChromiumCapture

    source = tmp_path_factory.mktemp("source")
    data = load_json(ARTICLES / "ar-local-elections-rtl.json")
    data["body"] = [data["body"][0], next(b for b in data["body"] if b["type"] == "image"),
                    next(b for b in data["body"] if b["type"] == "heading")]
    data.pop("lead", None)
    fixture = source / "ar-local-elections-rtl.json"
    fixture.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (source / "images").symlink_to((ARTICLES / "images").resolve())
    out = tmp_path_factory.mktemp("gallery")
    with ChromiumCapture(auditor=auditor) as capture:
        build_gallery([fixture], out, capture=capture, blocks=True)
    return out


def test_a_variant_s_screenshots_show_its_block_light_and_dark_at_each_width(
        gallery: Path) -> None:
    from PIL import Image, ImageStat

    from broadsheet.preview.model import WIDTHS

    folder = gallery / "blocks" / "image"
    page = parse_html((folder / "index.html").read_text("utf-8"))
    shots = page.xpath("//section[contains(@class, 'variant')]//img/@src")
    variant = shots[0].split("/")[0]
    assert shots == [f"{variant}/shots/{width}-{scheme}.png"
                     for width in WIDTHS for scheme in ("light", "dark")]
    whole = gallery / "fixtures" / "ar-local-elections-rtl" / "shots"
    for width in WIDTHS:
        brightness = {}
        for scheme in ("light", "dark"):
            with Image.open(folder / variant / "shots" / f"{width}-{scheme}.png") as image, \
                    Image.open(whole / f"{width}-{scheme}.png") as full:
                # The page's whole width, gutters included: nothing cut at a side.
                assert image.width == width
                grey = image.convert("L")
                for x in (0, image.width - 1):
                    edge = ImageStat.Stat(grey.crop((x, 0, x + 1, image.height)))
                    assert edge.stddev[0] < 8, f"{width} {scheme}: content at the edge {x}"
                # The figure alone: far shorter than the page holding it (header, headline,
                # paragraph, footer).
                assert image.height < full.height / 2, (width, scheme)
                # its lower part (the caption's background), not the photograph
                caption = image.convert("L").crop((0, image.height - 20, image.width,
                                                   image.height))
                brightness[scheme] = ImageStat.Stat(caption).mean[0]
        assert brightness["dark"] < brightness["light"] - 60, (width, brightness)


def test_story_pages_pass_axe_and_reflow_at_375_px(auditor: Any, gallery: Path) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    pages = [gallery / "blocks" / "index.html", gallery / "blocks" / "image" / "index.html",
             gallery / "blocks" / "video" / "index.html"]
    for page in pages:
        audit = auditor.audit(page, root=gallery)
        failed = [(f.rule, f.message) for r in audit.results for f in r.findings
                  if f.outcome is Outcome.FAILED]
        assert failed == [], page
        assert check(page).violations == []
        for scheme in ("light", "dark"):
            sandbox = Sandbox.for_file(page, root=gallery)
            with auditor.page(AuditOptions(width=375, color_scheme=scheme), sandbox) as tab:
                tab.goto(sandbox.url)
                assert tab.evaluate("document.documentElement.scrollWidth") == 375, page


#: Each block card's thumbnail: its box, the image's natural size, and the scale it is drawn
#: at (``object-fit: cover`` scales to fill the box, cropping the sides of a wide image).
THUMBS = """() => [...document.querySelectorAll('.card')].filter((card) => card.querySelector('img'))
  .map((card) => {
    const img = card.querySelector('img'), box = img.parentElement.classList.contains('card__thumb')
      ? img.parentElement.getBoundingClientRect() : img.getBoundingClientRect();
    const drawn = img.getBoundingClientRect(), fit = getComputedStyle(img).objectFit;
    const scale = fit === 'cover' ? Math.max(box.width / img.naturalWidth,
                                             box.height / img.naturalHeight)
                                  : drawn.width / img.naturalWidth;
    return {type: card.querySelector('code').textContent, box: box.width, left: box.left,
            drawnLeft: drawn.left, whole: img.naturalWidth * scale};
  })"""


def test_block_thumbnails_show_the_block_s_whole_width(auditor: Any, gallery: Path) -> None:
    """A heading's thumbnail was its middle word blown up ("sruption"): a block's thumbnail
    is its narrow screenshot fitted to the card's width, cut below if taller."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "blocks" / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        tab.evaluate("() => Promise.all([...document.images].map((img) => "
                     "{ img.loading = 'eager'; return img.decode(); }))")
        thumbs = tab.evaluate(THUMBS)
    assert {thumb["type"] for thumb in thumbs} == {"paragraph", "image", "heading"}
    for thumb in thumbs:
        assert abs(thumb["whole"] - thumb["box"]) < 1, thumb
        assert abs(thumb["drawnLeft"] - thumb["left"]) < 1, thumb
    sandbox.allow_navigation()
    with auditor.page(AuditOptions(width=1280, color_scheme="dark"), sandbox) as tab:
        tab.goto(sandbox.url)  # a dark system: the blocks' dark screenshots
        tab.eval_on_selector_all(".card img", "imgs => imgs.forEach((img) => { "
                                 "img.loading = 'eager'; })")
        tab.wait_for_function("() => [...document.images].every((img) => img.complete)")
        shown = tab.eval_on_selector_all(".card img", "imgs => imgs.map((img) => img.currentSrc)")
    assert len(shown) == 3
    assert all(source.endswith("-dark.png") for source in shown), shown
