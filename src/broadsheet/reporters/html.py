"""One self-contained, accessible HTML page: a summary by impact, then one section per failing
rule (most severe, then most frequent, first) with its count, impact, help, a link to the
rule's documentation and a table of the elements (page, line, selector, snippet, message).
What the rules left to a person (``cant_tell``) follows by rule, then pages that could
not be checked, waivers and fixed baseline entries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from broadsheet.checks.report import Report
from broadsheet.checks.rule import RuleSpec
from broadsheet.findings import Finding, Outcome
from broadsheet.reporters.common import SEVERITY, RunInfo, totals, versions

#: Elements listed per rule; the rest are counted (the JSON report has them all).
MAX_ROWS = 500

_STYLE = """
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#4a4a4a;--line:#767676;
--link:#0645ad;--crit:#a4000f;--ser:#8a3b00;--mod:#5c4a00;--min:#00546b}
@media (prefers-color-scheme:dark){:root{--fg:#f2f2f2;--bg:#121212;--muted:#c8c8c8;
--line:#8f8f8f;--link:#9ec5ff;--crit:#ff9e9e;--ser:#ffc08a;--mod:#f0dc7a;--min:#8fe3ff}}
body{font:1rem/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0}
main,header,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:var(--link)}
.skip-link{position:absolute;left:1rem;top:-3rem;padding:.5rem 1rem;background:var(--bg);
color:var(--link);font-size:1rem}
.skip-link:focus{top:1rem}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--link);outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
code{font-size:.9rem;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
.impact{font-weight:700;text-transform:uppercase;font-size:.875rem}
.critical{color:var(--crit)}.serious{color:var(--ser)}.moderate{color:var(--mod)}
.minor{color:var(--min)}
.muted{color:var(--muted)}
"""


@dataclass
class _Group:
    rule: RuleSpec
    rows: list[tuple[str, Finding]] = field(default_factory=list)
    pages: set[str] = field(default_factory=set)


def _anchor(rule_id: str) -> str:
    return "rule-" + re.sub(r"[^a-z0-9-]+", "-", rule_id.lower())


def _groups(reports: Sequence[Report], outcome: Outcome) -> list[_Group]:
    """Findings of ``outcome`` by rule: most severe, then most frequent, first."""
    groups: dict[str, _Group] = {}
    for report in reports:
        page = report.source or "<input>"
        for result in report.results:
            for finding in result.nodes(outcome):
                group = groups.setdefault(result.rule.id, _Group(result.rule))
                group.rows.append((page, finding))
                group.pages.add(page)
    return sorted(groups.values(), key=lambda g: (
        SEVERITY.index(g.rule.impact) if g.rule.impact in SEVERITY else 9, -len(g.rows),
        g.rule.id))


def render(reports: Sequence[Report], info: RunInfo | None = None) -> str:
    info = info or RunInfo()
    ordered = _groups(reports, Outcome.FAILED)
    to_review = _groups(reports, Outcome.CANT_TELL)
    sums = totals(reports, info)
    count = sum(sums.by_impact.values())
    title = (f"Accessibility report: {count} violation{'s' if count != 1 else ''} on "
             f"{sums.failing_pages} of {sums.pages} page{'s' if sums.pages != 1 else ''}")
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
           '<a class="skip-link" href="#main">Skip to the report</a>',
           "<header><p class=\"muted\">"
           + escape("; ".join(f"{k} {v}" for k, v in versions(reports).items()))
           + "</p></header>", '<main id="main" tabindex="-1">', f"<h1>{escape(title)}</h1>"]
    out += _summary(sums.to_dict(), info, ordered)
    for group in ordered:
        out += _rule_section(group, info)
    if to_review:
        out += ['<section aria-labelledby="review">', '<h2 id="review">To review by hand</h2>',
                "<p>What the rules could not decide: each row says what a person must "
                "check.</p>"]
        for group in to_review:
            out += _rule_section(group, info, review=True)
        out.append("</section>")
    out += _extras(reports, info)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _summary(data: dict[str, object], info: RunInfo, ordered: list[_Group]) -> list[str]:
    violations = data["violations"]
    assert isinstance(violations, dict)
    rows = "".join(f'<tr><td><span class="impact {name}">{name}</span></td>'
                   f"<td>{violations[name]}</td></tr>" for name in map(str, SEVERITY))
    out = ['<section aria-labelledby="summary">', '<h2 id="summary">Summary</h2>',
           "<table><caption>Violations by impact</caption>",
           '<thead><tr><th scope="col">Impact</th><th scope="col">Elements</th></tr></thead>',
           f"<tbody>{rows}</tbody></table>",
           f"<p>{data['review']} element(s) to review by hand; {data['waived']} waived in the "
           f"markup; {data['unchecked']} page(s) could not be checked. The run fails on "
           f"<strong>{info.fail_on}</strong> impact and above"
           f"{' for violations not in the baseline' if info.comparison else ''}: "
           f"<strong>{data['blocking']}</strong> do.</p>"]
    if info.comparison is not None:
        base = data["baseline"]
        assert isinstance(base, dict)
        out.append(f"<p>Baseline: {base['new']} new, {base['unchanged']} known, "
                   f"{base['fixed']} fixed.</p>")
    if ordered:
        out.append('<nav aria-labelledby="rules-heading"><h2 id="rules-heading">Rules that '
                   "failed</h2><ul>")
        out += [f'<li><a href="#{_anchor(g.rule.id)}">{escape(g.rule.id)}</a>: '
                f"{len(g.rows)} element(s) on {len(g.pages)} page(s), {g.rule.impact}</li>"
                for g in ordered]
        out.append("</ul></nav>")
    out.append("</section>")
    return out


def _rule_section(group: _Group, info: RunInfo, *, review: bool = False) -> list[str]:
    """A rule's failures (``h2``), or with ``review`` what it left to a person (``h3``)."""
    rule = group.rule
    anchor = ("review-" if review else "") + _anchor(rule.id)
    impact = str(rule.impact)
    baseline = info.comparison is not None and not review
    level = "h3" if review else "h2"
    out = [f'<section aria-labelledby="{anchor}">',
           f'<{level} id="{anchor}">{escape(rule.id)}{", to review" if review else ""}: '
           f"{escape(rule.help)}</{level}>",
           f'<p><span class="impact {impact}">{impact}</span> · {len(group.rows)} element(s) '
           f"on {len(group.pages)} page(s) · <a href=\"{escape(rule.help_url)}\">How to fix "
           f"{escape(rule.id)}</a></p>",
           f"<p>{escape(rule.description)}</p>",
           f'<div class="scroll" role="region" tabindex="0" aria-labelledby="{anchor}-table">',
           f'<table><caption id="{anchor}-table">Elements '
           f'{"to review for" if review else "failing"} {escape(rule.id)}</caption>'
           "<thead><tr>"
           '<th scope="col">Page</th><th scope="col">Line</th><th scope="col">Element</th>'
           f'<th scope="col">{"What to check" if review else "Why"}</th>'
           + ('<th scope="col">Baseline</th>' if baseline else "") + "</tr></thead><tbody>"]
    for page, finding in group.rows[:MAX_ROWS]:
        state = info.state(finding) or ""
        out.append(f"<tr><td>{escape(page)}</td><td>{finding.line or ''}</td>"
                   f"<td><code>{escape(finding.target or '')}</code><br>"
                   f"<code>{escape(finding.snippet or '')}</code></td>"
                   f"<td>{escape(finding.message)}</td>"
                   + (f"<td>{state}</td>" if baseline else "") + "</tr>")
    out.append("</tbody></table></div>")
    if len(group.rows) > MAX_ROWS:
        out.append(f"<p>… and {len(group.rows) - MAX_ROWS} more (see the JSON report).</p>")
    out.append("</section>")
    return out


def _extras(reports: Sequence[Report], info: RunInfo) -> list[str]:
    out: list[str] = []
    unchecked = [r for r in reports if r.error is not None]
    if unchecked:
        out += ['<section aria-labelledby="unchecked">',
                '<h2 id="unchecked">Pages that could not be checked</h2><ul>']
        out += [f"<li>{escape(r.error or '')}</li>" for r in unchecked]
        out += ["</ul></section>"]
    waived = [(r.source or "<input>", w) for r in reports for w in r.waived]
    if waived:
        out += ['<section aria-labelledby="waived">', '<h2 id="waived">Waived in the markup</h2>',
                "<ul>"]
        out += [f"<li>{escape(page)}: <code>{escape(w.finding.target or '')}</code> "
                f"waives {escape(w.finding.rule)}: {escape(w.reason)}</li>" for page, w in waived]
        out += ["</ul></section>"]
    if info.comparison is not None and info.comparison.fixed:
        out += ['<section aria-labelledby="fixed">', '<h2 id="fixed">Fixed since the baseline</h2>',
                "<ul>"]
        out += [f"<li>{escape(e.page)}: {escape(e.rule)} on <code>{escape(e.target)}</code>"
                + (f" ({e.count}×)" if e.count > 1 else "") + "</li>"
                for e in info.comparison.fixed]
        out += ["</ul></section>"]
    return out
