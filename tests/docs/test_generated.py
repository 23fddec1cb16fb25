"""Reference pages that are generated stay true: the CLI page and the ACT table."""

from __future__ import annotations

import pytest

from broadsheet import cli_docs
from broadsheet.cli import build_parser
from tests.docs import act_table
from tests.helpers import ROOT

DOCS = ROOT / "docs"


def test_cli_page_is_generated_from_help() -> None:
    page = (DOCS / "reference" / "cli.md").read_text("utf-8")
    assert page == cli_docs.markdown(), (
        "docs/reference/cli.md is stale: run "
        "`python -m broadsheet.cli_docs docs/reference/cli.md`")


def test_cli_page_has_every_command_and_option() -> None:
    page = cli_docs.markdown()
    parser = build_parser()
    subcommands = cli_docs.commands(parser)
    assert set(subcommands) >= {"render", "check", "rules", "schema", "preview"}
    for name, sub in subcommands.items():
        assert f"## `broadsheet {name}`" in page
        for action in sub._actions:
            for flag in action.option_strings:
                assert flag in page, (name, flag)


def test_cli_page_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    assert cli_docs.markdown() == (DOCS / "reference" / "cli.md").read_text("utf-8")


def test_act_table_is_generated_from_the_scoring() -> None:
    page = (DOCS / "explanation" / "act-table.md").read_text("utf-8")
    assert page == act_table.markdown(), (
        "docs/explanation/act-table.md is stale: run "
        "`python -m tests.docs.act_table docs/explanation/act-table.md`")


def test_act_table_names_every_act_rule() -> None:
    page = (DOCS / "explanation" / "act-table.md").read_text("utf-8")
    for act_id in ("23a2a8", "b5c3f8", "cf77f2", "ye5d6e"):
        assert f"(`{act_id}`)" in page


def test_render_findings_page_is_generated_from_the_catalog() -> None:
    from broadsheet import findings_docs

    page = (DOCS / "reference" / "render-findings.md").read_text("utf-8")
    assert page == findings_docs.markdown(), (
        "docs/reference/render-findings.md is stale: run `python -m "
        "broadsheet.findings_docs docs/reference/render-findings.md`")
