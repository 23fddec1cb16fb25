"""Load and validate article data: every problem at once, each with its JSON pointer."""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from broadsheet.errors import ArticleError, Problem
from broadsheet.model import Article

#: Largest article file accepted, in bytes.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


@lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The article JSON Schema shipped inside the package."""
    text = resources.files("broadsheet").joinpath("schemas/article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_text() -> str:
    """The schema exactly as shipped, for ``broadsheet schema``."""
    return resources.files("broadsheet").joinpath("schemas/article.schema.json").read_text("utf-8")


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    cls = jsonschema.Draft202012Validator
    return cls(article_schema(), format_checker=cls.FORMAT_CHECKER)


def _pointer(path: Any) -> str:
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "".join(f"/{part}" for part in parts)


def _problems(error: ValidationError) -> Iterator[Problem]:
    """Readable problems for one schema error, descending into alternatives."""
    pointer = _pointer(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        allowed = list(schema.get("properties", {}))
        extras = [key for key in error.instance if key not in allowed]
        for key in extras:
            hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            yield Problem(f"{pointer}/{key}", f"unknown field {key!r}{suggestion}")
        return
    if error.validator in {"anyOf", "oneOf"} and error.context:
        best = best_match(error.context)
        if best is not None and best.validator != "type":
            yield from _problems(best)
            return
    if error.validator == "const" and error.path and error.path[-1] == "type":
        return  # reported once by the block's enum of types
    yield Problem(pointer, error.message)


def _sort_key(problem: Problem) -> list[tuple[int, int | str]]:
    parts = (problem.pointer or "").split("/")[1:]
    return [(0, int(p)) if p.isdigit() else (1, p) for p in parts]


def validate(data: Any, *, source: str | None = None) -> None:
    """Raise :class:`ArticleError` listing every way ``data`` breaks the schema."""
    problems = {problem for error in _validator().iter_errors(data) for problem in _problems(error)}
    if problems:
        raise ArticleError(sorted(problems, key=_sort_key), source=source)


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def read_json(path: str | os.PathLike[str]) -> Any:
    """Parse a JSON file, turning every failure into an :class:`ArticleError` naming its place."""
    source = os.fspath(path)
    file = Path(source)
    try:
        if file.is_dir():
            problem = Problem(None, "is a directory, not an article file")
            raise ArticleError([problem], source=source)
        if file.stat().st_size > MAX_ARTICLE_BYTES:
            limit = MAX_ARTICLE_BYTES // (1024 * 1024)
            raise ArticleError([Problem(None, f"larger than the {limit} MB limit")], source=source)
        raw = file.read_bytes()
    except FileNotFoundError:
        raise ArticleError([Problem(None, "no such file")], source=source) from None
    except PermissionError:
        raise ArticleError([Problem(None, "permission denied")], source=source) from None
    except OSError as error:
        raise ArticleError([Problem(None, error.strerror or str(error))], source=source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        message = f"line {line}: not valid UTF-8 (byte 0x{byte:02x} at offset {error.start})"
        raise ArticleError([Problem(None, message)], source=source) from None
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicates)
    except json.JSONDecodeError as error:
        message = f"line {error.lineno}, column {error.colno}: invalid JSON: {error.msg}"
        raise ArticleError([Problem(None, message)], source=source) from None
    except ValueError as error:  # duplicate keys
        raise ArticleError([Problem(None, f"invalid JSON: {error}")], source=source) from None
    except RecursionError:
        problem = Problem(None, "invalid JSON: nested too deeply")
        raise ArticleError([problem], source=source) from None


def load_article(article: str | os.PathLike[str] | Mapping[str, Any]) -> Article:
    """Validate article data (a path to a JSON file, or already parsed data) into the model.

    Raises :class:`ArticleError` listing every problem with its JSON pointer.
    """
    if isinstance(article, Mapping):
        data: Any = article
        source = None
    else:
        source = os.fspath(article)
        data = read_json(source)
    validate(data, source=source)
    return Article.build(data)
