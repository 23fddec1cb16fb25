"""What the gallery knows about one fixture."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from broadsheet.findings import Finding, Outcome
from broadsheet.preview.outline import OutlineItem

IMPACTS = ("critical", "serious", "moderate", "minor")


@dataclass(frozen=True, slots=True)
class Screenshot:
    """One capture of the rendered page."""

    width: int
    scheme: str
    path: str  # relative to the fixture's folder


@dataclass
class Entry:
    """One fixture: its rendered page and everything the gallery shows about it."""

    slug: str
    source: str
    source_json: str
    headline: str = ""
    language: str = ""
    direction: str = ""
    block_types: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    landmarks: list[OutlineItem] = field(default_factory=list)
    headings: list[OutlineItem] = field(default_factory=list)
    aria_snapshot: str | None = None
    screenshots: list[Screenshot] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    browser_note: str | None = None
    #: The static checker's report on the page in each report format: (format, file name).
    reports: list[tuple[str, str]] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        """The fixture could not be rendered: shown as an error card."""
        return bool(self.problems)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.outcome is Outcome.FAILED]

    @property
    def reviews(self) -> list[Finding]:
        return [f for f in self.findings if f.outcome is Outcome.CANT_TELL]

    def counts(self) -> dict[str, int]:
        """Failed findings by impact, every impact present (zero included)."""
        found = Counter(str(f.impact) if f.impact else "minor" for f in self.violations)
        return {impact: found.get(impact, 0) for impact in IMPACTS}
