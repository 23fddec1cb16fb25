"""Credits typed into captions in the captions' own formats (the fixtures' and real
newsrooms' forms), found so the page shows each in its one credit format."""

from __future__ import annotations

import pytest

from broadsheet.policy.credits import bare_credit, without_typed_credit


@pytest.mark.parametrize(("caption", "credit", "left"), [
    ("Талая вода бежит по камням, 8 апреля (Фото: Aitzol Berasategi)", "Aitzol Berasategi",
     "Талая вода бежит по камням, 8 апреля"),
    ("Сухая трава у разлившейся реки. Фото/Marco Cogoni", "Фото/Marco Cogoni",
     "Сухая трава у разлившейся реки."),
    ("Тучи над затопленным районом. Фото: Сергей Назаров", "Сергей Назаров",
     "Тучи над затопленным районом."),
    ("واجهة مبنى حديث في مدينة صفاقس (الصورة: سيغي ساغي)", "سيغي ساغي",
     "واجهة مبنى حديث في مدينة صفاقس"),
    ("Storm clouds over the coast road [photo: sergey nazarov].", "Sergey Nazarov",
     "Storm clouds over the coast road"),
    ("Leaves in a Dumfries park. Credit: Martin Klapetek", "Martin Klapetek",
     "Leaves in a Dumfries park."),
    ("Photo: Martin Klapetek", "Martin Klapetek", ""),
])
def test_a_credit_typed_at_the_end_of_a_caption_is_found(caption: str, credit: str,
                                                         left: str) -> None:
    assert without_typed_credit(caption, credit) == left


@pytest.mark.parametrize(("caption", "credit"), [
    ("Leaves (Photo: AP)", "Reuters"),                         # another name
    ("A photo by Martin Klapetek of leaves", "Martin Klapetek"),  # part of the sentence
    ("Leaves, Photo: Martin Klapetek", "Martin Klapetek"),     # not a sentence of its own
    ('Leaves <a href="https://x.example">Photo: Martin</a>', "Martin"),  # inside a link
    ("Martin Klapetek photographed the leaves", "Martin Klapetek"),
])
def test_a_caption_ending_otherwise_is_left_alone(caption: str, credit: str) -> None:
    assert without_typed_credit(caption, credit) is None


@pytest.mark.parametrize(("credit", "bare"), [
    ("Фото/Marco Cogoni", "Marco Cogoni"), ("Photo: Reuters", "Reuters"),
    ("Reuters/Alamy", "Reuters/Alamy"), ("AP Photo/Jane Roe", "AP Photo/Jane Roe"),
    ("Фото:", "Фото:"),
])
def test_a_label_typed_into_the_credit_is_dropped(credit: str, bare: str) -> None:
    assert bare_credit(credit) == bare
