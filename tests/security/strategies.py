"""Hypothesis strategies for articles, generated from the article JSON Schema.

hypothesis-jsonschema's ``from_schema`` draws every leaf (strings with their patterns and
formats, numbers, enums); objects are assembled here from each ``$defs`` entry, because the
schema dispatches blocks with ``if``/``then`` (which ``from_schema`` can only meet by filtering)
and because its object generator relies on a Hypothesis internal that recent releases changed.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from broadsheet.schema import article_schema

SCHEMA = copy.deepcopy(article_schema())
DEFS: dict[str, Any] = SCHEMA["$defs"]
#: ISO 8601 durations; the schema's pattern uses lookaheads, which ``from_regex`` cannot draw.
DEFS["media_common"]["properties"]["duration"]["pattern"] = (
    "^P(\\d{1,2}D)?T(\\d{1,2}H)?(\\d{1,2}M)?\\d{1,2}(\\.\\d)?S$")
#: Real calendar dates: the schema's pattern also matches 2024-02-30, which the loader refuses.
DEFS["date"] = {"anyOf": [{"type": "string", "format": "date"}, {"$ref": "#/$defs/date_time"}]}
#: A timeline event's date: a real year, month, date or date-time (year 0 is no HTML year).
DEFS["timeline_event"]["properties"]["date"] = {"anyOf": [
    {"type": "string", "pattern": "^[1-9][0-9]{3}(-(0[1-9]|1[0-2]))?$"}, {"$ref": "#/$defs/date"}]}
#: Characters the loader refuses in any text (see tests/test_bad_input.py).
_REFUSED = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufdd0-\\ufdef"
                      + "".join(f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}" for p in range(17))
                      + "]")
MAX_ITEMS = 4


def _resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and set(schema) <= {"$ref", "description"} and "$ref" in schema:
        schema = DEFS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema with a ``$ref`` to shared properties (``media_common``) merged in."""
    if "$ref" not in schema:
        return schema
    base = _resolve({"$ref": schema["$ref"]})
    merged = {**base, **{k: v for k, v in schema.items() if k != "$ref"}}
    merged["properties"] = {name: base["properties"][name] if value is True else value
                            for name, value in schema["properties"].items()}
    return merged


def _object(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    schema = _merged(schema)
    properties = {name: strategy(sub) for name, sub in schema["properties"].items()}
    required = set(schema.get("required", ()))
    alternatives = [set(alt["required"]) for alt in schema.get("oneOf", ())]
    choices = []
    for chosen in alternatives or [set()]:
        others = set().union(*alternatives) - chosen
        choices.append(st.fixed_dictionaries(
            # in the schema's order, never a set's: a set of names iterates in an order that
            # changes with PYTHONHASHSEED, and so would the examples of the derandomised profile
            {name: s for name, s in properties.items() if name in required | chosen},
            optional={name: s for name, s in properties.items()
                      if name not in required | chosen | others}))
    result = st.one_of(choices)
    if schema.get("minProperties"):  # e.g. an embed's preview: at least one of its fields
        least = schema["minProperties"]
        result = result.filter(lambda d: len(d) >= least)
    condition = schema.get("if")
    if condition and schema.get("then", {}).get("not", {}).get("required"):
        (flag, spec), = condition["properties"].items()
        forbidden = schema["then"]["not"]["required"]
        result = result.map(lambda d: {k: v for k, v in d.items()
                                       if not (d.get(flag) == spec["const"] and k in forbidden)})
    return result


#: Text that policies judge: generic link text, placeholder and file-name alt, redundant
#: phrases, language names, long and invisible text. Drawn beside random text for every plain
#: text and inline HTML field, so the property tests meet what render and checker must agree
#: on, which random strings almost never spell.
VOCABULARY = ("here", "Read more", "Подробнее", "image", "16x9 Image", "фото", "logo.png",
              "www.example.com/a", "Photo of a dog on a beach", "Image of", "\u200b",
              "Crowds in Minsk. Police detained dozens.", "Crowds in Minsk.", "0W", "A" * 260,
              "Click here to read more", "Sandbags", "IMG_2041.jpg", "More")
_TEXT_DEFS = {"#/$defs/plain_text", "#/$defs/inline_html"}


def strategy(schema: Any) -> st.SearchStrategy[Any]:
    """Values valid against ``schema`` (a part of the article schema)."""
    if isinstance(schema, dict) and schema.get("$ref") in _TEXT_DEFS:
        return st.one_of(_leaf(_resolve(schema)), st.sampled_from(VOCABULARY))
    schema = _resolve(schema)
    if schema is True:
        return st.none()
    if "allOf" in schema and "properties" in schema and "type" in schema["properties"]:
        # a dispatch on "type": block or lead
        return st.one_of([strategy(rule["then"]) for rule in schema["allOf"]
                          if rule["if"]["properties"]["type"]["const"]
                          in schema["properties"]["type"]["enum"]])
    if "anyOf" in schema:
        return st.one_of([strategy(option) for option in schema["anyOf"]])
    if schema.get("type") == "object" or "properties" in schema:
        return _object(schema)
    if schema.get("type") == "array":
        items = strategy(schema["items"])
        low = schema.get("minItems", 0)
        return st.lists(items, min_size=low, max_size=max(low, MAX_ITEMS))
    return _leaf(schema)


def _leaf(schema: Any) -> st.SearchStrategy[Any]:
    return _leaf_of(json.dumps(schema, sort_keys=True))


@cache
def _leaf_of(key: str) -> st.SearchStrategy[Any]:
    """One strategy per distinct leaf (the schema repeats ``plain_text`` hundreds of times),
    given ``$defs`` only when it refers to them: ``from_schema`` copies, encodes and checks
    every schema it is given, and the whole ``$defs`` made that a minute of each collection."""
    schema = json.loads(key)
    return from_schema({**schema, "$defs": DEFS} if "$ref" in key else schema)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _REFUSED.sub("\ufffd", value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


#: Whole articles valid against the schema, with text the loader accepts.
articles: st.SearchStrategy[dict[str, Any]] = strategy(
    {k: v for k, v in SCHEMA.items() if k != "$defs"}).map(_clean)
