"""Parsing stays linear on pages with thousands of siblings (html5lib's lxml builder is not)."""

from __future__ import annotations

import time
from collections.abc import Callable

from broadsheet.checks import check
from broadsheet.checks.parse import Document, parse
from broadsheet.checks.report import Report


def test_text_between_many_siblings_is_kept_in_order() -> None:
    html = "<!DOCTYPE html><div>" + "".join(f"<p>{i}</p> t{i} " for i in range(300)) + "</div>"
    div = parse(html).by_tag["div"][0]
    assert len(div) == 300
    assert [p.tail for p in div][:3] == [" t0 ", " t1 ", " t2 "]
    assert div.text is None


def test_leading_text_goes_to_the_element_text() -> None:
    div = parse("<!DOCTYPE html><div>lead <b>x</b></div>").by_tag["div"][0]
    assert div.text == "lead "


def test_every_element_carries_the_line_of_its_start_tag() -> None:
    html = "<!DOCTYPE html>\n<html lang=en>\n<body>\n<p>one</p>\n\n<p>two <img src=a.png\n alt=x></p>\n"
    doc = parse(html)
    assert [p.sourceline for p in doc.by_tag["p"]] == [4, 6]
    assert doc.by_tag["img"][0].sourceline == 7, "the line where the start tag ends"
    assert doc.by_tag["body"][0].sourceline == 3
    assert doc.by_tag["html"][0].sourceline == 2


#: Quadratic guards: linear work takes a few seconds here; quadratic work takes many minutes
#: (a 1.35 MB inline script took 59 CPU-seconds before text pieces were joined once).
GUARD_SECONDS = 120


def _cpu(func: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    result = func()
    return time.process_time() - start, result


def test_a_2_mb_inline_script_is_parsed_and_checked_in_linear_time() -> None:
    script = "if (a < b && c-- > 0) { d = '<p>' + e; }  // long line of code, 64\n" * 32768
    html = f"<!DOCTYPE html><html lang=en><title>t</title><script>{script}</script><p>after"
    seconds, doc = _cpu(lambda: parse(html))
    assert isinstance(doc, Document)
    assert doc.by_tag["script"][0].text == script
    assert doc.by_tag["p"][0].text == "after"
    assert doc.by_tag["p"][0].sourceline == script.count("\n") + 1
    checked, report = _cpu(lambda: check(html))
    assert seconds < GUARD_SECONDS
    assert checked < GUARD_SECONDS
    assert isinstance(report, Report)
    assert report.results


def test_a_page_of_100_000_siblings_is_parsed_and_checked_in_linear_time() -> None:
    html = "<!DOCTYPE html><html lang=en><title>t</title><ul>" + "".join(
        f"<li>{i}</li> " for i in range(100_000)) + "</ul>"
    seconds, doc = _cpu(lambda: parse(html))
    assert isinstance(doc, Document)
    items = doc.by_tag["li"]
    assert [li.text for li in items[::25_000]] == ["0", "25000", "50000", "75000"]
    assert len(items) == 100_000
    assert all(li.tail == " " for li in items)
    checked, report = _cpu(lambda: check(html))
    assert seconds < GUARD_SECONDS
    assert checked < GUARD_SECONDS
    assert isinstance(report, Report)
    assert report.results
