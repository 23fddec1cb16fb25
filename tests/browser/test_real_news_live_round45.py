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

