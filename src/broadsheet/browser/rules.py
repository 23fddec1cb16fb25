"""The browser engine's rules: Broadsheet's own checks of a live page and audit problems.

Their metadata lives here; :mod:`broadsheet.browser.checks` evaluates the checks in Chromium
and :mod:`broadsheet.browser.audit` reports the audit problems.
"""

from __future__ import annotations

from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Impact


class BrowserRule(RuleSpec):
    """A rule evaluated on a live page in Chromium."""

    engine = "browser"


class SkipLinkKeyboard(BrowserRule):
    """The first Tab from the top focuses a skip link that is visible, and Enter follows it.

    Enter follows it when focus moves into the target or, for a target that takes no focus,
    when the next Tab focuses what is in or after the target (HTML moves the sequential
    focus navigation starting point there).

    Why it matters: keyboard users meet the skip link first; it must show itself where they
    can read it and move focus past the repeated blocks.
    How to fix: make the skip link the first focusable element, position it inside the
    viewport when focused (not clipped or shrunk out of sight, 12 px text or more), and give
    its target ``tabindex="-1"`` if it is not focusable, so that focus itself moves.
    """

    id = "skip-link-keyboard"
    help = "The first Tab focuses a visible skip link that moves focus"
    description = ("Pressing Tab from the top focuses a visible skip link; Enter moves focus "
                   "to its target")
    impact = Impact.SERIOUS
    tags = ("broadsheet", "keyboard")
    wcag = ("2.4.1", "2.4.7")


class FocusVisible(BrowserRule):
    """Every focusable element looks different when it has keyboard focus.

    Why it matters: sighted keyboard users must see where focus is.
    How to fix: give ``:focus-visible`` an outline (at least 2 px) or another clear change.
    """

    id = "focus-indicator-visible"
    help = "Show a visible focus indicator on every focusable element"
    description = ("Each element in the tab order changes its outline, shadow, border or "
                   "colours on focus")
    impact = Impact.SERIOUS
    tags = ("broadsheet", "keyboard", "act")
    wcag = ("2.4.7",)
    act_ids = ("oj04fd",)


class Reflow(BrowserRule):
    """At 320 CSS px wide the page does not scroll horizontally.

    Why it matters: people who zoom to 400 % read in one column without scrolling sideways.
    How to fix: let boxes wrap and shrink; put wide tables in a scrolling region of their own.
    """

    id = "reflow-320"
    help = "Reflow to 320 CSS px without horizontal scrolling"
    description = ("At a 320 CSS px viewport the document is no wider than the viewport "
                   "(WCAG 1.4.10)")
    impact = Impact.SERIOUS
    tags = ("broadsheet",)
    wcag = ("1.4.10",)


class TextSpacing(BrowserRule):
    """With WCAG 1.4.12's text spacing applied, no text is clipped.

    Why it matters: people who need more space between lines, words and letters set it
    in their own style sheets.
    How to fix: do not give boxes with text fixed heights with ``overflow: hidden``.
    """

    id = "text-spacing-no-clipping"
    help = "Do not clip text when users increase text spacing"
    description = ("Line height of at least 1.5, paragraph spacing 2em, letter spacing 0.12em "
                   "and word spacing 0.16em (larger spacing the page sets kept) clip no text "
                   "(WCAG 1.4.12)")
    impact = Impact.SERIOUS
    tags = ("broadsheet",)
    wcag = ("1.4.12",)


class ForcedColorsFocus(BrowserRule):
    """In forced-colours mode every focusable element still shows an outline when focused.

    Why it matters: Windows High Contrast removes box shadows and backgrounds, so a focus
    style built only from them vanishes.
    How to fix: use an ``outline`` (``transparent`` outlines become visible there).
    """

    id = "forced-colors-focus"
    help = "Keep focus indicators in forced-colours mode"
    description = "With forced-colors: active, focused elements show an outline"
    impact = Impact.SERIOUS
    tags = ("broadsheet", "keyboard")
    wcag = ("2.4.7",)


