"""Load and validate article data: every problem at once, each with its JSON pointer."""

from __future__ import annotations

import copy
import difflib
import json
import os
import re
import reprlib
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from broadsheet.blocks import timeline
from broadsheet.errors import ArticleError, Problem
from broadsheet.i18n import Translator
from broadsheet.inputs import ReadError, read_regular
from broadsheet.model import Article, parse_datetime
from broadsheet.schema_fast import is_valid as compiled_is_valid
from broadsheet.schema_messages import Translate, editor_message, unknown_field

#: Largest article file accepted, in bytes (documented in docs/security.md with the others).
MAX_ARTICLE_BYTES = 32 * 1024 * 1024
#: Deepest nesting of arrays and objects accepted (the format itself needs 6).
MAX_DEPTH = 32
#: Most blocks in ``body`` (the schema's ``maxItems``, repeated here for documentation).
MAX_BLOCKS = 100_000

#: Characters no text may hold: C0 controls other than tab, line feed and carriage return,
#: DEL and the C1 controls, lone surrogates and Unicode noncharacters. HTML forbids them all.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)
_CHARACTER_NAMES = {0: "NUL", 0x7F: "DEL", 0x1B: "ESC", 0x0B: "vertical tab", 0x0C: "form feed"}
_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxdict = 4
_SHORT.maxlevel = 2


@lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The article JSON Schema shipped inside the package."""
    text = resources.files("broadsheet").joinpath("schemas/article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_text() -> str:
    """The schema exactly as shipped, for ``broadsheet schema``."""
    return resources.files("broadsheet").joinpath("schemas/article.schema.json").read_text("utf-8")


Validator = jsonschema.Draft202012Validator


@lru_cache(maxsize=1)
def _validators() -> tuple[Validator, dict[str, Validator]]:
    """A validator for the article with body blocks checked only for their ``type``, and one
    per block type: dispatching on ``type`` here is ~10 times faster than the schema's
    ``if``/``then`` chain, and reports the same problems."""
    schema = {key: value for key, value in article_schema().items() if key != "$id"}
    shallow = copy.deepcopy(schema)
    block = schema["$defs"]["block"]
    shallow["$defs"]["block"] = {key: block[key] for key in ("type", "required", "properties")}
    blocks = {
        name: Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"},
                        format_checker=Validator.FORMAT_CHECKER)
        for name in block["properties"]["type"]["enum"]
    }
    return Validator(shallow, format_checker=Validator.FORMAT_CHECKER), blocks


def _pointer(path: Any) -> str:
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "".join(f"/{part}" for part in parts)


def _message(error: ValidationError, translate: Translate) -> str:
    """The schema error in words for an editor where there are such words, else jsonschema's
    message with the offending value shortened (it may be 10 MB)."""
    if (edited := editor_message(error, translate)) is not None:
        return edited
    instance = error.instance
    if error.validator == "maxLength" and isinstance(instance, str):
        return f"{len(instance):,} characters is longer than the limit of {error.validator_value:,}"
    if error.validator == "maxItems" and isinstance(instance, Sequence):
        return f"{len(instance):,} items is more than the limit of {error.validator_value:,}"
    message = error.message
    if len(message) > 200:
        message = message.replace(repr(instance), _SHORT.repr(instance))
    return message if len(message) <= 300 else message[:299] + "…"


def _problems(error: ValidationError, translate: Translate,
              prefix: Sequence[str | int] = ()) -> Iterator[Problem]:
    """Readable problems for one schema error, descending into alternatives."""
    pointer = _pointer([*prefix, *error.absolute_path])
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        allowed = list(schema.get("properties", {}))
        extras = [key for key in error.instance if key not in allowed]
        for key in extras:
            hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
            yield Problem(f"{pointer}/{_pointer([key])[1:]}",
                          unknown_field(key, hint[0] if hint else None, translate))
        return
    if error.validator in {"anyOf", "oneOf"} and error.context:
        best = best_match(error.context)
        if best is not None and best.validator != "type":
            yield from _problems(best, translate, prefix)
            return
    if error.validator == "const" and error.path and error.path[-1] == "type":
        return  # reported once by the block's enum of types
    yield Problem(pointer, _message(error, translate))


def _sort_key(problem: Problem) -> tuple[list[tuple[int, int | str]], str]:
    """Document order of the place, then the message (so the order never varies)."""
    return _place_key(problem), problem.message


def _place_key(problem: Problem) -> list[tuple[int, int | str]]:
    parts = (problem.pointer or "").split("/")[1:]
    return [(0, int(p)) if p.isdigit() else (1, p) for p in parts]


def _character(char: str) -> str:
    code = ord(char)
    name = _CHARACTER_NAMES.get(code)
    if name is None:
        kind = ("a lone surrogate" if 0xD800 <= code <= 0xDFFF
                else "a noncharacter" if code > 0x9F else "a control character")
        return f"U+{code:04X} ({kind})"
    return f"U+{code:04X} ({name})"


def _text_problems(data: Any) -> list[Problem]:
    """Nesting deeper than :data:`MAX_DEPTH` and characters no text may hold, in keys and
    values; walked without recursion so no input can exhaust the stack."""
    problems: list[Problem] = []
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            problems.append(Problem(_pointer(path), f"nested more than {MAX_DEPTH} levels deep"))
            continue
        if isinstance(value, str):
            if (found := _FORBIDDEN.search(value)) is not None:
                problems.append(Problem(_pointer(path), (
                    f"contains {_character(found.group())} at character {found.start() + 1}; "
                    "text may not hold control characters, lone surrogates or noncharacters")))
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if isinstance(key, str) and (found := _FORBIDDEN.search(key)) is not None:
                    problems.append(Problem(_pointer(path), (
                        f"a field name contains {_character(found.group())}")))
                stack.append((item, [*path, str(key)]))
        elif isinstance(value, list | tuple):
            stack.extend((item, [*path, index]) for index, item in enumerate(value))
    return problems


def _date_problems(data: Any) -> Iterator[Problem]:
    """Dates the schema's patterns accept but the calendar does not (``2024-02-30``)."""
    if not isinstance(data, Mapping):
        return
    places: list[tuple[str, Any]] = [(f"/{key}", data.get(key)) for key in ("published", "updated")]
    corrections = data.get("corrections")
    if isinstance(corrections, list):
        places += [(f"/corrections/{index}/date", item.get("date"))
                   for index, item in enumerate(corrections) if isinstance(item, Mapping)]
    live = data.get("live")
    if isinstance(live, Mapping):
        places.append(("/live/ended", live.get("ended")))
        posts = live.get("posts")
        for index, post in enumerate(posts if isinstance(posts, list) else ()):
            if isinstance(post, Mapping):
                places += [(f"/live/posts/{index}/{key}", post.get(key))
                           for key in ("published", "updated")]
    for pointer, value in places:
        if not isinstance(value, str):
            continue
        try:
            parse_datetime(value)
        except ValueError as error:
            yield Problem(pointer, f"{value[:40]!r} is not a real date and time ({error})")
    body = data.get("body")
    for index, block in enumerate(body if isinstance(body, list) else ()):
        if isinstance(block, Mapping) and block.get("type") == "timeline":
            for pointer, message in timeline.date_problems(block, f"/body/{index}"):
                yield Problem(pointer, message)


