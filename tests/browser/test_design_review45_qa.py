"""Round 45's blind review of the pages: the Persian Q&A (its questions are ``h4`` under
the block's own ``h3`` title) left each question ~32 px from its answer, the browser's own
``h4`` margins, about as far as from the answer before it, so answers floated between
questions; the English one (``h3`` questions) sat each question tight on its answer. And
the block's title was set as large as its questions. Measured in Chromium."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.fixture_pages import fixture_page

#: The Q&A's children in order: tag, class, top and bottom, font size and family.
QA = """() => [...document.querySelectorAll('.qa > *')].map((e) => {
  const r = e.getBoundingClientRect(), style = getComputedStyle(e);
  return {question: e.classList.contains('qa__question'), title: e.classList.contains('qa__title'),
          top: r.top + scrollY, bottom: r.bottom + scrollY, size: parseFloat(style.fontSize),
          family: style.fontFamily}; })"""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("stem", ["fa-explainer-water-shortage", "en-longread-river-crossing"])
def test_a_question_sits_on_its_answer_apart_from_the_answer_before(auditor: Any, stem: str,
                                                                     width: int) -> None:
    """Each question is at most 12 px above its answer and at least twice that below the
    answer before it, whatever the question's heading level."""
    with fixture_page(auditor, stem, width=width) as page:
        items = page.evaluate(QA)
    questions = [i for i, item in enumerate(items) if item["question"]]
    assert len(questions) >= 2, items
    for index in questions:
        answer = items[index + 1]
        assert answer["top"] - items[index]["bottom"] <= 12, (index, items)
        if index > 0 and not items[index - 1]["title"]:
            before = items[index]["top"] - items[index - 1]["bottom"]
            assert before >= 2 * (answer["top"] - items[index]["bottom"]), (index, items)
            assert before >= 20, (index, items)


@pytest.mark.parametrize("width", [375, 1280])
def test_the_qa_title_is_set_apart_from_its_questions(auditor: Any, width: int) -> None:
    """The Q&A's title is a smaller sans label over its serif questions (they were one
    size: 24 px)."""
    with fixture_page(auditor, "fa-explainer-water-shortage", width=width) as page:
        items = page.evaluate(QA)
    [title] = [item for item in items if item["title"]]
    questions = [item for item in items if item["question"]]
    assert all(title["size"] <= 0.9 * q["size"] for q in questions), items
    assert title["family"] != questions[0]["family"], items