class ForcedColorsBorders(BrowserRule):
    """Borders drawn in normal mode are still drawn in forced-colours mode.

    Why it matters: boxes, fields and buttons lose their edges when borders disappear.
    How to fix: do not remove borders in ``@media (forced-colors: active)``.
    """

    id = "forced-colors-borders"
    help = "Keep borders in forced-colours mode"
    description = "Elements with a visible border keep it with forced-colors: active"
    impact = Impact.MODERATE
    tags = ("broadsheet",)
    wcag = ("1.4.11",)


class TextContrast(BrowserRule):
    """Every visible character of text contrasts with what is behind it by 4.5:1, or 3:1
    for large text (18 pt, or 14 pt bold).

    The text's colour (with the opacity of it and its ancestors) is composed over the
    backgrounds the browser paints behind it (its ancestors and whatever is positioned under
    it, to the first opaque one, then the canvas); text shadows and strokes count as pixels
    behind the glyphs. Text over an image, a filter or an element covering it is
    ``cant_tell``; so is text over a gradient whose colours pass in part only. Text in a
    disabled control or group, or labelling one, is not judged; neither is text drawn in
    the colour of its background (it is not visible). Whether text is decorative or
    expresses no human language needs a person: such text can fail here and still meet
    WCAG 1.4.3.
    Why it matters: people with low vision or colour deficiencies cannot read faint text.
    How to fix: darken the text or lighten its background (or the reverse) until the
    ratio is met.
    """

    id = "text-contrast-minimum"
    help = "Give text a contrast ratio of at least 4.5:1 (3:1 for large text)"
    description = ("The highest contrast between each visible text's colour and its "
                   "background is at least 4.5:1, 3:1 for large text (ACT afw4f7)")
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.4.3",)
    act_ids = ("afw4f7",)
    #: Least contrast for normal and for large text.
    thresholds = (4.5, 3.0)


class TextContrastEnhanced(TextContrast):
    """Every visible character of text contrasts with what is behind it by 7:1, or 4.5:1
    for large text (WCAG 1.4.6, level AAA); judged as ``text-contrast-minimum`` is.

    Why it matters: more contrast lets more people with low vision read without
    assistive technology.
    How to fix: darken the text or lighten its background (or the reverse) until the
    ratio is met.
    """

    id = "text-contrast-enhanced"
    help = "Give text a contrast ratio of at least 7:1 (4.5:1 for large text)"
    description = ("The highest contrast between each visible text's colour and its "
                   "background is at least 7:1, 4.5:1 for large text (ACT 09o5cg)")
    impact = Impact.MODERATE
    tags = ("act",)
    wcag = ("1.4.6",)
    act_ids = ("09o5cg",)
    thresholds = (7.0, 4.5)


class ScrollableReachable(BrowserRule):
    """Every element that scrolls its content can be reached with the Tab key: it or
    something inside it is in the sequential focus order (or it is inert).

    An element scrolls when its overflow is ``auto`` or ``scroll`` and it can scroll
    further than its padding, and it has visible content. Browsers that make such
    elements focusable of their own accord are not counted on: others do not.
    Why it matters: keyboard users scroll with the arrow keys, which move only what has
    focus; a region they cannot focus hides the rest of its content from them.
    How to fix: give the scrolling element ``tabindex="0"``, a role and an accessible
    name, or put a focusable element inside it.
    """

    id = "scrollable-region-keyboard"
    help = "Make scrollable regions reachable with the keyboard"
    description = ("Each element with scrollable content is in the tab order or has "
                   "something in the tab order inside it (ACT 0ssw9k)")
    impact = Impact.SERIOUS
    tags = ("act", "keyboard")
    wcag = ("2.1.1",)
    act_ids = ("0ssw9k",)


class ZoomTextClipping(BrowserRule):
    """At 640 by 512 CSS px (1280 by 1024 zoomed to 200 %), no visible text is cut off by
    an ancestor that hides its overflow.

    Text cut off sideways by a box with ``white-space: nowrap`` and a ``text-overflow``
    other than ``clip`` (an ellipsis) is clipped on purpose, and so is text cut off
    vertically by a box no taller than one line; text hidden with ``aria-hidden`` is not
    judged.
    Why it matters: people who zoom to read lose the words that no longer fit.
    How to fix: let boxes with text grow (``min-height`` instead of ``height``), or let
    them scroll (``overflow: auto``).
    """

    id = "zoom-text-not-clipped"
    help = "Do not clip text when the page is zoomed to 200 %"
    description = ("At a 640×512 viewport no text is clipped by an ancestor's "
                   "overflow: hidden or clip (ACT 59br37)")
    impact = Impact.SERIOUS
    tags = ("act",)
    wcag = ("1.4.4",)
    act_ids = ("59br37",)


