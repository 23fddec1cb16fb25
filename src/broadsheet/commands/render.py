"""``broadsheet render``: article JSON files to HTML pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from broadsheet.batch import render_many
from broadsheet.errors import ArticleError, BroadsheetError, RenderError
from broadsheet.output import atomic_write, write_all
from broadsheet.policy.urls import DEFAULT_EMBED_HOSTS
from broadsheet.render.csp import CspMode
from broadsheet.render.renderer import RenderResult, render
from broadsheet.schema import load_article

EXIT_RENDER_ERRORS = 1
EXIT_INPUT = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "render",
        help="render article JSON files as accessible HTML",
        description="Render article JSON files as accessible HTML pages. Nothing is written "
        "unless every article renders (see --keep-going); each file is written atomically.",
        epilog="Exit status: 0 rendered, 1 render errors under --strict, 2 usage or input errors.",
    )
    parser.add_argument("articles", nargs="+", metavar="ARTICLE.json", help="article files")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE", type=Path,
                        help="write the page here (one article only); default: standard output")
    target.add_argument("--out-dir", metavar="DIR", type=Path,
                        help="write <id>.html for each article into DIR (created if missing)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse articles with render errors (e.g. an image with no alt "
                             "text and no caption)")
    parser.add_argument("--fragment", action="store_true",
                        help="render only the <article> element, for your own page shell")
    parser.add_argument("--templates", metavar="DIR", action="append", type=Path,
                        help="folder of templates that override the built-ins by name "
                             "(repeatable; searched in order)")
    parser.add_argument("--csp", choices=("strict", "relaxed", "off"), default="strict",
                        help="the page's Content-Security-Policy: strict (default: no script "
                             "runs), relaxed (scripts and styles from the page's origin and "
                             "https, never inline) or off (your server sends its own)")
    parser.add_argument("--embed-host", metavar="HOST[/PATH]", action="append", default=[],
                        help="also allow embeds from this host, optionally only under a path "
                             "prefix (repeatable)")
    parser.add_argument("--no-default-embed-hosts", action="store_true",
                        help="allow embeds only from the --embed-host hosts, not the built-in "
                             "list of common embed providers")
    parser.add_argument("--keep-going", action="store_true",
                        help="write the articles that render even when others fail")
    parser.add_argument("-j", "--jobs", metavar="N", type=_positive_int,
                        help="render N articles at a time in worker processes (needs --out-dir; "
                             "0 means one per CPU)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="do not print render findings")
    parser.set_defaults(run=run)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args: argparse.Namespace) -> int:
    if len(args.articles) > 1 and args.out_dir is None:
        print("broadsheet render: several articles need --out-dir", file=sys.stderr)
        return EXIT_INPUT
    missing = [folder for folder in args.templates or () if not folder.is_dir()]
    if missing:
        for folder in missing:
            print(f"broadsheet render: {folder}: template folder does not exist", file=sys.stderr)
        return EXIT_INPUT
    csp = None if args.csp == "off" else args.csp
    embed_hosts = [*(() if args.no_default_embed_hosts else DEFAULT_EMBED_HOSTS),
                   *args.embed_host]
    if args.jobs is not None:
        if args.out_dir is None:
            print("broadsheet render: --jobs needs --out-dir", file=sys.stderr)
            return EXIT_INPUT
        return _run_parallel(args, csp, embed_hosts)
    results: dict[Path, RenderResult] = {}
    failures = 0
    strict_failures = 0
    for name in args.articles:
        try:
            article = load_article(name)
            result = render(article, strict=args.strict, fragment=args.fragment,
                            templates=args.templates, csp=csp, embed_hosts=embed_hosts)
        except ArticleError as error:
            failures += 1
            print("\n".join(error.lines()), file=sys.stderr)
            continue
        except RenderError as error:
            strict_failures += 1
            lines = [f.report_line(name) for f in error.findings] or [f"{name}: {error}"]
            print("\n".join(lines), file=sys.stderr)
            continue
        if not args.quiet:
            for finding in result.findings:
                print(finding.report_line(name), file=sys.stderr)
        destination = (args.out_dir / f"{article.id}.html") if args.out_dir else args.output
        key = destination if destination is not None else Path("-")
        if key in results:
            print(f"{name}: id {article.id!r} renders to {key} as another article does",
                  file=sys.stderr)
            failures += 1
            continue
        results[key] = result
    if (failures or strict_failures) and not args.keep_going:
        return EXIT_INPUT if failures else EXIT_RENDER_ERRORS
    try:
        if args.out_dir is not None:
            args.out_dir.mkdir(parents=True, exist_ok=True)
            write_all({path: result.html for path, result in results.items()})
        elif args.output is not None:
            for path, result in results.items():
                atomic_write(path, result.html)
        else:
            for result in results.values():
                sys.stdout.write(result.html)
    except (BroadsheetError, OSError) as error:
        print(f"broadsheet render: {error}", file=sys.stderr)
        return EXIT_INPUT
    if failures:
        return EXIT_INPUT
    return EXIT_RENDER_ERRORS if strict_failures else 0


def _run_parallel(args: argparse.Namespace, csp: CspMode | None,
                  embed_hosts: list[str]) -> int:
    """``--jobs``: workers render and write; on failure without ``--keep-going`` the pages
    this run created are removed again, so the batch lands whole or not at all."""
    existing = set(args.out_dir.glob("*.html")) if args.out_dir.is_dir() else set()
    try:
        batch = render_many(args.articles, out_dir=args.out_dir, jobs=args.jobs or None,
                            strict=args.strict, fragment=args.fragment, templates=args.templates,
                            csp=csp, embed_hosts=embed_hosts)
    except OSError as error:
        print(f"broadsheet render: {args.out_dir}: {error.strerror or error}", file=sys.stderr)
        return EXIT_INPUT
    seen: dict[str, str] = {}
    duplicates = []
    for item in batch.items:
        for line in item.errors:
            print(line, file=sys.stderr)
        if not args.quiet:
            for finding in item.findings:
                print(finding.report_line(item.source), file=sys.stderr)
        if item.article_id in seen:
            duplicates.append(item)
            print(f"{item.source}: id {item.article_id!r} renders to the same file as "
                  f"{seen[item.article_id]}", file=sys.stderr)
        elif item.article_id:
            seen[item.article_id] = item.source
    input_failed = duplicates or any(i.error_kind == "input" for i in batch.failed)
    render_failed = any(i.error_kind == "render" for i in batch.failed)
    if (input_failed or render_failed) and not args.keep_going:
        for output in batch.written:
            if Path(output) not in existing:
                Path(output).unlink(missing_ok=True)
    if input_failed:
        return EXIT_INPUT
    return EXIT_RENDER_ERRORS if render_failed else 0
