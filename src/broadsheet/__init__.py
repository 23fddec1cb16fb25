"""Broadsheet: structured news articles in, semantic and accessible HTML out.

The public API is what this module exports; everything else may change.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from broadsheet.batch import BatchResult, ItemResult, render_many
from broadsheet.checks import InputError, Report, RuleResult, UnknownRuleError, check
from broadsheet.errors import ArticleError, BroadsheetError, OutputError, Problem, RenderError
from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.importers import ImportResult, ImportSourceError, import_article
from broadsheet.model import Article
from broadsheet.qa.many import check_many
from broadsheet.render.environment import assets_dir, stylesheet
from broadsheet.render.renderer import RenderResult, render
from broadsheet.schema import article_schema, load_article, parse_article

try:
    __version__ = version("broadsheet")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "ArticleError",
    "BatchResult",
    "BroadsheetError",
    "Finding",
    "Impact",
    "ImportResult",
    "ImportSourceError",
    "InputError",
    "ItemResult",
    "Outcome",
    "OutputError",
    "Problem",
    "RenderError",
    "RenderResult",
    "Report",
    "RuleResult",
    "Source",
    "UnknownRuleError",
    "__version__",
    "article_schema",
    "assets_dir",
    "check",
    "check_many",
    "import_article",
    "load_article",
    "parse_article",
    "render",
    "render_many",
    "stylesheet",
]
