"""Markdown: a table of rules (``broadsheet rules --format markdown``)."""

from __future__ import annotations

from collections.abc import Sequence

from broadsheet.checks.rule import RuleSpec


def render_rules(rules: Sequence[RuleSpec]) -> str:
    lines = ["| id | engine | impact | help | WCAG | ACT | tags |",
             "|---|---|---|---|---|---|---|"]
    lines += [f"| [{r.id}]({r.help_url}) | {r.engine} | {r.impact} | {r.help} | "
              f"{', '.join(r.wcag)} | {', '.join(r.act_ids)} | {', '.join(r.tags)} |"
              for r in rules]
    return "\n".join(lines) + "\n"
