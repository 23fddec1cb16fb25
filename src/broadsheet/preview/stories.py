"""Block stories: every block type of the article format (:data:`~broadsheet.blocks.BLOCKS`)
shown alone, once per variant the fixtures use, with its schema fields.

A variant is a distinct shape of a real block in the fixtures: its type, the fields it sets,
the page's direction and whether it is the lead (the figure with a credit and the one without
are two variants; the fifth plain paragraph is not a new one). Each is rendered alone, in the
article it came from reduced to what the schema requires (:data:`KEPT`), so the page around
it is the smallest a reader can meet. Served, each variant's props are also live controls
(:mod:`broadsheet.preview.controls`).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from broadsheet.blocks import BLOCKS, BlockSpec
from broadsheet.findings import Finding
from broadsheet.policy.language import direction_of
from broadsheet.preview.files import write_text

#: The article fields a story keeps from its fixture: what the schema requires, the page's
#: direction and the footnotes a block's text may point at.
KEPT = ("format", "id", "language", "direction", "headline", "published", "site", "footnotes")
#: Blocks that show what other blocks of their article hold: a story keeps those blocks of
#: the fixture after it (a table of contents alone lists nothing).
COMPANIONS = {"contents": "heading"}
#: Variants shown per block type, at most (a folder of generated fixtures could hold
#: thousands of shapes); the rest are counted.
MAX_VARIANTS = 12


@dataclass(frozen=True, slots=True)
class Prop:
    """One field of a block type's schema."""

    name: str
    kind: str  # "string", "integer", "inline_html", "one of: a, b" …
    required: bool
    description: str
    #: Variants setting it (by index into the story's variants).
    used_by: tuple[int, ...] = ()


