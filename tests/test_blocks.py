"""A block type is one module: the schema, the model, the renderer and the docs all derive
from the table of block types, so a block added to a table is validated, modelled, rendered
and documented with nothing else changed."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import jsonschema

from broadsheet import blocks, schema_codegen
from broadsheet.blocks import BLOCKS, Block, BlockSpec, BlockTable
from broadsheet.i18n import Translator
from broadsheet.model import Article
from broadsheet.reference import article_format
from broadsheet.render import context
from broadsheet.render.environment import BUILTIN_TEMPLATES, environment
from broadsheet.render.views import PageBuilder
from broadsheet.schema import article_schema
from tests.helpers import SEED_PATH

SEED = json.loads(SEED_PATH.read_text("utf-8"))


def test_the_schemas_block_types_are_the_tables() -> None:
    defs = article_schema()["$defs"]
    types = BLOCKS.types()
    assert defs["block"]["properties"]["type"]["enum"] == types
    branches = defs["block"]["allOf"]
    assert [b["if"]["properties"]["type"]["const"] for b in branches] == types
    assert [b["then"]["$ref"] for b in branches] == [f"#/$defs/{kind}" for kind in types]
    for spec in BLOCKS:
        for name, definition in spec.definitions.items():
            assert defs[name] == definition, f"$defs/{name} is not {spec.type}'s"
    lead = defs["lead"]
    assert lead["properties"]["type"]["enum"] == ["image", "video"]
    assert [b["then"]["$ref"] for b in lead["allOf"]] == ["#/$defs/image", "#/$defs/video"]
    assert [spec.type for spec in BLOCKS if spec.lead] == ["image", "video"]


def test_both_copies_of_the_schema_are_written_from_the_table() -> None:
    text = schema_codegen.schema_source()
    assert schema_codegen.PUBLISHED.read_text("utf-8") == text, \
        "run python -m broadsheet.schema_codegen"
    assert schema_codegen.PACKAGED.read_text("utf-8") == text, \
        "run python -m broadsheet.schema_codegen"
    assert schema_codegen.main(["--check"]) == 0


def test_a_type_left_out_of_the_table_leaves_the_schema() -> None:
    paragraph_only = BlockTable([BLOCKS["paragraph"]])
    defs = paragraph_only.schema(article_schema())["$defs"]
    assert defs["block"]["properties"]["type"]["enum"] == ["paragraph"]
    assert defs["lead"]["properties"]["type"]["enum"] == []
    for gone in ("heading", "image", "video", "media_common", "divider"):
        assert gone not in defs
    assert {"plain_text", "site", "author"} <= set(defs), "the hand-written parts stay"


def test_every_block_module_is_in_the_table_and_whole() -> None:
    folder = Path(blocks.__file__).parent
    helpers = {"__init__", "base", "media"}
    modules = {path.stem for path in folder.glob("*.py")} - helpers
    assert {spec.build.__module__.rsplit(".", 1)[1] for spec in BLOCKS} == modules
    for spec in BLOCKS:
        assert spec.model.type == spec.type
        assert spec.type in spec.definitions
        assert (BUILTIN_TEMPLATES / spec.template).is_file(), spec.template
        assert context.BLOCK_VIEWS[spec.type] is spec.view_type


# A throwaway block type, declared in one place as a module of broadsheet/blocks would be.
@dataclass(frozen=True, slots=True)
class Callout(Block):
    type: ClassVar[str] = "callout"
    text: str


def _build(data: Mapping[str, Any], pointer: str) -> Callout:
    return Callout(pointer, data["text"])


def _view(page: PageBuilder, block: Callout) -> dict[str, Any]:
    return {"type": block.type, "pointer": block.pointer,
            "text": page.inline(block.text, f"{block.pointer}/text")}


CALLOUT = BlockSpec(
    type="callout", model=Callout, build=_build, view=_view, view_type=dict,
    template="blocks/callout.html", docs="A boxed aside.",
    definitions={"callout": {
        "type": "object", "additionalProperties": False, "required": ["type", "text"],
        "properties": {"type": {"const": "callout"},
                       "text": {"$ref": "#/$defs/inline_html", "description": "What it says."}},
    }},
)
TABLE = BlockTable([*BLOCKS, CALLOUT])


def _errors(schema: dict[str, Any], data: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return sorted("/" + "/".join(map(str, e.absolute_path)) for e in validator.iter_errors(data))


def test_a_block_added_to_a_table_is_validated_modelled_rendered_and_documented(
        tmp_path: Path) -> None:
    data = copy.deepcopy(SEED)
    at = len(data["body"])
    data["body"].append({"type": "callout", "text": "Polls close at <b>8pm</b><script>x</script>"})
    schema = TABLE.schema(article_schema())
    assert _errors(schema, data) == []
    assert _errors(article_schema(), data) != [], "only the table with the callout accepts it"
    missing = copy.deepcopy(data)
    del missing["body"][at]["text"]
    assert _errors(schema, missing) == [f"/body/{at}"]

    article = Article.build(data, TABLE)
    assert article.body[at] == Callout(f"/body/{at}", data["body"][at]["text"])

    translator = Translator(article.language)
    builder = PageBuilder(article, translator, blocks=TABLE)
    page = builder.page()
    assert page["body"][-1] == {"type": "callout", "pointer": f"/body/{at}",
                                "text": "Polls close at <b>8pm</b>"}
    assert [(f.rule, f.pointer) for f in builder.findings if f.pointer.startswith(f"/body/{at}")] \
        == [("render-inline-content-dropped", f"/body/{at}/text")]

    (tmp_path / "blocks").mkdir()
    (tmp_path / "blocks" / "callout.html").write_text(
        '<aside class="callout">{{ block.text }}</aside>\n', "utf-8")
    html = environment(tmp_path).get_template("fragment.html").render(
        page=page, _=translator, block_templates=TABLE.templates(), json_ld="",
        stylesheet="", content_security_policy=None)
    assert '<aside class="callout">Polls close at <b>8pm</b></aside>' in html

    docs = article_format.markdown(TABLE)
    assert "### `callout`\n\nA boxed aside.\n\n| field | type | required | meaning |" in docs
    assert "| `text` | inline HTML | yes | What it says. |" in docs
    assert "### `callout`" not in article_format.markdown()
