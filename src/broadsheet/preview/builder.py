"""Build the static gallery: an index of fixtures and a page per fixture."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import jinja2
from markupsafe import Markup

from broadsheet import __version__
from broadsheet.blocks import BLOCKS
from broadsheet.checks import Report, check
from broadsheet.errors import ArticleError, BroadsheetError
from broadsheet.findings import Finding, Source
from broadsheet.model import Article
from broadsheet.policy.language import direction_of
from broadsheet.policy.sanitise import plain
from broadsheet.preview import store
from broadsheet.preview.controls import controls
from broadsheet.preview.files import copy_file, image_size, locked, write_text
from broadsheet.preview.fingerprint import Templates, block_types, pictures, pictures_digest
from broadsheet.preview.locate import locate
from broadsheet.preview.model import (
    CAPTURE_FAILED,
    GROUPS,
    IMPACTS,
    SOURCES,
    Capture,
    Difference,
    Entry,
    group_of,
    grouped,
    quoted_parts,
    severity,
    status,
    unchecked_because,
)
from broadsheet.preview.outline import outline, players
from broadsheet.preview.plain import explained, says_again
from broadsheet.preview.regression import BITS, CHANGED_RGB, TOLERANCE, differences
from broadsheet.preview.review import ReviewBook, ReviewState, review_state
from broadsheet.preview.schemes import (
    eager_images,
    fixed_scheme,
    offline_media,
    with_direction,
    with_show_script,
    with_story_script,
)
from broadsheet.preview.signoffs import read_signoffs, signoffs_script
from broadsheet.preview.stories import Story, shown_json, stories, write_article
from broadsheet.preview.where import places
from broadsheet.render.assets import place_assets, place_pictures
from broadsheet.render.environment import BUILTIN_STATIC, TemplateDirs, template_folders
from broadsheet.render.renderer import render
from broadsheet.render.views import article_format
from broadsheet.reporters import FORMATS, WRITERS, get_writer
from broadsheet.schema import load_article, read_json

#: The fonts the built-in stylesheet names, relative to the page (``broadsheet-fonts/…``).
FONTS = BUILTIN_STATIC / "broadsheet-fonts"


class PageCapture(Protocol):
    """Browser work for one rendered page (screenshots, views, accessibility tree, browser
    findings, contrast, crops outlining ``findings``' elements).

    Implemented with Chromium in :mod:`broadsheet.preview.capture`; the gallery builds
    without it (no screenshots) where no browser is installed.
    """

    def capture(self, page: Path, folder: Path, findings: list[Finding]) -> Capture: ...


#: Told after each fixture: (fixtures done, fixtures in all, the entry just done).
Progress = Callable[[int, int, Entry], None]


@dataclass
class BuildReport:
    """What a build did."""

    out_dir: Path
    entries: list[Entry] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    #: Block variants rendered again (``<type>/<variant>``), as ``rebuilt`` for fixtures.
    stories_rebuilt: list[str] = field(default_factory=list)

    @property
    def index(self) -> Path:
        return self.out_dir / "index.html"

    @property
    def regressions(self) -> list[tuple[str, Difference]]:
        """(fixture, difference) for each screenshot past the threshold."""
        return [(entry.slug, difference) for entry in self.entries
                for difference in entry.differences if difference.failed]


def discover(inputs: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Fixture files from files and folders (``*.json`` in a folder, sorted)."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(path.glob("*.json")))
        else:
            found.append(path)
    return found


#: Bidi embeddings, overrides and isolates (as the renderer strips them from article text).
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _without_bidi_controls(value: object) -> object:
    """Every string the gallery prints (headlines, file names, problems) without bidi
    controls, which could make it read in another order than it is."""
    if isinstance(value, Markup):
        return Markup(_BIDI_CONTROLS.sub("", value))
    if isinstance(value, str):
        return _BIDI_CONTROLS.sub("", value)
    return value


#: A JSON string literal (its quotes, then every character or escape up to the closing one;
#: an unclosed one runs to the end of its line, as in a broken fixture).
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)("?)')


def _shown_source(text: str) -> str:
    """Source text with each bidi control written as a visible ``\\uXXXX`` escape (the same
    value in JSON), so the source reads as it is stored."""
    return _BIDI_CONTROLS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _isolated_json(text: str) -> Markup:
    """JSON text (as :func:`_shown_source` shows it), escaped, each string's text that has a
    right-to-left letter isolated in a ``<bdi>`` (its own direction, from its first strong
    letter) between its quotes, so the JSON's punctuation keeps its left-to-right order
    around Arabic text (the quotes and commas read scrambled, round 42's review). Applied
    as the page is written (the entry keeps the text, so a reused entry is not escaped
    twice)."""
    out: list[Markup] = []
    at = 0
    for match in _JSON_STRING.finditer(text):
        out.append(Markup.escape(text[at:match.start()]))
        inner, closing = match.group(1), match.group(2)
        if _RIGHT_TO_LEFT.search(inner):
            out.append(Markup('"<bdi>{}</bdi>{}').format(inner, closing))
        else:
            out.append(Markup.escape(match.group()))
        at = match.end()
    out.append(Markup.escape(text[at:]))
    return Markup("").join(out)


#: A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms).
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def _isolated(message: str, language: str = "") -> Markup:
    """``message`` escaped, bidi controls dropped, each piece of page text it quotes in
    ``<bdi>`` (in the page's language): inline, between the message's quotation marks; or,
    when it runs right to left, named "(quoted below)" in the sentence and shown under it, a
    line of its own (``<bdi class="quoted" dir="auto">``: no marks, the line is the
    quotation), so the two directions never share a wrapped line (Arabic wrapped inside an
    English sentence read out of order)."""
    lang = Markup(' lang="{}"').format(language) if language else Markup("")
    parts = quoted_parts(message)
    texts = [_BIDI_CONTROLS.sub("", text) for text, _ in parts]
    below = [at for at, (text, quoted) in enumerate(parts)
             if quoted and _RIGHT_TO_LEFT.search(texts[at])]
    out: list[Markup | str] = []
    for at, (_, quoted) in enumerate(parts):
        if not quoted:
            out.append(texts[at])
        elif at in below:  # its marks, at the ends of its neighbours, left out
            out[-1] = out[-1][:-1]
            texts[at + 1] = texts[at + 1][1:]
            number = f", {below.index(at) + 1}" if len(below) > 1 else ""
            out.append(Markup('<span class="quoted-ref">(quoted below{})</span>').format(number))
        else:
            out.append(Markup("<bdi{}>{}</bdi>").format(lang, texts[at]))
    out += [Markup('<bdi class="quoted"{} dir="auto">{}{}</bdi>').format(
        lang, Markup('<span class="quoted__number">{}</span> ').format(number)
        if len(below) > 1 else "", texts[at]) for number, at in enumerate(below, 1)]
    return Markup("").join(out)


#: A Markdown code span of the block docs and the schema's descriptions: `alt=""`.
_CODE_SPAN = re.compile(r"`([^`]+)`")


def _code_spans(text: str) -> Markup:
    """``text`` escaped, each Markdown code span (between backticks) a ``<code>`` (the
    block docs and field descriptions showed raw backticks, round 43's review)."""
    out: list[Markup] = []
    at = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(Markup.escape(text[at:match.start()]))
        out.append(Markup("<code>{}</code>").format(match.group(1)))
        at = match.end()
    out.append(Markup.escape(text[at:]))
    return Markup("").join(out)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("broadsheet", "preview/templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        finalize=_without_bidi_controls,
    )
    env.globals["impacts"] = IMPACTS
    env.globals["baseline_bits"] = BITS
    env.globals["tolerance"] = TOLERANCE
    env.globals["changed_rgb"] = CHANGED_RGB
    env.globals["sources"] = SOURCES
    env.globals["severity"] = severity
    env.globals["status_of"] = status
    env.globals["review_of"] = lambda entry: None  # each build reads the review file's
    env.globals["unchecked_because"] = unchecked_because
    env.globals["explained"] = explained
    env.globals["says_again"] = says_again
    env.globals["language_name"] = language_name
    env.globals["genres"] = GENRE_WORDS
    env.globals["block_name"] = BLOCKS.name
    env.globals["switcher"] = []
    env.globals["tallies"] = {}
    env.globals["listed_groups"] = listed_groups
    env.filters["isolated"] = _isolated
    env.filters["shown_json"] = lambda value: _isolated_json(_shown_source(shown_json(value)))
    env.filters["isolated_json"] = _isolated_json
    env.filters["code_spans"] = _code_spans
    return env


def _block_types(article: Article) -> list[str]:
    types = [block.type for block in article.body]
    if article.lead is not None:
        types.append(article.lead.type)
    return sorted(set(types))


def _fingerprint(path: Path, templates: Templates, browser: str, theme: bytes = b"") -> str:
    """The content hash a fixture's entry is built from: its bytes, the photographs it names
    (``images/…`` beside it), the templates its blocks use, Broadsheet's code, stylesheet and
    fonts, the newsroom's stylesheet (``theme``) and the capture settings."""
    refused = _not_regular(path)
    try:
        data = b"unreadable" if refused else path.read_bytes()
    except OSError:
        data = b"unreadable"
    try:
        parsed = json.loads(data)
    except ValueError:
        parsed = None
    digest = hashlib.sha256(templates.digest(block_types(parsed)).encode())
    digest.update(pictures_digest(path.parent, pictures(parsed)).encode())
    digest.update(browser.encode() + b"\0")
    digest.update(hashlib.sha256(theme).digest())
    digest.update(data)
    return digest.hexdigest()


class GalleryBuilder:
    """Renders fixtures into a gallery folder; rebuilds only what changed."""

    def __init__(self, out_dir: str | os.PathLike[str], *, capture: PageCapture | None = None,
                 templates: TemplateDirs = None,
                 approved: str | os.PathLike[str] | None = None,
                 stylesheet: str | os.PathLike[str] | None = None, blocks: bool = False,
                 signoffs: str | os.PathLike[str] | None = None) -> None:
        """``approved``: the folder of approved baseline screenshots to compare with;
        ``signoffs``: the team's committed sign-offs (:mod:`broadsheet.preview.signoffs`),
        read again by each build;
        ``stylesheet``: a newsroom's CSS file, applied after Broadsheet's (as ``render``);
        ``blocks``: also the block stories (``blocks/``)."""
        self.blocks = blocks
        self.out_dir = Path(out_dir)
        self.capture = capture
        self.templates = template_folders(templates)
        self.approved = Path(approved) if approved is not None else None
        self.stylesheet = Path(stylesheet) if stylesheet is not None else None
        self.signoffs = Path(signoffs) if signoffs is not None else None
        self.env = _environment()
        self.env.globals["with_blocks"] = blocks
        self._cache: dict[str, tuple[str, Entry]] = {}
        #: The fixture's review (review.json), read again by each build.
        self._review_of: Callable[[Entry], ReviewState | None] = lambda entry: None
        self._story_cache: dict[str, tuple[str, Entry]] = {}
        #: The block stories of the last build (what their live controls edit).
        self.stories: list[Story] = []
        self._holding = 0

    def show_blocks(self, blocks: bool) -> None:
        """Build the block stories (``blocks/``) from the next build on, or not."""
        self.blocks = blocks
        self.env.globals["with_blocks"] = blocks

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Hold the output folder's lock (:func:`~broadsheet.preview.files.locked`) for the
        block: a second ``broadsheet preview`` into the same folder is refused
        (:class:`~broadsheet.preview.files.FolderLocked`) rather than writing between this
        one's files. Builds inside the block (a server's rebuilds) share the hold."""
        if self._holding:
            self._holding += 1
            try:
                yield
            finally:
                self._holding -= 1
            return
        with locked(self.out_dir):
            self._holding = 1
            try:
                yield
            finally:
                self._holding = 0

    # -- one fixture ------------------------------------------------------------------------
    def entry(self, path: Path, *, folder: Path | None = None, images: Path | None = None,
              capture: PageCapture | None = None) -> Entry:
        """Render, check and (with a browser) capture one fixture, into ``folder`` (by
        default the fixture's own), its photographs from ``images/`` in ``images`` (by
        default beside it), captured by ``capture`` (by default the builder's)."""
        slug = path.stem
        shown = _shown(path)
        folder = folder or self.out_dir / "fixtures" / slug
        capture = capture or self.capture
        folder.mkdir(parents=True, exist_ok=True)
        refused = _not_regular(path)
        if refused:
            return Entry(slug, shown, "", headline=slug, problems=[refused])
        try:
            data = read_json(path)
            source_json = _shown_source(json.dumps(data, ensure_ascii=False, indent=2))
        except ArticleError as error:
            source_json = _shown_source(_raw_text(path))
            return Entry(slug, shown, source_json, headline=plain(slug),
                         problems=[str(p) for p in error.problems])
        def rendered(source: Any) -> str:
            return render(source, templates=self.templates or None,
                          stylesheet=self.stylesheet).html

        try:
            article = load_article(path)
            result = render(article, templates=self.templates or None,
                            stylesheet=self.stylesheet)
        except ArticleError as error:
            return Entry(slug, shown, source_json, headline=plain(slug),
                         problems=[str(p) for p in error.problems])
        except BroadsheetError as error:
            return Entry(slug, shown, source_json, headline=plain(slug), problems=[str(error)])
        page = folder / "page.html"
        write_text(page, result.html)
        for scheme in ("light", "dark"):
            write_text(folder / f"page-{scheme}.html", with_show_script(
                fixed_scheme(offline_media(eager_images(result.html)), scheme)))
        place_assets(folder)  # where the page's stylesheet names them, as render does
        place_pictures(images or path.parent, folder)  # the fixtures' own photographs (images/…)
        landmarks, headings = outline(result.html)
        static = check(result.html)
        entry = Entry(
            slug, shown, source_json, headline=plain(article.headline), language=article.language,
            direction=article.direction or direction_of(article.language),
            genre=article_format(article), block_types=_block_types(article),
            findings=[*result.findings, *(f for f in static.findings
                                          if f.outcome.value in {"failed", "cant_tell"})],
            landmarks=landmarks, headings=headings, players=players(result.html),
            reports=_write_reports(static, folder),
            located=locate(data, result.html, (f.pointer for f in result.findings
                                               if f.pointer and not f.target), rendered),
        )
        if capture is not None:
            # the crops outline each finding's element: a pointer's where it was rendered
            outlined = [replace(f, target=entry.element_of(f) or None) for f in entry.findings]
            try:
                seen = capture.capture(page, folder, outlined)
            except BroadsheetError as error:
                entry.browser_note = f"{CAPTURE_FAILED}{error}"
            else:
                entry.screenshots, entry.aria_snapshot = seen.screenshots, seen.aria_snapshot
                entry.findings.extend(seen.findings)
                entry.views, entry.contrast = seen.views, seen.contrast
                entry.highlights, entry.focus_order = seen.highlights, seen.focus_order
                entry.thumbnail, entry.thumbnail_dark = seen.thumbnail, seen.thumbnail_dark
                entry.thumbnail_phone = seen.thumbnail_phone
                entry.thumbnail_phone_dark = seen.thumbnail_phone_dark
        else:
            entry.browser_note = "built without a browser: no screenshots or accessibility tree"
        entry.places = places(result.html, data, entry.findings)
        _write_findings(entry, folder)
        return entry

    # -- the whole gallery ------------------------------------------------------------------
    def build(self, inputs: Sequence[str | os.PathLike[str]],
              progress: Progress | None = None) -> BuildReport:
        """Build the gallery for these fixtures (files or folders), the index rewritten after
        each one (so a served gallery fills in as it builds). A fixture whose content hash
        (:func:`_fingerprint`) is unchanged since it was last built into this folder is
        reused, so a rebuild redoes only what a change affects. The build holds the folder's
        lock (:meth:`hold`)."""
        with self.hold():
            return self._build(inputs, progress)

    def _build(self, inputs: Sequence[str | os.PathLike[str]],
               progress: Progress | None) -> BuildReport:
        paths = discover(inputs)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._copy_assets()
        report = BuildReport(self.out_dir)
        cache: dict[str, tuple[str, Entry]] = {}
        templates = Templates(self.templates)
        browser = "static" if self.capture is None else "browser"
        theme = self._theme()
        waiting = [path.stem for path in paths]
        listed = [_listed(path) for path in paths]
        self.env.globals["switcher"] = listed
        # Each fixture's (violations, to review, index group) for the fixtures list beside
        # the live page, filled as each is checked; every page is written again once all are.
        tallies: dict[str, tuple[int, int, str]] = {}
        self.env.globals["tallies"] = tallies
        # The designer's decisions so far (review.json): each page and card says its own.
        decisions = ReviewBook(self.out_dir).load()
        self._review_of = lambda entry: review_state(entry, decisions.get(entry.slug, {}))
        self.env.globals["review_of"] = self._review_of
        self._write_placeholders(paths)
        self._write_index(report.entries, waiting)
        for done, path in enumerate(paths, start=1):
            folder = self.out_dir / "fixtures" / path.stem
            key = _fingerprint(path, templates, browser, theme)
            previous = self._cache.get(path.stem)
            entry = previous[1] if previous is not None and previous[0] == key else (
                store.load(folder, key))
            if entry is None:
                entry = self.entry(path)
                store.save(folder, key, entry)
                report.rebuilt.append(path.stem)
            if self.approved is not None and entry.screenshots:
                entry.differences = differences(entry, folder, self.approved)
            tallies[entry.slug] = (len(entry.violations), len(entry.reviews), group_of(entry))
            self._write_fixture_page(entry, *_neighbours(listed, done - 1))
            cache[path.stem] = (key, entry)
            report.entries.append(entry)
            waiting.remove(path.stem)
            self._write_index(report.entries, waiting)
            if progress is not None:
                progress(done, len(paths), entry)
        # Every page again once all are counted: the fixtures list complete, and each page's
        # previous and next those the list shows beside it (grouped as the index groups
        # them; round 46's review: the pager followed the files' order, the list another).
        ordered = [item for _, _, members in listed_groups(listed, tallies) for item in members]
        place = {id(item): at for at, item in enumerate(ordered)}
        for item, entry in zip(listed, report.entries, strict=True):
            self._write_fixture_page(entry, *_neighbours(ordered, place[id(item)]))
        self._cache = cache
        self._remove_stale(set(cache))
        if self.blocks:
            self._build_stories(paths, report, templates, browser, theme)
            self._write_index(report.entries, [], block_tiles(
                report.stories, {name: entry for name, (_, entry) in self._story_cache.items()}))
        return report

    # -- block stories ----------------------------------------------------------------------
    def _build_stories(self, paths: list[Path], report: BuildReport, templates: Templates,
                       browser: str, theme: bytes) -> None:
        """A page per block type (``blocks/<type>/``) showing each variant the fixtures use
        rendered alone (:mod:`broadsheet.preview.stories`), and their index (``blocks/``);
        a variant whose content hash is unchanged is reused, as a fixture is."""
        sources = []
        for path, entry in zip(paths, report.entries, strict=True):
            if entry.broken:
                continue
            try:
                data = read_json(path)
            except ArticleError:
                continue
            sources.append((entry.slug, entry.source, data,
                            [f for f in entry.findings if f.source is Source.RENDER]))
        folder_of = {path.stem: path.parent for path in paths}
        lighter = getattr(self.capture, "for_blocks", None)
        captures = {where: lighter(element) if callable(lighter) else self.capture
                    for where, element in ELEMENTS.items()}
        cache: dict[str, tuple[str, Entry]] = {}
        report.stories = stories(sources)
        also = [self.stylesheet] if self.stylesheet is not None else []
        for story in report.stories:
            shown: dict[str, Entry] = {}
            stale: dict[str, Stale] = {}
            for variant in story.variants:
                name = f"{story.type}/{variant.key}"
                folder = self.out_dir / "blocks" / name
                images = folder_of[variant.fixture]
                digest = hashlib.sha256(templates.digest(block_types(variant.article)).encode())
                digest.update(pictures_digest(images, pictures(variant.article)).encode())
                digest.update(f"{browser}\0{variant.digest()}".encode())
                digest.update(hashlib.sha256(theme).digest())
                key = digest.hexdigest()
                previous = self._story_cache.get(name)
                built = previous[1] if previous is not None and previous[0] == key else (
                    store.load(folder, key))
                if built is None:
                    built = self.entry(write_article(variant, folder), folder=folder,
                                       images=images, capture=captures[variant.is_lead])
                    store.save(folder, key, built)
                    report.stories_rebuilt.append(name)
                cache[name] = (key, built)
                shown[variant.key] = built
                if not built.broken:
                    _write_directions(folder)
                    newest = templates.newest(block_types(variant.article), also)
                    stale_since = _stale(built, folder, newest)
                    if stale_since is not None:
                        stale[variant.key] = stale_since
            (self.out_dir / "blocks" / story.type).mkdir(parents=True, exist_ok=True)
            write_text(self.out_dir / "blocks" / story.type / "index.html",
                         self.env.get_template("block.html").render(
                             story=story, entries=shown, stale=stale, version=__version__,
                             fields=controls(story.spec),
                             root="../../",
                             slug=f"blocks/{story.type}", section="blocks"))
        (self.out_dir / "blocks").mkdir(parents=True, exist_ok=True)
        write_text(self.out_dir / "blocks" / "index.html",
                     self.env.get_template("blocks.html").render(
                         stories=report.stories, entries={n: e for n, (_, e) in cache.items()},
                         version=__version__, root="../", slug="blocks", section="blocks"))
        self._story_cache = cache
        self.stories = report.stories
        for story in report.stories:
            kept = {variant.key for variant in story.variants}
            folder = self.out_dir / "blocks" / story.type
            for old in folder.iterdir() if folder.is_dir() else ():
                if old.is_dir() and old.name not in kept:
                    shutil.rmtree(old)

    def built(self) -> dict[str, Entry]:
        """The fixtures of the last build, by slug."""
        return {slug: entry for slug, (_, entry) in self._cache.items()}

    def _theme(self) -> bytes:
        """The newsroom stylesheet's bytes (an unreadable one is reported by ``render``)."""
        try:
            return self.stylesheet.read_bytes() if self.stylesheet is not None else b""
        except OSError:
            return b"unreadable"

    # -- files ------------------------------------------------------------------------------
    def _write_placeholders(self, paths: list[Path]) -> None:
        """Every page the gallery links to before it is built (the Blocks index in each
        page's header, each fixture's page in the fixtures list and the neighbours' links):
        a page saying it is being built, where none is yet, each replaced atomically by the
        page itself (review 50: the header's Blocks link was dead while the build ran)."""
        template = self.env.get_template("building.html")
        wanted = [(self.out_dir / "fixtures" / path.stem / "index.html", "../../", path.stem)
                  for path in paths]
        if self.blocks:
            wanted.append((self.out_dir / "blocks" / "index.html", "../", "the blocks"))
        for page, root, what in wanted:
            if page.exists():
                continue
            page.parent.mkdir(parents=True, exist_ok=True)
            write_text(page, template.render(what=what, root=root, slug="building",
                                             section="building", version=__version__))

    def _write_index(self, entries: list[Entry], waiting: list[str],
                     tiles: Sequence[BlockTile] = ()) -> None:
        write_text(self.out_dir / "index.html", self.env.get_template("index.html").render(
            entries=entries, groups=grouped(entries), waiting=waiting, version=__version__,
            root="", slug="", tiles=tiles,
            section="fixtures", to_review=[
                e for e in entries if getattr(self._review_of(e), "key", "") == "to-review"],
            size_of=lambda slug, name: image_size(self.out_dir / "fixtures" / slug / name),
            visual=Counter(status(e).visual_key for e in entries if not e.broken),
            languages=language_groups(e.language for e in entries if e.language),
            block_types=sorted({t for e in entries for t in e.block_types}),
            formats=[key for key in GENRE_WORDS
                     if any((e.genre or "news") == key for e in entries if not e.broken)]))
        self._write_compare(entries)

    def _write_compare(self, entries: list[Entry]) -> None:
        """``compare.html``: any two fixtures side by side at one width and scheme."""
        shown = [entry for entry in entries if entry.screenshots]
        widths = sorted({shot.width for entry in shown for shot in entry.screenshots})
        write_text(self.out_dir / "compare.html", self.env.get_template("compare.html").render(
            entries=shown, widths=widths, version=__version__, root="", slug="compare",
            section="compare"))

    def _write_fixture_page(self, entry: Entry, previous: Listed | None = None,
                            following: Listed | None = None) -> None:
        """The fixture's page, linking the fixtures before and after it (by headline)."""
        folder = self.out_dir / "fixtures" / entry.slug
        html = self.env.get_template("fixture.html").render(
            entry=entry, version=__version__, root="../../", slug=entry.slug, section="fixture",
            previous=previous, following=following,
            approved=None if self.approved is None else str(self.approved / entry.slug),
            size_of=lambda name: image_size(folder / name))
        write_text(folder / "index.html", html)

    def _copy_assets(self) -> None:
        """The gallery's stylesheet and script, and the fonts it is set in (those Broadsheet
        ships, with their licences) under ``assets/``."""
        assets = self.out_dir / "assets"
        assets.mkdir(exist_ok=True)
        (assets / "fonts").mkdir(exist_ok=True)
        for font in sorted(FONTS.glob("*")) if FONTS.is_dir() else ():
            target = assets / "fonts" / font.name
            if font.suffix in {".woff2", ".txt"} and (
                    not target.is_file() or target.stat().st_size != font.stat().st_size):
                copy_file(font, target)
        for name in ("gallery.css", "gallery.js"):
            text = resources.files("broadsheet").joinpath(f"preview/static/{name}").read_text(
                "utf-8")
            write_text(assets / name, text)
        # Written by every build (the pages are not built again when only it changed).
        write_text(assets / "signoffs.js", signoffs_script(read_signoffs(self.signoffs)))

    def _remove_stale(self, slugs: set[str]) -> None:
        fixtures = self.out_dir / "fixtures"
        for folder in fixtures.iterdir() if fixtures.is_dir() else ():
            if folder.is_dir() and folder.name not in slugs:
                shutil.rmtree(folder)


@dataclass(frozen=True, slots=True)
class Stale:
    """A block story's screenshots are older than a file its look comes from."""

    file: str  # the newest template or stylesheet, as the gallery names it
    changed: str  # when it changed (UTC)
    taken: str  # when the screenshots were taken (UTC)


def _when(mtime: float) -> str:
    import time

    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(mtime))


def _stale(entry: Entry, folder: Path, newest: tuple[Path, float]) -> Stale | None:
    """:class:`Stale` when the oldest of ``entry``'s screenshots was taken before ``newest``
    (a template or stylesheet: (file, mtime)) last changed; else None."""
    taken = [(folder / shot.path).stat().st_mtime for shot in entry.screenshots
             if (folder / shot.path).is_file()]
    if not taken or min(taken) >= newest[1]:
        return None
    file = newest[0]
    shown = next((f"{base.name}/{file.relative_to(base)}" for base in (
        BUILTIN_STATIC.parent, *file.parents) if file.is_relative_to(base)), file.name)
    return Stale(shown, _when(newest[1]), _when(min(taken)))


#: The directions a block story's live view switches between.
DIRECTIONS = ("ltr", "rtl")


def _write_directions(folder: Path) -> None:
    """``page-<scheme>-<direction>.html`` beside a story's ``page-<scheme>.html``: its live
    view in either scheme and either direction (the root element's ``dir`` switched)."""
    for scheme in ("light", "dark"):
        page = folder / f"page-{scheme}.html"
        if not page.is_file():
            continue
        html = page.read_text("utf-8")
        for direction in DIRECTIONS:
            target = folder / f"page-{scheme}-{direction}.html"
            flipped = with_story_script(with_direction(html, direction))
            if not target.is_file() or target.read_text("utf-8") != flipped:
                write_text(target, flipped)


#: The element a block story's screenshots show (by whether the block is the lead): the
#: article body's one block, or what follows the article's header.
ELEMENTS = {False: ".article-body > :first-child",
            True: ".article-header ~ :not(.article-body)"}

#: Every finding the fixture's gallery page lists, from every source, as JSON.
FINDINGS_FILE = "findings.json"


#: A format as a card's tag and the index's Format filter say it (:func:`article_format`).
GENRE_WORDS = {"news": "News", "longread": "Long read", "live": "Live blog",
               "photos": "Photo essay", "video": "Video"}


@dataclass(frozen=True, slots=True)
class BlockTile:
    """A block type on the index: its words, its cover variant's narrowest screenshot
    (paths from the index, light and dark) and what its stories found."""

    type: str
    name: str
    image: str | None
    image_dark: str | None
    variants: int
    violations: int


def block_tiles(found: Sequence[Story], entries: dict[str, Entry]) -> list[BlockTile]:
    """The index's tile per block type, from the stories and their built variants (by
    ``<type>/<variant>``)."""
    tiles = []
    for story in found:
        built = [entries[f"{story.type}/{variant.key}"] for variant in story.variants
                 if f"{story.type}/{variant.key}" in entries]
        image = dark = None
        cover = story.cover
        shown = entries.get(f"{story.type}/{cover.key}") if cover is not None else None
        if cover is not None and shown is not None:
            folder = f"blocks/{story.type}/{cover.key}/"
            light = sorted((shot for shot in shown.screenshots if shot.scheme == "light"),
                           key=lambda shot: shot.width)
            if light:
                image = folder + light[0].path
                dark = next((folder + shot.path for shot in shown.screenshots
                             if shot.scheme == "dark" and shot.width == light[0].width), None)
        tiles.append(BlockTile(story.type, story.spec.name, image, dark, len(story.variants),
                               sum(len(entry.violations) for entry in built)))
    return tiles


def language_name(tag: str) -> str:
    """The English name of a language tag's primary language (``ar-EG``: Arabic)."""
    from language_tags import tags

    primary = tag.split("-", 1)[0].lower()
    subtag = tags.language(primary) if primary else None
    return subtag.description[0] if subtag is not None and subtag.description else tag


def language_groups(languages: Iterable[str]) -> list[tuple[str, str, list[str]]]:
    """The fixtures' language tags grouped by primary language, for the index's filter:
    (primary subtag, its English name, the regional tags under it such as ``en-GB``), by
    name. Choosing the primary language shows all its regions."""
    grouped: dict[str, set[str]] = {}
    for tag in languages:
        grouped.setdefault(tag.split("-", 1)[0].lower(), set()).add(tag)
    found = []
    for primary, all_tags in grouped.items():
        found.append((primary, language_name(primary),
                      sorted(tag for tag in all_tags if tag.lower() != primary)))
    return sorted(found, key=lambda group: group[1])


def _write_findings(entry: Entry, folder: Path) -> None:
    """:data:`FINDINGS_FILE`: the findings the page lists (each with ``where``, its place in
    words, where known) and their counts by source (the numbers the page and the index
    show), as JSON."""
    write_text(folder / FINDINGS_FILE, json.dumps({
        "fixture": entry.source,
        "counts": [{"source": str(source), "violations": failed, "review": review}
                   for source, failed, review in entry.tally()],
        "findings": [{**finding.to_dict(), **({"where": str(entry.places[index])}
                                              if index in entry.places else {})}
                     for index, finding in enumerate(entry.findings)],
    }, ensure_ascii=False, indent=2) + "\n")


def _write_reports(report: Report, folder: Path) -> list[tuple[str, str]]:
    """The static checker's report on ``page.html`` in every report format of the writers'
    table, as ``report.<suffix>`` files beside it."""
    report = replace(report, source="page.html")
    written = []
    for name in FORMATS:
        file = f"report{WRITERS[name].suffix}"
        write_text(folder / file, get_writer(name)([report]))
        written.append((name, file))
    return written


@dataclass(frozen=True, slots=True)
class Listed:
    """A fixture in the header's switcher: its slug and headline (its slug when the file
    has none to read)."""

    slug: str
    headline: str
    #: The headline's language and direction (``ltr`` or ``rtl``): an Arabic title cut
    #: to fit keeps its start.
    language: str = ""
    direction: str = "ltr"


def listed_groups(listed: list[Listed], tallies: dict[str, tuple[int, int, str]]
                  ) -> list[tuple[str, str, list[Listed]]]:
    """The fixtures list's groups, as the index's (:data:`GROUPS`: what needs attention
    first), then those not checked yet: (key, title, fixtures), only groups with some."""
    found: dict[str, list[Listed]] = {}
    for item in listed:
        found.setdefault(tallies[item.slug][2] if item.slug in tallies else "waiting",
                         []).append(item)
    titles = [(group.key, group.title) for group in GROUPS] + [("waiting", "Not checked yet")]
    return [(key, title, found[key]) for key, title in titles if key in found]


def _neighbours(listed: list[Listed], at: int) -> tuple[Listed | None, Listed | None]:
    """The fixtures before and after the one at ``at`` (``None`` past either end)."""
    return (listed[at - 1] if at > 0 else None, listed[at + 1] if at + 1 < len(listed) else None)


def _listed(path: Path) -> Listed:
    headline = language = direction = ""
    if not _not_regular(path):
        try:
            data = read_json(path)
        except ArticleError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("headline"), str):
            headline = plain(data["headline"])
            language = data["language"] if isinstance(data.get("language"), str) else ""
            direction = str(data["direction"]) if data.get("direction") in ("ltr", "rtl") else ""
    if not headline:
        return Listed(path.stem, path.stem)
    return Listed(path.stem, " ".join(headline.split()), language,
                  direction or direction_of(language))


def _shown(path: Path) -> str:
    """The fixture's path as a designer typed it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _not_regular(path: Path) -> str | None:
    """Why a fixture is not read, or None. Symbolic links are refused (one in a fixtures
    folder could show any file in the gallery) and so is anything but a regular file (a
    FIFO would block the build, a device never end)."""
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        return f"{path}: cannot read ({error.strerror})"
    if stat.S_ISLNK(mode):
        return f"{path}: a symbolic link; the gallery reads only regular files"
    if not stat.S_ISREG(mode):
        return f"{path}: not a regular file"
    return None


RAW_TEXT_LIMIT = 64 * 1024


def _raw_text(path: Path) -> str:
    """The start of a fixture that is not valid JSON, to show where it goes wrong."""
    try:
        with path.open("rb") as file:
            data = file.read(RAW_TEXT_LIMIT + 1)
    except OSError as error:
        return f"(unreadable: {error.strerror})"
    more = "\n… (cut at 64 KiB)" if len(data) > RAW_TEXT_LIMIT else ""
    return data[:RAW_TEXT_LIMIT].decode("utf-8", errors="replace") + more


def build_gallery(inputs: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                  capture: PageCapture | None = None, templates: TemplateDirs = None,
                  approved: str | os.PathLike[str] | None = None,
                  stylesheet: str | os.PathLike[str] | None = None,
                  blocks: bool = False) -> BuildReport:
    """Build the gallery for these fixture files or folders into ``out_dir``."""
    return GalleryBuilder(out_dir, capture=capture, templates=templates, approved=approved,
                          stylesheet=stylesheet, blocks=blocks).build(list(inputs))
