"""``broadsheet preview``: the designers' gallery of every fixture."""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Never

from broadsheet.commands.exit_status import EXIT_FAILED, EXIT_INPUT, EXIT_OK
from broadsheet.errors import BroadsheetError
from broadsheet.preview.builder import BuildReport, GalleryBuilder, PageCapture, Progress
from broadsheet.preview.model import WIDTHS, Entry, widths_in_words
from broadsheet.preview.regression import (
    APPROVED,
    BASELINE_SCHEMES,
    BASELINE_WIDTHS,
    THRESHOLD,
    approve_schemes,
    approve_widths,
)
from broadsheet.preview.review import REVIEW_FILE
from broadsheet.preview.signoffs import SIGNOFFS, SignoffError, read_signoffs
from broadsheet.preview.verdicts import accept

DEFAULT_FIXTURES = Path("fixtures/articles")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="build the preview gallery of fixtures (and serve it)",
        description="Build a static gallery: every fixture rendered, with screenshots at "
        f"{widths_in_words(WIDTHS)} px in light and dark schemes, zoom, text-spacing, "
        "forced-colours and focus-order views, its findings outlined on the page, what a "
        "screen reader says, a contrast report, landmarks and headings, and source JSON. A "
        "fixture that cannot be rendered shows as an error card; the rest still builds. "
        "Only fixtures whose content hash (file, photographs, templates used, stylesheet, "
        "code) changed are built again. Screenshots with an approved baseline are compared "
        f"with it: more than {THRESHOLD:.2%} of pixels changed exits 1.",
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
    parser.add_argument("--css", metavar="FILE", type=Path,
                        help="a newsroom stylesheet applied after Broadsheet's on every page "
                        "(as render --css): preview a theme, or approve it")
    parser.add_argument("--approved", metavar="DIR", type=Path, default=APPROVED,
                        help=f"approved baseline screenshots (default: {APPROVED})")
    parser.add_argument("--signoffs", metavar="FILE", type=Path, default=SIGNOFFS,
                        help="the team's sign-offs: items to review marked \"Looks fine\", as "
                        "the gallery's \"Export sign-offs\" writes them (one export or a list); "
                        f"shown signed off in every browser (default: {SIGNOFFS}, if it exists)")
    parser.add_argument("--approve", action="store_true",
                        help="make the screenshots of the fixtures given (default: all) the "
                        "approved baselines")
    parser.add_argument("--approve-widths", metavar="W,W", type=_widths,
                        default=BASELINE_WIDTHS,
                        help="with --approve: the widths to approve, comma-separated (default "
                        f"{','.join(map(str, BASELINE_WIDTHS))}); baselines at other widths "
                        "are kept, and each fixture is compared at the widths it has")
    parser.add_argument("--approve-schemes", metavar="S,S", type=_schemes,
                        default=BASELINE_SCHEMES,
                        help="with --approve: the colour schemes to approve, light, dark or "
                        "light,dark (default both); a fixture's page shows the command for "
                        "one screenshot")
    parser.add_argument("--no-blocks", dest="blocks", action="store_false",
                        help="skip the block stories (a page per block type with each "
                        "variant the fixtures use, rendered alone)")
    browser = parser.add_mutually_exclusive_group()
    browser.add_argument("--browser", dest="browser", action="store_const", const="required",
                         default="auto",
                         help="require Chromium (fail if it is missing)")
    browser.add_argument("--no-browser", dest="browser", action="store_const", const="off",
                         help="skip screenshots and the accessibility tree")
    parser.set_defaults(run=run)


