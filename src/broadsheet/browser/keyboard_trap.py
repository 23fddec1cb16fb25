"""Keyboard traps (ACT a1b64e, 80af7b), found with real key presses in Chromium.

Focus is followed as a keyboard user moves it: Tab from the top of the page to the browser
UI (nothing focused, the document without focus; or, as Chromium may do, straight round from
the last element of the focus order to the first); every element on a walk that reached the
browser UI can leave by that key. Each focusable element not met on it is focused and walked
from, with Tab, then Shift+Tab; a walk that comes back to an element it already met is a
cycle, and every element on it is trapped for that key. On a page with :data:`BATCH_MIN`
focusable elements or more, the walk from the top first presses Tab once per element of the
focus order, the presses sent to Chromium in one batch and focus read only at the end, then in
further batches for stops the order does not list (it passes when focus went through the order
once and out); other walks go fast, reading focus right after each press; one that sees
focus move other than once per press, or whose read came before the page had answered a
press (a script moved focus, or had yet to run), is walked again, waiting after each press
for the page's answer: the timers (up to 250 ms) and animation frames its key and focus
handlers started, and those these start in turn, until they have run (:data:`SETTLE_MS` is
only a safety net; a press not answered by then makes the walk ``cant_tell``). No fixed
sleep and no budget in seconds decides a verdict: a quiet page is read at once, and a loaded
machine that runs a script late is waited for (a fast read that beat a script pulling focus
back once passed a trap).
An element trapped both ways is tried with ACT's other standard keys (Escape, the arrows,
Enter unless it would follow a link or submit a form), each followed by Tab and Shift+Tab
walks, waiting after each press. A script that moves focus later than 250 ms after what
it answers, or from an interval or the network, is not seen. Tab from an ``audio`` or
``video`` with controls moves through the browser's own controls (focus stays on the
element, no script moved it): the walk presses on, up to :data:`MEDIA_STOPS` times.
Walks stop after :data:`STEPS` key presses (a batch of presses counts once, as one round trip
to Chromium): the elements left are ``cant_tell``, so a page with thousands of links stays
bounded, and what is judged does not depend on the machine's speed (a budget in seconds ran out
on a loaded machine). :data:`CEILING_S` is a safety net in seconds against pages whose every
press starts timers, far above what any walk within its steps takes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from broadsheet.browser import inpage
from broadsheet.browser.rules import (
    BrowserRule,
    FocusEscapeHelp,
    FocusEscapes,
    FocusEscapesStandardKeys,
)
from broadsheet.browser.trap_help import advised_keys, names_other_keys
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Page

#: The page's answer to a key press (its timers of up to 250 ms and animation frames, and
#: those these start: keyboard_trap.js ``settle``) is waited for until it has run, however
#: slowly a loaded machine runs it, and at most this many milliseconds: a safety net far
#: above what the page's own timers take (a page that starts none is read after one task). A
#: walk whose press the page had not answered by then cannot tell (``cant_tell``).
SETTLE_MS = 10_000
#: Key presses the walks may send; the elements left unjudged are ``cant_tell``.
STEPS = 600
#: Key presses more for trying the other keys on elements trapped by Tab and Shift+Tab (a
#: page with a trap only).
TRIAL_STEPS = 300
#: Seconds after which walks and trials stop, their steps left or not: a safety net, with a
#: last wait for the page (:data:`SETTLE_MS`) inside the check's time
#: (:data:`~broadsheet.browser.checks.CHECK_S`, 60 s), so it ends ``cant_tell`` before the
#: watchdog would stop the page.
CEILING_S = 45.0
#: ACT's standard keyboard navigation besides Tab and Shift+Tab.
OTHER_KEYS = ("Escape", "ArrowDown", "ArrowUp", "ArrowRight", "ArrowLeft", "Enter")
DIRECTIONS = ("Tab", "Shift+Tab")
#: Key presses a walk allows inside an element without a focus event: the browser's own
#: controls of an audio or video, the document of a frame or plug-in.
MEDIA_STOPS = 12
#: Tab stops the walk from the top allows beyond the focus order it computed (besides one
#: per element of the order: Chromium also stops on links without a box, which it lists not).
MAX_UNLISTED = 20
#: Pages with this many focusable elements first walk from the top reading focus once.
BATCH_MIN = 40
#: What ``movesSince`` lists where the window lost focus (Tab went to the browser UI).
LEFT = -2


_call = inpage.caller("__broadsheetKeys", "keyboard_trap.js")


class _Walker:
    """Key presses from one element to where focus settles, with what earlier walks proved:
    ``escaped[key]``/``trapped[key]`` hold the elements from which pressing ``key`` again and
    again reaches, or never reaches, the browser UI."""

    def __init__(self, page: Page, count: int) -> None:
        self.page, self.count = page, count
        self.ceiling = time.monotonic() + CEILING_S
        #: presses sent by the walks and by the trials of other keys; which one counts now
        self.spent = {"walks": 0, "trials": 0}
        self.counting = "walks"
        self.escaped: dict[str, set[int]] = {key: set() for key in DIRECTIONS}
        self.trapped: dict[str, set[int]] = {key: set() for key in DIRECTIONS}
        #: where ``key`` moved focus from an element, as walks from the page's load saw
        self.successors: dict[str, dict[int, int]] = {key: {} for key in DIRECTIONS}
        #: whether a read found the page's answer to a press still not run after SETTLE_MS
        self.overdue = False
        #: elements from which a press took focus out of the page, even if a script then
        #: took it back (``where``'s ``reached``)
        self.reached: set[int] = set()

    def late(self) -> bool:
        """Whether the presses of what is counted now (walks or trials) are spent."""
        limit = STEPS if self.counting == "walks" else TRIAL_STEPS
        return self.spent[self.counting] >= limit or time.monotonic() > self.ceiling

    def key(self, key: str) -> None:
        """Press ``key`` (``Tab+Tab``: Tab held down, two presses), counted as one step."""
        self.spent[self.counting] += 1
        self.page.keyboard.press(key)

    def where(self, settle_ms: int = SETTLE_MS, pressed: tuple[int, str] | None = None
              ) -> dict[str, Any]:
        """Where focus is after ``settle_ms``; ``pressed``: the element a key was pressed
        on and the key (so that the browser's wrap round the page counts as leaving it)."""
        if pressed is None:
            return cast(dict[str, Any], _call(self.page, "where", settle_ms))
        return cast(dict[str, Any], _call(self.page, "where", settle_ms, pressed[0],
                                          pressed[1] == "Tab"))

    def walk(self, key: str, state: dict[str, Any], remember: bool = True,
             fast: bool = False) -> str:
        """Press ``key`` until focus reaches the browser UI (``escaped``), comes back to an
        element it met (``trapped``), or the walk cannot tell (a plug-in or cross-origin
        frame has focus, the page did not answer a press within :data:`SETTLE_MS`, or the
        presses are spent: ``unknown``). ``fast``: do not wait for the page's scripts after
        each press, and give up (``tainted``) as soon as focus moved other than once per
        press, which only a script does, or a read came before the page's timers and frames
        answering a press had run (they may yet move focus)."""
        path: list[dict[str, Any]] = []
        seen: set[str] = set()
        steps: list[tuple[int, int]] = []
        result = "unknown"
        for _ in range(2 * self.count + 4):
            if state["pending"]:
                if fast:
                    return "tainted"
                self.overdue = True
                break  # not answered within the safety net: unknown
            if state["out"]:
                confirm = self.where(SETTLE_MS)  # a script may pull focus back
                if fast and confirm["moved"]:
                    return "tainted"
                state = confirm
                if state["pending"]:
                    self.overdue = True
                    break
                if state["out"]:
                    result = "escaped"
                    break
            index = state["index"]
            if remember and index in self.escaped[key]:
                result = "escaped"
                break
            if remember and index in self.trapped[key]:
                result = "trapped"
                break
            if state["key"] in seen:
                if fast:
                    return "tainted"  # the browser's own order has no cycle
                result = "unknown" if any(s["opaque"] for s in path) else "trapped"
                break
            seen.add(state["key"])
            path.append(state)
            if self.late():
                break
            state = self.press(key, index, fast)
            if fast and state["moved"] != (0 if state["out"] and not state["wrap"] else 1):
                return "tainted"
            if index >= 0 and state["index"] >= 0 and not state["out"]:
                steps.append((index, state["index"]))
        if remember:
            self.successors[key].update(steps)
        if remember and result != "unknown":
            proven = self.escaped if result == "escaped" else self.trapped
            proven[key].update(s["index"] for s in path if s["index"] >= 0)
        return result

    def press(self, key: str, index: int, fast: bool) -> dict[str, Any]:
        """Press ``key`` on element ``index``: where focus is then. Focus that stays on an
        ``audio`` or ``video`` with controls (or a frame), no script having moved it, went
        through the browser's own controls (or the frame's document): pressed again, up to
        :data:`MEDIA_STOPS` times."""
        settle = 0 if fast else SETTLE_MS
        self.key(key)
        state = self.where(settle, pressed=(index, key))
        if state["reached"] and index >= 0:
            self.reached.add(index)
        for _ in range(MEDIA_STOPS):
            if not (state["media"] and state["index"] == index and not state["moved"]
                    and not state["out"]) or self.late():
                break
            self.key(key)
            state = self.where(settle, pressed=(index, key))
        return state

    def walk_from(self, start: Callable[[int], dict[str, Any] | None], key: str) -> str:
        """A fast walk from where ``start`` puts focus (its state once the page answered
        within the milliseconds given, None: ``lost``), again waiting for scripts after each
        press if the fast one saw a script move focus or read before the page answered."""
        for fast in (True, False):
            if not fast:
                self.where(SETTLE_MS)  # what the fast walk's presses started runs first
            state = start(0 if fast else SETTLE_MS)
            if state is None:
                return "lost"
            found = self.walk(key, state, fast=fast)
            if found != "tainted":
                return found
        return "unknown"

    def focus(self, index: int) -> bool:
        """Focus element ``index`` as a script would; whether it kept focus once the page
        answered (not answered within :data:`SETTLE_MS`: False, ``overdue``)."""
        focused = _call(self.page, "focusTarget", index, SETTLE_MS)
        if focused == "outside":  # a Tab from the browser UI gives the page focus again
            self.key("Tab")
            focused = _call(self.page, "focusTarget", index, SETTLE_MS)
        if focused == "late":
            self.overdue = True
        return bool(focused == "kept")

    def from_target(self, index: int, key: str, first: str | None = None) -> str:
        """Focus element ``index``, press ``first`` (if any), then walk with ``key``;
        ``lost`` when the element does not keep focus (ACT: not focusable)."""
        if first is None:
            return self.walk_from(
                lambda settle: self.where(settle) if self.focus(index) else None, key)
        if not self.focus(index):
            return "lost"
        url = self.page.url
        self.key(first)
        state = self.where()
        if self.page.url != url:
            return "unknown"
        return self.walk(key, state, remember=False)

    def tabs(self, count: int) -> None:
        """Press Tab ``count`` times without a round trip per press, counted as one step.

        Where the installed Playwright allows it, each press's keydown and keyup go to
        Chromium's DevTools at once (:func:`_batch_tabs`): Chromium handles them in order, as
        ``keyboard.press("Tab")`` after ``keyboard.press("Tab")``. Otherwise Tab is held down
        through Playwright's public keyboard (``keyboard.press("Tab+Tab+...")``: a keydown
        per press, then the keyups; focus moves on each keydown), half as fast on a loaded
        machine and without the keyups on the elements passed. (``keyboard.type("\\t")`` is
        no Tab: Playwright's keyboard inserts the character as text.)"""
        self.spent[self.counting] += 1
        if not _batch_tabs(self.page, count):
            self.page.keyboard.press("+".join(["Tab"] * count))

    def along_the_order(self) -> bool:
        """Tab pressed from where the first Tab from the top lands, once per element of the
        focus order still ahead (:meth:`tabs`), focus read only at the end; then again, one
        press per element still ahead and one to leave, for stops the order does not list
        (scrolling boxes Chromium focuses, links without a box): never a press after focus
        left the page. Whether focus went through the order one element per press and then
        out of the page: every element it met escapes by Tab (the browser may skip one the
        order lists, such as one with a positive tabindex when the walk starts in the body,
        which is then walked from on its own). An
        audio or video with controls, or a frame, in the order takes more presses (Tab goes
        through the browser's own controls or the frame's document, without a focus event
        here), up to :data:`MEDIA_STOPS` each; a
        press that moved no focus asks the page whether focus left."""
        listing = cast(dict[str, Any], _call(self.page, "tabOrder"))
        order, media = cast(list[int], listing["order"]), int(listing["media"])
        if not order:
            return False
        first = self.from_top()
        if first["out"]:
            return False
        start = cast(int, first["index"])
        rank = {index: position for position, index in enumerate(order)}
        _call(self.page, "movesSince")
        presses, path = 0, []
        ahead = len(order) - rank.get(start, -1)
        limit = 2 * len(order) + MAX_UNLISTED + MEDIA_STOPS * media
        while True:
            if self.late():
                return False
            self.tabs(ahead)
            presses += ahead
            path += cast(list[int], _call(self.page, "movesSince"))
            came_round = self._came_round(start, path, rank)
            if came_round is not None:
                return came_round
            listed = [index for index in [start, *path] if index >= 0]
            ranks = [rank.get(index, -1) for index in listed]
            along = all(a < b for a, b in zip([-1, *ranks], ranks, strict=False))
            unmoved = presses - len(path)  # presses that moved no focus
            if not along or unmoved < 0 or presses >= limit or self.late():
                return False
            if unmoved and self.where(0)["out"]:
                break  # the last press left the page
            if unmoved > MEDIA_STOPS * media:
                return False
            # one press per element of the order still ahead, and one to leave: no press
            # after focus left the page (it would come back to the top)
            ahead = len(order) - max(ranks, default=-1)
        end = self.where(SETTLE_MS)
        if not end["out"] or end["moved"] or end["wrap"] or end["pending"]:
            return False
        self.escaped["Tab"].update(listed)
        return True

    def _came_round(self, start: int, path: list[int], rank: dict[int, int]) -> bool | None:
        """For :meth:`along_the_order`: where a batch's path stops going along the order (the
        window lost focus, ``LEFT``, or focus reached an element not after the last one:
        the order listed stops Chromium skips, so the last presses went round through the
        browser UI and in again from the top, or a script moved focus), the elements before
        escape by Tab if a walk from the last of them, waiting for the page's answer after
        each press, reaches the browser UI and stays there (a script that pulls focus back,
        or sends it back up the page, shows there). None: the path goes along the order."""
        cut, last_rank = None, rank.get(start, -1)
        for position, index in enumerate(path):
            if index == LEFT or (index >= 0 and rank.get(index, -1) <= last_rank):
                cut = position
                break
            if index >= 0:
                last_rank = rank[index]
        if cut is None:
            return None
        listed = [index for index in [start, *path[:cut]] if index >= 0]
        if not listed or self.late() or not self.focus(listed[-1]):
            return False
        if self.walk("Tab", self.where(SETTLE_MS)) != "escaped":
            return False
        self.escaped["Tab"].update(listed)
        return True

    def from_top(self, settle_ms: int = 0) -> dict[str, Any]:
        """Focus moved by Tab from the top of the page, as after a fresh load (read once the
        page answered, ``settle_ms`` the ceiling)."""
        _call(self.page, "fromTop")
        self.key("Tab")
        _call(self.page, "dropStart")
        return self.where(settle_ms)


#: Why an element is ``cant_tell`` when the page did not answer a press in time.
OVERDUE = (f"the page had not answered a key press after {SETTLE_MS / 1000:g} s (its timers "
           "or animation frames had not run: a busy page or a loaded machine)")


def _judge(walker: _Walker, index: int) -> tuple[str, str]:
    """One element's verdict (``escaped``, ``trapped`` or ``unknown``) and how; ``unknown``
    with :data:`OVERDUE` when the page did not answer a press within the safety net."""
    walker.overdue = False
    verdict, how = _judge_walks(walker, index)
    if verdict == "unknown" and walker.overdue:
        return verdict, OVERDUE
    return verdict, how


def _judge_walks(walker: _Walker, index: int) -> tuple[str, str]:
    if any(index in walker.escaped[key] for key in DIRECTIONS):
        return "escaped", "Tab or Shift+Tab moves focus from it to the browser UI"
    results = set()
    for key in DIRECTIONS:
        if index in walker.trapped[key]:
            results.add("trapped")
            continue
        found = walker.from_target(index, key)
        if found == "escaped":
            return found, f"{key} moves focus from it to the browser UI"
        if found == "lost":
            return "unknown", ("focused by a script, it loses focus at once: another "
                               "element's script may hold focus, or it is not focusable")
        results.add(found)
    if results != {"trapped"}:
        return "unknown", ""
    walker.counting = "trials"  # the walks' own presses are not spent on these tries
    try:
        return _try_other_keys(walker, index, [])
    finally:
        walker.counting = "walks"


def _try_other_keys(walker: _Walker, index: int, skipped: list[str]) -> tuple[str, str]:
    """An element trapped by Tab and Shift+Tab, tried with ACT's other standard keys."""
    # Tab first for every key: a Shift+Tab walk that reaches the browser UI and is pulled back
    # by a script can leave two such scripts fighting over focus
    for key, first in [(key, first) for key in DIRECTIONS for first in OTHER_KEYS]:
        if first == "Enter" and _call(walker.page, "enterLeaves", index):
            if first not in skipped:
                skipped.append(first)
            continue
        if walker.late():
            return "unknown", (f"the check ran out of key presses ({TRIAL_STEPS}) trying "
                               "keys other than Tab")
        found = walker.from_target(index, key, first)
        if found == "escaped":
            return found, f"{first}, then {key}, moves focus from it to the browser UI"
        if found != "trapped":
            return "unknown", (f"{first}, then {key}, could not be tried through: a script "
                               "moved focus to another element, or a plug-in or cross-origin "
                               "frame took it")
    if skipped:
        return "unknown", ("Tab, Shift+Tab, Escape and the arrow keys keep focus in a cycle; "
                           "Enter was not tried (it would follow a link or submit a form)")
    return "trapped", ("focus cannot leave it: Tab, Shift+Tab, Escape, the arrow keys and "
                       "Enter (each then Tab or Shift+Tab) keep focus in a cycle of elements")


def _through_escapes(walker: _Walker, verdicts: dict[int, tuple[str, str]]) -> None:
    """a1b64e asks whether *any* sequence of standard keys takes focus to the browser UI: an
    element from which Tab or Shift+Tab moves focus to an element that escapes (perhaps by
    Escape or an arrow key) escapes too, though a walk pressing one key only stayed in a
    cycle. Until nothing changes."""
    changed = True
    while changed:
        changed = False
        for index, (verdict, _how) in list(verdicts.items()):
            if verdict == "escaped":
                continue
            for key in DIRECTIONS:
                after = walker.successors[key].get(index)
                if after is not None and after != index \
                        and verdicts.get(after, ("", ""))[0] == "escaped":
                    verdicts[index] = ("escaped", f"{key} moves focus to an element from "
                                       "which standard keys reach the browser UI")
                    changed = True
                    break


def _reaching_counts(walker: _Walker, verdicts: dict[int, tuple[str, str]]
                     ) -> dict[int, tuple[str, str]]:
    """The verdicts for 80af7b, whose examples count focus that reached the browser UI as
    out even when a script then takes it back into the page (a1b64e's do not: the same two
    buttons that hand focus to each other on blur fail a1b64e and pass 80af7b): a trapped
    element from which a press took focus out of the page escapes, and so does one from
    which Tab or Shift+Tab leads to such an element."""
    lenient = dict(verdicts)
    for index, (verdict, _how) in verdicts.items():
        if verdict == "trapped" and index in walker.reached:
            lenient[index] = ("escaped", "a key press takes focus from it to the browser UI, "
                              "though a script then takes focus back into the page")
    _through_escapes(walker, lenient)
    return lenient


#: Why a trap with nothing on the page that could be help fails.
NO_HELP = ("nothing on the page could say how to leave it with other keys (no text or "
           "picture besides the controls' own words, none naming a key, no description or "
           "title)")


def _help_verdict(walker: _Walker, index: int) -> tuple[Outcome, str]:
    """ebe86a for trapped element ``index``: what could be help, and the key combinations
    it names, tried from the element (each then Tab and Shift+Tab walks)."""
    found = cast(dict[str, Any], _call(walker.page, "help", index))
    if not found["may"]:
        return Outcome.FAILED, NO_HELP
    keys = advised_keys(found["text"])
    if not keys:
        return Outcome.CANT_TELL, ("does visible help say how to leave it with other keys, "
                                   "and does that work?")
    walker.counting = "trials"
    try:
        for combination in keys:
            for key in DIRECTIONS:
                if walker.late():
                    return Outcome.CANT_TELL, ("the check ran out of key presses trying the "
                                               "keys the page names: " + ", ".join(keys))
                result = walker.from_target(index, key, combination)
                if result == "escaped":
                    return Outcome.PASSED, (f"{combination}, which the page names, then "
                                            f"{key}, moves focus from it to the browser UI")
                if result != "trapped":
                    return Outcome.CANT_TELL, (f"{combination}, which the page names, then "
                                               f"{key}, could not be tried through")
    finally:
        walker.counting = "walks"
    if names_other_keys(found["text"]):
        return Outcome.CANT_TELL, ("the key combinations the page names (" + ", ".join(keys)
                                   + ") keep focus in the cycle; does its help name other "
                                   "keys that work?")
    return Outcome.FAILED, ("the keys the page names (" + ", ".join(keys) + "), each then "
                            "Tab or Shift+Tab, keep focus in the cycle")


def _finding(rule: type[BrowserRule], outcome: Outcome, message: str, target: str,
             snippet: str | None) -> Finding:
    return Finding(rule=rule.id, outcome=outcome, message=message,
                   impact=rule.impact if outcome is Outcome.FAILED else None,
                   source=Source.BROWSER, target=target, snippet=snippet)


def keyboard_traps(page: Page) -> list[RuleResult]:
    """Whether focus can leave each focusable element by standard keys (a1b64e), whether a
    trapped one's help names keys that let it out (ebe86a), and either (80af7b)."""
    targets = cast(list[dict[str, str]], _call(page, "init"))
    standard: list[Finding] = []
    any_keys: list[Finding] = []
    helped: list[Finding] = []
    if targets:
        walker = _Walker(page, len(targets))
        # pressing Tab faster than a page's focus scripts run can set them racing (and leave
        # later walks unable to tell): only where a step-by-step walk would run out of time
        batched = len(targets) >= BATCH_MIN and walker.along_the_order()
        if not batched:
            walker.walk_from(walker.from_top, "Tab")
        unjudged = 0
        verdicts: dict[int, tuple[str, str]] = {}
        for index in range(len(targets)):
            known = any(index in walker.escaped[k] for k in DIRECTIONS) or all(
                index in walker.trapped[k] for k in DIRECTIONS)
            if walker.late() and not known:
                unjudged += 1
                continue
            verdicts[index] = _judge(walker, index)
        _through_escapes(walker, verdicts)
        any_key_verdicts = _reaching_counts(walker, verdicts)
        for index, (verdict, how) in verdicts.items():
            where, html = targets[index]["target"], targets[index]["html"]
            if verdict == "escaped":
                standard.append(_finding(FocusEscapesStandardKeys, Outcome.PASSED, how, where,
                                         html))
                any_keys.append(_finding(FocusEscapes, Outcome.PASSED, how, where, html))
            elif verdict == "trapped":
                standard.append(_finding(FocusEscapesStandardKeys, Outcome.FAILED, how, where,
                                         html))
                lenient, why = any_key_verdicts[index]
                if lenient == "escaped":
                    any_keys.append(_finding(FocusEscapes, Outcome.PASSED, why, where, html))
                    continue
                outcome, said = _help_verdict(walker, index)
                helped.append(_finding(FocusEscapeHelp, outcome, f"{how}; {said}", where,
                                       html))
                any_keys.append(_finding(FocusEscapes, outcome, f"{how}; {said}", where, html))
            elif verdict == "unknown":
                why = how or ("where focus goes from it cannot be told (a plug-in or a "
                              "cross-origin frame has it, or time ran out)")
                standard.append(_finding(FocusEscapesStandardKeys, Outcome.CANT_TELL, why,
                                         where, html))
                any_keys.append(_finding(FocusEscapes, Outcome.CANT_TELL, why, where, html))
                helped.append(_finding(FocusEscapeHelp, Outcome.CANT_TELL, why, where, html))
        if unjudged:
            why = (f"{unjudged} focusable element(s) not judged: the check stopped after "
                   f"{walker.spent['walks']} key presses" + (
                       f" and {CEILING_S:g} s" if time.monotonic() > walker.ceiling else ""))
            standard.append(_finding(FocusEscapesStandardKeys, Outcome.CANT_TELL, why, "html",
                                     None))
            any_keys.append(_finding(FocusEscapes, Outcome.CANT_TELL, why, "html", None))
            helped.append(_finding(FocusEscapeHelp, Outcome.CANT_TELL, why, "html", None))
    return [RuleResult(FocusEscapesStandardKeys(), tuple(standard)),
            RuleResult(FocusEscapes(), tuple(any_keys)),
            RuleResult(FocusEscapeHelp(), tuple(helped))]


#: The key events of one Tab press, as Playwright's ``keyboard.press("Tab")`` sends them.
TAB_EVENTS = (
    {"type": "rawKeyDown", "modifiers": 0, "windowsVirtualKeyCode": 9, "code": "Tab",
     "commands": [], "key": "Tab", "text": "", "unmodifiedText": "", "autoRepeat": False,
     "location": 0, "isKeypad": False},
    {"type": "keyUp", "modifiers": 0, "key": "Tab", "windowsVirtualKeyCode": 9, "code": "Tab",
     "location": 0, "isKeypad": False},
)


def _batch_tabs(page: Page, count: int) -> bool:
    """Send ``count`` Tab presses to ``page`` through one DevTools session at once; False
    when the installed Playwright gives no way to (the sync API waits for each command; its
    ``_sync`` and ``_impl_obj``, not public, run the async commands together: the version is
    pinned in the lock file, and ``test_live_trap_timing`` fails if they go away)."""
    session = page.context.new_cdp_session(page)
    try:
        impl, run = getattr(session, "_impl_obj", None), getattr(session, "_sync", None)
        if impl is None or run is None:
            return False
        run(asyncio.gather(*(impl.send("Input.dispatchKeyEvent", dict(event), None)
                             for _ in range(count) for event in TAB_EVENTS)))
        return True
    finally:
        session.detach()
