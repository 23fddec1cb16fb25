"""Write every generated page of the documentation, or check that none is stale.

    python docs/generate.py            # rewrite the pages that changed
    python docs/generate.py --check    # exit 1 naming each stale page (tests/docs runs this)

Each page comes from the program itself: the CLI reference from the parsers' ``--help``, the
article format from the schema, the render findings from their catalog, a page per rule of
every engine from its metadata and fixtures, axe-core's rules' metadata from node_modules,
and the ACT table from scoring the W3C development cases.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "checks")]  # the ACT scoring lives in tests/

from broadsheet.catalog import default_catalog  # noqa: E402
from broadsheet.output import atomic_write  # noqa: E402
from broadsheet.reference import article_format, cli, render_findings, rules  # noqa: E402
from broadsheet.render import context  # noqa: E402


def pages() -> dict[Path, Callable[[], str]]:
    """Every generated page: its path under the repository and what writes it."""
    from tests.docs import act_table

    found: dict[Path, Callable[[], str]] = {
        Path("docs/reference/cli.md"): cli.markdown,
        Path("docs/article-format.md"): article_format.markdown,
        Path("docs/reference/render-findings.md"): render_findings.markdown,
        Path("docs/reference/template-context.md"): context.markdown,
        Path("docs/explanation/act-table.md"): act_table.markdown,
    }
    found[Path("src/broadsheet/browser/axe-rules.json")] = axe_rules
    rule_pages = rules.pages(list(default_catalog()), ROOT / "fixtures" / "rules")
    for name, text in rule_pages.items():
        found[Path("docs/rules") / name] = (lambda text=text: text)  # type: ignore[misc]
    return found


def axe_rules() -> str:
    """axe-core's rule metadata, read from ``node_modules/axe-core`` by node."""
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is needed to read axe-core's rules (scripts/setup.sh installs it)")
    return subprocess.run([node, str(ROOT / "scripts" / "axe_rules.js"),
                           str(ROOT / "node_modules" / "axe-core" / "axe.js")],
                          check=True, capture_output=True, text=True).stdout


def stale(root: Path = ROOT) -> dict[Path, str]:
    """The pages whose file is missing or differs from what would be generated, with the text."""
    result = {}
    for path, make in pages().items():
        text = make()
        file = root / path
        if not file.is_file() or file.read_text(encoding="utf-8") != text:
            result[path] = text
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python docs/generate.py",
                                     description="Write or check the generated docs pages.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 naming each page that is stale or missing")
    args = parser.parse_args(argv)
    outdated = stale()
    if args.check:
        for path in outdated:
            print(f"stale: {path} (run python docs/generate.py)", file=sys.stderr)
        return 1 if outdated else 0
    for path, text in outdated.items():
        (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
        atomic_write(ROOT / path, text)
        print(f"wrote {path}")
    print(f"{len(outdated)} of {len(pages())} generated pages changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
