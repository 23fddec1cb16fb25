"""Run rules over a parsed page and gather their findings into a :class:`Report`."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, cast

from broadsheet.checks import srcdoc, target
from broadsheet.checks.errors import InputError
from broadsheet.checks.html_tree import TRIM_AFTER, give_back
from broadsheet.checks.linked_css import Resolver, folder_resolver, read_linked
from broadsheet.checks.parse import Document, Element, local_name, parse
from broadsheet.checks.report import Report, RuleResult, Waived
from broadsheet.checks.rule import Rule, Verdict
from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.inputs import Readable, ReadError, read_limited, read_regular, too_large
from broadsheet.qa.scope import PageScope, Scope

#: Larger pages are refused (exit 2) rather than parsed for minutes.
MAX_BYTES = 20 * 1024 * 1024

Markup = str | bytes
PathArg = str | os.PathLike[str]


def read_page(path: PathArg, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A page's bytes, or an :class:`InputError` saying plainly what is wrong.

    Only regular files are read (a directory, FIFO or device is refused before reading),
    and reading stops past ``max_bytes``.
    """
    try:
        data = read_regular(path, max_bytes=max_bytes, kind="an HTML file")
    except ReadError as error:
        raise InputError(f"{os.fspath(path)}: {error}") from None
    return validate_bytes(data, os.fspath(path), max_bytes=max_bytes)


def read_stdin(stream: Readable, *, max_bytes: int | None = None) -> bytes:
    """Standard input's bytes, refused as soon as they pass ``max_bytes`` (:data:`MAX_BYTES`)."""
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    try:
        data = read_limited(stream, max_bytes=max_bytes)
    except ReadError as error:
        raise InputError(f"<stdin>: {error}") from None
    return validate_bytes(data, "<stdin>", max_bytes=max_bytes)


def validate_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Refuse empty, binary and oversized input with a clear message."""
    if len(data) > max_bytes:
        raise InputError(f"{name}: {too_large(max_bytes, len(data))}")
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
    Where each finding is (selector, snippet, line) is worked out only when it is read. The
    documents of the page's ``iframe srcdoc`` frames are judged too, by every rule that is not
    :attr:`~broadsheet.checks.rule.Rule.top_level_only` (:mod:`broadsheet.checks.srcdoc`).
    """
    results = []
    waived: list[Waived] = []
    page = _Document(doc, PageScope(doc, scope), _Places(doc))
    inner = [_Document(frame.doc, PageScope(frame.doc), _Places(frame.doc, frame))
             for frame in srcdoc.frames(doc, page.scope.excluded)]
    for rule in rules:
        judged = _Judged(rule, page.places)
        page.judge(rule, judged, waived)
        if not inner or rule.top_level_only:
            results.append(RuleResult.from_batch(rule, judged))
            continue
        batches = [judged]
        for document in inner:
            batches.append(_Judged(rule, document.places))
            document.judge(rule, batches[-1], waived)
        results.append(RuleResult.from_batch(rule, _Joined(batches)))
    return Report(source=source, results=tuple(results), parse_errors=len(doc.errors),
                  waived=tuple(waived))


class _Document:
    """One document the rules judge (the page, or a frame's) and what judging it needs."""

    __slots__ = ("doc", "places", "plain", "scope", "skips")

    def __init__(self, doc: Document, scope: PageScope, places: _Places) -> None:
        self.doc, self.scope, self.places = doc, scope, places
        inert = frozenset(el for el, top in doc.scopes.items() if local_name(top) == "template")
        # Markup in a noscript is raw text where scripts run: not even a start tag to judge.
        unparsed = frozenset(el for el, top in doc.scopes.items()
                             if local_name(top) == "noscript")
        # Rules that judge template content skip only the noscript markup; the others both.
        self.skips = {True: unparsed or None, False: (inert | unparsed) or None}
        # Most pages exclude and waive nothing: then no question per judged element.
        self.plain = not scope.excludes and not scope.waives

    def judge(self, rule: Rule, judged: _Judged, waived: list[Waived]) -> None:
        """Add the rule's verdicts on this document to ``judged`` (waived ones to ``waived``)."""
        doc, page = self.doc, self.scope
        elements, verdicts = judged.elements, judged.verdicts
        skip = self.skips[bool(rule.template_content)]
        evaluate = rule.evaluate
        try:
            if self.plain:
                for element in rule.applicable(doc):
                    if skip is None or element not in skip:
                        verdict = evaluate(element, doc)
                        elements.append(element)
                        verdicts.append(verdict)
            else:
                for element in rule.applicable(doc):
                    if page.excluded(element) or (skip is not None and element in skip):
                        continue
                    verdict = evaluate(element, doc)
                    reason = page.waiver(element, rule.id)
                    if reason is None:
                        elements.append(element)
                        verdicts.append(verdict)
                    elif verdict.outcome is not Outcome.PASSED:
                        waived.append(Waived(judged.make(element, verdict), reason))
        except RecursionError:
            elements.append(None)
            verdicts.append(Finding(rule=rule.id, outcome=Outcome.CANT_TELL,
                                    message="page nesting too deep to evaluate",
                                    source=Source.STATIC))