class FocusEscapesStandardKeys(BrowserRule):
    """Focus can move from every focusable element to the browser UI with standard keys:
    Tab, Shift+Tab, Escape, the arrow keys, Enter.

    Applies to focusable elements (in the tab order, or with a ``tabindex``), rendered.
    Pressing Tab, or Shift+Tab, again and again must bring focus out of the page; an element
    from which both come back to where they started is tried with Escape, the arrow keys and
    Enter, each followed by Tab and Shift+Tab. Failed when every one of them keeps focus in
    a cycle; ``cant_tell`` when the walk meets a plug-in or cross-origin frame, when Enter
    would follow a link or submit a form, or when the check's time ran out.
    Why it matters: a keyboard user stuck in a widget cannot reach anything else.
    How to fix: never move focus back in ``blur`` or ``keydown`` handlers; let Tab leave
    editors and dialogs.
    """

    id = "focus-escapes-standard-keys"
    help = "Let Tab and the other standard keys move focus out of every element"
    description = ("From each focusable element, Tab, Shift+Tab, Escape, the arrows or "
                   "Enter bring focus to the browser UI (ACT a1b64e)")
    impact = Impact.CRITICAL
    tags = ("act", "keyboard")
    act_ids = ("a1b64e",)  # a part of 80af7b: no requirement of its own


class FocusEscapes(BrowserRule):
    """Focus can move from every focusable element to the browser UI, with standard keys
    or with keys that visible help names.

    Judged as ``focus-escapes-standard-keys`` is, and also passed where a key press took
    focus out of the page before a script took it back (80af7b's examples pass that). Where
    standard keys keep focus in a cycle, failed when nothing on the page could be help
    (no text or picture besides the focusable elements' own words, none naming a key, in an
    English page; no description or title), else ``cant_tell`` (whether the help names
    other keys, and whether they work, needs a person).
    Why it matters: a keyboard user stuck in a widget cannot reach anything else.
    How to fix: let Tab leave the element, or say near it which key does.
    """

    id = "focus-escapes"
    help = "Do not trap keyboard focus"
    description = ("From each focusable element, focus can reach the browser UI by the "
                   "keyboard (ACT 80af7b)")
    impact = Impact.CRITICAL
    tags = ("act", "keyboard")
    wcag = ("2.1.2",)
    act_ids = ("80af7b",)


class FocusEscapeHelp(BrowserRule):
    """An element that standard keys cannot leave says how to leave it, and that works.

    Applies to the elements ``focus-escapes-standard-keys`` finds trapped (a key press
    that took focus out of the page before a script took it back counts as leaving, as for
    ``focus-escapes``). With the element focused, what could be help is read: visible text
    outside the page's focusable elements, pictures, descriptions and titles, and focusable
    elements' own words that name a key. Failed when there is none, or when every key
    combination the words name (Ctrl+M, Shift+F6, F6...), each followed by Tab and
    Shift+Tab walks, keeps focus in the trap and the words name no other key; passed when
    one of them takes focus to the browser UI; ``cant_tell`` otherwise (help in words a
    person reads).
    Why it matters: a widget that keeps Tab for itself must tell people how to get out.
    How to fix: show help ("Press Ctrl+M to leave the editor") and make that key work.
    """

    id = "focus-escape-help"
    help = "Say how to leave an element that keeps focus, and make it work"
    description = ("Each element that standard keys cannot leave shows help naming keys "
                   "that do (ACT ebe86a)")
    impact = Impact.CRITICAL
    tags = ("act", "keyboard")
    act_ids = ("ebe86a",)  # a part of 80af7b: no requirement of its own


