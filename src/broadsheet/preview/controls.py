"""Live controls ("args") on block stories, under ``broadsheet preview --serve``.

Each variant of a block story shows a control per field of its block type, made from the
article schema (:func:`controls`): a text box for a string, a select for a choice of values,
a checkbox for a yes or no, a number box for a number, and the field's JSON for lists and
objects. Served, the page POSTs the edited block as JSON to :data:`STORY_PATH` with the
server's token (the same token and origin checks as verdicts, :mod:`broadsheet.preview.server`);
:class:`StoryRenderer` validates it against the schema, puts it in the variant's article in
place of the original and renders it with the normal renderer (which escapes and sanitises),
fixed to the scheme and direction asked for, as the story's frame shows it. It writes
nothing: the page shows the HTML in the story's frame (``srcdoc``, sandboxed without
scripts), its Content Security Policy as rendered. In the static gallery the variant's props
show as a read-only table, the controls disabled behind one "Edit" disclosure.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from broadsheet.blocks import BLOCKS, BlockSpec
from broadsheet.errors import ArticleError, BroadsheetError, Problem
from broadsheet.preview.schemes import eager_images, fixed_scheme, offline_media, with_direction
from broadsheet.preview.stories import Story
from broadsheet.schema import article_schema, load_article

STORY_PATH = "/__story__"
#: The largest edited block the server reads (bytes of JSON).
MAX_STORY = 256 * 1024
SCHEMES = ("light", "dark")
DIRECTIONS = ("ltr", "rtl")


@dataclass(frozen=True, slots=True)
class Control:
    """One field's control: ``widget`` is ``text``, ``textarea``, ``select``, ``checkbox``,
    ``number`` or ``json`` (a list or object, edited as JSON)."""

    name: str
    widget: str
    required: bool
    description: str
    options: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    step: str = "any"

    def value(self, block: Mapping[str, Any]) -> str:
        """The control's starting value for ``block`` (as the form holds it)."""
        if self.name not in block:
            return ""
        value = block[self.name]
        if self.widget == "json":
            return json.dumps(value, ensure_ascii=False, indent=2)
        if self.widget == "checkbox":
            return "true" if value is True else ""
        return str(value)

    def shown(self, block: Mapping[str, Any]) -> str:
        """The value read-only, short (the static gallery's args table): a list or object
        longer than a line by its size (the whole JSON is under the variant)."""
        value = block.get(self.name)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (list, dict)):
            whole = json.dumps(value, ensure_ascii=False)
            if len(whole) <= 60:
                return whole
            count = len(value)
            if isinstance(value, list):
                return f"a list of {count} item{'' if count == 1 else 's'}"
            return f"an object of {count} field{'' if count == 1 else 's'}"
        return str(value)


