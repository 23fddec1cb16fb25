"""Measure the static rules on axe-core's own rule fixtures, element by element.

axe-core ships, per rule, ``test/integration/rules/<axe-rule>/<name>.html`` (a fragment its
runner puts in a ``#fixture`` div) and ``<name>.json`` (the selectors axe expects among its
``violations`` and ``passes``). Those files are axe-core's (MPL-2.0), not ours: they are never
committed here. Give a directory holding them (one folder per axe rule id) and this script runs
the Broadsheet rules that share or map to that axe rule on each page and reports, per axe rule
and in total, the expected violations Broadsheet fails (found), the ones it answers
``cant_tell`` for, and the expected passes it fails (false failures)::

    python tests/checks/axe_fixtures.py /work/axe-fixtures [--verbose]

Selectors reaching into frames or shadow roots (a list of more than one selector) cannot be
judged on one static page and are counted apart, as are selectors the page does not have.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from broadsheet.checks import default_registry
from broadsheet.checks.css import select
from broadsheet.checks.parse import Document, Element, parse
from broadsheet.checks.rule import Rule
from broadsheet.checks.target import snippet
from broadsheet.findings import Outcome

#: axe rule id -> the Broadsheet rules judging the same thing, where the ids differ (from the
#: ACT mapping of tests/data/act/rules.json and axe's rule descriptions). Every other axe rule
#: id is looked up as a Broadsheet rule id of the same name.
MAPPED: dict[str, tuple[str, ...]] = {
    "area-alt": ("link-name",),
    "role-img-alt": ("image-alt",),
    "label": ("form-field-name",),
    "select-name": ("form-field-name",),
    "aria-input-field-name": ("form-field-name",),
    "aria-toggle-field-name": ("form-field-name",),
    "aria-command-name": ("button-name", "link-name", "menuitem-name"),
    "input-button-name": ("button-name",),
    "duplicate-id-aria": ("duplicate-id",),
    "duplicate-id-active": ("duplicate-id",),
    "aria-conditional-attr": ("aria-allowed-attr",),
    "avoid-inline-spacing": ("letter-spacing-important", "word-spacing-important",
                             "line-height-important"),
    "label-content-name-mismatch": ("label-in-name",),
    "frame-focusable-content": ("frame-tab-order",),
    # The newest stored fixture (failures.html with 45 cases) is from before axe-core split
    # aria-prohibited-attr out: a name on caption, code or generic fails it there.
    "aria-allowed-attr": ("aria-allowed-attr", "aria-prohibited-attr"),
}
#: Shared axe rule id -> further Broadsheet rules judging some of its targets for the same
#: criterion, where the ACT rule text hands them over: a ``summary`` with an explicit role is
#: left to 97a4e1 (button-name) by 2t702h.
ALSO: dict[str, tuple[str, ...]] = {"summary-name": ("button-name",)}
#: axe rules that name a container where Broadsheet's rules judge what is in it: the table
#: for its cells, the page (``html``) for its content outside landmarks.
CONTAINER_LEVEL = frozenset({"td-headers-attr", "th-has-data-cells", "region"})
#: The page an axe fixture fragment is put in, as axe's runner puts it in ``#fixture``.
PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>axe fixture</title>'
        '</head><body><div id="fixture">{}</div></body></html>')


@dataclass
class Tally:
    """One axe rule's (or the total's) counts."""

    violations: int = 0
    found: int = 0
    cant_tell: int = 0
    passes: int = 0
    false_failures: int = 0
    unjudgeable: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("violations", "found", "cant_tell", "passes", "false_failures",
                     "unjudgeable"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def found_share(self) -> float:
        return self.found / self.violations if self.violations else 1.0

    @property
    def false_share(self) -> float:
        return self.false_failures / self.passes if self.passes else 0.0


def rules_for(axe_id: str, rules: dict[str, Rule]) -> list[Rule]:
    """The Broadsheet rules standing for one axe rule (none: not shared)."""
    ids = MAPPED.get(axe_id, (axe_id,)) + ALSO.get(axe_id, ())
    return [rules[r] for r in ids if r in rules]


def page_of(fragment: str) -> str:
    head = fragment.lstrip()[:15].lower()
    return fragment if head.startswith(("<!doctype", "<html")) else PAGE.format(fragment)


def verdicts(doc: Document, rules: Iterable[Rule]) -> dict[Element, list[Outcome]]:
    """Every outcome the rules give each element they judge."""
    found: dict[Element, list[Outcome]] = {}
    for rule in rules:
        for element in rule.applicable(doc):
            found.setdefault(element, []).append(rule.evaluate(element, doc).outcome)
    return found


def _within(element: Element, outcomes: dict[Element, list[Outcome]]) -> list[Outcome]:
    """What the rules said of an element's descendants (the cells of a table, the content
    of a page)."""
    return [outcome for inner in element.iterdescendants() if inner in outcomes
            for outcome in outcomes[inner]]


def measure(html: str, expected: dict[str, Sequence[Sequence[str]]],
            rules: Sequence[Rule], *, container_level: bool = False) -> Tally:
    """One fixture page against its expectations (``container_level``: axe names a table or
    the page, the rules judge what is in it)."""
    doc = parse(page_of(html))
    outcomes = verdicts(doc, rules)
    tally = Tally()
    for kind in ("violations", "passes"):
        for target in expected.get(kind, ()):
            if len(target) != 1:
                tally.unjudgeable += 1
                continue
            elements = select(doc, target[0])
            if not elements or len(elements) != 1:
                tally.unjudgeable += 1
                tally.notes.append(f"  ? {kind[:-1]} {target[0]}: not on the page")
                continue
            said = outcomes.get(elements[0]) or (
                _within(elements[0], outcomes) if container_level else [])
            failed = Outcome.FAILED in said
            label = ",".join(sorted({str(o) for o in said})) or "not applicable"
            if kind == "violations":
                tally.violations += 1
                tally.found += failed
                tally.cant_tell += not failed and Outcome.CANT_TELL in said
                if not failed:
                    tally.notes.append(f"  missed {target[0]} ({label}): "
                                       f"{snippet(elements[0])}")
            else:
                tally.passes += 1
                tally.false_failures += failed
                if failed:
                    tally.notes.append(f"  FALSE FAILURE {target[0]}: {snippet(elements[0])}")
    return tally


def fixtures(root: Path) -> Iterable[tuple[str, Path, Path]]:
    """(axe rule id, html, json) of every pair under ``root``."""
    for expected in sorted(root.glob("*/**/*.json")):
        page = expected.with_suffix(".html")
        if page.is_file():
            yield expected.relative_to(root).parts[0], page, expected


def run(root: Path) -> dict[str, Tally]:
    rules = {rule.id: rule for rule in default_registry()}
    tallies: dict[str, Tally] = {}
    for axe_id, page, expected in fixtures(root):
        ours = rules_for(axe_id, rules)
        if not ours:
            continue
        data = json.loads(expected.read_text(encoding="utf-8"))
        tally = measure(page.read_text(encoding="utf-8"), data, ours,
                        container_level=axe_id in CONTAINER_LEVEL)
        tallies.setdefault(axe_id, Tally()).add(tally)
        tallies[axe_id].notes += [f" {page.name}:", *tally.notes] if tally.notes else []
    return tallies


def _summary(label: str, total: Tally) -> str:
    return (f"{label}: found {total.found}/{total.violations} violations "
            f"({total.found_share:.1%}), {total.cant_tell} cant_tell; false failures "
            f"{total.false_failures}/{total.passes} expected passes "
            f"({total.false_share:.1%}); {total.unjudgeable} targets not judgeable statically")


def table(tallies: dict[str, Tally], *, verbose: bool = False) -> str:
    """Per axe rule (``=`` a Broadsheet rule of the same id, ``~`` mapped), then the totals
    of the shared ids and of all."""
    lines = [f"{'axe rule':32} {'found':>9} {'?':>3} {'false fail':>11} {'skipped':>7}"]
    total, shared = Tally(), Tally()
    for axe_id, tally in sorted(tallies.items()):
        total.add(tally)
        same = axe_id not in MAPPED
        if same:
            shared.add(tally)
        lines.append(f"{'=' if same else '~'} {axe_id:30} {tally.found:>4}/{tally.violations:<4} "
                     f"{tally.cant_tell:>3} {tally.false_failures:>5}/{tally.passes:<5} "
                     f"{tally.unjudgeable:>7}")
        if verbose:
            lines += tally.notes
    lines += [_summary("shared rule ids", shared), _summary("shared and mapped", total)]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    if len(args) != 1:
        print("usage: python tests/checks/axe_fixtures.py AXE_FIXTURES_DIR [--verbose]",
              file=sys.stderr)
        return 2
    root = Path(args[0])
    if not root.is_dir():
        print(f"{root}: no such directory (axe-core's test/integration/rules/ fixtures); "
              "nothing measured", file=sys.stderr)
        return 0
    print(table(run(root), verbose="--verbose" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