def _schemes(text: str) -> tuple[str, ...]:
    try:
        return approve_schemes(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _widths(text: str) -> tuple[int, ...]:
    try:
        return approve_widths(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _summary(report: BuildReport, seconds: float) -> str:
    broken = sum(entry.broken for entry in report.entries)
    return (f"Built {len(report.entries)} fixtures ({len(report.rebuilt)} rebuilt, {broken} "
            f"could not be rendered) in {seconds:.1f} s: open {report.index.resolve()}")


def _say_unapproved(report: BuildReport, approved: Path) -> None:
    """Name the fixtures visual regression cannot compare: screenshots, but no baseline."""
    missing = [entry.slug for entry in report.entries
               if entry.screenshots and not entry.differences]
    if missing:
        print(f"{len(missing)} of {len(report.entries)} fixtures have no approved screenshots "
              f"in {approved}, so nothing is compared for them: {', '.join(missing)}. Approve "
              "them after a look with broadsheet preview --approve (it reuses this build).",
              file=sys.stderr)


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


def _browser_build(capture: PageCapture | None) -> str | None:
    """``Chromium 131.0…`` of the capture's browser, when it has one."""
    auditor = getattr(capture, "auditor", None)
    return None if auditor is None else f"Chromium {auditor.browser().version}"


def _duration(seconds: float) -> str:
    """``40 s`` or ``3 min``: a time left, as roughly as it is known."""
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"


def _progress(also: Progress | None = None) -> Progress:
    """A progress bar on a terminal (tqdm), else a line per fixture, on stderr."""
    from tqdm import tqdm

    bar: list[tqdm[Never]] = []
    started = time.perf_counter()

    def told(done: int, total: int, entry: Entry) -> None:
        if sys.stderr.isatty():
            if not bar:
                bar.append(tqdm(total=total, unit="fixture", desc="Building the gallery",
                                leave=False))
            bar[0].set_postfix_str(entry.slug)
            bar[0].update(1)
            if done == total:
                bar.pop().close()
        else:
            spent = time.perf_counter() - started
            left = spent / done * (total - done)
            print(f"[{done}/{total}] {entry.slug} ({spent:.1f} s"
                  f"{f', about {_duration(left)} left' if done < total else ''})",
                  file=sys.stderr)
        if also is not None:
            also(done, total, entry)

    return told


def run(args: argparse.Namespace) -> int:
    inputs = args.inputs or [DEFAULT_FIXTURES]
    missing = [path for path in inputs if not path.exists()]
    if args.css is not None and not args.css.is_file():
        missing.append(args.css)
    if missing:
        for path in missing:
            print(f"broadsheet preview: {path}: no such file or folder", file=sys.stderr)
        return EXIT_INPUT
    if (args.approve_widths != BASELINE_WIDTHS or args.approve_schemes != BASELINE_SCHEMES) and (
            not args.approve):
        print("broadsheet preview: --approve-widths and --approve-schemes choose what --approve "
              "writes: give --approve too", file=sys.stderr)
        return EXIT_INPUT
    if args.approve and (args.serve or args.browser == "off"):
        print("broadsheet preview: --approve needs screenshots: not with --serve or "
              "--no-browser", file=sys.stderr)
        return EXIT_INPUT
    try:
        read_signoffs(args.signoffs)
    except SignoffError as error:
        print(f"broadsheet preview: {error}", file=sys.stderr)
        return EXIT_INPUT
    with ExitStack() as stack:
        builder = GalleryBuilder(args.out, templates=args.templates, signoffs=args.signoffs,
                                 approved=None if args.approve else args.approved,
                                 stylesheet=args.css, blocks=args.blocks and not args.approve)
        # --approve approves the fixtures' screenshots first (block stories have no
        # baselines, so it does not wait for them), then builds the stories into the gallery
        # it leaves (else its index lost the Blocks section).
        stack.enter_context(builder.hold())  # before Chromium starts: a second run ends at once
        capture = builder.capture = _capture("required" if args.approve else args.browser,
                                             stack)
        if args.serve:
            return _serve(args, builder, inputs, _browser_build(capture))
        started = time.perf_counter()
        report = builder.build(inputs, _progress())
        print(_summary(report, time.perf_counter() - started))
        if not args.approve:
            _say_unapproved(report, args.approved)
        if args.approve:
            written = accept([e for e in report.entries if e.screenshots], args.out,
                             args.approved, browser=_browser_build(capture),
                             widths=args.approve_widths, schemes=args.approve_schemes)
            print(f"Approved {len(written)} screenshots into {args.approved} (accepted in "
                  f"{args.out / REVIEW_FILE})")
            builder.approved = args.approved  # the pages compare with them now (reused build)
            builder.show_blocks(args.blocks)
            builder.build(inputs)
            return EXIT_OK
        for slug, difference in report.regressions:
            print(f"broadsheet preview: {slug}: {difference.width} px {difference.scheme}: "
                  f"{difference.changed:.2%} of pixels changed from the approved screenshot "
                  f"(limit {difference.threshold:.2%}); approve with --approve",
                  file=sys.stderr)
        if report.regressions:
            return EXIT_FAILED
    return EXIT_OK


def _serve(args: argparse.Namespace, builder: GalleryBuilder, inputs: list[Path],
           browser: str | None = None) -> int:
    """Serve at once: the index fills in as each fixture is built, then rebuilds follow
    every change to fixtures or templates, and each verdict the pages send (approving
    screenshots writes the baselines, then builds again)."""
    import threading

    from broadsheet.preview.controls import StoryRenderer
    from broadsheet.preview.server import GalleryServer, watch_and_rebuild
    from broadsheet.preview.verdicts import Verdicts

    Path(args.out).mkdir(parents=True, exist_ok=True)
    lock = threading.RLock()  # one build at a time: the watcher's or a verdict's

    def judged(*fixtures: str) -> None:
        rebuild(set())
        server.bump(fixtures)  # compared anew: their open pages reload

    verdicts = Verdicts(builder, args.approved, judged, lock, browser)
    storyteller = StoryRenderer(lambda: builder.stories, templates=builder.templates,
                                stylesheet=builder.stylesheet)
    server = GalleryServer(args.out, args.port, judge=verdicts, names=verdicts.names,
                           storyteller=storyteller if builder.blocks else None)
    server.start()
    print(f"Serving the gallery at {server.url} (Ctrl+C stops)", flush=True)

    def rebuild(changed: set[str] | None) -> None:
        with lock:
            build(changed)

    def build(changed: set[str] | None) -> None:
        """Build (``changed`` None: the first build, each fixture shown as it is done)."""
        started = time.perf_counter()
        told = _progress(lambda done, total, entry: server.bump([entry.slug])) if (
            changed is None) else _progress()
        try:
            report = builder.build(inputs, told)
        except Exception as error:  # one bad build must not stop the server
            print(f"broadsheet preview: {'build' if changed is None else 'rebuild'} failed, "
                  f"still serving the last build: {type(error).__name__}: {error}",
                  file=sys.stderr)
            return
        server.bump(report.rebuilt)
        print(_summary(report, time.perf_counter() - started), flush=True)

    rebuild(None)
    from broadsheet.render.environment import BUILTIN_TEMPLATES

    watched = [*inputs, *(args.templates or ()), BUILTIN_TEMPLATES]
    try:
        watch_and_rebuild(watched, rebuild)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK
