"""The team's sign-offs (round 49, review 48's item 3): items to review a designer marked
"Looks fine", exported from the gallery as a JSON file (its "Export sign-offs" button) and
committed (``fixtures/signoffs.json``, or ``preview --signoffs FILE``), so every build of the
gallery shows them signed off, by whom and when, in every browser. The static gallery never
writes it: a designer exports, the file is merged and committed as any other change.

The file is one export or a list of them, each::

    {"looks_fine": {"<fixture>|<source>|<rule>|<element>": <items>, ...},
     "by": "who (optional)", "at": "when (optional)"}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: Where the build looks when no ``--signoffs`` is given.
SIGNOFFS = Path("fixtures/signoffs.json")


class SignoffError(ValueError):
    """The sign-off file is not JSON of the shape above."""


def read_signoffs(path: Path | None) -> dict[str, dict[str, Any]]:
    """Each signed-off key -> ``{"items": n, "by": ..., "at": ...}`` (a later export wins);
    none when ``path`` is None or missing."""
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SignoffError(f"{path}: {error}") from error
    exports = data if isinstance(data, list) else [data]
    found: dict[str, dict[str, Any]] = {}
    for export in exports:
        fine = export.get("looks_fine") if isinstance(export, dict) else None
        if not isinstance(fine, dict):
            raise SignoffError(f'{path}: each export needs a "looks_fine" object')
        by = export.get("by") if isinstance(export.get("by"), str) else ""
        at = export.get("at") if isinstance(export.get("at"), str) else ""
        for key, items in fine.items():
            counted = isinstance(items, int) and not isinstance(items, bool) and items > 0
            if isinstance(key, str) and key.count("|") >= 2 and counted:
                found[key] = {"items": items, "by": by, "at": at}
    return found


def signoffs_script(signed: dict[str, dict[str, Any]]) -> str:
    """``assets/signoffs.js``: the team's sign-offs for the gallery's script (a script, not
    JSON to fetch: a gallery opened from files cannot fetch)."""
    text = json.dumps(signed, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f"window.broadsheetTeamSignoffs = {text};\n"
