"""The alt text policy (DESIGN.md): keep usable alt, derive it from the caption, never invent it.

1. ``decorative`` → ``alt=""`` and no caption.
2. A usable ``alt`` is used as given, whitespace collapsed.
3. Otherwise alt is derived from the caption: credits and agency phrases removed, the
   first sentence, at most :data:`MAX_DERIVED_LENGTH` characters cut at a word boundary.
4. When alt and caption say the same, the caption text is hidden from assistive
   technology so it is announced once (the image's alt carries it).
5. No usable alt and no caption → an error finding; the image gets ``alt=""``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from broadsheet.i18n.vocabulary import every, vocabularies
from broadsheet.policy.sanitise import inline_to_text

MAX_DERIVED_LENGTH = 150

#: Words that say "there is an image here" and nothing more, in every language's vocabulary
#: (``i18n/locale/<lang>/vocabulary.toml``): one list for render and the checker.
PLACEHOLDER_WORDS = frozenset(word.casefold() for word in every("placeholder_words"))


def _alternatives(items: Iterable[str]) -> str:
    """A regular expression matching any of ``items`` literally, longest first."""
    return "|".join(re.escape(item) for item in sorted(set(items), key=len, reverse=True))


#: A size or ratio ("16x9", "1600×900", "4:3", "800px", "1200w").
_SIZE = re.compile(r"^\d+\s*[x×:/]\s*\d+$|^\d+(px|p|k|w|h)?$", re.IGNORECASE)
#: An image file name anywhere in a short text, or a camera's name for a picture.
_FILE_NAME = re.compile(
    r"\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|jfif)\b|"
    r"^(img|dsc|dscn|dcim|pxl|photo|image|screenshot)[-_]?\d+", re.IGNORECASE)
#: A URL: with a scheme and no spaces, protocol-relative, www., or a host and a path.
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|www\.)\S*$|^(https?:)?//|^www\.|"
                  r"^[\w.-]+\.(com|org|net|ru|by|ua)/", re.IGNORECASE)

# Credit and agency phrases removed from captions before they become alt text: credit words
# and labels come from the languages' vocabularies; agency names and the copyright sign are
# the same in every language.
_AGENCIES = (
    r"AP|AFP|Reuters|REUTERS|Getty(?: Images)?|EPA(?:-EFE)?|Shutterstock|TASS|ТАСС|RIA Novosti|"
    r"РИА Новости|Sputnik|Xinhua|ANSA|DPA|dpa|Anadolu|PA(?: Media| Wire)?|Bloomberg|"
    r"Alamy|NurPhoto|SOPA Images|Pool|Handout"
)


def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    patterns = [
        r"\s*[\(\[]\s*(?:" + _alternatives(every("credit_words")) + r")\b[^\)\]]*[\)\]]",
        r"\s*[\(\[][^\)\]]*\b(?:" + _AGENCIES + r")\b[^\)\]]*[\)\]]",
        r"\s*(?:(?<=\s)|^)(?:" + _AGENCIES + r")\s*(?:Photo)?\s*/\s*[^.,;]*",
    ]
    patterns += [r"\s*\b(?:" + _alternatives(language.credit_byline_words) + r")\s*(?:"
                 + _alternatives(language.credit_byline_joiners) + r")\s*[^.;]*"
                 for language in vocabularies().values() if language.credit_byline_words]
    patterns += [r"\s*(?:" + _alternatives(every("credit_labels")) + r")\s*[^.;]*$",
                 r"\s*(?:©|\(c\)|copyright)\s*[^.;]*"]
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


_CREDIT_PATTERNS = _credit_patterns()
_EMPTY_BRACKETS = re.compile(r"[\(\[][\s,;:/|–—-]*[\)\]]")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…؟。])\s+(?=\S)")


class AltSource(StrEnum):
    """Where a rendered alt came from."""

    DECORATIVE = "decorative"
    AUTHOR = "author"
    CAPTION = "caption"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class AltDecision:
    """The alt text to render and how the caption is exposed."""

    alt: str
    source: AltSource
    #: The caption says what the alt says: hide its text from assistive technology.
    caption_repeats_alt: bool = False
    #: The author's alt was rejected as unusable (why, for the render finding).
    rejected: str | None = None
    #: The author's alt begins with "image of" or the like (for the render finding).
    redundant_phrase: str | None = None
    #: The caption's text as a reader meets it (credit included).
    caption_text: str = ""


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _comparable(text: str) -> str:
    """Case-, punctuation- and whitespace-insensitive form for comparing texts."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_ALPHANUMERIC.sub(" ", folded).split())


#: Longer alt cannot be paused or skimmed; detail belongs in the caption.
MAX_ALT_LENGTH = 250

def _redundant_phrase_pattern() -> re.Pattern[str]:
    """Phrases a screen reader makes redundant by announcing "image" itself: each language's
    phrases (after an optional article), then labels before a colon or dash ("фото:")."""
    parts = []
    for language in vocabularies().values():
        if language.redundant_phrases:
            article = f"(?:(?:{_alternatives(language.articles)}) )?" if language.articles else ""
            parts.append(f"^{article}(?:{_alternatives(language.redundant_phrases)})\\b")
    if labels := every("redundant_labels"):
        parts.append(f"^(?:{_alternatives(labels)})\\s*[:—-]")
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


REDUNDANT_PHRASE = _redundant_phrase_pattern()


def redundant_phrase(alt: str) -> str | None:
    """The leading "image of", "фото:" … of ``alt``, or None."""
    match = REDUNDANT_PHRASE.search(_collapse(alt))
    return match.group(0) if match else None


