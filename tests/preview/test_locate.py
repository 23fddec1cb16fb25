"""A finding that names only a place in the JSON is found on the rendered page: the element
its part became (broadsheet.preview.locate), checked against what the fixture's JSON says
that part is (its picture's file, its text), not against the page's structure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cssselect import HTMLTranslator
from lxml import etree
from lxml import html as lxml_html

from broadsheet import render
from broadsheet.preview.locate import locate
from broadsheet.schema import read_json
from tests.helpers import ARTICLE_FILES, ARTICLES


def _located(name: str, pointers: list[str]) -> tuple[Any, dict[str, etree._Element]]:
    data = read_json(ARTICLES / f"{name}.json")
    page = render(data).html
    found = locate(data, page, pointers, lambda changed: render(changed).html)
    root = lxml_html.document_fromstring(page)
    elements = {}
    for pointer, selector in found.items():
        matches = root.xpath(HTMLTranslator().css_to_xpath(selector))
        assert len(matches) == 1, (pointer, selector)
        elements[pointer] = matches[0]
    return data, elements


def _text(element: etree._Element) -> str:
    return " ".join(element.text_content().split())


def _sources(element: etree._Element) -> list[str]:
    return [str(src) for src in element.xpath(".//img/@src")]


def test_a_picture_of_a_gallery_is_its_own_item_not_a_neighbour_or_caption() -> None:
    pointers = [f"/body/7/images/{n}" for n in range(5)]
    data, found = _located("ru-flood-gallery", pointers)
    for n, pointer in enumerate(pointers):
        assert found[pointer].tag == "li", pointer
        assert _sources(found[pointer]) == [data["body"][7]["images"][n]["src"]], pointer


def test_the_lead_and_a_body_picture() -> None:
    data, found = _located("ru-flood-gallery", ["/lead", "/body/3"])
    assert "figure--lead" in found["/lead"].get("class", "")
    assert _sources(found["/lead"])[0] == data["lead"]["src"]
    assert found["/body/3"].tag == "figure"
    assert _sources(found["/body/3"]) == [data["body"][3]["src"]]


def test_a_required_field_is_found_through_its_block() -> None:
    """A pull quote's text cannot be left out (the format requires it): its block is shown."""
    data, found = _located("en-eisteddfod-decorative", ["/body/10/text"])
    assert data["body"][10]["text"].rstrip(".") in _text(found["/body/10/text"])


def test_a_heading_is_itself_not_its_line_in_the_contents() -> None:
    """Leaving a heading out also drops its entry from the explainer's contents list, which
    comes first on the page: the heading, not that entry, is the finding's element."""
    data, found = _located("en-explainer-kyiv-spelling", ["/body/3"])
    assert found["/body/3"].tag in {"h2", "h3", "h4", "h5", "h6"}
    assert _text(found["/body/3"]) == data["body"][3]["text"]


def test_what_is_not_rendered_is_not_located() -> None:
    """The seed's empty "Breaking news" banner is not rendered at all: nothing to show."""
    _, found = _located("rferl-lukashenka-cnn-interview", ["/alerts/0", "/nowhere/3"])
    assert found == {}


WITH_PICTURES = [path for path in ARTICLE_FILES
                 if any(block.get("type") == "image" for block in read_json(path)["body"])]


@pytest.mark.parametrize("path", WITH_PICTURES, ids=lambda path: Path(path).stem)
def test_every_picture_block_of_every_fixture_is_found(path: Path) -> None:
    """Every image block of every fixture is found as the element showing its picture."""
    data = read_json(path)
    pointers = {f"/body/{n}": block["src"] for n, block in enumerate(data["body"])
                if block.get("type") == "image"}
    _, found = _located(path.stem, list(pointers))
    for pointer, src in pointers.items():
        assert src in _sources(found[pointer]), pointer
        assert len(set(_sources(found[pointer]))) == 1, f"{pointer}: one picture, not more"
