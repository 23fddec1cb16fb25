"""The documented template context is the context: every view of every fixture has exactly
the fields its typed view declares, of the declared types."""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from broadsheet.i18n import Translator
from broadsheet.render import context
from broadsheet.render.views import PageBuilder
from broadsheet.schema import load_article
from tests.helpers import ARTICLE_FILES, ROOT

EVERYTHING = ROOT / "tests" / "security" / "everything.json"
FILES = [*ARTICLE_FILES, EVERYTHING]


def conforms(value: Any, annotation: Any, where: str) -> list[str]:
    """Every way ``value`` differs from ``annotation``, each with its place."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return conforms(value, args[0], where)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return []
        options = [a for a in args if a is not type(None)]
        if len(options) > 1 and isinstance(value, dict):  # a lead: image or video
            options = [a for a in options
                       if value.get("type") in typing.get_args(typing.get_type_hints(a)["type"])]
        return conforms(value, options[0], where)
    if origin is typing.Literal:
        return [] if value in args else [f"{where}: {value!r} not in {args}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: not a list"]
        return [p for i, item in enumerate(value) for p in conforms(item, args[0], f"{where}/{i}")]
    if origin is tuple:
        return [] if isinstance(value, tuple) and len(value) == len(args) else [f"{where}: tuple"]
    if annotation is context.Block:
        annotation = context.BLOCK_VIEWS[value["type"]]
    if typing.is_typeddict(annotation):
        if not isinstance(value, dict):
            return [f"{where}: not a dict"]
        hints = typing.get_type_hints(annotation, include_extras=True)
        required = annotation.__required_keys__  # type: ignore[attr-defined]
        problems = [f"{where}: undocumented field {key!r}" for key in value if key not in hints]
        problems += [f"{where}: missing field {key!r}" for key in required if key not in value]
        for key, item in value.items():
            if key in hints:
                problems += conforms(item, hints[key], f"{where}.{key}")
        return problems
    expected = Markup if annotation is Markup else annotation
    if expected is str and isinstance(value, Markup):
        return []  # sanitised text is a str too
    if expected is int and isinstance(value, bool):
        return [f"{where}: bool where int"]
    return [] if isinstance(value, expected) else [f"{where}: {type(value).__name__}, "
                                                   f"not {annotation}"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_view_matches_its_documented_type(path: Path) -> None:
    article = load_article(path)
    page = PageBuilder(article, Translator(article.language)).page()
    assert conforms(page, context.PageView, "page") == []


def test_every_block_type_has_a_documented_view() -> None:
    from broadsheet.render.environment import BLOCK_TEMPLATES

    assert set(context.BLOCK_VIEWS) == set(BLOCK_TEMPLATES)
