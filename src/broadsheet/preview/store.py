"""A fixture's gallery entry on disk (``entry.json`` beside its page), with the content hash
it was built from, so the next ``broadsheet preview`` reuses what has not changed."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from broadsheet.findings import Finding, Impact, Outcome, Source
from broadsheet.preview.announce import Announcement
from broadsheet.preview.files import write_text
from broadsheet.preview.model import ContrastPair, Entry, Screenshot, View
from broadsheet.preview.outline import OutlineItem, Player
from broadsheet.preview.where import Place

FILE = "entry.json"
FORMAT = "broadsheet.gallery-entry/7"


def save(folder: Path, key: str, entry: Entry) -> None:
    data = asdict(entry)
    data.pop("differences")  # compared anew on every build: baselines change by approval
    data["highlights"] = {str(k): v for k, v in entry.highlights.items()}
    data["places"] = {str(k): asdict(v) for k, v in entry.places.items()}
    write_text(folder / FILE, json.dumps({"format": FORMAT, "key": key, "entry": data},
                                           ensure_ascii=False))


def load(folder: Path, key: str) -> Entry | None:
    """The stored entry when it was built from ``key`` and its files are all there; else
    None (anything unexpected in the file counts as not stored: it is rebuilt)."""
    try:
        stored = json.loads((folder / FILE).read_text("utf-8"))
        if stored.get("format") != FORMAT or stored.get("key") != key:
            return None
        entry = _entry(stored["entry"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    files = [shot.path for shot in entry.screenshots] + [
        path for view in entry.views for path in (view.path, *view.others.values())]
    files += [*entry.highlights.values(),
              *(name for name in (entry.thumbnail, entry.thumbnail_dark, entry.thumbnail_phone,
                             entry.thumbnail_phone_dark) if name)]
    if not all((folder / name).is_file() for name in files):
        return None
    return entry


def _finding(data: dict[str, Any]) -> Finding:
    return Finding(**{**data, "outcome": Outcome(data["outcome"]),
                      "impact": Impact(data["impact"]) if data.get("impact") else None,
                      "source": Source(data["source"])})


def _entry(data: dict[str, Any]) -> Entry:
    return Entry(**{
        **data,
        "findings": [_finding(item) for item in data["findings"]],
        "landmarks": [OutlineItem(**item) for item in data["landmarks"]],
        "headings": [OutlineItem(**item) for item in data["headings"]],
        "screenshots": [Screenshot(**item) for item in data["screenshots"]],
        "views": [View(**item) for item in data["views"]],
        "contrast": [ContrastPair(**item) for item in data["contrast"]],
        "highlights": {int(k): str(v) for k, v in data["highlights"].items()},
        "places": {int(k): Place(**v) for k, v in data["places"].items()},
        "reports": [tuple(item) for item in data["reports"]],
        "focus_order": [Announcement(**item) for item in data["focus_order"]],
        "players": [Player(**item) for item in data["players"]],
    })
