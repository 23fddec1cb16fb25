"""reflow-320 on a cut-down real page nobody here wrote (round 43's sweep): Debian's
python3.11-doc 3.11.2, whatsnew/2.1.html, whose mobile menu (``.menu-wrapper``, the
``pydoctheme.css`` off-canvas menu) waits at left: -310px until its toggle opens it, and whose
long inline ``code`` does make the page 416 px wide at 320 px."""

from __future__ import annotations

from typing import Any

import pytest

PAGE = """<!DOCTYPE html><html lang="en" dir="{dir}"><head><meta charset="utf-8">
<title>What's New in Python 2.1</title><style>
body {{ margin: 0; font: 16px/1.5 sans-serif; }}
.menu-wrapper {{ position: absolute; top: 0; {start}: -310px; width: 300px; }}
code {{ white-space: nowrap; }}
</style></head><body>
<div class="menu-wrapper" id="menu"><nav><a href="index.html">Python 3.11.2 Documentation</a>
</nav></div>
<main><h1>What's New in Python 2.1</h1>
<p id="wide">New module <code>warnings.filterwarnings(action, message, category, module, lineno)
</code></p></main></body></html>"""


def reflow_targets(auditor: Any, html: str) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("whatsnew-2.1.html", html=html, options=AuditOptions(axe_core=False, check_ids=frozenset({"reflow-320"})))
    return {finding.target: str(finding.outcome) for result in audit.results
            if result.rule.id == "reflow-320" for finding in result.findings}


@pytest.mark.parametrize(("direction", "start"), [("ltr", "left"), ("rtl", "right")])
def test_a_box_off_the_start_edge_is_not_why_the_page_scrolls_sideways(
        auditor: Any, direction: str, start: str) -> None:
    # CSS Overflow: the viewport's scrollable overflow area extends only towards the end
    # edges; a box past the start edge (left in a left-to-right page, right in a right-to-left
    # one) cannot be scrolled to, so it makes no horizontal scrolling. The long code does.
    found = reflow_targets(auditor, PAGE.format(dir=direction, start=start))
    assert found.get("html") == "failed"
    assert any(target.endswith("code") for target in found), found
    assert not any("menu" in target or "nav" in target for target in found), found
