"""A ``srcdoc`` frame's elements are judged once across engines: the static rules judge the
frame's document (issue 13), and axe-core's run in the page adds no second finding there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from broadsheet.findings import Outcome

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Page</title></head><body><main>
<h1>Page</h1>
<iframe title="Box" srcdoc="<!DOCTYPE html><html lang=en><title>In</title><img src=a.png>
<button></button><p aria-labeled=x>Text</p>"></iframe>
</main></body></html>"""


def test_a_frames_elements_fail_once_across_engines(auditor: Any, tmp_path: Path) -> None:
    from broadsheet.browser import AuditOptions, audit_pages

    page = tmp_path / "framed.html"
    page.write_text(PAGE, encoding="utf-8")
    (report,) = audit_pages([page], auditor=auditor, options=AuditOptions(checks=False))
    assert report.error is None
    inside = [(result.rule.engine, result.rule.id, finding.target)
              for result in report.results for finding in result.nodes(Outcome.FAILED)
              if "iframe" in (finding.target or "") and ">>>" in (finding.target or "")]
    frame = "html > body > main > iframe >>> html > body"
    assert sorted(inside) == [("static", "aria-valid-attr", f"{frame} > p"),
                              ("static", "button-name", f"{frame} > button"),
                              ("static", "image-alt", f"{frame} > img")]
    # and no engine reports the frame's document as a page (title, lang, main landmark)
    judged_inside = {result.rule.id for result in report.results
                     for finding in result.findings if ">>>" in (finding.target or "")}
    assert not judged_inside & {"document-title", "html-has-lang", "html-lang-valid",
                                "landmark-one-main", "region", "bypass", "page-has-h1"}
