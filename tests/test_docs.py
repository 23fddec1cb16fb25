"""Docs that are generated stay true: the article format page matches the schema."""

from __future__ import annotations

from broadsheet.reference.article_format import markdown
from broadsheet.schema import article_schema


def test_the_format_page_names_every_field_and_block_type() -> None:
    page = markdown()
    schema = article_schema()
    for name in schema["properties"]:
        assert f"| `{name}` |" in page
    for block_type in schema["$defs"]["block"]["properties"]["type"]["enum"]:
        assert f"### `{block_type}`" in page
        for field in schema["$defs"][block_type]["properties"]:
            assert f"| `{field}` |" in page
