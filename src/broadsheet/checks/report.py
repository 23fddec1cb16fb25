"""A page's results, grouped the way axe-core groups them."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from typing import Any, Protocol

from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Finding, Outcome

TOOL_NAME = "broadsheet"
GROUPS = {"violations": Outcome.FAILED, "incomplete": Outcome.CANT_TELL,
          "passes": Outcome.PASSED}


@lru_cache(maxsize=1)
def tool_version() -> str:
    """The installed Broadsheet version ("0+unknown" when run from a bare checkout)."""
    try:
        return metadata.version("broadsheet")
    except metadata.PackageNotFoundError:
        return "0+unknown"


class Pending(Protocol):
    """A finding whose place (selector, snippet, line) is worked out only when it is read."""

    @property
    def outcome(self) -> Outcome: ...

    def finding(self) -> Finding: ...


class Batch(Protocol):
    """One rule's findings, each made only when it is read (the static engine keeps the
    judged elements and their verdicts in two lists, not an object per finding)."""

    def __len__(self) -> int: ...

    def outcomes(self) -> list[Outcome]: ...

    def finding(self, index: int) -> Finding: ...

    def settle(self, outcomes: Collection[Outcome]) -> None:
        """Work out now, once, where the findings with these outcomes are, so that each
        later read of their ``target`` or ``line`` costs nothing (report writers)."""


class _Listed:
    """A :class:`Batch` of findings and :class:`Pending` ones (other engines, tests)."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Finding | Pending]) -> None:
        self.items: list[Finding | Pending] = list(items)

    def __len__(self) -> int:
        return len(self.items)

    def outcomes(self) -> list[Outcome]:
        return [item.outcome for item in self.items]

    def finding(self, index: int) -> Finding:
        item = self.items[index]
        if not isinstance(item, Finding):
            item = self.items[index] = item.finding()
        return item

    def settle(self, outcomes: Collection[Outcome]) -> None:
        """Nothing to do: a listed finding's place is a field."""


class RuleResult:
    """Every finding of one rule on one page (none: the rule was inapplicable).

    ``findings`` may include :class:`Pending` ones, and :meth:`from_batch` takes a
    :class:`Batch` (the static engine's): each becomes a :class:`Finding` the first time it
    is read, so what nobody reports (a page's passes, most often) costs no selector, snippet
    or line. Pickling reads them all.
    """

    __slots__ = ("_batch", "rule")

    def __init__(self, rule: RuleSpec, findings: Iterable[Finding | Pending] = ()) -> None:
        self.rule = rule
        self._batch: Batch = _Listed(findings)

    @classmethod
    def from_batch(cls, rule: RuleSpec, batch: Batch) -> RuleResult:
        """The result of ``rule`` whose findings ``batch`` makes when they are read."""
        result = cls(rule)
        result._batch = batch
        return result

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, in the order the rule judged them."""
        batch = self._batch
        return tuple(batch.finding(index) for index in range(len(batch)))

    @property
    def outcomes(self) -> list[Outcome]:
        """Each finding's outcome, without working out where it is."""
        return self._batch.outcomes()

    @property
    def outcome(self) -> Outcome:
        """failed > cant_tell > passed > inapplicable, as ACT aggregates outcomes."""
        outcomes = set(self.outcomes)
        for outcome in (Outcome.FAILED, Outcome.CANT_TELL, Outcome.PASSED):
            if outcome in outcomes:
                return outcome
        return Outcome.INAPPLICABLE

    def nodes(self, *outcomes: Outcome) -> list[Finding]:
        """The findings with any of these outcomes, in order (only these are worked out)."""
        batch = self._batch
        return [batch.finding(index) for index, outcome in enumerate(batch.outcomes())
                if outcome in outcomes]

    def settle(self, *outcomes: Outcome) -> None:
        """Work out once where the findings with these outcomes are (their selector and
        line), before a report reads them, perhaps many times: a static finding otherwise
        works them out on every read (:meth:`Batch.settle`)."""
        self._batch.settle(outcomes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RuleResult):
            return NotImplemented
        return self.rule == other.rule and self.findings == other.findings

    def __hash__(self) -> int:
        return hash((self.rule, self.findings))

    def __repr__(self) -> str:
        return f"RuleResult(rule={self.rule!r}, findings={self.findings!r})"

    def __reduce__(self) -> tuple[type[RuleResult], tuple[RuleSpec, tuple[Finding, ...]]]:
        return (RuleResult, (self.rule, self.findings))


