"""The in-page halves of the browser checks: one loader for the scripts shipped beside this
module, and one way to call into them.

``page_dom.js`` (``window.__broadsheetDom``: walking a document through its shadow roots,
naming and quoting elements) comes first, then ``checks.js`` (``window.__broadsheet``); the
other scripts (``act.js``, ``images.js``, ``autoplay.js``, ``keyboard_trap.js``) build on both.
:func:`call_in_page` evaluates them, in that order, the first time a page needs them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

from broadsheet.browser import standards

if TYPE_CHECKING:
    from playwright.sync_api import Page

#: The longest any one in-page call may wait for the page, in milliseconds.
CALL_LIMIT_MS = 10_000


class OutOfTime(Exception):
    """An in-page call that waits for the page (a frame, fonts, an image) did not settle
    within :data:`CALL_LIMIT_MS`; its check answers ``cant_tell``."""


@functools.cache
def script(name: str) -> str:
    """The text of the in-page script ``name`` (``act.js``, ``still.js``, …) of this package."""
    return resources.files("broadsheet.browser").joinpath(name).read_text("utf-8")


def spacing_script() -> str:
    """spacing.js: a function expression that applies WCAG 1.4.12's text spacing to the page
    and returns the function that undoes it (the live check and the gallery's view share it)."""
    return script("spacing.js")


@functools.cache
def page_script() -> str:
    """page_dom.js, the standards data (``window.__broadsheetStandards``, from the static
    engine's tables: :mod:`broadsheet.browser.standards`), then checks.js after spacing.js as
    ``window.__broadsheetSpaceText``: defines ``window.__broadsheetDom`` and
    ``window.__broadsheet`` (the other scripts build on them)."""
    return (f"{script('page_dom.js')}\n{standards.standards_script()}\n"
            f"window.__broadsheetSpaceText = {spacing_script()};\n{script('checks.js')}")


def call_in_page(page: Page, namespace: str, scripts: tuple[str, ...], name: str,
                 *args: Any) -> Any:
    """``window[namespace][name](...args)``, evaluating ``scripts`` first only when the page
    does not define ``namespace`` yet (a fresh page, or after a navigation): sending the
    scripts with every call cost more than many calls themselves. A call whose promise does
    not settle within :data:`CALL_LIMIT_MS` raises :class:`OutOfTime`."""
    probe = (f"async ([name, args, ms]) => {{ if (!window.{namespace}) return null; "
             "let timer; const late = new Promise((r) => { timer = setTimeout(() => "
             "r({ late: true }), ms); }); try { return await Promise.race([Promise.resolve("
             f"window.{namespace}[name](...args)).then((value) => ({{ json: "
             f"JSON.stringify(value === undefined ? null : value, {_REPLACER}) }})), late]); }} "
             "finally { clearTimeout(timer); } }")
    call = [name, list(args), CALL_LIMIT_MS]
    got = page.evaluate(probe, call)
    if got is None:
        for text in scripts:
            page.evaluate(text)
        got = page.evaluate(probe, call)
    if got.get("late"):
        raise OutOfTime(f"the page did not answer {name} within {CALL_LIMIT_MS / 1000:g} s")
    return json.loads(got["json"], object_hook=_number)


#: What the in-page calls answer travels as: one JSON string (Playwright's own serialisation
#: walks each value as an object of its own: 3 of the 5 s of the contrast pass's answer on the
#: bash reference, 11,316 texts), ``undefined`` as ``null`` and the numbers JSON lacks
#: (``Infinity``, ``NaN``: a stream's duration) as ``{"\u0000n": "Infinity"}``.
_REPLACER = ("(key, v) => v === undefined ? null : typeof v === 'number' && !Number.isFinite(v) "
             "? { '\\u0000n': String(v) } : v")


def _number(value: dict[str, Any]) -> Any:
    """A number JSON lacks, as :data:`_REPLACER` sent it; any other object as it is."""
    if len(value) == 1 and (text := value.get("\0n")) in ("Infinity", "-Infinity", "NaN"):
        return float(text.lower().replace("infinity", "inf"))
    return value


def caller(namespace: str, file: str | None = None) -> Callable[..., Any]:
    """``call(page, name, *args)``: :func:`call_in_page` for ``window[namespace]``, which
    :func:`page_script` and then the script ``file`` (if any) define."""
    def call(page: Page, name: str, *args: Any) -> Any:
        scripts = (page_script(),) if file is None else (page_script(), script(file))
        return call_in_page(page, namespace, scripts, name, *args)
    return call
