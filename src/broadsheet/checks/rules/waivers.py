"""The checker's own markup: waivers (``data-a11y-ignore``) must say which rule and why."""

from __future__ import annotations

from collections.abc import Iterable

from broadsheet.catalog import unknown
from broadsheet.checks.parse import Document, Element
from broadsheet.checks.rule import Rule, Verdict, failed, passed
from broadsheet.findings import Impact
from broadsheet.qa.scope import WAIVER_ATTRIBUTE, parse_waiver, waiving


class WaiverReason(Rule):
    """Checks that every ``data-a11y-ignore`` entry names a rule and gives a reason.

    ``data-a11y-ignore="image-alt: decorative spacer from the ad server"`` stops one rule
    judging that element and its descendants; the report lists the waiver and its reason.

    Why it matters: an exception nobody explained is one nobody can review or remove later;
    an entry without a reason waives nothing, so this rule says why the finding still shows;
    nor does one naming a rule no engine has (a typo: ``imag-alt``), which fails here with
    the ids it may have meant.

    How to fix: write ``RULE-ID: reason`` entries separated by ``;``, e.g.
    ``data-a11y-ignore="link-name: icon link replaced in the 2027 redesign"``.
    """

    id = "waiver-reason"
    help = "Give every data-a11y-ignore waiver a rule id and a reason"
    description = "Each entry of a data-a11y-ignore attribute has the form 'rule-id: reason'."
    impact = Impact.MODERATE
    tags = ("best-practice", "broadsheet")

    def applicable(self, doc: Document) -> Iterable[Element]:
        return waiving(doc)

    def evaluate(self, element: Element, doc: Document) -> Verdict:
        entries = parse_waiver(element.get(WAIVER_ATTRIBUTE) or "")
        if not entries:
            return failed(f"{WAIVER_ATTRIBUTE} is empty: name a rule and give a reason")
        bad = [entry.text for entry in entries if not entry.rule or not entry.reason]
        if bad:
            return failed("waiver without a rule id and reason (waives nothing): "
                          + "; ".join(repr(text) for text in bad))
        names = _rule_names()
        strays = [unknown("rule", e.rule or "", names) for e in entries
                  if e.rule not in names]
        if strays:
            return failed("waiver of a rule no engine has (waives nothing): "
                          + "; ".join(strays))
        return passed("waives " + ", ".join(f"{e.rule} ({e.reason})" for e in entries))


def _rule_names() -> frozenset[str]:
    """Every rule id and ACT id a waiver may name, in every engine."""
    from broadsheet.catalog import default_catalog

    return frozenset(name for rule in default_catalog()
                     for name in (rule.id, *getattr(rule, "act_ids", ())))


RULES = (WaiverReason,)
