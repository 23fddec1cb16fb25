"""Shadow roots a page's own inline script attaches, read without running it.

A static checker sees no DOM a script builds, so a shadow tree made by
``host.attachShadow({mode: 'open'})`` and filled with ``shadowRoot.innerHTML = '…'`` (the way
most pages and the W3C ACT cases build one) would be missing from the flat tree the rules
judge: focusable content under ``aria-hidden``, a list item slotted into a list, a link's text.
:func:`declarative` rewrites such a page as the declarative shadow DOM it amounts to (HTML:
``<template shadowrootmode>``, which the parser attaches to its parent element), so the one
flat-tree builder of :mod:`broadsheet.checks.html_tree` handles both.

Only what can be read for certain is taken: the host found by ``getElementById``, a
``querySelector`` of an id or a tag name, or ``this`` in a custom element's class given to
``customElements.define`` (every element of that name); the content a string literal or a
template literal without substitutions, or the content of a ``template`` found by id. Anything
else (computed strings, other DOM calls) is left alone: the page is then judged as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: A script's start tag and end tag (inline scripts: no ``src``, a JavaScript type).
_SCRIPT_START = re.compile(r"<script\b([^>]*)>", re.I)
_SCRIPT_END = re.compile(r"</script\s*>", re.I)
#: At most this many shadow roots are read from one page (each costs a pass over its script).
_MOST = 64
_SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?\s*([^"'\s>]*)""", re.I)
_JS_TYPES = frozenset({"", "module", "text/javascript", "application/javascript",
                       "application/ecmascript", "text/ecmascript"})
#: A JavaScript string literal (single, double or back quotes), group 1 its quote.
_STRING = r"""(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`)"""
_IDENT = r"[A-Za-z_$][\w$]*"
#: Where a host comes from: ``document.getElementById('x')`` or ``document.querySelector('…')``.
_LOOKUP = re.compile(
    rf"document\s*\.\s*(getElementById|querySelector)\s*\(\s*({_STRING})\s*\)")
_ASSIGN = re.compile(rf"(?<![\w$])({_IDENT})\s*=(?!=)\s*")
_ATTACH = re.compile(r"\.\s*attachShadow\s*\(\s*\{[^{}]*\}\s*\)")
_FILL = re.compile(rf"\s*\.\s*innerHTML\s*=\s*({_STRING})")
_APPEND_TEMPLATE = re.compile(
    rf"\s*\.\s*appendChild\s*\(\s*document\s*\.\s*(getElementById|querySelector)\s*\(\s*"
    rf"({_STRING})\s*\)\s*\.\s*content\s*\.\s*cloneNode\s*\(\s*(?:true)?\s*\)\s*\)")
_DEFINE = re.compile(rf"customElements\s*\.\s*define\s*\(\s*({_STRING})\s*,")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "`": "`", "\\": "\\",
            "/": "/"}


@dataclass(frozen=True, slots=True)
class _Shadow:
    #: ("id", value), ("tag", name): the host or hosts.
    host: tuple[str, str]
    content: str


def _literal(token: str) -> str:
    """The value of a JavaScript string literal (simple escapes; others kept as written)."""
    body = token[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body, flags=re.S)


def _host(kind: str, argument: str) -> tuple[str, str] | None:
    value = _literal(argument).strip()
    if kind == "getElementById":
        return ("id", value) if value else None
    if re.fullmatch(r"#[\w-]+", value):
        return ("id", value[1:])
    if re.fullmatch(r"[A-Za-z][\w-]*", value):
        return ("tag", value.lower())
    return None


