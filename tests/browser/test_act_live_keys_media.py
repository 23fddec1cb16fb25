"""Cases of our own for the live engine's keyboard trap rules (ACT a1b64e, 80af7b) and
autoplaying sound rules (aaa1bf, 4c31df, 80f0bf), written from the rule texts: focus that can
leave in one direction only, a key other than Tab that lets it out, elements in a shadow
root, an Enter that would follow a link; sound too short to apply, muted by volume, stopped
by a script, with something on the page that may control it. Element by element, in
Chromium, with real key presses and real playback."""

from __future__ import annotations

import math
import wave
from pathlib import Path
from typing import Any

HEAD = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title></head>"
        "<body>{}</body></html>")
TRAP = "onkeydown=\"if (event.key === 'Tab') event.preventDefault();\""


def verdicts(auditor: Any, rule: str, body: str, folder: Path | None = None) -> dict[str, str]:
    from broadsheet.browser import AuditOptions

    options = AuditOptions(axe_core=False, check_ids=frozenset({rule}))
    if folder is None:
        audit = auditor.audit("keys.html", html=HEAD.format(body), options=options)
    else:
        page = folder / "media.html"
        page.write_text(HEAD.format(body), encoding="utf-8")
        audit = auditor.audit(page, options=options)
    return {f.target or "": str(f.outcome) for r in audit.results for f in r.findings
            if r.rule.id == rule}


def tone(path: Path, seconds: float, rate: int = 4000) -> None:
    """A 440 Hz tone: sound that is not silence."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(rate)
        out.writeframes(bytes(int(128 + 60 * math.sin(2 * math.pi * 440 * i / rate))
                              for i in range(int(seconds * rate))))


def test_focus_that_leaves_in_one_direction_is_not_trapped(auditor: Any) -> None:
    # a1b64e: "only requires navigation in one direction (either forward or backward)"
    found = verdicts(auditor, "focus-escapes-standard-keys", f"""
<a href="#a" id="before">Before</a>
<div id="forward-only" tabindex="0" {TRAP.replace("event.key === 'Tab'",
    "event.key === 'Tab' && !event.shiftKey")}>Keeps Tab, lets Shift+Tab go</div>
<div id="both" tabindex="0" {TRAP}>Keeps both</div>
<a href="#a" id="after">After</a>""")
    assert found == {"#before": "passed", "#forward-only": "passed", "#both": "failed",
                     "#after": "passed"}


def test_focusable_means_in_the_tab_order_or_a_tabindex_that_parses(auditor: Any) -> None:
    # ACT focusable: sequential focus navigation, or a tabindex value that is not null
    # (HTML's rules for parsing integers: leading whitespace and a sign allowed)
    found = verdicts(auditor, "focus-escapes-standard-keys", """
<div id="minus" tabindex=" -1">Focusable by script</div>
<div tabindex="x1">Not an integer</div>
<button id="shown">Shown</button>
<button style="visibility: hidden">Invisible</button>
<button disabled>Disabled</button>""")
    assert found == {"#minus": "passed", "#shown": "passed"}


def test_a_trap_inside_a_shadow_root_is_found(auditor: Any) -> None:
    found = verdicts(auditor, "focus-escapes-standard-keys", f"""
<a href="#a" id="before">Before</a>
<div id="host"><template shadowrootmode="open"><div tabindex="0" {TRAP}>Inside</div>
</template></div>""")
    assert found.pop("#before") == "passed"
    assert list(found.values()) == ["failed"], found


def test_a_link_that_keeps_tab_is_not_failed_without_trying_enter(auditor: Any) -> None:
    # Enter is standard navigation, but on a link it would leave the page: cant_tell
    found = verdicts(auditor, "focus-escapes-standard-keys",
                     f'<a href="#x" id="link" {TRAP}>Keeps Tab</a>')
    assert found == {"#link": "cant_tell"}


def test_a_trap_of_the_standard_keys_is_for_a_person_under_80af7b(auditor: Any) -> None:
    # 80af7b passes when a1b64e or ebe86a passes; ebe86a (help for other keys) needs a person
    found = verdicts(auditor, "focus-escapes", f"""