def without_redundant_phrase(alt: str) -> str:
    """``alt`` without its leading redundant phrase ("Image of a dog" -> "A dog")."""
    text = _collapse(alt)
    phrase = redundant_phrase(text)
    if phrase is None:
        return text
    rest = text[len(phrase):].lstrip(" :—–-,")
    return rest[:1].upper() + rest[1:] if phrase[:1].isupper() else rest


def same_text(a: str, b: str) -> bool:
    """Whether two texts read the same (case, punctuation and spacing aside)."""
    return _comparable(a) == _comparable(b)


def says(text: str, words: str) -> bool:
    """Whether ``text`` says ``words``, as whole words, case, punctuation and spacing aside."""
    named, shown = _comparable(words), _comparable(text)
    return bool(named) and f" {named} " in f" {shown} "


def names_credit(caption_text: str, credit: str) -> bool:
    """Whether the caption already names the credit ("… (Photo: Reuters)" with credit
    "Reuters")."""
    return says(caption_text, credit)


def repeats_caption(alt: str, caption_text: str) -> bool:
    """Whether a screen reader would hear ``alt`` again in the caption: the same text, or a
    sentence of 20 characters or more found inside it (case, punctuation and spacing aside)."""
    said, shown = _comparable(alt), _comparable(caption_text)
    return bool(said and shown) and (said == shown or (len(said) >= 20 and said in shown))


def placeholder_reason(alt: str) -> str | None:
    """"punctuation only", "a placeholder" (``16x9 Image``, ``фото``) or "a size", else None."""
    words = _comparable(alt).split()
    if not words:
        return "punctuation only" if alt.strip() else None
    if all(word in PLACEHOLDER_WORDS or _SIZE.match(word) or word.isdigit() for word in words):
        return "a placeholder"
    if _SIZE.match(_collapse(alt).replace(" ", "")):
        return "a size"
    return None


def file_name_reason(alt: str) -> str | None:
    """"a URL" or "a file name" (``IMG_2041.jpg``, ``www.example.com/a``), else None."""
    text = _collapse(alt)
    if _URL.search(text):
        return "a URL"
    if _FILE_NAME.search(text) and len(text.split()) <= 3:
        return "a file name"
    return None


def unusable_reason(alt: str, *, credit: str | None = None, site: str | None = None
                    ) -> str | None:
    """Why ``alt`` is not usable alternative text, or ``None`` when it is. ``site``: the
    site's name, which content systems put in the alt of every picture they are given none
    for (a picture that is not the site's logo says nothing by it)."""
    text = _collapse(alt)
    if not text:
        return "empty"
    if not _comparable(text):
        return "punctuation only"
    reason = placeholder_reason(text) or file_name_reason(text)
    if reason:
        return reason
    if credit and same_text(credit, text):
        return "the credit"
    if site and same_text(site, text):
        return "the site's name"
    return None


def logo_alt_problem(site_name: str) -> str | None:
    """What keeps the site's name from serving as its logo's alt text, or None."""
    if reason := unusable_reason(site_name):
        return reason
    if phrase := redundant_phrase(site_name):
        return f"begins with {phrase!r}, which screen readers already say"
    if len(_collapse(site_name)) > MAX_ALT_LENGTH:
        return f"longer than {MAX_ALT_LENGTH} characters"
    return None


def strip_credits(caption: str, credit: str | None = None) -> str:
    """Caption text with the credit and agency phrases removed."""
    text = caption
    for pattern in _CREDIT_PATTERNS:
        text = pattern.sub("", text)
    if credit:
        text = re.sub(re.escape(credit.strip()), " ", text, flags=re.IGNORECASE)
    text = _EMPTY_BRACKETS.sub(" ", text)
    return _collapse(text).strip(" ,;:–—-/|")


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (the whole text when it has one)."""
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def cut_at_word(text: str, limit: int = MAX_DERIVED_LENGTH) -> str:
    """``text`` shortened to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def derive_from_caption(caption_text: str, credit: str | None = None) -> str:
    """Alt text derived from a caption's text (policy step 3); empty when nothing is left."""
    return cut_at_word(first_sentence(strip_credits(caption_text, credit)))


def decide_alt(
    *, alt: str | None, caption: str | None, credit: str | None, decorative: bool,
    site: str | None = None,
) -> AltDecision:
    """Apply the alt text policy to one image's fields (``caption`` is inline HTML;
    ``site``: the site's name, no alt for a picture that is not its logo)."""
    if decorative:
        return AltDecision("", AltSource.DECORATIVE)
    read = inline_to_text(caption) if caption else ""
    caption_text = strip_credits(read, credit) if read else ""
    rejected = None
    if alt is not None:
        kept = _collapse(alt)
        rejected = unusable_reason(kept, credit=credit, site=site)
        if rejected is None and not without_redundant_phrase(kept):
            rejected = f"only the phrase {redundant_phrase(kept)!r}"
        if rejected is None:  # used as given, "image of" included: only its author may edit it
            repeats = bool(caption_text) and same_text(kept, caption_text)
            return AltDecision(kept, AltSource.AUTHOR, caption_repeats_alt=repeats,
                               redundant_phrase=redundant_phrase(kept), caption_text=read)
    # Alt derived from a caption leaves out "Photo of", as it leaves out the credit.
    derived = without_redundant_phrase(derive_from_caption(caption_text)) if caption_text \
        else ""
    if derived and unusable_reason(derived, credit=credit) is None:
        repeats = same_text(derived, caption_text)
        return AltDecision(derived, AltSource.CAPTION, caption_repeats_alt=repeats,
                           rejected=rejected, caption_text=read)
    return AltDecision("", AltSource.MISSING, rejected=rejected, caption_text=read)
