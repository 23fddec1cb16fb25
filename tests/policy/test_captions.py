"""How a caption is exposed beside the alt: each sentence heard once, no link ever hidden."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from broadsheet.policy.alt import decide_alt, names_credit
from broadsheet.policy.captions import Overlap, expose_caption
from broadsheet.policy.sanitise import sanitise_inline


def exposed(caption: str, alt: str | None = None, credit: str | None = None):
    decision = decide_alt(alt=alt, caption=caption, credit=credit, decorative=False)
    return expose_caption(decision, sanitise_inline(caption), credit)


@pytest.mark.parametrize(("caption", "alt", "overlap", "rendered_alt", "hidden"), [
    ("Sandbags along the river", None, Overlap.SAME, "Sandbags along the river", True),
    ('<a href="/r">Sandbags along the river</a>', None, Overlap.SAME_WITH_LINK, "", False),
    ("Sandbags along the river. Water rose overnight.", None, Overlap.FIRST_SENTENCE,
     "Sandbags along the river.", False),
    ("<em>Sandbags</em> along the river. Water rose overnight.", None, Overlap.INSIDE, "",
     False),
    ("Water rose overnight. Sandbags along the river bank.", "Sandbags along the river bank",
     Overlap.INSIDE, "Sandbags along the river bank", False),
    ("Water rose overnight.", "Sandbags along the river", Overlap.NONE,
     "Sandbags along the river", False),
])
def test_overlaps(caption: str, alt: str | None, overlap: Overlap, rendered_alt: str,
                  hidden: bool) -> None:
    shown = exposed(caption, alt)
    assert (shown.overlap, shown.alt, shown.hidden) == (overlap, rendered_alt, hidden)


def test_the_first_sentence_is_hidden_and_the_rest_kept() -> None:
    shown = exposed("Sandbags along the river (Photo: Reuters). Water &amp; mud rose 2 m.",
                    credit="Reuters")
    assert shown.overlap is Overlap.FIRST_SENTENCE
    assert shown.caption == Markup('<span aria-hidden="true">Sandbags along the river '
                                   '(Photo: Reuters).</span> Water &amp; mud rose 2 m.')


@pytest.mark.parametrize(("caption", "credit", "named"), [
    ("Members of the Gorsedd process to the stone circle (Photo: PA Media)", "PA Media", True),
    ("A fallen tree blocks a road in Dumfries. AP Photo/Jane Doe", "AP Photo/Jane Doe", True),
    ("مكتب اقتراع شبه خالٍ (الصورة: أسوشيتد برس)", "أسوشيتد برس", True),
    ("Reutersland's harbour at dawn", "Reuters", False),  # whole words only
    ("Visitors shelter from a downpour.", "Example News", False),
])
def test_a_caption_names_its_credit_in_whole_words(caption: str, credit: str,
                                                   named: bool) -> None:
    assert names_credit(caption, credit) is named
