"""Quotation marks and apostrophes as a newsroom sets them (issue 17: the RFE/RL fixture
mixed straight and curly quotes, "No, I wouldn't..." beside “absolute nonsense”). What the
pages print, their words and Broadsheet's own labels, uses typographic marks; the marks
the stylesheet adds (a pull quote's opening mark) are the page's language's own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_FILES, rendered_tree

#: A typewriter mark in running text: a straight double quote, or a straight apostrophe
#: beside a letter ("wouldn't", "readers' ", "'quoted'").
STRAIGHT = re.compile(r"\"|\w'|'\w")


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: path.stem)
def test_the_pages_words_use_typographic_quotes_and_apostrophes(path: Path) -> None:
    main = rendered_tree(path).find(".//main")
    assert main is not None
    straight = [text.strip() for text in main.itertext() if STRAIGHT.search(text)]
    assert straight == [], straight


def test_the_editors_note_label_has_a_typographic_apostrophe() -> None:
    [label] = rendered_tree(next(p for p in ARTICLE_FILES if p.stem ==
                                 "en-storm-breaking-corrections")).xpath(
        "//*[contains(@class, 'note--editor')]/descendant::strong[1]")
    assert (label.text or "").startswith("Editor’s note"), label.text
