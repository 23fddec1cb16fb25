"""The ``qa`` block: an explainer's questions, each a heading with its answer below it, so a
screen reader's list of headings is the list of questions.

No ``FAQPage`` JSON-LD: the page is a ``NewsArticle``, and schema.org's ``FAQPage`` is for a
page that is itself a list of questions a site answers about itself, not a news explainer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypedDict

from broadsheet.blocks.base import Block, BlockSpec, JsonSchema, build_all
from broadsheet.policy.sanitise import inline_to_text, plain
from broadsheet.render.view_types import Block as BlockView
from broadsheet.render.view_types import Html

if TYPE_CHECKING:
    from broadsheet.render.views import PageBuilder

DEFINITIONS: dict[str, JsonSchema] = {
    "qa": {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "items"],
        "properties": {
            "type": {"const": "qa"},
            "title": {"$ref": "#/$defs/plain_text",
                      "description": "The heading over the questions."},
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/qa_item"},
                      "description": "The questions, each with its answer."},
        },
    },
    "qa_item": {
        "type": "object",
        "additionalProperties": False,
        "required": ["question", "answer"],
        "properties": {
            "question": {"$ref": "#/$defs/plain_text"},
            "answer": {"type": "array", "minItems": 1,
                       "items": {"$ref": "#/$defs/inline_html"},
                       "description": "The answer's paragraphs."},
        },
    },
}


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: tuple[str, ...]

    @classmethod
    def build(cls, data: Mapping[str, Any], pointer: str = "") -> Question:
        return cls(data["question"], tuple(data["answer"]))


@dataclass(frozen=True, slots=True)
class QA(Block):
    type: ClassVar[str] = "qa"
    items: tuple[Question, ...]
    title: str | None = None


class QuestionView(TypedDict):
    question: str
    id: Annotated[str, "id of the question's heading, for links to it"]
    answer: list[Html]


class QAView(BlockView):
    title: str | None
    id: str | None
    level: Annotated[int, "the title's heading level; questions are one below it (or at it "
                          "without a title)"]
    question_level: int
    items: list[QuestionView]


def build(data: Mapping[str, Any], pointer: str) -> QA:
    return QA(pointer, build_all(data["items"], Question.build, f"{pointer}/items"),
              data.get("title"))


def view(page: PageBuilder, block: QA) -> QAView:
    pointer = block.pointer
    repeated = page.heading_repeated(block.title, pointer)
    title = plain(block.title) if block.title and not repeated else None
    level = page.sub_level()
    return {
        "type": block.type, "pointer": pointer, "title": title,
        "id": page.ids.for_text("qa", title) if title else None,
        "level": level, "question_level": min(level + 1, 6) if title else level,
        "items": [{"question": plain(item.question), "id": page.ids.for_text("q", item.question),
                   "answer": [page.inline(text, f"{pointer}/items/{i}/answer/{j}")
                              for j, text in enumerate(item.answer)]}
                  for i, item in enumerate(block.items)],
    }


def words(block: QA) -> Iterable[str]:
    for item in block.items:
        yield plain(item.question)
        yield from (inline_to_text(text) for text in item.answer)


SPEC = BlockSpec(type="qa", model=QA, build=build, view=view, view_type=QAView,
                 template="blocks/qa.html", label="Questions and answers",
                 definitions=DEFINITIONS, words=words,
                 docs="Each question is a heading (one below the current section, or below "
                      "the block's title), so the headings list is the list of questions. "
                      "No `FAQPage` JSON-LD: a news explainer is a `NewsArticle`.")
