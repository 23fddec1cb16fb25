"""``broadsheet check`` settings from ``[tool.broadsheet.check]`` in ``pyproject.toml`` or
``[check]`` in ``broadsheet.toml``, found upward from the working folder (or named with
``--config``). Command-line flags override the file; unknown keys are errors naming the key
and the file. Paths in the file are relative to the file's folder.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from broadsheet.checks.errors import InputError
from broadsheet.findings import Impact
from broadsheet.reporters import FORMATS

#: Impacts from least to most severe; ``fail-on`` names the least severe that fails a run.
IMPACT_ORDER = (Impact.MINOR, Impact.MODERATE, Impact.SERIOUS, Impact.CRITICAL)


@dataclass(frozen=True)
class CheckConfig:
    """The settings of a check run; ``None`` means "not set" (the default applies)."""

    rules: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    tags: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    fail_on: Impact = Impact.MINOR
    format: str = "text"
    output: str | None = None
    baseline: str | None = None
    jobs: int = 1
    browser: bool = False
    timeout: float = 30.0
    include_passes: bool = False
    #: The file the settings came from (None: defaults only).
    source: str | None = field(default=None, compare=False)

    def fails(self, impact: Impact | None) -> bool:
        """Whether a violation of this impact fails the run."""
        rank = IMPACT_ORDER.index(impact) if impact in IMPACT_ORDER else len(IMPACT_ORDER)
        return rank >= IMPACT_ORDER.index(self.fail_on)


def _strings(key: str, value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = list(value.split(","))
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(f"{where}: {key} must be a list of strings")
    return tuple(item.strip() for item in value if item.strip())


def _choice(choices: tuple[str, ...]) -> Callable[[str, Any, str], str]:
    def read(key: str, value: Any, where: str) -> str:
        if value not in choices:
            raise InputError(f"{where}: {key} = {value!r}; choose from {', '.join(choices)}")
        return str(value)
    return read


def _impact(key: str, value: Any, where: str) -> Impact:
    return Impact(_choice(tuple(str(i) for i in IMPACT_ORDER))(key, value, where))


def _string(key: str, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: {key} must be a non-empty string")
    return value


def _jobs(key: str, value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 256:
        raise InputError(f"{where}: {key} must be a whole number from 1 to 256")
    return value


def _bool(key: str, value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(f"{where}: {key} must be true or false")
    return value


def _seconds(key: str, value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise InputError(f"{where}: {key} must be more than 0 and at most 3600 seconds")
    return float(value)


#: Key in the file -> (field, reader).
KEYS: dict[str, tuple[str, Callable[[str, Any, str], Any]]] = {
    "rules": ("rules", _strings), "disable": ("disable", _strings), "tags": ("tags", _strings),
    "exclude": ("exclude", _strings), "fail-on": ("fail_on", _impact),
    "format": ("format", _choice(FORMATS)), "output": ("output", _string),
    "baseline": ("baseline", _string), "jobs": ("jobs", _jobs), "browser": ("browser", _bool),
    "timeout": ("timeout", _seconds), "include-passes": ("include_passes", _bool),
}
_PATH_KEYS = {"output", "baseline"}


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest ``broadsheet.toml``, or ``pyproject.toml`` with ``[tool.broadsheet.check]``,
    in ``start`` (the working folder) or a folder above it."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "broadsheet.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and _table(project) is not None:
            return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        raise InputError(f"{path}: no such configuration file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: not valid TOML ({error})") from None


def _table(path: Path) -> dict[str, Any] | None:
    data = _read(path)
    if path.name == "pyproject.toml":
        found = data.get("tool", {}).get("broadsheet", {}).get("check")
    else:
        unknown = sorted(set(data) - {"check"})
        if unknown:
            raise InputError(f"{path}: unknown table or key {unknown[0]!r} "
                             "(settings go under [check])")
        found = data.get("check", {})
    if found is not None and not isinstance(found, dict):
        raise InputError(f"{path}: the check settings must be a table")
    return found


def load_config(path: str | os.PathLike[str] | None = None, *,
                start: str | os.PathLike[str] | None = None) -> CheckConfig:
    """Settings from ``path``, else from the file :func:`find_config` finds, else defaults."""
    file = Path(path) if path is not None else find_config(start)
    if file is None:
        return CheckConfig()
    table = _table(file)
    if table is None:
        raise InputError(f"{file}: no [tool.broadsheet.check] table")
    name = "[tool.broadsheet.check]" if file.name == "pyproject.toml" else "[check]"
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise InputError(f"{file}: unknown key {key!r} in {name} (known: {known})")
        attribute, reader = KEYS[key]
        value = reader(key, value, f"{file}: {name}")
        if key in _PATH_KEYS:
            value = os.path.normpath(file.parent / value)
        values[attribute] = value
    return CheckConfig(**values, source=str(file))


def merge(config: CheckConfig, **cli: Any) -> CheckConfig:
    """The config with command-line values laid over it (``None`` leaves the file's value;
    ``disable`` and ``exclude`` from the command line are added to the file's)."""
    names = {f.name for f in fields(CheckConfig)}
    changes: dict[str, Any] = {}
    for name, value in cli.items():
        if name not in names:
            raise TypeError(f"no setting {name!r}")
        if value is None:
            continue
        if name in {"disable", "exclude"}:
            value = (*getattr(config, name), *value)
        elif name in {"rules", "tags"}:
            value = tuple(value)
        changes[name] = value
    return CheckConfig(**{**{f.name: getattr(config, f.name) for f in fields(config)},
                          **changes})
