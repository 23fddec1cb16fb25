"""Every fixture's page parses with zero errors in html5lib's strict parser."""

from __future__ import annotations

from pathlib import Path

import html5lib
import pytest

import broadsheet
from tests.helpers import ARTICLE_FILES, fixture_ids, rendered


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
@pytest.mark.parametrize("fragment", [False, True], ids=["page", "fragment"])
def test_output_parses_strictly(path: Path, fragment: bool) -> None:
    parser = html5lib.HTMLParser(strict=True)
    html = broadsheet.render(path, fragment=True).html if fragment else rendered(path).html
    if fragment:
        parser.parseFragment(html, container="main")
    else:
        parser.parse(html)
    assert parser.errors == []


def test_the_strict_parser_does_catch_errors() -> None:
    parser = html5lib.HTMLParser(strict=True)
    with pytest.raises(html5lib.html5parser.ParseError):
        parser.parse("<!DOCTYPE html><p id=a id=b>x</p>")
