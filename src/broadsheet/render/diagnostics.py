"""Every finding the renderer reports: a stable id, its outcome and impact, what it means, and
what each finding says (its message, a ``str.format`` template of the values the renderer
gives, beside the rest of its metadata).

``failed`` findings are author errors (``strict=True`` refuses the article); ``cant_tell``
findings are decisions an editor should review. ``python docs/generate.py``
writes docs/reference/render-findings.md from this table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from broadsheet.findings import Finding, Impact, Outcome
from broadsheet.policy.sanitise import ChangeKind


@dataclass(frozen=True, slots=True)
class RenderRule:
    """One kind of render finding."""

    id: str
    outcome: Outcome
    impact: Impact
    #: What it means, for docs/reference/render-findings.md.
    summary: str
    #: What a finding says: a ``str.format`` template by case (``""`` unless the finding reads
    #: differently in different cases).
    messages: Mapping[str, str]

    def message(self, case: str = "", **values: object) -> str:
        """The message of a finding of this kind, in ``case``, with ``values`` filled in."""
        return self.messages[case].format(**{key: _Quotable(value) if isinstance(value, str)
                                             else value for key, value in values.items()})


_ESCAPE = re.compile(r"\\\\|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8}")


class _Quotable(str):
    """Text whose ``!r`` is Python's quoting with only control characters escaped: a Persian
    title's zero-width non-joiner (U+200C) or a right-to-left mark stays the character it is,
    so the message reads as the text reads (a lone surrogate stays escaped)."""

    __slots__ = ()

    def __repr__(self) -> str:
        def keep(match: re.Match[str]) -> str:
            escape = match.group()
            if escape == "\\\\":
                return escape
            char = chr(int(escape[2:], 16))
            return escape if unicodedata.category(char) in ("Cc", "Cs") else char
        return _ESCAPE.sub(keep, str.__repr__(self))


_FAILED, _REVIEW = Outcome.FAILED, Outcome.CANT_TELL
_BETTER = "Alt that describes the image is better"

RULES: tuple[RenderRule, ...] = (
    RenderRule("render-alt-missing", _FAILED, Impact.SERIOUS,
               "An image has no usable alt text and no caption to derive it from; it is "
               "rendered with `alt=\"\"` (and `data-broadsheet-review=\"alt-missing\"` with "
               "`review_markers=True`).",
               {"": "image has no usable alt text and no caption{why}; rendered with alt=\"\" "
                    "and marked for review"}),
    RenderRule("render-alt-from-caption", _REVIEW, Impact.MINOR,
               "Alt text was derived from the caption (the alt given, if any, was a "
               "placeholder, a file name, a URL or the credit); check it describes the image.",
               {"": "{why}alt derived from the caption: {alt!r}; check it describes the image",
                "caption-read": "the caption describes the image and is read in place of alt "
                                "text (alt=\"\"), so its words are heard once; check it "
                                "describes the image"}),
    RenderRule("render-alt-from-site-name", _REVIEW, Impact.MINOR,
               "The site's About picture (a newsroom's logo, as a rule) had no usable alt and "
               "no caption; its alt is the site's name. Check the picture is the site's mark, "
               "or give it alt text.",
               {"": "{why}the About picture's alt is the site's name {alt!r}; check the picture "
                    "is the site's mark"}),
    RenderRule("render-alt-repeats-caption", _REVIEW, Impact.MINOR,
               "The alt repeats the caption; the caption text is hidden from assistive "
               "technology so it is read once. Alt that describes the image is better.",
               {"same": "alt repeats the caption; the caption text is hidden from assistive "
                        f"technology so it is read once. {_BETTER}",
                "first-sentence": "alt repeats the caption's first sentence; that sentence is "
                                  "hidden from assistive technology so it is read once. "
                                  f"{_BETTER}",
                "with-link": "alt repeats a caption that holds a link: the image is rendered "
                             "with alt=\"\" so the caption is read once and its link stays "
                             f"reachable. {_BETTER}"}),
    RenderRule("render-alt-in-caption", _FAILED, Impact.MODERATE,
               "The alt is part of a longer caption (not its first sentence), so screen "
               "readers read it twice; describe what the image shows instead.",
               {"": "the alt is part of the caption, so screen readers read it twice; "
                    "describe what the image shows instead"}),
    RenderRule("render-credit-in-caption", _REVIEW, Impact.MINOR,
               "The caption already names the image's credit in its words (\"… photographed "
               "by Reuters\"), so the separate credit line is left out and the credit is read "
               "once; a credit with a link keeps its line. A labelled credit typed at the "
               "caption's end (\"… (Photo: Reuters)\") is moved to the credit line instead, "
               "in the page's format, and not reported.",
               {"": "the caption already names the credit {credit!r}; the credit line is left "
                    "out so it is read once"}),
    RenderRule("render-alt-redundant-phrase", _FAILED, Impact.MINOR,
               "The alt begins with a phrase such as \"image of\" or \"фото:\", which screen "
               "readers already say (alt derived from a caption leaves it out).",
               {"": "alt begins with {phrase!r}, which screen readers already say; start with "
                    "what the picture shows"}),
    RenderRule("render-alt-too-long", _FAILED, Impact.MINOR,
               "The alt is longer than 250 characters: it cannot be paused or skimmed; keep it "
               "to a sentence and move the detail into the caption.",
               {"": "alt is {length} characters (at most {limit}); keep it to a sentence and "
                    "move the detail into the caption"}),
    RenderRule("render-heading-level", _REVIEW, Impact.MINOR,
               "A heading level was changed so that no level is skipped.",
               {"": "heading level {requested} rendered as h{rendered} so that no level is "
                    "skipped"}),
    RenderRule("render-title-repeats-heading", _REVIEW, Impact.MINOR,
               "A block's title (a gallery's, a timeline's, questions and answers') says "
               "again what the heading right before it says; the title is left out and the "
               "heading names the block, so a screen reader does not announce it twice.",
               {"": "the title {title!r} repeats the heading {heading!r} just before it; it "
                    "is left out and the heading names the block"}),
    RenderRule("render-language-unknown", _FAILED, Impact.SERIOUS,
               "A well-formed language tag names no known language.",
               {"": "{language!r} names no known language; use a BCP 47 tag such as 'en', "
                    "'ru' or 'ar'"}),
    RenderRule("render-unsafe-url", _FAILED, Impact.SERIOUS,
               "A URL's scheme is not allowed where it is used; it is rendered without it.",
               {"": "URL refused: its scheme is not allowed here; rendered without it",
                "srcset": "srcset refused: a candidate's URL or descriptor is not allowed; "
                          "rendered without it",
                "inline": "{change}"}),
    RenderRule("render-embed-refused", _FAILED, Impact.SERIOUS,
               "An embed is not `https` or its host is not on the embed allowlist; it is "
               "rendered as a notice without a frame.",
               {"": "embed refused: only https pages of the allowed embed hosts are framed; "
                    "rendered as a notice without the frame"}),
    RenderRule("render-video-captions-missing", _FAILED, Impact.SERIOUS,
               "A video has no captions or subtitles track (WCAG 1.2.2).",
               {"": "video has no captions track (WCAG 1.2.2)"}),
    RenderRule("render-audio-transcript-missing", _FAILED, Impact.SERIOUS,
               "Audio has no transcript (WCAG 1.2.1).",
               {"": "audio has no transcript (WCAG 1.2.1)"}),
    RenderRule("render-chart-summary-missing", _FAILED, Impact.SERIOUS,
               "A chart has no summary: what it shows and its main finding are left to "
               "those who can see the picture (WCAG 1.1.1); the data table alone does not "
               "say what it means.",
               {"": "chart {title!r} has no summary of what it shows and its main finding "
                    "(WCAG 1.1.1)"}),
    RenderRule("render-footnote-reference", _FAILED, Impact.MODERATE,
               "A footnote reference (`[^id]`) names no footnote of the article, or sits "
               "inside a link (a link in a link); it is left as written.",
               {"unknown": "[^{id}] refers to no footnote; add one with id {id!r} to "
                           "footnotes or remove the reference",
                "in-link": "[^{id}] is inside a link, where a footnote link cannot go; move "
                           "it after the link"}),
    RenderRule("render-footnote-id-repeated", _FAILED, Impact.MODERATE,
               "Two footnotes share an `id`, so a reference could mean either; the second is "
               "left out.",
               {"": "footnote id {id!r} is already used by the footnote at {first}; this one "
                    "is left out"}),
    RenderRule("render-video-transcript-missing", _REVIEW, Impact.MODERATE,
               "A video has no transcript; one helps deafblind readers and people who "
               "prefer reading (WCAG 1.2.3).",
               {"": "video has no transcript; one helps deafblind readers and people who "
                    "prefer reading (WCAG 1.2.3)"}),
    RenderRule("render-live-post-id-repeated", _FAILED, Impact.SERIOUS,
               "Two posts of a live blog share an `id`; the second is left out, since links "
               "to a post and live updates find it by its id.",
               {"": "post id {id!r} is already used by the post at {first}; this post is left "
                    "out"}),
    RenderRule("render-live-page-out-of-range", _FAILED, Impact.MODERATE,
               "A paged live blog's `pages.number` is past its `pages.count`, so its "
               "navigation would read \"Page 4 of 3\".",
               {"": "page {number} of a live blog of {count} pages"}),
    RenderRule("render-live-header-stale", _FAILED, Impact.MODERATE,
               "A live blog's header time (the article's `updated`, else `published`) is "
               "older than its newest post's time, so the page says it is older than what "
               "it shows. Set `updated` to the newest post's time or later.",
               {"": "the page's header time {header} is older than the post at {post}, "
                    "last changed at {newest}"}),
    RenderRule("render-series-part-missing", _FAILED, Impact.MODERATE,
               "A series block says the article is a part the list of parts does not have, "
               "so no part is marked as this one.",
               {"": "the article is part {part} of a series of {count} parts"}),
    RenderRule("render-timeline-out-of-order", _FAILED, Impact.MODERATE,
               "A timeline's events run neither oldest first nor newest first, so a reader "
               "going down the list is misled about what came first.",
               {"": "the timeline's events are neither oldest first nor newest first"}),
    RenderRule("render-landmark-name-repeated", _FAILED, Impact.MODERATE,
               "Two related boxes, or two galleries or tables, share a title or caption, so "
               "two landmarks of one role share a name.",
               {"": "{name!r} already names the {role} landmark at {first}; screen readers "
                    "list both under one name"}),
    RenderRule("render-table-without-data", _FAILED, Impact.MINOR,
               "A header cell heads no cell: nothing under a column header or after a row "
               "header (check `header_rows`, `header_columns` and that rows are complete).",
               {"": "header cell(s) at {cells} head no cell: check header_rows, "
                    "header_columns and that rows are complete"}),
    RenderRule("render-link-empty", _FAILED, Impact.SERIOUS,
               "A link in inline HTML has no text, so screen readers announce it without a "
               "name (WCAG 2.4.4, 4.1.2).",
               {"": "a link has no text, so it has no name; put words in it or remove it"}),
    RenderRule("render-link-text-generic", _FAILED, Impact.MODERATE,
               "A link's text is a generic phrase (\"click here\", \"read more\", in any of "
               "Broadsheet's languages) that does not say where it goes (WCAG 2.4.4).",
               {"": "the link text {text!r} does not say where the link goes; name its "
                    "destination"}),
    RenderRule("render-inline-content-dropped", _FAILED, Impact.MODERATE,
               "Inline HTML held an element a field of text cannot show (an image, frame, "
               "script, form control…); it was removed with its content. Use an image, video "
               "or embed block.",
               {"": "{change}"}),
    RenderRule("render-inline-markup-flattened", _REVIEW, Impact.MINOR,
               "Block-level markup (paragraphs, headings, lists…) in a field of inline text "
               "was removed; its text is kept, separated by spaces. Split it into blocks.",
               {"": "{change}"}),
    RenderRule("render-inline-too-deep", _FAILED, Impact.SERIOUS,
               "Inline HTML nests elements more than 64 deep; it is rendered as text with all "
               "its markup removed (sanitising deeper nesting costs time that grows with the "
               "square of the depth).",
               {"": "{change}"}),
    RenderRule("render-paragraph-empty", _REVIEW, Impact.MINOR,
               "A paragraph holds no text (only spaces, `&nbsp;` or `<br>`, or markup that was "
               "removed); it is not rendered. Delete it, or use a divider.",
               {"": "the paragraph shows no text (only spaces, &nbsp; or <br>, or markup that "
                    "was removed); it is not rendered"}),
    RenderRule("render-paragraph-repeats-standfirst", _REVIEW, Impact.MINOR,
               "The body's first paragraph says what the standfirst (`summary`) says, so "
               "the page would read the same text twice; the paragraph is not rendered. "
               "Remove it from the body, or write a standfirst of its own.",
               {"": "the first paragraph repeats the standfirst; it is not rendered"}),
    RenderRule("render-pullquote-not-in-body", _REVIEW, Impact.MINOR,
               "A pull quote's text does not appear in the body, so it is not hidden from "
               "assistive technology (only a pull quote that repeats the body is): check it "
               "is meant to be read, or quote the body exactly.",
               {"": "the pull quote's text is not in the body, so it is read by screen readers "
                    "like the body (not hidden); check it is meant to be read there, or quote "
                    "the body exactly"}),
    RenderRule("render-style-blocked", _FAILED, Impact.MODERATE,
               "A newsroom stylesheet (`stylesheet=`, `--css`) or an override template asks "
               "for something the page's Content-Security-Policy blocks, so the browser "
               "ignores it: an `@import`, a font not served from the page's own origin, an "
               "image from `data:`, a `style` attribute or an extra `<style>` element.",
               {"import": "{where}: @import {url!r} is blocked by the page's policy "
                          "(style-src); pass that stylesheet as stylesheet= or link it with "
                          "stylesheet_href=",
                "font": "{where}: the font {url!r} is blocked by the page's policy (font-src "
                        "allows the page's own origin); serve it beside the page",
                "image": "{where}: the image {url!r} is blocked by the page's policy (img-src "
                         "allows https: and the page's own origin)",
                "attribute": "{count} style attribute(s) from override templates, the first "
                             "{first}, are blocked by the page's policy (no inline style "
                             "attributes); move the rules into a stylesheet= file",
                "element": "{count} <style> element(s) from override templates are blocked by "
                           "the page's policy (it allows Broadsheet's and the stylesheet= "
                           "text); pass the rules as stylesheet="}),
    RenderRule("render-alert-empty", _FAILED, Impact.MODERATE,
               "A banner (`alerts`) has no text and its label only names its kind (\"Breaking "
               "news\", \"Notice\"), so it tells the reader nothing; it is not rendered. Give "
               "it the news as `text`, or remove it.",
               {"": "the banner {label!r} has no text and its label only names its kind; it is "
                    "not rendered"}),
    RenderRule("render-site-name-unusable", _FAILED, Impact.SERIOUS,
               "The site's name, used as the logo's alt text, is a placeholder, a file name, "
               "empty, begins with \"image of\" or is over 250 characters.",
               {"": "the site's name is the logo's alt text, and it is {reason}; give the site "
                    "its real name"}),
)

BY_ID: dict[str, RenderRule] = {rule.id: rule for rule in RULES}

#: The render finding of each way sanitising inline HTML can lose or merge content (its
#: message is the sanitiser's account of the change), and the case of its message.
SANITISER_RULES: dict[ChangeKind, tuple[str, str]] = {
    ChangeKind.DROPPED: ("render-inline-content-dropped", ""),
    ChangeKind.FLATTENED: ("render-inline-markup-flattened", ""),
    ChangeKind.LINK_REFUSED: ("render-unsafe-url", "inline"),
    ChangeKind.TOO_DEEP: ("render-inline-too-deep", ""),
}


class FindingLog:
    """The render findings of one page, in the order they were found."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def report(self, rule: str, pointer: str, case: str = "", **values: object) -> None:
        """Record a finding of kind ``rule`` about the data at ``pointer``: its outcome,
        impact and message (in ``case``, with ``values``) come from :data:`RULES`."""
        kind = BY_ID[rule]
        self.findings.append(Finding(rule=rule, outcome=kind.outcome, impact=kind.impact,
                                     message=kind.message(case, **values), pointer=pointer))
