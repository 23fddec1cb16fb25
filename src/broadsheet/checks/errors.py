"""Errors the checker raises: bad input and unknown rule selections (both exit 2)."""

from __future__ import annotations

from broadsheet.errors import BroadsheetError


class InputError(BroadsheetError, ValueError):
    """A page could not be read as HTML: missing, a directory, empty, binary or too large."""


class UnknownRuleError(BroadsheetError, LookupError):
    """``rules=``/``tags=`` named something no registered rule has."""
