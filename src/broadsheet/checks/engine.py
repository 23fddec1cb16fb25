"""Run rules over a parsed page and gather their findings into a :class:`Report`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from broadsheet.checks import target
from broadsheet.checks.errors import InputError
from broadsheet.checks.parse import Document, Element, parse
from broadsheet.checks.registry import default_registry
from broadsheet.checks.report import Report, RuleResult, Waived
from broadsheet.checks.rule import Rule
from broadsheet.findings import Finding, Outcome, Source
from broadsheet.qa.scope import PageScope, Scope

#: Larger pages are refused (exit 2) rather than parsed for minutes.
MAX_BYTES = 20 * 1024 * 1024

HtmlOrPath = str | bytes | os.PathLike[str]


def read_page(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> bytes:
    """A page's bytes, or an :class:`InputError` saying plainly what is wrong."""
    file = Path(path)
    if not file.exists():
        raise InputError(f"{file}: no such file")
    if file.is_dir():
        raise InputError(f"{file}: is a directory, not an HTML file")
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"{file}: {size / 1e6:.1f} MB is larger than the "
                             f"{max_bytes / 1e6:.0f} MB limit")
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{file}: cannot read ({error.strerror or error})") from error
    return validate_bytes(data, str(file), max_bytes=max_bytes)


def validate_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Refuse empty, binary and oversized input with a clear message."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is larger than the "
                         f"{max_bytes / 1e6:.0f} MB limit")
    if not data.strip():
        raise InputError(f"{name}: empty file, nothing to check")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary data, not HTML")
    return data


def run(doc: Document, rules: Iterable[Rule], *, source: str | None = None,
        scope: Scope | None = None) -> Report:
    """Apply each rule to the page; a rule that crashes reports cant_tell, not a traceback.

    Elements ``scope`` excludes are not judged; findings the markup waives are reported apart.
    """
    results = []
    waived: list[Waived] = []
    page = PageScope(doc, scope)
    #: Selector, snippet and line of each element, computed once: most elements are judged by
    #: several rules.
    places: dict[Element, tuple[str, str, int | None]] = {}
    for rule in rules:
        findings: list[Finding] = []
        try:
            for element in rule.applicable(doc):
                if page.excluded(element):
                    continue
                verdict = rule.evaluate(element, doc)
                place = places.get(element)
                if place is None:
                    place = places[element] = (target.selector(doc, element),
                                               target.snippet(element), target.line(element))
                finding = Finding(
                    rule=rule.id, outcome=verdict.outcome, message=verdict.message,
                    impact=rule.impact if verdict.outcome is Outcome.FAILED else None,
                    source=Source.STATIC, target=place[0], snippet=place[1], line=place[2])
                reason = page.waiver(element, rule.id)
                if reason is None:
                    findings.append(finding)
                elif verdict.outcome is not Outcome.PASSED:
                    waived.append(Waived(finding, reason))
        except RecursionError:
            findings.append(Finding(rule=rule.id, outcome=Outcome.CANT_TELL,
                                    message="page nesting too deep to evaluate",
                                    source=Source.STATIC))
        results.append(RuleResult(rule, tuple(findings)))
    return Report(source=source, results=tuple(results), parse_errors=len(doc.errors),
                  waived=tuple(waived))


def load(html_or_path: HtmlOrPath) -> tuple[bytes | str, str | None, str]:
    """(content, source name, file extension) for markup or a path."""
    if isinstance(html_or_path, bytes):
        return validate_bytes(html_or_path, "<bytes>"), None, "html"
    if isinstance(html_or_path, str) and ("<" in html_or_path or not html_or_path.strip()):
        if not html_or_path.strip():
            raise InputError("<string>: empty document, nothing to check")
        if len(html_or_path) > MAX_BYTES:
            raise InputError("<string>: document larger than the size limit")
        return html_or_path, None, "html"
    path = Path(html_or_path)
    ext = path.suffix.lower().lstrip(".") or "html"
    return read_page(path), str(path), "html" if ext in {"htm", "shtml"} else ext


def check(html_or_path: HtmlOrPath, *, rules: Iterable[str] | None = None,
          tags: Iterable[str] | None = None, disable: Iterable[str] = (),
          scope: Scope | None = None) -> Report:
    """Check a page (markup as ``str``/``bytes``, or a path) and return its :class:`Report`.

    ``rules`` limits the run to these rule ids (or ACT ids); ``tags`` to rules with any of
    these tags; ``disable`` drops rules by id; ``scope`` excludes regions. Raises
    :class:`InputError` for unreadable input and :class:`UnknownRuleError` for unknown ids
    or tags.
    """
    if isinstance(rules, str):
        rules = rules.split(",")
    if isinstance(tags, str):
        tags = tags.split(",")
    selected = default_registry().select(rules, tags)
    if disable:
        dropped = {rule.id for rule in default_registry().select(disable)}
        selected = [rule for rule in selected if rule.id not in dropped]
    content, source, ext = load(html_or_path)
    doc = parse(content, file_ext=ext)
    return run(doc, selected, source=source, scope=scope)
