"""The browser checks and the axe mapping can fail: small pages with one defect each."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="generator" content="Broadsheet"><title>t</title><style>
body { margin: 0; font: 18px/1.5 sans-serif; }
.skip { position: absolute; top: -100vh; left: 8px; padding: 12px; background: #ffbf47; color: #000; }
.skip:focus { top: 8px; outline: 3px solid #000; }
:focus-visible { outline: 3px solid #000; }
main:focus { outline: none; }
%s
</style></head><body>"""
BODY = """<a class="skip" href="#main">Skip to main content</a>
<header><a href="/home">Home</a> <button>Menu</button></header>
<main id="main" tabindex="-1"><h1>Title</h1><p>Text</p>%s</main></body></html>"""


def page(css: str = "", body: str = "") -> str:
    return HEAD % css + BODY % body


def outcomes(auditor: Any, html: str, **options: Any) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("test.html", html=html, options=AuditOptions(**options))
    return {r.rule.id: str(r.outcome) for r in audit.results}


def test_a_good_page_passes_every_check(auditor: Any) -> None:
    found = outcomes(auditor, page())
    assert {found[rule] for rule in ("skip-link-keyboard", "focus-indicator-visible",
                                     "reflow-320", "text-spacing-no-clipping",
                                     "forced-colors-focus", "forced-colors-borders")
            if rule in found} == {"passed"}
    assert "audit-page-load" not in found


FOCUS = {"focus-indicator-visible", "forced-colors-focus"}


@pytest.mark.parametrize(("css", "body_html", "rules"), [
    ("", "", set()),
    # stays off-screen: nor can its focus indicator be seen (no pixel in view changes)
    (".skip:focus { top: -100vh; }", "", {"skip-link-keyboard", "focus-indicator-visible"}),
    (".skip:focus { top: 8px; font-size: 8px; padding: 0; }", "", {"skip-link-keyboard"}),
    # clipped while focused: neither the skip link nor its focus indicator can be seen
    (".skip:focus { top: 8px; clip-path: inset(50%); }", "", {"skip-link-keyboard", *FOCUS}),
    ("button:focus-visible { outline: none; }", "", FOCUS),
    (":focus-visible { outline: none; box-shadow: 0 0 0 4px #000; }", "",
     {"forced-colors-focus"}),
    ("main p { width: 600px; }", "", {"reflow-320"}),
    (".box { width: 12em; height: 3.2em; overflow: hidden; line-height: 1.2; }",
     "<div class='box'>Some text that wraps onto more lines when spacing grows</div>",
     # its third line is cut already, which the zoom check sees at 640 px too
     {"text-spacing-no-clipping", "zoom-text-not-clipped"}),
    (".box { border: 2px solid #000; } @media (forced-colors: active) { .box { border: 0; } }",
     "<div class='box'>Boxed</div>", {"forced-colors-borders"}),
    # text hidden on purpose for screen readers (the classic clip pattern, with padding that
    # makes its box taller than 1 px) is not clipped text
    ("caption.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; "
     "clip: rect(0 0 0 0); white-space: nowrap; padding-block-end: 0.25rem; }",
     "<table><caption class='hidden'>Prices by year</caption><tr><th>Year</th></tr>"
     "<tr><td>2024</td></tr></table>", set()),
    # rustdoc outlines its toggles' ::before on focus: an outline forced colours keep
    ("button:focus-visible { outline: none; } button::before { content: '+ '; } "
     "button:focus-visible::before { outline: 3px solid #000; }", "", set()),
    # with no content the ::before box is never generated, so its outline is never drawn
    ("button:focus-visible { outline: none; } "
     "button:focus-visible::before { outline: 3px solid #000; }", "", FOCUS),
], ids=["good", "offscreen", "tiny", "clipped", "no-outline", "shadow-only", "wide",
        "fixed-height", "border-removed", "visually-hidden-caption", "pseudo-outline",
        "pseudo-outline-no-content"])
def test_each_check_fails_on_its_defect(auditor: Any, css: str, body_html: str,
                                        rules: set[str]) -> None:
    found = outcomes(auditor, page(css, body_html))
    failed = {rule_id for rule_id, outcome in found.items() if outcome == "failed"}
    assert failed == rules


