"""The ``audio`` block: a transcript expected; a podcast's artwork, or its programme's
initials on a coloured tile, beside the player."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from broadsheet.blocks import media
from broadsheet.blocks.base import BlockSpec, JsonSchema
from broadsheet.blocks.media import AudioView, Media
from broadsheet.policy.alt import says
from broadsheet.policy.sanitise import plain
from broadsheet.policy.urls import RESOURCE_SCHEMES

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "audio": media.block_definition(
        "audio",
        artwork={"type": "object", "additionalProperties": False,
                 "required": ["src", "width", "height"],
                 "properties": {
                     "src": {"$ref": "#/$defs/url"},
                     "width": {"type": "integer", "minimum": 1, "maximum": 100000},
                     "height": {"type": "integer", "minimum": 1, "maximum": 100000}},
                 "description": "A picture for the recording (a podcast's square cover: `src`, "
                                "its `width` and `height` in pixels), shown cropped square "
                                "beside the player; decorative, the title names the recording."},
        programme={"$ref": "#/$defs/plain_text",
                   "description": "The series or programme the recording belongs to (\"The "
                                  "Daily\"): its initials make the tile shown when there is no "
                                  "artwork."},
    ),
}


@dataclass(frozen=True, slots=True)
class Artwork:
    src: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Audio(Media):
    type: ClassVar[str] = "audio"
    artwork: Artwork | None = None
    programme: str | None = None


class ArtworkView(TypedDict):
    src: str
    width: int
    height: int


class AudioBlockView(AudioView):
    artwork: Annotated[ArtworkView | None, "the picture beside the player (shown square)"]
    programme: Annotated[str | None, "the series' name, plain text"]
    programme_said: Annotated[bool, "whether the title already says the programme's name "
                                    "(then it is shown, not read: never read twice)"]
    initials: Annotated[str, "up to two initials of the programme (or title) for the tile"]


def initials(name: str) -> str:
    """The first letters of a name's first two words ("Культурный слой" → "КС")."""
    words = [word for word in name.split() if word[:1].isalnum()]
    if not words:
        words = [char for char in name if char.isalnum()][:1]
    return "".join(word[0] for word in words[:2]).upper()


def build(data: Mapping[str, Any], pointer: str) -> Audio:
    art = data.get("artwork")
    artwork = Artwork(art["src"], art["width"], art["height"]) if art else None
    return Audio(**media.fields(data, pointer), artwork=artwork, programme=data.get("programme"))


def view(page: PageBuilder, block: Audio) -> AudioBlockView:
    shared = media.view(page, block, video=False)
    art = block.artwork
    src = page.url(art.src, f"{block.pointer}/artwork/src", RESOURCE_SCHEMES) if art else None
    artwork: ArtworkView | None = (
        {"src": src, "width": art.width, "height": art.height} if art and src else None)
    programme = plain(block.programme) if block.programme else None
    said = bool(programme) and says(shared["title"], programme or "")
    return {**shared, "artwork": artwork, "programme": programme, "programme_said": said,
            "initials": initials(programme or shared["title"])}



SPEC = BlockSpec(type="audio", model=Audio, build=build, view=view, view_type=AudioBlockView,
                 template="blocks/audio.html", definitions=DEFINITIONS,
                 docs="Needs `src` or `sources`.")
