"""The article schema and loading: every problem at once, each with its place."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import broadsheet
from broadsheet import ArticleError
from broadsheet.blocks import BLOCKS
from broadsheet.schema import article_schema
from tests.helpers import ARTICLE_FILES, DATA, ROOT, SEED_PATH, fixture_ids

SEED = json.loads(SEED_PATH.read_text("utf-8"))
#: The block types, from the one table (tests/test_blocks.py proves the schema equals it).
BLOCK_TYPES = set(BLOCKS.types())


def problems_of(data: object) -> list[str]:
    with pytest.raises(ArticleError) as raised:
        broadsheet.load_article(data)  # type: ignore[arg-type]
    return [str(problem) for problem in raised.value.problems]


def test_schema_is_2020_12_with_id_and_version() -> None:
    schema = json.loads((ROOT / "schemas" / "article.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("https://")
    assert schema["version"] in schema["$id"]
    assert set(schema["$defs"]["block"]["properties"]["type"]["enum"]) == BLOCK_TYPES


def test_the_packaged_schema_is_the_published_one() -> None:
    published = json.loads((ROOT / "schemas" / "article.schema.json").read_text("utf-8"))
    assert article_schema() == published


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_every_fixture_is_valid(path: Path) -> None:
    article = broadsheet.load_article(path)
    assert article.id == path.stem


def test_every_problem_is_reported_with_its_pointer() -> None:
    data = copy.deepcopy(SEED)
    data["body"][3] = {"type": "heading", "level": 7, "text": "Too deep"}
    data["body"][4] = {"type": "sidebar", "text": "x"}
    data["lead"]["captoin"] = "typo"
    del data["site"]["name"]
    data["published"] = "yesterday"
    found = problems_of(data)
    assert "/body/3/level: 7 is greater than the maximum of 6" in found
    assert any(p.startswith("/body/4/type: 'sidebar' is not a block type; use one of: "
                            "paragraph, heading,") for p in found)
    assert "/lead/captoin: unknown field 'captoin' (did you mean 'caption'?)" in found
    assert any(p.startswith("/published:") for p in found)
    assert "/site: missing required field 'name'" in found
    assert len(found) == 5
    pointers = [p.split(": ")[0] for p in found]
    assert pointers == ["/body/3/level", "/body/4/type", "/lead/captoin", "/published", "/site"]


def test_unknown_top_level_and_block_fields_are_errors() -> None:
    data = copy.deepcopy(SEED)
    data["headlne"] = "typo"
    data["body"][0]["style"] = "bold"
    assert problems_of(data) == [
        "/body/0/style: unknown field 'style'",
        "/headlne: unknown field 'headlne' (did you mean 'headline'?)",
    ]


def test_decorative_image_with_a_caption_is_an_error() -> None:
    data = copy.deepcopy(SEED)
    data["lead"]["decorative"] = True
    found = problems_of(data)
    assert len(found) == 1
    assert found[0].startswith("/lead: ")


@pytest.mark.parametrize(("text", "expected"), [
    ('{"format": "broadsheet.article/1",\n  "id": }', "line 2, column 9: invalid JSON"),
    ('{"id": 1, "id": 2}', "duplicate key 'id'"),
    ("", "line 1, column 1: invalid JSON"),
])
def test_invalid_json_is_reported_with_line_and_column(tmp_path: Path, text: str,
                                                       expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, "utf-8")
    with pytest.raises(ArticleError) as raised:
        broadsheet.load_article(path)
    assert raised.value.lines() == [f"{path}: {raised.value.problems[0]}"]
    assert expected in raised.value.lines()[0]


def test_files_that_are_not_utf8_or_missing_or_folders_are_clear_errors(tmp_path: Path) -> None:
    binary = tmp_path / "binary.json"
    binary.write_bytes(b'{"a":\n "\xff\xfe"}')
    cases = {binary: "line 2, column 3: not valid UTF-8", tmp_path / "missing.json": "no such file",
             tmp_path: "is a directory"}
    for path, message in cases.items():
        with pytest.raises(ArticleError) as raised:
            broadsheet.load_article(path)
        assert message in str(raised.value)
        assert str(raised.value).startswith(str(path))


def _straight_quotes(data: object) -> str:
    """``data`` as JSON text with typographic quotes and apostrophes made straight."""
    return json.dumps(data, ensure_ascii=False).translate(
        str.maketrans({"\u201c": '\\"', "\u201d": '\\"', "\u2018": "'", "\u2019": "'"}))


def test_the_seed_fixture_is_the_design_seed_but_for_its_shipped_pictures() -> None:
    """The design seed, verbatim except its lead and about pictures, which the fixture ships
    (offline photographs, the lead credited to its photographer), and its quotation marks,
    set as typographic ones; the seed's defects stay: the lead's alt text repeats the caption,
    the about picture's alt is the placeholder "16x9 Image"."""
    seed = json.loads((DATA / "seed" / "seed-article.json").read_bytes())
    fixture = json.loads(SEED_PATH.read_bytes())
    picture = ("src", "width", "height", "alt", "caption", "credit", "licence")
    assert {k: v for k, v in fixture["lead"].items() if k not in picture} == {
        k: v for k, v in seed["lead"].items() if k not in picture}
    about = fixture["site"]["about"]["image"]
    assert about["alt"] == seed["site"]["about"]["image"]["alt"] == "16x9 Image"
    assert about["src"].startswith("images/about-16x9")
    fixture["site"]["about"]["image"] = seed["site"]["about"]["image"]
    # The fixture sets the seed's straight quotes as typographic ones (the seed mixes both).
    assert _straight_quotes({k: v for k, v in fixture.items() if k != "lead"}) == \
        _straight_quotes({k: v for k, v in seed.items() if k != "lead"})
    assert seed["lead"]["alt"] == seed["lead"]["caption"]
    assert fixture["lead"]["alt"] == fixture["lead"]["caption"]
    assert fixture["lead"]["src"].startswith("images/")


