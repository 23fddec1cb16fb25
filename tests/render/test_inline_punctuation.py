"""No space before punctuation after an inline element (issue 17: "text¹ , more"): a link,
an abbreviation, emphasis, code, a quotation, a time or a footnote reference is followed by
its comma or stop as written, in the paragraph, a list item and a note alike."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

import broadsheet
from tests.helpers import ARTICLE_FILES, SEED_PATH, parse_html, rendered_tree, text_of

SEED = json.loads(SEED_PATH.read_text("utf-8"))

#: Whitespace before a comma, stop, colon, semicolon or closing mark (Latin or Arabic).
SPACED = re.compile(r"\s[,.;:!?)\u060c\u061b]")

INLINES = ('See <a href="https://x.example/">the report</a>, the <abbr title="Office for '
           'National Statistics">ONS</abbr>. Then <em>rents</em>; <strong>pay</strong>: '
           '<code>x</code>! A <q>quote</q>? On <time datetime="2024-03-04">4 March</time>, '
           'rents rose[^ons], then fell[^ons]. <i>Done</i>.')


def rendered_with(text: str) -> broadsheet.RenderResult:
    article = copy.deepcopy(SEED)
    article["footnotes"] = [{"id": "ons", "text": "The <abbr title=\"x\">ONS</abbr>, 2024."}]
    article["body"] = [{"type": "paragraph", "text": text},
                       {"type": "list", "ordered": False, "items": [text]}]
    return broadsheet.render(article)


def test_punctuation_after_every_inline_element_keeps_to_it() -> None:
    tree = parse_html(rendered_with(INLINES).html)
    texts = [text_of(element) for element in
             tree.xpath("//div[@class='article-body']//p | //div[@class='article-body']//li"
                        " | //section[@class='footnotes']//li")]
    assert len(texts) >= 3, texts
    for text in texts:
        assert not SPACED.search(text), text
    # and nothing was lost: the words and marks are all there, in order
    assert "the report, the ONS. Then rents; pay: x! A quote? On 4 March, rents rose" in texts[0]


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: path.stem)
def test_no_fixture_page_sets_a_space_before_punctuation(path: Path) -> None:
    main = rendered_tree(path).find(".//main")
    assert main is not None
    found = [text_of(p) for p in main.iter("p", "li", "figcaption", "td", "th")
             if SPACED.search(text_of(p))]
    assert found == [], found
