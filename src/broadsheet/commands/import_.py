"""``broadsheet import``: newsroom content (pages, CMS bodies, WordPress posts, Arc ANS
stories, Markdown) to article JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from broadsheet.commands.exit_status import EXIT_INPUT, EXIT_OK
from broadsheet.errors import BroadsheetError
from broadsheet.importers import KINDS, ImportResult, ImportSourceError, import_article
from broadsheet.importers.findings import place
from broadsheet.output import atomic_write
from broadsheet.schema import read_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import article pages, CMS bodies, WordPress posts, Arc ANS or Markdown as "
             "article JSON",
        description="Turn newsroom content into Broadsheet article JSON. The source's "
        "accessibility problems are printed as findings naming their place in the source; "
        "nothing is written unless every source imports, and each file is written atomically.",
        epilog="Exit status: 0 imported, 2 usage errors or a source that cannot be read or "
               "holds no article (a home page, a login page).",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE", type=Path,
                        help="files: an HTML page or fragment, a WordPress REST API post or "
                             "an ANS story (JSON), Markdown with front matter")
    parser.add_argument("--from", dest="kind", choices=KINDS,
                        help="the kind of every source (default: detected from each)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE", type=Path,
                        help="write the article JSON here (one source only); default: "
                             "standard output")
    target.add_argument("--out-dir", metavar="DIR", type=Path,
                        help="write <id>.json for each source into DIR (created if missing)")
    parser.add_argument("--base-url", metavar="URL",
                        help="the URL the sources were published at, for relative links "
                             "and the site's address")
    parser.add_argument("--language", metavar="TAG",
                        help="the language of sources that do not say (BCP 47, e.g. en-GB)")
    parser.add_argument("--meta", metavar="FILE", type=Path,
                        help="JSON object of article fields that fill or override what the "
                             "sources say (e.g. site, published, authors)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="do not print findings about the sources")
    parser.set_defaults(run=run)


def _dump(article: dict[str, Any]) -> str:
    return json.dumps(article, ensure_ascii=False, indent=2) + "\n"


def run(args: argparse.Namespace) -> int:
    if len(args.sources) > 1 and args.out_dir is None and args.output is None:
        print("broadsheet import: several sources need --out-dir", file=sys.stderr)
        return EXIT_INPUT
    if len(args.sources) > 1 and args.output is not None:
        print("broadsheet import: -o takes one source; use --out-dir", file=sys.stderr)
        return EXIT_INPUT
    metadata = None
    if args.meta is not None:
        try:
            metadata = read_json(args.meta)
        except BroadsheetError as error:
            print(f"broadsheet import: --meta {error}", file=sys.stderr)
            return EXIT_INPUT
        if not isinstance(metadata, dict):
            print(f"broadsheet import: --meta {args.meta}: not a JSON object", file=sys.stderr)
            return EXIT_INPUT
    results: list[tuple[Path, ImportResult]] = []
    failed = False
    for source in args.sources:
        try:
            result = import_article(source, kind=args.kind, base_url=args.base_url,
                                    metadata=metadata, language=args.language)
        except ImportSourceError as error:
            print(f"broadsheet import: {error}", file=sys.stderr)
            failed = True
            continue
        if not args.quiet:
            for finding in result.findings:
                print(finding.report_line(str(source), place(finding)), file=sys.stderr)
        results.append((source, result))
    if failed:
        return EXIT_INPUT
    return _write(args, results)


def _write(args: argparse.Namespace, results: list[tuple[Path, ImportResult]]) -> int:
    try:
        if args.out_dir is not None:
            names: dict[str, Path] = {}
            for source, result in results:
                name = f"{result.article['id']}.json"
                if name in names:
                    print(f"broadsheet import: {source}: id {result.article['id']!r} is also "
                          f"{names[name]}'s", file=sys.stderr)
                    return EXIT_INPUT
                names[name] = source
            args.out_dir.mkdir(parents=True, exist_ok=True)
            for _source, result in results:
                atomic_write(args.out_dir / f"{result.article['id']}.json",
                             _dump(result.article))
        elif args.output is not None:
            atomic_write(args.output, _dump(results[0][1].article))
        else:
            sys.stdout.write(_dump(results[0][1].article))
    except (BroadsheetError, OSError) as error:
        print(f"broadsheet import: {error}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK
