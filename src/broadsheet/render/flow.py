"""The body's reading order and which pictures stand beside the text: layout decisions the
stylesheet cannot make, because they depend on what the blocks say.

* **The opening.** Furniture that an article puts before its first paragraph (a series'
  parts, an audio version, fact boxes, contents, an update or correction note) pushed a
  phone's first paragraph over a screen and a half down. Key points (and "what we know")
  stay first, right under the standfirst, as a summary should; the rest follows the first
  paragraph, contents first (the long read's map belongs at the top of the rail, not at
  the foot of its stack of boxes), then in the order the article gave. The order is the
  same at every width, so the order a screen reader or the keyboard meets is the order
  seen (on wide screens these boxes stand in the rail beside the text).
* **Pictures beside the text.** A ``supporting`` or ``thumbnail`` picture floats beside the
  text that follows it only when that text (paragraphs, headings, lists and quotes, up to
  the next block that starts below a picture) is long enough to stand as tall as the
  picture; otherwise it keeps the column, so no hole is left beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from broadsheet.blocks.base import Block
from broadsheet.blocks.factbox import Factbox
from broadsheet.blocks.image import Image
from broadsheet.blocks.note import Note

#: Block types that may open the body before its first paragraph and move after it.
OPENING_FURNITURE = frozenset({"series", "audio_version", "factbox", "contents", "note"})

#: Fact box kinds that summarise the story: they stay before the first paragraph.
SUMMARY_KINDS = frozenset({"key_points", "what_we_know"})

#: Block types whose text wraps around a picture floated beside it (the stylesheet's
#: ``.figure--beside ~ :not(...)`` lets these flow, and every other block clears).
FLOWING = frozenset({"paragraph", "heading", "list", "quote"})

#: Picture displays that may stand beside the text.
BESIDE_DISPLAYS = frozenset({"supporting", "thumbnail"})

#: Characters of following text needed beside a picture, per unit of its height-to-width
#: ratio, plus a constant for its caption: a supporting picture is 45% of the column, so at
#: a tablet's 544-640 px column the text beside it holds about 31-36 characters a line, on
#: lines of about 29 px; a 3:2 picture with its caption is about 250 px tall (about 320
#: characters), a 2:3 portrait about 490 (about 620).
CHARS_PER_RATIO = 360
CHARS_FOR_CAPTION = 80


def opening_order(blocks: Sequence[Block]) -> list[Block]:
    """The body's blocks in reading order: of the furniture before the first paragraph,
    key points stay first and the rest follows that paragraph, contents leading it. Nothing
    moves when the body does not open with furniture followed by a paragraph, or when an
    editor's note is among it (it frames the story, so it is read first, and so is what
    precedes it)."""
    run = 0
    while run < len(blocks) and is_furniture(blocks[run]):
        run += 1
    if run == 0 or run == len(blocks) or blocks[run].type != "paragraph":
        return list(blocks)
    opening = blocks[:run]
    summary = [isinstance(b, Factbox) and b.kind in SUMMARY_KINDS for b in opening]
    first = [b for b, is_summary in zip(opening, summary, strict=True) if is_summary]
    rest = [b for b, is_summary in zip(opening, summary, strict=True) if not is_summary]
    rest.sort(key=lambda block: block.type != "contents")  # stable: contents first
    return [*first, blocks[run], *rest, *blocks[run + 1:]]


def is_furniture(block: Block) -> bool:
    """A block that opens a body ahead of the story (an editor's note is the story's)."""
    if block.type not in OPENING_FURNITURE:
        return False
    return not isinstance(block, Note) or block.kind != "editor"


def stands_beside(blocks: Sequence[Block], index: int,
                  words: Callable[[Block], Iterable[str]]) -> bool:
    """Whether the picture at ``index`` floats beside the text after it: a supporting or
    thumbnail picture followed by at least as much flowing text as its height needs
    (``words`` gives a block's text)."""
    picture = blocks[index]
    if not isinstance(picture, Image) or picture.display not in BESIDE_DISPLAYS:
        return False
    needed = CHARS_PER_RATIO * picture.height / picture.width + CHARS_FOR_CAPTION
    if picture.display == "thumbnail":  # at most 10 rem wide: about a third as tall
        needed /= 3
    following = 0
    for block in blocks[index + 1:]:
        if block.type not in FLOWING:
            break
        following += sum(len(text) for text in words(block))
        if following >= needed:
            return True
    return False
