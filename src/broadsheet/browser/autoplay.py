"""Sound that plays by itself (ACT 80f0bf, aaa1bf, 4c31df), watched as it plays in Chromium.

An ``audio`` or ``video`` element with ``autoplay`` is a test target when, once it had the
chance to start, it is playing, not muted (nor at volume 0), its resource lasts more than
3 seconds, and it has sound (an ``audio`` element's resource is sound; a video has sound
when Chromium decoded some of its audio track). It is then watched for :data:`OBSERVE_S`:
still playing with sound after more than 3 seconds of it fails ``autoplay-sound-short``;
limited by a media fragment (``#t=8,10``) to 3 seconds or less passes it (read from the
URL: Chromium 156 played a ``source`` child's fragment on past its end in our runs); stopped
or muted otherwise (by the page's script) is ``cant_tell``, as the script may start it again; so is
sound still playing that had not yet played more than 3 seconds when the wait ran out (the
wait follows media time: on a loaded machine playback and decoding run slow). Native
``controls`` that show pass ``autoplay-sound-control``; a page that shows nothing else that
could be a control (no text, no labelled element, no form control, image or frame) fails
it; anything else is for a person to try. Audits launch Chromium with
``--autoplay-policy=no-user-gesture-required``, so media plays as the page asks.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

from broadsheet.browser import inpage
from broadsheet.browser.rules import (
    AutoplaySound,
    AutoplaySoundControl,
    AutoplaySoundShort,
    BrowserRule,
)
from broadsheet.checks.report import RuleResult
from broadsheet.findings import Finding, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Page

#: Milliseconds the media get to load and start (a loaded machine may take several seconds;
#: a page whose media are ready answers as soon as they are).
LOAD_MS = 9000
#: Seconds of sound that show an element started playing by itself.
START_S = 0.3
#: Seconds of sound after which sound that still plays has lasted more than 3 seconds. Counted
#: in media time (``played``), not wall time: on a loaded machine playback runs slow.
OBSERVE_S = 3.2
#: Wall-clock milliseconds of one wait for the sound to play on (each in-page call must stay
#: within :data:`~broadsheet.browser.inpage.CALL_LIMIT_MS`).
OBSERVE_STEP_MS = 7000
#: Waits of :data:`OBSERVE_STEP_MS` at most, while the media still move on (with
#: :data:`LOAD_MS`, 30 s at worst: half the check's time,
#: :data:`~broadsheet.browser.checks.CHECK_S`).
OBSERVE_STEPS = 3
#: Milliseconds without any progress after which media that have not played enough are
#: taken to have stalled.
STALL_MS = 4000
#: The longest sound that plays by itself may last, in seconds (WCAG 1.4.2).
LIMIT_S = 3.0


_call = inpage.caller("__broadsheetAutoplay", "autoplay.js")


def _applies(start: dict[str, Any]) -> tuple[bool | None, str]:
    """Whether an element is a test target (None: cannot tell), and why not."""
    if start["error"]:
        return None, "its media could not be loaded, so how long its sound lasts is unknown"
    if not start["ready"]:
        return None, "its media did not load in time"
    if start["muted"]:
        return False, "muted"
    # paused before it played START_S: not autoplaying; paused after (on a loaded machine the
    # wait for every element to start may outlast a script's pause) it did play by itself
    if start["paused"] and not start["ended"] and start["played"] < START_S:
        return False, "paused"
    duration = start["duration"]
    if isinstance(duration, (int, float)) and not math.isnan(duration) and duration <= LIMIT_S:
        return False, "lasts 3 s or less"
    if not start["audio"]:
        return False, "has no sound"
    if start["played"] <= 0:
        return None, "it had not started playing in time"
    return True, ""


def _short(end: dict[str, Any]) -> tuple[Outcome, str]:
    played, span = end["played"], end["fragmentSpan"]
    if span is not None and span <= LIMIT_S and not end["loop"]:
        return Outcome.PASSED, f"its media fragment limits it to {span:g} s"
    if played > LIMIT_S and not end["muted"] and not end["paused"]:
        return Outcome.FAILED, f"it played {played:.1f} s of sound by itself and goes on"
    if end["ended"] and not end["loop"] and played <= LIMIT_S:
        return Outcome.PASSED, f"it ended after {played:.1f} s of sound"
    if not end["paused"] and not end["ended"] and not end["muted"]:
        return Outcome.CANT_TELL, (f"it still played but only {played:.1f} s of its sound had "
                                   "played when the wait ran out: does it go on beyond 3 s?")
    return Outcome.CANT_TELL, (f"it stopped or was muted after {played:.1f} s of sound: "
                               "does the page's script start it again?")


def _control(start: dict[str, Any], instrument: bool) -> tuple[Outcome, str]:
    if start["controls"]:
        return Outcome.PASSED, "its native controls show, with pause and mute buttons"
    if not instrument:
        return Outcome.FAILED, ("it has no visible controls, and nothing else visible on the "
                                "page could be a named control to pause or mute it")
    return Outcome.CANT_TELL, ("it has no visible controls: does a visible, named control "
                               "on the page pause, stop or mute it?")


def _finding(rule: type[BrowserRule], outcome: Outcome, message: str, target: str,
             snippet: str) -> Finding:
    return Finding(rule=rule.id, outcome=outcome, message=message,
                   impact=rule.impact if outcome is Outcome.FAILED else None,
                   source=Source.BROWSER, target=target, snippet=snippet)


def autoplay_sound(page: Page) -> list[RuleResult]:
    """Each autoplaying element with sound: how long the sound lasts, whether it can be
    paused or muted, and the two together (80f0bf)."""
    rules = (AutoplaySoundShort, AutoplaySoundControl, AutoplaySound)
    findings: dict[str, list[Finding]] = {rule.id: [] for rule in rules}
    targets = cast(list[dict[str, str]], _call(page, "init"))
    if targets:
        _call(page, "settle", LOAD_MS, START_S, LOAD_MS)
        starts = cast(list[dict[str, Any]], _call(page, "state"))
        verdicts = [_applies(start) for start in starts]
        ends = starts
        if any(applies for applies, _ in verdicts):
            for _ in range(OBSERVE_STEPS):
                if _call(page, "settle", OBSERVE_STEP_MS, OBSERVE_S, STALL_MS) != "waiting":
                    break
            ends = cast(list[dict[str, Any]], _call(page, "state"))
        instrument = bool(_call(page, "possibleInstrument"))
        for target, start, end, (applies, why) in zip(targets, starts, ends, verdicts,
                                                         strict=True):
            where, html = target["target"], target["html"]
            if applies is False:
                continue
            if applies is None:
                for rule in rules:
                    findings[rule.id].append(_finding(rule, Outcome.CANT_TELL, f"It plays by "
                                                      f"itself, but {why}", where, html))
                continue
            short, short_why = _short(end)
            control, control_why = _control(start, instrument)
            both = (Outcome.PASSED if Outcome.PASSED in (short, control) else Outcome.FAILED
                    if short is control is Outcome.FAILED else Outcome.CANT_TELL)
            for rule, outcome, message in (
                    (AutoplaySoundShort, short, short_why),
                    (AutoplaySoundControl, control, control_why),
                    (AutoplaySound, both, f"{short_why}; {control_why}")):
                findings[rule.id].append(_finding(rule, outcome, message[:1].upper()
                                                  + message[1:], where, html))
    return [RuleResult(rule(), tuple(findings[rule.id])) for rule in rules]