@dataclass
class Variant:
    """One shape of a block type as a fixture uses it."""

    key: str  # its folder: fixture and pointer, e.g. "be-political-prisoners-quote--body-2"
    fixture: str  # the fixture's slug
    source: str  # the fixture's path as given
    pointer: str  # the block in the fixture's JSON ("/lead", "/body/2")
    language: str
    direction: str
    block: dict[str, Any]
    article: dict[str, Any]
    #: What rendering the whole fixture says about this block (pointers inside it).
    in_context: list[Finding] = field(default_factory=list)

    @property
    def is_lead(self) -> bool:
        return self.pointer == "/lead"

    @property
    def label(self) -> str:
        """How the gallery names it: where it sits, its direction and the optional fields set."""
        spec = BLOCKS[self.block["type"]]
        required = set(spec.definitions[spec.type].get("required", ()))
        optional = sorted(set(self.block) - required)
        where = "as the lead" if self.is_lead else "in the body"
        direction = "right to left" if self.direction == "rtl" else "left to right"
        fields = ", ".join(optional) if optional else "required fields only"
        return f"{where}, {self.language} {direction}: {fields}"

    def digest(self) -> str:
        """What the variant's page is built from, besides templates and code."""
        return hashlib.sha256(json.dumps(
            [self.article, [f.to_dict() for f in self.in_context]],
            sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass
class Story:
    """A block type: its schema fields, and its variants from the fixtures."""

    spec: BlockSpec
    props: list[Prop]
    variants: list[Variant]
    occurrences: int  # blocks of this type in all the fixtures
    fixtures: list[str]  # slugs of the fixtures using it
    more: int = 0  # variants beyond MAX_VARIANTS, not shown

    @property
    def type(self) -> str:
        return self.spec.type

    @property
    def cover(self) -> Variant | None:
        """The variant the Blocks index shows for the type: the first left-to-right one in
        an article's body (the default a designer meets first), else the first left-to-right
        one, else the first (round 43's review: the fixtures' Arabic ones sort first, so the
        Paragraph and Heading cards read as right-to-left specimens); a decorative one only
        when the type has no other."""
        ltr = [variant for variant in self.variants if variant.direction != "rtl"]
        # (a decorative one, an ornament, is no cover for its type: round 45's review saw the
        # Image card show a divider)
        shown = [variant for variant in ltr if not variant.block.get("decorative")] or ltr
        return next((variant for variant in shown if not variant.is_lead),
                    shown[0] if shown else self.variants[0] if self.variants else None)

    @property
    def other_direction(self) -> Variant | None:
        """A variant in the direction the cover is not (right to left beside a
        left-to-right cover), for the index's strip of variants; None when all share one."""
        cover = self.cover
        if cover is None:
            return None
        return next((variant for variant in self.variants
                     if variant.direction != cover.direction), None)

    @property
    def summary(self) -> str:
        """The first sentence of the block's docs."""
        first = re.split(r"(?<=\.)\s", self.spec.docs.strip(), maxsplit=1)[0]
        return first.replace("`", "")  # the docs' Markdown code marks


def _kind(schema: Any) -> str:
    """A field's type in words a designer reads (``inline_html``, ``one of: a, b`` …)."""
    if not isinstance(schema, Mapping):
        return "any"
    if "const" in schema:
        return json.dumps(schema["const"], ensure_ascii=False)
    if "enum" in schema:
        return "one of: " + ", ".join(str(value) for value in schema["enum"])
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        return name
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        return f"list of {_kind(items)}"
    if isinstance(kind, list):
        return " or ".join(str(k) for k in kind)
    return str(kind or "any")


def props(spec: BlockSpec, variants: list[Variant]) -> list[Prop]:
    """The fields of the block type's schema, in schema order, with the variants setting each."""
    own = spec.definitions[spec.type]
    required = set(own.get("required", ()))
    # Fields declared ``true`` are the shared definition's (a video's ``src`` is media's).
    shared = str(own.get("$ref", "")).rsplit("/", 1)[-1]
    base = next((other.definitions[shared] for other in BLOCKS.specs
                 if shared in other.definitions), {}) if shared else {}
    found = []
    for name, schema in own.get("properties", {}).items():
        if name == "type":
            continue  # the block's name, set in every variant
        if schema is True:
            schema = base.get("properties", {}).get(name, schema)
        found.append(Prop(
            name, _kind(schema), name in required,
            str(schema.get("description", "")) if isinstance(schema, Mapping) else "",
            tuple(index for index, variant in enumerate(variants) if name in variant.block)))
    return found


def _shape(block: Mapping[str, Any], pointer: str, direction: str) -> tuple[Any, ...]:
    return (block.get("type"), tuple(sorted(block)), direction, pointer == "/lead")


def _slug(fixture: str, pointer: str) -> str:
    return fixture + "-" + re.sub(r"[^a-z0-9]+", "-", pointer.lower())


def stories(fixtures: Iterable[tuple[str, str, Mapping[str, Any], list[Finding]]]) -> list[Story]:
    """A story for every block type, in :data:`BLOCKS` order, from ``fixtures``: (slug, path
    as given, parsed JSON, findings of rendering it whole) of each fixture that renders."""
    found: dict[str, list[Variant]] = {kind: [] for kind in BLOCKS.types()}
    count: dict[str, int] = dict.fromkeys(found, 0)
    used_in: dict[str, list[str]] = {kind: [] for kind in found}
    shapes: dict[str, set[tuple[Any, ...]]] = {kind: set() for kind in found}
    more: dict[str, int] = dict.fromkeys(found, 0)
    for slug, source, data, findings in fixtures:
        language = str(data.get("language", ""))
        direction = str(data.get("direction") or direction_of(language))
        lead = data.get("lead")
        blocks = [("/lead", lead)] if isinstance(lead, Mapping) else []
        blocks += [(f"/body/{index}", block) for index, block in enumerate(data.get("body", ()))]
        for pointer, block in blocks:
            kind = block.get("type") if isinstance(block, Mapping) else None
            if kind not in found:
                continue
            count[kind] += 1
            if slug not in used_in[kind]:
                used_in[kind].append(slug)
            shape = _shape(block, pointer, direction)
            if shape in shapes[kind]:
                continue
            shapes[kind].add(shape)
            if len(found[kind]) >= MAX_VARIANTS:
                more[kind] += 1
                continue
            article = {name: copy.deepcopy(data[name]) for name in KEPT if name in data}
            companions = [copy.deepcopy(dict(item)) for _, item in blocks
                          if isinstance(item, Mapping)
                          and item.get("type") == COMPANIONS.get(str(kind))]
            article["body"] = [] if pointer == "/lead" else [copy.deepcopy(dict(block)),
                                                              *companions]
            if pointer == "/lead":
                article["lead"] = copy.deepcopy(dict(block))
            found[kind].append(Variant(
                _slug(slug, pointer), slug, source, pointer, language, direction,
                copy.deepcopy(dict(block)), article,
                [f for f in findings if f.pointer == pointer
                 or (f.pointer or "").startswith(pointer + "/")]))
    return [Story(spec, props(spec, found[spec.type]), found[spec.type], count[spec.type],
                  used_in[spec.type], more[spec.type]) for spec in BLOCKS]


def write_article(variant: Variant, folder: Path) -> Path:
    """The variant's article as JSON in ``folder`` (``story.json``), to render like a fixture."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "story.json"
    write_text(path, json.dumps(variant.article, ensure_ascii=False, indent=2) + "\n")
    return path


def shown_json(block: Mapping[str, Any]) -> str:
    """A block's JSON as the gallery prints it (indented, its own script)."""
    return json.dumps(block, ensure_ascii=False, indent=2)