class _Places:
    """Selector, snippet and line of a judged element. Not kept per element: on pages with
    many failures the kept places cost more memory than working one out again (the steps
    of the last selector's ancestors are kept by :func:`target.selector`). In a frame's document:
    the frame's selector, then the element's, on the frame's line."""

    __slots__ = ("doc", "frame", "snippets")

    def __init__(self, doc: Document, frame: srcdoc.Frame | None = None) -> None:
        self.doc = doc
        self.frame = frame
        #: One string per distinct snippet: pages repeat the same markup (icons, "Read
        #: more" links) in many findings.
        self.snippets: dict[str, str] = {}

    def snippet(self, element: Element) -> str:
        made = target.snippet(element)
        return self.snippets.setdefault(made, made)

    def selector(self, element: Element) -> str:
        if self.frame is None:
            return target.selector(self.doc, element)
        return f"{self.frame.path}{target.FRAME_STEP}{target.selector(self.doc, element)}"

    def line(self, element: Element) -> int | None:
        return self.doc.line(element) if self.frame is None else self.frame.line


#: The slots of :class:`Finding` that :class:`_Placed` shadows with properties: empty (no
#: memory beyond the slot) until :meth:`_Placed.settle` fills them.
_TARGET = Finding.__dict__["target"]
_LINE = Finding.__dict__["line"]


class _Placed(Finding):
    """A static finding whose selector and line are worked out from its element each time
    they are read (a selector is about 170 bytes and a line 32 where the element's proxy is
    about 64: on a page of 50,000 failures 0.5 byte a byte of page), until :meth:`settle`
    keeps them (a report writer about to read them, perhaps more than once). It equals,
    hashes, prints, copies and pickles as the :class:`Finding` it stands for; ``replace``
    gives one."""

    __slots__ = ("_element", "_places")

    _element: Element
    _places: _Places

    def __new__(cls, *args: Any, **values: Any) -> Any:
        # ``dataclasses.replace`` calls the class with every field: a plain finding.
        return Finding(*args, **values)

    @classmethod
    def of(cls, rule: str, verdict: Verdict, impact: Impact | None, element: Element,
           places: _Places) -> Finding:
        made = object.__new__(cls)
        for name, value in (("rule", rule), ("outcome", verdict.outcome),
                            ("message", verdict.message), ("impact", impact),
                            ("source", Source.STATIC), ("snippet", places.snippet(element)),
                            ("pointer", None), ("also", None), ("_element", element),
                            ("_places", places)):
            object.__setattr__(made, name, value)
        return made

    @property
    def target(self) -> str:
        try:
            return cast(str, _TARGET.__get__(self))
        except AttributeError:  # not settled
            return self._places.selector(self._element)

    @property
    def line(self) -> int | None:
        try:
            return cast("int | None", _LINE.__get__(self))
        except AttributeError:
            return self._places.line(self._element)

    def settle(self) -> None:
        """Keep the selector and line from now on, worked out once."""
        try:
            _TARGET.__get__(self)
        except AttributeError:
            _TARGET.__set__(self, self._places.selector(self._element))
            _LINE.__set__(self, self._places.line(self._element))

    def plain(self) -> Finding:
        """The :class:`Finding` this stands for."""
        return Finding(**{name: getattr(self, name) for name in _FIELDS})

    def __eq__(self, other: object) -> bool:
        return self.plain() == other

    __hash__ = Finding.__hash__

    def __repr__(self) -> str:
        return repr(self.plain())

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        return (Finding, tuple(getattr(self, name) for name in _FIELDS))


_FIELDS = tuple(field.name for field in fields(Finding))


class _Joined:
    """One rule's verdicts on the page, then on each frame's document, as one batch."""

    __slots__ = ("batches",)

    def __init__(self, batches: list[_Judged]) -> None:
        self.batches = batches

    def __len__(self) -> int:
        return sum(len(batch) for batch in self.batches)

    def outcomes(self) -> list[Outcome]:
        return [outcome for batch in self.batches for outcome in batch.outcomes()]

    def finding(self, index: int) -> Finding:
        for batch in self.batches:
            if index < len(batch):
                return batch.finding(index)
            index -= len(batch)
        raise IndexError(index)

    def settle(self, outcomes: Collection[Outcome]) -> None:
        for batch in self.batches:
            batch.settle(outcomes)


