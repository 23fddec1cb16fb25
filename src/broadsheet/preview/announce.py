"""What a screen reader announces, in reading order, as plain lines a designer reads:
``heading level 1, Storm…``, ``link, Weather``, ``image, A flooded street``.

Made from Playwright's ARIA snapshot of the page (the browser's accessibility tree, as YAML
lines such as ``- heading "Storm" [level=1]``), so it says what the browser exposes."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from broadsheet.preview.outline import Player

#: How a screen reader says a landmark role.
LANDMARKS = {
    "banner": "banner landmark", "navigation": "navigation landmark", "main": "main landmark",
    "contentinfo": "content information landmark", "complementary": "complementary landmark",
    "region": "region landmark", "search": "search landmark", "form": "form landmark",
}
#: How other roles are said (role names not listed are said as they are).
SPOKEN = {
    "img": "image", "image": "image", "link": "link", "button": "button", "list": "list",
    "listitem": "", "paragraph": "", "text": "", "blockquote": "block quote",
    "figure": "figure", "table": "table", "row": "row", "columnheader": "column header",
    "rowheader": "row header", "cell": "cell", "separator": "separator", "group": "grouping",
    "article": "article", "caption": "caption", "term": "term", "definition": "definition",
    "note": "note", "time": "", "code": "", "emphasis": "", "strong": "", "insertion": "",
    "deletion": "", "superscript": "", "subscript": "", "mark": "highlighted",
    "rowgroup": None, "generic": None, "none": None, "presentation": None,
    "checkbox": "check box", "textbox": "edit", "combobox": "combo box", "tab": "tab",
    "tablist": "tab list", "tabpanel": "tab panel", "dialog": "dialog", "status": "status",
    "alert": "alert", "math": "math", "application": "application", "document": "document",
    "figcaption": "caption", "definitionlist": "list", "searchbox": "search edit",
    # Chromium's own names for roles ARIA has no word for (its accessibility tree's roles)
    "audio": "audio", "video": "video", "iframe": "frame", "disclosuretriangle": "button",
}
_LINE = re.compile(r"^(?P<indent> *)- (?P<body>.*)$")
_KEY = re.compile(r'^(?P<role>[A-Za-z][\w-]*)(?: (?P<name>"(?:[^"\\]|\\.)*"))?'
                  r"(?P<attrs>(?: \[[^\]]*\])*)$")


@dataclass(frozen=True, slots=True)
class Announcement:
    """One thing said: ``role`` (``heading level 1``; empty for plain text), ``text`` and
    nesting ``depth`` (inside landmarks, lists, tables)."""

    depth: int
    kind: str  # landmark, heading, link, image, text or other (for styling)
    role: str
    text: str

    def __str__(self) -> str:
        return ", ".join(part for part in (self.role, self.text) if part)


def _unquote(value: str) -> str:
    value = value.strip()
    if value.startswith('"'):
        try:
            return str(json.loads(value))
        except ValueError:
            return value.strip('"')
    if value.startswith("'") and value.endswith("'") and len(value) > 1:
        return value[1:-1].replace("''", "'")
    return value


def _split(body: str) -> tuple[str, str | None, bool]:
    """(key, inline value, has children) of one snapshot line."""
    if body.startswith("'"):  # a key YAML had to quote: 'heading "A: B" [level=1]'
        end = 1
        while end < len(body):
            if body[end] == "'" and body[end + 1:end + 2] == "'":
                end += 2
                continue
            if body[end] == "'":
                break
            end += 1
        key, rest = body[1:end].replace("''", "'"), body[end + 1:]
    else:
        match = re.match(r'^((?:[^:"]|"(?:[^"\\]|\\.)*")*)(.*)$', body)
        key, rest = (match.group(1), match.group(2)) if match else (body, "")
    if rest.startswith(":"):
        value = rest[1:].strip()
        return key.strip(), (value or None), not value
    return key.strip(), None, False


def announcements(snapshot: str, media: Sequence[Player] = ()) -> list[Announcement]:
    """The snapshot's lines as what a screen reader says, in reading order. Runs of plain
    text in one parent (a paragraph's text around a date: ``Listen (``, ``8 minutes``,
    ``)``) are one line, as a screen reader reads them. The snapshot omits audio and video
    players: each of ``media`` is said first inside its figure (:func:`with_players`)."""
    return with_players(_announcements(snapshot), media)


def with_players(said: list[Announcement], media: Sequence[Player]) -> list[Announcement]:
    """``said`` with each player (``audio, Episode 47, 24:30``) as the first line inside the
    figure named as its figure is, figures matched in order; a player outside a figure, or
    whose figure is not said, after the last line naming it, else at the end."""
    said = list(said)
    start = 0
    for player in media:
        text = ", ".join(part for part in (player.name or "(no name)", player.length) if part)
        at = next((index for index in range(start, len(said))
                   if player.figure and said[index].role == "figure"
                   and said[index].text == player.figure), None)
        if at is not None:
            line = Announcement(said[at].depth + 1, "media", player.kind, text)
        else:
            named = [index for index, each in enumerate(said) if player.name
                     and each.text == player.name]
            at = named[-1] if named else len(said) - 1
            line = Announcement(said[at].depth if said else 0, "media", player.kind, text)
        said.insert(at + 1, line)
        start = at + 2
    return said


def _announcements(snapshot: str) -> list[Announcement]:
    said: list[Announcement] = []
    #: (snapshot depth, said, line number) of the open ancestors: a line's depth counts
    #: those said; the line number tells siblings' parent.
    open_: list[tuple[int, bool, int]] = []
    lists: dict[int, tuple[int, int]] = {}  # snapshot depth of an open list -> (index, items)
    run: int | None = None  # the parent of the text run ending ``said``, if it ends in one
    for number, line in enumerate(snapshot.splitlines()):
        match = _LINE.match(line)
        if not match:
            continue
        raw = len(match.group("indent")) // 2
        while open_ and open_[-1][0] >= raw:
            open_.pop()
        for level in [level for level in lists if level >= raw]:
            _count_items(said, *lists.pop(level))
        depth = sum(shown for _, shown, _ in open_)
        parent = open_[-1][2] if open_ else -1
        key, value, _children = _split(match.group("body"))
        if key.startswith("/"):  # properties: /url, /placeholder
            continue
        parts = _KEY.match(key)
        if parts is None:
            now = [Announcement(depth, "text", "", _unquote(key))]
            role = "text"
        else:
            role = parts.group("role")
            if role == "listitem" and raw - 1 in lists:
                index, items = lists[raw - 1]
                lists[raw - 1] = (index, items + 1)
            name = _unquote(parts.group("name")) if parts.group("name") else ""
            attrs = dict(_attribute(a) for a in re.findall(r"\[([^\]]*)\]",
                                                            parts.group("attrs")))
            text = " ".join(part for part in (name, _unquote(value) if value else "") if part)
            now = _said(depth, role, attrs, text)
        if role == "list" and now:
            lists[raw] = (len(said), 0)
        plain = role in _INLINE and len(now) == 1 and not now[0].role
        if plain and run == parent and said and said[-1].depth == depth:
            said[-1] = Announcement(depth, "text", "", _join(said[-1].text, now[0].text))
        else:
            said.extend(now)
        run = parent if plain else (run if not now else None)
        open_.append((raw, bool(now), number))
    for index, items in lists.values():
        _count_items(said, index, items)
    return said


#: Roles of text inside a line (a paragraph's words around a date or a bold word), said
#: with the text beside them; a paragraph's own text is a line of its own.
_INLINE = {"text", "time", "code", "emphasis", "strong", "insertion", "deletion",
           "superscript", "subscript"}
#: No space is heard after these (opening brackets and quotes) ...
_NO_SPACE_AFTER = tuple("([{«“‘‹")
#: ... nor before these (closing ones, and punctuation, Arabic-script included).
_NO_SPACE_BEFORE = tuple(")]}»”’›,.;:!?،؛؟…")


def _join(before: str, after: str) -> str:
    """Two runs of text as one line: a space between, except inside brackets and before
    punctuation."""
    if before.endswith(_NO_SPACE_AFTER) or after.startswith(_NO_SPACE_BEFORE):
        return before + after
    return f"{before} {after}"


def _count_items(said: list[Announcement], index: int, items: int) -> None:
    """``list`` becomes ``list, 3 items``, as screen readers say on entering it."""
    item = said[index]
    said[index] = Announcement(item.depth, item.kind, f"{item.role}, {items} item"
                               f"{'' if items == 1 else 's'}", item.text)


def _attribute(text: str) -> tuple[str, str]:
    key, _, value = text.partition("=")
    return key.strip(), value.strip()


def _said(depth: int, role: str, attrs: dict[str, str], text: str) -> list[Announcement]:
    states: list[str] = [
        state for state in ("checked", "pressed", "expanded", "selected", "disabled")
        if state in attrs and attrs[state] != "false"]
    if attrs.get("expanded") == "false":
        states.append("collapsed")
    if role in LANDMARKS:
        return [Announcement(depth, "landmark", LANDMARKS[role], text)]
    if role == "heading":
        level = attrs.get("level", "")
        return [Announcement(depth, "heading", f"heading level {level}".strip(), text)]
    if role in ("img", "image"):
        return [Announcement(depth, "image", "image", text or "(no text alternative)")]
    if role == "link":
        return [Announcement(depth, "link", "link", text or "(no name)")]
    spoken = SPOKEN.get(role, role)
    if spoken is None:
        return [Announcement(depth, "text", "", text)] if text else []
    if not spoken:
        return [Announcement(depth, "text", "", text)] if text else []
    return [Announcement(depth, "other", spoken, ", ".join(part for part in (text, *states)
                                                           if part))]


def focus_stop(role: str, name: str, states: dict[str, str], text: str = "") -> Announcement:
    """What a screen reader says on reaching a focusable element: ``link, Home``, ``button,
    Show more, collapsed``, from its role and accessible name in the browser's accessibility
    tree (Chromium's role names included); ``text``, the element's visible text, stands in
    for a name the tree does not give."""
    said = _said(0, role.lower(), states, name or text)
    return said[0] if said else Announcement(0, "text", "", name or text or "(no name)")
