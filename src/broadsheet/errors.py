"""One exception family: every error Broadsheet raises says where the problem is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from broadsheet.findings import Finding


class BroadsheetError(Exception):
    """Base class of every error Broadsheet raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in an input, located by a JSON pointer (article data) or a line (text)."""

    pointer: str | None
    message: str

    def __str__(self) -> str:
        if self.pointer is None:
            return self.message
        return f"{self.pointer or '/'}: {self.message}"


class ArticleError(BroadsheetError, ValueError):
    """Article data is not valid: carries every problem found, each with its place."""

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        super().__init__(self._summary())

    def lines(self) -> list[str]:
        """One line per problem, prefixed with the source name when known."""
        prefix = f"{self.source}: " if self.source else ""
        return [f"{prefix}{problem}" for problem in self.problems]

    def _summary(self) -> str:
        return "\n".join(self.lines())


class RenderError(BroadsheetError):
    """Rendering refused an article (strict mode) or a template failed."""

    def __init__(self, message: str, findings: Iterable[Finding] = ()) -> None:
        self.findings = tuple(findings)
        super().__init__(message)


class OutputError(BroadsheetError, OSError):
    """An output file could not be written."""
