"""Results accepted on Broadsheet's fixtures, each with the reason it is acceptable.

docs/qa.md explains both lists. A new axe incomplete result or vnu message fails the suite
until someone looks at it and either fixes the page or adds it here with a reason.
"""

from __future__ import annotations

import re

#: "cannot tell" results, axe-core's "incomplete" and Broadsheet's own: (rule id, pattern
#: the target or the element's markup must match, pattern the message must match) -> reason.
AXE_INCOMPLETE: dict[tuple[str, str, str], str] = {
    ("frame-tested", r"", r"iframe still has to be tested"): (
        "Embeds load third-party pages (maps, video players, social posts) that the suite "
        "blocks, since tests never leave the machine, so axe cannot run inside the frame. "
        "The frame element itself (title, skip-past link, focus) is checked; the provider's "
        "page is the provider's responsibility."),
    ("color-contrast", r"", r"partially obscured by another element"): (
        "At 320 px wide tables scroll sideways in their own region (WCAG 1.4.10 allows it "
        "for data tables), so cells and captions partly outside the scrolled view are "
        "clipped and axe cannot sample their background. The same elements, in the same "
        "colours, pass color-contrast at 1280 px."),
    ("color-contrast", r"", r"too short to determine if it is actual text"): (
        "A one-character table cell (a digit) that axe cannot tell from an icon; it uses "
        "the table's text colours, which pass color-contrast in every other cell."),
    ("color-contrast", r"\.embed__(placeholder|provider|title)",
     r"overlapped by another element"): (
        "An embed's placeholder (provider and title) lies under its frame, which paints over "
        "it once the provider's page loads; what the frame will paint cannot be known. With "
        "the frames taken out, Broadsheet's text-contrast-minimum, which measures the drawn "
        "pixels over the panel's hatching, passes the placeholder's text "
        "(test_embed_placeholders_pass_contrast_without_their_frames)."),
    #: A table's parts, whatever axe's shortest selector for them: in the scroller
    #: (``.table-scroll``), a cell or row step, or a cell, caption or scroll hint's markup
    #: (axe names some by a path of ``div``s, a caption by its id).
    ("color-contrast",
     r'\.table-scroll|(^|> )t[dhr]\b|^<(t[dh]|caption)\b|^<p class="table-scroll__hint"',
     r"could not be determined due to a background gradient"): (
        "A table's scroller draws its scrolling edges in CSS alone: two shades fixed to its "
        "edges under two bands of the page's background colour that scroll with the table "
        "(background-attachment: local), so a cut edge shows a shade and an uncut one none. "
        "axe does not sample gradients; the cells' text stands on the band, the page's own "
        "background, and Broadsheet's text-contrast-minimum, which measures the drawn pixels, "
        "judges the same cells without a cannot-tell."),
    # (a photo essay opens on the same hero, round 45: ru-flood-gallery's standfirst holds
    # the page's one ``em``, which axe names by its tag alone)
    ("color-contrast", r"#headline|\.article-header__(section|kicker|summary)|^em$",
     r"overlapped by another element|contains an image node"): (
        "A long read's kicker, headline and standfirst stand over its hero photo from a "
        "tablet up, on a scrim: axe cannot sample a ground that is a picture. The scrim is "
        "measured instead: white text on it is 9.3:1 with the photo replaced by a white one, "
        "in both schemes (test_the_heros_text_is_legible_whatever_the_photo); the gallery's "
        "contrast report lists these words as judged by eye."),
    ("text-contrast-minimum", r"", r"cannot be told: covered by iframe"): (
        "The same embed placeholders, judged by Broadsheet's own rule (ACT afw4f7)."),
    ("image-loads", r"", r" https://\S+ was not loaded: the audit loads only from"): (
        "The fixtures' remote photographs, posters and ornaments live on other hosts "
        "(cdn.example, www.rferl.org) that the suite never reaches, since tests never leave "
        "the machine; the audit says it could not fetch them rather than calling them "
        "broken. The fixtures' own photographs (images/…) are served and must load."),
}