def _resolve(schema: Any, defs: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$ref`` chain merged in (its own keys win), as one mapping."""
    merged: dict[str, Any] = {}
    seen = 0
    while isinstance(schema, Mapping) and seen < 8:
        merged = {**schema, **merged}
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
            break
        schema = defs.get(ref.removeprefix("#/$defs/"))
        seen += 1
    merged.pop("$ref", None)
    return merged


def _widget(name: str, schema: Any, ref: str, defs: Mapping[str, Any],
            required: bool) -> Control:
    resolved = _resolve(schema, defs)
    description = str(resolved.get("description", ""))
    kind = resolved.get("type")
    if "enum" in resolved:
        return Control(name, "select", required, description,
                       tuple(str(value) for value in resolved["enum"]))
    if kind == "boolean":
        return Control(name, "checkbox", required, description)
    if kind in {"integer", "number"}:
        return Control(name, "number", required, description,
                       minimum=resolved.get("minimum"), maximum=resolved.get("maximum"),
                       step="1" if kind == "integer" else "any")
    if kind == "string":
        return Control(name, "textarea" if ref == "inline_html" else "text", required,
                       description)
    return Control(name, "json", required, description)


def controls(spec: BlockSpec) -> list[Control]:
    """A control per field of the block type (its ``type`` aside), in schema order."""
    defs = article_schema()["$defs"]
    own = defs.get(spec.type, spec.definitions[spec.type])
    required = set(own.get("required", ()))
    shared = _resolve({"$ref": own["$ref"]}, defs) if "$ref" in own else {}
    found = []
    for name, schema in own.get("properties", {}).items():
        if name == "type":
            continue
        if schema is True:
            schema = shared.get("properties", {}).get(name, {})
        ref = str(schema.get("$ref", "")).rsplit("/", 1)[-1] if isinstance(
            schema, Mapping) else ""
        found.append(_widget(name, schema, ref, defs, name in required))
    return found


class StoryError(BroadsheetError):
    """An edited block the server will not render: ``status`` for the page, and the
    ``problems`` found (pointers inside the block), said next to their fields."""

    def __init__(self, status: int, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.problems = tuple(problems)


def _in_block(problem: Problem, prefix: str) -> Problem:
    """``problem`` with its pointer inside the block (``/text``), when it is in it."""
    pointer = problem.pointer or ""
    if pointer == prefix or pointer.startswith(prefix + "/"):
        return Problem(pointer[len(prefix):], problem.message)
    return Problem(pointer or None, problem.message)


class StoryRenderer:
    """Renders an edited block of a story's variant: ``stories()`` gives the stories of the
    last build, ``templates`` and ``stylesheet`` are the gallery's (as its build renders)."""

    def __init__(self, stories: Callable[[], Sequence[Story]], *,
                 templates: Sequence[Any] | None = None, stylesheet: Any = None) -> None:
        self.stories = stories
        self.templates = templates
        self.stylesheet = stylesheet

    def __call__(self, request: Any) -> str:
        """The page for ``request`` (parsed JSON: ``type``, ``variant``, ``block``,
        ``scheme``, ``direction``), or :class:`StoryError`."""
        if not isinstance(request, Mapping):
            raise StoryError(400, "send a JSON object: type, variant, block, scheme, direction")
        kind = request.get("type")
        if not isinstance(kind, str) or kind not in BLOCKS.types():
            raise StoryError(400, f"unknown block type {str(kind)[:40]!r}: the types are "
                             + ", ".join(BLOCKS.types()))
        story = next((s for s in self.stories() if s.type == kind), None)
        key = request.get("variant")
        variant = next((v for v in story.variants if v.key == key), None) if story else None
        if variant is None:
            raise StoryError(404, f"the {kind} story has no variant {str(key)[:80]!r}: "
                             "reload the page (the gallery was built again)")
        scheme, direction = request.get("scheme"), request.get("direction")
        if scheme not in SCHEMES or direction not in DIRECTIONS:
            raise StoryError(400, "the scheme is light or dark, the direction ltr or rtl")
        block = request.get("block")
        if not isinstance(block, Mapping):
            raise StoryError(422, "the block is not a JSON object",
                             [Problem("", "the block must be a JSON object of its fields")])
        if block.get("type") != kind:
            raise StoryError(422, f"the block's type must stay {kind}",
                             [Problem("/type", f"must be {kind!r}: a story edits its own type")])
        article = copy.deepcopy(variant.article)
        prefix = "/lead" if variant.is_lead else "/body/0"
        if variant.is_lead:
            article["lead"] = dict(block)
        else:
            article["body"] = [dict(block), *article.get("body", [])[1:]]
        try:
            from broadsheet.render.renderer import render

            html = render(load_article(article), templates=self.templates or None,
                          stylesheet=self.stylesheet).html
        except ArticleError as error:
            problems = [_in_block(p, prefix) for p in error.problems]
            count = len(problems)
            raise StoryError(422, f"{count} problem{'' if count == 1 else 's'} in the block: "
                             "nothing re-rendered", problems) from None
        page = with_direction(fixed_scheme(offline_media(eager_images(html)), str(scheme)),
                              str(direction))
        # Its pictures and fonts beside the variant's page: the frame's document has the
        # story page's address, so a base before the page's policy (which refuses any base
        # element after it) points its relative addresses into the variant's folder.
        return re.sub(r"<head\b[^>]*>", lambda m: f'{m.group()}<base href="{variant.key}/">',
                      page, count=1)
