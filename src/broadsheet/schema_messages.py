"""Schema errors in words for editors, in the article's language where a catalog exists.

jsonschema's own messages quote regular expressions and Python reprs
(``'' does not match '\\S'``); the common ones are rewritten here, and every string is a
gettext message (``i18n/messages.pot``), so a Russian article's errors read in Russian.
"""

from __future__ import annotations

import difflib
import reprlib
from collections.abc import Callable, Sequence
from typing import Any

from jsonschema.exceptions import ValidationError

#: ``_()``: a translator for the article's language (see :class:`broadsheet.i18n.Translator`).
Translate = Callable[..., str]

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60


def _(message: str) -> str:
    """Marks a message for the catalog; translated where it is used."""
    return message


#: Each pattern in the schema, by what it means to an editor (each ends ``$(?!\n)``: Python's
#: ``$`` alone also matches before a final newline).
_PATTERNS = {
    "\\S": _("must not be empty"),
    "^[A-Za-z0-9._-]{1,128}$(?!\\n)": _("must be 1 to 128 letters, digits, dots, hyphens or "
                                        "underscores"),
    "^[A-Za-z0-9_.-]{1,64}$(?!\\n)": _("must be 1 to 64 letters, digits, dots, hyphens or "
                                       "underscores"),
    "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$(?!\\n)": _("%(value)s is not a language tag such as "
                                                   "en, uk or be-Latn"),
    "^[a-z]+/[A-Za-z0-9.+-]+(;.*)?$(?!\\n)": _("%(value)s is not a media type such as video/mp4"),
}
_DATE = _("%(value)s is not a date such as 2024-05-01 or 2024-05-01T09:30:00Z")
_DATE_TIME = _("%(value)s is not a date and time such as 2024-05-01T09:30:00+03:00")
_DURATION = _("%(value)s is not a duration such as PT3M12S (3 minutes 12 seconds)")
_REQUIRED = " is a required property"
_TYPES = {
    "string": _("must be text"),
    "number": _("must be a number"),
    "integer": _("must be a whole number"),
    "boolean": _("must be true or false"),
    "array": _("must be a list"),
    "object": _("must be an object (fields in braces)"),
}


def _pattern_message(pattern: str) -> str | None:
    if pattern in _PATTERNS:
        return _PATTERNS[pattern]
    if pattern.startswith("^P"):
        return _DURATION
    if pattern.startswith("^\\d{4}"):
        return _DATE if "([Tt ]" in pattern else _DATE_TIME
    return None


def editor_message(error: ValidationError, translate: Translate) -> str | None:
    """The error in words for an editor, or ``None`` to keep jsonschema's own message."""
    value = _SHORT.repr(error.instance)
    match error.validator:
        case "pattern":
            message = _pattern_message(str(error.validator_value))
            return translate(message, value=value) if message else None
        case "format" if error.validator_value == "date-time":
            return translate(_DATE_TIME, value=value)
        case "minLength" if error.validator_value == 1:
            return translate(_PATTERNS["\\S"])
        case "type" if isinstance(error.validator_value, str):
            message = _TYPES.get(error.validator_value)
            return translate(message) if message else None
        case "required" if error.message.endswith(_REQUIRED):
            # jsonschema reports each missing field as its own error, named only in the message.
            field = error.message.removesuffix(_REQUIRED)
            return translate(_("missing required field %(field)s"), field=field)
        case "enum" if isinstance(error.validator_value, list):
            return _enum_message(error.instance, error.validator_value, list(error.path),
                                 translate)
    return None


def _enum_message(value: Any, allowed: Sequence[Any], path: list[Any],
                  translate: Translate) -> str:
    names = [str(item) for item in allowed]
    hint = (difflib.get_close_matches(value, names, n=1, cutoff=0.6)
            if isinstance(value, str) else [])
    shown = _SHORT.repr(value)
    is_block_type = path[-1:] == ["type"]
    if hint:
        message = (_("%(value)s is not a block type (did you mean %(suggestion)s?)")
                   if is_block_type else _("%(value)s is not allowed (did you mean "
                                           "%(suggestion)s?)"))
        return translate(message, value=shown, suggestion=repr(hint[0]))
    message = (_("%(value)s is not a block type; use one of: %(values)s") if is_block_type
               else _("%(value)s is not one of: %(values)s"))
    return translate(message, value=shown, values=", ".join(names))


def unknown_field(name: str, hint: str | None, translate: Translate) -> str:
    """An unknown field, with the allowed one it is probably a misspelling of."""
    if hint is None:
        return translate(_("unknown field %(field)s"), field=_SHORT.repr(name))
    return translate(_("unknown field %(field)s (did you mean %(suggestion)s?)"),
                     field=_SHORT.repr(name), suggestion=repr(hint))