def validate(data: Any, *, source: str | None = None) -> None:
    """Raise :class:`ArticleError` listing every way ``data`` breaks the schema or the limits."""
    problems = set(_text_problems(data))
    body = data.get("body") if isinstance(data, Mapping) else None
    if isinstance(body, list) and len(body) > MAX_BLOCKS:
        problems.add(Problem("/body", f"{len(body):,} blocks is more than the limit of "
                                      f"{MAX_BLOCKS:,}"))
        data, body = {**data, "body": []}, []  # the other fields are still checked
    if not problems and compiled_is_valid(data):
        problems.update(_date_problems(data))
    elif not any(p.message.startswith("nested more") for p in problems):
        article, blocks = _validators()
        language = data.get("language") if isinstance(data, Mapping) else None
        translate = Translator(language if isinstance(language, str) else "en")
        problems.update(problem for error in article.iter_errors(data)
                        for problem in _problems(error, translate))
        for path, block in _blocks_of(data):
            kind = block.get("type") if isinstance(block, Mapping) else None
            if isinstance(kind, str) and kind in blocks:
                problems.update(problem for error in blocks[kind].iter_errors(block)
                                for problem in _problems(error, translate, path))
        if not problems:
            problems.update(_date_problems(data))
    if problems:
        raise ArticleError(sorted(problems, key=_sort_key), source=source)


