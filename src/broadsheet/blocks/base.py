"""What a block type is (:class:`BlockSpec`) and the table of them (:class:`BlockTable`).

A block type is one module of :mod:`broadsheet.blocks` holding one ``SPEC``: its name, the
schema definitions of its fields, its model class and builder, its view builder and view
type, its template and its docs text. The schema's block parts
(``python -m broadsheet.schema_codegen``), the model, the renderer and the docs all read the
table, so a block type is added in one place.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

JsonSchema = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Block:
    """Base of every body block; ``type`` names its spec (and so its template)."""

    type: ClassVar[str] = ""
    pointer: str


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    url: str

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Link:
        return cls(text=data["text"], url=data["url"])


def build_all(items: Sequence[Any] | None, build: Callable[[Any, str], Any],
              pointer: str) -> tuple[Any, ...]:
    """``build(item, pointer)`` of each item of an array at ``pointer``."""
    return tuple(build(item, f"{pointer}/{index}") for index, item in enumerate(items or ()))


def _no_words(block: Any) -> Iterable[str]:
    return ()


@dataclass(frozen=True, slots=True)
class BlockSpec:
    """Everything Broadsheet knows about one block type."""

    #: The ``type`` value in the article data.
    type: str
    #: The frozen dataclass of a validated block (a :class:`Block`).
    model: builtins.type[Block]
    #: The model of one validated block: ``build(data, pointer)``.
    build: Callable[[Mapping[str, Any], str], Block]
    #: The view templates receive, applying the policies (``None``: the block renders
    #: nothing): ``view(page_builder, block)``.
    view: Callable[[PageBuilder, Any], Any]
    #: The typed dict of the view (documented in docs/reference/template-context.md).
    view_type: builtins.type
    #: The template that lays the view out (a user's folder may override it by name).
    template: str
    #: The schema's ``$defs`` the block adds, in order; its own fields under its type.
    definitions: Mapping[str, JsonSchema]
    #: Said before the field table in docs/article-format.md.
    docs: str = ""
    #: Whether it may be an article's ``lead``.
    lead: bool = False
    #: The plain text of the words readers hear in it, as body text (to tell whether a
    #: pull quote repeats the body).
    words: Callable[[Any], Iterable[str]] = field(default=_no_words)
    #: What a designer calls it, where the type in words would not do ("Pull quote" for
    #: ``pullquote``); see :attr:`name`.
    label: str = ""

    @property
    def name(self) -> str:
        """The block type as a designer says it: :attr:`label`, else the type in words
        (``audio_version``: "Audio version")."""
        return self.label or in_words(self.type)


def in_words(kind: str) -> str:
    """A type name in words, capitalised: ``audio_version`` is "Audio version"."""
    return kind.replace("_", " ").replace("-", " ").capitalize()


class BlockTable:
    """The block types, in the order the schema and the docs list them."""

    def __init__(self, specs: Iterable[BlockSpec]) -> None:
        self.specs = tuple(specs)
        self.by_type = {spec.type: spec for spec in self.specs}
        if len(self.by_type) != len(self.specs):
            raise ValueError("two block specs share a type")
        names = [name for spec in self.specs for name in spec.definitions]
        if len(set(names)) != len(names):
            raise ValueError("two block specs define one schema definition")

    def __iter__(self) -> Iterator[BlockSpec]:
        return iter(self.specs)

    def __getitem__(self, kind: str) -> BlockSpec:
        return self.by_type[kind]

    def name(self, kind: str) -> str:
        """What a designer calls the block type ``kind`` (:attr:`BlockSpec.name`); an
        unknown type in words."""
        spec = self.by_type.get(kind)
        return spec.name if spec is not None else in_words(kind)

    def types(self) -> list[str]:
        """Every block type, in order."""
        return [spec.type for spec in self.specs]

    def build(self, data: Mapping[str, Any], pointer: str) -> Block:
        """The typed block for one validated ``body`` (or ``lead``) item."""
        return self.by_type[data["type"]].build(data, pointer)

    def templates(self) -> dict[str, str]:
        """The template of each block type."""
        return {spec.type: spec.template for spec in self.specs}

    def schema(self, base: Mapping[str, Any]) -> JsonSchema:
        """``base`` (the article schema) with its block parts written from the specs: the
        ``$defs`` from ``block`` to ``lead`` (the type enum and one ``if``/``then`` per type,
        each block's definitions, the lead types); every other part is kept as it is."""
        defs: dict[str, Any] = dict(base["$defs"])
        names = list(defs)
        start = names.index("block") if "block" in defs else len(names)
        end = names.index("lead") + 1 if "lead" in defs else start
        kept_after = {name: defs[name] for name in names[end:]}
        written = {name: defs[name] for name in names[:start]}
        written["block"] = _dispatch(self.types())
        for spec in self.specs:
            written.update(spec.definitions)
        written["lead"] = _dispatch([spec.type for spec in self.specs if spec.lead])
        written.update(kept_after)
        return {**base, "$defs": written}


def _dispatch(types: list[str]) -> JsonSchema:
    """An object whose ``type`` is one of ``types``, checked against that type's definition."""
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": types}},
        "allOf": [
            {"if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
             "then": {"$ref": f"#/$defs/{kind}"}}
            for kind in types
        ],
    }
