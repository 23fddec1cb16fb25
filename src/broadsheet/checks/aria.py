"""WAI-ARIA 1.2 standards data (with DPUB-ARIA, Graphics-ARIA and ARIA 1.3 braille attributes).

Plain tables: attributes and their value types, roles with their supported, required and
prohibited attributes, required context and owned roles, naming rules. Sources, transcribed
by hand: WAI-ARIA 1.2 (W3C Recommendation, 6 June 2023, https://www.w3.org/TR/wai-aria-1.2/:
§5.3-5.4 roles and their characteristics, §6.6-6.7 states and properties with value types),
DPUB-ARIA 1.1 (https://www.w3.org/TR/dpub-aria-1.1/), Graphics-ARIA 1.0
(https://www.w3.org/TR/graphics-aria-1.0/) and the ``aria-braille*`` attributes of the ARIA
1.3 draft (https://w3c.github.io/aria/). Implicit roles of HTML and SVG elements are HTML-AAM's
and SVG-AAM's (:func:`broadsheet.checks.dom.implicit_role`); names follow accname 1.2
(:mod:`broadsheet.checks.accname`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from broadsheet.checks.parse import Element

# -- attributes -------------------------------------------------------------------------------

#: Attribute -> value type: true/false, tristate, true/false/undefined, idref, idrefs, integer,
#: number, string, token (one of the listed), tokens (space-separated list of the listed).
ATTRIBUTE_TYPES: dict[str, str] = {
    "aria-activedescendant": "idref", "aria-atomic": "true/false",
    "aria-autocomplete": "token", "aria-braillelabel": "string",
    "aria-brailleroledescription": "string", "aria-busy": "true/false",
    "aria-checked": "tristate", "aria-colcount": "integer", "aria-colindex": "integer",
    "aria-colindextext": "string", "aria-colspan": "integer", "aria-controls": "idrefs",
    "aria-current": "token", "aria-describedby": "idrefs", "aria-description": "string",
    "aria-details": "idrefs", "aria-disabled": "true/false", "aria-dropeffect": "tokens",
    "aria-errormessage": "idrefs", "aria-expanded": "true/false/undefined",
    "aria-flowto": "idrefs", "aria-grabbed": "true/false/undefined", "aria-haspopup": "token",
    "aria-hidden": "true/false/undefined", "aria-invalid": "token",
    "aria-keyshortcuts": "string", "aria-label": "string", "aria-labelledby": "idrefs",
    "aria-level": "integer", "aria-live": "token", "aria-modal": "true/false",
    "aria-multiline": "true/false", "aria-multiselectable": "true/false",
    "aria-orientation": "token", "aria-owns": "idrefs", "aria-placeholder": "string",
    "aria-posinset": "integer", "aria-pressed": "tristate", "aria-readonly": "true/false",
    "aria-relevant": "tokens", "aria-required": "true/false",
    "aria-roledescription": "string", "aria-rowcount": "integer", "aria-rowindex": "integer",
    "aria-rowindextext": "string", "aria-rowspan": "integer",
    "aria-selected": "true/false/undefined", "aria-setsize": "integer", "aria-sort": "token",
    "aria-valuemax": "number", "aria-valuemin": "number", "aria-valuenow": "number",
    "aria-valuetext": "string",
}

#: Allowed values of token and token-list attributes.
TOKENS: dict[str, frozenset[str]] = {
    "aria-autocomplete": frozenset({"inline", "list", "both", "none"}),
    "aria-current": frozenset({"page", "step", "location", "date", "time", "true", "false"}),
    "aria-dropeffect": frozenset({"copy", "execute", "link", "move", "none", "popup"}),
    "aria-haspopup": frozenset({"false", "true", "menu", "listbox", "tree", "grid", "dialog"}),
    "aria-invalid": frozenset({"grammar", "false", "spelling", "true"}),
    "aria-live": frozenset({"assertive", "off", "polite"}),
    "aria-orientation": frozenset({"horizontal", "vertical", "undefined"}),
    "aria-relevant": frozenset({"additions", "all", "removals", "text"}),
    "aria-sort": frozenset({"ascending", "descending", "none", "other"}),
}

#: Global states and properties: allowed on every role unless a role prohibits them.
GLOBAL_ATTRIBUTES = frozenset({
    "aria-atomic", "aria-braillelabel", "aria-brailleroledescription", "aria-busy",
    "aria-controls", "aria-current", "aria-describedby", "aria-description", "aria-details",
    "aria-disabled", "aria-dropeffect", "aria-errormessage", "aria-flowto", "aria-grabbed",
    "aria-haspopup", "aria-hidden", "aria-invalid", "aria-keyshortcuts", "aria-label",
    "aria-labelledby", "aria-live", "aria-owns", "aria-relevant", "aria-roledescription",
})

# -- values -----------------------------------------------------------------------------------
#
# How a keyword value is read, in one place for every rule (and the live engine's act.js).
# WAI-ARIA 1.2 (#typemapping: value types in host languages) maps true/false, tristate and
# token to HTML enumerated attributes, token lists to sets of space-separated tokens. HTML
# matches an enumerated attribute's keywords ASCII case-insensitively and does not trim them
# (§2.3.3); it splits token sets on ASCII whitespace only (§2.3.8). So ``aria-hidden="TRUE"``
# is true and ``aria-hidden="true "`` is no keyword: an invalid value, the attribute keeps its
# default, and aria-valid-attr-value reports it. An empty or blank value is as if the
# attribute were absent (WAI-ARIA 1.2 treats an empty value as not specified).

ASCII_WHITESPACE = "\t\n\f\r "
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
#: The keywords of each single-keyword value type (tokens attributes list theirs in TOKENS).
_KEYWORDS = {
    "true/false": frozenset({"true", "false"}),
    "tristate": frozenset({"true", "false", "mixed", "undefined"}),
    "true/false/undefined": frozenset({"true", "false", "undefined"}),
}


def ascii_lower(value: str) -> str:
    """``value`` with only ASCII letters lowercased (HTML's ASCII case-insensitivity)."""
    return value.translate(_ASCII_LOWER)


_TOKEN = re.compile(r"[^\t\n\f\r ]+")


def split_tokens(value: str) -> list[str]:
    """A set of space-separated tokens, split on ASCII whitespace only (HTML §2.3.8)."""
    return _TOKEN.findall(value) if value else []


def role_tokens(value: str | None) -> list[str]:
    """The tokens of a ``role`` attribute, ASCII-lowercased, split on ASCII whitespace."""
    return split_tokens(ascii_lower(value or ""))


def keywords(name: str) -> frozenset[str]:
    """The keywords a true/false, tristate, true/false/undefined or token attribute takes."""
    kind = ATTRIBUTE_TYPES.get(name)
    if kind == "token":
        return TOKENS[name]
    return _KEYWORDS.get(kind or "", frozenset())


def keyword(name: str, value: str | None) -> str | None:
    """The keyword ``value`` sets for attribute ``name`` (ASCII-lowercased), or None where it
    sets none: absent, blank, or not one of the keywords as written (untrimmed), so the
    attribute keeps its default."""
    if value is None:
        return None
    text = ascii_lower(value)
    return text if text in keywords(name) else None


def state(element: Element, name: str) -> str | None:
    """The keyword ``element`` sets for ``name``, or None (absent, blank or invalid)."""
    return keyword(name, element.get(name))


def is_true(element: Element, name: str) -> bool:
    """``element`` sets ``name`` to true (``aria-hidden``, ``aria-expanded``...)."""
    return state(element, name) == "true"


_NAME_ATTRS = frozenset({"aria-label", "aria-labelledby", "aria-braillelabel"})
_NAME_PROHIBITED_ATTRS = _NAME_ATTRS | {"aria-brailleroledescription"}


# -- roles ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Role:
    """One WAI-ARIA role and what it allows, requires and prohibits."""

    name: str
    supers: tuple[str, ...] = ()
    supported: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    prohibited: frozenset[str] = frozenset()
    context: tuple[str, ...] = ()
    owned: tuple[str, ...] = ()
    name_from: str = "author"  # "contents" (and author), "author", "prohibited"
    presentational_children: bool = False
    abstract: bool = False
    landmark: bool = False


def _f(*names: str) -> frozenset[str]:
    return frozenset(f"aria-{name}" for name in names)


_RANGE = _f("valuemax", "valuemin", "valuenow", "valuetext")
_CELL = _f("colindex", "colindextext", "colspan", "rowindex", "rowindextext", "rowspan")
_SELECT = _f("activedescendant", "orientation")
_INPUT = _f("errormessage", "invalid", "disabled")

_ROLES: list[Role] = [
    # abstract roles
    *[Role(name, abstract=True) for name in (
        "command", "composite", "input", "landmark", "range", "roletype", "section",
        "sectionhead", "select", "structure", "widget", "window")],
    Role("alert", ("section",), name_from="author"),
    Role("alertdialog", ("alert", "dialog"), _f("modal")),
    Role("application", ("structure",), _f("activedescendant", "expanded")),
    Role("article", ("document",), _f("posinset", "setsize")),
    Role("banner", ("landmark",), landmark=True),
    Role("blockquote", ("section",)),
    Role("button", ("command",), _f("expanded", "pressed"), name_from="contents",
         presentational_children=True),
    Role("caption", ("section",), prohibited=_NAME_PROHIBITED_ATTRS,
         context=("figure", "grid", "table", "treegrid"), name_from="prohibited"),
    Role("cell", ("section",), _CELL, context=("row",), name_from="contents"),
    Role("checkbox", ("input",), _f("checked", "expanded", "readonly", "required") | _INPUT,
         required=_f("checked"), name_from="contents", presentational_children=True),
    Role("code", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("columnheader", ("cell", "gridcell", "sectionhead"),
         _CELL | _f("sort", "readonly", "required", "selected", "expanded"),
         context=("row",), name_from="contents"),
    Role("combobox", ("input",), _f("activedescendant", "autocomplete", "expanded",
                                   "readonly", "required") | _INPUT,
         required=_f("expanded"), name_from="author"),
    Role("comment", ("article",), _f("level", "posinset", "setsize"), name_from="contents"),
    Role("complementary", ("landmark",), landmark=True),
    Role("contentinfo", ("landmark",), landmark=True),
    Role("definition", ("section",)),
    Role("deletion", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("dialog", ("window",), _f("modal")),
    Role("directory", ("list",)),
    Role("document", ("structure",)),
    Role("emphasis", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("feed", ("list",), owned=("article",)),
    Role("figure", ("section",)),
    Role("form", ("landmark",), landmark=True),
    # WAI-ARIA 1.2 generic: "Prohibited States and Properties: aria-label, aria-labelledby,
    # aria-roledescription" (w3c/aria#1142, merged for 1.2).
    Role("generic", ("structure",), prohibited=_NAME_PROHIBITED_ATTRS | {"aria-roledescription"},
         name_from="prohibited"),
    Role("grid", ("composite", "table"),
         _f("activedescendant", "colcount", "rowcount", "multiselectable", "readonly"),
         owned=("caption", "row", "rowgroup")),
    Role("gridcell", ("cell", "widget"), _CELL | _f("readonly", "required", "selected",
                                                    "expanded") | _INPUT,
         context=("row",), name_from="contents"),
    Role("group", ("section",), _f("activedescendant")),
    Role("heading", ("sectionhead",), _f("level"), required=_f("level"),
         name_from="contents"),
    Role("img", ("section",), presentational_children=True),
    Role("image", ("section",), presentational_children=True),
    Role("insertion", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("link", ("command",), _f("expanded"), name_from="contents"),
    Role("list", ("section",), owned=("listitem",)),
    Role("listbox", ("select",), _SELECT | _f("expanded", "multiselectable", "readonly",
                                              "required")
         | _INPUT, owned=("group", "option")),
    Role("listitem", ("section",), _f("level", "posinset", "setsize"),
         context=("list", "directory"), name_from="author"),
    Role("log", ("section",)),
    Role("main", ("landmark",), landmark=True),
    Role("mark", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("marquee", ("section",)),
    Role("math", ("section",)),
    Role("menu", ("select",), _SELECT,
         owned=("group", "menuitem", "menuitemcheckbox", "menuitemradio", "separator")),
    Role("menubar", ("menu",), _SELECT,
         owned=("group", "menuitem", "menuitemcheckbox", "menuitemradio", "separator")),
    Role("menuitem", ("command",), _f("expanded", "posinset", "setsize"),
         context=("group", "menu", "menubar"), name_from="contents"),
    Role("menuitemcheckbox", ("menuitem",), _f("checked", "expanded", "posinset", "setsize"),
         required=_f("checked"), context=("group", "menu", "menubar"), name_from="contents",
         presentational_children=True),
    Role("menuitemradio", ("menuitemcheckbox",), _f("checked", "expanded", "posinset",
                                                    "setsize"),
         required=_f("checked"), context=("group", "menu", "menubar"), name_from="contents",
         presentational_children=True),
    Role("meter", ("range",), _RANGE, required=_f("valuenow"), presentational_children=True),
    Role("navigation", ("landmark",), landmark=True),
    Role("none", ("structure",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("note", ("section",)),
    Role("option", ("input",), _f("checked", "posinset", "selected", "setsize"),
         context=("group", "listbox"), name_from="contents", presentational_children=True),
    Role("paragraph", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("presentation", ("structure",), prohibited=_NAME_PROHIBITED_ATTRS,
         name_from="prohibited"),
    Role("progressbar", ("range", "widget"), _RANGE, presentational_children=True),
    Role("radio", ("input",), _f("checked", "posinset", "setsize"), required=_f("checked"),
         name_from="contents", presentational_children=True),
    Role("radiogroup", ("select",), _SELECT | _f("readonly", "required") | _INPUT,
         owned=("radio",)),
    Role("region", ("landmark",), landmark=True),
    Role("row", ("group", "widget"), _f("activedescendant", "colindex", "expanded", "level",
                                        "posinset", "rowindex", "rowindextext", "selected",
                                        "setsize"),
         context=("grid", "rowgroup", "table", "treegrid"), name_from="contents",
         owned=("cell", "columnheader", "gridcell", "rowheader")),
    Role("rowgroup", ("structure",), context=("grid", "table", "treegrid"),
         name_from="contents", owned=("row",)),
    Role("rowheader", ("cell", "gridcell", "sectionhead"),
         _CELL | _f("sort", "readonly", "required", "selected", "expanded"),
         context=("row",), name_from="contents"),
    Role("scrollbar", ("range", "widget"), _RANGE | _f("controls", "orientation"),
         required=_f("controls", "valuenow"), presentational_children=True),
    Role("search", ("landmark",), landmark=True),
    Role("searchbox", ("textbox",), _f("activedescendant", "autocomplete", "multiline",
                                       "placeholder", "readonly", "required") | _INPUT),
    Role("separator", ("structure", "widget"), _RANGE | _f("orientation"),
         presentational_children=True),
    Role("slider", ("input", "range"), _RANGE | _f("orientation", "readonly") | _INPUT,
         required=_f("valuenow"), presentational_children=True),
    Role("spinbutton", ("composite", "input", "range"),
         _RANGE | _f("activedescendant", "readonly", "required") | _INPUT),
    Role("status", ("section",)),
    Role("strong", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("subscript", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("suggestion", ("section",), prohibited=_NAME_PROHIBITED_ATTRS, name_from="prohibited"),
    Role("superscript", ("section",), prohibited=_NAME_PROHIBITED_ATTRS,
         name_from="prohibited"),
    Role("switch", ("checkbox",), _f("checked", "expanded", "readonly", "required") | _INPUT,
         required=_f("checked"), name_from="contents", presentational_children=True),
    Role("tab", ("widget",), _f("expanded", "posinset", "selected", "setsize"),
         context=("tablist",), name_from="contents", presentational_children=True),
    Role("table", ("section",), _f("colcount", "rowcount"),
         owned=("caption", "row", "rowgroup")),
    Role("tablist", ("composite",), _f("activedescendant", "multiselectable", "orientation"),
         owned=("tab",)),
    Role("tabpanel", ("section",)),
    Role("term", ("section",)),
    Role("textbox", ("input",), _f("activedescendant", "autocomplete", "multiline",
                                   "placeholder", "readonly", "required") | _INPUT),
    Role("time", ("section",)),
    Role("timer", ("status",)),
    Role("toolbar", ("group",), _f("orientation")),
    Role("tooltip", ("section",), name_from="contents"),
    Role("tree", ("select",), _SELECT | _f("multiselectable", "required"),
         owned=("group", "treeitem")),
    Role("treegrid", ("grid", "tree"), _SELECT | _f("multiselectable", "required",
                                                    "colcount", "rowcount", "readonly"),
         owned=("caption", "row", "rowgroup")),
    Role("treeitem", ("listitem", "option"), _f("checked", "expanded", "level", "posinset",
                                                "selected", "setsize"),
         context=("group", "tree"), name_from="contents"),
    # Graphics-ARIA
    Role("graphics-document", ("document",)),
    Role("graphics-object", ("group",)),
    Role("graphics-symbol", ("img",), presentational_children=True),
]

_DPUB = (
    "abstract acknowledgments afterword appendix backlink biblioentry bibliography biblioref "
    "chapter colophon conclusion cover credit credits dedication endnote endnotes epigraph "
    "epilogue errata example footnote foreword glossary glossref index introduction noteref "
    "notice pagebreak pagefooter pageheader pagelist part preface prologue pullquote qna "
    "subtitle tip toc"
).split()
_DPUB_LANDMARKS = {"acknowledgments", "afterword", "appendix", "bibliography", "chapter",
                   "conclusion", "credits", "endnotes", "epilogue", "errata", "foreword",
                   "glossary", "index", "introduction", "pagelist", "part", "preface",
                   "prologue", "toc"}
for _name in _DPUB:
    if _name in {"backlink", "biblioref", "glossref", "noteref"}:
        _ROLES.append(Role(f"doc-{_name}", ("link",), _f("expanded"), name_from="contents"))
    elif _name == "biblioentry" or _name == "endnote":
        _ROLES.append(Role(f"doc-{_name}", ("listitem",), _f("level", "posinset", "setsize")))
    elif _name == "cover":
        _ROLES.append(Role("doc-cover", ("img",), presentational_children=True))
    elif _name == "pagebreak":
        _ROLES.append(Role("doc-pagebreak", ("separator",), _RANGE | _f("orientation"),
                           presentational_children=True))
    elif _name == "pagefooter" or _name == "pageheader":
        _ROLES.append(Role(f"doc-{_name}", ("section",)))
    elif _name == "subtitle":
        _ROLES.append(Role("doc-subtitle", ("sectionhead",), name_from="contents"))
    else:
        _ROLES.append(Role(f"doc-{_name}", ("landmark" if _name in _DPUB_LANDMARKS
                                            else "section",),
                           landmark=_name in _DPUB_LANDMARKS))

ROLES: dict[str, Role] = {role.name: role for role in _ROLES}

#: Roles that are landmarks to assistive technology.
LANDMARK_ROLES = frozenset(role.name for role in _ROLES if role.landmark)

def is_valid_role(token: str) -> bool:
    """A concrete (non-abstract) role token a user agent recognises."""
    role = ROLES.get(token)
    return role is not None and not role.abstract


def ancestors_of(role: str) -> set[str]:
    """Every superclass role of ``role``, transitively (its own name included)."""
    seen: set[str] = set()
    stack = [role]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        found = ROLES.get(name)
        if found is not None:
            stack.extend(found.supers)
    return seen


def supported_attributes(role: str) -> frozenset[str]:
    """Globals plus the role's own and inherited states and properties, minus prohibited."""
    attrs: set[str] = set(GLOBAL_ATTRIBUTES)
    for name in ancestors_of(role):
        found = ROLES.get(name)
        if found is not None:
            attrs |= found.supported | found.required
    found = ROLES.get(role)
    if found is not None:
        attrs -= found.prohibited
    return frozenset(attrs)


def prohibited_attributes(role: str) -> frozenset[str]:
    """States and properties authors must not use on ``role``."""
    found = ROLES.get(role)
    return found.prohibited if found is not None else frozenset()


#: Abstract roles under ``widget`` (ARIA 1.2's abstract roles are listed above without their
#: superclasses, so the widget line is spelt out here).
_WIDGET_ABSTRACT = frozenset({"widget", "command", "composite", "input", "select"})


def is_widget_role(role: str) -> bool:
    """``role`` is a widget role: it descends from ``widget`` (ARIA 1.2, 5.3.2)."""
    return bool(ancestors_of(role) & _WIDGET_ABSTRACT)