<p>Press Ctrl+M to leave the editor.</p>
<div id="editor" tabindex="0" {TRAP}>Editor</div><button id="free">Free</button>""")
    assert found == {"#editor": "cant_tell", "#free": "passed"}


def test_autoplay_applies_only_to_sound_longer_than_3_seconds(auditor: Any,
                                                              tmp_path: Path) -> None:
    tone(tmp_path / "short.wav", 2)
    tone(tmp_path / "long.wav", 6)
    found = verdicts(auditor, "autoplay-sound-short", """
<audio id="short" src="short.wav" autoplay></audio>
<audio id="silenced" src="long.wav" autoplay onplay="this.volume = 0"></audio>
<audio id="paused" src="long.wav" autoplay onplay="this.pause()"></audio>
<audio id="plain" src="long.wav"></audio>
<audio id="long" src="long.wav" autoplay></audio>""", tmp_path)
    assert found == {"#long": "failed"}


def test_sound_stopped_by_a_script_is_for_a_person(auditor: Any, tmp_path: Path) -> None:
    # the script may start it again: not a proven pass
    tone(tmp_path / "long.wav", 6)
    found = verdicts(auditor, "autoplay-sound-short", """
<audio id="stopped" src="long.wav" autoplay
  onplay="setTimeout(() => this.pause(), 1000)"></audio>
<audio id="fragment" src="long.wav#t=2,4.5" autoplay></audio>
<audio id="fragment-long" src="long.wav#t=0,5" autoplay></audio>""", tmp_path)
    assert found == {"#stopped": "cant_tell", "#fragment": "passed",
                     "#fragment-long": "failed"}


def test_a_control_is_failed_only_when_nothing_could_be_one(auditor: Any,
                                                            tmp_path: Path) -> None:
    tone(tmp_path / "long.wav", 6)
    alone = verdicts(auditor, "autoplay-sound-control", """
<audio id="tone" src="long.wav" autoplay></audio>
<button style="display: none" onclick="tone.pause()">Pause</button>
<div aria-hidden="true" style="position: absolute; left: -9999px">Pause</div>""", tmp_path)
    assert alone == {"#tone": "failed"}
    labelled = verdicts(auditor, "autoplay-sound-control", """
<audio id="tone" src="long.wav" autoplay></audio>
<span role="button" tabindex="0" aria-label="Pause" onclick="tone.pause()"
  style="display: inline-block; width: 24px; height: 24px; background: #000"></span>""",
                        tmp_path)
    assert labelled == {"#tone": "cant_tell"}
    # the same control drawn as nothing (no size) is not visible: no instrument
    unseen = verdicts(auditor, "autoplay-sound-control", """
<audio id="tone" src="long.wav" autoplay></audio>
<span role="button" tabindex="0" aria-label="Pause" onclick="tone.pause()"></span>""", tmp_path)
    assert unseen == {"#tone": "failed"}
    hidden_controls = verdicts(auditor, "autoplay-sound-control", """
<audio id="tone" src="long.wav" autoplay controls style="display: none"></audio>""",
                               tmp_path)
    assert hidden_controls == {"#tone": "failed"}


def test_sound_is_timed_in_media_time_not_wall_time(auditor: Any, tmp_path: Path) -> None:
    # playback slower than the wall clock, as on a loaded machine: 3.2 s of sound takes 8 s
    tone(tmp_path / "long.wav", 10)
    found = verdicts(auditor, "autoplay-sound-short", """
<audio id="slow" src="long.wav" autoplay></audio>
<script>document.getElementById('slow').playbackRate = 0.4;</script>""", tmp_path)
    assert found == {"#slow": "failed"}


def test_sound_still_short_when_the_wait_runs_out_is_not_judged() -> None:
    from broadsheet.browser.autoplay import _short

    end = {"played": 1.5, "fragmentSpan": None, "loop": False, "muted": False,
           "paused": False, "ended": False}
    outcome, why = _short(end)
    assert (str(outcome), why.split(":")[0]) == (
        "cant_tell", "it still played but only 1.5 s of its sound had played when the wait "
        "ran out")
    outcome, why = _short({**end, "paused": True})
    assert (str(outcome), why.split(":")[0]) == (
        "cant_tell", "it stopped or was muted after 1.5 s of sound")