def test_problems_come_in_a_stable_order() -> None:
    data = copy.deepcopy(SEED)
    for field in ("id", "headline", "language", "site"):
        del data[field]
    found = problems_of(data)
    assert found == sorted(found)
    assert found == [f"/: missing required field '{name}'"
                     for name in ("headline", "id", "language", "site")]


def test_messages_for_editors_quote_no_regular_expression() -> None:
    data = copy.deepcopy(SEED)
    data.update(headline=" ", id="a b", published="yesterday", language="english")
    data["body"][0] = {"type": "paragrph", "text": "x"}
    data["body"][1] = {"type": "video", "title": "t", "sources": [{"src": "a.mp4", "type": "mp4"}],
                       "duration": "3 minutes"}
    found = problems_of(data)
    assert "/headline: must not be empty" in found
    assert "/id: must be 1 to 128 letters, digits, dots, hyphens or underscores" in found
    assert "/body/0/type: 'paragrph' is not a block type (did you mean 'paragraph'?)" in found
    assert any(p.startswith("/published: 'yesterday' is not a date and time such as ")
               for p in found)
    assert "/language: 'english' is not a language tag such as en, uk or be-Latn" in found
    assert "/body/1/duration: '3 minutes' is not a duration such as PT3M12S (3 minutes 12 " \
           "seconds)" in found
    assert "/body/1/sources/0/type: 'mp4' is not a media type such as video/mp4" in found
    for problem in found:
        assert not re.search(r"\\[dSsw]|\^\[|\{\d+,\d+\}\$", problem), problem


@pytest.mark.parametrize(("language", "empty", "block_type"), [
    ("ru", "/headline: не может быть пустым",
     "/body/0/type: 'paragrph' — не тип блока (может быть, 'paragraph'?)"),
    ("uk", "/headline: не може бути порожнім",
     "/body/0/type: 'paragrph' — не тип блоку (можливо, 'paragraph'?)"),
    ("sw", "/headline: must not be empty",
     "/body/0/type: 'paragrph' is not a block type (did you mean 'paragraph'?)"),
])
def test_messages_are_in_the_articles_language_where_a_catalog_exists(
        language: str, empty: str, block_type: str) -> None:
    data = copy.deepcopy(SEED)
    data.update(headline="", language=language)
    data["body"][0] = {"type": "paragrph", "text": "x"}
    assert problems_of(data) == [block_type, empty]


def test_every_editor_message_is_in_the_catalog_template() -> None:
    from babel.messages.pofile import read_po

    from broadsheet import schema_messages

    with resources.files("broadsheet").joinpath("i18n/messages.pot").open("rb") as handle:
        ids = {message.id for message in read_po(handle)}
    source = Path(schema_messages.__file__).read_text("utf-8")
    used = {"".join(re.findall(r'"((?:[^"\\]|\\.)*)"', call))
            for call in re.findall(r'_\(((?:\s*"(?:[^"\\]|\\.)*"\s*)+)\)', source)}
    used = {text.replace("\\\\", "\\") for text in used}
    assert used
    assert used <= ids


def test_a_trailing_newline_fails_every_anchored_pattern_in_both_validators() -> None:
    # Python's ``$`` also matches before a final newline; jsonschema searches with Python's
    # re while fastjsonschema rewrites ``$`` to ``\Z``: the patterns must refuse it in both.
    data = copy.deepcopy(SEED)
    data.update(id="seed\n", published="2021-09-30T15:45:00Z\n", language="en\n")
    data["body"][1] = {"type": "video", "title": "t", "duration": "PT3M\n",
                       "sources": [{"src": "a.mp4", "type": "video/mp4\n"}]}
    found = problems_of(data)
    assert "/id: must be 1 to 128 letters, digits, dots, hyphens or underscores" in found
    assert any(p.startswith("/published: '2021-09-30T15:45:00Z\\n' is not a date and time such")
               for p in found)
    assert "/language: 'en\\n' is not a language tag such as en, uk or be-Latn" in found
    assert any(p.startswith("/body/1/duration: 'PT3M\\n' is not a duration") for p in found)
    assert "/body/1/sources/0/type: 'video/mp4\\n' is not a media type such as video/mp4" in found
    schema = article_schema()
    for pattern in re.findall(r'"pattern": "(\^[^"]*)"', json.dumps(schema)):
        assert json.loads(f'"{pattern}"').endswith("$(?!\\n)"), pattern


def test_a_date_with_a_trailing_newline_is_refused_with_its_pointer() -> None:
    data = copy.deepcopy(SEED)
    data["published"] = "2024-01-01T09:30:00Z\n"
    assert problems_of(data) == [
        "/published: '2024-01-01T09:30:00Z\\n' is not a date and time such as "
        "2024-05-01T09:30:00+03:00"]
