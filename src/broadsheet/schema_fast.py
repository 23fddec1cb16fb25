"""A compiled fast path for validating article data that is valid, as most is.

jsonschema re-resolves ``$ref`` on every check and cost more than rendering. fastjsonschema
turns the schema into Python code, generated once (:mod:`broadsheet.schema_codegen`) and
shipped as :mod:`broadsheet._article_validator`, so no process pays to compile it; that code
answers "valid?" many times faster. It only answers yes or no:
:func:`broadsheet.schema.validate` still lists every problem with jsonschema whenever the
answer is no, and the code is never more permissive than jsonschema's reading of the schema
(tests/test_schema_fast.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import jsonschema

from broadsheet import _article_validator

_CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


def schema_text() -> str:
    """The shipped article schema's text."""
    return resources.files("broadsheet").joinpath("schemas/article.schema.json").read_text("utf-8")


def schema_digest() -> str:
    """SHA-256 of the shipped schema, recorded in the generated module to show it current."""
    return hashlib.sha256(schema_text().encode("utf-8")).hexdigest()


def formats(schema: Any) -> set[str]:
    """Every ``format`` the schema names."""
    if isinstance(schema, list):
        return set().union(*(formats(item) for item in schema))
    if not isinstance(schema, dict):
        return set()
    own = {schema["format"]} if isinstance(schema.get("format"), str) else set()
    return own.union(*(formats(value) for value in schema.values()))


def conforms(name: str) -> Callable[[Any], bool]:
    """A format check exactly as jsonschema makes it (fastjsonschema's own regexes differ)."""
    return lambda value: _CHECKER.conforms(value, name)


_FORMATS = {name: conforms(name) for name in formats(json.loads(schema_text()))}


def is_valid(data: Any) -> bool:
    """True when the article data is valid against the schema (False: ask jsonschema why)."""
    try:
        _article_validator.validate(data, custom_formats=_FORMATS)  # type: ignore[no-untyped-call]
    except Exception:  # any doubt: jsonschema decides, and explains
        return False
    return True
