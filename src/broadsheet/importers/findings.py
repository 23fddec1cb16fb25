"""Findings about a source's accessibility, each naming its place in that source."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import html as lxml_html

from broadsheet.findings import Finding, Impact, Outcome, Source

#: Rule ids for what only an import can say (the others are the checker's own rule ids).
DROPPED = "import-dropped"
ASSUMED = "import-assumed"


def css_path(element: lxml_html.HtmlElement) -> str:
    """A CSS selector for ``element``: from the nearest ancestor with an id, else the root,
    each step ``tag:nth-of-type(n)``."""
    steps: list[str] = []
    node: lxml_html.HtmlElement | None = element
    while node is not None and isinstance(node.tag, str):
        ident = node.get("id")
        if ident and ident.replace("-", "").replace("_", "").isalnum():
            steps.append(f"{node.tag}#{ident}")
            break
        parent = node.getparent()
        if parent is None:
            steps.append(node.tag)
            break
        same = [child for child in parent if child.tag == node.tag]
        steps.append(node.tag if len(same) == 1 else
                     f"{node.tag}:nth-of-type({same.index(node) + 1})")
        node = parent
    return " > ".join(reversed(steps))


def _snippet(element: lxml_html.HtmlElement) -> str:
    attributes = "".join(f' {name}="{value}"' for name, value in element.attrib.items())
    return f"<{element.tag}{attributes}>"[:200]


@dataclass
class SourceFindings:
    """Collects findings; ``pointer`` names the field holding the HTML (JSON sources)."""

    pointer: str | None = None
    items: list[Finding] = field(default_factory=list)
    #: Whether element line numbers are the source's (not for HTML rendered from Markdown).
    lines: bool = True

    def at(self, element: lxml_html.HtmlElement | None, rule: str, message: str, *,
           impact: Impact | None = Impact.SERIOUS, outcome: Outcome = Outcome.FAILED,
           pointer: str | None = None) -> None:
        """Record a finding about ``element`` (an HTML element) or the field at ``pointer``."""
        self.items.append(Finding(
            rule=rule, outcome=outcome, message=message, impact=impact, source=Source.IMPORT,
            target=css_path(element) if element is not None else None,
            snippet=_snippet(element) if element is not None else None,
            line=element.sourceline if element is not None and self.lines else None,
            pointer=pointer if pointer is not None else self.pointer))

    def review(self, element: lxml_html.HtmlElement | None, rule: str, message: str, *,
               pointer: str | None = None) -> None:
        """Record something a person should look at (not a failure of the source)."""
        self.at(element, rule, message, impact=None, outcome=Outcome.CANT_TELL, pointer=pointer)


def place(finding: Finding) -> str:
    """Where a finding is: ``pointer``, ``line N``, the selector, joined."""
    parts = [finding.pointer or "", f"line {finding.line}" if finding.line else "",
             finding.target or ""]
    return " ".join(part for part in parts if part) or "/"
