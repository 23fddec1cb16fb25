"""Template errors that say where: the template file and line, and what was missing."""

from __future__ import annotations

import re
import traceback

import jinja2

from broadsheet.errors import RenderError

_NO_ATTRIBUTE = re.compile(r"^'dict object' has no attribute '([^']*)'$")
_DOCS = "docs/reference/template-context.md"


def template_location(error: BaseException) -> str | None:
    """``file:line`` of the innermost template in the error's traceback (Jinja2 rewrites
    its frames so that they name templates), or of a syntax error."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        return f"{error.filename}:{error.lineno}"
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if frame.filename.endswith((".html", ".jinja", ".j2", ".txt", ".xml"))]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else None


def template_error(article_id: str, error: jinja2.TemplateError) -> RenderError:
    """A :class:`RenderError` naming the template and line, in words for a template author."""
    where = template_location(error)
    message = str(error)
    if isinstance(error, jinja2.UndefinedError) and (
            missing := _NO_ATTRIBUTE.match(message)):
        message = (f"no value named {missing.group(1)!r} here; the values each template "
                   f"receives are listed in {_DOCS}")
    place = f"{where}: " if where else ""
    return RenderError(f"{article_id}: template error: {place}{message}")
