"""One finding per problem: axe-core's failures folded into the static rule's (same element,
a shared WCAG criterion), element by element."""

from __future__ import annotations

from broadsheet.browser.axe_rules import axe_rule
from broadsheet.browser.merge import merge_engines
from broadsheet.checks import check
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source

PAGE = (b"<!DOCTYPE html><html lang=en><title>x</title><main><h1>T</h1>"
        b"<img src=a.png alt='16x9 Image'><img src=b.png><img src=c.png class=twin>"
        b"<img src=d.png class=twin></main></html>")


def _axe(rule_id: str, tags: tuple[str, ...], *targets: str) -> RuleResult:
    cls = axe_rule(rule_id, "help", "description", "critical", tags, "https://example.org")
    return RuleResult(cls(), tuple(Finding(rule=rule_id, outcome=Outcome.FAILED, message="m",
                                           source=Source.AXE, target=t) for t in targets))


def _static() -> list[RuleResult]:
    return list(check(PAGE, rules=["image-alt", "alt-placeholder"]).results)


def _failed(results: list[RuleResult]) -> dict[tuple[str, str | None], str | None]:
    return {(r.rule.id, f.target): f.also for r in results for f in r.nodes(Outcome.FAILED)}


def test_axe_failure_of_the_same_element_and_criterion_is_folded_into_ours() -> None:
    static = _static()
    assert _failed(static) == {
        ("alt-placeholder", "html > body > main > img:nth-child(2)"): None,
        ("image-alt", "html > body > main > img:nth-child(3)"): None,
        ("image-alt", "html > body > main > img:nth-child(4)"): None,
        ("image-alt", "html > body > main > img:nth-child(5)"): None}
    live = [_axe("image-alt", ("wcag2a", "wcag111"), 'img[src="b.png"]', "img.twin",
                 "iframe >>> img", "img:nth-child(99)")]
    merged_static, merged_live = merge_engines(static, live, PAGE)
    failed = _failed(merged_static)
    assert failed[("image-alt", "html > body > main > img:nth-child(3)")] == "axe-core image-alt"
    # img.twin names two elements, so it is no one element's: left as axe-core said it
    assert failed[("image-alt", "html > body > main > img:nth-child(4)")] is None
    assert failed[("alt-placeholder", "html > body > main > img:nth-child(2)")] is None
    assert [f.target for r in merged_live for f in r.nodes(Outcome.FAILED)] == [
        "img.twin", "iframe >>> img", "img:nth-child(99)"]


def test_another_criterion_or_no_document_is_not_folded() -> None:
    static = _static()
    contrast = _axe("color-contrast", ("wcag2aa", "wcag143"), 'img[src="b.png"]')
    best_practice = _axe("image-redundant-alt", ("best-practice",), 'img[src="b.png"]')
    for live, served in (([contrast], PAGE), ([best_practice], PAGE),
                         ([_axe("image-alt", ("wcag2a", "wcag111"), 'img[src="b.png"]')],
                          None)):
        merged_static, merged_live = merge_engines(static, live, served)
        assert not any(_failed(merged_static).values())
        assert [f.target for r in merged_live for f in r.nodes(Outcome.FAILED)] == [
            'img[src="b.png"]']


def test_an_axe_rule_whose_only_failure_was_folded_is_gone_and_the_others_stay() -> None:
    live = [_axe("image-alt", ("wcag2a", "wcag111"), 'img[src="b.png"]'),
            RuleResult(axe_rule("region", "h", "d", "moderate", ("best-practice",), "u")(),
                       ())]
    _, merged_live = merge_engines(_static(), live, PAGE)
    assert [r.rule.id for r in merged_live] == ["region"]


def _browser(rule_id: str, wcag: tuple[str, ...], *targets: str) -> RuleResult:
    from broadsheet.browser.rules import CHECK_RULES

    [cls] = [c for c in CHECK_RULES if c.id == rule_id]
    assert cls.wcag == wcag
    return RuleResult(cls(), tuple(Finding(rule=rule_id, outcome=Outcome.FAILED, message="m",
                                           source=Source.BROWSER, target=t)
                                   for t in targets))


def test_axe_failures_repeating_a_rule_of_the_same_id_or_a_browser_check_are_folded() -> None:
    # A blind QA trial (round 50): region, heading-order and landmark findings came once
    # from Broadsheet and once from axe-core, and contrast from both browser engines.
    page = (b"<!DOCTYPE html><html lang=en><title>x</title><div class=loose><p>Loose</p>"
            b"<p>Text</p></div><main><h1>T</h1><h3>Skip</h3><p class=pale>Pale</p></main>"
            b"</html>")
    static = list(check(page, rules=["region", "heading-order"]).results)
    assert set(_failed(static)) == {("region", "html > body > div"),
                                    ("heading-order", "html > body > main > h3")}
    live = [_axe("region", ("best-practice",), "div.loose"),
            _axe("heading-order", ("best-practice",), "h3"),
            _axe("color-contrast", ("wcag2aa", "wcag143"), "p.pale"),
            _browser("text-contrast-minimum", ("1.4.3",), "main > p.pale")]
    merged_static, merged_live = merge_engines(static, live, page)
    assert _failed(merged_static) == {
        ("region", "html > body > div"): "axe-core region",
        ("heading-order", "html > body > main > h3"): "axe-core heading-order"}
    assert _failed(merged_live) == {
        ("text-contrast-minimum", "main > p.pale"): "axe-core color-contrast"}


def test_two_static_rules_failing_one_element_under_one_criterion_are_one_finding() -> None:
    page = "<!DOCTYPE html><html lang=en><title>x</title><main><h1>T</h1><ul><h2>No</h2></ul>"
    report = check(page, rules=["aria-required-children", "list-structure"])
    assert _failed(list(report.results)) == {
        ("aria-required-children", "html > body > main > ul"): "list-structure"}
    alone = check(page, rules=["list-structure"])
    assert _failed(list(alone.results)) == {("list-structure", "html > body > main > ul"): None}
