"""Ids are unique, deterministic and readable in any script."""

from __future__ import annotations

from broadsheet.policy.ids import IdRegistry, slug


def test_repeated_bases_are_numbered_in_order() -> None:
    ids = IdRegistry(reserved=("main",))
    made = [ids.make("related") for _ in range(4)]
    assert made == ["related", "related-2", "related-3", "related-4"]
    assert ids.make("main") == "main-2"


def test_a_base_that_looks_numbered_does_not_collide() -> None:
    ids = IdRegistry()
    assert [ids.make("a-2"), ids.make("a"), ids.make("a"), ids.make("a")] == [
        "a-2", "a", "a-3", "a-4"]


def test_slugs_keep_letters_of_any_script() -> None:
    assert slug("Crisis In Belarus!") == "crisis-in-belarus"
    assert slug("Кризис в Беларуси") == "кризис-в-беларуси"
    assert slug("!!!") == "section"