class AutoplaySoundShort(BrowserRule):
    """Sound that an ``audio`` or ``video`` element plays by itself stops within 3 seconds.

    Applies to elements with ``autoplay`` that, in Chromium, start playing, unmuted, a
    resource longer than 3 seconds with sound (a video's sound track is known once some of
    it is decoded). The element is watched as it plays, in media time (a loaded machine plays
    slowly): still playing with sound after more than 3 seconds of it fails; limited to 3
    seconds or less by a media fragment (``#t=8,10``, read from the URL: Chromium does not
    always stop there), or ended, passes; stopped or muted by a script is ``cant_tell`` (it
    may start again), as is sound still playing that had not yet lasted 3 seconds when the
    wait ran out.
    Why it matters: sound that starts on its own drowns out a screen reader.
    How to fix: do not autoplay sound (``muted``), keep it under 3 seconds, or offer a
    control to pause or mute it.
    """

    id = "autoplay-sound-short"
    help = "Keep sound that plays by itself under 3 seconds"
    description = ("Audio or video that plays by itself stops its sound within 3 seconds "
                   "(ACT aaa1bf)")
    impact = Impact.SERIOUS
    tags = ("act", "media")
    act_ids = ("aaa1bf",)  # a part of 80f0bf: no requirement of its own


class AutoplaySoundControl(BrowserRule):
    """Sound that an ``audio`` or ``video`` element plays by itself can be paused or muted
    with a control on the page.

    Applies as ``autoplay-sound-short`` does. Passed when the element shows its native
    controls (the browser names their pause and mute buttons); failed when the page shows
    nothing else that could be a visible, named control (no text, no element labelled by
    ``aria-label``, ``title`` or ``alt``, no form control, image or frame); otherwise
    ``cant_tell``: whether a control on the page pauses or mutes it needs a person.
    Why it matters: people using a screen reader cannot hear it over the sound.
    How to fix: add ``controls``, or a visible, labelled pause or mute button.
    """

    id = "autoplay-sound-control"
    help = "Let people pause or mute sound that plays by itself"
    description = ("Audio or video that plays by itself has a visible, named control to "
                   "pause or mute it (ACT 4c31df)")
    impact = Impact.SERIOUS
    tags = ("act", "media")
    act_ids = ("4c31df",)  # a part of 80f0bf: no requirement of its own


class AutoplaySound(BrowserRule):
    """Sound that plays by itself stops within 3 seconds or can be paused or muted.

    Passed when ``autoplay-sound-short`` or ``autoplay-sound-control`` passes, failed when
    both fail, otherwise ``cant_tell``.
    Why it matters: sound that starts on its own drowns out a screen reader.
    How to fix: do not autoplay sound; else add ``controls`` or keep it under 3 seconds.
    """

    id = "autoplay-sound"
    help = "Avoid sound that plays by itself"
    description = ("Audio or video that plays by itself stops within 3 seconds or can be "
                   "paused or muted (ACT 80f0bf)")
    impact = Impact.SERIOUS
    tags = ("act", "media")
    wcag = ("1.4.2",)
    act_ids = ("80f0bf",)


class VideoSoundCaptions(BrowserRule):
    """A visible video whose sound is not only silence has captions for it (needs a person).

    Chromium decodes the sound of each visible, non-streaming ``video`` (its ``src``, else
    the first of its ``source`` children that loads): a video whose decoded sound is all
    silence is no test target; one with sound is ``cant_tell`` (whether captions convey
    what is not shown needs a person); one whose sound cannot be decoded is ``cant_tell``
    too.
    Why it matters: deaf people follow speech and sound effects through captions.
    How to fix: add a captions track (``<track kind="captions">``) or burned-in captions.
    """

    id = "video-sound-captions"
    help = "Caption the sound of videos"
    description = ("Each visible video whose sound is not only silence is captioned "
                   "(needs review; ACT f51b46)")
    impact = Impact.SERIOUS
    tags = ("act", "media", "review")
    wcag = ("1.2.2",)
    act_ids = ("f51b46",)


