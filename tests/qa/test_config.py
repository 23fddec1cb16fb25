"""Settings files: found upward, CLI over file, unknown keys named with their file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.checks import InputError
from broadsheet.cli import main
from broadsheet.findings import Impact
from broadsheet.qa.config import find_config, load_config, merge

PAGE = ("<!DOCTYPE html><html lang='en'><head><title>T</title></head><body>"
        "<a class='skip-link' href='#main'>Skip to main content</a><main id='main'><h1>T</h1>"
        "<div class='third-party'><img src='ad.png'></div>"
        "<p><a href='/x'>click here</a></p></main></body></html>")


def test_pyproject_table_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "site"\n[tool.broadsheet.check]\ndisable = ["region"]\n'
        'fail-on = "serious"\nbaseline = "a11y/baseline.json"\n', encoding="utf-8")
    deep = tmp_path / "src" / "pages"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    config = load_config(start=deep)
    assert config.disable == ("region",)
    assert config.fail_on is Impact.SERIOUS
    assert config.baseline == str(tmp_path / "a11y" / "baseline.json")  # relative to the file


def test_pyproject_without_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "broadsheet.toml").write_text("[check]\ntags = ['wcag2a']\n", encoding="utf-8")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(inner) == tmp_path / "broadsheet.toml"
    assert load_config(start=inner).tags == ("wcag2a",)


@pytest.mark.parametrize(("text", "message"), [
    ("[check]\nfail_on = 'serious'\n", "unknown key 'fail_on' in [check]"),
    ("[check]\nfail-on = 'high'\n", "fail-on = 'high'; choose from minor"),
    ("[check]\njobs = 0\n", "jobs must be a whole number"),
    ("[check]\nexclude = 3\n", "exclude must be a list of strings"),
    ("[cheque]\n", "unknown table or key 'cheque'"),
    ("[check\n", "not valid TOML"),
])
def test_bad_settings_name_key_and_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broadsheet.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_config(path)
    assert str(raised.value).startswith(str(path))
    assert message in str(raised.value)


def test_cli_overrides_and_adds(tmp_path: Path) -> None:
    path = tmp_path / "broadsheet.toml"
    path.write_text("[check]\ndisable = ['region']\nformat = 'json'\nfail-on = 'minor'\n",
                    encoding="utf-8")
    config = merge(load_config(path), disable=("skip-link",), format="sarif",
                   fail_on=Impact.CRITICAL, rules=None)
    assert config.disable == ("region", "skip-link")
    assert config.format == "sarif"
    assert config.fail_on is Impact.CRITICAL


def test_check_honours_file_and_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "broadsheet.toml").write_text(
        "[check]\nexclude = ['.third-party']\nformat = 'json'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "page.html"]) == 1  # link-text-generic still fails
    data = json.loads(capsys.readouterr().out)
    assert {v["id"] for v in data["pages"][0]["violations"]} == {"link-text-generic"}
    assert main(["check", "page.html", "--disable", "link-text-generic"]) == 0
    capsys.readouterr()
    # --config names another file; its unknown key is an error naming both (exit 2)
    other = tmp_path / "other.toml"
    other.write_text("[check]\nignore = ['x']\n", encoding="utf-8")
    assert main(["check", "page.html", "--config", str(other)]) == 2
    assert f"{other}: unknown key 'ignore'" in capsys.readouterr().err


def test_fail_on_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace("<div class='third-party'><img src='ad.png'></div>", ""),
                    encoding="utf-8")
    assert main(["check", str(page), "--fail-on", "moderate"]) == 1  # link text: moderate
    assert main(["check", str(page), "--fail-on", "serious"]) == 0
    assert "no violations fail the run (fail-on: serious)" in capsys.readouterr().out


def test_bad_exclude_selector_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["check", str(page), "--exclude", "div["]) == 2
    assert "'div[' is not a CSS selector" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "message"), [
    ('disable = ["regoin"]', "unknown rule 'regoin' (did you mean region?)"),
    ('tags = ["wcag2aa", "wcga21aa"]', "unknown tag 'wcga21aa'"),
    ("rules = []", "the list of rules is empty"),
])
def test_a_rule_typo_in_the_settings_file_names_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        text: str, message: str) -> None:
    # A blind QA trial (round 50): other settings errors named the file, a rule typo not.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(f"[tool.broadsheet.check]\n{text}\n", "utf-8")
    (tmp_path / "p.html").write_text("<!DOCTYPE html><html lang=en><title>t</title>", "utf-8")
    assert main(["check", "p.html"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'pyproject.toml'}: " in err
    assert message in err


def test_a_browser_rule_disabled_in_the_file_is_no_error_without_the_browser(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broadsheet.toml").write_text('[check]\ndisable = ["reflow-320"]\n', "utf-8")
    (tmp_path / "p.html").write_text("<!DOCTYPE html><html lang=en><title>t</title>"
                                     "<main><h1>T</h1></main>", "utf-8")
    assert main(["check", "p.html"]) == 0


def test_jobs_zero_means_one_per_cpu_and_timeout_zero_says_what_it_takes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.html"
    page.write_text("<!DOCTYPE html><html lang=en><title>t</title><main><h1>T</h1></main>",
                    "utf-8")
    assert main(["check", "--jobs", "0", str(page), str(page)]) == 0
    with pytest.raises(SystemExit):
        main(["check", "--timeout", "0", str(page)])
    assert "give more than 0 and at most 3600 seconds" in capsys.readouterr().err
