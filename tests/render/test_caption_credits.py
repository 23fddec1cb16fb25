"""Credits typed into captions in their own formats ("… (Фото: X)", "… Фото/X",
"… (الصورة: X)") are shown in the page's one credit format on the credit line (the second
blind review of issue 17: the Russian page showed three formats)."""

from __future__ import annotations

import pytest

from tests.helpers import ARTICLES, rendered_tree, text_of


@pytest.mark.parametrize(("stem", "label", "typed"), [
    ("ru-flood-gallery", "Фото: ", ("Фото:", "Фото/")),
    ("en-storm-breaking-corrections", "Photo: ", ("Photo:",)),
    ("ar-local-elections-rtl", "تصوير: ", ("الصورة:",)),
])
def test_every_credit_is_in_the_pages_one_format(stem: str, label: str,
                                                 typed: tuple[str, ...]) -> None:
    tree = rendered_tree(ARTICLES / f"{stem}.json")
    credits = [text_of(c) for c in tree.xpath("//*[contains(@class, 'figure__credit')]")]
    captions = [text_of(c) for c in tree.xpath("//*[contains(@class, 'figure__caption')]")]
    assert len(credits) >= 2, credits
    assert all(c.startswith(label) and not c[len(label):].startswith(typed) for c in credits), \
        credits
    assert not [c for c in captions if any(form in c for form in typed)], captions
