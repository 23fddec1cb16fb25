"""Render speed against a bare Jinja2 template printing the same fields with no policy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

import broadsheet
from bench.articles import seed
from bench.timing import side_by_side

#: The baseline: the same fields printed by a bare Jinja2 template, with no policy at all.
BARE = jinja2.Environment(autoescape=True).from_string(
    (Path(__file__).parent / "bare.html").read_text("utf-8"))



def run(repeat: int) -> dict[str, Any]:
    data = seed()
    article = broadsheet.load_article(data)
    times = side_by_side({
        "bare_jinja2": lambda: BARE.render(a=data),
        "broadsheet_render": lambda: broadsheet.render(article),
        "broadsheet_load_and_render": lambda: broadsheet.render(data),
    }, repeat)
    return {
        "seconds": times,
        "articles_per_second": 1 / times["broadsheet_render"],
        "ratio_render_to_bare": times["broadsheet_render"] / times["bare_jinja2"],
        "ratio_load_and_render_to_bare": times["broadsheet_load_and_render"]
        / times["bare_jinja2"],
        "ratio_load_and_render_to_render": times["broadsheet_load_and_render"]
        / times["broadsheet_render"],
        "target": "render within 4x the bare template",
        "met": times["broadsheet_render"] / times["bare_jinja2"] <= 4,
    }
