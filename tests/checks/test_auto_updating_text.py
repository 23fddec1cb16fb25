"""ACT efbfc7 (text that changes automatically): the page-level review rule applies only where
the page's code could change text "multiple times ... where there is no user interaction":
a timer, an animation frame or event, media time, a message or a stream. Written from the
rule text."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadsheet.checks import check

RULE = "auto-updating-text-pausable"
PAGE = ("<!DOCTYPE html><html lang='en'><head><title>Page</title></head><body>"
        "<p>News <span id='t'>0</span></p>{}</body></html>")


def outcome(html: str = "", path: Path | None = None) -> str:
    report = (check(PAGE.format(html), rules=[RULE]) if path is None
              else check(path=path, rules=[RULE]))
    return str(next(r for r in report.results if r.rule.id == RULE).outcome)


@pytest.mark.parametrize(("code", "want"), [
    ("", "inapplicable"),  # no scripts
    ("<button onclick=\"t.textContent = 'clicked'\">Go</button>", "inapplicable"),  # a user
    ("<script>document.getElementById('t').textContent = 'once';</script>", "inapplicable"),
    ("<script>setInterval(() => { t.textContent++ }, 1000)</script>", "cant_tell"),
    ("<script>(function f() { t.textContent++; requestAnimationFrame(f) })()</script>",
     "cant_tell"),
    ("<script>new EventSource('/news').onmessage = (e) => { t.textContent = e.data }"
     "</script>", "cant_tell"),
    ("<video src='v.webm' autoplay ontimeupdate='t.textContent = this.currentTime'></video>",
     "cant_tell"),
    ("<script src='https://example.com/app.js'></script>", "cant_tell"),  # unseen code
])
def test_applies_only_where_code_can_change_text_without_a_user(code: str, want: str) -> None:
    assert outcome(code) == want


def test_a_local_script_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "quiet.js").write_text("document.title = 'x';", encoding="utf-8")
    (tmp_path / "ticker.js").write_text("setTimeout(function tick() { setTimeout(tick, 9) })",
                                        encoding="utf-8")
    quiet, ticker = tmp_path / "quiet.html", tmp_path / "ticker.html"
    quiet.write_text(PAGE.format("<script src='quiet.js'></script>"), encoding="utf-8")
    ticker.write_text(PAGE.format("<script src='ticker.js'></script>"), encoding="utf-8")
    assert outcome(path=quiet) == "inapplicable"
    assert outcome(path=ticker) == "cant_tell"
