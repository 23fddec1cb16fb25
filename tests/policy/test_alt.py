"""The alt text policy of DESIGN.md, branch by branch."""

from __future__ import annotations

import pytest

from broadsheet.policy.alt import (
    MAX_DERIVED_LENGTH,
    AltSource,
    cut_at_word,
    decide_alt,
    strip_credits,
    unusable_reason,
)


def decide(alt: str | None = None, caption: str | None = None, credit: str | None = None,
           decorative: bool = False):
    return decide_alt(alt=alt, caption=caption, credit=credit, decorative=decorative)


def test_decorative_images_get_empty_alt_whatever_the_alt_says() -> None:
    decision = decide(alt="A red line", decorative=True)
    assert (decision.alt, decision.source) == ("", AltSource.DECORATIVE)


def test_usable_alt_is_kept_with_whitespace_collapsed() -> None:
    decision = decide(alt="  Rescuers   carry a\nwoman from the rubble ", caption="Kharkiv, Monday")
    assert decision.alt == "Rescuers carry a woman from the rubble"
    assert decision.source is AltSource.AUTHOR
    assert not decision.caption_repeats_alt


@pytest.mark.parametrize("placeholder", [
    "16x9 Image", "image", "Photo", "IMAGE 1", "thumbnail", "placeholder", "1200x630", "1200 × 630",
    "фото", "Изображение", "фотография", "Фота", "зображення", "صورة", "عکس", "تصویر",
])
def test_placeholders_in_several_languages_are_not_usable(placeholder: str) -> None:
    assert unusable_reason(placeholder) == "a placeholder" or unusable_reason(placeholder) == "a size"
    assert decide(alt=placeholder).source is AltSource.MISSING


@pytest.mark.parametrize(("alt", "reason"), [
    ("IMG_2041.jpg", "a file name"),
    ("lukashenka-minsk-sept-28.JPEG", "a file name"),
    ("DSC00123", "a file name"),
    ("https://cdn.example/img/a.jpg", "a URL"),
    ("//cdn.example/a.png", "a URL"),
    ("...", "punctuation only"),
    (" — ", "punctuation only"),
    ("", "empty"),
])
def test_file_names_urls_and_punctuation_are_not_usable(alt: str, reason: str) -> None:
    assert unusable_reason(alt) == reason


def test_alt_equal_to_the_credit_is_not_usable() -> None:
    assert unusable_reason("Reuters / Vasily Fedosenko", credit="REUTERS/Vasily Fedosenko") == (
        "the credit")
    decision = decide(alt="AP", credit="AP", caption="Protesters on Independence Avenue.")
    assert decision.source is AltSource.CAPTION
    assert decision.rejected == "the credit"


def test_real_descriptions_mentioning_photos_stay_usable() -> None:
    assert unusable_reason("A photo of the burning parliament building") is None
    assert unusable_reason("Фото сожжённого здания парламента") is None


def test_alt_is_derived_from_the_first_sentence_of_the_caption_without_credits() -> None:
    decision = decide(caption="Rescuers search the rubble in Kharkiv on Monday. "
                              "The strike killed three people. (Photo: Reuters)")
    assert decision.alt == "Rescuers search the rubble in Kharkiv on Monday."
    assert decision.source is AltSource.CAPTION
    assert not decision.caption_repeats_alt


@pytest.mark.parametrize(("caption", "credit", "expected"), [
    ("Protesters in Minsk. AP Photo/Jane Doe", None, "Protesters in Minsk."),
    ("Protesters in Minsk (REUTERS/Vasily Fedosenko)", None, "Protesters in Minsk"),
    ("Спасатели на месте обрушения. Фото: ТАСС", None, "Спасатели на месте обрушения."),
    ("A flooded street in Odesa. Photo by Olena Kovalenko", None, "A flooded street in Odesa."),
    ("Voters queue in Tunis. Jane Roe/Agency X", "Jane Roe/Agency X", "Voters queue in Tunis."),
    ("Police detain a man © Getty Images", None, "Police detain a man"),
])
def test_credit_and_agency_phrases_are_removed(caption: str, credit: str | None,
                                               expected: str) -> None:
    assert decide(caption=caption, credit=credit).alt == expected
    assert "Reuters" not in strip_credits("A man (Reuters)")


def test_derived_alt_is_cut_at_a_word_boundary() -> None:
    caption = "Crowds " + "gather and march along the avenue " * 10 + "at night"
    alt = decide(caption=caption).alt
    assert len(alt) <= MAX_DERIVED_LENGTH
    assert alt.endswith("…")
    stem = alt[:-1]
    assert caption.startswith(stem)
    assert caption[len(stem)] == " ", "cut falls between words"
    assert cut_at_word("short") == "short"


