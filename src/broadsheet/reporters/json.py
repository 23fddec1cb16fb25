"""axe-shaped JSON: one object for one page, an array for several (as axe's CLI writes)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from broadsheet.checks.report import Report


def render(reports: Sequence[Report]) -> str:
    data = [report.to_dict() for report in reports]
    return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
