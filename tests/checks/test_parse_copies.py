"""turbohtml's tree reaches lxml through its XML serialisation read by lxml's parser (both C);
the element-by-element Python copy it replaced stays for the pages that serialisation cannot
carry. Both must give the same tree, start-tag lines and placed parse errors.

The pages are saved by others (``bench/pages/``: newspaper4k's and trafilatura's test pages;
``fixtures/pages/``: news pages as published) plus Broadsheet's own fixture renderings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import turbohtml
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import broadsheet
from broadsheet.checks.charset import decode
from broadsheet.checks.html_tree import _Builder, has_shadow_root, parse_html
from broadsheet.checks.parse import _parseable, parse

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted([*(ROOT / "bench" / "pages").glob("*.html"),
                *(ROOT / "fixtures" / "pages").glob("*.html")])
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.json"))[:4]


def _nodes(root: etree._Element, lines: dict[etree._Element, int]) -> list[tuple[object, ...]]:
    """Every node in document order: tag, attributes in order, text, tail and line."""
    out: list[tuple[object, ...]] = []
    for node in root.iter():
        line = lines.get(node, node.sourceline)
        attrib = None if node.tag is etree.Comment else list(node.attrib.items())
        out.append((node.tag, attrib, node.text, node.tail, line))
    return out


def _both(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """(the tree parse_html builds, the Python copy's tree) of a cleaned page, with the
    document-order index of each placed parse error appended."""
    tree = parse_html(text)
    builder = _Builder(positions=True, flat=has_shadow_root(text))
    document = turbohtml.parse(text, scripting=True)
    assert document.root is not None
    root = builder.build(document.root)
    ours = _nodes(tree.root, tree.lines)
    theirs = _nodes(root, builder.lines)
    order = {el: index for index, el in enumerate(tree.root.iter())}
    ours.append(tuple(sorted((i, order[el]) for i, el in tree.error_elements.items())))
    starts = sorted(builder.positions or [], key=lambda pair: pair[0])
    placed = []
    theirs_order = {el: index for index, el in enumerate(root.iter())}
    for index, error in enumerate(tree.errors):
        if error.code == "duplicate-attribute":
            before = [el for position, el in starts if position <= (error.line, error.col)]
            if before:
                placed.append((index, theirs_order[before[-1]]))
    theirs.append(tuple(placed))
    return ours, theirs


def _first_difference(ours: list[tuple[object, ...]], theirs: list[tuple[object, ...]]
                      ) -> str | None:
    for index, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if a != b:
            return f"node {index}: {a} != {b}"
    return None if len(ours) == len(theirs) else f"{len(ours)} nodes != {len(theirs)}"


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_real_pages_copy_as_the_python_copy(page: Path) -> None:
    ours, theirs = _both(_parseable(decode(page.read_bytes())))
    assert _first_difference(ours, theirs) is None


@pytest.mark.parametrize("path", ARTICLES, ids=[path.stem for path in ARTICLES])
def test_broadsheet_pages_copy_as_the_python_copy(path: Path) -> None:
    html = broadsheet.render(broadsheet.load_article(path)).html
    ours, theirs = _both(_parseable(html))
    assert _first_difference(ours, theirs) is None


#: Pieces the serialisation needs care with: names XML cannot hold or reads as namespaces,
#: declarations on SVG, character references XML has no character for, processing
#: instructions, comments with dashes, lines, template contents, foreign content.
PIECES = [
    "<g:plusone size=1>", "<div xml:lang=en xmlns:og=o>", "</div>", '<p laws"=1 a=b>',
    "<span xmlns='http://www.w3.org/1999/xhtml'>", "<svg xmlns='http://www.w3.org/2000/svg' "
    "xmlns:xlink='http://www.w3.org/1999/xlink' viewbox='0 0 1 1'>", "<svg xmlns=wrong>",
    "<use xlink:href=#a xlink:foo=b sodipodi:docname=x xml:lang=fr>", "</svg>", "<math>",
    "<annotation-xml encoding=text/html>", "<foreignObject>", "<caf\u00e9>", "a&#12;b",
    "&#1;", "&#xFFFE;", "&#13;", "<p title='a\nb&#13;c\td'>", "<?php x?>", "<!-- a -- b --->",
    "<!--->", "<template>", "</template>", "<table>", "<td>", "<b>", "</b>", "<i>", "</p>",
    "<p class=' a  b ' class=c>", "\n", "\n\n\n", "text", "<html lang=x data-x=y>", "<br>",
    "<img alt=x:y>", "<noscript>", "<body a=b>", "<script>a<b</script>", "<ul><li>",
    "<html xmlns='http://www.w3.org/1999/xhtml' xml:lang=en>", "<template shadowrootmode=open>",
    "<slot name=a>", "<span slot=a>", "<!-- shadowrootmode -->", "<div>",
    "<template SHADOWROOTMODE=Closed>", "<template shadowRootMode=open>",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_hard_pieces_copy_as_the_python_copy(pieces: list[str]) -> None:
    ours, theirs = _both(_parseable("<!DOCTYPE html>" + "".join(pieces)))
    assert _first_difference(ours, theirs) is None


def test_references_xml_has_no_character_for_are_stored_as_before() -> None:
    """A form feed is a space, a C0 control and U+FFFE are U+FFFD (XML holds neither)."""
    body = parse("<p>a&#12;b&#x1;c&#xfffe;d&#9;e</p>").body
    assert body is not None
    assert body[0].text == "a b\ufffdc\ufffdd\te"


def test_processing_instructions_are_left_out_and_their_text_joined() -> None:
    body = parse("<p id=x>a<?php echo 1 ?>b</p>").body
    assert body is not None
    assert [(el.tag, el.text) for el in body.iter()] == [("body", None), ("p", "ab")]


@pytest.mark.parametrize("before", [0, 8_000, 20_000, 100_000])
def test_a_processing_instruction_far_into_the_page_is_found(before: int) -> None:
    """turbohtml writes the XML in pieces of about 8 KB: a processing instruction in any
    of them, or split across two, sends the page to the Python copy, as at the start."""
    for lead in range(before, before + 12):
        html = f"<!DOCTYPE html><p>{'x' * lead}<?php echo 1 ?>b</p><p>c"
        ours, theirs = _both(_parseable(html))
        assert _first_difference(ours, theirs) is None, lead
        body = parse(html).body
        assert body is not None
        assert body[0].text == "x" * lead + "b"
