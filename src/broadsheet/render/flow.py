"""The body's reading order and which pictures stand beside the text: layout decisions the
stylesheet cannot make, because they depend on what the blocks say.

* **The opening.** Furniture that an article puts before its first paragraph (a series'
  parts, an audio version, fact boxes, contents, an update or correction note) pushed a
  phone's first paragraph over a screen and a half down. Key points (and "what we know")
  stay first, right under the standfirst, as a summary should; the rest follows the first
  paragraph (the second, when it comes right after the first: a phone's reader met a box
  after two or three lines), contents first (the long read's map belongs at the top of the
  rail, not at the foot of its stack of boxes), then in the order the article gave. The order is the
  same at every width, so the order a screen reader or the keyboard meets is the order
  seen (on wide screens these boxes stand in the rail beside the text).
* **A podcast's player.** The body's one audio block, before its first heading, leads the
  body, in the column (:func:`audio_first`); an audio clip elsewhere stands in the rail.
* **Pictures beside the text.** A ``supporting`` or ``thumbnail`` picture floats beside the
  text that follows it only when that text (paragraphs, headings, lists and quotes, up to
  the next block that starts below a picture) is long enough to stand as tall as the
  picture; otherwise it keeps the column, so no hole is left beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from broadsheet.blocks.base import Block
from broadsheet.blocks.embed import Embed
from broadsheet.blocks.factbox import Factbox
from broadsheet.blocks.image import Image
from broadsheet.blocks.note import Note
from broadsheet.blocks.table import Table
from broadsheet.blocks.video import Video

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


def audio_first(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with a podcast's or radio interview's player first: the body's one audio
    block, when it comes before the first heading (it is what the article is, not a clip
    further down), leads the body, right under the standfirst (or the lead picture), as a
    card with its title and length, in the text column at every width. (It stood after two
    paragraphs, a grey bar met late; then in the rail on wide screens, where a review took it
    for an aside.)"""
    audio = [index for index, block in enumerate(blocks) if block.type == "audio"]
    headings = [index for index, block in enumerate(blocks) if block.type == "heading"]
    if len(audio) != 1 or (headings and headings[0] < audio[0]):
        return list(blocks)
    return [blocks[audio[0]], *blocks[:audio[0]], *blocks[audio[0] + 1:]]