def test_a_skip_link_whose_target_cannot_take_focus_fails(auditor: Any) -> None:
    html = page().replace('<main id="main" tabindex="-1">', '<main><div id="main"></div>')
    assert outcomes(auditor, html)["skip-link-keyboard"] == "failed"


def test_a_page_without_skip_link_is_failed_for_broadsheet_and_undecided_elsewhere(
        auditor: Any) -> None:
    html = page().replace('<a class="skip" href="#main">Skip to main content</a>', "")
    assert outcomes(auditor, html)["skip-link-keyboard"] == "failed"
    other = html.replace('<meta name="generator" content="Broadsheet">', "")
    assert outcomes(auditor, other)["skip-link-keyboard"] == "cant_tell"


def test_axe_violations_become_findings_with_source_axe(auditor: Any) -> None:
    from broadsheet.browser import AuditOptions

    html = page(body='<img src="x.png" width="10" height="10">')
    audit = auditor.audit("img.html", html=html, options=AuditOptions(checks=False))
    image_alt = next(r for r in audit.results if r.rule.id == "image-alt")
    assert str(image_alt.outcome) == "failed"
    finding = image_alt.findings[0]
    assert (str(finding.source), finding.target, str(finding.impact)) == ("axe", "img", "critical")
    assert finding.snippet.startswith("<img")
    assert image_alt.rule.help_url.startswith("https://dequeuniversity.com/rules/axe/")
    assert "wcag2a" in image_alt.rule.tags
    report = audit.report().to_dict()
    assert [v["id"] for v in report["violations"]] == ["image-alt"]


def test_axe_options_select_rules_and_disable_them(auditor: Any) -> None:
    html = page(body='<img src="x.png" width="10" height="10">')
    only = outcomes(auditor, html, rules=("image-alt",), checks=False)
    assert only == {"image-alt": "failed"}
    off = outcomes(auditor, html, disabled=("image-alt",), checks=False)
    assert "image-alt" not in off


def focus_findings(auditor: Any, html: str) -> dict[str, tuple[str, str]]:
    """Each element's focus-indicator-visible outcome and message, with nothing else failing
    to finish (a hang would end as audit-error when the watchdog stops the renderer)."""
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("moving.html", html=html,
                          options=AuditOptions(axe_core=False, timeout=30))
    errors = [f.message for r in audit.results for f in r.findings
              if r.rule.id == "audit-error"]
    assert errors == []
    return {f.target or "": (str(f.outcome), f.message) for r in audit.results
            for f in r.findings if r.rule.id == "focus-indicator-visible"}


#: A button whose focus shows by nothing at all (the pixels must say so).
BARE = "<button id='bare' style='outline: none'>Bare</button>"
#: Animations that never end, on focus and off it, in the page and in a same-origin frame;
#: transitions that run longer than any check; a lazy frame not displayed, which never loads
#: (as the gallery's dark-scheme frame).
RESTLESS = """
@keyframes pulse { from { outline-color: #000; } to { outline-color: #c00; } }
@keyframes spin { to { transform: rotate(360deg); } }
header a:focus { animation: pulse 0.2s infinite alternate; }
header button:focus { transition: outline-color 60s, outline-width 60s; }
.spinner { width: 40px; height: 40px; border: 4px dashed #000; animation: spin 1s linear infinite; }
"""
RESTLESS_BODY = """<div class="spinner"></div>""" + BARE + """
<iframe title="Ticker" srcdoc="<style>p { animation: spin 0.5s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }</style><p>Live</p>"></iframe>
<iframe title="Map" src="map.html" loading="lazy" style="display: none"></iframe>"""


def test_focus_is_judged_on_a_page_that_never_stops_moving(auditor: Any) -> None:
    # Before: evaluating in the lazy frame, which has no document, waited forever.
    found = focus_findings(auditor, page(RESTLESS, RESTLESS_BODY))
    assert found["#bare"] == ("failed", "not one pixel of the viewport changes when it is "
                              "focused"), "CSS animations are held still while compared"
    assert {target: outcome for target, (outcome, _) in found.items() if target != "#bare"} \
        == {"html > body > a": "passed", "html > body > header > a": "passed",
            "html > body > header > button": "passed"}, "the frames draw their own"


