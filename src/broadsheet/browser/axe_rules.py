"""The axe-core engine's rules: axe-core's own metadata (``axe-rules.json``, written from
``node_modules/axe-core`` by ``python docs/generate.py``) as :class:`AxeRule` specs.

Nothing here needs a browser: the CLI lists, documents, routes and describes (SARIF) axe-core's
rules without one.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, ClassVar

from broadsheet.checks.rule import RuleSpec
from broadsheet.checks.wcag import WCAG_TAG, criterion_of
from broadsheet.findings import Impact

#: The tags `broadsheet check --browser` asks axe-core for when no rules or tags are given.
DEFAULT_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")


class AxeRule(RuleSpec):
    """An axe-core rule, described by axe-core's own metadata; it runs in the page."""

    engine = "axe"
    help_link: ClassVar[str] = ""
    #: axe-core runs it by default (its rules off by default run only when named).
    enabled: ClassVar[bool] = True

    @property
    def help_url(self) -> str:
        return self.help_link or f"https://dequeuniversity.com/rules/axe/{self.id}"


@functools.cache
def axe_rule(rule_id: str, help_text: str, description: str, impact: str | None,
             tags: tuple[str, ...], url: str, act_ids: tuple[str, ...] = (),
             enabled: bool = True) -> type[AxeRule]:
    """The spec of one axe-core rule; its WCAG criteria come from axe-core's tags."""
    attrs: dict[str, Any] = {
        "id": rule_id, "help": help_text, "description": description,
        "impact": Impact(impact) if impact else Impact.MODERATE,
        "wcag": tuple(c for c in map(criterion_of, tags) if c is not None),
        "tags": (*(t for t in tags if not WCAG_TAG.fullmatch(t)), "axe"),
        "act_ids": act_ids, "help_link": url, "enabled": enabled,
        "__doc__": ("In the live page, axe-core evaluates it (`broadsheet check --browser`, "
                    "`a11y.audit(page)`); its findings have source `axe`.\n\n"
                    f"Why it matters: see axe-core's page, <{url}>.\n\n"
                    f"How to fix: see axe-core's page, <{url}>.")}
    return type(f"Axe_{rule_id.replace('-', '_')}", (AxeRule,), attrs)


@functools.cache
def axe_data() -> dict[str, Any]:
    """``axe-rules.json``: axe-core's version and its rules' metadata."""
    text = resources.files("broadsheet.browser").joinpath("axe-rules.json").read_text("utf-8")
    return dict(json.loads(text))


@functools.cache
def axe_rules() -> tuple[AxeRule, ...]:
    """Every axe-core rule of the version Broadsheet ships metadata for."""
    data = axe_data()
    major_minor = ".".join(str(data["version"]).split(".")[:2])
    return tuple(axe_rule(
        entry["id"], entry["help"], entry["description"], entry["impact"],
        tuple(entry["tags"]), f"https://dequeuniversity.com/rules/axe/{major_minor}/{entry['id']}",
        tuple(entry["act_ids"]), bool(entry["enabled"]))() for entry in data["rules"])


def runs_by_default(rule: RuleSpec) -> bool:
    """Whether axe-core runs this rule when asked for :data:`DEFAULT_TAGS`."""
    return (isinstance(rule, AxeRule) and rule.enabled and "experimental" not in rule.tags
            and bool(set(DEFAULT_TAGS) & set(rule.tags)))
