"""The dateline's "Updated" time links to the update note that says what changed (round
46's review: the note stood in the rail beside the second paragraph, nothing tied it to the
time it explains); each update note has its own id, the link goes to the last one."""

from __future__ import annotations

import copy
from typing import Any

import broadsheet
from tests.helpers import ARTICLES, load_json, parse_html, text_of

STORM = load_json(ARTICLES / "en-storm-breaking-corrections.json")
ENERGY = load_json(ARTICLES / "uk-energy-data-table.json")


def tree_of(data: dict[str, Any]) -> Any:
    return parse_html(broadsheet.render(data).html)


def dateline_links(tree: Any) -> list[tuple[str, str]]:
    return [(a.get("href"), text_of(a)) for a in
            tree.xpath("//*[contains(@class, 'article-header__updated')]//a")]


def test_the_updated_time_links_to_the_update_note() -> None:
    tree = tree_of(STORM)
    assert dateline_links(tree) == [("#update", "What changed")]
    note = tree.xpath("//*[@id='update']")
    assert len(note) == 1
    assert note[0].get("class") == "note note--update"
    assert "updated at 07:35 GMT" in text_of(note[0])


def test_the_link_is_in_the_page_s_language() -> None:
    notes = [b for b in ENERGY["body"] if b.get("type") == "note"]
    data = copy.deepcopy(ENERGY)
    if not any(n["kind"] == "update" for n in notes):
        data["body"].insert(1, {"type": "note", "kind": "update", "text": "Оновлено о 10:00."})
    data.setdefault("updated", "2024-02-01T10:00:00Z")
    links = dateline_links(tree_of(data))
    assert [text for _, text in links] == ["Що змінилося"]


def test_several_update_notes_each_have_an_id_and_the_link_goes_to_the_last() -> None:
    data = copy.deepcopy(STORM)
    data["body"].append({"type": "note", "kind": "update", "text": "Updated again at 09:00."})
    tree = tree_of(data)
    ids = tree.xpath("//*[contains(@class, 'note--update')]/@id")
    assert ids == ["update", "update-2"]
    assert dateline_links(tree) == [("#update-2", "What changed")]


def test_no_update_note_no_link_and_no_id_on_other_notes() -> None:
    data = copy.deepcopy(STORM)
    data["body"] = [b for b in data["body"] if not (b.get("type") == "note"
                                                    and b["kind"] == "update")]
    tree = tree_of(data)
    assert dateline_links(tree) == []
    assert tree.xpath("//*[contains(@class, 'note')][@id='update']") == []
    assert tree.xpath("//*[contains(@class, 'note--editor')]/@id") == []


def test_an_update_note_without_an_updated_time_is_not_linked_from_nowhere() -> None:
    data = copy.deepcopy(STORM)
    del data["updated"]
    tree = tree_of(data)
    assert tree.xpath("//*[contains(@class, 'article-header__updated')]") == []
    assert tree.xpath("//*[@id='update']")  # the note keeps its id for other links