def test_focus_is_cant_tell_where_a_script_keeps_the_viewport_changing(auditor: Any) -> None:
    ticker = ("<p id='tick'>0</p><script>let n = 0; "
              "setInterval(() => { document.getElementById('tick').textContent = ++n; }, 5);"
              "</script>")
    outcome, message = focus_findings(auditor, page(body=ticker + BARE))["#bare"]
    assert outcome == "cant_tell"
    assert "changes by itself" in message


def test_a_check_the_page_keeps_waiting_is_cant_tell_and_the_others_still_run(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.browser import AuditOptions, inpage

    # The pixel pass waits for the page's next frame, which this page never draws in time:
    # its wait (250 ms at most) outlasts a call limit made shorter than that.
    monkeypatch.setattr(inpage, "CALL_LIMIT_MS", 100)
    frozen = "<script>window.requestAnimationFrame = () => 0;</script>"
    audit = auditor.audit("frozen.html", html=page(body=frozen + BARE),
                          options=AuditOptions(axe_core=False, timeout=30))
    found = {r.rule.id: [(str(f.outcome), f.message) for f in r.findings] for r in audit.results}
    assert found["focus-indicator-visible"] == [
        ("cant_tell", "the check ran out of time: the page did not answer focusShot within "
                      "0.1 s")]
    assert found["reflow-320"][0][0] == "passed"
    assert "audit-error" not in found


#: Boxes that hide overflow, sized for the page's own spacing, which is larger than WCAG
#: 1.4.12's minimum on one property: set to exactly the minimum, that property shrank and
#: made room for the others, so the clipping went unseen.
SPACIOUS = """
.box { font: 20px/1 monospace; overflow: hidden; margin: 0; }
#words { width: calc(13ch + 3.5em); white-space: nowrap; word-spacing: 3em; }
#lines { line-height: 2; height: 5.5em; }
#lines p { margin: 0; }
#roomy { width: calc(13ch + 8em); white-space: nowrap; word-spacing: 3em; }
"""
SPACIOUS_BODY = """<div class="box" id="words">abcdef ghijkl</div>
<div class="box" id="lines"><p>One line</p><div>Another</div></div>
<div class="box" id="roomy">abcdef ghijkl</div>"""


def test_text_spacing_is_applied_as_minimums_keeping_the_page_s_larger_spacing(
        auditor: Any) -> None:
    from broadsheet.browser import AuditOptions

    # #words: 13 characters of 1ch and a 3em space fit in 13ch + 3.5em; 0.12em more per
    # character (1.56em) does not, with the page's word spacing kept (set to 0.16em, the
    # space shrank by 2.84em). #lines: two lines of 2em fit in 5.5em, and with the
    # paragraph's 2em after it (6em) do not, with the page's line height kept (1.5 would
    # make 5em). #roomy has room for it all.
    audit = auditor.audit("spacing.html", html=page(SPACIOUS, SPACIOUS_BODY),
                          options=AuditOptions(axe_core=False, timeout=30,
                                               check_ids=frozenset({"text-spacing-no-clipping"})))
    found = {f.target: str(f.outcome) for r in audit.results for f in r.findings
             if r.rule.id == "text-spacing-no-clipping"}
    assert found == {"#words": "failed", "#lines": "failed"}


def test_text_spacing_fails_only_text_that_is_cut(auditor: Any) -> None:
    """mdBook's body container hides overflow sideways, and its menu bar reaches 15 px past
    it (the bar's own padding, no text): the Rust Reference failed as "content 1295×5402px in
    a 1280×5402px box". WCAG 1.4.12 asks for no loss of content: only text past the box's
    edge on an axis it hides fails, not text a scroller inside it scrolls."""
    from broadsheet.browser import AuditOptions

    css = (".frame { overflow-x: clip; width: 20em; } .bar { margin-inline-end: -15px; "
           "padding-inline-end: 15px; } .wide { white-space: nowrap; } "
           ".code { overflow-x: auto; white-space: pre; }")
    body = ('<div class="frame" id="padding"><div class="bar">Menu</div><p>Text.</p></div>'
            '<div class="frame" id="scroller"><div class="code">' + "x = 1; " * 20 +
            '</div></div><div class="frame" id="cut"><p class="wide">' + "word " * 20 +
            "</p></div>")
    audit = auditor.audit("cut.html", html=page(css, body), options=AuditOptions(
        axe_core=False, check_ids=frozenset({"text-spacing-no-clipping"})))
    found = {f.target: str(f.outcome) for r in audit.results for f in r.findings}
    assert found == {"#cut": "failed"}, found


def test_text_spacing_leaves_every_style_attribute_as_it_was(auditor: Any) -> None:
    from broadsheet.browser import AuditOptions
    from broadsheet.browser.audit import sandbox_for
    from broadsheet.browser.checks import text_spacing

    html = page(SPACIOUS, SPACIOUS_BODY.replace('id="lines"', 'id="lines" style="color: red"'))
    sandbox = sandbox_for("spacing.html", html=html)
    styles = "() => Array.from(document.querySelectorAll('*'), (e) => e.getAttribute('style'))"
    with auditor.page(AuditOptions(), sandbox) as tab:
        tab.goto(sandbox.url)
        before = tab.evaluate(styles)
        text_spacing(tab)
        assert tab.evaluate(styles) == before
        assert "color: red" in before


#: Links whose own look does not change when focused: whether anything else does is told by
#: the page's focus rules and what its scripts do, else by the pixels.
UNSTYLED = """
.quiet:focus-visible { outline: none; }
.s:focus + .tip { background: #ff0; }
.lit .tip2 { background: #ff0; }
.af:focus::after { content: " (here)"; }
"""
UNSTYLED_BODY = """<p><a class="quiet" id="plain" href="#a">Plain</a>
<a class="quiet s" id="sibling" href="#b">Sibling</a> <span class="tip">shown beside it</span>
<a class="quiet" id="scripted" href="#c">Scripted</a> <span class="tip2">lit by a script</span>
<a class="quiet af" id="after" href="#d">After</a></p>
<script>document.getElementById('scripted').addEventListener('focus',
  () => document.body.classList.add('lit'));
document.getElementById('scripted').addEventListener('blur',
  () => document.body.classList.remove('lit'));</script>"""


def test_focus_that_changes_nothing_is_told_by_styles_and_the_rest_by_pixels(
        auditor: Any) -> None:
    found = focus_findings(auditor, page(UNSTYLED, UNSTYLED_BODY))
    assert found["#plain"] == ("failed", "nothing shows focus: its own look does not change, "
                               "no style rule for focus applies anywhere else, and the page "
                               "changes nothing when it is focused")
    for shown_elsewhere in ("#sibling", "#scripted", "#after"):
        assert found[shown_elsewhere] == ("passed", "focus changes how the page looks in the "
                                          "viewport, though not by the element's own outline "
                                          "or colours"), shown_elsewhere



#: A page taller than the viewport. Focus changes one link's cursor only (nothing to see,
#: and checks.js proves nothing outside the link can change), and the text colour of two
#: boxes without text of their own: one's child placed far below the viewport inherits it,
#: and the other's ::after, placed there too.
FAR = """
body { height: 3000px; }
.quiet:focus-visible { outline: none; }
.cur:focus { cursor: crosshair; }
.fc:focus { -webkit-text-fill-color: #c00; }
.box { display: inline-block; width: 40px; height: 20px; background: #eee; }
.far { position: absolute; top: 2400px; left: 8px; }
.fa::after { content: "after"; position: absolute; top: 2500px; left: 8px; }
.fa:focus { -webkit-text-fill-color: #c00; }
"""
FAR_BODY = """<p><a class="quiet cur" id="cursor" href="#a">Cursor</a>
<a class="quiet fc box" id="child" href="#b"><span class="far">far below</span></a>
<a class="quiet fa box" id="pseudo" href="#c"></a></p>"""


def test_only_focus_that_may_show_beyond_the_viewport_is_compared_on_the_whole_page(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.browser import checks

    shots: list[int] = []
    document = checks._Camera.document

    def counted(camera: Any) -> bytes | None:
        shots.append(1)
        return document(camera)

    monkeypatch.setattr(checks._Camera, "document", counted)
    found = focus_findings(auditor, page(FAR, FAR_BODY))
    assert found["#cursor"] == ("failed", "not one pixel of the viewport changes when it is "
                                "focused")
    for shown_below in ("#child", "#pseudo"):
        assert found[shown_below] == ("passed", "focus changes how the page looks outside the "
                                      "viewport, though not by the element's own outline or "
                                      "colours"), shown_below
    assert len(shots) == 4, "two whole-page screenshots for each of #child and #pseudo only"


#: More links whose focus shows by nothing at all than the pixel pass used to judge however
#: slow the machine (40); with a custom element, whose styles the focus rules cannot tell, so
#: only the pixels can tell that each one failed. (Not buttons: Chromium draws a focused one a
#: pixel apart now and then.)
BARE_ROW = "<x-y></x-y>" + " ".join(f"<a id='b{n}' href='#{n}' style='outline: none'>{n}</a>"
                                    for n in range(45))


def test_a_slow_camera_judges_focus_as_a_fast_one_does(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from types import SimpleNamespace

    from broadsheet.browser import checks

    fast = focus_findings(auditor, page(body=BARE_ROW))
    # Each screenshot takes a tenth of a second longer, as the pixel pass's clock sees it.
    late = [0.0]
    shot = checks._Camera.shot

    def slow(camera: Any, *args: Any) -> bytes:
        late[0] += 0.1
        return shot(camera, *args)

    monkeypatch.setattr(checks._Camera, "shot", slow)
    monkeypatch.setattr(checks, "time", SimpleNamespace(monotonic=lambda: time.monotonic()
                                                        + late[0]))
    slowed = focus_findings(auditor, page(body=BARE_ROW))
    assert late[0] > 4, "the pass took longer than the 3 s it was once given"
    for n in range(45):
        assert slowed[f"#b{n}"] == fast[f"#b{n}"] == (
            "failed", "not one pixel of the viewport changes when it is focused"), n


def test_focus_the_page_moves_during_the_first_tab_is_not_the_skip_links(
        auditor: Any) -> None:
    # yahoo's timer again, firing as the first Tab is pressed: the search box has focus when
    # the check reads it (the first Tab was said to focus it); the check tabs again
    steal = ("<input id='q' aria-label='Search'><script>document.addEventListener('keyup', "
             "() => { if (!window.stole) { window.stole = 1; "
             "document.getElementById('q').focus(); } });</script>")
    found = outcomes(auditor, page(body=steal), axe_core=False,
                     check_ids=frozenset({"skip-link-keyboard"}))
    assert found == {"skip-link-keyboard": "passed"}


#: A search box at the top of a long page and, far below it, a link whose focus shows by
#: nothing at all (the custom element: only the pixels can tell).
STOLEN = ("<x-y></x-y><input id='q' aria-label='Search'><div style='height: 2000px'></div>"
          "<a id='far' href='#f' style='outline: none'>Far</a><div style='height: 600px'></div>")


def test_focus_the_page_moves_during_a_comparison_does_not_pass_the_element(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # As yahoo's saved page does a second after load (setTimeout(() => sbox.focus(), 1000)):
    # on a machine slow enough the timer fired between two screenshots of the pixel pass,
    # the viewport jumped to the search box, and the link was passed 1 run in 5.
    from broadsheet.browser import checks

    shots = [0]
    shot = checks._Camera.shot

    def timer_fires(camera: Any, *args: Any) -> bytes:
        shots[0] += 1
        if shots[0] == 4:  # the link focused, before its screenshot (#q took two)
            camera.page.evaluate("() => new Promise((drawn) => { document.getElementById('q')"
                                 ".focus(); requestAnimationFrame(() => "
                                 "requestAnimationFrame(drawn)); })")
        return shot(camera, *args)

    monkeypatch.setattr(checks._Camera, "shot", timer_fires)
    found = focus_findings(auditor, HEAD % "" + STOLEN + "</body></html>")
    assert shots[0] == 8, "the link compared again: its four screenshots taken anew"
    assert found["#far"] == ("failed", "not one pixel of the viewport changes when it is focused")


def test_the_focus_rule_judges_a_number_of_elements_and_of_pixels(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from broadsheet.browser import checks

    unjudged = ("looks the same focused and unfocused: no outline, shadow, border or colour "
                "change; whether the page shows its focus elsewhere was not compared (the "
                "pixel comparison ran out of its {})")
    six = HEAD % "" + BARE_ROW[:BARE_ROW.index("<a id='b6'")] + "</body></html>"
    monkeypatch.setattr(checks, "FOCUS_PIXEL_ELEMENTS", 3)
    found = focus_findings(auditor, six)
    assert [found[f"#b{n}"][0] for n in range(6)] == ["failed"] * 3 + ["cant_tell"] * 3
    assert found["#b5"] == ("cant_tell", unjudged.format("3 elements"))
    # The first element's two screenshots (unfocused, focused) spend all of it.
    monkeypatch.setattr(checks, "FOCUS_PIXEL_ELEMENTS", 100)
    monkeypatch.setattr(checks, "FOCUS_PIXEL_AREA", 1)
    found = focus_findings(auditor, six)
    assert found["#b0"] == ("failed", "not one pixel of the viewport changes when it is focused")
    assert found["#b1"] == ("cant_tell", unjudged.format("1e-06 million pixels"))
    monkeypatch.undo()
    monkeypatch.setattr(checks, "FOCUS_ELEMENTS", 4)
    found = focus_findings(auditor, HEAD % "" + BARE_ROW + "</body></html>")
    assert found["html"] == ("cant_tell", "41 of 45 elements in the tab order not judged: the "
                             "check judges the first 4")
    assert [found[f"#b{n}"][0] for n in range(4)] == ["failed"] * 4
    assert "#b4" not in found


#: A valid 2×2 PNG, and bytes that are not one.
PNG = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mM4"
       "YaMBRAwQCgAjXgSxhgLRkwAAAABJRU5ErkJggg==")
NOT_PNG = "data:image/png;base64,bm90IGFuIGltYWdl"


def test_image_loads_judges_each_image_and_says_why_one_failed(auditor: Any,
                                                                tmp_path: Any) -> None:
    """A 404, a broken data: URI, a decorative image that fails, a good file, a good lazy
    image far below the fold and an image on a host the audit may not reach."""
    import shutil
    from pathlib import Path

    from broadsheet.browser import AuditOptions

    folder = Path(tmp_path)
    shutil.copy(Path(__file__).parents[2] / "fixtures" / "rules" / "image-loads" /
                "harbour.png", folder / "harbour.png")
    (folder / "page.html").write_text(page(body=f"""
<img id="gone" src="gone.jpg" alt="Boats">
<img id="broken" src="{NOT_PNG}" alt="Chart">
<img id="deco" src="gone.png" alt="">
<img id="good" src="harbour.png" alt="Harbour">
<img id="inline" src="{PNG}" alt="">
<img id="remote" src="https://elsewhere.example/a.png" alt="Remote">
<div style="height: 5000px"></div>
<img id="lazy" src="harbour.png?far" loading="lazy" alt="Far" width="48" height="32">
"""), encoding="utf-8")
    audit = auditor.audit(folder / "page.html", options=AuditOptions(
        axe_core=False, check_ids=frozenset({"image-loads"})))
    [result] = [r for r in audit.results if r.rule.id == "image-loads"]
    got = {f.target: (str(f.outcome), f.message) for f in result.findings}
    assert {target: outcome for target, (outcome, _) in got.items()} == {
        "#gone": "failed", "#broken": "failed", "#deco": "failed", "#good": "passed",
        "#inline": "passed", "#remote": "cant_tell", "#lazy": "passed"}
    assert got["#gone"][1] == ("image https://page.broadsheet.invalid/gone.jpg did not load: "
                               "the server answered HTTP 404")
    assert got["#broken"][1] == (f"image {NOT_PNG} did not load: its data: URI is not an "
                                 "image the browser can decode")
    assert got["#deco"][1].startswith('decorative image (alt="") https://page.broadsheet.'
                                      "invalid/gone.png did not load: the server answered "
                                      "HTTP 404; decorative, but")
    assert got["#good"][1].endswith("harbour.png loaded (48×32 px)")
    assert "--allow-host" in got["#remote"][1]
    assert got["#lazy"][1].endswith("(lazy: loaded for the check)")
    assert str(result.outcome) == "failed"
    failed = [f for f in result.findings if str(f.outcome) == "failed"]
    assert {str(f.impact) for f in failed} == {"serious"}


def test_image_loads_fails_the_run_as_any_violation_does(tmp_path: Any) -> None:
    """Exit 1 and a violation in the JSON report (a process of its own: Playwright's sync
    API runs once per thread)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    source = Path(tmp_path) / "page.html"
    source.write_text(page(body='<img src="gone.jpg" alt="Boats">'), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "broadsheet", "check", "--browser", "--no-axe",
                           "--rules", "image-loads", "--format", "json", str(source)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    [report] = json.loads(done.stdout)["pages"]
    [violation] = report["violations"]
    assert violation["id"] == "image-loads"
    assert "best-practice" in violation["tags"]
    [node] = violation["nodes"]
    assert "gone.jpg did not load: the server answered HTTP 404" in json.dumps(node)


def test_image_loads_trims_urls_of_ascii_whitespace_only(auditor: Any) -> None:
    """HTML strips ASCII whitespace around a URL, not a no-break space: src="&nbsp;" names
    an image (markup alone serves no file: its load is left to review), src=" \t" names
    none."""
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("nbsp.html", html=page(body="""
<img id="nbsp" src="&nbsp;" alt="Boats"><img id="blank" src=" &#9;" alt="Sea">"""),
        options=AuditOptions(axe_core=False, check_ids=frozenset({"image-loads"})))
    found = {f.target: str(f.outcome) for r in audit.results if r.rule.id == "image-loads"
             for f in r.findings}
    assert found == {"#nbsp": "cant_tell"}


#: HTML's indicated part of the document (as checks/rules/bypass.py reads it): the fragment
#: as written first (an id, else the first ``a`` with that name), then its percent-decoding
#: (UTF-8, an invalid sequence decoded to U+FFFD rather than refused).
@pytest.mark.parametrize(("href", "target"), [
    ("#%6Dain", '<main id="main" tabindex="-1">'),  # percent-decoded: #main
    ("#a%20b", '<main id="a%20b" tabindex="-1">'),  # as written first: the id is 'a%20b'
    ("#100%", '<main id="100%" tabindex="-1">'),  # a lone '%' stays (no URIError)
    ("#caf%C3%A9", '<main id="café" tabindex="-1">'),  # UTF-8 bytes
    ("#top", '<a name="top"></a><main id="main" tabindex="-1">'),  # an a element's name
])
def test_a_skip_link_finds_its_target_as_html_indicates_it(
        auditor: Any, href: str, target: str) -> None:
    html = page().replace('href="#main"', f'href="{href}"').replace(
        '<main id="main" tabindex="-1">', target)
    if href == "#top":  # the anchor takes no focus: focus stays on the link, which fails
        assert outcomes(auditor, html)["skip-link-keyboard"] == "failed"
        found = _skip_message(auditor, html)
        assert "does not exist" not in found, found
        return
    assert outcomes(auditor, html)["skip-link-keyboard"] == "passed", _skip_message(auditor, html)


def _skip_message(auditor: Any, html: str) -> str:
    from broadsheet.browser import AuditOptions

    audit = auditor.audit("test.html", html=html, options=AuditOptions())
    return " ".join(f.message for r in audit.results if r.rule.id == "skip-link-keyboard"
                    for f in r.findings)


def test_a_screenshot_chromium_could_not_give_once_is_asked_for_again(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # Under load Chromium now and then answers "Unable to capture screenshot" (its compositor
    # had no frame): the pixel pass asks again rather than losing the page's focus rule.
    from types import SimpleNamespace

    from playwright.sync_api import Error

    from broadsheet.browser import checks

    fast = focus_findings(auditor, page(body=BARE_ROW))
    failures = [0]
    new_session = checks._Camera.__init__

    def flaky(camera: Any, page_: Any) -> None:
        new_session(camera, page_)
        send = camera.session.send

        def once_unable(method: str, params: Any = None) -> Any:
            if method == "Page.captureScreenshot" and failures[0] < 2:
                failures[0] += 1
                raise Error("Protocol error (Page.captureScreenshot): Unable to capture "
                            "screenshot")
            return send(method, params)

        camera.session = SimpleNamespace(send=once_unable, detach=camera.session.detach)

    monkeypatch.setattr(checks._Camera, "__init__", flaky)
    retried = focus_findings(auditor, page(body=BARE_ROW))
    assert failures[0] == 2, "the failing screenshots were asked for"
    assert retried == fast
    for n in range(45):
        assert retried[f"#b{n}"] == ("failed", "not one pixel of the viewport changes when it "
                                     "is focused"), n
