"""The stylesheet's structure: every section is at the top level.

A section (``/* ---- block: chart ---- */``) that ends up inside an at-rule, as when an
``@media (forced-colors: active) {`` loses its closing brace, silently styles its blocks only
under that condition: the pages still render and validate, but charts, timelines and notes lose
their look. Found once in a merge, by looking at screenshots.
"""

from __future__ import annotations

import re

import tinycss2

import broadsheet

SECTION = re.compile(r"^\s*-{4} ")


def top_level_sections(css: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The section headings at the top level, and (at-rule, heading) for those inside one."""
    top: list[str] = []
    nested: list[tuple[str, str]] = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True):
        if rule.type == "comment" and SECTION.match(rule.value):
            top.append(rule.value.strip())
        elif rule.type == "at-rule" and rule.content is not None:
            for inner in tinycss2.parse_rule_list(rule.content, skip_comments=False):
                if inner.type == "comment" and SECTION.match(inner.value):
                    nested.append((f"@{rule.lower_at_keyword}", inner.value.strip()))
    return top, nested


def test_no_section_of_the_stylesheet_sits_inside_an_at_rule() -> None:
    top, nested = top_level_sections(broadsheet.stylesheet())
    assert nested == []
    assert any("block: chart" in heading for heading in top)


def test_the_check_finds_a_section_swallowed_by_an_unclosed_media_rule() -> None:
    broken = ("@media (forced-colors: active) {\n  .x { border: 1px solid; }\n"
              "/* ---- block: chart ---- */\n.chart { margin: 0; }\n")
    assert top_level_sections(broken)[1] == [("@media", "---- block: chart ----")]


def test_every_rule_of_the_stylesheet_parses() -> None:
    errors = [(rule.source_line, rule.message)
              for rule in tinycss2.parse_stylesheet(broadsheet.stylesheet())
              if rule.type == "error"]
    assert errors == []
