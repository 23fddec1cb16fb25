"""Hostile pages: every one checks to a report, parsed as a browser would, never a traceback."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from bench.hostile import HEAD, NOT_YET_LINEAR, ORDINARY, SHAPES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadsheet.checks import check
from broadsheet.checks.charset import decode
from broadsheet.checks.parse import parse
from broadsheet.cli import main


@pytest.mark.parametrize(("markup", "tag", "attribute", "text"), [
    ('<p title="a\x01b">x</p>', "p", "a\ufffdb", "x"),
    ("<p>a\x1bb</p>", "p", None, "a\ufffdb"),
    ("<p>a\ud800b</p>", "p", None, "a\ufffdb"),
    ("<p>a\ufffeb</p>", "p", None, "a\ufffdb"),
    ('<p title="a\x0cb">a\x0cb</p>', "p", "a b", "a b"),
    ('<p title="&#' + "9" * 5000 + ';">&#' + "0" * 5000 + "65;</p>", "p", "\ufffd", "\ufffd"),
    ("<p>&#00000000065;&#x41;&#65;</p>", "p", None, "\ufffdAA"),
    # References to controls make characters lxml cannot hold after the source was cleaned.
    ('<p title="a&#1;b">&#x1b;&#xFFFF;</p>', "p", "a\ufffdb", "\ufffd\ufffd"),
])
def test_characters_lxml_cannot_hold_become_replacement_characters(
        markup: str, tag: str, attribute: str | None, text: str) -> None:
    element = parse("<!DOCTYPE html>" + markup).by_tag[tag][0]
    assert element.get("title") == attribute
    assert element.text == text


def test_controls_in_comments_and_scripts_are_checked() -> None:
    doc = parse("<!DOCTYPE html><!-- a\x01 --><script>x\x02</script><img src=a.png>")
    assert doc.by_tag["script"][0].text == "x\ufffd"
    report = check(html="<!DOCTYPE html><html lang=en><title>t</title><!-- \x01 -->"
                        "<script>\x02</script><img src=a.png>")
    assert report.outcome_of("image-alt").value == "failed"


def test_column_of_a_parse_error_after_a_control_character_is_kept() -> None:
    doc = parse("<!DOCTYPE html><p>\x01</p><p a=1 a=2>")
    assert [(e.line, e.column) for e in doc.errors if e.code == "duplicate-attribute"] \
        == [(1, parse("<!DOCTYPE html><p>a</p><p a=1 a=2>").errors[-1].column)]


PAGE = '<!DOCTYPE html><meta charset="{}"><title>t</title><p>{}</p>'


@pytest.mark.parametrize(("label", "body", "text"), [
    # Labels browsers do not know (Python does) are ignored: UTF-8, since the bytes are valid.
    ("utf-7", "+AGEAYgBj- caf\u00e9".encode(), "+AGEAYgBj- caf\u00e9"),
    ("idna", "caf\u00e9".encode(), "caf\u00e9"),
    ("punycode", b"caf-dma", "caf-dma"),
    ("undefined", b"abc", "abc"),
    ("cp037", b"abc", "abc"),
    ("no-such-encoding", "\u00e9".encode("cp1252"), "\u00e9"),  # not UTF-8: windows-1252
    # A meta naming UTF-16 on a page that is not UTF-16 means UTF-8.
    ("utf-16", "caf\u00e9".encode(), "caf\u00e9"),
    ("UTF-16LE", b"abc", "abc"),
    # WHATWG labels: latin1 is windows-1252, so 0x80 is the euro sign.
    ("latin1", b"\x80", "\u20ac"),
    ("cp1251", "\u041f\u0440\u0438".encode("cp1251"), "\u041f\u0440\u0438"),
    ("x-user-defined", b"\x80", "\u20ac"),
])
def test_charset_labels_are_read_as_the_encoding_standard_says(
        label: str, body: bytes, text: str) -> None:
    data = PAGE.format(label, "").encode().replace(b"<p></p>", b"<p>" + body + b"</p>")
    assert parse(data).by_tag["p"][0].text == text


def test_replacement_encodings_never_show_the_bytes() -> None:
    data = PAGE.format("iso-2022-kr", "secret").encode()
    assert decode(data) == "\ufffd"


def test_a_byte_order_mark_wins_over_the_meta() -> None:
    data = "\ufeff" + PAGE.format("windows-1251", "caf\u00e9")
    assert parse(data.encode("utf-16-le")).by_tag["p"][0].text == "caf\u00e9"
    assert parse(data.encode("utf-8")).by_tag["p"][0].text == "caf\u00e9"


def test_http_equiv_content_type_and_commented_meta() -> None:
    data = (b'<!-- <meta charset="koi8-r"> --><meta http-equiv="Content-Type" '
            b'content="text/html; charset=iso-8859-2"><p>\xb1</p>')
    assert parse(data).by_tag["p"][0].text == "\u0105"


def test_a_meta_after_the_first_1024_bytes_is_not_read() -> None:
    data = b"<!DOCTYPE html>" + b" " * 1100 + b'<meta charset="koi8-r"><p>\xc1</p>'
    assert parse(data).by_tag["p"][0].text == "\u00c1", "windows-1252, not koi8-r"


# The fuzz corpus: the pathological shapes of issue 20 (bench/hostile.py), then Hypothesis mixing
# their units. Each page must check to a report, within a time proportional to its size:
# ten times what an ordinary page of that size takes in the same run, a guard against
# quadratic time (4,000 `<td headers>` rows took 38 s), not a speed test. CPU time, so that
# other work on a shared machine does not count against the page.

SIZE = 30_000


@pytest.fixture(scope="module")
def seconds_per_byte() -> float:
    page = ORDINARY.page(SIZE)
    check(html=page)  # warm: rules and catalogs loaded
    start = time.process_time()
    check(html=page)
    return (time.process_time() - start) / len(page)


def _budget(seconds_per_byte: float, size: int) -> float:
    return 10 * seconds_per_byte * size + 1.0


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_hostile_shape_checks_to_a_report(name: str) -> None:
    report = check(html=SHAPES[name].page(3_000))
    assert report.results
    assert {finding.rule for finding in report.findings} <= {r.rule.id for r in report.results}


@pytest.mark.parametrize("name", sorted(set(SHAPES) - set(NOT_YET_LINEAR)))
def test_every_hostile_shape_checks_in_time_proportional_to_its_size(
        name: str, seconds_per_byte: float) -> None:
    page = SHAPES[name].page(SIZE)
    start = time.process_time()
    check(html=page)
    elapsed = time.process_time() - start
    assert elapsed < _budget(seconds_per_byte, len(page)), \
        f"{name}: {elapsed:.1f} s for {len(page):,} bytes"


_LINEAR = [shape for name, shape in SHAPES.items() if name not in NOT_YET_LINEAR]
_UNITS = st.sampled_from([shape.unit(i) for shape in _LINEAR for i in range(3)]
                         + [shape.head for shape in _LINEAR] + ["</table>", "</p>"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_UNITS, st.integers(1, 400)), min_size=1, max_size=8),
       st.text(max_size=40))
def test_mixed_hostile_units_check_to_a_report_in_time(
        seconds_per_byte: float, parts: list[tuple[str, int]], noise: str) -> None:
    page = HEAD + "".join(unit * count for unit, count in parts) + noise
    start = time.process_time()
    report = check(html=page)
    assert time.process_time() - start < _budget(seconds_per_byte, len(page))
    assert report.results


def test_a_browsers_own_output_of_70000_lines_checks(tmp_path: Path) -> None:
    page = tmp_path / "long.html"
    page.write_text(HEAD + "<p>x</p>\n" * 70_000 + "<img src=a.png>")
    report = check(path=page, rules=["image-alt"])
    [finding] = report.findings
    assert finding.line == 70_001


def test_control_character_on_stdin_is_checked_not_a_traceback(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"<p>a\x1bb</p>")))
    assert main(["check", "-", "--format", "json"]) == 1, "findings, not a crash"
    assert '"url": "<stdin>"' in capsys.readouterr().out
