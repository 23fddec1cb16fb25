"""Every rule of every engine says what goes wrong for people in plain words, from one place
per rule (broadsheet.preview.plain)."""

from __future__ import annotations

from broadsheet.catalog import default_catalog
from broadsheet.findings import Source
from broadsheet.preview.plain import AXE, plain
from broadsheet.render.diagnostics import RULES as RENDER_RULES

SOURCE = {"static": Source.STATIC, "browser": Source.BROWSER, "axe": Source.AXE}


def test_every_rule_of_every_engine_has_plain_words() -> None:
    missing = []
    for rule in default_catalog():
        said = plain(rule.id, SOURCE[rule.engine])
        if said is None or len(said.why) < 20 or "axe-core's page" in said.why \
                or said.why == rule.help:
            missing.append(f"{rule.engine}:{rule.id}")
    for render_rule in RENDER_RULES:
        said = plain(render_rule.id, Source.RENDER)
        if said is None or len(said.why) < 20:
            missing.append(f"render:{render_rule.id}")
    assert missing == [], "rules without plain words (add them to the rule's docstring's "\
        "'Why it matters', or to plain.AXE for an axe-core rule)"


def test_the_axe_table_holds_only_rules_broadsheet_does_not_explain_itself() -> None:
    catalog = list(default_catalog())
    axe = {rule.id for rule in catalog if rule.engine == "axe"}
    ours = {rule.id for rule in catalog if rule.engine != "axe"}
    assert set(AXE) <= axe, f"not axe-core rules: {sorted(set(AXE) - axe)}"
    assert set(AXE) & ours == set(), "explained twice: the Broadsheet rule's words win"


def test_an_axe_finding_of_a_rule_broadsheet_also_has_reads_broadsheets_words() -> None:
    static = plain("image-alt", Source.STATIC)
    assert static is not None
    assert plain("image-alt", Source.AXE) == static
    assert static.title == "Give images a text alternative"
    assert static.why.startswith("Without alt a screen reader announces the file name")
    table = plain("td-has-header", Source.AXE)
    assert table is not None
    assert "which column or row a number belongs to" in table.why
    assert plain("no-such-rule", Source.AXE) is None


def test_a_message_says_again_only_when_its_words_are_the_plain_words() -> None:
    from broadsheet.preview.plain import Plain, says_again

    said = Plain("", "A banner has no text and its label only names its kind; it is not rendered.")
    assert says_again("the banner has no text; it is not rendered", said)
    assert not says_again("the banner 'Breaking News' has no text; it is not rendered", said)
    # a message naming what the plain words do not (the element's text, a ratio) is kept
    assert not says_again("“Published” is 3.1:1 against its background", said)
    assert not says_again("the banner has no text", None)
    assert not says_again("", said)


def test_each_finding_card_leads_with_its_plain_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from broadsheet.preview import build_gallery
    from tests.helpers import ARTICLES, parse_html, text_of

    fixture = tmp_path / "seed.json"
    fixture.write_bytes((ARTICLES / "rferl-lukashenka-cnn-interview.json").read_bytes())
    report = build_gallery([fixture], tmp_path / "out")
    page = parse_html((tmp_path / "out" / "fixtures" / "seed" / "index.html").read_text("utf-8"))
    cards = page.xpath("//ol[@class='finding-list']/li")
    assert len(cards) == len(report.entries[0].groups())
    for card in cards:
        rule = text_of(card.xpath(".//code[@class='finding__rule']")[0])
        assert card.xpath("p")[1].get("class") == "finding__plain", rule
    # A message that only repeats the plain words is left out (the gallery printed "alt
    # repeats the caption; ..." twice, word for word, in one card).
    [again] = page.xpath("//li[.//code[@class='finding__rule']='render-alt-repeats-caption']")
    assert not again.xpath("p[@class='finding__message']")
    [named] = page.xpath("//li[.//code[@class='finding__rule']='render-alt-from-site-name']")
    assert text_of(named.xpath("p[@class='finding__message']")[0]).startswith(
        "the alt given is a placeholder; the About picture's alt is the site's name")
    assert text_of(named.xpath("p[@class='finding__plain']")[0]).startswith(
        "The site's About picture (a newsroom's logo, as a rule) had no usable alt")


#: axe-core's messages as the browser audit keeps them (its ``failureSummary``, one line).
AXE_CONTRAST = ("Fix any of the following: Element has insufficient color contrast of 3.2 "
                "(foreground color: #888888, background color: #ffffff, font size: 12.0pt "
                "(16px), font weight: normal). Expected contrast ratio of 4.5:1")
AXE_SIZE = ("Fix any of the following: Target has insufficient size (20px by 18px, should be "
            "at least 24px by 24px) Target has insufficient space to its closest neighbors.")


def test_an_axe_finding_says_what_was_measured_in_the_rules_plain_words() -> None:
    """Issue 17, gallery v2: axe-core's message reached designers raw; the plain words now
    carry its measure, the rest of them the rule's own (one place: plain.AXE)."""
    from broadsheet.findings import Finding, Outcome
    from broadsheet.preview.plain import explained

    contrast = explained(Finding("color-contrast", Outcome.FAILED, AXE_CONTRAST, None, Source.AXE))
    assert contrast is not None
    assert contrast.why == ("This text is too faint against its background: 3.2:1, needs 4.5:1. "
                            "People with low vision or in bright light cannot read it (WCAG asks "
                            "for 4.5:1, 3:1 for large text).")
    size = explained(Finding("target-size", Outcome.FAILED, AXE_SIZE, None, Source.AXE))
    assert size is not None
    assert size.why.startswith("Something to tap is smaller than 24 by 24 pixels with too "
                               "little room around it: 20 × 18 px, needs 24 × 24 px. People ")
    # A message in another form: the rule's words alone, never a half-read measure.
    other = explained(Finding("color-contrast", Outcome.FAILED, "Element's background could "
                              "not be determined", None, Source.AXE))
    assert other == plain("color-contrast", Source.AXE)