def _shadows(code: str, templates: dict[str, str]) -> list[_Shadow]:
    """The shadow roots one script attaches and fills, as far as they can be read."""
    found: list[_Shadow] = []
    variables: dict[str, tuple[str, str]] = {}
    for assign in _ASSIGN.finditer(code):
        lookup = _LOOKUP.match(code, assign.end())
        found_host = _host(lookup.group(1), lookup.group(2)) if lookup else None
        if found_host:
            variables[assign.group(1)] = found_host
    elements = [m.start() for m in _DEFINE.finditer(code)]
    for attach in _ATTACH.finditer(code):
        if len(found) >= _MOST:
            break
        begins = len(code[:attach.start()].rstrip())
        host: tuple[str, str] | None = None
        call = next((c for c in _LOOKUP.finditer(code, max(0, begins - 300), begins)
                     if c.end() == begins), None)
        tail = max(0, begins - 100)
        name = re.compile(rf"({_IDENT})$").search(code, tail, begins)
        if call is not None:
            host, begins = _host(call.group(1), call.group(2)), call.start()
        elif name and name.group(1) == "this":
            define = max((at for at in elements if at < attach.start()), default=None)
            defined = _DEFINE.match(code, define) if define is not None else None
            host = ("tag", _literal(defined.group(1)).strip().lower()) if defined else None
            begins = name.start()
        elif name:
            host, begins = variables.get(name.group(1)), name.start()
        if host is None:
            continue
        # The root is filled where it is made (chained), through the variable holding it,
        # or through the host's shadowRoot property (the host as the script names it).
        content = _content(code, attach.end(), templates)
        holder = re.compile(rf"({_IDENT})\s*=\s*$").search(code, max(0, begins - 100), begins)
        uses = [rf"(?<![\w$.]){re.escape(holder.group(1))}\b"] if holder else []
        named = code[begins:len(code[:attach.start()].rstrip())]
        uses.append(rf"(?<![\w$.]){re.escape(named)}\s*\.\s*shadowRoot\b")
        for use in uses if content is None else ():
            for at in re.finditer(use, code[attach.end():]):
                content = _content(code, attach.end() + at.end(), templates)
                if content is not None:
                    break
            if content is not None:
                break
        if content is not None:
            found.append(_Shadow(host, content))
    return found


def _content(code: str, at: int, templates: dict[str, str]) -> str | None:
    fill = _FILL.match(code, at)
    if fill:
        return _literal(fill.group(1))
    append = _APPEND_TEMPLATE.match(code, at)
    if append:
        target = _host(append.group(1), append.group(2))
        if target and target[0] == "id":
            return templates.get(target[1])
    return None


_TEMPLATE = re.compile(
    r"""<template\b[^>]*\bid\s*=\s*["']?([\w-]+)["']?[^>]*>(.*?)</template\s*>""", re.I | re.S)


def _start_tags(text: str, host: tuple[str, str]) -> list[re.Match[str]]:
    kind, value = host
    if kind == "id":
        pattern = (rf"""<[A-Za-z][\w-]*\b[^<>]*?\sid\s*=\s*(?:"{re.escape(value)}"|"""
                   rf"""'{re.escape(value)}'|{re.escape(value)}(?=[\s/>]))[^<>]*>""")
        found = list(re.finditer(pattern, text))
        return found[:1]
    found = list(re.finditer(rf"<{re.escape(value)}(?=[\s/>])[^<>]*>", text, re.I))
    return found


def _scripts(text: str) -> list[tuple[int, int, str, str]]:
    """Each script element's span, start-tag attributes and code, in one pass."""
    found = []
    at = 0
    while (start := _SCRIPT_START.search(text, at)) is not None:
        end = _SCRIPT_END.search(text, start.end())
        if end is None:
            break
        found.append((start.start(), end.end(), start.group(1), text[start.end():end.start()]))
        at = end.end()
    return found


def declarative(text: str) -> str:
    """The page with the shadow roots its inline scripts attach written as declarative
    shadow roots (each ``<template shadowrootmode="open">`` first in its host), on the
    host's own line so later lines keep their numbers; the page unchanged when it has none."""
    if "attachShadow" not in text:
        return text
    templates = {m.group(1): m.group(2) for m in _TEMPLATE.finditer(text)}
    shadows: list[_Shadow] = []
    scripts = _scripts(text)
    for _, _, attributes, code in scripts:
        kind = _SCRIPT_TYPE.search(attributes)
        if re.search(r"\bsrc\s*=", attributes, re.I) or (
                kind and kind.group(1).lower() not in _JS_TYPES):
            continue
        shadows += _shadows(code, templates)
    inserts: dict[int, str] = {}
    starts = [script[0] for script in scripts]
    for shadow in shadows:
        for tag in _start_tags(text, shadow.host):
            inside = bisect.bisect_right(starts, tag.start()) - 1
            if (inside >= 0 and tag.start() < scripts[inside][1]) or \
                    tag.group(0).endswith("/>") or tag.end() in inserts:
                continue
            body = shadow.content.replace("\r", " ").replace("\n", " ")
            inserts[tag.end()] = f'<template shadowrootmode="open">{body}</template>'
    if not inserts:
        return text
    pieces, done = [], 0
    for at in sorted(inserts):
        pieces += [text[done:at], inserts[at]]
        done = at
    pieces.append(text[done:])
    return "".join(pieces)
