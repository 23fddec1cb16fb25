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


#: Each block card's thumbnail: its box (inside its padding), the picture as drawn and its
#: natural size.
THUMBS = """() => [...document.querySelectorAll('.card')].filter((card) => card.querySelector('img'))
  .map((card) => {
    const img = card.querySelector('img'), holder = card.querySelector('.card__thumb');
    const outer = holder.getBoundingClientRect(), style = getComputedStyle(holder);
    // (object-fit: scale-down in a box of the holder's inner size: the picture drawn is
    // its natural size, or smaller to fit, centred by object-position)
    const frame = img.getBoundingClientRect(), st = getComputedStyle(img);
    const scale = st.objectFit === 'scale-down' || st.objectFit === 'contain'
      ? Math.min(st.objectFit === 'contain' ? Infinity : 1, frame.width / img.naturalWidth,
                 frame.height / img.naturalHeight) : frame.width / img.naturalWidth;
    const w = img.naturalWidth * scale, h = img.naturalHeight * scale;
    const x = st.objectPosition === '50% 50%' ? (frame.width - w) / 2 : 0;
    const y = st.objectPosition === '50% 50%' ? (frame.height - h) / 2 : 0;
    const drawn = {left: frame.left + x, right: frame.left + x + w, top: frame.top + y, bottom: frame.top + y + h};
    return {type: card.querySelector('code').textContent, src: img.getAttribute('src'),
            box: {left: outer.left, right: outer.right, top: outer.top, bottom: outer.bottom},
            pad: parseFloat(style.paddingTop), fit: getComputedStyle(img).objectFit,
            drawn: {left: drawn.left, right: drawn.right, top: drawn.top, bottom: drawn.bottom},
            natural: [img.naturalWidth, img.naturalHeight]};
  })"""


def test_block_thumbnails_show_the_block_whole_cropped_to_it_and_centred(
        auditor: Any, gallery: Path) -> None:
    """Round 43's review: a paragraph's thumbnail filled the card's top then left grey, a
    heading's one line then 260 px of grey, a map was cut mid-label. Each thumbnail is the
    block's own box (16 px of the page around it, on both axes), drawn whole, never enlarged,
    centred in its card."""
    from PIL import Image

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
        assert thumb["src"].endswith("/shots/thumbnail.png"), thumb
        box, drawn, (width, height) = thumb["box"], thumb["drawn"], thumb["natural"]
        shown = (drawn["right"] - drawn["left"], drawn["bottom"] - drawn["top"])
        scale = shown[0] / width
        assert scale <= 1.01, f"never enlarged: {thumb}"
        assert abs(shown[1] - height * scale) < 1.5, f"drawn whole, not cropped: {thumb}"
        inner = thumb["pad"] - 1
        assert box["left"] + inner <= drawn["left"], thumb
        assert drawn["right"] <= box["right"] - inner, thumb
        assert box["top"] + inner <= drawn["top"], thumb
        assert drawn["bottom"] <= box["bottom"] - inner, thumb
        # centred both ways
        assert abs((drawn["left"] - box["left"]) - (box["right"] - drawn["right"])) < 2, thumb
        assert abs((drawn["top"] - box["top"]) - (box["bottom"] - drawn["bottom"])) < 2, thumb
    # A heading's thumbnail is its line and a margin, not a page's width of space.
    heading = next(t for t in thumbs if t["type"] == "heading")
    with Image.open(gallery / "blocks" / heading["src"]) as picture:
        assert picture.height < 160, picture.size
        assert picture.width < 768, "cropped to the block's box, not the page's width"
    sandbox.allow_navigation()
    with auditor.page(AuditOptions(width=1280, color_scheme="dark"), sandbox) as tab:
        tab.goto(sandbox.url)  # a dark system: the blocks' dark screenshots
        tab.eval_on_selector_all(".card__thumb img", "imgs => imgs.forEach((img) => { "
                                 "img.loading = 'eager'; })")
        tab.wait_for_function("() => [...document.images].every((img) => img.complete)")
        # each card's cover (round 45 added a strip of the other scheme and direction under it)
        shown = tab.eval_on_selector_all(".card__thumb img",
                                         "imgs => imgs.map((img) => img.currentSrc)")
    assert len(shown) == 3
    assert all(source.endswith("thumbnail-dark.png") for source in shown), shown
