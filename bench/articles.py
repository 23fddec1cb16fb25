"""Articles for benchmarks: the seed, and the seed grown to any number of blocks."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "fixtures" / "articles" / "rferl-lukashenka-cnn-interview.json"


def seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SEED_PATH.read_text("utf-8"))
    return data


def grown(blocks: int) -> dict[str, Any]:
    """The seed with ``blocks`` body blocks: the seed's own body repeated, a heading every 20."""
    data = seed()
    body = data["body"]
    grown_body: list[dict[str, Any]] = []
    while len(grown_body) < blocks:
        if len(grown_body) % 20 == 0:
            grown_body.append({"type": "heading", "level": 2,
                               "text": f"Part {len(grown_body) // 20 + 1}"})
        else:
            grown_body.append(copy.deepcopy(body[len(grown_body) % len(body)]))
    data["body"] = grown_body[:blocks]
    return data
