"""Which language tags name a real language: CLDR first, then the IANA subtag registry."""

from __future__ import annotations

import pytest

from broadsheet.checks import check
from broadsheet.policy.language import is_known_language, registry_date


@pytest.mark.parametrize("tag", [
    "en", "FR", "pt-BR", "be-Latn", "zh-Hant-TW",  # CLDR
    "cmn", "yue-HK", "sgn", "ase", "aaa",  # registered ISO 639-3 languages CLDR lacks
    "qaa", "qtz-x-local",  # private use
    "isv", "ISV-Latn",  # Interslavic, registered 2024: langcodes' older registry copy lacked it
])
def test_registered_languages_are_known(tag: str) -> None:
    assert is_known_language(tag)


@pytest.mark.parametrize("tag", [
    "eng", "ara",  # ISO 639-2 forms of languages registered under two letters
    "em", "em-US", "xyz", "qz", "zz", "english", "#!", "", "e", "12",
])
def test_unregistered_tags_are_not(tag: str) -> None:
    assert not is_known_language(tag)


def test_the_registry_copy_is_current() -> None:
    """The registry in use is the 2024 one or later (the IANA file's ``File-Date``)."""
    assert registry_date() >= "2024-05-16"


def test_the_checker_accepts_every_registered_language() -> None:
    page = ("<!DOCTYPE html><html lang='cmn'><head><title>Page</title></head><body><main>"
            "<h1>標題</h1><p lang='sgn'>Signed</p><p lang='eng'>English</p></main></body></html>")
    report = check(page, rules=["html-lang-valid", "valid-lang"])
    failed = {(f.rule, f.snippet) for f in report.findings if f.outcome.value == "failed"}
    assert failed == {("valid-lang", "<p lang=\"eng\">English</p>")}


def test_the_shipped_registry_is_the_language_tags_packages() -> None:
    """The subtag list shipped is the ``language-tags`` package's registry, as
    ``python -m broadsheet.policy.language`` writes it (so a package update is noticed)."""
    from importlib import resources

    from broadsheet.policy import language

    shipped = resources.files("broadsheet.policy").joinpath(language.SUBTAGS_FILE)
    assert shipped.read_text(encoding="ascii") == language.registry_text()


def test_checking_a_page_loads_neither_registry_package_nor_cldr() -> None:
    """Judging ``lang`` reads the 40 KB list, not Babel's English locale (~4 MB) nor the
    ``language-tags`` registry (~9 MB) in a process that checks pages."""
    import subprocess
    import sys

    code = ("import sys\nfrom broadsheet.checks import check\n"
            "check('<!DOCTYPE html><html lang=\"en-US\"><title>t</title><p lang=cmn>x</p>')\n"
            "print('language_tags' in sys.modules, 'babel.localedata' in sys.modules "
            "and bool(sys.modules['babel.localedata']._cache))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def _registry_languages() -> set[str]:
    """Every ``Type: language`` subtag, read from the ``language-tags`` package's copy of
    the IANA registry (not from the shipped list nor its lookup)."""
    from language_tags import data

    subtags: dict[str, int] = data.get("language")
    return {subtag.lower() for subtag in subtags if ".." not in subtag}


def test_every_two_and_three_letter_code_gets_the_registrys_verdict() -> None:
    """Each of the 18,252 codes of two or three letters, in lower, upper and mixed case and
    with a region: known exactly when the registry lists it as a language, or it is a special
    code or private use (``qaa``..``qtz``)."""
    from itertools import product
    from string import ascii_lowercase

    registered = _registry_languages()
    assert len(registered) > 8000
    special = {"zh", "mul", "und", "zxx", "mis"}
    wrong = []
    for size in (2, 3):
        for letters in product(ascii_lowercase, repeat=size):
            code = "".join(letters)
            private = size == 3 and "qaa" <= code <= "qtz"
            expected = code in registered or code in special or private
            for tag in (code, code.upper(), code.title(), f"{code}-GB", f" {code} "):
                if is_known_language(tag) is not expected:
                    wrong.append(tag)
    assert wrong == []


@pytest.mark.parametrize("tag", [
    "a", "abcd", "engl", "e1", "1e", "é", "éé", "en_GB", "e-n", "-en", "+en", "e n", "_en",
    "a_b", "0x1", "zz9",
])
def test_malformed_primary_subtags_are_not_known(tag: str) -> None:
    assert not is_known_language(tag)


def test_the_checker_knows_no_primary_subtag_with_a_non_ascii_letter() -> None:
    """The Kelvin sign lower-cases to ``k``: the checker's tag syntax (ASCII letters and
    digits) refuses ``\u212aa`` before the registry is asked."""
    from broadsheet.checks.rules.page import is_known_language as checker_knows

    assert checker_knows("ka")
    assert not checker_knows("\u212aa")
