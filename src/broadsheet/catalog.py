"""Every rule of every engine, and the one routing of rule ids and tags to the engines that
run them (the CLI, :func:`broadsheet.check` and the pytest plugin all ask here).

Engines: ``static`` (the parsed page: :mod:`broadsheet.checks`), ``browser`` (Broadsheet's
checks of a live page: :mod:`broadsheet.browser.checks`) and ``axe`` (axe-core in a live page).
An id both the static engine and axe-core know (``image-alt``) runs in both.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from broadsheet.checks.errors import UnknownRuleError
from broadsheet.checks.rule import Rule, RuleSpec

ENGINES = ("static", "browser", "axe")
#: Tags that choose rules outside an engine's defaults when asked for by name: ``review``
#: (the static rules a person must finish, which answer ``cant_tell``), ``wcag2aaa``
#: (level AAA, which axe-core does not run by default either) and ``wcag2a-obsolete`` (rules
#: of 4.1.1 Parsing alone, removed in WCAG 2.2: duplicate ids and attributes, which axe-core
#: leaves disabled too).
OPT_IN_TAGS = frozenset({"review", "wcag2aaa", "wcag2a-obsolete"})
#: How each engine is named in messages.
ENGINE_NAMES = {"static": "the static rules", "browser": "Broadsheet's browser checks",
                "axe": "axe-core"}


@dataclass(frozen=True)
class Selection:
    """The rules each engine runs for one request (empty: the engine does not run)."""

    static: tuple[Rule, ...] = ()
    browser: tuple[RuleSpec, ...] = ()
    axe: tuple[RuleSpec, ...] = ()

    def ids(self, engine: str) -> frozenset[str]:
        return frozenset(rule.id for rule in getattr(self, engine))

    def __bool__(self) -> bool:
        return bool(self.static or self.browser or self.axe)


def _clean(values: Iterable[str] | str | None) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = values.split(",")
    return [value.strip() for value in values if value.strip()]


class Catalog:
    """Rules by engine. ``selectable`` rules are the ones a request picks from (the browser
    engine's audit problems are always reported, never picked)."""

    def __init__(self, engines: dict[str, Sequence[RuleSpec]],
                 defaults: dict[str, Sequence[RuleSpec]] | None = None) -> None:
        self._engines = {name: tuple(engines.get(name, ())) for name in ENGINES}
        self._defaults = {name: tuple((defaults or {}).get(name, self._engines[name]))
                          for name in ENGINES}

    def __iter__(self) -> Iterator[RuleSpec]:
        return (rule for name in ENGINES for rule in self._engines[name])

    def rules(self, engine: str) -> tuple[RuleSpec, ...]:
        return self._engines[engine]

    def find(self, rule_id: str) -> list[RuleSpec]:
        """The rules with this id (one per engine that knows it)."""
        return [rule for rule in self if rule.id == rule_id]

    def select(self, rules: Iterable[str] | str | None = None,
               tags: Iterable[str] | str | None = None, disable: Iterable[str] | str = (),
               *, engines: Sequence[str] = ENGINES, strict: bool = True) -> Selection:
        """The rules each of ``engines`` runs: those named by id or ACT id (else each engine's
        defaults), narrowed to those with any of ``tags``, less ``disable``.

        An id or tag no engine knows is an :class:`UnknownRuleError`. With ``strict``, so is
        one only engines outside ``engines`` know (it would silently run nothing); without,
        it is left to those engines (the pytest plugin's options serve both of its checks).
        """
        names, wanted_tags, dropped = _clean(rules), _clean(tags), _clean(disable) or []
        for given, kind in ((names, "rule"), (wanted_tags, "tag")):
            if given == []:  # asked for, but empty: a typo that would run nothing (or all)
                raise UnknownRuleError(f"the list of {kind}s is empty: name at least one "
                                       f"{kind}, or leave the option out for the defaults")
        everything = list(self)
        for name in [*(names or ()), *dropped]:
            self._require(name, everything, "rule", lambda r, n=name: n == r.id or
                          n in r.act_ids)
        for tag in wanted_tags or ():
            self._require(tag, everything, "tag", lambda r, t=tag: t in r.tags)
        if strict:
            pool = [rule for name in engines for rule in self._engines[name]]
            for name in names or ():
                self._here(name, pool, "rule", lambda r, n=name: n == r.id or n in r.act_ids)
            for tag in wanted_tags or ():
                self._here(tag, pool, "tag", lambda r, t=tag: t in r.tags)
        chosen: dict[str, tuple[RuleSpec, ...]] = {}
        for engine in ENGINES:
            if engine not in engines:
                chosen[engine] = ()
                continue
            if names is not None:  # in the order asked
                found = list(dict.fromkeys(rule for name in names for rule in self._engines[engine]
                                           if name == rule.id or name in rule.act_ids))
            elif wanted_tags is not None:
                found = [rule for rule in self._engines[engine] if rule in self._defaults[engine]
                         or (engine == "axe" and getattr(rule, "enabled", True) and (
                             "experimental" not in rule.tags or "experimental" in wanted_tags))
                         or bool(OPT_IN_TAGS & set(rule.tags) & set(wanted_tags))]
            else:
                found = list(self._defaults[engine])
            if wanted_tags is not None:
                found = [rule for rule in found if set(wanted_tags) & set(rule.tags)]
            chosen[engine] = tuple(r for r in found if r.id not in dropped
                                   and not set(r.act_ids) & set(dropped))
        static = tuple(rule for rule in chosen["static"] if isinstance(rule, Rule))
        return Selection(static=static, browser=chosen["browser"], axe=chosen["axe"])

    def _require(self, name: str, rules: list[RuleSpec], kind: str, match: object) -> None:
        if not any(match(rule) for rule in rules):  # type: ignore[operator]
            known = {rule.id for rule in rules} if kind == "rule" else {
                tag for rule in rules for tag in rule.tags}
            raise UnknownRuleError(unknown(kind, name, known))

    def _here(self, name: str, pool: list[RuleSpec], kind: str, match: object) -> None:
        if not any(match(rule) for rule in pool):  # type: ignore[operator]
            where = sorted({r.engine for r in self if match(r)},  # type: ignore[operator]
                           key=ENGINES.index)
            raise UnknownRuleError(
                f"{kind} {name!r} belongs to {' and '.join(ENGINE_NAMES[e] for e in where)} "
                "(run in a browser): check with --browser, or broadsheet.browser")


def unknown(kind: str, name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return f"unknown {kind} {name!r}{hint}"


_DEFAULT: Catalog | None = None


#: Level tags of the criteria a tool checks by default (A and AA, every WCAG 2 version).
_DEFAULT_LEVELS = frozenset({"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"})


def _opt_in_level(rule: Rule) -> bool:
    """Whether a static rule judges only criteria of level AAA or 4.1.1 (obsolete), so runs
    when asked for, as in axe-core; Broadsheet's own rules (``broadsheet``) always run."""
    tags = set(rule.tags)
    return bool(tags & OPT_IN_TAGS) and not tags & _DEFAULT_LEVELS and "broadsheet" not in tags


def default_catalog() -> Catalog:
    """Every engine's rules: the static registry's (entry points included), the browser
    checks and audit problems, and axe-core's."""
    global _DEFAULT
    from broadsheet.checks.registry import default_registry

    registry = default_registry()
    if _DEFAULT is None or _DEFAULT.rules("static") != tuple(registry):
        from broadsheet.browser.axe_rules import axe_rules, runs_by_default
        from broadsheet.browser.rules import AUDIT_RULES, CHECK_RULES

        axe = axe_rules()
        checks = tuple(rule() for rule in CHECK_RULES)
        _DEFAULT = Catalog(
            {"static": tuple(registry), "browser": (*checks, *(r() for r in AUDIT_RULES)),
             "axe": axe},
            defaults={"static": tuple(r for r in registry if not r.judgement
                                      and not _opt_in_level(r)),
                      "browser": tuple(r for r in checks if not OPT_IN_TAGS & set(r.tags)),
                      "axe": tuple(r for r in axe if runs_by_default(r))})
    return _DEFAULT
