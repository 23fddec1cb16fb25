"""The article format reference (docs/article-format.md), generated from the schema."""

from __future__ import annotations

from typing import Any

from broadsheet.blocks import BLOCKS, BlockTable
from broadsheet.schema import article_schema

_INTRO = """\
# The article format (`broadsheet.article/1`)

<!-- Generated from schemas/article.schema.json by `python docs/generate.py`.
     Do not edit by hand: a test fails when this file and the schema disagree. -->

Broadsheet's input contract. The JSON Schema (2020-12) at `schemas/article.schema.json`
(`$id` `{id}`, version {version}) is the single source of truth; this page is generated
from it. Unknown fields are errors, so typos never pass silently. Strings are plain text
unless the field says *inline HTML*, which is sanitised through an allowlist: `a[href,
hreflang,lang]`, `em`, `strong`, `i`, `b`, `q[cite]`, `cite`, `abbr[title]`, `code`, `sub`,
`sup`, `mark`, `s`, `small`, `br`, `span[lang,dir]`, `time[datetime]`, `bdi`; everything
else is removed with its markup (text kept; block-level markup such as `p`, `h3` or `li`
leaves a space so words stay apart; images, frames, scripts and styles dropped whole).
Links allow `http`, `https`, `mailto`, `tel`, relative and `#fragment` URLs only. Every
change that drops or merges content is a render finding naming the field.
"""

_SECTIONS = [
    ("Site", "site"), ("Author", "author"), ("Alert", "alert"), ("Correction", "correction"),
    ("Link", "link"), ("Section", "named_link"), ("Tag", "tag"), ("Live blog", "live"),
    ("Live blog post", "live_post"), ("Live blog pages", "live_pages"),
]
_SHARED = {"source": "Media source", "track": "Text track"}


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        names = {"plain_text": "plain text", "inline_html": "inline HTML", "url": "URL",
                "date_time": "RFC 3339 date-time", "date": "RFC 3339 date or date-time",
                "language": "BCP 47 tag", "block": "block", "lead": "image or video block",
                 "named_link": "section"}
        return names.get(name, name.replace("_", " "))
    if "const" in schema:
        return f"`{schema['const']!r}`".replace("'", '"')
    if "enum" in schema:
        return " \\| ".join(f"`{value}`" for value in schema["enum"])
    if "anyOf" in schema or "oneOf" in schema:
        options: list[dict[str, Any]] = schema.get("anyOf") or schema.get("oneOf") or []
        return " or ".join(_type_of(option) for option in options)
    if schema.get("type") == "array":
        return f"list of {_type_of(schema.get('items', {}))}"
    if schema.get("type") == "integer":
        bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum") if k in schema]
        return "integer" + (f" ({', '.join(bounds)})" if bounds else "")
    return str(schema.get("type", "any"))


def _table(definition: dict[str, Any], defs: dict[str, Any] | None = None) -> list[str]:
    required = set(definition.get("required", ()))
    rows = ["| field | type | required | meaning |", "|---|---|---|---|"]
    for name, schema in definition.get("properties", {}).items():
        if schema is True and defs is not None and "$ref" in definition:  # declared there
            schema = defs[definition["$ref"].rsplit("/", 1)[-1]]["properties"][name]
        description = schema.get("description", "") if isinstance(schema, dict) else ""
        kind = _type_of(schema) if isinstance(schema, dict) else "any"
        rows.append(f"| `{name}` | {kind} | {'yes' if name in required else 'no'} | "
                    f"{description} |")
    return rows


def markdown(blocks: BlockTable = BLOCKS) -> str:
    """The whole reference page (for the block types of ``blocks``)."""
    schema = blocks.schema(article_schema())
    defs = schema["$defs"]
    lines = [_INTRO.format(id=schema["$id"], version=schema["version"]), "## Article (top level)",
             "", *_table(schema), ""]
    for title, name in _SECTIONS:
        lines += [f"## {title}", "", *_table(defs[name]), ""]
    lines += ["## Blocks", "",
              "`body[]` items, discriminated by `type`. Heading levels are normalised so "
              "none is skipped; the alt text policy applies to every image.", ""]
    for spec in blocks:
        definition = defs[spec.type]
        lines += [f"### `{spec.type}`", ""]
        if spec.docs:
            lines += [spec.docs, ""]
        if definition.get("then", {}).get("description"):
            lines += [definition["then"]["description"], ""]
        lines += [*_table(definition, defs), ""]
        for name in spec.definitions:  # its parts: a timeline's events, a Q&A's items
            if name != spec.type and name not in _SHARED and defs[name].get("type") == "object":
                lines += [f"#### {name.replace('_', ' ').capitalize()}", "",
                          *_table(defs[name]), ""]
    for name, title in _SHARED.items():
        lines += [f"### {title}", "", *_table(defs[name]), ""]
    return "\n".join(lines).rstrip() + "\n"
