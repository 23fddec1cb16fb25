"""The render findings reference (docs/reference/render-findings.md), from the catalog.

    python -m broadsheet.findings_docs docs/reference/render-findings.md
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from broadsheet.generated import write_or_print
from broadsheet.render.diagnostics import RULES


def markdown() -> str:
    """The reference page of render findings."""
    lines = [
        "# Render findings",
        "",
        "<!-- Generated from src/broadsheet/render/diagnostics.py by",
        "     `python -m broadsheet.findings_docs docs/reference/render-findings.md`. -->",
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


def main(argv: Sequence[str] | None = None) -> int:
    """Write the page to the path given, or print it."""
    return write_or_print(markdown, prog="python -m broadsheet.findings_docs",
                          description="The render findings reference page.", argv=argv)


if __name__ == "__main__":  # pragma: no cover - thin wrapper
    sys.exit(main())
