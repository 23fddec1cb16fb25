"""``broadsheet preview``: the designers' gallery of every fixture."""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from broadsheet.commands.exit_status import EXIT_INPUT, EXIT_OK
from broadsheet.errors import BroadsheetError
from broadsheet.preview.builder import BuildReport, GalleryBuilder, PageCapture

DEFAULT_FIXTURES = Path("fixtures/articles")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="build the preview gallery of fixtures (and serve it)",
        description="Build a static gallery: every fixture rendered, with screenshots at 320, "
        "768 and 1280 px in light and dark schemes, its findings, landmarks and headings, "
        "accessibility tree and source JSON. A fixture that cannot be rendered shows as an "
        "error card; the rest still builds.",
    )
    parser.add_argument("inputs", nargs="*", metavar="FIXTURE_OR_DIR", type=Path,
                        help=f"fixture files or folders (default: {DEFAULT_FIXTURES})")
    parser.add_argument("--out", metavar="DIR", type=Path, default=Path("out/gallery"),
                        help="where to build the gallery (default: out/gallery)")
    parser.add_argument("--serve", action="store_true",
                        help="serve on 127.0.0.1 and rebuild what changes")
    parser.add_argument("--port", type=int, default=8000, help="port for --serve (default 8000)")
    parser.add_argument("--templates", metavar="DIR", action="append", type=Path,
                        help="template folder overriding the built-ins (repeatable)")
    browser = parser.add_mutually_exclusive_group()
    browser.add_argument("--browser", dest="browser", action="store_const", const="required",
                         default="auto",
                         help="require Chromium (fail if it is missing)")
    browser.add_argument("--no-browser", dest="browser", action="store_const", const="off",
                         help="skip screenshots and the accessibility tree")
    parser.set_defaults(run=run)


def _summary(report: BuildReport, seconds: float) -> str:
    broken = sum(entry.broken for entry in report.entries)
    return (f"Built {len(report.entries)} fixtures ({len(report.rebuilt)} rebuilt, {broken} "
            f"could not be rendered) in {seconds:.1f} s: open {report.index.resolve()}")


def _capture(mode: str, stack: ExitStack) -> PageCapture | None:
    if mode == "off":
        return None
    try:
        from broadsheet.preview.capture import ChromiumCapture

        return stack.enter_context(ChromiumCapture())
    except (BroadsheetError, ImportError) as error:
        if mode == "required":
            raise
        print(f"broadsheet preview: no screenshots: {error}", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    inputs = args.inputs or [DEFAULT_FIXTURES]
    missing = [path for path in inputs if not path.exists()]
    if missing:
        for path in missing:
            print(f"broadsheet preview: {path}: no such file or folder", file=sys.stderr)
        return EXIT_INPUT
    with ExitStack() as stack:
        builder = GalleryBuilder(args.out, capture=_capture(args.browser, stack),
                                 templates=args.templates)
        started = time.perf_counter()
        report = builder.build(inputs)
        print(_summary(report, time.perf_counter() - started))
        if args.serve:
            return _serve(args, builder, inputs)
    return EXIT_OK


def _serve(args: argparse.Namespace, builder: GalleryBuilder, inputs: list[Path]) -> int:
    from broadsheet.preview.server import GalleryServer, watch_and_rebuild

    server = GalleryServer(args.out, args.port)
    server.start()
    print(f"Serving the gallery at {server.url} (Ctrl+C stops)")

    def rebuild(changed: set[str]) -> None:
        started = time.perf_counter()
        try:
            report = builder.build(inputs)
        except Exception as error:  # one bad rebuild must not stop the server
            print(f"broadsheet preview: rebuild failed, still serving the last build: "
                  f"{type(error).__name__}: {error}", file=sys.stderr)
            return
        server.bump()
        print(_summary(report, time.perf_counter() - started))

    from broadsheet.render.environment import BUILTIN_TEMPLATES

    watched = [*inputs, *(args.templates or ()), BUILTIN_TEMPLATES]
    try:
        watch_and_rebuild(watched, rebuild)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK
