"""The render findings reference (docs/reference/render-findings.md), from the catalog."""

from __future__ import annotations

from broadsheet.render.diagnostics import RULES


def markdown() -> str:
    """The reference page of render findings."""
    lines = [
        "# Render findings",
        "",
        "<!-- Generated from src/broadsheet/render/diagnostics.py by",
        "     `python docs/generate.py`. -->",
        "",
        "`render()` returns these in `RenderResult.findings`, each with the JSON pointer of "
        "the article data it is about; `broadsheet render` prints them one per line. *failed* "
        "findings are author errors (`strict=True` and `--strict` refuse the article); "
        "*cant_tell* findings are decisions an editor should review.",
        "",
        "| id | outcome | impact | meaning |",
        "|---|---|---|---|",
    ]
    lines += [f"| `{r.id}` | {r.outcome.value} | {r.impact.value} | {r.summary} |" for r in RULES]
    return "\n".join(lines) + "\n"