def opening_order(blocks: Sequence[Block]) -> list[Block]:
    """The body's blocks in reading order: of the furniture before the first paragraph,
    key points stay first and the rest follows that paragraph (or the second, see
    :func:`opening_paragraphs`), contents leading it. Nothing
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
    lead = opening_paragraphs(blocks, run)
    return [*first, *blocks[run:lead + 1], *rest, *blocks[lead + 1:]]


def opening_paragraphs(blocks: Sequence[Block], first: int) -> int:
    """The index of the paragraph a box moved up follows: the story's second paragraph when it
    comes right after the first (``first``), else the first. On a phone (and at 768 px, one
    column) a box right after the first paragraph interrupted the story after two or three
    lines; on a wide screen the box stands in the rail level with the paragraph it follows."""
    second = first + 1
    if second < len(blocks) and blocks[second].type == "paragraph":
        return second
    return first


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


# -- the rail ---------------------------------------------------------------------------------
# On wide screens the page is a text column and a rail beside it (the stylesheet's "The grid
# and the rail"): a box for the rail floats into it beside the text that follows, and the last
# one keeps beside the text as the reader scrolls. A review found rails empty for 1,500-2,700
# px at 1280 px, because the one box an article had (its related links) ended the body, with
# nothing after it to stand beside. So each page is decided from its blocks:
#
# * **A box that cannot stand in the rail where it is** (related links, a pull quote, an
#   update or correction note, or a box of facts, with fewer than two blocks of the story
#   after it; the first three also with more
#   than a screen of story before it that nothing stands beside) moves to the
#   longest stretch of the story that nothing else stands beside (a stretch ends at a block
#   that spans column and rail, or at a box or picture that already stands in the rail; the
#   last box in the rail keeps beside the text as the reader scrolls), after that
#   stretch's first paragraph (never between a paragraph and the quote or list it
#   introduces, nor so near the stretch's end that a wide block clears it, leaving a hole
#   in the column): the rail then holds it beside the text, as a newsroom places
#   its "related" box, and it is met once in reading order, at the same place at every width.
# * **The first box stands beside the opening.** When no box hangs beside the first paragraph,
#   one moves right after it, or after the second when that follows the first (a phone's
#   reader met it after two or three lines); an update or correction note first (it
#   qualifies the dates above), else related links, else a pull quote; and the stylesheet
#   sets it level with that paragraph: a review found the first box 500-600 px down the
#   rail at 1280 px, the rail empty beside the opening.
# * **An article with nothing for the rail** (no box, no picture held to the rail) is one
#   column on wide screens too (at the page's start edge), not a column beside an empty side.

#: Block types that stand in the rail on wide screens (the stylesheet's rail boxes; an audio
#: player is a card that keeps beside the story, playing, as the reader reads on).
RAIL_TYPES = frozenset({"related", "pullquote", "factbox", "contents", "series", "audio_version",
                        "audio"})

#: Note kinds that stand in the rail (an editor's note frames the story: it keeps the column).
RAIL_NOTE_KINDS = frozenset({"update", "correction"})

#: Rail boxes that may move up to stand beside the story: asides, whose place in the story
#: does not change what they say (contents, a series, an audio version and fact boxes keep
#: their place, but for a box of facts that cannot hang where it is: see :func:`is_movable`).
MOVABLE_TYPES = frozenset({"related", "pullquote", "note"})

#: Characters of text that a block other than text (an embed, a video, a chart) counts for
#: when stretches of the story are compared: about 250 px of column.
CHARS_FOR_OTHER_BLOCK = 400

#: Characters of text per pixel of the column's height at 1280 px (a 640 px column of about
#: 70 characters a line, on lines of about 29 px with the space between paragraphs).
CHARS_PER_PIXEL = 1.6

#: The column's width at 1280 px, and the tallest a picture in it stands (85% of an
#: 800 px window; a portrait one at most 36 rem, 576 px), in pixels.
COLUMN_PIXELS = 640
PICTURE_MAX_PIXELS = 576

#: A caption's height under a picture or over a table, and a table row's, in pixels.
CAPTION_PIXELS = 50
ROW_PIXELS = 40

#: Characters of text a heading counts for at least: about 90 px of column with its space.
CHARS_FOR_HEADING = 200

#: A stretch shorter than this (in characters, about 450 px of column at 1280 px) is not worth
#: moving a box for: its rail is empty for less than a screen.
CHARS_WORTH_A_BOX = 700

#: Characters of the stretch a moved box needs beside it, before the block that ends the
#: stretch (about 250 px of column at 1280 px, a pull quote's or related box's height): a
#: box right before a photo essay, which clears it, left a 150 px hole in the column.
CHARS_BESIDE_A_BOX = 400

#: A stretch this long before a box that stands in the rail (in characters, about a screen of
#: column at 1280 px, headings and their space counted) leaves the rail empty for more than a
#: screen above it: a related box or pull quote there moves up too.
CHARS_FOR_A_SCREEN = 1500

#: Blocks that a paragraph right before them introduces: a box never stands between them.
INTRODUCED = frozenset({"quote", "list"})

#: How a paragraph that introduces what follows ends (a colon, or a full-width one).
COLONS = (":", "\uff1a")

#: Columns from which a table spans column and rail (the stylesheet's ``tr > :nth-child(5)``).
WIDE_TABLE_COLUMNS = 5


def is_rail_box(block: Block, index: int = -1) -> bool:
    """A box that stands in the rail on wide screens (when enough follows it); the player
    that leads the body (``index`` 0, see :func:`audio_first`) keeps the column."""
    if block.type == "audio" and index == 0:
        return False
    if isinstance(block, Note):
        return block.kind in RAIL_NOTE_KINDS
    return block.type in RAIL_TYPES


def is_wide(block: Block) -> bool:
    """A block that spans column and rail on wide screens (nothing stands beside it)."""
    if isinstance(block, Image):
        return block.display == "showcase"
    if isinstance(block, Table):
        return max((len(row) for row in block.rows), default=0) >= WIDE_TABLE_COLUMNS
    if isinstance(block, Embed):  # its card: the preview in the column, its words in the rail
        return block.preview is not None
    if isinstance(block, Video):  # upright: its caption beside it in the column, the rail empty
        return is_portrait(block)
    return block.type == "gallery"


def is_portrait(video: Video) -> bool:
    """A video taller than wide (its frame given): the template's ``media--portrait``."""
    return bool(video.width and video.height and video.height > video.width)


def hangs(blocks: Sequence[Block], index: int) -> bool:
    """Whether the rail box at ``index`` hangs in the rail: at least two blocks of the story
    (neither rail boxes nor pictures beside the text) follow it (the stylesheet's test)."""
    return _story_count(blocks[index + 1:]) >= 2


