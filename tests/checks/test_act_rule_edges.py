"""Edge cases written from the ACT rule texts and the specifications they cite (HTML, HTML-AAM,
accname 1.2, WAI-ARIA 1.2), beyond the W3C development cases: whitespace, letter case,
nesting, and ARIA overriding HTML. Each page is our own; the expected outcome follows from
the cited text, named beside each case.
"""

from __future__ import annotations

import pytest

from broadsheet.checks import check
from broadsheet.findings import Outcome


def outcome(rule: str, body: str, head: str = "", html: str = "<html lang='en'>") -> str:
    page = (f"<!DOCTYPE html>{html}<head><title>Page</title>{head}</head>"
            f"<body>{body}</body></html>")
    return str(check(page, rules=[rule]).outcome_of(rule))


P, F, N = str(Outcome.PASSED), str(Outcome.FAILED), str(Outcome.INAPPLICABLE)

CASES = [
    # image-alt: alt of spaces is not alt="" (HTML-AAM maps only alt="" to presentation), and
    # accname trims it to an empty name.
    ("image-alt", "<img src='a.png' alt='   '>", F),
    # a global ARIA attribute cancels role=presentation (WAI-ARIA 1.2 §7.2 conflict resolution)
    ("image-alt", "<img src='a.png' role='presentation' aria-label='Harbour'>", P),
    # 23a2a8 applies to every img not programmatically hidden; alt="" passes (semantic none)
    ("image-alt", "<img src='a.png' alt='' aria-hidden='false'>", P),
    ("image-alt", "<div aria-hidden='TRUE'><img src='a.png'></div>", N),  # tokens ignore case
    # link-name: an aria-label of spaces is ignored (accname 2C: not whitespace-only)
    ("link-name", "<a href='/x' aria-label='   '>Results</a>", P),
    ("link-name", "<a href='/x'><img src='a.png' alt=''></a>", F),
    ("link-name", "<a href='/x' aria-labelledby='missing'>Results</a>", P),  # no such id
    ("link-name", "<a href='/x' role='button'>Go</a>", N),  # ARIA overrides the link role
    ("link-name", "<a>No href</a>", N),  # HTML-AAM: a without href is generic
    # button-name: submit and reset inputs have a default name (HTML-AAM)
    ("button-name", "<input type='submit'>", P),
    ("button-name", "<input type='button'>", F),
    ("button-name", "<button aria-label=''>  </button>", F),
    ("button-name", "<div role='button' tabindex='0'><span>Send</span></div>", P),
    # focusable elements keep their role despite role=none (WAI-ARIA 1.2 §7.2)
    ("button-name", "<button role='none'></button>", F),
    # aria-hidden-focus: tokens are ASCII case-insensitive; a negative tabindex removes from
    # sequential focus
    ("aria-hidden-focus", "<div aria-hidden='TRUE'><a href='/'>Home</a></div>", F),
    ("aria-hidden-focus", "<div aria-hidden='true'><a href='/' tabindex='-1'>Home</a></div>", P),
    ("aria-hidden-focus", "<div aria-hidden='true'><button disabled>Go</button></div>", P),
    # meta-viewport: keys and values are case-insensitive, separated by commas or semicolons
    ("meta-viewport", "", F, "<meta name='viewport' content='width=device-width, "
     "user-scalable=NO'>"),
    ("meta-viewport", "", F, "<meta name='viewport' content='maximum-scale=1.5'>"),
    ("meta-viewport", "", P, "<meta name='viewport' content='maximum-scale=2.0'>"),
    # ACT b4f0c3 applies only when maximum-scale or user-scalable is present
    ("meta-viewport", "", N, "<meta name='viewport' content='width=device-width'>"),
    ("meta-viewport", "", P, "<meta name='ViewPort' content='user-scalable=yes'>"),
    # meta-refresh: HTML's refresh parsing; 0 delay is allowed, over 20 hours too
    ("meta-refresh", "", P, "<meta http-equiv='Refresh' content='  0 ; url=/next'>"),
    ("meta-refresh", "", F, "<meta http-equiv='refresh' content='5'>"),
    ("meta-refresh", "", P, "<meta http-equiv='refresh' content='72001; url=/next'>"),
    # duplicate-id: ids are case-sensitive (HTML)
    ("duplicate-id", "<p id='a'>x</p><p id='A'>y</p>", P),
    ("duplicate-id", "<p id='a'>x</p><p id='a'>y</p>", F),
    # frame-title: a title of spaces gives no name
    ("frame-title", "<iframe src='/m' title='   '></iframe>", F),
    ("frame-title", "<iframe src='/m' aria-label='Map'></iframe>", P),
    # summary-name: an empty summary has no name
    ("summary-name", "<details><summary></summary><p>More</p></details>", F),
    ("summary-name", "<details><summary> Notes </summary><p>More</p></details>", P),
    # autocomplete-valid: tokens are ASCII case-insensitive and whitespace-separated (HTML
    # autofill); the order section-*, shipping/billing, home/work..., field name is fixed
    ("autocomplete-valid", "<input autocomplete='  EMAIL '>", P),
    ("autocomplete-valid", "<input autocomplete='section-a shipping email'>", P),
    ("autocomplete-valid", "<input autocomplete='email work'>", F),
    ("autocomplete-valid", "<input autocomplete='work email'>", P),
    # nested-interactive: a link inside a button
    ("nested-interactive", "<button><a href='/'>Home</a></button>", F),
    ("nested-interactive", "<button><span>Home</span></button>", P),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}:{c[1][:40] or c[3][:40]}")
def test_edge(case: tuple[str, ...]) -> None:
    rule, body, expected, *head = case
    assert outcome(rule, body, head[0] if head else "") == expected
