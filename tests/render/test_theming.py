"""A newsroom's own stylesheet: inlined or linked, allowed by the page's policy, and what the
policy would block reported as render findings."""

from __future__ import annotations

from pathlib import Path

import pytest

import broadsheet
from broadsheet.cli import main
from broadsheet.render.csp import source_hash
from tests.helpers import ARTICLES

STORM = ARTICLES / "en-storm-breaking-corrections.json"
TOKENS = ":root { --bs-accent: #005a9c; --bs-font-serif: Charter, serif; }\n"


def blocked(result: broadsheet.RenderResult) -> list[str]:
    return [f.message for f in result.findings if f.rule == "render-style-blocked"]


def test_an_inline_override_follows_broadsheets_stylesheet_and_the_policy_allows_it(
        tmp_path: Path) -> None:
    css = tmp_path / "newsroom.css"
    css.write_text(TOKENS, "utf-8")
    result = broadsheet.render(STORM, stylesheet=css)
    head = result.html.split("</head>")[0]
    assert head.index(broadsheet.stylesheet()) < head.index(f"<style>{TOKENS}</style>")
    style_src = next(d for d in result.content_security_policy.split("; ")
                     if d.startswith("style-src"))
    assert style_src.split()[1:] == [source_hash(broadsheet.stylesheet()), source_hash(TOKENS)]
    assert blocked(result) == []


@pytest.mark.parametrize(("href", "source"), [("/css/newsroom.css", "'self'"),
                                              ("https://static.news.example/a.css",
                                               "https://static.news.example")])
def test_a_linked_override_is_allowed_by_its_origin(href: str, source: str) -> None:
    result = broadsheet.render(STORM, stylesheet_href=href)
    assert f'<link rel="stylesheet" href="{href}">' in result.html
    style_src = next(d for d in result.content_security_policy.split("; ")
                     if d.startswith("style-src"))
    assert style_src.split()[-1] == source


def test_what_the_policy_would_block_is_reported_with_its_line(tmp_path: Path) -> None:
    css = tmp_path / "newsroom.css"
    css.write_text(
        '@import url("https://fonts.example/css?family=Lora");\n'           # line 1: blocked
        "@font-face { font-family: Lora; src: url(https://fonts.example/lora.woff2); }\n"  # 2
        "@font-face { font-family: Own; src: url(fonts/own.woff2); }\n"      # 3: own origin
        "@media (min-width: 40rem) {\n"
        "  .site-header { background: url(data:image/png;base64,iVBO); }\n"  # 5: blocked
        "}\n"
        ".note { background-image: url(https://cdn.news.example/paper.png); }\n",  # 7: https
        "utf-8")
    messages = blocked(broadsheet.render(STORM, stylesheet=css))
    assert [m.split(": ")[0] for m in messages] == [f"{css}:1", f"{css}:2", f"{css}:5"]
    assert "@import" in messages[0]
    assert "the font 'https://fonts.example/lora.woff2'" in messages[1]
    assert "the image 'data:image/png;base64,iVBO'" in messages[2]
    # relaxed pages load styles and fonts from https: only the data: image is still blocked
    relaxed = blocked(broadsheet.render(STORM, stylesheet=css, csp="relaxed"))
    assert [m.split(": ")[0] for m in relaxed] == [f"{css}:5"]
    # with no policy nothing is blocked
    assert blocked(broadsheet.render(STORM, stylesheet=css, csp=None)) == []


def test_an_inline_style_in_an_override_template_is_reported(tmp_path: Path) -> None:
    (tmp_path / "blocks").mkdir()
    (tmp_path / "blocks" / "note.html").write_text(
        '<div class="note" style="border-color: hotpink">{{ block.text }}</div>\n', "utf-8")
    result = broadsheet.render(STORM, templates=tmp_path)
    (message,) = blocked(result)
    assert message.startswith("2 style attribute(s) from override templates, the first "
                              '<div style="border-color: hotpink">'), message
    assert blocked(broadsheet.render(STORM)) == []


@pytest.mark.parametrize(("text", "error"), [
    ("p { color: red } </style><script>alert(1)</script>", "contains '</style'"),
    (None, "cannot read the stylesheet"),
])
def test_an_unusable_stylesheet_is_a_usage_error(tmp_path: Path, text: str | None, error: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    css = tmp_path / "newsroom.css"
    if text is not None:
        css.write_text(text, "utf-8")
    assert main(["render", str(STORM), "--css", str(css), "-o", str(tmp_path / "p.html")]) == 2
    assert error in capsys.readouterr().err
    assert not (tmp_path / "p.html").exists()
    with pytest.raises(broadsheet.RenderError, match=error):
        broadsheet.render(STORM, stylesheet=css)


def test_the_cli_inlines_and_links_and_reports(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    css = tmp_path / "newsroom.css"
    css.write_text(TOKENS + "@import 'https://x.example/a.css';\n", "utf-8")
    out = tmp_path / "page.html"
    assert main(["render", str(STORM), "--css", str(css), "--css-href", "theme.css",
                 "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert f"<style>{TOKENS}" in page
    assert '<link rel="stylesheet" href="theme.css">' in page
    assert f"render-style-blocked: {css}:2: @import" in capsys.readouterr().err
    assert main(["render", str(STORM), "--css-href", "javascript:alert(1)"]) == 2