def picture_in_rail(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a supporting picture or thumbnail held to the rail on
    wide screens: one with at least two blocks after it (the stylesheet's "picture
    displays")."""
    block = blocks[index]
    return (isinstance(block, Image) and block.display in BESIDE_DISPLAYS
            and len(blocks) - index > 2)


def has_rail(blocks: Sequence[Block]) -> bool:
    """Whether the page has anything for the rail (a box, or a picture held to it, or the
    player that leads the body when nothing else is: :func:`player_in_rail`): otherwise it
    is one column."""
    return _box_or_picture_for_rail(blocks) or _leads_with_audio(blocks)


def player_in_rail(blocks: Sequence[Block]) -> bool:
    """Whether the player that leads the body (:func:`audio_first`) stands in the rail on
    wide screens, beside the story from its first paragraph and kept in sight down it: when
    nothing else is for the rail. (A radio interview's page was one column, its rail's half
    of a 1280 px screen empty down the whole story: the design review at 7/10, issue 17.)"""
    return _leads_with_audio(blocks) and not _box_or_picture_for_rail(blocks)


def _box_or_picture_for_rail(blocks: Sequence[Block]) -> bool:
    return any(is_rail_box(block, index) or picture_in_rail(blocks, index)
               for index, block in enumerate(blocks))


def _leads_with_audio(blocks: Sequence[Block]) -> bool:
    return bool(blocks) and blocks[0].type == "audio"


#: Which movable box stands beside the first paragraph when none does, best first.
FIRST_BOX_RANK = ("note", "related", "pullquote")


def rail_order(blocks: Sequence[Block], words: Callable[[Block], Iterable[str]]) -> list[Block]:
    """``blocks`` with a box beside the first paragraph (:func:`first_box_up`), then each rail
    box that cannot hang where it is (related links, a pull quote, an update note that ends
    the body, or has more than a screen of story before it that nothing stands beside) moved
    after the first paragraph of the longest stretch of the story that nothing stands beside
    (or at the next boundary in it that parts no paragraph from the quote or list it
    introduces), when that stretch is long enough to leave a screen of rail empty (``words``
    gives a block's text)."""
    order = first_box_up(blocks, words)
    stranded = [b for i, b in enumerate(order)
                if is_rail_box(b) and is_movable(b, hangs(order, i))
                and (not hangs(order, i) or _empty_before(order, i, words) >= CHARS_FOR_A_SCREEN)]
    for box in reversed(stranded):  # the last first: it ends up before the others moved
        rest = [b for b in order if b is not box]
        place = _emptiest_place(rest, words)
        if place is not None:
            order = [*rest[:place], box, *rest[place:]]
    return order


def is_movable(block: Block, hanging: bool) -> bool:
    """Whether a rail box may move to stand beside the story: an aside (``MOVABLE_TYPES``),
    or a box of facts (not key points) that cannot hang where it is (``hanging`` false): left
    in the column at the body's end, the long read's "in numbers" box left 994 px of rail
    empty beside its last section at 1280 px."""
    if isinstance(block, Factbox) and block.kind == "facts":
        return not hanging
    return block.type in MOVABLE_TYPES


def first_box_up(blocks: Sequence[Block],
                 words: Callable[[Block], Iterable[str]]) -> list[Block]:
    """``blocks`` with a movable box (by ``FIRST_BOX_RANK``, the earliest of its rank) moved
    right after the opening's paragraphs (the second, when it follows the first: see
    :func:`opening_paragraphs`), when no box hangs before that paragraph or right after
    it (nor a picture held to the rail), and the box may stand there: it parts no paragraph
    from what it introduces, hangs (two blocks of the story follow it), and enough of the
    story stands beside it (``CHARS_BESIDE_A_BOX``), and nothing wide or held to the rail
    follows, so it keeps beside the story down to the end (sticky): else the rail below
    it stood empty for 900 px)."""
    start = next((i for i, block in enumerate(blocks) if block.type == "paragraph"), None)
    if start is None:
        return list(blocks)
    first = opening_paragraphs(blocks, start)  # the paragraph the box follows
    if any((is_rail_box(block, index) and hangs(blocks, index))
           or picture_in_rail(blocks, index)
           for index, block in enumerate(blocks[:first + 2])):
        return list(blocks)
    movable = [block for index, block in enumerate(blocks[first + 1:], first + 1)
               if is_rail_box(block, index) and block.type in FIRST_BOX_RANK]
    if not movable:
        return list(blocks)
    box = min(movable, key=lambda block: FIRST_BOX_RANK.index(block.type))
    rest = [block for block in blocks if block is not box]
    order = [*rest[:first + 1], box, *rest[first + 1:]]
    beside = 0  # the column beside it, down to a block that spans column and rail
    for block in [order[first], *order[first + 2:]]:
        if is_wide(block):
            break
        if not (is_rail_box(block) or (isinstance(block, Image)
                and block.display in BESIDE_DISPLAYS)):
            beside += _length(block, words)
    later = range(first + 2, len(order))  # the box must stay the rail's last, kept in sight
    if (not splits_nothing(rest, first + 1, words) or not hangs(order, first + 1)
            or beside < CHARS_BESIDE_A_BOX
            or any(is_wide(order[i]) or picture_in_rail(order, i) for i in later)):
        return list(blocks)
    return order


def _ends_stretch(blocks: Sequence[Block], index: int) -> bool:
    """Whether the rail beside the block at ``index`` is taken: it spans column and rail, or
    it is a box or picture standing in the rail."""
    block = blocks[index]
    return (is_wide(block) or (is_rail_box(block, index) and hangs(blocks, index))
            or picture_in_rail(blocks, index))


def _length(block: Block, words: Callable[[Block], Iterable[str]]) -> int:
    """A block's share of a stretch, in characters of text: a picture's from its shape, a
    table's from its rows (``CHARS_PER_PIXEL``), another block's ``CHARS_FOR_OTHER_BLOCK``."""
    if block.type == "heading":  # a line or two of large type, with space above and below
        return max(CHARS_FOR_HEADING, sum(len(text) for text in words(block)))
    if block.type in FLOWING:
        return sum(len(text) for text in words(block))
    if isinstance(block, Image):  # as tall as its shape at the column's width, capped
        tall = min(COLUMN_PIXELS * block.height / block.width, PICTURE_MAX_PIXELS)
        return round(CHARS_PER_PIXEL * (tall + CAPTION_PIXELS))
    if isinstance(block, Table):  # a row's height each, its caption over them
        return round(CHARS_PER_PIXEL * (ROW_PIXELS * len(block.rows) + CAPTION_PIXELS))
    return CHARS_FOR_OTHER_BLOCK


def _empty_before(blocks: Sequence[Block], index: int,
                  words: Callable[[Block], Iterable[str]]) -> int:
    """The length of the stretch the rail leaves empty right before the block at ``index``."""
    length = 0
    for before in range(index - 1, -1, -1):
        if _ends_stretch(blocks, before):
            return length
        length += _length(blocks[before], words)
    return length


def _emptiest_place(blocks: Sequence[Block],
                    words: Callable[[Block], Iterable[str]]) -> int | None:
    """Where a box stands beside the longest stretch of the story that the rail leaves empty
    (after its first paragraph, or the next boundary that parts nothing and leaves enough of
    the stretch beside the box, else an earlier one; with at least two blocks of the story
    after it), or ``None`` when no stretch is long enough."""
    best: tuple[int, int, int] | None = None  # (length, start, end)
    start, length = 0, 0
    for index, block in enumerate([*blocks, None]):
        if block is None or _ends_stretch(blocks, index):
            if length >= CHARS_WORTH_A_BOX and (best is None or length > best[0]):
                best = (length, start, index)
            start, length = index + 1, 0
        else:
            length += _length(block, words)
    if best is None:
        return None
    _, start, end = best
    after_paragraph = next((index + 1 for index in range(start, end)
                            if blocks[index].type == "paragraph"), start)
    if after_paragraph > start and not any(b.type == "paragraph" for b in blocks[:start]):
        # the story's opening: after its second paragraph when that follows the first
        after_paragraph = min(opening_paragraphs(blocks, after_paragraph - 1) + 1, end)
    candidates: list[int] = [*range(after_paragraph, end), *range(start, after_paragraph)]
    beside = [0] * (end - start + 1)  # the stretch's length from each block on (one pass)
    for index in range(end - 1, start - 1, -1):
        beside[index - start] = beside[index - start + 1] + _length(blocks[index], words)
    for candidate in candidates:  # the first good boundary
        if (splits_nothing(blocks, candidate, words)
                and beside[candidate - start] >= CHARS_BESIDE_A_BOX
                and _story_count(blocks[candidate:]) >= 2):
            return candidate
    return None


def splits_nothing(blocks: Sequence[Block], index: int,
                   words: Callable[[Block], Iterable[str]]) -> bool:
    """Whether a box may stand right before the block at ``index``: not between a paragraph
    and what it introduces (a quote or list right after it, or anything after a paragraph
    ending in a colon), where a box would part a sentence from what it announces."""
    if index == 0 or index >= len(blocks) or blocks[index - 1].type != "paragraph":
        return True
    text = "".join(words(blocks[index - 1])).rstrip()
    return blocks[index].type not in INTRODUCED and not text.endswith(COLONS)


def _story_count(blocks: Iterable[Block]) -> int:
    """How many of ``blocks`` are the story's: neither rail boxes nor pictures beside text."""
    return sum(1 for b in blocks if not is_rail_box(b)
               and not (isinstance(b, Image) and b.display in BESIDE_DISPLAYS))
