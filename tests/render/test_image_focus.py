"""A picture's focal point (``focus``, round 45: the long read's hero cropped to its empty
sky): two whole percentages, checked by the schema, written as two numeric ``data-focus-*``
attributes the stylesheet reads as ``object-position`` (the page's CSP forbids inline
styles), never as the text given."""

from __future__ import annotations

import copy

import pytest

import broadsheet
from broadsheet import ArticleError
from broadsheet.blocks.image import focus_point
from tests.helpers import ROOT, load_json

LONGREAD = ROOT / "fixtures" / "articles" / "en-longread-river-crossing.json"


def with_focus(focus: object) -> dict[str, object]:
    data = copy.deepcopy(load_json(LONGREAD))
    data["lead"]["focus"] = focus
    return data


@pytest.mark.parametrize("focus", ["50%; background: url(https://evil.example/x)",
                                   "50% 90%; color: red", "150% 20%", "50%", "50% 90% 1%",
                                   "0.5% 90%", "-10% 90%", "50px 90px", "center bottom",
                                   "50% 90%\n", 50])
def test_a_focus_other_than_two_whole_percentages_is_refused(focus: object) -> None:
    with pytest.raises(ArticleError) as raised:
        broadsheet.load_article(with_focus(focus))  # type: ignore[arg-type]
    assert any("/lead/focus" in str(problem) for problem in raised.value.problems)


@pytest.mark.parametrize(("focus", "point"), [("50% 90%", (50, 90)), ("0% 100%", (0, 100)),
                                               ("7% 0%", (7, 0))])
def test_a_focus_is_rendered_as_two_numbers(focus: str, point: tuple[int, int]) -> None:
    html = broadsheet.render(with_focus(focus)).html  # type: ignore[arg-type]
    assert f'data-focus-x="{point[0]}" data-focus-y="{point[1]}"' in html
    assert focus_point(focus) == point


def test_the_renderer_writes_no_focus_it_cannot_read() -> None:
    """Whatever reaches the view (the model is built without the schema elsewhere), only a
    well-formed point is written."""
    for value in ("50%; x: y", "50% 90%;", "1000% 0%", None, ""):
        assert focus_point(value) is None