#: Nu Html Checker messages: pattern -> reason. Checked in Chromium by
#: test_content_security_policy_allows_the_inline_style.
VNU_ACCEPTED: dict[str, str] = {
    r"^error: CSS: .container-type.: Property .container-type. doesn't exist": (
        "vnu's CSS validator predates CSS container queries (CSS Conditional 5; scroll-state "
        "containers in Chromium since 133): a table's region is a scroll-state container so "
        "that its \"scroll sideways\" hint shows only while it scrolls. A browser without it "
        "drops the declaration and never shows the hint; the shade on the cut edge still says "
        "it (test_design.py checks both in Chromium)."),
    r"^error: CSS: Unrecognized at-rule .@container.": (
        "The same container query, which shows the hint (the only @container in the style "
        "sheet)."),
    r"^error: CSS: .block-size.: Parse Error\.$": (
        "vnu's CSS validator predates typed attr() (CSS Values 5, in Chromium since 133): an "
        "embed's frame reads its height attribute to shrink in proportion on a narrow "
        "column (the style sheet's only block-size with attr()). A browser without it drops "
        "the declaration and the frame keeps the height it asks for (test_design.py measures "
        "the frames at 320 and 1280 px)."),
    r"^error: CSS: .aspect-ratio.: Parse Error\.$": (
        "vnu's CSS validator predates typed attr() (CSS Values 5, in Chromium since 133): a "
        "video is drawn at the ratio of its width and height attributes (the style sheet's "
        "only aspect-ratio with attr()). A browser without it drops the declaration and the "
        "attributes' own ratio holds (test_media_cards.py measures each video's box)."),
    r"^error: CSS: .inline-size.: Parse Error\.$": (
        "The same typed attr(): a video as wide as it can be while no taller than its cap, "
        "from its width and height attributes (the style sheet's only inline-size with "
        "attr()). A browser without it drops the declaration and the video fills its column "
        "(test_media_cards.py checks the height cap in Chromium)."),
    r"^error: CSS: .min-inline-size.: Character s is neither a decimal digit number": (
        "vnu's CSS validator predates calc-size() (CSS Values 5, in Chromium since 129): a "
        "table of five columns or more is at least as wide as its narrowest layout, up to "
        "column and rail (the style sheet's only calc-size()). A browser without it drops the "
        "declaration and keeps the table to the column, scrolling (test_page_grid.py "
        "measures the tables in Chromium)."),
    r"^warning: Inline style violates Content Security Policy": (
        "vnu does not compute CSP hash sources: the page's only <style> is allowed by the "
        "'sha256-…' source Broadsheet writes into style-src. Chromium enforces the policy "
        "and applies the style sheet without a violation (tested)."),
    r"^warning: Inline script violates Content Security Policy": (
        "The only inline <script> is JSON-LD (type=application/ld+json): data, never "
        "executed, so script-src does not apply to it. Chromium reports no violation (tested)."),
    r"^warning: Resource violates Content Security Policy \(meta tag\): image .images/[\w.-]+"
    r". blocked by .img-src. directive": (
        "vnu validates each page as a file: URL, whose origin matches no 'self'; the "
        "fixtures' own photographs are relative URLs (images/…), which 'self' in img-src "
        "allows wherever the page is served. Chromium, enforcing the page's policy over http, "
        "loads them (test_design.py: every local photograph has a natural width, light and "
        "dark)."),
    r"^error: Bad value .allow-scripts allow-popups allow-presentation allow-same-origin. "
    r"for attribute .sandbox. on element .iframe.": (
        "vnu flags allow-scripts beside allow-same-origin in any frame; the risk the HTML "
        "standard names is a frame of the page's own origin, which could lift its own "
        "sandbox. Broadsheet adds allow-same-origin only to frames whose host is not the "
        "page's (embed_sandbox, tested): such a frame keeps its own origin, which the "
        "same-origin policy keeps out of the page, and players such as YouTube's need its "
        "storage to play."),
}


def incomplete_reason(rule: str, target: str | None, message: str,
                      snippet: str | None = None) -> str | None:
    """Why a "cannot tell" result is acceptable, or None when it is not listed."""
    return next((why for (rule_id, where, pattern), why in AXE_INCOMPLETE.items()
                 if rule_id == rule and (re.search(where, target or "")
                                         or re.search(where, snippet or ""))
                 and re.search(pattern, message)), None)


def vnu_reason(message: str) -> str | None:
    """Why a vnu message is acceptable, or None when it is not listed."""
    return next((why for pattern, why in VNU_ACCEPTED.items() if re.search(pattern, message)),
                None)
