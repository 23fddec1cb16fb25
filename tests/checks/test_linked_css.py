"""Style sheets a page links, read from local files: HTML's rules for which ``link`` applies a
style sheet, the cascade's tree order, and reading only inside the page's folder tree."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from broadsheet.checks import check, default_registry, linked_css
from broadsheet.checks.act import ActCase, assess
from broadsheet.cli import main

HIDE = ".gone { display: none }"


def _page(folder: Path, head: str, name: str = "page.html") -> Path:
    page = folder / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<!DOCTYPE html><html lang='en'><head><title>Page</title>"
                    f"{head}</head><body><main><h1>Hi</h1>"
                    "<img class='gone' id='img' src='a.png'></main></body></html>")
    return page


def _judged(page: Path, **options: object) -> bool:
    """Whether image-alt judged the image (it applies to images not hidden)."""
    report = check(page, rules=["image-alt"], **options)  # type: ignore[arg-type]
    return any(finding.target == "#img" for finding in report.findings)


@pytest.mark.parametrize(("link", "read"), [
    ('<link rel="stylesheet" href="s.css">', True),
    ('<link rel="StyleSheet preload" href="./css/../s.css">', True),  # ASCII case-insensitive
    ('<link rel="stylesheet" href="s.css" media="screen, print">', True),
    ('<link rel="stylesheet" href="s.css?v=2#x">', True),          # query and fragment
    ('<link rel="alternate stylesheet" href="s.css">', False),       # not applied by default
    ('<link rel="stylesheet" href="s.css" media="print">', False),
    ('<link rel="stylesheet" href="s.css" disabled>', False),
    ('<link rel="stylesheet" href="s.css" type="text/plain">', False),
    ('<link rel="icon" href="s.css">', False),
    ('<template><link rel="stylesheet" href="s.css"></template>', False),  # inert
    ('<link rel="stylesheet" href="https://cdn.example/s.css">', False),   # never fetched
])
def test_a_file_reads_the_style_sheets_it_links(tmp_path: Path, link: str, read: bool) -> None:
    (tmp_path / "s.css").write_text(HIDE)
    assert _judged(_page(tmp_path, link)) is not read


def test_a_base_element_moves_where_relative_sheets_are_found(tmp_path: Path) -> None:
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "s.css").write_text(HIDE)
    assert not _judged(_page(tmp_path, '<base href="css/"><link rel="stylesheet" href="s.css">'))


@pytest.mark.parametrize(("head", "hidden"), [
    ('<style>.gone { display: block }</style><link rel="stylesheet" href="s.css">', True),
    ('<link rel="stylesheet" href="s.css"><style>.gone { display: block }</style>', False),
])
def test_linked_sheets_cascade_in_tree_order_with_style_elements(
        tmp_path: Path, head: str, hidden: bool) -> None:
    (tmp_path / "s.css").write_text(HIDE)
    assert _judged(_page(tmp_path, head)) is not hidden


def test_a_sheet_outside_the_pages_folder_is_read_only_when_told(tmp_path: Path) -> None:
    (tmp_path / "s.css").write_text(HIDE)
    page = _page(tmp_path, '<link rel="stylesheet" href="../s.css">', "site/page.html")
    root_relative = _page(tmp_path, f'<link rel="stylesheet" href="{tmp_path}/s.css">',
                          "site/other.html")
    assert _judged(page)
    assert _judged(root_relative)
    assert not _judged(page, stylesheet_root=tmp_path)


def test_a_symbolic_link_does_not_lead_out_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "s.css").write_text(HIDE)
    (tmp_path / "site").mkdir()
    os.symlink(tmp_path / "s.css", tmp_path / "site" / "s.css")
    assert _judged(_page(tmp_path, '<link rel="stylesheet" href="s.css">', "site/page.html"))


def test_a_missing_oversized_or_non_file_sheet_is_left_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "big.css").write_text(HIDE + " " * 100)
    (tmp_path / "dir.css").mkdir()
    monkeypatch.setattr(linked_css, "MAX_SHEET_BYTES", 64)
    for href in ("missing.css", "big.css", "dir.css"):
        assert _judged(_page(tmp_path, f'<link rel="stylesheet" href="{href}">'))


def test_markup_given_as_text_reads_no_files(tmp_path: Path) -> None:
    (tmp_path / "s.css").write_text(HIDE)
    page = _page(tmp_path, f'<link rel="stylesheet" href="{tmp_path}/s.css">')
    report = check(page.read_text(), rules=["image-alt"])
    assert [f.target for f in report.findings] == ["#img"]


@pytest.mark.parametrize(("href", "read"), [
    ("/WAI/content-assets/wcag-act-rules/test-assets/t/s.css", True),
    ("../../test-assets/t/s.css", True),   # relative to the case's W3C address
    ("https://www.w3.org/WAI/content-assets/wcag-act-rules/test-assets/t/s.css", True),
    ("/WAI/content-assets/wcag-act-rules/test-assets/../testcases/s.css", False),
    ("https://example.org/WAI/content-assets/wcag-act-rules/test-assets/t/s.css", False),
])
def test_act_cases_read_the_suites_test_assets_by_their_w3c_address(
        tmp_path: Path, href: str, read: bool) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "s.css").write_text(HIDE)
    (tmp_path / "s.css").write_text(HIDE)
    html = (f"<!DOCTYPE html><html lang='en'><head><title>T</title><link rel='stylesheet' "
            f"href='{href}'></head><body><img class='gone' src='a.png'></body></html>")
    case = ActCase("23a2a8", "abc", "failed", html)
    rules = [rule for rule in default_registry() if rule.id == "image-alt"]
    outcomes = {str(a.outcome) for a in assess([case], rules, tmp_path)}
    assert outcomes == ({"inapplicable"} if read else {"failed"})


def test_act_report_reads_the_test_assets_beside_the_cases(tmp_path: Path) -> None:
    (tmp_path / "test-assets" / "t").mkdir(parents=True)
    (tmp_path / "test-assets" / "t" / "s.css").write_text(HIDE)
    html = ("<!DOCTYPE html><html lang='en'><head><title>T</title><link rel='stylesheet' "
            "href='/WAI/content-assets/wcag-act-rules/test-assets/t/s.css'></head>"
            "<body><img class='gone' src='a.png'></body></html>")
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([{"rule_id": "23a2a8", "testcase_id": "abc",
                                  "expected": "inapplicable", "html": html}]))
    out = tmp_path / "earl.json"
    assert main(["act-report", str(cases), "-o", str(out)]) == 0
    results = [node["result"]["outcome"] for node in json.loads(out.read_text())["@graph"]
               if node.get("test", {}).get("title") == "image-alt"]
    assert results == ["earl:inapplicable"]


def test_check_root_lets_the_static_rules_read_sheets_above_the_page(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "s.css").write_text(HIDE)
    page = _page(tmp_path, '<link rel="stylesheet" href="../s.css">', "site/page.html")

    def judged(*options: str) -> bool:
        main(["check", str(page), "--rules", "image-alt", "--format", "json", *options])
        reports = json.loads(capsys.readouterr().out)
        report = reports[0] if isinstance(reports, list) else reports
        return "#img" in json.dumps(report)

    assert judged()
    assert not judged("--root", str(tmp_path))


LOCK = "@media (orientation: portrait) { main { rotate: 90deg } }"


@pytest.mark.parametrize(("css", "link", "expected"), [
    (LOCK, '<link rel="stylesheet" href="o.css">', "failed"),
    # the link's own media list: the sheet applies in one orientation only
    ("main { transform: rotate(90deg) }",
     '<link rel="stylesheet" href="o.css" media="(orientation: landscape)">', "failed"),
    ("main { transform: rotate(90deg) }",
     '<link rel="stylesheet" href="o.css" media="print and (orientation: landscape)">',
     "inapplicable"),
    (LOCK, '<link rel="alternate stylesheet" href="o.css">', "inapplicable"),
    # a later <style> turns main back in portrait: the linked sheet comes first in the cascade
    (LOCK, '<link rel="stylesheet" href="o.css"><style>@media (orientation: portrait) '
           '{ main { rotate: 0deg } }</style>', "passed"),
])
def test_the_orientation_rule_reads_linked_style_sheets(tmp_path: Path, css: str, link: str,
                                                         expected: str) -> None:
    (tmp_path / "o.css").write_text(css)
    report = check(_page(tmp_path, link), rules=["css-orientation-lock"])
    assert str(report.outcome_of("css-orientation-lock")) == expected


def _decorative(folder: Path, body: str) -> dict[str, str]:
    page = folder / "images.html"
    page.write_text("<!DOCTYPE html><html lang='en'><head><title>Images</title></head><body>"
                    f"<main><h1>Images</h1>{body}</main></body></html>")
    report = check(page, rules=["image-decorative"])
    return {f.target or "": str(f.outcome) for f in report.findings}


def test_an_image_file_that_does_not_exist_never_becomes_completely_available(
        tmp_path: Path) -> None:
    # ACT e88epe never applies to an img whose current request is not completely available;
    # a page read from a file knows which of the images it names in its folder exist
    (tmp_path / "here.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "empty.png").write_bytes(b"")
    found = _decorative(tmp_path, """
