""""Show it on the page": a finding's link opens the live page (the gallery's copy, under the
page's own Content Security Policy) with its element outlined and scrolled into view."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview import build_gallery
from broadsheet.preview.model import Capture
from tests.helpers import ARTICLES, parse_html

SHOWN = """(selector) => {
  const element = document.querySelector(selector);
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {outline: `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
          top: box.top, bottom: box.bottom, height: innerHeight,
          others: [...document.querySelectorAll('*')].filter(
            (other) => other !== element && getComputedStyle(other).outlineColor ===
              'rgb(212, 53, 28)' && getComputedStyle(other).outlineStyle === 'solid').length};
}"""


#: Elements at the foot, the head and the middle of the page, as the browser checks name them.
TARGETS = ["footer.site-footer", "h1", ".article-body > :nth-child(5)"]


class Finds:
    """A capture without a browser (the finding's link is the subject here) that reports a
    violation on each of :data:`TARGETS`."""

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture:
        return Capture(findings=[Finding("td-has-header", Outcome.FAILED, "no header",
                                         Impact.CRITICAL, Source.AXE, target=target)
                                 for target in TARGETS])


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gallery")
    build_gallery([ARTICLES / "rferl-lukashenka-cnn-interview.json"], out, capture=Finds())
    return out


@pytest.mark.parametrize("width", [375, 1280])
def test_show_it_on_the_page_outlines_the_element_under_the_page_s_own_policy(
        auditor: Any, gallery: Path, width: int) -> None:
    from broadsheet.browser.sandbox import Sandbox

    folder = gallery / "fixtures" / "rferl-lukashenka-cnn-interview"
    page = parse_html((folder / "index.html").read_text("utf-8"))
    links = page.xpath("//ol[@class='finding-list']/li[@data-source='axe']//a[contains("
                       "@class, 'crop') or contains(@class, 'show')]/@href")
    assert links, "findings with an element link to it on the live page"
    assert all(link.startswith("page-light.html#broadsheet-show=") for link in links)
    selectors = list(dict.fromkeys(unquote(link.split("=", 1)[1]) for link in links))
    assert set(selectors) == set(TARGETS)
    sandbox = Sandbox.for_file(folder / "page-light.html")
    context = auditor.browser().new_context(viewport={"width": width, "height": 700})
    try:  # not the auditor's pages: they bypass the page's policy
        tab = context.new_page()
        refused: list[str] = []
        tab.on("console", lambda message: refused.append(message.text)
               if "Content Security Policy" in message.text else None)
        sandbox.attach(context, tab, timeout=30)
        href = {unquote(link.split("=", 1)[1]): link.split("#", 1)[1] for link in links}
        tab.goto(f"{sandbox.url}#{href[TARGETS[0]]}")
        for number, selector in enumerate(TARGETS):
            if number:  # moved by the next link's fragment, without reloading
                tab.evaluate("(hash) => { location.hash = hash; }", href[selector])
            tab.wait_for_function("(s) => getComputedStyle(document.querySelector(s))"
                                  ".outlineStyle === 'solid'", arg=selector, timeout=5000)
            shown = tab.evaluate(SHOWN, selector)
            assert shown["outline"] == "4px solid rgb(212, 53, 28)", selector
            assert shown["others"] == 0, "only the element shown is outlined"
            if shown["bottom"] - shown["top"] < shown["height"]:
                assert shown["top"] >= -1, f"{selector} is scrolled into view"
                assert shown["bottom"] <= shown["height"] + 1, f"{selector} is scrolled into view"
        assert refused == []
    finally:
        context.close()
