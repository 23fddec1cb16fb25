"""Every render finding id is in the catalog, and the catalog lists nothing render never says."""

from __future__ import annotations

import re
from pathlib import Path

import broadsheet
from broadsheet import blocks
from broadsheet.render import diagnostics, views
from tests.helpers import ARTICLE_FILES

#: The renderer's code: the page, the shared policies and every block type's module.
SOURCES = [*sorted(Path(views.__file__).parent.glob("*.py")),
           *sorted(Path(blocks.__file__).parent.glob("*.py"))]


def test_the_catalog_and_the_renderer_name_the_same_findings() -> None:
    code = "".join(path.read_text("utf-8") for path in SOURCES)
    used = set(re.findall(r'(?:self|page|log)\.report\(\s*"(render-[a-z-]+)"', code))
    used |= {rule for rule, _ in diagnostics.SANITISER_RULES.values()}  # sanitising, by kind
    assert used == set(diagnostics.BY_ID)
    assert len(diagnostics.RULES) == len(diagnostics.BY_ID), "ids are unique"


def test_findings_take_outcome_and_impact_from_the_catalog() -> None:
    for path in ARTICLE_FILES:
        for finding in broadsheet.render(path).findings:
            kind = diagnostics.BY_ID[finding.rule]
            assert (finding.outcome, finding.impact) == (kind.outcome, kind.impact)
