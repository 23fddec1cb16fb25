"""The gallery's own layout in Chromium at 375, 768 and 1280 px: the index's filter toolbar
fits its controls, the fixture page's tabs are reached and chosen by keyboard, and Arabic quoted in an English finding stays in its place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import build_gallery
from tests.helpers import ARTICLES

WIDTHS = (375, 768, 1280)


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gallery")
    build_gallery([ARTICLES / "ar-local-elections-rtl.json",
                   ARTICLES / "rferl-lukashenka-cnn-interview.json"], out)
    return out


#: For each control of the toolbar: its box, its form's box, and for a select the width its
#: longest option's text needs against the room inside it.
TOOLBAR = """() => {
  const form = document.getElementById('filters').getBoundingClientRect();
  return [...document.querySelectorAll('#filters input, #filters select')].map((control) => {
    const box = control.getBoundingClientRect();
    let need = 0, room = 0;
    if (control.localName === 'select') {
      const style = getComputedStyle(control);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      document.body.append(probe);
      for (const option of control.options) {
        probe.textContent = option.text;
        need = Math.max(need, probe.getBoundingClientRect().width);
      }
      probe.remove();
      // less its padding and the arrow Chromium draws (16 px)
      room = control.clientWidth - parseFloat(style.paddingLeft) - 16 - 4;
    }
    return {id: control.id, left: box.left, right: box.right, need, room,
            formLeft: form.left, formRight: form.right};
  });
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_filter_control_is_cut_off_or_overflows(auditor: Any, gallery: Path,
                                                   width: int) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_file(gallery / "index.html")
    with auditor.page(AuditOptions(width=width), sandbox) as tab:
        tab.goto(sandbox.url)
        if tab.locator("#filters-toggle").is_visible():  # folded on a phone
            tab.click("#filters-toggle")
        controls = tab.evaluate(TOOLBAR)
        # (round 49: and Show as, Cards or List)
        assert len(controls) == 7 + 3 + 2, "seven filters, the thumbnails' three radios, the layout's two"
        for control in controls:
            assert control["formLeft"] <= control["left"], control
            assert control["right"] <= control["formRight"], control
            assert control["need"] <= control["room"], f"{control['id']} cuts its text off"
        assert tab.evaluate("document.documentElement.scrollWidth") == width


@pytest.mark.parametrize("width", WIDTHS)
def test_the_checks_tabs_are_reachable_and_chosen_by_keyboard(
        auditor: Any, gallery: Path, width: int) -> None:
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    page = gallery / "fixtures" / "ar-local-elections-rtl" / "index.html"
    sandbox = Sandbox.for_file(page, root=gallery)
    with auditor.page(AuditOptions(width=width, height=800), sandbox) as tab:
        tab.goto(sandbox.url)
        for _ in range(60):  # by keyboard alone: Tab onto the chosen tab
            tab.keyboard.press("Tab")
            if tab.evaluate("document.activeElement.getAttribute('role') === 'tab'"):
                break
        else:
            pytest.fail("Tab never reaches the checks' tabs")
        assert tab.evaluate("document.activeElement.getAttribute('aria-selected')") == "true"
        while tab.evaluate("document.activeElement.getAttribute('href')") != "#spoken":
            tab.keyboard.press("ArrowRight")
        shown = tab.evaluate("""() => [...document.querySelectorAll('[role=tabpanel]')]
          .filter((p) => !p.hidden).map((p) => p.id)""")
        assert shown == [tab.evaluate("document.activeElement.getAttribute('aria-controls')")]
        assert tab.is_visible("#spoken")
        assert tab.evaluate("document.activeElement.getAttribute('aria-selected')") == "true"
        assert tab.eval_on_selector_all("[role=tab][aria-selected=true]", "els => els.length") == 1
        assert tab.evaluate("document.documentElement.scrollWidth") == width


def test_arabic_quoted_in_an_english_finding_is_a_line_under_it(
        auditor: Any, gallery: Path) -> None:
    """The derived-alt finding of the Arabic fixture: the English sentence names the caption
    "(quoted below)" and goes on ("; check it …"); the Arabic caption is isolated, a line of
    its own under it, right to left (wrapped inside the English it read out of order; the
    review at 6/10). test_gallery_review6 checks every quotation, at 1280 and 375 px."""
    from broadsheet.browser.audit import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    page = gallery / "fixtures" / "ar-local-elections-rtl" / "index.html"
    sandbox = Sandbox.for_file(page, root=gallery)
    measure = """() => {
      const message = document.querySelector(
        '[data-rule="render-alt-from-caption"] .finding__message');
      const quoted = message.querySelector('bdi'), named = message.querySelector('.quoted-ref');
      const style = getComputedStyle(quoted), inner = quoted.getBoundingClientRect();
      return {isolate: style.unicodeBidi, direction: style.direction, text: quoted.textContent,
              sentence: message.firstChild.textContent + named.textContent + named.nextSibling.textContent,
              under: inner.top >= named.getBoundingClientRect().bottom - 1,
              right: Math.abs(inner.right - message.getBoundingClientRect().right) < 2};
    }"""
    with auditor.page(AuditOptions(width=1280), sandbox) as tab:
        tab.goto(sandbox.url)
        seen = tab.evaluate(measure)
    assert seen["isolate"] == "isolate"
    assert seen["direction"] == "rtl"
    assert seen["text"] == "واجهة مبنى حديث بخطوط منحنية متكررة في مدينة صفاقس"
    assert seen["sentence"] == ("the alt given is a placeholder; alt derived from the caption: "
                                "(quoted below); check it describes the image")
    assert seen["under"]
    assert seen["right"], "aligned at the right, where it starts"