def test_inline_markup_in_captions_does_not_reach_the_alt() -> None:
    decision = decide(caption="<em>Lukashenka</em> in Minsk &amp; Moscow<script>x()</script>")
    assert decision.alt == "Lukashenka in Minsk & Moscow"


def test_placeholder_alt_falls_back_to_the_caption() -> None:
    decision = decide(alt="16x9 Image", caption="The RFE/RL newsroom in Prague.")
    assert decision.alt == "The RFE/RL newsroom in Prague."
    assert decision.source is AltSource.CAPTION
    assert decision.rejected == "a placeholder"


@pytest.mark.parametrize("alt", [
    "Alyaksandr Lukashenka speaking in Minsk on September 28.",
    "alyaksandr lukashenka speaking in minsk on september 28",
])
def test_alt_matching_the_caption_marks_the_caption_as_repeated(alt: str) -> None:
    decision = decide(alt=alt, caption="Alyaksandr Lukashenka speaking in Minsk on September 28.")
    assert decision.caption_repeats_alt
    assert decision.source is AltSource.AUTHOR


def test_no_usable_alt_and_no_caption_is_missing_never_invented() -> None:
    decision = decide(alt="IMG_2041.jpg")
    assert (decision.alt, decision.source, decision.rejected) == ("", AltSource.MISSING,
                                                                  "a file name")
    assert decide().source is AltSource.MISSING
    assert decide(caption="(Photo: Reuters)").source is AltSource.MISSING


@pytest.mark.parametrize(("alt", "reason"), [
    ("0W", "a placeholder"), ("1200w", "a placeholder"), ("16/9", "a placeholder"),
    ("Bild", "a placeholder"), ("imagen 3", "a placeholder"),
    ("screenshot-2041.png", "a file name"), ("www.example.com/a", "a URL"),
    ("example.org/photos/1", "a URL"),
])
def test_render_and_the_checker_share_one_vocabulary(alt: str, reason: str) -> None:
    """One policy decides for both: an alt render would refuse is one the checker flags."""
    from broadsheet.checks import check

    assert unusable_reason(alt) == reason
    page = (f'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>'
            f'<h1>t</h1><img src="a.png" alt="{alt}"></main></body></html>')
    flagged = {f.rule for f in check(page, rules=["alt-placeholder", "alt-file-name"])
               .violations}
    assert flagged == {"alt-placeholder" if reason == "a placeholder" else "alt-file-name"}


@pytest.mark.parametrize(("alt", "phrase"), [
    ("Image of a dog on a beach", "Image of"),
    ("photo of the mayor", "photo of"),
    ("Фото: мэр города на митинге", "Фото:"),
    ("A photo of the mayor", "A photo of"),
    ("Mayor with a photo of her father", None),
])
def test_author_alt_is_used_as_given_and_a_leading_image_of_noted(alt: str,
                                                                  phrase: str | None) -> None:
    decision = decide(alt=alt)
    assert (decision.alt, decision.source, decision.redundant_phrase) == (
        alt, AltSource.AUTHOR, phrase)


def test_alt_derived_from_a_caption_leaves_out_photo_of() -> None:
    decision = decide(caption="Photo of crowds in Minsk on Sunday. AP")
    assert (decision.alt, decision.source) == ("Crowds in Minsk on Sunday.", AltSource.CAPTION)


def test_alt_that_is_only_the_phrase_falls_back_to_the_caption() -> None:
    decision = decide(alt="Photo of", caption="Photo of crowds in Minsk. AP")
    assert decision.source is AltSource.CAPTION
    assert decision.alt == "Crowds in Minsk."
    assert decision.rejected == "only the phrase 'Photo of'"


def test_the_sites_name_is_no_alt_for_a_picture() -> None:
    """Round 49's review: a gallery picture whose alt was "Example News" (the site's name,
    as content systems fill it in) went through: it is rejected like a placeholder and the
    alt comes from the caption, which is then read once."""
    decision = decide_alt(alt="Example  news", caption="Rain on the grass outside the pavilion.",
                          credit=None, decorative=False, site="Example News")
    assert decision.alt == "Rain on the grass outside the pavilion."
    assert decision.rejected == "the site's name"
    assert decision.caption_repeats_alt
    kept = decide_alt(alt="Example News readers at the festival", caption=None, credit=None,
                      decorative=False, site="Example News")
    assert kept.alt == "Example News readers at the festival"
