"""Browser audits in real Chromium: axe-core, keyboard, layout and accessibility-tree checks.

Needs the ``browser`` extra (Playwright) and a Chromium; see docs/qa.md.

>>> from broadsheet.browser import audit_pages
>>> reports = audit_pages(["page.html"])   # doctest: +SKIP
"""

from __future__ import annotations

from broadsheet.browser.audit import (
    AuditOptions,
    BrowserAuditor,
    PageAudit,
    aria_snapshot,
    audit_page,
    audit_pages,
    check_pages,
)
from broadsheet.browser.axe import axe_script
from broadsheet.browser.axe_rules import DEFAULT_TAGS
from broadsheet.browser.launch import BrowserUnavailable, find_chromium

__all__ = [
    "DEFAULT_TAGS", "AuditOptions", "BrowserAuditor", "BrowserUnavailable", "PageAudit",
    "aria_snapshot", "audit_page", "audit_pages", "axe_script", "check_pages", "find_chromium",
]
