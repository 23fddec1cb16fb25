"""Does a page run code? Scripts, event handler attributes, ``javascript:`` URLs and plug-ins
(``object``, ``embed``) are what can trap focus, listen to keys or motion, draw on a canvas
or change text; a page without any of them does none of that."""

from __future__ import annotations

import re
from collections.abc import Iterable

from broadsheet.checks.parse import HTML_NS, Document, Element, namespace

#: ``type`` values of ``script`` that are data, not code (JSON-LD, templates, import maps).
_JS_TYPES = frozenset({"", "module", "text/javascript", "application/javascript",
                       "application/ecmascript", "text/ecmascript", "text/jscript",
                       "text/livescript", "application/x-javascript", "text/x-javascript"})
_JAVASCRIPT_URL = re.compile(r"^[\x00-\x20]*javascript:", re.I)


def _scripts(doc: Document) -> list[Element]:
    return [el for el in doc.tags("script") if (el.get("type") or "").strip().lower() in _JS_TYPES
            or (el.get("type") or "").strip().lower().startswith("text/javascript")]


def runs_scripts(doc: Document) -> bool:
    """The page runs code: a JavaScript ``script``, an ``on…`` handler or a ``javascript:``
    URL; or it embeds an ``object`` or ``embed`` (plug-in content)."""
    memo = doc.memo("runs-scripts")
    if doc.root not in memo:
        memo[doc.root] = bool(_scripts(doc)) or any(
            (str(key).startswith("on") and len(str(key)) > 2)
            or (str(key) in {"href", "src", "action", "formaction"}
                and _JAVASCRIPT_URL.match(str(value)))
            for el in doc.elements for key, value in el.attrib.items()) or any(
            namespace(el) == HTML_NS for el in doc.tags("object", "embed"))
    return bool(memo[doc.root])


def frames_run_scripts(doc: Document) -> bool:
    """A frame whose page is unseen (a ``src`` neither local nor blank) or runs scripts
    (its ``srcdoc``, or the file of the page's folder its ``src`` names)."""
    from broadsheet.checks.rules.frames import frame_document

    for frame in doc.tags("iframe", "frame"):
        inner = frame_document(doc, frame)
        if inner is None:
            if (frame.get("src") or "").strip() not in {"", "about:blank"}:
                return True
        elif runs_scripts(inner):
            return True
    return False


#: Larger external scripts are left unread (the code stays unseen).
MAX_SCRIPT_BYTES = 2 * 1024 * 1024


def _external(doc: Document, el: Element) -> str | None:
    """The code of a script's ``src`` when it is a local file (the page's folder tree or the
    suite's ``test-assets``, as :func:`broadsheet.checks.linked_css.local_file` finds it)."""
    from broadsheet.checks.linked_css import local_file
    from broadsheet.inputs import ReadError, read_regular

    path = local_file(doc, el.get("src") or "")
    if path is None:
        return None
    try:
        return read_regular(path, max_bytes=MAX_SCRIPT_BYTES, kind="a script").decode(
            "utf-8-sig", errors="replace")
    except ReadError:
        return None


def script_code(doc: Document, *, files: bool = False) -> list[str] | None:
    """The code of the page's JavaScript ``script`` elements (None: some code is unseen, an
    external script or a plug-in; with ``files``, external scripts that are local files are
    read). Handler attributes and ``javascript:`` URLs are not included."""
    texts = []
    for el in _scripts(doc):
        if el.get("src") is not None:
            code = _external(doc, el) if files else None
            if code is None:
                return None
            texts.append(code)
            continue
        texts.append(el.text or "")
    if any(namespace(el) == HTML_NS for el in doc.tags("object", "embed")):
        return None
    return texts


def inline_code(doc: Document) -> list[tuple[Element, str, str]]:
    """Each ``on…`` handler attribute and ``javascript:`` URL of the page, as (element,
    attribute name, code)."""
    return [(el, str(key), str(value)) for el in doc.elements
            for key, value in el.attrib.items()
            if str(key).startswith("on") or _JAVASCRIPT_URL.match(str(value))]


def script_mentions(doc: Document, words: Iterable[str], *,
                    files: bool = False) -> bool | None:
    """Whether the page's code mentions any of ``words`` (None: external code is unseen;
    with ``files``, external scripts that are local files are read)."""
    texts = script_code(doc, files=files)
    if texts is None:
        return None
    # a handler attribute's name says what it listens to (``ontimeupdate``, ``onkeydown``)
    texts.extend(f"{name}={value}" if name.startswith("on") else value
                 for _, name, value in inline_code(doc))
    code = "\n".join(texts).lower()
    return any(word in code for word in words)
