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
#: Data from outside the project, copied in with its source and licence (tests/data/*/README.md).
DATA = ROOT / "tests" / "data"
ARTICLE_FILES = sorted(ARTICLES.glob("*.json"))
#: The seed article (tests/data/seed/seed-article.json, defects kept; its lead picture is a
#: photograph shipped in fixtures/articles/images, so pages show it offline).
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


def blocks_of(data: Any) -> list[tuple[str, Any]]:
    """Each block of an article's body and of its live blog's posts, with its JSON pointer."""
    blocks = [(f"/body/{index}", block) for index, block in enumerate(data["body"])]
    for number, post in enumerate(data.get("live", {}).get("posts", ())):
        blocks += [(f"/live/posts/{number}/body/{index}", block)
                   for index, block in enumerate(post["body"])]
    return blocks


def text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


fixture_ids = [path.stem for path in ARTICLE_FILES]


#: Under CI a missing browser, Java or validator is a failure, never a skip.
CI = os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


#: Dependencies whose data or output shapes the goldens, and what each of them decides there.
OUTPUT_SHAPERS = {
    "babel": "CLDR dates and month names (e.g. the Persian month in fa-podcast-inflation-audio)",
    "jinja2": "template whitespace",
    "markupsafe": "escaping",
    "nh3": "sanitised inline HTML",
    "html5lib": "the parsed tree and its whitespace",
    "lxml": "the parsed tree and serialisation",
    "playwright": "the ARIA snapshot format",
}


def locked_versions() -> dict[str, str]:
    """Exact versions from requirements/dev.txt, the lock every job installs from."""
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements" / "dev.txt").read_text("utf-8").splitlines():
        name, sep, rest = line.partition("==")
        if sep and not line.startswith((" ", "#")):
            pins[name.strip().lower()] = rest.split(" ")[0].split(";")[0].strip()
    return pins


def drift_hint() -> str:
    """Which dependency to suspect when a golden changes: installed versions against the lock."""
    from importlib.metadata import PackageNotFoundError, version

    locked = locked_versions()
    lines = []
    for name, decides in OUTPUT_SHAPERS.items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "not installed"
        mark = "" if installed == locked.get(name) else "  <-- differs from the lock"
        lines.append(f"  {name} {installed} (locked {locked.get(name, '-')}): {decides}{mark}")
    return ("\nIf no template, stylesheet or policy changed, suspect a dependency "
            "(install the lock with bash scripts/setup.sh):\n" + "\n".join(lines))


def require(what: str, reason: str) -> None:
    """Skip locally, fail under CI=true: a missing real component is a failure there."""
    message = f"{what} unavailable: {reason}"
    if CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


#: The folder of fonts ``render --out-dir`` puts beside its pages.
FONTS_FOLDER = "broadsheet-fonts"


def written(folder: Path) -> list[Path]:
    """What a batch wrote into ``folder`` besides the fonts it places beside every page."""
    return [path for path in folder.iterdir() if path.name != FONTS_FOLDER]
