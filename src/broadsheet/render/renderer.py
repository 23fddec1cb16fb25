"""``render()``: one article in, one page (or fragment) and its render findings out."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Unpack

import jinja2
from markupsafe import Markup

from broadsheet.errors import RenderError
from broadsheet.findings import Finding, Outcome
from broadsheet.i18n import Translator
from broadsheet.model import Article
from broadsheet.render.csp import (
    content_security_policy,
    fragment_policy,
    fragment_sources,
)
from broadsheet.render.diagnostics import FindingLog
from broadsheet.render.environment import environment, stylesheet
from broadsheet.render.jsonld import news_article, script_json
from broadsheet.render.live import live_script, media_script
from broadsheet.render.options import RenderKeywords, RenderOptions
from broadsheet.render.template_errors import template_error
from broadsheet.render.theming import (
    check_href,
    read_stylesheet,
    report_blocked,
    report_inline_styles,
)
from broadsheet.render.views import PageBuilder
from broadsheet.schema import load_article


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The HTML and every render finding (alt text decisions, normalised headings, …)."""

    html: str
    findings: tuple[Finding, ...] = field(default=())
    #: The page's Content-Security-Policy (also in its ``<meta http-equiv>``), for servers to
    #: send as a header, where ``frame-ancestors`` and ``report-to`` can be added. For a
    #: fragment, what the host page's policy must allow for it (``img-src``, ``media-src``,
    #: ``frame-src`` with the origins it loads and frames; ``""`` when nothing); ``None``
    #: with ``csp=None``.
    content_security_policy: str | None = None

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings an author must fix (outcome ``failed``)."""
        return tuple(f for f in self.findings if f.outcome is Outcome.FAILED)

    @property
    def violations(self) -> list[Finding]:
        """Failed findings, as :attr:`broadsheet.checks.Report.violations` lists a page's."""
        return list(self.errors)

    @property
    def incomplete(self) -> list[Finding]:
        """Decisions an editor should review (``cant_tell``), as a report's ``incomplete``."""
        return [f for f in self.findings if f.outcome is Outcome.CANT_TELL]


def render(
    article: Article | Mapping[str, Any] | str | os.PathLike[str],
    **options: Unpack[RenderKeywords],
) -> RenderResult:
    """Render an article as accessible HTML: an :class:`Article` (from :func:`load_article` or,
    for JSON text in memory, :func:`parse_article`), a mapping of parsed JSON, or the path of
    a JSON file. A ``str`` is always a path, never guessed to be JSON.

    ``fragment=True`` returns only the ``<article>`` element for a host page's shell.
    ``templates`` names folders whose templates override the built-ins by name.
    With ``strict=True`` any error finding raises :class:`RenderError` instead.
    ``csp`` is the page's Content-Security-Policy: ``"strict"`` (no script at all),
    ``"relaxed"`` (scripts and styles from the page's origin and https, never inline) or
    ``None`` (none; the host sends its own). ``embed_hosts`` lists the hosts, optionally with
    a path prefix (``"www.youtube.com/embed/"``), whose pages embeds may frame.
    ``review_markers=True`` marks elements an editor must review in the HTML
    (``data-broadsheet-review="alt-missing"``), for review copies; production pages have none.
    The options and their defaults are :class:`~broadsheet.render.options.RenderOptions`.
    """
    gathered = RenderOptions.of(**options)
    model = article if isinstance(article, Article) else load_article(article)
    return render_with(model, gathered)


def has_video(view: object) -> bool:
    """Whether a page's view holds a video player (anywhere: lead, body, live posts), which
    the media script's play button serves."""
    stack = [view]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            if item.get("type") == "video" and "sources" in item:
                return True
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def render_with(model: Article, options: RenderOptions) -> RenderResult:
    """:func:`render` for a loaded article and options already gathered (as batches call it)."""
    strict, fragment, csp = options.strict, options.fragment, options.csp
    translator = Translator(model.language)
    builder = PageBuilder(model, translator, embed_hosts=options.embed_hosts,
                          review_markers=options.review_markers,
                          live_updates=options.live_updates)
    page = builder.page()
    live = page["live"]
    scripts = [live_script()] if live and live["updates"] else []
    fetches = bool(scripts)  # the live script fetches the page; the media script nothing
    media = media_script() if has_video(page) else None
    if media is not None:
        scripts.append(media)
    findings = tuple(builder.findings)
    if strict and (errors := [f for f in findings if f.outcome is Outcome.FAILED]):
        lines = "\n".join(f"{f.pointer}: {f.message}" for f in errors)
        raise RenderError(f"{model.id}: {len(errors)} render error(s)\n{lines}", errors)
    env = environment(options.templates)
    theme_css = read_stylesheet(options.stylesheet) if options.stylesheet else None
    theme_href = check_href(options.stylesheet_href) if options.stylesheet_href else None
    styles = [stylesheet(), *([theme_css] if theme_css is not None else [])]
    policy = None
    if csp is not None and fragment:
        policy = fragment_policy(fragment_sources(frames=builder.frames,
                                                  resources=builder.article_resources,
                                                  scripts=scripts, fetches=fetches))
    elif csp is not None:
        search = page["site"]["search"]
        policy = content_security_policy(
            csp, styles=styles, frames=builder.frames, resources=builder.resources,
            form_action=(search["action"] or "") if search else None, scripts=scripts,
            fetches=fetches,
            linked_styles=[theme_href] if theme_href else [])
    context = {
        "page": page,
        "_": translator,
        "json_ld": script_json(news_article(page)),
        "live_script": Markup(scripts[0]) if live and live["updates"] else None,
        "media_script": Markup(media) if media is not None else None,
        "stylesheet": Markup(stylesheet()),
        "theme_css": Markup(theme_css) if theme_css is not None else None,
        "theme_href": theme_href,
        "content_security_policy": policy,
    }
    try:
        template = env.get_template("fragment.html" if fragment else "page.html")
        html = template.render(context)
    except jinja2.TemplateError as error:
        raise template_error(model.id, error) from error
    if csp is not None and not fragment and (theme_css is not None or options.templates):
        log = FindingLog()
        if theme_css is not None:
            http = any(url.lower().startswith("http:") for url in builder.resources)
            report_blocked(log, str(options.stylesheet), theme_css, csp, http=http)
        report_inline_styles(log, html, allowed_styles=len(dict.fromkeys(styles)))
        findings += tuple(log.findings)
        if strict and log.findings:
            lines = "\n".join(f"{f.message}" for f in log.findings)
            raise RenderError(f"{model.id}: {len(log.findings)} render error(s)\n{lines}",
                              log.findings)
    return RenderResult(html=html, findings=findings, content_security_policy=policy)
