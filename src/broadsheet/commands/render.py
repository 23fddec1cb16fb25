"""``broadsheet render``: article JSON files to HTML pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from broadsheet.batch import render_many
from broadsheet.commands.exit_status import EXIT_FAILED, EXIT_INPUT, EXIT_OK, EXIT_UNCHECKED
from broadsheet.errors import ArticleError, BroadsheetError, RenderError
from broadsheet.output import atomic_write
from broadsheet.policy.urls import DEFAULT_EMBED_HOSTS
from broadsheet.render.csp import CspMode
from broadsheet.render.renderer import render
from broadsheet.render.theming import check_href, read_stylesheet
from broadsheet.schema import load_article


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "render",
        help="render article JSON files as accessible HTML",
        description="Render article JSON files as accessible HTML pages. Nothing is written "
        "unless every article renders (see --keep-going); each file is written atomically.",
        epilog="Exit status: 0 rendered, 1 render errors under --strict, 2 usage or input errors, "
               "3 an article's worker process died.",
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
    parser.add_argument("--css", metavar="FILE", type=Path,
                        help="your newsroom's stylesheet (e.g. token overrides), inlined after "
                             "Broadsheet's; the page's policy allows it by its hash")
    parser.add_argument("--css-href", metavar="URL",
                        help="link your newsroom's stylesheet from this URL after Broadsheet's; "
                             "the page's policy allows its origin")
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
    parser.add_argument("--review-markers", action="store_true",
                        help="mark elements an editor must review in the HTML "
                             "(data-broadsheet-review), for a review copy; one article only")
    parser.add_argument("--live-updates", action="store_true",
                        help="give live blogs their update script (inlined, allowed by its "
                             "hash in the page's CSP): new posts are announced and shown on "
                             "request; without it pages run no script")
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
    if args.jobs is not None and args.out_dir is None:
        print("broadsheet render: --jobs needs --out-dir", file=sys.stderr)
        return EXIT_INPUT
    try:  # a stylesheet that cannot be used is a usage error, before any article renders
        if args.css is not None:
            read_stylesheet(str(args.css))
        if args.css_href is not None:
            check_href(args.css_href)
    except RenderError as error:
        print(f"broadsheet render: {error}", file=sys.stderr)
        return EXIT_INPUT
    missing = [folder for folder in args.templates or () if not folder.is_dir()]
    if missing:
        for folder in missing:
            print(f"broadsheet render: {folder}: template folder does not exist", file=sys.stderr)
        return EXIT_INPUT
    csp = None if args.csp == "off" else args.csp
    embed_hosts = [*(() if args.no_default_embed_hosts else DEFAULT_EMBED_HOSTS),
                   *args.embed_host]
    if args.out_dir is not None:
        return _run_batch(args, csp, embed_hosts)
    return _run_one(args, csp, embed_hosts)


def _run_one(args: argparse.Namespace, csp: CspMode | None, embed_hosts: list[str]) -> int:
    """One article to ``-o FILE`` (written atomically) or standard output."""
    name = args.articles[0]
    try:
        result = render(load_article(name), strict=args.strict, fragment=args.fragment,
                        templates=args.templates, csp=csp, embed_hosts=embed_hosts,
                        review_markers=args.review_markers, stylesheet=args.css,
                        stylesheet_href=args.css_href, live_updates=args.live_updates)
    except ArticleError as error:
        print("\n".join(error.lines()), file=sys.stderr)
        return EXIT_INPUT
    except RenderError as error:
        lines = [f.report_line(name) for f in error.findings] or [f"{name}: {error}"]
        print("\n".join(lines), file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        for finding in result.findings:
            print(finding.report_line(name), file=sys.stderr)
    try:
        if args.output is not None:
            atomic_write(args.output, result.html)
        else:
            sys.stdout.write(result.html)
    except (BroadsheetError, OSError) as error:
        print(f"broadsheet render: {error}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


def _run_batch(args: argparse.Namespace, csp: CspMode | None, embed_hosts: list[str]) -> int:
    """``--out-dir``: :func:`~broadsheet.render_many` renders the batch all or nothing (in
    worker processes with ``--jobs``, here otherwise); this reports it."""
    try:
        batch = render_many(args.articles, out_dir=args.out_dir, keep_going=args.keep_going,
                            jobs=args.jobs if args.jobs is not None else 1,
                            strict=args.strict, fragment=args.fragment,
                            templates=args.templates, csp=csp, embed_hosts=embed_hosts,
                            review_markers=args.review_markers, stylesheet=args.css,
                            stylesheet_href=args.css_href, live_updates=args.live_updates)
    except (BroadsheetError, OSError) as error:
        print(f"broadsheet render: {error}", file=sys.stderr)
        return EXIT_INPUT
    for note in batch.recovered:
        print(f"broadsheet render: {note}", file=sys.stderr)
    for item in batch.items:
        for line in item.errors:
            print(line, file=sys.stderr)
        if not args.quiet:
            for finding in item.findings:
                print(finding.report_line(item.source), file=sys.stderr)
    kinds = {item.error_kind for item in batch.failed}
    if "input" in kinds:
        return EXIT_INPUT
    if "crash" in kinds:
        return EXIT_UNCHECKED
    return EXIT_FAILED if kinds else EXIT_OK
