"""Docs that are generated stay true: the article format page matches the schema."""

from __future__ import annotations

from broadsheet.schema import article_schema
from broadsheet.schema_docs import markdown
from tests.helpers import ROOT


def test_article_format_page_is_generated_from_the_schema() -> None:
    page = (ROOT / "docs" / "article-format.md").read_text("utf-8")
    assert page == markdown(), (
        "docs/article-format.md is stale: run "
        "`broadsheet schema --format markdown > docs/article-format.md`")


def test_the_format_page_names_every_field_and_block_type() -> None:
    page = markdown()
    schema = article_schema()
    for name in schema["properties"]:
        assert f"| `{name}` |" in page
    for block_type in schema["$defs"]["block"]["properties"]["type"]["enum"]:
        assert f"### `{block_type}`" in page
        for field in schema["$defs"][block_type]["properties"]:
            assert f"| `{field}` |" in page
