"""The XSS corpus, the fixture it is placed into, and the assertions every rendered page meets."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

import broadsheet
from broadsheet import ArticleError
from broadsheet.policy.sanitise import ALLOWED_TAGS
from broadsheet.policy.urls import DEFAULT_EMBED_HOSTS, embed_url, normalise_url
from broadsheet.render.live import media_script
from tests.helpers import parse_html

HERE = Path(__file__).parent
EVERYTHING = json.loads((HERE / "everything.json").read_text("utf-8"))
VECTORS: list[dict[str, str]] = json.loads((HERE / "xss_vectors.json").read_text("utf-8"))["vectors"]
FAMILIES: dict[str, list[str]] = {}
for _entry in VECTORS:
    FAMILIES.setdefault(_entry["family"], []).append(_entry["vector"])

Path_ = tuple[str | int, ...]
URL_ATTRIBUTES = {"href", "src", "poster", "action", "formaction", "cite", "data", "background",
                  "xlink:href", "codebase", "ping", "manifest", "srcdoc", "longdesc", "lowsrc"}
FORBIDDEN_SCHEMES = re.compile(r"^(javascript|vbscript|data|livescript|mocha|feed|blob|file):",
                               re.IGNORECASE)
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def string_fields(data: Any, path: Path_ = ()) -> Iterator[Path_]:
    """The path of every string in the article, keys excluded."""
    if isinstance(data, str):
        yield path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from string_fields(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from string_fields(value, (*path, index))


def pointer(path: Path_) -> str:
    return "".join(f"/{part}" for part in path)


def placed(data: Any, values: dict[Path_, str]) -> Any:
    """A copy of ``data`` with the string at each path replaced."""
    result = copy.deepcopy(data)
    for path, value in values.items():
        target = result
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return result


def _accepts(path: Path_, value: str) -> bool:
    try:
        broadsheet.load_article(placed(EVERYTHING, {path: value}))
    except ArticleError:
        return False
    return True


@cache
def fields() -> tuple[tuple[Path_, ...], tuple[Path_, ...]]:
    """(free, constrained) string fields: a field is constrained when the schema refuses plain
    words in it (``id``, languages, dates, enums, ``type``…); one constrained field of each
    name is kept."""
    free: list[Path_] = []
    constrained: dict[tuple[str | int, bool], Path_] = {}
    for path in string_fields(EVERYTHING):
        if _accepts(path, "plain words"):
            free.append(path)
        else:  # one of each kind: every block's "type" behaves alike
            constrained.setdefault((path[-1], "sources" in path), path)
    return tuple(free), tuple(constrained.values())


@cache
def baseline() -> tuple[Counter[str], dict[str, str]]:
    """Element counts of the untouched fixture and its CSP directives."""
    tree = parse_html(broadsheet.render(EVERYTHING).html)
    return Counter(str(el.tag) for el in tree.iter() if isinstance(el.tag, str)), csp_of(tree)


def csp_of(tree: etree._Element) -> dict[str, str]:
    metas = tree.xpath("//meta[@http-equiv]")
    policy = metas[0].get("content", "") if metas else ""
    return {d.split()[0]: " ".join(d.split()[1:]) for d in policy.split(";") if d.strip()}


def _url_problems(where: str, name: str, value: str) -> list[str]:
    values = [value]
    if name in {"srcset", "imagesrcset"}:
        values = [c.strip().split(" ")[0] for c in value.split(",") if c.strip()]
    if name == "content":
        values = re.findall(r"url\s*=\s*(.*)", value, re.IGNORECASE)
    return [f"{where}: {name}={value!r} uses a forbidden scheme" for v in values
            if FORBIDDEN_SCHEMES.match(normalise_url(v))]


def _script_hash() -> str:
    digest = hashlib.sha256(media_script().encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def violations(html: str, *, fragment: bool = False, same_shape: bool = True) -> list[str]:
    """Every way this page could run injected code or differs from what Broadsheet renders.

    ``same_shape``: the page comes from ``everything.json``, so it may hold no more of each
    element than that fixture's page (inline markup aside).
    """
    tree = parse_html(html)
    found: list[str] = []
    counts, policy = baseline()
    seen: Counter[str] = Counter()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = str(element.tag)
        seen[tag] += 1
        where = f"<{tag}>"
        for name, value in element.attrib.items():
            lname = str(name).lower()
            if lname.startswith("on"):
                found.append(f"{where}: event handler attribute {name}")
            if lname == "style":
                found.append(f"{where}: style attribute")
            if lname in URL_ATTRIBUTES | {"srcset", "content"}:
                found.extend(_url_problems(where, lname, value))
            if BIDI_CONTROLS.search(value):
                found.append(f"{where}: bidi control in {name}")
        if BIDI_CONTROLS.search(element.text or "") or BIDI_CONTROLS.search(element.tail or ""):
            found.append(f"{where}: bidi control in text")
        if tag == "script":
            # Broadsheet's own media script (a video's play button), allowed by its hash
            if element.get("type") is None and (element.text or "") == media_script():
                continue
            if element.get("type") != "application/ld+json":
                found.append(f"script element of type {element.get('type')!r}")
            else:
                try:
                    json.loads(element.text or "")
                except ValueError:
                    found.append("JSON-LD is not valid JSON (it was broken out of)")
        if tag == "iframe" and embed_url(element.get("src"), DEFAULT_EMBED_HOSTS) is None:
            found.append(f"iframe from a host not allowed: {element.get('src')!r}")
    budget = counts | Counter(dict.fromkeys(ALLOWED_TAGS, 10 ** 6))
    for tag, number in seen.items():
        if same_shape and number > budget[tag]:
            found.append(f"{number} <{tag}> elements where the page has {counts[tag]}")
    if not fragment:
        directives = csp_of(tree)
        if set(directives) != set(policy):
            found.append(f"CSP directives changed: {sorted(directives)}")
        # script-src: the media script's hash on a page with a video (round 49), else 'none'
        expected = dict(policy, **{"script-src": _script_hash() if tree.xpath("//video")
                                   else "'none'"})
        for name in ("default-src", "script-src", "style-src", "base-uri", "object-src"):
            if directives.get(name) != expected[name]:
                found.append(f"CSP {name} is {directives.get(name)!r}, not {expected[name]!r}")
    return found


def render_or_refuse(data: Any, paths: list[Path_], *, fragment: bool = False) -> str | None:
    """The HTML, or ``None`` when the loader refused the data naming each problem's field.

    Any other exception (a crash) propagates and fails the test.
    """
    try:
        return broadsheet.render(data, fragment=fragment).html
    except ArticleError as error:
        pointers = {pointer(path) for path in paths}
        stray = [p for p in error.problems if p.pointer not in pointers]
        assert not stray, f"problems outside the fields placed: {stray}"
        return None
