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


def test_quoted_text_keeps_format_characters_and_escapes_controls() -> None:
    """A Persian title's zero-width non-joiner and a right-to-left mark are shown as themselves
    (Python's repr wrote "پرسش\\u200cهای", which a reader cannot read); control characters,
    lone surrogates and a literal backslash stay escaped."""
    rule = diagnostics.BY_ID["render-title-repeats-heading"]
    message = rule.message(title="پرسش\u200cهای شما", heading="a\\u200c \x07 \u200f\ud800")
    assert "'پرسش\u200cهای شما'" in message
    assert "\\u200c" not in message.replace("a\\\\u200c", "")
    assert "a\\\\u200c" in message
    assert "\\x07" in message
    assert "\\ud800" in message
    assert "\u200f" in message
    message.encode("utf-8")  # no lone surrogate left to break a report
