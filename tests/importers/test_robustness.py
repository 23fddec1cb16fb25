"""All input is untrusted: any member of a JSON source with the wrong type, and markup nested
as deep as a parser allows, give an article or a clear ImportSourceError, never a crash."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from broadsheet import ImportSourceError, import_article
from tests.helpers import ROOT

IMPORT = ROOT / "fixtures" / "import"
WRONG = (None, 1, "x", [], {}, True)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if path:
        yield path
    children = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else ()
    for key, child in children:
        yield from _paths(child, (*path, key))


@pytest.mark.parametrize("name", ["ans-story.json", "wordpress-post.json", "cms-body.json"])
def test_every_member_with_a_wrong_type(name: str) -> None:
    document = json.loads((IMPORT / name).read_text("utf-8"))
    crashes = []
    for path in _paths(document):
        for wrong in WRONG:
            mutated = copy.deepcopy(document)
            holder = mutated
            for key in path[:-1]:
                holder = holder[key]
            holder[path[-1]] = wrong
            try:
                import_article(mutated, language="en")
            except ImportSourceError:
                pass
            except Exception as error:
                crashes.append(f"{'/'.join(map(str, path))} = {wrong!r}: {error!r}")
    assert crashes == []


@pytest.mark.parametrize("depth", [250, 5000])
def test_deep_nesting(depth: int) -> None:
    page = ("<!DOCTYPE html><html lang=en><head><meta property=og:type content=article>"
            "<meta property=article:published_time content=2024-01-01T00:00:00Z>"
            "<link rel=canonical href=https://s.example/a></head><body><h1>T</h1>"
            + "<div>" * depth + "<p>" + "word " * 100 + "</p>" + "</div>" * depth)
    if depth < 255:
        assert import_article(page).article["body"][0]["text"].startswith("word word")
    else:  # libxml2 stopped nesting and dropped the text: refused, not crashed
        with pytest.raises(ImportSourceError, match="holds no article"):
            import_article(page)
    metadata = {"id": "a", "headline": "h", "language": "en", "published": "2024-01-01",
                "site": {"name": "s", "url": "https://s.example/"}}
    spans = min(depth, 200)  # libxml2 stops nesting at 256 and drops what is deeper
    deep = "<span>" * spans + "x" + "</span>" * spans
    assert import_article(f"<p>{deep}</p>", kind="body", metadata=metadata).article["body"] \
        == [{"type": "paragraph", "text": "x"}]
    import_article("<p>" + "<span>" * depth + "x", kind="body", metadata=metadata)
