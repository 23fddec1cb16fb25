"""The public API: check() on markup, bytes and paths; Report grouping; input errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadsheet.checks import InputError, Report, UnknownRuleError, check
from broadsheet.findings import Outcome, Source

GOOD = ("<!doctype html><html lang='en'><head><title>T</title></head>"
        "<body><main><h1>Hi</h1><img src='a.png' alt='A cat asleep'></main></body></html>")
BAD = "<!doctype html><html><head></head><body>\n<img src='a.png'>\n</body></html>"


def test_markup_string_gives_report() -> None:
    report = check(GOOD)
    assert isinstance(report, Report)
    assert report.ok
    assert "document-title" in {f.rule for f in report.passes}


def test_violation_carries_target_snippet_line() -> None:
    report = check(BAD, rules=["html-has-lang"])
    assert not report.ok
    [finding] = report.violations
    assert finding.target == "html"
    assert finding.snippet is not None
    assert finding.snippet.startswith("<html")
    assert finding.source is Source.STATIC


def test_path_and_bytes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(GOOD, encoding="utf-8")
    assert check(page).source == str(page)
    assert check(path=str(page)).source == str(page)
    assert check(path=page).ok
    assert check(GOOD.encode("utf-8")).ok
    assert check(html=GOOD.encode("utf-8")).ok
    assert check(html=GOOD).source is None


def test_a_string_is_markup_never_a_file_name(tmp_path: Path) -> None:
    """A service passing user-submitted text to check() must not expose local files."""
    secret = tmp_path / "secret.html"
    secret.write_text("<html><title>TOP-SECRET</title><img src=leak.png></html>")
    for text in ("/etc/passwd", str(secret)):
        for report in (check(text), check(html=text)):
            assert report.source is None
            dumped = repr(report.to_dict())
            assert "root:" not in dumped
            assert "TOP-SECRET" not in dumped
            assert "leak.png" not in dumped
    assert "leak.png" in repr(check(path=secret).to_dict()), "the file, when asked for by path"


@pytest.mark.parametrize("arguments", [
    {}, {"page": GOOD, "html": GOOD}, {"html": GOOD, "path": "x.html"},
    {"page": Path("x.html"), "path": "x.html"},
])
def test_exactly_one_page_is_given(arguments: dict[str, object]) -> None:
    with pytest.raises(TypeError, match="exactly one page"):
        check(**arguments)  # type: ignore[arg-type]


def test_rules_and_tags_select() -> None:
    report = check(GOOD, rules=["document-title", "html-has-lang"])
    assert [r.rule.id for r in report.results] == ["html-has-lang", "document-title"] or \
        {r.rule.id for r in report.results} == {"document-title", "html-has-lang"}
    tagged = check(GOOD, tags=["wcag242"])
    assert {r.rule.id for r in tagged.results} == {"document-title"}


def test_act_id_selects_rules() -> None:
    report = check(GOOD, rules=["2779a5"])
    assert [r.rule.id for r in report.results] == ["document-title"]


def test_unknown_rule_suggests() -> None:
    with pytest.raises(UnknownRuleError, match="did you mean document-title"):
        check(GOOD, rules=["document-titel"])


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"), (b"   \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
])
def test_bad_bytes(tmp_path: Path, content: bytes, message: str) -> None:
    page = tmp_path / "x.html"
    page.write_bytes(content)
    with pytest.raises(InputError, match=message):
        check(page)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        check(tmp_path / "nope.html")
    with pytest.raises(InputError, match="directory"):
        check(tmp_path)
    with pytest.raises(InputError, match="is a directory, not an HTML file"):
        check(path=str(tmp_path))


def test_non_utf8_bytes_are_decoded() -> None:
    page = "<html lang='fr'><title>Été</title><p>déjà</p></html>".encode("latin-1")
    report = check(page, rules=["document-title"])
    assert report.ok


def test_axe_shaped_dict() -> None:
    data = check(BAD).to_dict()
    assert set(data) >= {"tool", "violations", "incomplete", "passes", "inapplicable"}
    assert data["tool"]["name"] == "broadsheet"
    entry = next(v for v in data["violations"] if v["id"] == "html-has-lang")
    assert set(entry) >= {"id", "impact", "help", "help_url", "tags", "nodes"}
    assert set(entry["nodes"][0]) >= {"target", "html", "line", "message"}


def test_render_and_check_results_share_one_finding_shape() -> None:
    from tests.helpers import SEED_PATH

    import broadsheet

    rendered = broadsheet.render(SEED_PATH)
    report = check(BAD, rules=["html-has-lang"])
    for results in (rendered.violations, report.violations):
        assert results
        assert all(isinstance(f, broadsheet.Finding) and f.is_violation for f in results)
    assert [f.place for f in report.violations] == ["html"]
    assert all(f.place == f.pointer and f.place.startswith("/") for f in rendered.violations)
    assert [r.rule.id for r in report.rules(Outcome.FAILED)] == ["html-has-lang"]
