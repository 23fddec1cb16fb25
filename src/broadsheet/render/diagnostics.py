"""Every finding the renderer reports: a stable id, its outcome and impact, and what it means.

``failed`` findings are author errors (``strict=True`` refuses the article); ``cant_tell``
findings are decisions an editor should review. ``python docs/generate.py``
writes docs/reference/render-findings.md from this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from broadsheet.findings import Impact, Outcome


@dataclass(frozen=True, slots=True)
class RenderRule:
    """One kind of render finding."""

    id: str
    outcome: Outcome
    impact: Impact
    summary: str


_FAILED, _REVIEW = Outcome.FAILED, Outcome.CANT_TELL

RULES: tuple[RenderRule, ...] = (
    RenderRule("render-alt-missing", _FAILED, Impact.SERIOUS,
               "An image has no usable alt text and no caption to derive it from; it is "
               "rendered with `alt=\"\"` (and `data-broadsheet-review=\"alt-missing\"` with "
               "`review_markers=True`)."),
    RenderRule("render-alt-from-caption", _REVIEW, Impact.MINOR,
               "Alt text was derived from the caption (the alt given, if any, was a "
               "placeholder, a file name, a URL or the credit); check it describes the image."),
    RenderRule("render-alt-repeats-caption", _REVIEW, Impact.MINOR,
               "The alt repeats the caption; the caption text is hidden from assistive "
               "technology so it is read once. Alt that describes the image is better."),
    RenderRule("render-alt-in-caption", _FAILED, Impact.MODERATE,
               "The alt is part of a longer caption (not its first sentence), so screen "
               "readers read it twice; describe what the image shows instead."),
    RenderRule("render-alt-redundant-phrase", _FAILED, Impact.MINOR,
               "The alt begins with a phrase such as \"image of\" or \"фото:\", which screen "
               "readers already say (alt derived from a caption leaves it out)."),
    RenderRule("render-alt-too-long", _FAILED, Impact.MINOR,
               "The alt is longer than 250 characters: it cannot be paused or skimmed; keep it "
               "to a sentence and move the detail into the caption."),
    RenderRule("render-heading-level", _REVIEW, Impact.MINOR,
               "A heading level was changed so that no level is skipped."),
    RenderRule("render-language-unknown", _FAILED, Impact.SERIOUS,
               "A well-formed language tag names no known language."),
    RenderRule("render-unsafe-url", _FAILED, Impact.SERIOUS,
               "A URL's scheme is not allowed where it is used; it is rendered without it."),
    RenderRule("render-embed-refused", _FAILED, Impact.SERIOUS,
               "An embed is not `https` or its host is not on the embed allowlist; it is "
               "rendered as a notice without a frame."),
    RenderRule("render-video-captions-missing", _FAILED, Impact.SERIOUS,
               "A video has no captions or subtitles track (WCAG 1.2.2)."),
    RenderRule("render-audio-transcript-missing", _FAILED, Impact.SERIOUS,
               "Audio has no transcript (WCAG 1.2.1)."),
    RenderRule("render-video-transcript-missing", _REVIEW, Impact.MODERATE,
               "A video has no transcript; one helps deafblind readers and people who "
               "prefer reading (WCAG 1.2.3)."),
    RenderRule("render-landmark-name-repeated", _FAILED, Impact.MODERATE,
               "Two related boxes, or two galleries or tables, share a title or caption, so "
               "two landmarks of one role share a name."),
    RenderRule("render-table-without-data", _FAILED, Impact.MINOR,
               "A header cell heads no data cell (check `header_rows`, `header_columns` and "
               "that rows are complete)."),
    RenderRule("render-link-empty", _FAILED, Impact.SERIOUS,
               "A link in inline HTML has no text, so screen readers announce it without a "
               "name (WCAG 2.4.4, 4.1.2)."),
    RenderRule("render-link-text-generic", _FAILED, Impact.MODERATE,
               "A link's text is a generic phrase (\"click here\", \"read more\", in any of "
               "Broadsheet's languages) that does not say where it goes (WCAG 2.4.4)."),
    RenderRule("render-inline-content-dropped", _FAILED, Impact.MODERATE,
               "Inline HTML held an element a field of text cannot show (an image, frame, "
               "script, form control…); it was removed with its content. Use an image, video "
               "or embed block."),
    RenderRule("render-inline-markup-flattened", _REVIEW, Impact.MINOR,
               "Block-level markup (paragraphs, headings, lists…) in a field of inline text "
               "was removed; its text is kept, separated by spaces. Split it into blocks."),
    RenderRule("render-inline-too-deep", _FAILED, Impact.SERIOUS,
               "Inline HTML nests elements more than 64 deep; it is rendered as text with all "
               "its markup removed (sanitising deeper nesting costs time that grows with the "
               "square of the depth)."),
    RenderRule("render-paragraph-empty", _REVIEW, Impact.MINOR,
               "A paragraph holds no text (only spaces, `&nbsp;` or `<br>`, or markup that was "
               "removed); it is not rendered. Delete it, or use a divider."),
    RenderRule("render-pullquote-not-in-body", _REVIEW, Impact.MINOR,
               "A pull quote's text does not appear in the body, so it is not hidden from "
               "assistive technology (only a pull quote that repeats the body is): check it "
               "is meant to be read, or quote the body exactly."),
    RenderRule("render-site-name-unusable", _FAILED, Impact.SERIOUS,
               "The site's name, used as the logo's alt text, is a placeholder, a file name, "
               "empty, begins with \"image of\" or is over 250 characters."),
)

BY_ID: dict[str, RenderRule] = {rule.id: rule for rule in RULES}
