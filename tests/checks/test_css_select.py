"""Style-sheet matching used by the CSS-aware rules: what it finds, and that rules whose
subject cannot be on the page are skipped (so large icon-font style sheets stay cheap)."""

from __future__ import annotations

import pytest

from broadsheet.checks import css
from broadsheet.checks.css import generated_content, select, stylesheet_declarations
from broadsheet.checks.parse import parse


def page(style: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang=en><head><title>t</title><style>{style}</style>"
            f"</head><body>{body}</body></html>")


def test_select_matches_and_skips() -> None:
    doc = parse(page("", '<p class="a b" id="x">1</p><div><p>2</p></div>'))
    assert [el.text for el in select(doc, "p.a") or []] == ["1"]
    assert [el.text for el in select(doc, "div > p") or []] == ["2"]
    assert select(doc, ".missing") == []
    assert select(doc, "#nope") == []
    assert select(doc, "section") == []
    assert select(doc, "p:nth-child(") is None            # not a selector


def test_declarations_carry_importance_specificity_and_order() -> None:
    doc = parse(page("p { font-size: 10px } #x { font-size: 20px !important }",
                     '<p id="x">1</p>'))
    (_el, found), = stylesheet_declarations(doc, "font-size").items()
    assert [(d[0], d[1], d[3]) for d in found] == [
        (False, (0, 0, 1), "10px"), (True, (1, 0, 0), "20px")]


def test_generated_content_winner_and_attr() -> None:
    doc = parse(page(".i::before { content: 'A' } p.i:before { content: 'B' }"
                     " .i::after { content: attr(data-x) ' !' }",
                     '<p class="i" data-x="Z">t</p>'))
    assert list(generated_content(doc).values()) == [("B", "Z !")]


def test_rules_whose_subject_is_absent_are_not_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    icons = "".join(f".icon-{i}::before {{ content: 'x' }} .b{i} {{ display: block }}"
                    for i in range(4000))
    body = "".join(f"<p class='icon-{i % 20}'>t</p>" for i in range(200))
    doc = parse(page(icons, body))
    css._compiled.cache_clear()  # selectors are compiled once per process
    translated: list[str] = []
    original = css._TRANSLATOR.css_to_xpath
    monkeypatch.setattr(css._TRANSLATOR, "css_to_xpath",
                        lambda sel, *a, **k: translated.append(sel) or original(sel, *a, **k))
    found = generated_content(doc)
    assert stylesheet_declarations(doc, "display") == {}
    assert len(found) == 200                       # every paragraph has its icon
    assert sorted(translated) == sorted(f"*:not(.icon-{i})" for i in range(20))
