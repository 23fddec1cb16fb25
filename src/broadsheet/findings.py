"""The one shape every diagnostic takes: render-time, static rules and browser audits."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """Outcome of one rule on one element, as W3C ACT names them."""

    FAILED = "failed"
    PASSED = "passed"
    CANT_TELL = "cant_tell"
    INAPPLICABLE = "inapplicable"


class Impact(StrEnum):
    """How badly a failure affects people, as axe-core grades it."""

    MINOR = "minor"
    MODERATE = "moderate"
    SERIOUS = "serious"
    CRITICAL = "critical"


class Source(StrEnum):
    """Which stage produced a finding."""

    RENDER = "render"
    STATIC = "static"
    AXE = "axe"
    BROWSER = "browser"
    IMPORT = "import"


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of one rule on one place.

    ``target`` is a CSS selector and ``line`` a source line for HTML; ``pointer``
    is a JSON pointer into the article data for render-time findings.
    """

    rule: str
    outcome: Outcome
    message: str
    impact: Impact | None = None
    source: Source = Source.RENDER
    target: str | None = None
    snippet: str | None = None
    line: int | None = None
    pointer: str | None = None
    #: Other engines' rules that failed the same element for the same criterion, folded
    #: into this finding (``"axe-core image-alt"``); see :mod:`broadsheet.browser.merge`.
    also: str | None = None

    @property
    def place(self) -> str | None:
        """Where it is: the CSS selector in a page, else the JSON pointer in article data."""
        return self.target if self.target is not None else self.pointer

    @property
    def is_violation(self) -> bool:
        """A failure someone has to fix."""
        return self.outcome is Outcome.FAILED

    def report_line(self, source: str, place: str | None = None) -> str:
        """One line naming the file, the place (``place``, else the JSON pointer), error or
        review, the rule and the message (how ``render`` and ``import`` report findings)."""
        level = "error" if self.outcome is Outcome.FAILED else "review"
        where = place if place is not None else self.pointer
        return f"{source}: {where}: {level}: {self.rule}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, omitting empty fields."""
        return {key: str(value) if isinstance(value, StrEnum) else value
                for key, value in asdict(self).items() if value is not None}
