"""Audio and video (W3C ACT media rules). What the media says, whether it has sound, how long
it plays and whether captions or a transcript convey it needs the media and a person: these
rules find the elements their ACT rules apply to and answer ``cant_tell``, and pass only what
the markup proves (native ``controls`` can pause autoplaying sound; a media fragment that
ends within 3 seconds)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from broadsheet.checks import dom
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.checks.rule import Verdict, cant_tell, passed
from broadsheet.checks.rules.review import ReviewRule
from broadsheet.checks.scripting import runs_scripts
from broadsheet.findings import Impact

#: A Media Fragments URI temporal range in seconds (``#t=10,12``, ``#t=npt:5,7``).
_TEMPORAL = re.compile(r"(?:^|&)t=(?:npt:)?([0-9.]*)(?:,([0-9.]+))?(?:&|$)")


def _html(el: Element, *names: str) -> bool:
    return namespace(el) == HTML_NS and local_name(el) in names


def sources(el: Element) -> list[str]:
    """The element's media URLs: ``src``, else its ``source`` children's."""
    own = (el.get("src") or "").strip()
    if own:
        return [own]
    return [s for c in el if isinstance(c.tag, str) and _html(c, "source")
            if (s := (c.get("src") or "").strip())]


def _flag(el: Element, name: str) -> bool:
    return el.get(name) is not None


def plays_for(url: str) -> float | None:
    """Seconds a media fragment limits playback to (None: not limited by the URL)."""
    _, _, fragment = url.partition("#")
    found = _TEMPORAL.search(fragment)
    if not found or found.group(2) is None:
        return None
    try:
        start, end = float(found.group(1) or 0), float(found.group(2))
    except ValueError:
        return None
    return max(end - start, 0.0)


def autoplaying(doc: Document) -> list[Element]:
    """``audio``/``video`` with ``autoplay`` and not ``muted``, that have a source."""
    return [el for el in doc.tags("audio", "video") if _html(el, "audio", "video")
            and _flag(el, "autoplay") and not _flag(el, "muted") and sources(el)]


def visible_videos(doc: Document) -> list[Element]:
    return [el for el in doc.tags("video") if _html(el, "video") and sources(el)
            and dom.is_visible(doc, el)]


def _native_controls(doc: Document, el: Element) -> bool:
    return _flag(el, "controls") and dom.in_accessibility_tree(doc, el)


def _short(el: Element) -> bool:
    """Every source ends within 3 seconds of starting and the element does not loop."""
    spans = [plays_for(url) for url in sources(el)]
    return not _flag(el, "loop") and bool(spans) and all(
        span is not None and span <= 3 for span in spans)


class _Media(ReviewRule):
    impact = Impact.SERIOUS
    tags = ("act", "review", "media")


class AutoplayAudioShort(_Media):
    """Checks that sound which plays by itself stops within 3 seconds.

    Applies to ``audio`` and ``video`` elements with ``autoplay`` and without ``muted``.
    Passed when every source is a media fragment ending within 3 seconds of its start and
    the element does not ``loop``; otherwise ``cant_tell`` (how long the sound lasts needs
    the media: the live engine's ``autoplay-sound-short`` watches it play).

    Why it matters: sound that starts on its own drowns out a screen reader.

    How to fix: do not autoplay sound, or keep it under 3 seconds, or offer a pause button.
    """

    id = "autoplay-audio-short"
    help = "Keep autoplaying sound under 3 seconds"
    description = "Audio that plays automatically lasts no more than 3 seconds."
    act_ids = ("aaa1bf",)  # a part of 80f0bf: no requirement of its own

    def applicable(self, doc: Document) -> Iterable[Element]:
        return autoplaying(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if _short(element):
            return passed("Its source plays for 3 seconds or less and it does not loop")
        return cant_tell("It plays by itself: does its sound last more than 3 seconds?")


class AutoplayAudioControl(_Media):
    """Checks that sound which plays by itself can be paused or muted.

    Applies to ``audio`` and ``video`` elements with ``autoplay`` and without ``muted``.
    Passed when the element shows its native ``controls`` (pause and mute, named by the
    browser); otherwise ``cant_tell`` (another button on the page may control it, or the
    sound may be short; the live engine's ``autoplay-sound-control`` fails a page with
    nothing that could be a control).

    Why it matters: people using a screen reader cannot hear it over the sound.

    How to fix: add ``controls``, or a labelled pause or mute button.
    """

    id = "autoplay-audio-control"
    help = "Let people stop sound that plays by itself"
    description = "Audio that plays automatically has a visible control to pause or mute it."
    act_ids = ("4c31df",)  # a part of 80f0bf: no requirement of its own

    def applicable(self, doc: Document) -> Iterable[Element]:
        return autoplaying(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if _native_controls(doc, element):
            return passed("Its native controls can pause and mute it")
        return cant_tell("It plays by itself without native controls: is there a labelled "
                         "button to pause or mute it (or is its sound 3 seconds or shorter)?")


class NoAutoplayAudio(_Media):
    """Checks that sound which plays by itself is short or can be stopped.

    Applies to ``audio`` and ``video`` elements with ``autoplay`` and without ``muted``.
    Passed when ``autoplay-audio-short`` or ``autoplay-audio-control`` passes; otherwise
    ``cant_tell`` (the live engine's ``autoplay-sound`` decides it as the media play).

    Why it matters: sound that starts on its own drowns out a screen reader.

    How to fix: do not autoplay sound; else add ``controls`` or keep it under 3 seconds.
    """

    id = "no-autoplay-audio"
    help = "Avoid sound that plays by itself"
    description = "Autoplaying audio lasts at most 3 seconds or can be paused or muted."
    wcag = ("1.4.2",)
    act_ids = ("80f0bf",)

    def applicable(self, doc: Document) -> Iterable[Element]:
        return autoplaying(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        if _native_controls(doc, element):
            return passed("Its native controls can pause and mute it")
        if _short(element):
            return passed("Its source plays for 3 seconds or less and it does not loop")
        return cant_tell("It plays by itself: is its sound short, or is there a labelled "
                         "control to pause or mute it?")


class _AudioReview(_Media):
    def applicable(self, doc: Document) -> Iterable[Element]:
        """``audio`` with a source that autoplays or shows a play button; without either,
        a scripted page may still offer a play button (``cant_tell`` then too)."""
        found = []
        for el in doc.tags("audio"):
            if not _html(el, "audio") or not sources(el):
                continue
            if _flag(el, "autoplay") or _native_controls(doc, el) or runs_scripts(doc):
                found.append(el)
        return found

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question)


class AudioTextAlternative(_AudioReview):
    """Asks whether audio has a transcript or is itself an alternative for text on the page.

    Applies to ``audio`` elements with a source that autoplay or show their controls (on a
    page that runs scripts, any with a source: a script may play it); answers ``cant_tell``.

    Why it matters: deaf and hard-of-hearing people get nothing from audio without text.

    How to fix: link or show a transcript next to the player.
    """

    id = "audio-text-alternative"
    help = "Give audio a text alternative"
    description = "Audio has a transcript or is an alternative for text on the page (needs review)."
    wcag = ("1.2.1",)
    act_ids = ("e7aa44",)
    question = "Is what this audio says available as text (a transcript, or text it stands for)?"


class AudioTranscript(_AudioReview):
    """Asks whether audio has a transcript on the page or linked from it.

    Applies like ``audio-text-alternative``; answers ``cant_tell``.

    Why it matters: a transcript is the only way deaf people get the audio's content.

    How to fix: put the transcript below the player, or link to it.
    """

    id = "audio-transcript"
    help = "Give audio a transcript"
    description = "Audio's content is available in a visible transcript (needs review)."
    act_ids = ("2eb176",)  # a part of e7aa44: no requirement of its own
    question = "Is there a visible transcript of this audio on the page or linked from it?"


class AudioMediaAlternative(_AudioReview):
    """Asks whether audio is an alternative for text on the page and labelled as one.

    Applies like ``audio-text-alternative``; answers ``cant_tell``.

    Why it matters: audio that only repeats the page's text needs no transcript, but must
    say that it is a reading of that text.

    How to fix: label the player ("Listen to this article").
    """

    id = "audio-media-alternative"
    help = "Label audio that reads out the page's text"
    description = "Audio that is an alternative for text repeats it and says so (needs review)."
    act_ids = ("afb423",)  # a part of e7aa44: no requirement of its own
    question = "Does this audio only repeat text on the page, and is it labelled as doing so?"


class _VideoReview(_Media):
    def applicable(self, doc: Document) -> Iterable[Element]:
        return visible_videos(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        return cant_tell(self.question)


def _video_rule(rule_id: str, act_id: str, criteria: tuple[str, ...], title: str,
                description: str, question: str, doc: str) -> type[_VideoReview]:
    """A video rule; ``criteria`` are its ACT rule's (none for the parts of a composite)."""
    return type(title.replace(" ", "").replace("-", ""), (_VideoReview,), {
        "__doc__": doc, "__module__": __name__, "id": rule_id, "help": title,
        "description": description, "wcag": criteria, "act_ids": (act_id,),
        "question": question})


_APPLIES = ("Applies to visible ``video`` elements with a source (whether the video has "
            "sound needs the media); answers ``cant_tell``.")
VIDEO_RULES = [
    _video_rule(
        "video-captions", "f51b46", ("1.2.1",), "Caption videos",
        "Sound in videos that is not shown visually is captioned (needs review).",
        "Does the video's sound need captions, and do captions (a captions track or "
        "burned-in) convey it?",
        f"""Asks whether what a video's sound says is captioned.

        {_APPLIES} A ``track kind="captions"`` is still reviewed: its text must match.

        Why it matters: deaf people follow speech and sound effects through captions.

        How to fix: add a captions track (``<track kind="captions">``) or burned-in captions.
        """),
    _video_rule(
        "video-auditory-alternative", "eac66b", ("1.2.2",), "Give video sound an alternative",
        "Video sound is captioned, or the video is an alternative for text (needs review).",
        "Does the video have sound, and is it captioned or an alternative for text on the page?",
        f"""Asks whether a video's sound is captioned or the video repeats text on the page.

        {_APPLIES}

        Why it matters: without captions deaf people miss everything the video says.

        How to fix: caption the video.
        """),
    _video_rule(
        "video-visual-alternative", "c5a4ea", ("1.2.3", "1.2.5", "1.2.8"),
        "Give video pictures an alternative",
        "Video visuals have audio description, a transcript, or repeat page text (needs review).",
        "Is what the video shows available through audio description, a transcript, or text "
        "on the page it stands for?",
        f"""Asks whether what a video shows reaches people who cannot see it.

        {_APPLIES}

        Why it matters: blind people miss what is only shown.

        How to fix: add audio description or a transcript describing the visuals.
        """),
    _video_rule(
        "video-visual-strict-alternative", "1ec09b", ("1.2.5",),
        "Describe video pictures in audio",
        "Video visuals have audio description or repeat page text (needs review).",
        "Is what the video shows available through its audio or an audio description track, "
        "or does the video only repeat text on the page?",
        f"""Asks whether a video has audio description (a transcript is not enough at AA).

        {_APPLIES}

        Why it matters: at level AA, what is shown must be described in sound.

        How to fix: add an audio-described version or description track.
        """),
    _video_rule(
        "video-media-alternative", "ab4d13", (),
        "Label videos that repeat the page's text",
        "A video that is an alternative for text repeats it and says so (needs review).",
        "Does this video only repeat text on the page, and is it labelled as doing so?",
        f"""Asks whether a video only repeats text on the page and is labelled so.

        {_APPLIES}

        Why it matters: such a video needs no captions or description, but must say so.

        How to fix: label it ("Video version of the article above").
        """),
    _video_rule(
        "video-audio-description", "1ea59c", (), "Audio-describe videos",
        "Video visuals are conveyed by its audio or a description track (needs review).",
        "Is everything the video shows conveyed by its sound or an audio description track?",
        f"""Asks whether a video's visuals are described in sound.

        {_APPLIES}

        Why it matters: blind people follow a video through its sound alone.

        How to fix: add an audio description track or described version.
        """),
    _video_rule(
        "video-transcript", "1a02b0", ("1.2.1", "1.2.8", "1.3.1"), "Give videos a transcript",
        "Video sound and visuals are in a transcript on or linked from the page (needs review).",
        "Is there a transcript of what the video shows and says on the page or linked?",
        f"""Asks whether a video has a full text transcript (level AAA).

        {_APPLIES}

        Why it matters: a transcript serves deafblind people and anyone who reads faster.

        How to fix: publish a transcript of speech and visuals next to the video.
        """),
    _video_rule(
        "video-only-alternative", "c3232f", ("1.2.1",), "Give silent videos an alternative",
        "Silent video has a transcript, an audio track, or repeats page text (needs review).",
        "Is the video silent, and if so is what it shows available as a transcript, an audio "
        "track, or text on the page?",
        f"""Asks whether a silent video's visuals reach people who cannot see them.

        {_APPLIES}

        Why it matters: a silent video tells blind people nothing.

        How to fix: add a text description or an audio track describing it.
        """),
    _video_rule(
        "video-only-media-alternative", "fd26cf", (),
        "Label silent videos that repeat the page's text",
        "A silent video that is an alternative for text repeats it and says so (needs review).",
        "Is the video silent, and does it only repeat text on the page, labelled as such?",
        f"""Asks whether a silent video only repeats page text and is labelled so.

        {_APPLIES}

        Why it matters: such a video needs no other alternative, but must say so.

        How to fix: label it as the video version of the text.
        """),
    _video_rule(
        "video-only-audio-track", "d7ba54", (), "Give silent videos an audio track",
        "A silent video's visuals are described by an audio track (needs review).",
        "Is the video silent, and is what it shows described by an audio track?",
        f"""Asks whether a silent video has an audio track describing it.

        {_APPLIES}

        Why it matters: blind people can follow a described animation.

        How to fix: add narration describing what is shown.
        """),
    _video_rule(
        "video-only-transcript", "ee13b5", ("1.2.1", "1.3.1"), "Give silent videos a transcript",
        "A silent video's visuals are in a transcript on or linked from the page (needs review).",
        "Is the video silent, and is there a transcript of what it shows?",
        f"""Asks whether a silent video has a text transcript of its visuals.

        {_APPLIES}

        Why it matters: a transcript lets blind people read what the video shows.

        How to fix: describe the video in text next to it, or link the description.
        """),
]

RULES = [AutoplayAudioShort, AutoplayAudioControl, NoAutoplayAudio, AudioTextAlternative,
         AudioTranscript, AudioMediaAlternative, *VIDEO_RULES]
