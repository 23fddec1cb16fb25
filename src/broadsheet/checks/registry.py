"""Every rule, listed once: built-ins plus third-party rules from the ``broadsheet.rules``
entry-point group (each entry point names a :class:`Rule` subclass, an instance, or an
iterable of either)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from importlib import metadata

from broadsheet.checks.errors import UnknownRuleError
from broadsheet.checks.rule import Rule

ENTRY_POINT_GROUP = "broadsheet.rules"


class Registry:
    """Rules by id, in registration order; ids are unique."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def register(self, rule: Rule | type[Rule]) -> Rule:
        """Add a rule (class or instance); a duplicate id is an error."""
        instance = rule() if isinstance(rule, type) else rule
        if not isinstance(instance, Rule):
            raise TypeError(f"{rule!r} is not a broadsheet Rule")
        if instance.id in self._rules:
            raise ValueError(f"rule id {instance.id!r} is already registered")
        self._rules[instance.id] = instance
        return instance

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def get(self, rule_id: str) -> Rule:
        try:
            return self._rules[rule_id]
        except KeyError:
            from broadsheet.catalog import unknown

            raise UnknownRuleError(unknown("rule", rule_id, self._rules)) from None

    def select(self, rules: Iterable[str] | None = None,
               tags: Iterable[str] | None = None) -> list[Rule]:
        """Rules named by id (or ACT id), narrowed to those with any of ``tags``."""
        from broadsheet.catalog import Catalog

        return list(Catalog({"static": list(self)}).select(rules, tags).static)


def _load_builtins(registry: Registry) -> None:
    from broadsheet.checks import rules as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for rule in getattr(module, "RULES", ()):
            registry.register(rule)


def _load_entry_points(registry: Registry) -> None:
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        loaded = entry.load()
        items = loaded if isinstance(loaded, Iterable) and not isinstance(loaded, type) \
            else [loaded]
        for item in items:
            registry.register(item)


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """The process-wide registry: built-in rules, then entry-point rules."""
    global _DEFAULT
    if _DEFAULT is None:
        registry = Registry()
        _load_builtins(registry)
        _load_entry_points(registry)
        _DEFAULT = registry
    return _DEFAULT


def reset_default_registry() -> None:
    """Forget the cached registry (tests installing entry points use this)."""
    global _DEFAULT
    _DEFAULT = None