class _Judged:
    """One rule's verdicts on the page, as two lists (element, verdict: verdicts are shared,
    one per message), not an object per finding; each :class:`Finding` is made when first
    read (a :class:`~broadsheet.checks.report.Batch`)."""

    __slots__ = ("elements", "places", "rule", "verdicts")

    def __init__(self, rule: Rule, places: _Places) -> None:
        self.rule = rule
        self.places = places
        #: None where the verdict is already a finding (the rule could not run).
        self.elements: list[Element | None] = []
        #: A verdict, replaced by its finding once read.
        self.verdicts: list[Verdict | Finding] = []

    def __len__(self) -> int:
        return len(self.verdicts)

    def outcomes(self) -> list[Outcome]:
        return [verdict.outcome for verdict in self.verdicts]

    def finding(self, index: int) -> Finding:
        verdict = self.verdicts[index]
        if isinstance(verdict, Finding):
            return verdict
        element = self.elements[index]
        assert element is not None
        made = self.verdicts[index] = self.make(element, verdict)
        self.elements[index] = None  # the finding keeps it
        return made

    def settle(self, outcomes: Collection[Outcome]) -> None:
        for index, verdict in enumerate(self.verdicts):
            if verdict.outcome in outcomes:
                made = self.finding(index)
                if isinstance(made, _Placed):
                    made.settle()

    def make(self, element: Element, verdict: Verdict) -> Finding:
        impact = self.rule.impact if verdict.outcome is Outcome.FAILED else None
        return _Placed.of(self.rule.id, verdict, impact, element, self.places)


def load(page: Markup | os.PathLike[str] | None = None, *, html: Markup | None = None,
         path: PathArg | None = None) -> tuple[Markup, str | None, str]:
    """(content, source name, file extension) of the one page given.

    ``str`` and ``bytes`` are markup, ``os.PathLike`` (``pathlib.Path``) a file; a ``str`` is
    never taken for a file name.
    """
    given = [value for value in (page, html, path) if value is not None]
    if len(given) != 1:
        raise TypeError("check() takes exactly one page: markup (html=) or a file (path=)")
    if isinstance(page, os.PathLike):
        path = page
    elif page is not None:
        html = page
    if path is not None:
        name = os.fspath(path)
        ext = os.path.splitext(name)[1].lower().lstrip(".") or "html"
        return read_page(name), name, "html" if ext in {"htm", "shtml"} else ext
    if isinstance(html, bytes):
        return validate_bytes(html, "<bytes>"), None, "html"
    if not isinstance(html, str):
        raise TypeError(f"check() takes markup as str or bytes, not {type(html).__name__}")
    if not html.strip():
        raise InputError("<string>: empty document, nothing to check")
    if len(html) > MAX_BYTES:
        raise InputError("<string>: document larger than the size limit")
    return html, None, "html"


def check(page: Markup | os.PathLike[str] | None = None, *, html: Markup | None = None,
          path: PathArg | None = None, rules: Iterable[str] | None = None,
          tags: Iterable[str] | None = None, disable: Iterable[str] = (),
          scope: Scope | None = None, stylesheet_root: PathArg | None = None) -> Report:
    """Check one page and return its :class:`Report`.

    Give the page as markup (``html=``, or a ``str``/``bytes`` argument) or as a file
    (``path=``, or a :class:`pathlib.Path` argument). A ``str`` is always markup, never a file
    name: ``check("/etc/passwd")`` checks that text, ``check(path="/etc/passwd")`` the file.
    ``rules`` limits the run to these rule ids (or ACT ids); ``tags`` to rules with any of
    these tags; ``disable`` drops rules by id; ``scope`` excludes regions. A file's linked
    style sheets are read when they are in its folder tree, or in ``stylesheet_root``. Raises
    :class:`InputError` for unreadable input and :class:`UnknownRuleError` for ids or tags
    no static rule has (naming the engine that has them, if one does).
    """
    from broadsheet.catalog import default_catalog
    from broadsheet.checks.repeats import fold_repeats

    selected = default_catalog().select(rules, tags, disable, engines=("static",)).static
    report = run_static(load(page, html=html, path=path), selected, scope=scope,
                        stylesheet_root=stylesheet_root)
    # One finding per problem: an element two rules fail under one criterion, once.
    return replace(report, results=tuple(fold_repeats(report.results)))


def run_static(page: Markup | os.PathLike[str] | tuple[Markup, str | None, str],
               rules: Iterable[Rule], *, scope: Scope | None = None,
               stylesheet_root: PathArg | None = None,
               sheets: Callable[[Document], Resolver] | None = None) -> Report:
    """The static engine: run these rules on markup, a file or what :func:`load` read.

    A file's linked style sheets are read from its folder tree (``stylesheet_root``: from
    that folder's instead); ``sheets`` finds those of a page given otherwise."""
    content, source, ext = page if isinstance(page, tuple) else load(page)
    doc = parse(content, file_ext=ext, keep_source=False)
    size = len(content)
    del content, page  # this run's copy of the page (the only one when it read a file)
    if sheets is not None:
        read_linked(doc, sheets)
    elif source is not None:
        root = Path(stylesheet_root) if stylesheet_root is not None else None
        read_linked(doc, folder_resolver(Path(source), root))
    report = run(doc, rules, source=source, scope=scope)
    doc.keep_places_only()  # the document is this run's: only the report's places read it now
    if size > TRIM_AFTER:
        give_back()
    return report