class SilentVideoAlternative(BrowserRule):
    """A visible video without sound that stands for text on the page repeats it and is
    labelled as its alternative (needs a person).

    Judged as ``video-sound-captions`` decodes the sound: a video with sound is no test
    target; a silent one (no sound track, or only silence) is ``cant_tell``: whether it
    repeats text on the page and says so needs a person.
    Why it matters: such a video needs no other alternative, but must say so.
    How to fix: label it as the video version of the text.
    """

    id = "silent-video-alternative"
    help = "Label silent videos that repeat the page's text"
    description = ("Each visible silent video that is an alternative for text is labelled "
                   "as such (needs review; ACT fd26cf)")
    impact = Impact.MODERATE
    tags = ("act", "media", "review")
    act_ids = ("fd26cf",)


class ImageLoads(BrowserRule):
    """Every image the page shows loads: ``<img>`` (in ``<picture>`` too),
    ``<input type="image">``, a video's ``poster`` and SVG ``<image>``.

    An image fails when the browser could not show it: the request failed, the server
    answered an HTTP error, or the file is not an image it can decode (a broken ``data:``
    URI). The message names the URL and the reason. A decorative image (``alt=""``) that
    fails still fails: it leaves a hole in the page. Images not rendered (``display: none``)
    and ``<img>`` without a source are not judged. Lazy images are loaded as a reader who
    scrolls to them would (``loading="lazy"`` set to eager for the check); one still loading
    when the check's time is up is ``cant_tell``, and so is one the audit itself did not
    fetch (another host not allowed with ``--allow-host``, a file outside the served folder).
    No WCAG criterion asks for this: it is a best practice.
    Why it matters: readers see an empty box or a broken-image icon where a photo,
    chart or button should be; a failed image button cannot be seen at all.
    How to fix: fix the URL or the server's answer, or replace the file with a valid
    image (PNG, JPEG, GIF, WebP, AVIF or SVG).
    """

    id = "image-loads"
    help = "Images load"
    description = ("Each rendered image (img, input type=image, video poster, SVG image) "
                   "loaded and decoded")
    impact = Impact.SERIOUS
    tags = ("broadsheet", "best-practice")


class PageLoad(BrowserRule):
    """The page loads in the browser within the time limit.

    Why it matters: a page that cannot be loaded cannot be audited.
    How to fix: check the URL, the server and anything the page waits for.
    """

    id = "audit-page-load"
    help = "Load the page for auditing"
    description = "The page can be reached and finishes loading within the time limit"
    impact = Impact.CRITICAL
    tags = ("broadsheet", "audit")


class PageBehaviour(BrowserRule):
    """While it is audited the page opens no dialogs and stays on its URL.

    Why it matters: unexpected dialogs and navigation disorient everyone, and make the
    audit describe another page.
    How to fix: do not open ``alert``/``confirm`` or redirect without the user's action.
    """

    id = "audit-page-behaviour"
    help = "Open no dialogs and do not navigate away on your own"
    description = "The page opened no JavaScript dialog and did not navigate away while audited"
    impact = Impact.MODERATE
    tags = ("broadsheet", "audit")
    wcag = ("3.2.1",)


class AuditCompleted(BrowserRule):
    """The browser could finish the audit of this page.

    Why it matters: results are missing for this page.
    How to fix: read the message; a crashed browser is restarted for the next page.
    """

    id = "audit-error"
    help = "Finish the browser audit"
    description = "The browser audit of the page completed without errors"
    impact = Impact.CRITICAL
    tags = ("broadsheet", "audit")


CHECK_RULES: tuple[type[BrowserRule], ...] = (
    SkipLinkKeyboard, FocusVisible, Reflow, TextSpacing, ForcedColorsFocus, ForcedColorsBorders,
    TextContrast, TextContrastEnhanced, ScrollableReachable, ZoomTextClipping, ImageLoads,
    FocusEscapesStandardKeys, FocusEscapes, FocusEscapeHelp, AutoplaySoundShort,
    AutoplaySoundControl,
    AutoplaySound, VideoSoundCaptions, SilentVideoAlternative)
#: Problems of the audit itself: always reported, never chosen.
AUDIT_RULES: tuple[type[BrowserRule], ...] = (PageLoad, PageBehaviour, AuditCompleted)
