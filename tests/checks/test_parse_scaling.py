"""Parsing stays linear on pages with thousands of siblings (html5lib's lxml builder is not)."""

from __future__ import annotations

from broadsheet.checks.parse import parse


def test_text_between_many_siblings_is_kept_in_order() -> None:
    html = "<!DOCTYPE html><div>" + "".join(f"<p>{i}</p> t{i} " for i in range(300)) + "</div>"
    div = parse(html).by_tag["div"][0]
    assert len(div) == 300
    assert [p.tail for p in div][:3] == [" t0 ", " t1 ", " t2 "]
    assert div.text is None


def test_leading_text_goes_to_the_element_text() -> None:
    div = parse("<!DOCTYPE html><div>lead <b>x</b></div>").by_tag["div"][0]
    assert div.text == "lead "


def test_every_element_carries_the_line_of_its_start_tag() -> None:
    html = "<!DOCTYPE html>\n<html lang=en>\n<body>\n<p>one</p>\n\n<p>two <img src=a.png\n alt=x></p>\n"
    doc = parse(html)
    assert [p.sourceline for p in doc.by_tag["p"]] == [4, 6]
    assert doc.by_tag["img"][0].sourceline == 7, "the line where the start tag ends"
    assert doc.by_tag["body"][0].sourceline == 3
    assert doc.by_tag["html"][0].sourceline == 2
