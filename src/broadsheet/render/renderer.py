"""``render()``: one article in, one page (or fragment) and its render findings out."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jinja2
from markupsafe import Markup

from broadsheet.errors import RenderError
from broadsheet.findings import Finding, Outcome
from broadsheet.i18n import Translator
from broadsheet.model import Article
from broadsheet.render.environment import TemplateDirs, environment, stylesheet
from broadsheet.render.jsonld import news_article, script_json
from broadsheet.render.views import PageBuilder
from broadsheet.schema import load_article


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The HTML and every render finding (alt text decisions, normalised headings, …)."""

    html: str
    findings: tuple[Finding, ...] = field(default=())

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings an author must fix (outcome ``failed``)."""
        return tuple(f for f in self.findings if f.outcome is Outcome.FAILED)


def render(
    article: Article | Mapping[str, Any] | str | os.PathLike[str],
    *,
    strict: bool = False,
    fragment: bool = False,
    templates: TemplateDirs = None,
) -> RenderResult:
    """Render an article (model, parsed data or a JSON file path) as accessible HTML.

    ``fragment=True`` returns only the ``<article>`` element for a host page's shell.
    ``templates`` names folders whose templates override the built-ins by name.
    With ``strict=True`` any error finding raises :class:`RenderError` instead.
    """
    model = article if isinstance(article, Article) else load_article(article)
    translator = Translator(model.language)
    builder = PageBuilder(model, translator)
    page = builder.page()
    findings = tuple(builder.findings)
    if strict and (errors := [f for f in findings if f.outcome is Outcome.FAILED]):
        lines = "\n".join(f"{f.pointer}: {f.message}" for f in errors)
        raise RenderError(f"{model.id}: {len(errors)} render error(s)\n{lines}", errors)
    env = environment(templates)
    context = {
        "page": page,
        "_": translator,
        "json_ld": script_json(news_article(page)),
        "stylesheet": Markup(stylesheet()),
    }
    try:
        template = env.get_template("fragment.html" if fragment else "page.html")
        html = template.render(context)
    except jinja2.TemplateError as error:
        where = f" ({error.filename}:{error.lineno})" if isinstance(
            error, jinja2.TemplateSyntaxError) else ""
        raise RenderError(f"{model.id}: template error{where}: {error}") from error
    return RenderResult(html=html, findings=findings)