def _blocks_of(data: Any) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Each block of the body and of a live blog's posts, with its path."""
    if not isinstance(data, Mapping):
        return
    if isinstance(body := data.get("body"), list):
        yield from ((("body", index), block) for index, block in enumerate(body))
    live = data.get("live")
    posts = live.get("posts") if isinstance(live, Mapping) else None
    for number, post in enumerate(posts if isinstance(posts, list) else ()):
        if isinstance(post, Mapping) and isinstance(blocks := post.get("body"), list):
            yield from ((("live", "posts", number, "body", index), block)
                        for index, block in enumerate(blocks))


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _source_name(source: str) -> str:
    """The path to name in messages, shortened when it is clearly not one (JSON text or
    longer than any file system allows), since a caller may pass anything as a path."""
    if len(source) <= 80 or not (_looks_like_json(source) or len(source) > 4096):
        return source
    return source[:79] + "…"


def _looks_like_json(source: str) -> bool:
    return source.lstrip().startswith(("{", "["))


def _not_a_path_hint(source: str) -> str:
    return "; to render JSON text, pass broadsheet.parse_article(text)" if _looks_like_json(
        source) else ""


def read_json(path: str | os.PathLike[str]) -> Any:
    """Parse a JSON file, turning every failure into an :class:`ArticleError` naming its place."""
    source = os.fspath(path)
    name = _source_name(source)
    try:
        raw = read_regular(source, max_bytes=MAX_ARTICLE_BYTES, kind="an article file")
    except ReadError as error:
        message = str(error)
        if message == "File name too long":
            message = "not a file: the path is too long"
        if message in {"no such file", "not a file: the path is too long"}:
            message += _not_a_path_hint(source)
        raise ArticleError([Problem(None, message)], source=name) from None
    return parse_json(raw, source=name)


def parse_json(raw: bytes | str, *, source: str | None = None) -> Any:
    """Parse JSON text or UTF-8 bytes, turning every failure into an :class:`ArticleError`
    (with line and column) naming ``source``."""
    if len(raw) > MAX_ARTICLE_BYTES:
        message = f"{len(raw):,} bytes is larger than the limit of {MAX_ARTICLE_BYTES:,} bytes"
        raise ArticleError([Problem(None, message)], source=source)
    if isinstance(raw, str):
        text = raw.removeprefix("\ufeff")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
            byte = raw[error.start]
            message = (f"line {line}, column {column}: not valid UTF-8 "
                       f"(byte 0x{byte:02x} at offset {error.start})")
            raise ArticleError([Problem(None, message)], source=source) from None
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicates,
                          parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        message = f"line {error.lineno}, column {error.colno}: invalid JSON: {error.msg}"
        raise ArticleError([Problem(None, message)], source=source) from None
    except ValueError as error:  # duplicate keys
        raise ArticleError([Problem(None, f"invalid JSON: {error}")], source=source) from None
    except RecursionError:
        problem = Problem(None, "invalid JSON: nested too deeply")
        raise ArticleError([problem], source=source) from None


def parse_article(text: str | bytes, *, source: str | None = None) -> Article:
    """Validate article JSON given as text (or UTF-8 bytes) into the model.

    The explicit way to render JSON held in memory (from a CMS, a queue, a request body):
    ``render(parse_article(text))``. A ``str`` passed to :func:`load_article` or
    ``render`` is always a path. ``source`` names the text in error messages.
    Raises :class:`ArticleError` listing every problem with its JSON pointer.
    """
    if not isinstance(text, str | bytes):
        raise TypeError(f"parse_article() takes JSON text or bytes, not {type(text).__name__}")
    data = parse_json(text, source=source)
    validate(data, source=source)
    return Article.build(data)


def load_article(article: str | os.PathLike[str] | Mapping[str, Any]) -> Article:
    """Validate article data (a path to a JSON file, or already parsed data) into the model.

    A ``str`` is always a path; JSON text goes through :func:`parse_article`.
    Raises :class:`ArticleError` listing every problem with its JSON pointer.
    """
    if isinstance(article, Mapping):
        data: Any = article
        source = None
    elif isinstance(article, str | os.PathLike):
        source = _source_name(os.fspath(article))
        data = read_json(article)
    else:
        raise TypeError("an article is a path, a mapping of parsed JSON or an Article, not "
                        f"{type(article).__name__}; JSON text goes through parse_article()")
    validate(data, source=source)
    return Article.build(data)
