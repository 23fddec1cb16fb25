"""The ``audio`` block: a transcript expected."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from broadsheet.blocks import media
from broadsheet.blocks.base import BlockSpec, JsonSchema
from broadsheet.blocks.media import AudioView, Media

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "audio": media.block_definition("audio"),
}


@dataclass(frozen=True, slots=True)
class Audio(Media):
    type: ClassVar[str] = "audio"


def build(data: Mapping[str, Any], pointer: str) -> Audio:
    return Audio(**media.fields(data, pointer))


def view(page: PageBuilder, block: Audio) -> AudioView:
    return media.view(page, block, video=False)


SPEC = BlockSpec(type="audio", model=Audio, build=build, view=view, view_type=AudioView,
                 template="blocks/audio.html", definitions=DEFINITIONS,
                 docs="Needs `src` or `sources`.")