<img id="here" src="here.png" alt="">
<img id="gone" src="gone.png" alt="">
<img id="empty" src="./empty.png" alt="">
<img id="remote" src="https://images.example/a.png" alt="">
<img id="outside" src="../elsewhere.png" alt="">
<img id="chosen" src="gone.png" srcset="here.png 2x" alt="">""")
    # a remote image, one outside the folder and one chosen from srcset are not known
    assert found == {"#here": "cant_tell", "#remote": "cant_tell", "#outside": "cant_tell",
                     "#chosen": "cant_tell"}


def test_a_test_case_knows_which_suite_assets_do_not_exist(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    prefix = "/WAI/content-assets/wcag-act-rules/test-assets/"
    cases = [ActCase("e88epe", name * 40, "inapplicable", "<!DOCTYPE html><html lang='en'>"
                     f"<head><title>t</title></head><body><img src='{prefix}{src}' alt=''>"
                     "</body></html>")
             for name, src in (("a", "shared/logo.png"), ("b", "nothing.png"))]
    found = assess(cases, default_registry().select(["image-decorative"]), tmp_path)
    assert [str(a.outcome) for a in found] == ["cant_tell", "inapplicable"]


def _frame_page(folder: Path, frame: str) -> dict[str, str]:
    page = folder / "frames.html"
    page.write_text("<!DOCTYPE html><html lang='en'><head><title>Frames</title></head><body>"
                    f"<main><h1>Frames</h1>{frame}</main></body></html>")
    report = check(page, rules=["frame-tab-order", "no-keyboard-trap"])
    return {f"{f.rule} {f.target}": str(f.outcome) for f in report.findings}


def test_a_frame_loading_a_file_of_the_folder_is_read_like_srcdoc(tmp_path: Path) -> None:
    # ACT akn7bn: a frame out of the tab order fails when its document has content reachable
    # with Tab; the file it loads says so, as srcdoc would
    (tmp_path / "links.html").write_text("<!DOCTYPE html><title>f</title><a href='/'>Home</a>")
    (tmp_path / "text.html").write_text("<!DOCTYPE html><title>f</title><p>Only text</p>")
    (tmp_path / "script.html").write_text("<!DOCTYPE html><title>f</title><p>Text</p>"
                                          "<script>1</script>")
    found = _frame_page(tmp_path, "<iframe id='links' src='links.html' tabindex='-1'></iframe>")
    assert found["frame-tab-order #links"] == "failed"
    assert "frame-tab-order #text" not in _frame_page(
        tmp_path, "<iframe id='text' src='text.html' tabindex='-1'></iframe>")  # inapplicable
    # a frame page without scripts holds no trap: the frame passes no-keyboard-trap
    assert _frame_page(tmp_path, "<iframe id='text' src='text.html'></iframe>")[
        "no-keyboard-trap #text"] == "passed"
    assert _frame_page(tmp_path, "<iframe id='script' src='script.html'></iframe>")[
        "no-keyboard-trap #script"] == "cant_tell"
    # a remote page, or one outside the folder, is still unseen
    assert _frame_page(tmp_path, "<iframe id='far' src='https://example.com/' tabindex='-1'>"
                                 "</iframe>")["frame-tab-order #far"] == "cant_tell"
