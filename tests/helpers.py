"""Shared test helpers: fixture discovery, parsing rendered pages."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import html5lib
import pytest
from lxml import etree

import broadsheet

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "fixtures" / "articles"
SHARED = ROOT.parent / "shared"
ARTICLE_FILES = sorted(ARTICLES.glob("*.json"))
#: The seed article (a verbatim copy of ../shared/design/seed-article.json, defects kept).
SEED_PATH = ARTICLES / "rferl-lukashenka-cnn-interview.json"


def parse_html(html: str) -> etree._Element:
    """The tree a browser builds (html5lib into lxml, no XHTML namespace)."""
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("lxml"), namespaceHTMLElements=False)
    document = parser.parse(html)
    return document.getroot()


def load_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


@cache
def rendered(path: Path) -> broadsheet.RenderResult:
    """Each fixture is rendered once per test session."""
    return broadsheet.render(path)


@cache
def rendered_tree(path: Path) -> etree._Element:
    return parse_html(rendered(path).html)


def text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


fixture_ids = [path.stem for path in ARTICLE_FILES]


#: Under CI a missing browser, Java or validator is a failure, never a skip.
CI = os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def require(what: str, reason: str) -> None:
    """Skip locally, fail under CI=true: a missing real component is a failure there."""
    message = f"{what} unavailable: {reason}"
    if CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
