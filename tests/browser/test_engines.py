"""Every engine under the same settings: with ``--browser``, excluded regions and markup
waivers filter axe-core's and the browser checks' findings as they do the static rules';
``a11y.audit(page)`` runs the static rules on the live page too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["pytester"]

#: Grey on white (2.3:1): axe-core's color-contrast fails each of these paragraphs.
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Shop</title></head><body><main>
<h1>Shop</h1>
<p id="own" style="color:#aaa;background:#fff">Our own grey text</p>
<div class="third-party"><p id="ad" style="color:#aaa;background:#fff">An advert</p></div>
<p id="brand" style="color:#aaa;background:#fff"
   data-a11y-ignore="color-contrast: the brand grey, ticket SHOP-7">Brand text</p>
</main></body></html>"""


def _check(page: Path, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                           "--format", "json", "--rules", "color-contrast", *args, str(page)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode in (0, 1), done.stderr
    [report] = json.loads(done.stdout)["pages"]
    return dict(report)


def _targets(report: dict[str, Any], rule: str) -> list[str]:
    return [node["target"][0] for entry in report["violations"] if entry["id"] == rule
            for node in entry["nodes"]]


def test_exclude_and_waivers_filter_axe_findings(auditor: Any, tmp_path: Path) -> None:
    page = tmp_path / "shop.html"
    page.write_text(PAGE, encoding="utf-8")
    report = _check(page)
    assert sorted(_targets(report, "color-contrast")) == ["#ad", "#own"]
    [waived] = report["waived"]
    assert (waived["rule"], waived["target"], waived["reason"]) == (
        "color-contrast", ["#brand"], "the brand grey, ticket SHOP-7")
    excluded = _check(page, "--exclude", ".third-party")
    assert _targets(excluded, "color-contrast") == ["#own"]


def test_exclude_filters_browser_checks_findings(auditor: Any, tmp_path: Path) -> None:
    page = tmp_path / "wide.html"
    page.write_text("<!DOCTYPE html><html lang=en><title>Wide</title><main><h1>Wide</h1>"
                    "<div id=banner style='width:900px'>An advert</div></main></html>",
                    encoding="utf-8")

    def reflow(*args: str) -> list[str]:
        done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser",
                               "--format", "json", "--rules", "reflow-320", *args, str(page)],
                              capture_output=True, text=True, timeout=120, check=False)
        [report] = json.loads(done.stdout)["pages"]
        return _targets(report, "reflow-320")

    assert "#banner" in reflow()
    assert "#banner" not in reflow("--exclude", "#banner")


PLAYWRIGHT_CONFTEST = """
import pytest
from broadsheet.browser.launch import CHROMIUM_ARGS, find_chromium

@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {"executable_path": find_chromium(), "args": list(CHROMIUM_ARGS)}
"""


def test_audit_runs_the_static_rules_on_the_live_page(pytester: pytest.Pytester,
                                                      auditor: Any) -> None:
    """A placeholder alt (a static rule axe-core lacks) added by a script: check_html of the
    source cannot see it, audit(page) now fails on it; settings' exclude applies."""
    pytester.makeconftest(PLAYWRIGHT_CONFTEST)
    pytester.makepyfile(test_live="""
        SOURCE = ('<!DOCTYPE html><html lang="en"><head><title>Shop</title></head><body>'
                  '<main><h1>Shop</h1><div class="promo"></div></main><script>'
                  'document.querySelector(".promo").innerHTML = '
                  '\\'<img src="a.png" alt="image">\\';</script></body></html>')

        def test_source_passes(a11y):
            assert a11y.check_html(SOURCE).ok

        def test_live_page_fails(page, a11y):
            page.set_content(SOURCE)
            a11y.audit(page, checks=False)
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*?alt-placeholder? (serious, static)*",
                                 "*- html > body > main > div > img: alt='image'*"])
    pytester.makefile(".toml", broadsheet='[check]\nexclude = [".promo"]\n')
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)
