"""The keys a page's help names for leaving a keyboard trap (ACT ebe86a): key combinations
read from its words ("Press Ctrl+M to exit", "Shift-F6", "⌘ + ."), as Playwright names
keys, for the trap check to try; and whether the words name keys besides those, which no
trial of the combinations could stand for ("press Escape twice")."""

from __future__ import annotations

import re

#: Modifier words and signs, as Playwright names the modifier keys.
MODIFIERS = {"ctrl": "Control", "control": "Control", "strg": "Control", "alt": "Alt",
             "option": "Alt", "opt": "Alt", "⌥": "Alt", "shift": "Shift", "⇧": "Shift",
             "cmd": "Meta", "command": "Meta", "meta": "Meta", "⌘": "Meta"}
#: Named keys a combination may end with, as Playwright names them.
NAMED_KEYS = {"esc": "Escape", "escape": "Escape", "tab": "Tab", "enter": "Enter",
              "return": "Enter", "space": "Space", "home": "Home", "end": "End",
              "pageup": "PageUp", "page up": "PageUp", "pagedown": "PageDown",
              "page down": "PageDown", "delete": "Delete", "del": "Delete",
              "backspace": "Backspace", "insert": "Insert", "ins": "Insert",
              "up": "ArrowUp", "arrowup": "ArrowUp", "down": "ArrowDown",
              "arrowdown": "ArrowDown", "left": "ArrowLeft", "arrowleft": "ArrowLeft",
              "right": "ArrowRight", "arrowright": "ArrowRight"}
#: Most combinations tried from one page's help.
MOST_COMBINATIONS = 6

_MOD = "|".join(sorted((re.escape(m) for m in MODIFIERS), key=len, reverse=True))
_NAMED = "|".join(sorted((re.escape(k) for k in NAMED_KEYS), key=len, reverse=True))
_KEY = rf"(?:f(?:1[0-2]|[1-9])|{_NAMED}|[a-z0-9.,;/\-=\[\]'`])"
_COMBINATION = re.compile(
    rf"(?<![\w])((?:(?:{_MOD})\s*[+\-]\s*)+)({_KEY})(?![\w])", re.IGNORECASE)
_FUNCTION_KEY = re.compile(r"(?<![\w])F(1[0-2]|[1-9])(?![\w])")
_OTHER_KEYS = re.compile(
    r"\b(esc|escape|tab|enter|return|arrows?|space ?bar|home|end|page ?(up|down))\b",
    re.IGNORECASE)


def _modifiers(run: str) -> list[str]:
    found = re.findall(_MOD, run, re.IGNORECASE)
    names: list[str] = []
    for word in found:
        name = MODIFIERS[word.lower()]
        if name not in names:
            names.append(name)
    return names


def _key(word: str) -> str:
    lowered = word.lower()
    if lowered in NAMED_KEYS:
        return NAMED_KEYS[lowered]
    if re.fullmatch(r"f(1[0-2]|[1-9])", lowered):
        return lowered.upper()
    return lowered


def advised_keys(text: str) -> list[str]:
    """The key combinations ``text`` names (a modifier then a key, or a function key
    alone), as Playwright's ``keyboard.press`` takes them, in order, without repeats."""
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    for match in _COMBINATION.finditer(text):
        modifiers = _modifiers(match.group(1))
        if modifiers:
            found.append((match.start(), "+".join([*modifiers, _key(match.group(2))])))
            spans.append(match.span())
    for match in _FUNCTION_KEY.finditer(text):
        if not any(start <= match.start() < end for start, end in spans):
            found.append((match.start(), "F" + match.group(1)))
    keys: list[str] = []
    for _start, key in sorted(found):
        if key not in keys:
            keys.append(key)
    return keys[:MOST_COMBINATIONS]


def names_other_keys(text: str) -> bool:
    """Whether ``text`` names keys outside its combinations ("press Escape twice", "the
    arrow keys"): help that trying the combinations cannot stand for."""
    return bool(_OTHER_KEYS.search(_COMBINATION.sub(" ", text)))
