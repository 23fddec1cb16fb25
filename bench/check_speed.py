"""Static check speed against its floor, html5lib's parse of the same page alone."""

from __future__ import annotations

import warnings
from typing import Any

import html5lib

import broadsheet
from bench.articles import seed
from bench.timing import side_by_side
from broadsheet.checks import check


def parse_only(html: str) -> None:
    parser = html5lib.HTMLParser(tree=html5lib.treebuilders.getTreeBuilder("lxml"),
                                 namespaceHTMLElements=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(html)


def seed_page() -> str:
    return broadsheet.render(seed()).html


def run(repeat: int) -> dict[str, Any]:
    html = seed_page()
    times = side_by_side({"html5lib_parse": lambda: parse_only(html),
                          "static_check": lambda: check(html)}, repeat)
    ratio = times["static_check"] / times["html5lib_parse"]
    return {
        "page_bytes": len(html.encode()),
        "seconds": times,
        "pages_per_second": 1 / times["static_check"],
        "ratio_check_to_parse": ratio,
        "target": "within 3x the html5lib parse",
        "met": ratio <= 3,
    }