@dataclass(frozen=True, slots=True)
class Waived:
    """A finding the page's markup waived (``data-a11y-ignore``), with the reason given."""

    finding: Finding
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.finding.rule, "reason": self.reason,
                "outcome": str(self.finding.outcome), "target": [self.finding.target],
                "html": self.finding.snippet, "line": self.finding.line}


@dataclass(frozen=True)
class Report:
    """The checker's verdict on one page: per-rule results plus the parse errors met.

    ``error`` says why a page could not be checked at all (missing file, unreachable URL);
    ``waived`` lists what the markup waived.
    """

    source: str | None
    results: tuple[RuleResult, ...]
    parse_errors: int = 0
    tool: dict[str, str] = field(default_factory=lambda: {"name": TOOL_NAME,
                                                          "version": tool_version()})
    waived: tuple[Waived, ...] = ()
    error: str | None = None
    #: ``input`` (unreadable file), ``fetch`` (unreachable URL) or ``crash``.
    error_kind: str | None = None

    @property
    def findings(self) -> list[Finding]:
        """Every finding, in rule order."""
        return [finding for result in self.results for finding in result.findings]

    @property
    def violations(self) -> list[Finding]:
        """Failed findings, in rule order: the shape of ``RenderResult.violations``, each with
        ``rule``, ``message``, ``target`` (CSS selector), ``line`` and ``snippet``."""
        return self.with_outcome(Outcome.FAILED)

    @property
    def incomplete(self) -> list[Finding]:
        """Findings a person should review (``cant_tell``)."""
        return self.with_outcome(Outcome.CANT_TELL)

    @property
    def passes(self) -> list[Finding]:
        """Elements that passed."""
        return self.with_outcome(Outcome.PASSED)

    @property
    def inapplicable(self) -> list[RuleResult]:
        """Rules that judged no element."""
        return [r for r in self.results if not r.outcomes]

    def with_outcome(self, outcome: Outcome) -> list[Finding]:
        """Every finding with this outcome, in rule order."""
        return [f for result in self.results for f in result.nodes(outcome)]

    def rules(self, outcome: Outcome) -> list[RuleResult]:
        """Rules with at least one finding of this outcome (the grouping axe-core reports)."""
        return [r for r in self.results if outcome in r.outcomes]

    @property
    def ok(self) -> bool:
        """Nothing failed, and the page could be checked."""
        return not self.violations and self.error is None

    def outcome_of(self, rule_id: str) -> Outcome:
        """The aggregated outcome of one rule on this page."""
        for result in self.results:
            if result.rule.id == rule_id:
                return result.outcome
        raise KeyError(rule_id)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def to_dict(self, *, passes: bool = True) -> dict[str, Any]:
        """axe-shaped JSON data: violations, incomplete, passes (unless ``passes=False``),
        inapplicable, plus what the markup waived and why the page could not be checked."""
        data: dict[str, Any] = {
            "tool": dict(self.tool),
            "url": self.source,
            "error": self.error,
            "parse_errors": self.parse_errors,
        }
        for group, outcome in GROUPS.items():
            if group == "passes" and not passes:
                continue
            data[group] = [_entry(result, result.nodes(outcome))
                           for result in self.results if outcome in result.outcomes]
        data["inapplicable"] = [_entry(result, []) for result in self.inapplicable]
        data["waived"] = [waived.to_dict() for waived in self.waived]
        return data


def _entry(result: RuleResult, nodes: list[Finding]) -> dict[str, Any]:
    rule = result.rule
    return {
        "id": rule.id, "impact": str(rule.impact), "help": rule.help,
        "description": rule.description, "help_url": rule.help_url, "tags": list(rule.tags),
        "act_ids": list(rule.act_ids),
        "nodes": [{"target": [n.target], "html": n.snippet, "line": n.line,
                   "message": n.message, "impact": str(n.impact) if n.impact else None,
                   **({"also": n.also} if n.also else {})}
                  for n in nodes],
    }
