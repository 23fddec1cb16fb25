"""Sphinx configuration for Broadsheet's documentation site.

Build (warnings are errors, no network):
``python -m sphinx -W --keep-going -b html docs out/docs``
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(HERE.parent / "src"))

import broadsheet  # noqa: E402

project = "Broadsheet"
author = "The Broadsheet developers"
copyright = "the Broadsheet developers"
release = broadsheet.__version__
version = release
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "broadsheet_sphinx",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
# act-table.md is generated and included by explanation/act.md.
exclude_patterns = ["_build", "_theme", "_ext", "README.md", "explanation/act-table.md"]

# Markdown: anchors for headings (so `page.md#section` links resolve), fenced directives.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]

# API reference from docstrings; the signatures carry the types.
autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True   # show DEFAULT_EMBED_HOSTS, not its twenty hosts
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Nothing is fetched while building: no intersphinx, no remote images.
html_theme = "broadsheet"
html_theme_path = ["_theme"]
html_title = "Broadsheet"
html_short_title = "Broadsheet"
html_permalinks = False          # "¶" links would be unnamed and repeated on every heading
html_use_index = False           # the general index is an unlabelled wall of links
html_domain_indices = False
html_copy_source = False
html_show_sourcelink = False
html_show_sphinx = False
html_last_updated_fmt = None
# Code colours with at least 7:1 contrast (accessible-pygments); axe checks them in Chromium.
pygments_style = "a11y-high-contrast-light"
