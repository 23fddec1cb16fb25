"""ACT rules about behaviour that only scripts (or plug-ins) can cause: keyboard traps,
single-key shortcuts, text that changes by itself, device motion. Without scripts the markup
proves the answer (focus always cycles through a page; nothing listens to keys or motion);
with them it is ``cant_tell``. Also the rules a person must judge on any page: collapsible
repeated blocks, error messages, references to what is seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from broadsheet.checks import aria, dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Verdict, cant_tell, passed
from broadsheet.checks.rules.controls import FIELD_ROLES
from broadsheet.checks.rules.review import ReviewRule
from broadsheet.checks.scripting import (
    frames_run_scripts,
    inline_code,
    runs_scripts,
    script_code,
    script_mentions,
)


def _focusable(doc: Document) -> list[Element]:
    return [el for el in doc.elements if dom.is_focusable(doc, el)]


class NoKeyboardTrapStandard(ReviewRule):
    """Checks that focus can leave every focusable element with Tab and Shift+Tab.

    Applies to focusable elements. Passed on a page that runs no scripts and embeds no
    plug-ins or unseen frames (nothing can hold focus there); otherwise ``cant_tell``. The
    live engine's ``focus-escapes-standard-keys`` decides it with key presses.

    Why it matters: a keyboard user stuck in a widget cannot reach anything else.

    How to fix: never cancel Tab in key handlers; let focus leave editors and dialogs.
    """

    id = "no-keyboard-trap-standard"
    help = "Let Tab move focus out of every element"
    description = "Focus can cycle away from each focusable element with Tab and Shift+Tab."
    wcag: ClassVar[tuple[str, ...]] = ()  # a part of 80af7b: no requirement of its own
    act_ids = ("a1b64e",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return _focusable(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if runs_scripts(doc) or frames_run_scripts(doc):
            return cant_tell("The page runs scripts: can Tab and Shift+Tab move focus away "
                             "from this element?")
        return passed("No script can hold focus: Tab moves on from it")


class NoKeyboardTrap(NoKeyboardTrapStandard):
    """Checks that focus can leave every focusable element, with Tab or a documented key.

    Applies to focusable elements. Passed on a page that runs no scripts and embeds no
    plug-ins or unseen frames; otherwise ``cant_tell``. The live engine's ``focus-escapes``
    passes what key presses prove.

    Why it matters: a keyboard user stuck in a widget cannot reach anything else.

    How to fix: let Tab leave the element, or document the key that does.
    """

    id = "no-keyboard-trap"
    help = "Do not trap keyboard focus"
    description = "Focus can leave each focusable element by the keyboard."
    wcag = ("2.1.2",)
    act_ids = ("80af7b",)


class NoKeyboardTrapNonStandard(ReviewRule):
    """Checks that an element which keeps focus from Tab says how to leave it.

    Applies to focusable elements that Tab cannot leave: none on a page without scripts,
    plug-ins or unseen frames (inapplicable); on other pages every focusable element is
    ``cant_tell``.

    Why it matters: a widget that uses Tab for itself must tell people how to get out.

    How to fix: show help ("Press Escape, then Tab, to leave the editor") and honour it.
    """

    id = "no-keyboard-trap-non-standard"
    help = "Explain how to leave elements that keep focus"
    description = "Elements that keep focus from Tab give visible help on how to leave."
    act_ids = ("ebe86a",)  # a part of 80af7b: no requirement of its own
    question = ("The page runs scripts: if Tab cannot leave this element, does visible help say "
                "how to, and does it work?")

    def applicable(self, doc: Document) -> Iterable[Element]:
        if not (runs_scripts(doc) or frames_run_scripts(doc)):
            return []
        return _focusable(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question)


class _PageReview(ReviewRule):
    """Judged once per page, on the document element."""

    def applicable(self, doc: Document) -> Iterable[Element]:
        return [doc.root] if dom.is_html_page(doc) and self._applies(doc) else []

    def _applies(self, doc: Document) -> bool:
        return True

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question)


#: The keyboard events ACT ffbc54 judges: "Currently keyboard events only support the types
#: `keydown` and `keyup`. Keyboard events of type `keypressed` are considered legacy keyboard
#: events and are thus ignored by this rule."
_KEY_EVENTS = ("keydown", "keyup")
_KEY_HANDLERS = frozenset({"onkeydown", "onkeyup"})
#: Where key events land when nothing has focus (the document's body), and what they reach
#: from there as they bubble: a listener on these hears keys pressed anywhere.
_PAGE_WIDE = frozenset({"html", "body", "frameset"})


def _key_listeners(doc: Document) -> list[Element] | None:
    """The elements whose ``onkeydown``/``onkeyup`` attributes are the page's only listeners
    to ``keydown`` and ``keyup`` (``keypress`` is ignored by ACT ffbc54); None when other
    code may listen: a script (inline, or a local file it names) or another handler that
    mentions those events, or code that cannot be read (another host's script, a plug-in)."""
    code = script_code(doc, files=True)
    if code is None:
        return None
    listeners: dict[Element, None] = {}
    for el, name, value in inline_code(doc):
        if name in _KEY_HANDLERS:
            listeners[el] = None
        code.append(value)
    text = "\n".join(code).lower()
    if any(event in text for event in _KEY_EVENTS):
        return None
    return list(listeners)


def _heard_only_by_widgets(doc: Document, element: Element) -> bool:
    """Key events reach ``element`` only while a widget has focus: the event target is the
    focused element (or the body when none is), so every focusable element in it, itself
    included, has a semantic role that inherits from ``widget``; and it is not the body
    or the root, which hear keys pressed with nothing focused."""
    if namespace(element) == HTML_NS and local_name(element) in _PAGE_WIDE:
        return False
    for el in element.iter():
        if not isinstance(el.tag, str) or not dom.is_focusable(doc, el):
            continue
        role = dom.role(doc, el)
        if role is None or not aria.is_widget_role(role):
            return False
    return True


class CharacterKeyShortcuts(_PageReview):
    """Checks single-character keyboard shortcuts can be turned off or remapped.

    Applies to pages whose code may listen to ``keydown`` or ``keyup`` (ACT ffbc54 ignores
    the legacy ``keypress``): inapplicable when the page runs no scripts, or when all its
    code (inline, handler attributes, local files its scripts name) never names those
    events. Passed when the only listeners are ``onkeydown``/``onkeyup`` attributes on
    widgets (every focusable element in them has a role that inherits from ``widget``):
    their shortcuts act only while that widget has focus. Otherwise ``cant_tell`` on the
    page.

    Why it matters: speech-input users trigger one-letter shortcuts by accident.

    How to fix: use a modifier key, let people turn shortcuts off, or only listen while a
    widget has focus.
    """

    id = "character-key-shortcuts"
    help = "Let people turn off single-key shortcuts"
    description = "Single printable-character shortcuts can be turned off or remapped."
    wcag = ("2.1.4",)
    act_ids = ("ffbc54",)
    question = ("The page's scripts may listen to keys: does a single printable character "
                "(no modifier) change the content, and can that shortcut be turned off?")

    def _applies(self, doc: Document) -> bool:
        if not runs_scripts(doc):
            return False
        listeners = _key_listeners(doc)
        return listeners is None or bool(listeners)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        listeners = _key_listeners(doc)
        if listeners and all(_heard_only_by_widgets(doc, el) for el in listeners):
            return passed("Keys are only listened to on widgets: a shortcut acts only while "
                          "its widget has focus")
        return cant_tell(self.question)


#: What can change text again and again with no user interaction: timers, animation
#: frames and events, media time, messages and streams (ACT efbfc7 asks for text that
#: changes "multiple times within a 10 minute time span where there is no user interaction").
_REPEATS = ("setinterval", "settimeout", "requestanimationframe", "requestidlecallback",
            "posttask", "animation", "transition", "timeupdate", "progress", "websocket",
            "eventsource", "worker", "message", "rtcpeerconnection", "broadcastchannel",
            "observer")


class AutoUpdatingText(_PageReview):
    """Checks that text which changes by itself can be paused, stopped or hidden.

    Applies to pages whose scripts may change text repeatedly without user interaction:
    inapplicable without scripts, and when all the page's code (inline, or local files its
    scripts name) uses no timer, animation frame or event, media time, message or stream
    (handlers of clicks and keys need a user); otherwise ``cant_tell`` on the page.

    Why it matters: tickers and carousels that change on their own distract and cannot be
    read in time.

    How to fix: add a pause button, or stop updating after a few seconds.
    """

    id = "auto-updating-text-pausable"
    help = "Let people pause text that changes by itself"
    description = "Text that changes automatically can be paused, stopped or hidden."
    wcag = ("2.2.2",)
    act_ids = ("efbfc7",)
    question = ("The page's scripts use timers or events that need no user: does text "
                "change by itself, and can it be paused, stopped or hidden?")

    def _applies(self, doc: Document) -> bool:
        return runs_scripts(doc) and script_mentions(doc, _REPEATS, files=True) is not False


_MOTION = ("devicemotion", "deviceorientation")


class MotionActuationDisable(_PageReview):
    """Checks that content changed by device motion can be turned off.

    Applies to pages with device motion or orientation listeners: inapplicable when the page
    runs no scripts or all its code is inline and never mentions them; otherwise
    ``cant_tell``.

    Why it matters: tremors or a mounted device set off motion controls by accident.

    How to fix: offer a setting that turns motion control off.
    """

    id = "motion-actuation-disable"
    help = "Let people turn off motion control"
    description = "Changes caused by device motion can be disabled."
    wcag = ("2.5.4",)
    act_ids = ("c249d5",)
    question = ("The page's scripts may listen to device motion: does motion change the "
                "content, and can that be turned off?")

    def _applies(self, doc: Document) -> bool:
        return runs_scripts(doc) and script_mentions(doc, _MOTION) is not False


class MotionActuationAlternative(MotionActuationDisable):
    """Checks that what device motion does can also be done with controls on the page.

    Applies like ``motion-actuation-disable``; otherwise ``cant_tell``.

    Why it matters: people who cannot tilt or shake a device need another way.

    How to fix: add buttons that do what the motion does.
    """

    id = "motion-actuation-alternative"
    help = "Offer controls for what motion does"
    description = "Changes caused by device motion can also be made from the user interface."
    act_ids = ("7677a9",)
    question = ("The page's scripts may listen to device motion: can everything motion does "
                "also be done with controls on the page?")


class RepeatedContentCollapsible(_PageReview):
    """Asks whether blocks repeated on every page can be collapsed.

    Applies to every HTML page; answers ``cant_tell`` (which blocks repeat across pages and
    whether a control hides them needs a person).

    Why it matters: a way to collapse the menu saves keyboard users going through it on
    every page.

    How to fix: make navigation blocks collapsible (a disclosure button), or add a skip link.
    """

    id = "repeated-content-collapsible"
    help = "Let people collapse repeated blocks"
    description = "Blocks of repeated content can be hidden (needs review)."
    act_ids = ("3e12e1",)  # ACT names no requirement (2.4.1 has other ways to meet it)
    question = ("Can each block repeated on other pages (menus, banners) be hidden and "
                "removed from the accessibility tree with a control?")


class ErrorMessageDescribes(ReviewRule):
    """Asks whether form fields shown in error say what is wrong.

    Applies to elements with a form-field role (textbox, checkbox, combobox...); answers
    ``cant_tell``, naming ``aria-invalid="true"`` where it is set.

    Why it matters: "Invalid entry" does not tell anyone how to fix it.

    How to fix: say what is wrong and how to fix it, in visible text tied to the field
    with ``aria-describedby``.
    """

    id = "error-message-describes"
    help = "Describe what is wrong with a field in error"
    description = "Form field error messages identify the field and describe the error."
    wcag = ("3.3.1",)
    act_ids = ("36b590",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return dom.with_role(doc, *FIELD_ROLES)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if aria.state(element, "aria-invalid") not in {None, "false"}:
            return cant_tell("The field is marked aria-invalid: does visible text, also "
                             "exposed to assistive technology, say what is wrong and how to "
                             "fix it?")
        return cant_tell("If anything marks this field as in error (after input too), does "
                         "it say what is wrong or how to fix it?")


#: ACT's visual reference words (English), with plural forms; colour names are X11's
#: single-word names (CSS named colours are X11's).
_VISUAL_WORDS = frozenset("""
above below beneath beside bottom diagonal down left near nearby parallel right top under
underneath up box circle circular crescent cross diamond disc ellipse heart hexagon hexagonal
kite oval parallelogram pentagon pentagonal polygon polygonal rectangle rectangular round square
squared star trapezoid trapezoidal triangle triangular wave big large little narrow small tiny
wide angled askew atilt crooked listing lopsided off-kilter pitched rotated sideways skewed
slanted slanting straight tilt tilted tipped
""".split())
_COLOURS = frozenset("""
aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan
darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta
darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray
green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray
lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon
mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
navajowhite navy navyblue oldlace olive olivedrab orange orangered orchid palegoldenrod
palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise
violet violetred wheat white whitesmoke yellow yellowgreen
""".split())
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def visual_words(text: str) -> list[str]:
    """The visual reference words in English text (plurals and ``-s`` forms included)."""
    found = []
    for word in _WORD.findall(text.casefold()):
        stems = {word, word[:-1] if word.endswith("s") else word,
                 word[:-2] if word.endswith("es") else word}
        if stems & (_VISUAL_WORDS | _COLOURS):
            found.append(word)
    return found


def _english(doc: Document, element: Element) -> bool:
    for el in [element, *dom.ancestors(element)]:
        lang = el.get("lang")
        if lang is None:
            lang = el.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang is not None and lang.strip():
            return lang.strip().lower().split("-")[0] == "en"
    return False


class VisualReferenceAlternative(ReviewRule):
    """Checks that instructions do not rely only on where or how something looks.

    Applies to elements with text of their own that is visible or exposed. Passed when the
    text is English (by ``lang``) and has none of ACT's visual reference words (above,
    left, round, red...); otherwise ``cant_tell``: whether such a word identifies content
    in an instruction, and whether it is also identified otherwise, needs a person.

    Why it matters: "press the round button on the right" means nothing to someone who
    cannot see the page.

    How to fix: name the thing too ("press Submit, the round button on the right").
    """

    id = "visual-reference-alternative"
    help = "Do not identify content only by its look or place"
    description = "Text that refers to content by its look or position also names it otherwise."
    impact = ReviewRule.impact
    wcag = ("1.3.3",)
    act_ids = ("9bd38c",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        found = []
        for el in doc.elements:
            if not isinstance(el.tag, str) or local_name(el) in {
                    "script", "style", "template", "title", "noscript"}:
                continue
            texts = [el.text, *(child.tail for child in el)]
            if any(t and t.strip() for t in texts) and (
                    dom.is_visible(doc, el) or dom.in_accessibility_tree(doc, el)):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        text = " ".join(t for t in [element.text, *(c.tail for c in element)] if t)
        if not _english(doc, element):
            return cant_tell("The text is not marked English: does it identify content only "
                             "by how or where it is seen?")
        words = visual_words(text)
        if not words:
            return passed("The text uses no visual reference words")
        return cant_tell(f"The text uses {', '.join(sorted(set(words))[:5])}: does it identify "
                         "content only by how or where it is seen?")


RULES = [NoKeyboardTrap, NoKeyboardTrapStandard, NoKeyboardTrapNonStandard,
         CharacterKeyShortcuts, AutoUpdatingText, MotionActuationDisable,
         MotionActuationAlternative, RepeatedContentCollapsible, ErrorMessageDescribes,
         VisualReferenceAlternative]
