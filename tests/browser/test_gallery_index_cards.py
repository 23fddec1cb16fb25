"""The index's cards in Chromium (issue 17): thumbnails light or dark by a switch, a
right-to-left fixture's badges at the end of its line."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from broadsheet.findings import Finding
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.model import Capture
from tests.helpers import ARTICLES

FIXTURES = ("ar-local-elections-rtl", "en-storm-breaking-corrections")


class Thumbnails:
    """A capture without a browser: each page's thumbnails, white in light, black in dark."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        from PIL import Image

        (folder / "shots").mkdir(exist_ok=True)
        names = {}
        for name, size in (("thumbnail", (480, 300)), ("thumbnail-phone", (160, 285))):
            for scheme, colour in (("", (255, 255, 255)), ("-dark", (0, 0, 0))):
                Image.new("RGB", size, colour).save(folder / "shots" / f"{name}{scheme}.jpg")
                names[f"{name}{scheme}"] = f"shots/{name}{scheme}.jpg"
        return Capture(thumbnail=names["thumbnail"], thumbnail_dark=names["thumbnail-dark"],
                       thumbnail_phone=names["thumbnail-phone"],
                       thumbnail_phone_dark=names["thumbnail-phone-dark"])


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cards")
    for slug in FIXTURES:
        shutil.copy(ARTICLES / f"{slug}.json", folder / f"{slug}.json")
    out = folder / "out"
    GalleryBuilder(out, capture=Thumbnails()).build(sorted(folder.glob("*.json")))
    return out


SHOWN = """() => [...document.querySelectorAll('li.card')].map((card) => ({
  direction: card.dataset.direction,
  thumbs: [...card.querySelectorAll('.card__media img')].map((i) => i.currentSrc.split('/').at(-1)),
  media: card.querySelector('.card__media').getBoundingClientRect().toJSON(),
  badge: card.querySelector('.card__lang').getBoundingClientRect().toJSON()}))"""


def test_the_thumbnails_switch_between_light_and_dark(auditor: Any, gallery: Path) -> None:
    from playwright.sync_api import expect

    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        images = tab.locator(".card__media img")
        expect(images).to_have_count(4)
        tab.click("#filters-toggle")  # round 51: the switch folded with the filters
        switch = tab.get_by_role("group", name="Thumbnails")
        switch.get_by_role("radio", name="Dark").check()
        tab.wait_for_function("[...document.querySelectorAll('.card__media img')]"
                              ".every((i) => i.currentSrc.includes('-dark'))")
        dark = [card["thumbs"] for card in tab.evaluate(SHOWN)]
        switch.get_by_role("radio", name="Light").check()
        tab.wait_for_function("[...document.querySelectorAll('.card__media img')]"
                              ".every((i) => i.complete && !i.currentSrc.includes('-dark'))")
        light = [card["thumbs"] for card in tab.evaluate(SHOWN)]
    assert light == [["thumbnail.jpg", "thumbnail-phone.jpg"]] * 2
    assert dark == [["thumbnail-dark.jpg", "thumbnail-phone-dark.jpg"]] * 2


@pytest.mark.parametrize("width", [375, 1280])
def test_a_right_to_left_card_s_badge_sits_at_the_end_of_its_line(
        auditor: Any, gallery: Path, width: int) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html", root=gallery)
    with auditor.page(AuditOptions(width=width), sandbox) as tab:
        tab.goto(sandbox.url)
        cards = {card["direction"]: card for card in tab.evaluate(SHOWN)}
    rtl, ltr = cards["rtl"], cards["ltr"]
    assert rtl["media"]["right"] - rtl["badge"]["right"] <= 12, "at the right, where it starts"
    assert ltr["badge"]["left"] - ltr["media"]["left"] <= 12, "at the left"
