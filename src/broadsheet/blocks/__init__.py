"""The block types of ``body[]``: one module each, and :data:`BLOCKS`, the table of them.

Each module holds one block type whole (:class:`~broadsheet.blocks.base.BlockSpec`): its schema
definitions, model, view and template name. The article schema's block parts, the model,
the renderer and the docs all derive from :data:`BLOCKS`; adding a block type is writing
its module and template and listing it here (docs/guide/developers.md#add-a-block-type).

The list is explicit rather than discovered: its order is the order of the schema's ``type``
enum and of the docs, and a test fails on a module of this package that is not listed.
"""

from __future__ import annotations

from broadsheet.blocks import (
    audio,
    audio_version,
    chart,
    contents,
    divider,
    embed,
    factbox,
    gallery,
    heading,
    image,
    note,
    paragraph,
    pullquote,
    qa,
    quote,
    related,
    series,
    table,
    timeline,
    video,
)
from broadsheet.blocks import (
    list as list_,
)
from broadsheet.blocks.base import Block, BlockSpec, BlockTable

#: Every block type, in the order the schema and the docs list them.
BLOCKS = BlockTable([
    paragraph.SPEC, heading.SPEC, image.SPEC, gallery.SPEC, video.SPEC, audio.SPEC, embed.SPEC,
    quote.SPEC, pullquote.SPEC, list_.SPEC, table.SPEC, chart.SPEC, related.SPEC, note.SPEC,
    divider.SPEC, audio_version.SPEC, series.SPEC, contents.SPEC, factbox.SPEC, timeline.SPEC,
    qa.SPEC,
])

__all__ = ["BLOCKS", "Block", "BlockSpec", "BlockTable"]
