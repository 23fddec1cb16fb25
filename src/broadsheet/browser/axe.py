"""axe-core: find its script, run it in a page, and map its results into Broadsheet findings."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from broadsheet.browser.axe_rules import DEFAULT_TAGS, axe_rule
from broadsheet.browser.launch import BrowserUnavailable
from broadsheet.checks.report import RuleResult
from broadsheet.checks.target import FRAME_STEP
from broadsheet.findings import Finding, Impact, Outcome, Source

if TYPE_CHECKING:
    from playwright.sync_api import Page

_VERSION = re.compile(r"axe v(\d+\.\d+\.\d+\S*)")
#: What the error of an axe-core run that ran out of time says.
AXE_LATE = "axe-core did not finish"
_GROUPS = {"violations": Outcome.FAILED, "incomplete": Outcome.CANT_TELL,
           "passes": Outcome.PASSED, "inapplicable": Outcome.INAPPLICABLE}
_RUN = """async ([options, ms]) => {
  // Ids axe does not know belong to the other engines (static rules, browser checks).
  const known = new Set(axe.getRules().map((rule) => rule.ruleId));
  for (const id of Object.keys(options.rules || {})) {
    if (!known.has(id)) delete options.rules[id];
  }
  if (options.runOnly.type === 'rule') {
    options.runOnly.values = options.runOnly.values.filter((id) => known.has(id));
    if (!options.runOnly.values.length) {
      return {violations: [], incomplete: [], passes: [], inapplicable: []};
    }
  }
  const limit = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`AXE_LATE (${ms} ms)`)), ms));
  return await Promise.race([axe.run(document, options), limit]);
}"""


@dataclass(frozen=True, slots=True)
class AxeScript:
    """The axe-core source to inject, its version and where it came from."""

    source: str
    version: str
    origin: str


def _candidates() -> Iterable[Path]:
    configured = os.environ.get("BROADSHEET_AXE_JS")
    if configured:
        yield Path(configured)
    for root in (Path.cwd(), *Path(__file__).resolve().parents[3:4]):
        yield root / "node_modules" / "axe-core" / "axe.min.js"
    try:
        import axe_playwright_python  # type: ignore[import-untyped]
    except ImportError:
        return
    yield Path(axe_playwright_python.__file__).parent / "axe.min.js"


@functools.cache
def axe_script() -> AxeScript:
    """npm ``axe-core`` from ``node_modules`` (newer), else the copy axe-playwright-python bundles.

    ``$BROADSHEET_AXE_JS`` names a specific ``axe.min.js``.
    """
    for path in _candidates():
        if path.is_file():
            source = path.read_text(encoding="utf-8")
            match = _VERSION.search(source[:500])
            return AxeScript(source, match.group(1) if match else "unknown", str(path))
    raise BrowserUnavailable("axe-core not found: run `npm ci` (package.json lists axe-core) "
                             "or pip install axe-playwright-python")


def axe_options(tags: Sequence[str] | None = None, rules: Sequence[str] | None = None,
                disabled: Iterable[str] = ()) -> dict[str, Any]:
    """axe.run options: only these rules, else these tags; ``disabled`` rules switched off."""
    options: dict[str, Any] = {"resultTypes": ["violations", "incomplete"],
                               "iframes": True, "frameWaitTime": 1000}
    if rules:
        options["runOnly"] = {"type": "rule", "values": list(rules)}
    else:
        options["runOnly"] = {"type": "tag", "values": list(tags or DEFAULT_TAGS)}
    off = list(disabled)
    if off:
        options["rules"] = {rule: {"enabled": False} for rule in off}
    return options


def run_axe(page: Page, options: dict[str, Any], *, timeout_ms: int = 30_000) -> dict[str, Any]:
    """Inject axe-core (unless the page has it) and return axe.run's raw results."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_script().source)
    return cast(dict[str, Any], page.evaluate(_RUN.replace("AXE_LATE", AXE_LATE),
                                              [options, timeout_ms]))


def _message(node: dict[str, Any], outcome: Outcome) -> str:
    if node.get("failureSummary"):
        return " ".join(str(node["failureSummary"]).split())
    checks = [*node.get("any", []), *node.get("all", []), *node.get("none", [])]
    messages = [str(c.get("message")) for c in checks if c.get("message")]
    return "; ".join(dict.fromkeys(messages)) or str(outcome)


def _target(node: dict[str, Any]) -> str:
    parts = node.get("target") or []
    return FRAME_STEP.join(" ".join(p) if isinstance(p, list) else str(p) for p in parts)


def to_results(raw: dict[str, Any]) -> list[RuleResult]:
    """axe.run results as one :class:`RuleResult` per rule, findings with ``source=axe``.

    A rule appears once, under its worst outcome group first (violations, incomplete, ...).
    """
    results: dict[str, RuleResult] = {}
    for group, outcome in _GROUPS.items():
        for entry in raw.get(group, []):
            cls = axe_rule(entry["id"], entry.get("help", ""), entry.get("description", ""),
                           entry.get("impact"), tuple(entry.get("tags", [])),
                           entry.get("helpUrl", ""))
            findings = () if outcome is Outcome.INAPPLICABLE else tuple(
                Finding(rule=entry["id"], outcome=outcome, message=_message(node, outcome),
                        impact=Impact(node["impact"]) if node.get("impact") else None,
                        source=Source.AXE, target=_target(node), snippet=node.get("html"))
                for node in entry.get("nodes", []))
            previous = results.get(entry["id"])
            if previous is None:
                results[entry["id"]] = RuleResult(cls(), findings)
            else:
                results[entry["id"]] = RuleResult(previous.rule, previous.findings + findings)
    return list(results.values())
