"""A picture's licence (``licence``: an SPDX id, an optional name and URL) is data, not words
in its credit: its short name follows the credit, linked to its text, only when the licence
asks for attribution, and the lead's licence and credit are in the JSON-LD (the third blind
review of issue 17 read "Risto Saukonpää, GPL-2.0-or-later" as a photographer's name)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import broadsheet
from broadsheet import ArticleError
from tests.helpers import ARTICLE_FILES, ARTICLES, fixture_ids, load_json, parse_html, text_of

SEED = ARTICLES / "en-eisteddfod-decorative.json"
#: A licence typed into a credit, as the fixtures had them.
_TYPED_LICENCE = re.compile(r"\b(?:CC[ -]?BY|CC0|GPL|LGPL|public domain)\b", re.IGNORECASE)


def with_lead(**fields: object) -> dict[str, Any]:
    data = copy.deepcopy(load_json(SEED))
    data["lead"] = {k: v for k, v in data["lead"].items() if k != "licence"} | fields
    return data


def lead_credit(data: dict[str, Any]) -> etree._Element:
    tree = parse_html(broadsheet.render(data).html)
    (credit,) = tree.xpath("//figure[contains(@class, 'figure--lead')]"
                           "//*[@class='figure__credit']")
    return credit  # type: ignore[no-any-return]


def json_ld(data: dict[str, Any]) -> dict[str, Any]:
    tree = parse_html(broadsheet.render(data).html)
    (script,) = tree.xpath("//script[@type='application/ld+json']")
    return json.loads(script.text)  # type: ignore[no-any-return]


def test_an_attribution_licence_follows_the_credit_linked_to_its_deed() -> None:
    credit = lead_credit(with_lead(credit="Aitzol Berasategi", licence={"id": "CC-BY-SA-4.0"}))
    assert text_of(credit) == "Photo: Aitzol Berasategi · CC BY-SA 4.0"
    (link,) = credit.xpath(".//a")
    assert link.get("href") == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert link.get("rel") == "license"
    assert text_of(link) == "CC BY-SA 4.0"
    assert link.getparent().tag == "bdi"  # isolated for the bidirectional algorithm
    assert link.getparent().getparent().get("class") == "credit__licence"


def test_a_licence_named_with_generic_link_text_is_reported_where_its_name_is() -> None:
    """Its name is a link's text on the credit line: "here" is a generic link, reported at
    the name (found by the property test: the checker flagged a link nothing reported)."""
    data = with_lead(credit="Ian Hex", licence={"id": "LicenseRef-house", "name": "here",
                                                "url": "https://news.example/l"})
    result = broadsheet.render(data)
    assert [(f.rule, f.pointer) for f in result.findings if "link" in f.rule] == [
        ("render-link-text-generic", "/lead/licence/name")]
    # without an address it is plain text, not a link: nothing is reported
    plain = with_lead(credit="Ian Hex", licence={"id": "LicenseRef-house", "name": "here"})
    assert not [f for f in broadsheet.render(plain).findings if "link" in f.rule]


def test_a_licence_given_a_name_and_url_is_shown_so_and_other_ids_link_to_spdx() -> None:
    named = lead_credit(with_lead(credit="Ian Hex", licence={
        "id": "LicenseRef-house", "name": "House licence", "url": "https://news.example/l"}))
    assert text_of(named) == "Photo: Ian Hex · House licence"
    assert named.xpath(".//a/@href") == ["https://news.example/l"]



def test_a_software_licence_stays_off_the_credit_line_and_in_the_json_ld() -> None:
    """The fourth blind review read "Photo: … · GPL-2.0-or-later" under nearly every picture
    as noise no newsroom would print."""
    data = with_lead(credit="Ian Hex", licence={"id": "GPL-2.0-or-later"})
    credit = lead_credit(data)
    assert text_of(credit) == "Photo: Ian Hex"
    assert not credit.xpath(".//a")
    assert json_ld(data)["image"][0]["license"] == (
        "https://spdx.org/licenses/GPL-2.0-or-later.html")


def test_a_cc0_picture_shows_only_its_credit_and_keeps_its_licence_in_the_json_ld() -> None:
    data = with_lead(credit="Clemens Engelhardt", licence={"id": "CC0-1.0"})
    credit = lead_credit(data)
    assert text_of(credit) == "Photo: Clemens Engelhardt"
    assert not credit.xpath(".//a")
    assert json_ld(data)["image"] == [{
        "@type": "ImageObject", "url": "images/hills-autumn.jpg",
        "creditText": "Clemens Engelhardt",
        "license": "https://creativecommons.org/publicdomain/zero/1.0/"}]


def test_the_lead_in_the_json_ld_names_its_credit_and_licence_or_is_its_address() -> None:
    assert json_ld(with_lead(credit="Aitzol Berasategi", licence={"id": "CC-BY-4.0"}))[
        "image"] == [{"@type": "ImageObject", "url": "images/hills-autumn.jpg",
                      "creditText": "Aitzol Berasategi",
                      "license": "https://creativecommons.org/licenses/by/4.0/"}]
    bare = with_lead()
    del bare["lead"]["credit"]
    assert json_ld(bare)["image"] == ["images/hills-autumn.jpg"]


def test_an_unsafe_licence_url_is_dropped_and_reported() -> None:
    data = with_lead(credit="A. Name", licence={"id": "CC-BY-4.0", "url": "javascript:alert(1)"})
    result = broadsheet.render(data)
    assert "javascript:" not in result.html
    assert any(f.rule == "render-unsafe-url" and f.pointer == "/lead/licence/url"
               for f in result.findings)


@pytest.mark.parametrize("licence", [{"id": "CC BY 4.0"}, {"id": "CC-BY-4.0", "note": "x"},
                                     {"url": "https://creativecommons.org/"}, "CC-BY-4.0"])
def test_a_malformed_licence_is_a_schema_error_at_its_pointer(licence: object) -> None:
    with pytest.raises(ArticleError) as raised:
        broadsheet.load_article(with_lead(credit="A. Name", licence=licence))
    assert all(str(p).startswith("/lead/licence") for p in raised.value.problems), \
        raised.value.problems


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_the_fixtures_credits_are_names_and_their_licences_data(path: Path) -> None:
    text = path.read_text("utf-8")
    credits = re.findall(r'"credit": "([^"]*)"', text)
    assert not [c for c in credits if _TYPED_LICENCE.search(c)], credits
