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

    Why it matters: keyboard users meet the skip link first; it must show itself where they
    can read it and move focus past the repeated blocks.
    How to fix: make the skip link the first focusable element, position it inside the
    viewport when focused (not clipped, at least 24 by 24 px, 12 px text or more), and give
    its target ``tabindex="-1"`` if it is not focusable.
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
    tags = ("broadsheet", "keyboard")
    wcag = ("2.4.7",)


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
    description = ("Line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word "
                   "spacing 0.16em clip no text (WCAG 1.4.12)")
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
    SkipLinkKeyboard, FocusVisible, Reflow, TextSpacing, ForcedColorsFocus, ForcedColorsBorders)
#: Problems of the audit itself: always reported, never chosen.
AUDIT_RULES: tuple[type[BrowserRule], ...] = (PageLoad, PageBehaviour, AuditCompleted)
