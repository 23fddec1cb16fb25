"""Generated reference pages stay true: one check over every page, then what each must hold."""

from __future__ import annotations

import importlib.util

import pytest

from broadsheet.cli import build_parser
from broadsheet.reference import cli
from tests.helpers import ROOT

DOCS = ROOT / "docs"


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_generated_page_is_stale(capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI reference, article format, render findings, rule pages and ACT table."""
    assert _generator().main(["--check"]) == 0, capsys.readouterr().err


def test_every_generated_page_is_in_the_repository() -> None:
    generated = _generator().pages()
    assert {"docs/reference/cli.md", "docs/article-format.md", "docs/explanation/act-table.md",
            "docs/reference/render-findings.md", "docs/rules/index.md"} <= {
        str(path) for path in generated}
    assert all((ROOT / path).is_file() for path in generated)


def test_cli_page_has_every_command_and_option() -> None:
    page = cli.markdown()
    parser = build_parser()
    subcommands = cli.commands(parser)
    assert set(subcommands) >= {"render", "check", "rules", "schema", "preview"}
    for name, sub in subcommands.items():
        assert f"## `broadsheet {name}`" in page
        for action in sub._actions:
            for flag in action.option_strings:
                assert flag in page, (name, flag)


def test_cli_page_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    assert cli.markdown() == (DOCS / "reference" / "cli.md").read_text("utf-8")


def test_act_table_names_every_act_rule() -> None:
    page = (DOCS / "explanation" / "act-table.md").read_text("utf-8")
    for act_id in ("23a2a8", "b5c3f8", "cf77f2", "ye5d6e"):
        assert f"(`{act_id}`)" in page
