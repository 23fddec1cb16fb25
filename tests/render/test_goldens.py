"""Golden HTML beside each fixture; refresh with ``pytest --update-goldens``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ARTICLE_FILES, drift_hint, fixture_ids, rendered


def golden_path(article: Path) -> Path:
    return article.with_suffix(".golden.html")


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_output_matches_the_golden_file(path: Path, update_goldens: bool) -> None:
    html = rendered(path).html
    golden = golden_path(path)
    if update_goldens:
        golden.write_text(html, "utf-8")
    assert golden.exists(), f"no golden file: run pytest --update-goldens and review {golden}"
    assert html == golden.read_text("utf-8"), (
        f"{path.name} renders differently from {golden.name}; if the change is intended, "
        "run pytest --update-goldens and review the diff" + drift_hint())


def test_every_golden_file_has_a_fixture() -> None:
    goldens = sorted(Path(ARTICLE_FILES[0]).parent.glob("*.golden.html"))
    assert [g.name.removesuffix(".golden.html") for g in goldens] == [p.stem for p in ARTICLE_FILES]
