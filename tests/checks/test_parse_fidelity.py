"""The checker's parser (turbohtml, in C) builds the tree html5lib builds, on real pages.

The pages are saved by others (``bench/pages/``: newspaper4k's and trafilatura's test pages;
``fixtures/pages/``: news pages as published) and compared element by element: tag and
namespace, attributes, text and tail, comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from html5lib_tree import html5lib_tree, tree_nodes
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from broadsheet.checks.charset import decode
from broadsheet.checks.parse import attributes, local_name, parse

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted([*(ROOT / "bench" / "pages").glob("*.html"),
                *(ROOT / "fixtures" / "pages").glob("*.html")])


def test_the_corpus_is_there() -> None:
    assert len(PAGES) >= 19


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_real_pages_parse_to_html5libs_tree(page: Path) -> None:
    text = decode(page.read_bytes())
    ours, theirs = tree_nodes(parse(text).root), tree_nodes(html5lib_tree(text))
    first = next((index for index, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), None)
    assert first is None, f"node {first}: {ours[first]} != {theirs[first]}"
    assert len(ours) == len(theirs)


#: Pieces of pages; none of the places where html5lib (frozen in 2020) lags the standard and
#: browsers (``BROWSERS_AGREE`` below): ``select`` content, ``</p>`` in foreign content,
#: end tags of SVG and MathML elements met in HTML inside them, ``template`` (html5lib moves one in the
#: head to the body, keeps table parts out of one, reopens formatting elements before one).
FOREIGN = [
    "<svg viewBox='0 0 1 1'>", "<math>", "<mi>", "<title>", "<foreignObject>", "<desc>",
    "<a xlink:href='#x' xml:lang=fr>", "</a>", "<p class=' a  b ' rel=x>", "<noscript>",
    "<g:plusone size=1>", "<img alt=x:y>", "<div xml:lang=en xmlns:og=o>", "</div>", "text",
    "<!-- a -- b -->", "<br>", "<annotation-xml encoding=text/html>", "<clipPath>", "<b>",
    "</b>", "<ul>", "<li>", "<h2>", "<button>",
]


_INTEGRATION = ("<annotation-xml encoding=text/html>", "<title>", "<desc>", "<foreignObject>")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FOREIGN), max_size=30))
def test_foreign_content_and_odd_names_build_html5libs_tree(parts: list[str]) -> None:
    # A formatting end tag inside an HTML integration point (MathML's annotation-xml, SVG's
    # title, desc, foreignObject): html5lib lags (BROWSERS_AGREE).
    first = min((parts.index(part) for part in _INTEGRATION if part in parts), default=None)
    assume(first is None or "</b>" not in parts[first:])
    html = "<!DOCTYPE html><body>" + "".join(parts)
    assert tree_nodes(parse(html).root) == tree_nodes(html5lib_tree(html))


#: Where the tree is not html5lib's: the current standard, as Chromium 156 builds it
#: (``chromium --headless --dump-dom``, the body's content as it printed it).
BROWSERS_AGREE = [
    ("<select><svg viewBox='0 0 1 1'></svg><option>a<div>b</div><p>c</select>",
     '<select><svg viewBox="0 0 1 1"></svg><option>a<div>b</div><p>c</p></option></select>'),
    ("<svg viewBox='0 0 1 1'></p><desc>d",
     '<svg viewBox="0 0 1 1"></svg><p></p><desc>d</desc>'),
    ("<math></p><title>t", "<math></math><p></p><title>t</title>"),
    ("<svg><desc><b></svg><p>x", "<svg><desc><b><p>x</p></b></desc></svg>"),
    ("<svg><title><mi></title><foreignObject>x",
     "<svg><title><mi><foreignobject>x</foreignobject></mi></title></svg>"),
    ("<template><td>x</template>", "<template><td>x</td></template>"),
    ("<template></p>x</template>", "<template>x</template>"),
    ("<table><template>x</template>", "<table><template>x</template></table>"),
    ("<p><b>x</p><template>t</template>", "<p><b>x</b></p><template>t</template>"),
    # html5lib runs the adoption agency across an HTML integration point and reopens <b>.
    ("<b><math><annotation-xml encoding=text/html></b><svg viewBox='0 0 1 1'>",
     '<b><math><annotation-xml encoding="text/html"><svg viewBox="0 0 1 1"></svg>'
     "</annotation-xml></math></b>"),
    # The same in SVG's title (Playwright's outerHTML of the body, Chromium 156).
    ("<b><svg viewBox='0 0 1 1'><title></b><svg viewBox='0 0 1 1'>",
     '<b><svg viewBox="0 0 1 1"><title><svg viewBox="0 0 1 1"></svg></title></svg></b>'),
    # html5lib loses a formatting element fostered out of a table when the adoption agency
    # later reopens the link around it (the same way).
    ("<a><div><table><b></table><a>",
     "<a></a><div><a><b></b><table></table></a><b><a></a></b></div>"),
]


def _markup(element: etree._Element) -> str:
    """The element as a browser prints it: local names, attributes as written."""
    if element.tag is etree.Comment:
        return f"<!--{element.text}-->{element.tail or ''}"
    name = local_name(element)
    attrs = "".join(f' {key}="{value}"' for key, value in attributes(element))
    inner = (element.text or "") + "".join(_markup(child) for child in element)
    return f"<{name}{attrs}>{inner}</{name}>{element.tail or ''}"


@pytest.mark.parametrize(("markup", "chromium"), BROWSERS_AGREE)
def test_where_html5lib_lags_the_standard_the_tree_is_the_browsers(
        markup: str, chromium: str) -> None:
    body = parse("<!DOCTYPE html><body>" + markup).body
    assert body is not None
    assert "".join(_markup(child) for child in body) == chromium
    assert tree_nodes(body) != tree_nodes(html5lib_tree("<!DOCTYPE html><body>" + markup)
                                          .find("body"))


def test_a_templates_content_is_kept_as_its_children() -> None:
    template = parse("<!DOCTYPE html><body><template><p id=t>t</p></template>").by_tag[
        "template"][0]
    assert [(child.tag, child.get("id"), child.text) for child in template] == [("p", "t", "t")]


def test_names_xml_cannot_hold_read_back_as_written() -> None:
    doc = parse('<!DOCTYPE html><div g:plusone=1 laws"=2 xml:lang=fr>'
                '<svg><a xlink:href="#x">s</a></svg>')
    assert list(attributes(doc.by_tag["div"][0])) == [
        ("g:plusone", "1"), ('laws"', "2"), ("xml:lang", "fr")]
    assert list(attributes(doc.by_tag["a"][0])) == [("xlink:href", "#x")]


@pytest.mark.parametrize(("markup", "tags"), [
    ('<p a=1 a=2>x</p><img src=a alt=b>', ["p"]),
    ('<p>x</p><img\n src=a\n alt=b alt=c>', ["img"]),
    ('<table><b a=1 a=1>x<tr><td c=1 c=2>y</table>', ["b", "td"]),  # b is foster-parented
    ('<p>x</p>', []),
])
def test_duplicate_attribute_errors_name_the_element_of_their_start_tag(
        markup: str, tags: list[str]) -> None:
    doc = parse("<!DOCTYPE html>\n" + markup)
    placed = [error.element for error in doc.errors if error.code == "duplicate-attribute"]
    assert [element.tag for element in placed if element is not None] == tags


def test_an_element_with_many_attributes_keeps_them_all_in_order() -> None:
    """Past ``WIDE`` attributes an element is made by lxml's XML parser (linear time)."""
    many = " ".join(f"a{i}=v{i}" for i in range(200))
    html = (f'<!DOCTYPE html><body><div {many} g:x=1 t="a&amp;b<&quot;\n\tc" aria-label=l>x'
            f'</div><svg><a {many} xlink:href=h xml:lang=fr>y</a></svg>')
    doc = parse(html)
    assert tree_nodes(doc.root) == tree_nodes(html5lib_tree(html))
    div, link = doc.by_tag["div"][0], doc.by_tag["a"][0]
    assert list(attributes(div))[198:] == [
        ("a198", "v198"), ("a199", "v199"), ("g:x", "1"), ("t", 'a&b<"\n\tc'),
        ("aria-label", "l")]
    assert list(attributes(link))[-2:] == [("xlink:href", "h"), ("xml:lang", "fr")]
