"""``python -m broadsheet`` runs the command line."""

from broadsheet.cli import entry_point

entry_point()
