"""``broadsheet import`` on the command line: outputs, exit status, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.cli import main
from broadsheet.schema import load_article
from tests.helpers import ROOT

IMPORT = ROOT / "fixtures" / "import"
SEED = IMPORT / "seed-article-page.html"


def test_import_to_a_file_then_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.json"
    assert main(["import", str(SEED), "-o", str(out)]) == 0
    load_article(out)
    err = capsys.readouterr().err
    assert f"{SEED}: line 69 html > body > footer > ul > li > img: error: alt-placeholder" in err
    page = tmp_path / "a.html"
    assert main(["render", str(out), "-o", str(page)]) == 0
    assert main(["check", str(page)]) == 0


def test_import_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "-q", str(IMPORT / "story.md")]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["id"] == "library-reopens"
    assert captured.err == ""


@pytest.mark.parametrize("name", ["home-page.html", "login-page.html"])
def test_a_page_without_an_article_exits_2_and_leaves_the_output_alone(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.json"
    out.write_text("previous", "utf-8")
    assert main(["import", str(IMPORT / name), "-o", str(out)]) == 2
    assert f"broadsheet import: {IMPORT / name}: holds no article" in capsys.readouterr().err
    assert out.read_text("utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]  # no temporary file left


def test_unreadable_sources_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "missing.html")]) == 2
    assert "missing.html: no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"content_elements": [', "utf-8")
    assert main(["import", "--from", "ans", str(bad)]) == 2
    assert "bad.json: invalid JSON" in capsys.readouterr().err
    latin = tmp_path / "latin.html"
    latin.write_bytes(b"<p>caf\xe9</p>")
    assert main(["import", str(latin)]) == 2
    assert "latin.html: is not UTF-8" in capsys.readouterr().err


def test_out_dir_writes_each_article_by_id(tmp_path: Path) -> None:
    sources = [str(IMPORT / n) for n in ("story.md", "ans-story.json", "cms-body.json")]
    assert main(["import", "-q", *sources, "--out-dir", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "ABCDEF1234567890.json", "energy-prices-explainer.json", "library-reopens.json"]


def test_one_bad_source_writes_nothing(tmp_path: Path) -> None:
    sources = [str(IMPORT / "story.md"), str(IMPORT / "home-page.html")]
    assert main(["import", "-q", *sources, "--out-dir", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()


def test_several_sources_need_out_dir(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SEED), str(SEED)]) == 2
    assert "several sources need --out-dir" in capsys.readouterr().err


def test_meta_and_language_fill_what_the_source_does_not_say(tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"site": {"name": "Example News"}}), "utf-8")
    out = tmp_path / "a.json"
    assert main(["import", "-q", str(IMPORT / "wordpress-post.json"), "--language", "en-GB",
                 "--meta", str(meta), "-o", str(out)]) == 0
    article = json.loads(out.read_text("utf-8"))
    assert article["language"] == "en-GB"
    assert article["site"] == {"name": "Example News", "url": "https://example-news.org/"}


def test_from_overrides_detection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A page's HTML read as a CMS body: the whole page is the body, so the metadata is missing.
    assert main(["import", "--from", "body", str(SEED)]) == 2
    assert "no headline" in capsys.readouterr().err
