"""Sphinx extension for Broadsheet's docs: output that passes Broadsheet's own checker.

- Top-level pages written beside these (``docs/qa.md``, ``docs/designers.md``, …) join the
  table of contents by themselves: a toctree line ``OTHER-TOP-LEVEL-PAGES`` in ``index.md``
  becomes every top-level page that ``index.md`` does not list already, so adding a page
  never breaks the build with "document isn't included in any toctree".
- Table-of-contents captions are real ``h2`` headings (Sphinx writes ``<p role="heading">``
  with no level, which ``aria-required-attr`` rightly fails).
- Every table gets a caption: its own title when it has one, else the title of the section
  it sits in, visually hidden (the heading above already shows it). Broadsheet's
  ``table-caption`` rule asks data tables to say what they are about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class Translator(HTML5Translator):
    """Sphinx's HTML5 writer with real headings for table-of-contents captions."""

    def visit_title(self, node: nodes.title) -> None:
        if isinstance(node.parent, addnodes.compact_paragraph) and node.parent.get("toctree"):
            self.body.append(self.starttag(node, "h2", "", CLASS="caption"))
            self.body.append('<span class="caption-text">')
            self.context.append("</span></h2>\n")
            return
        super().visit_title(node)


def _section_title(node: nodes.Node) -> str | None:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.section):
            title = parent.next_node(nodes.title)
            if title is not None:
                return title.astext()
        parent = parent.parent
    return None


def caption_tables(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for table in doctree.findall(nodes.table):
        if any(isinstance(child, nodes.title) for child in table.children):
            continue
        text = _section_title(table)
        if text:
            table.insert(0, nodes.title(text, text, classes=["visually-hidden"]))
            if not table["ids"]:
                doctree.set_id(table)


MARKER = "OTHER-TOP-LEVEL-PAGES"


def other_pages(app: Sphinx, docname: str, source: list[str]) -> None:
    if docname != app.config.root_doc or MARKER not in source[0]:
        return
    listed = {line.strip() for line in source[0].splitlines()}
    names = sorted(path.stem for path in Path(app.srcdir).glob("*.md")
                   if path.stem not in listed and path.stem != docname
                   and path.name != "README.md")
    source[0] = source[0].replace(MARKER, "\n".join(names))


def setup(app: Sphinx) -> dict[str, Any]:
    app.set_translator("html", Translator, override=True)
    app.connect("source-read", other_pages)
    app.connect("doctree-resolved", caption_tables)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
