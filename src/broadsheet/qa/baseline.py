"""Baselines that only ratchet down: known violations are accepted, new ones fail the run.

An entry is keyed by page, rule id and a fingerprint of the element: a hash of

* its selector path with positions removed (``html > body > main > p > img`` rather than
  ``... > p:nth-child(7) > img``; an id the path starts from is kept), and
* its start tag with every attribute (ids, classes, ``src``...) and a short preview of its text
  (the snippet the report shows), whitespace collapsed.

Inserting or removing content above or beside an element changes positions and line numbers
only, so the known violation keeps its key; editing the element itself (its attributes or
text) or moving it under other ancestors makes it new, which is what a reviewer wants to see.
Elements with the same key (three identical ``<img src="spacer.gif">`` in the same place) are
counted: the run fails when there are more of them than the baseline recorded.

The file is sorted JSON, one entry per key, so it diffs well in code review.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from broadsheet.checks.errors import InputError
from broadsheet.checks.report import Report, tool_version
from broadsheet.findings import Finding, Outcome
from broadsheet.output import atomic_write

FORMAT_VERSION = 1
_POSITION = re.compile(r":nth-(?:child|of-type)\(\d+\)")

Key = tuple[str, str, str]  # page, rule, fingerprint


def stable_path(target: str | None) -> str:
    """The selector without positions among siblings."""
    return _POSITION.sub("", target or "")


def fingerprint(finding: Finding) -> str:
    """A short hash of the element's position-free path and its snippet."""
    return fingerprint_of(finding.rule, finding.target, finding.snippet)


def fingerprint_of(rule: str, target: str | None, snippet: str | None) -> str:
    """:func:`fingerprint` from a report's fields (rule id, selector, snippet)."""
    text = f"{rule}\n{stable_path(target)}\n{' '.join((snippet or '').split())}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def page_key(source: str | None) -> str:
    """How a page is named in a baseline: URLs as given, files relative to the working folder
    (with ``/``), so a baseline made in a checkout works in any other."""
    if not source:
        return "<stdin>"
    if "://" in source:
        return source
    path = Path(source)
    if path.is_absolute():
        with contextlib.suppress(ValueError):
            path = path.relative_to(Path.cwd())
    return path.as_posix()


def key_of(source: str | None, finding: Finding) -> Key:
    return page_key(source), finding.rule, fingerprint(finding)


@dataclass(frozen=True, slots=True)
class Entry:
    """One known violation (or ``count`` identical ones) with what a reviewer needs to see."""

    page: str
    rule: str
    fingerprint: str
    target: str
    snippet: str
    count: int = 1

    @property
    def key(self) -> Key:
        return self.page, self.rule, self.fingerprint

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"page": self.page, "rule": self.rule,
                                "fingerprint": self.fingerprint, "target": self.target,
                                "snippet": self.snippet}
        if self.count != 1:
            data["count"] = self.count
        return data


@dataclass(frozen=True)
class Baseline:
    """Known violations by key."""

    entries: dict[Key, Entry] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Baseline:
        """Read a baseline file; a missing file is an empty baseline."""
        file = Path(path)
        if not file.exists():
            return cls()
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            items = data["violations"]
            entries = {}
            for item in items:
                entry = Entry(page=str(item["page"]), rule=str(item["rule"]),
                              fingerprint=str(item["fingerprint"]),
                              target=str(item.get("target", "")),
                              snippet=str(item.get("snippet", "")),
                              count=int(item.get("count", 1)))
                entries[entry.key] = entry
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{file}: cannot read baseline ({error})") from None
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{file}: not a Broadsheet baseline ({type(error).__name__}: "
                             f"{error})") from None
        return cls(entries)

    def to_json(self) -> str:
        items = [self.entries[key].to_dict() for key in sorted(self.entries)]
        data = {"version": FORMAT_VERSION, "tool": {"name": "broadsheet",
                                                     "version": tool_version()},
                "violations": items}
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def save(self, path: str | os.PathLike[str]) -> None:
        atomic_write(path, self.to_json())


def failed_findings(report: Report) -> Iterable[Finding]:
    for result in report.results:
        yield from result.nodes(Outcome.FAILED)


@dataclass
class Comparison:
    """The current run against a baseline: each violation new or unchanged, and what is fixed."""

    #: ``id()`` of each failed finding -> "new" or "unchanged".
    states: dict[int, str] = field(default_factory=dict)
    fixed: list[Entry] = field(default_factory=list)

    def state(self, finding: Finding) -> str | None:
        return self.states.get(id(finding))

    def is_new(self, finding: Finding) -> bool:
        return self.states.get(id(finding), "new") == "new"

    @property
    def new_count(self) -> int:
        return sum(1 for state in self.states.values() if state == "new")

    @property
    def unchanged_count(self) -> int:
        return sum(1 for state in self.states.values() if state == "unchanged")


def _checked(reports: Sequence[Report]) -> set[tuple[str, str]]:
    """(page, rule) of every rule run on every page checked (a page that could not be checked
    and a rule not run, as with ``--rules``, ``--tags`` or ``--disable``, fix nothing)."""
    return {(page_key(report.source), result.rule.id) for report in reports
            if report.error is None for result in report.results}


def compare(baseline: Baseline, reports: Sequence[Report]) -> Comparison:
    """Mark each failed finding new or unchanged; entries gone of rules run on checked pages
    are fixed.

    Pages not checked and rules not run in this run are left alone (neither fixed nor new).
    """
    comparison = Comparison()
    seen: Counter[Key] = Counter()
    checked = _checked(reports)
    for report in reports:
        if report.error is not None:
            continue  # a page that could not be checked fixes nothing
        for finding in failed_findings(report):
            key = key_of(report.source, finding)
            seen[key] += 1
            known = baseline.entries.get(key)
            state = "unchanged" if known is not None and seen[key] <= known.count else "new"
            comparison.states[id(finding)] = state
    for key, entry in sorted(baseline.entries.items()):
        if (entry.page, entry.rule) in checked and seen[key] < entry.count:
            comparison.fixed.append(Entry(entry.page, entry.rule, entry.fingerprint,
                                          entry.target, entry.snippet,
                                          entry.count - seen[key]))
    return comparison


def updated(baseline: Baseline, reports: Sequence[Report]) -> Baseline:
    """The baseline after this run: the entries of the rules run on checked pages replaced by
    what they have now, other pages' and other rules' entries kept."""
    checked = _checked(reports)
    entries = {key: entry for key, entry in baseline.entries.items()
               if (entry.page, entry.rule) not in checked}
    for report in reports:
        if report.error is not None:
            continue
        for finding in failed_findings(report):
            key = key_of(report.source, finding)
            known = entries.get(key)
            if known is None:
                entries[key] = Entry(key[0], key[1], key[2], finding.target or "",
                                     finding.snippet or "")
            else:
                entries[key] = Entry(*key, known.target, known.snippet, known.count + 1)
    return Baseline(entries)
