"""Render speed against a bare Jinja2 template printing the same fields with no policy."""

from __future__ import annotations

from typing import Any

import jinja2

import broadsheet
from bench.articles import seed
from bench.timing import side_by_side

BARE = jinja2.Environment(autoescape=True).from_string(
    """<!DOCTYPE html><html lang="{{ a.language }}"><head><meta charset="utf-8">
<title>{{ a.headline }} – {{ a.site.name }}</title></head><body>
<header><a href="{{ a.site.url }}">{{ a.site.name }}</a>
<nav><ul>{% for n in a.site.navigation %}<li><a href="{{ n.url }}">{{ n.text }}</a></li>{% endfor %}</ul></nav></header>
<main><article><h1>{{ a.headline }}</h1><p>{{ a.summary }}</p><p>{{ a.published }}</p>
{% if a.lead %}<figure><img src="{{ a.lead.src }}" alt="{{ a.lead.alt }}"><figcaption>{{ a.lead.caption }}</figcaption></figure>{% endif %}
{% for b in a.body %}{% if b.type == "paragraph" %}<p>{{ b.text }}</p>{% elif b.type == "heading" %}<h2>{{ b.text }}</h2>{% else %}<aside><h2>{{ b.title }}</h2><p>{{ b.text }}</p></aside>{% endif %}{% endfor %}
</article></main><footer>{{ a.site.name }}</footer></body></html>"""
)


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
        "target": "render within 4x the bare template",
        "met": times["broadsheet_render"] / times["bare_jinja2"] <= 4,
    }
