"""The compiled fast path: taken by valid articles, never saying yes where jsonschema says no."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadsheet import _article_validator
from broadsheet.schema import article_schema
from broadsheet.schema_codegen import MODULE, generated_code
from broadsheet.schema_fast import is_valid, schema_digest
from tests.helpers import ARTICLE_FILES, SEED_PATH

REFERENCE = jsonschema.Draft202012Validator(
    article_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
ARTICLES = [json.loads(path.read_text("utf-8")) for path in [SEED_PATH, *ARTICLE_FILES]]


def test_the_shipped_code_is_generated_from_the_shipped_schema() -> None:
    assert schema_digest() == _article_validator.SCHEMA_SHA256, \
        "the schema changed: run python -m broadsheet.schema_codegen"
    assert MODULE.read_text("utf-8") == generated_code(), \
        "run python -m broadsheet.schema_codegen"


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_every_valid_fixture_takes_the_fast_path(index: int) -> None:
    assert not list(REFERENCE.iter_errors(ARTICLES[index]))
    assert is_valid(ARTICLES[index])


@pytest.mark.parametrize(("path", "value"), [
    (("headline",), 1), (("headline",), True), (("headline",), ""),
    (("body", 0, "type"), "paragraf"), (("language",), "english"),
    (("published",), "2024-01-01T00:00:00+0000"), (("published",), "yesterday"),
    (("body",), {}), (("body", 0, "unknown"), "x"), (("id",), "a b"),
    # the block validator looks its branch up by type: types that are no key, or no string
    (("body", 0, "type"), ["paragraph"]), (("body", 0, "type"), None), (("body", 0), {}),
    (("body", 0), {"type": "image"}), (("body", 0), "paragraph"),
])
def test_each_broken_field_is_refused(path: tuple[str | int, ...], value: Any) -> None:
    data = copy.deepcopy(ARTICLES[0])
    _set(data, path, value)
    assert list(REFERENCE.iter_errors(data)), "the case breaks the schema"
    assert not is_valid(data)


def test_data_that_is_not_an_object_is_refused_not_raised() -> None:
    for data in (None, [], "article", 3, {"body": None}):
        assert not is_valid(data)


def _set(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _places(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path to a value inside ``data``."""
    found = [path] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(-2, 2) | st.sampled_from(
        ["", " ", "x", "paragraph", "image", "en", "2024-02-30T10:00:00Z", "https://a.b/",
         "P1D", "a\nb", "1"]),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(
        st.sampled_from(["type", "text", "src", "alt", "x", "items"]), inner, max_size=2),
    max_leaves=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_never_more_permissive_than_jsonschema(data: st.DataObject) -> None:
    article = copy.deepcopy(data.draw(st.sampled_from(ARTICLES)))
    for _ in range(data.draw(st.integers(1, 3))):
        place = data.draw(st.sampled_from(_places(article)))
        parent = article
        for key in place[:-1]:
            parent = parent[key]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[place[-1]]
        else:
            parent[place[-1]] = data.draw(JSON)
    if is_valid(article):
        assert not list(REFERENCE.iter_errors(article))
