"""The XSS corpus placed in every string field: no page runs injected code.

Every vector of a family goes into every free string field of ``everything.json`` (a fixture
holding every field of the format): round ``r`` puts vector ``(i + r) mod n`` into field ``i``,
so after ``n`` rounds each vector has been in each field, in ``n`` renders per family instead of
``n × fields``. Fields the schema constrains (ids, languages, dates, enums) get each vector
alone and must either render safely or be refused with an :class:`ArticleError` naming them.
"""

from __future__ import annotations

import pytest

import broadsheet
from tests.helpers import parse_html, text_of
from tests.security.corpus import (
    EVERYTHING,
    FAMILIES,
    VECTORS,
    fields,
    placed,
    pointer,
    render_or_refuse,
    violations,
)


def test_the_corpus_is_large_and_covers_every_family() -> None:
    assert len(VECTORS) >= 100
    assert {"script", "event-handler", "url-scheme", "mutation-xss", "svg-mathml",
            "template-injection", "attribute-breakout", "bidi"} <= set(FAMILIES)
    free, constrained = fields()
    assert len(free) >= 60, "the fixture should hold every kind of string field"
    assert {"/headline", "/body/0/text", "/site/url", "/body/7/url", "/lead/srcset",
            "/canonical_url"} <= {pointer(p) for p in free}
    assert {"/id", "/language", "/published"} <= {pointer(p) for p in constrained}


def test_the_untouched_fixture_is_clean() -> None:
    assert violations(broadsheet.render(EVERYTHING).html) == []


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_vector_in_every_free_field(family: str) -> None:
    vectors = FAMILIES[family]
    free, _ = fields()
    for round_ in range(len(vectors)):
        values = {path: vectors[(i + round_) % len(vectors)] for i, path in enumerate(free)}
        data = placed(EVERYTHING, values)
        for fragment in (False, True) if round_ % 4 == 0 else (False,):
            html = broadsheet.render(data, fragment=fragment).html
            found = violations(html, fragment=fragment)
            if found:  # name the field and vector that did it
                culprits = [
                    f"{pointer(path)} = {value!r}" for path, value in values.items()
                    if violations(broadsheet.render(placed(EVERYTHING, {path: value}),
                                                    fragment=fragment).html, fragment=fragment)
                ]
                pytest.fail(f"{family}: {found[:5]} from {culprits[:5]}")


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_constrained_fields_render_safely_or_refuse_cleanly(family: str) -> None:
    _, constrained = fields()
    refused = 0
    for vector in FAMILIES[family]:
        for path in constrained:
            html = render_or_refuse(placed(EVERYTHING, {path: vector}), [path])
            if html is None:
                refused += 1
            else:
                assert violations(html) == [], (pointer(path), vector)
    assert refused, "constrained fields should refuse markup"


@pytest.mark.parametrize("vector", [v for v in FAMILIES["template-injection"] if "<" not in v])
def test_template_syntax_is_text_never_evaluated(vector: str) -> None:
    data = placed(EVERYTHING, {("headline",): vector, ("body", 0, "text"): vector})
    tree = parse_html(broadsheet.render(data).html)
    assert text_of(tree.find("body//h1")) == " ".join(vector.split())
    assert vector.replace("{#", "") in text_of(tree.find("body//main")) or "{#" in vector


def test_bidi_overrides_cannot_reverse_a_headline_or_link_text() -> None:
    data = placed(EVERYTHING, {
        ("headline",): "Refund \u202eexe.doc\u202c now",
        ("site", "navigation", 0, "text"): "\u2067Home\u2069",
        ("body", 0, "text"): '<a href="https://x.example/">\u202egnp.exe</a> &#x202E;txt',
    })
    tree = parse_html(broadsheet.render(data).html)
    assert text_of(tree.find("body//h1")) == "Refund exe.doc now"
    assert tree.find("head/title").text.startswith("Refund exe.doc now")
    assert [text_of(a) for a in tree.findall("body//nav[@id='navigation']//a")] == ["Home"]
    assert [text_of(a) for a in tree.xpath("//p[contains(., 'txt')]/a")] == ["gnp.exe"]
    assert violations(broadsheet.render(data).html) == []
