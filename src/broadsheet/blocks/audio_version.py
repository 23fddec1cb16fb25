"""The ``audio_version`` block: the article read aloud, a player labelled "Listen to this
article", its length at the end of its pill, and a link to the transcript, for the top of the
page.

The player is named by the label and its length in words ("Listen to this article (12
minutes and 41 seconds)", ``aria-labelledby``; the clock shown is not read), loads only its
metadata until played (``preload="metadata"``, so its position slider tells the true total),
and a synthetic voice is said to be one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from broadsheet.blocks import media
from broadsheet.blocks.base import Block, BlockSpec, JsonSchema
from broadsheet.blocks.media import LengthView, MediaSource, SourceView
from broadsheet.policy.sanitise import plain
from broadsheet.policy.urls import RESOURCE_SCHEMES
from broadsheet.render.view_types import Block as BlockView

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "audio_version": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "duration"],
        "properties": {
            "type": {"const": "audio_version"},
            "src": {"$ref": "#/$defs/url",
                    "description": "Address of the article read aloud."},
            "sources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/source"},
                        "description": "The reading in several formats; the browser plays the "
                                       "first it can."},
            "duration": media.DEFINITIONS["media_common"]["properties"]["duration"],
            "transcript_url": {"$ref": "#/$defs/url",
                               "description": "Where the recording's text is; leave it out "
                                              "only when the recording reads the article as "
                                              "written (the page is then its text)."},
            "voice": {"enum": ["human", "synthetic"],
                      "description": "`synthetic` says so beside the player."},
            "narrator": {"$ref": "#/$defs/plain_text",
                         "description": "Who reads the article."},
        },
        "oneOf": [{"required": ["src"]}, {"required": ["sources"]}],
    },
}


@dataclass(frozen=True, slots=True)
class AudioVersion(Block):
    type: ClassVar[str] = "audio_version"
    sources: tuple[MediaSource, ...]
    duration: str
    transcript_url: str | None = None
    voice: Literal["human", "synthetic"] | None = None
    narrator: str | None = None


class AudioVersionView(BlockView):
    id: Annotated[str, "id of the label that names the player"]
    label: Annotated[str, "\"Listen to this article\", in the article's language"]
    short_label: Annotated[str, "\"Listen\", a word of the label, shown for it on a phone"]
    duration: Annotated[LengthView | None, "the stated length, shown as a clock at the end "
                                           "of the player's pill and said in words in its "
                                           "name; `None` when it tells nothing (`PT0S`)"]
    sources: list[SourceView]
    transcript_url: str | None
    transcript_label: str
    credit: Annotated[str | None, "who or what reads it (\"Read by …\", \"Automated voice\")"]


def build(data: Mapping[str, Any], pointer: str) -> AudioVersion:
    sources = tuple(MediaSource(s["src"], s.get("type")) for s in data.get("sources", ()))
    if "src" in data:
        sources = (MediaSource(data["src"]), *sources)
    return AudioVersion(pointer, sources, data["duration"], data.get("transcript_url"),
                        data.get("voice"), data.get("narrator"))


def view(page: PageBuilder, block: AudioVersion) -> AudioVersionView:
    pointer, _ = block.pointer, page._
    credits = []
    if block.narrator:
        credits.append(_("Read by %(name)s", name=plain(block.narrator)))
    if block.voice == "synthetic":
        credits.append(_("Automated voice"))
    transcript = _("Read the transcript")
    return {
        "type": block.type, "pointer": pointer, "id": page.ids.make("listen"),
        "label": _("Listen to this article"),
        "short_label": _("Listen"),
        "duration": media.length_view(page, block.duration),
        "sources": [{"src": src, "type": plain(source.type) if source.type else None}
                    for index, source in enumerate(block.sources)
                    if (src := page.url(source.src, f"{pointer}/sources/{index}",
                                        RESOURCE_SCHEMES))],
        "transcript_url": page.link_url(block.transcript_url, f"{pointer}/transcript_url",
                                        transcript, f"{pointer}/transcript_url"),
        "transcript_label": transcript,
        "credit": " ·\u00a0".join(credits) or None,  # each dot kept with what follows
    }


SPEC = BlockSpec(type="audio_version", model=AudioVersion, build=build, view=view,
                 view_type=AudioVersionView, template="blocks/audio_version.html",
                 definitions=DEFINITIONS,
                 docs="The article read aloud; put it first. Needs `src` or `sources`.")
