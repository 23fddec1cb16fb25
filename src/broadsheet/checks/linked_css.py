"""Style sheets a page links (``<link rel=stylesheet>``), read from local files so that the
static rules see what they hide.

A page given as a file reads the sheets it links inside its own folder tree (or a folder the
caller names); an ACT test case reads the suite's ``test-assets`` it links by their W3C
address; a URL the live engine audits reads the same-origin sheets the browser fetched for
it. Nothing is fetched from the network here, a sheet's ``@import`` is not followed, and a
sheet that cannot be read (missing, too large, not a regular file) is left out, as a browser
leaves out one that fails to load. The read sheets join the ``<style>`` elements in the
cascade, in tree order (:func:`broadsheet.checks.css.sheets`). The same folders tell which
local files a page names do not exist (:func:`local_file_missing`: an image that cannot load).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

from broadsheet.checks import aria
from broadsheet.checks.parse import HTML_NS, Document, Element, local_name, namespace
from broadsheet.inputs import ReadError, read_regular

#: Larger sheets are left out; so are links past the first MAX_SHEETS.
MAX_SHEET_BYTES = 2 * 1024 * 1024
MAX_SHEETS = 64
#: Where ``doc.values`` keeps the text of each link read: ``{link element: CSS}``.
KEY = "linked-sheets"
#: Where ``doc.values`` keeps the page's resolver (:func:`local_file_missing` asks it).
RESOLVER_KEY = "linked-resolver"

#: href -> the local file to read for it, or the sheet's bytes as fetched, or None (not read).
Resolver = Callable[[str], Path | bytes | None]


def stylesheet_links(doc: Document) -> list[Element]:
    """The ``link`` elements that apply a style sheet (HTML §4.6.7.11): ``rel`` holds the
    ``stylesheet`` keyword and not ``alternate``, no ``disabled`` attribute, a non-empty
    ``href``, no ``type`` or ``text/css``; not in a template's inert content."""
    found = []
    for link in doc.tags("link"):
        if namespace(link) != HTML_NS or link.get("disabled") is not None:
            continue
        rel = aria.role_tokens(link.get("rel"))  # ASCII case-insensitive tokens
        kind = aria.ascii_lower(link.get("type") or "text/css").strip(aria.ASCII_WHITESPACE)
        if "stylesheet" not in rel or "alternate" in rel or kind != "text/css":
            continue
        if not (link.get("href") or "").strip(aria.ASCII_WHITESPACE):
            continue
        scope = doc.scopes.get(link) if doc.scopes else None
        if scope is None or local_name(scope) != "template":
            found.append(link)
    return found


def document_base(doc: Document, url: str) -> str:
    """The document's base URL: ``url``, or the first ``<base href>`` resolved against it."""
    for base in doc.tags("base"):
        href = base.get("href")
        if href is not None:
            return urljoin(url, href.strip(aria.ASCII_WHITESPACE))
    return url


def folder_resolver(page: Path, root: Path | None = None) -> Callable[[Document], Resolver]:
    """For a page read from a file: ``file:`` URLs (relative ones resolved against the page)
    inside ``root``, by default the page's folder; symbolic links are followed first, so
    none leads out."""
    inside = (root or page.parent).resolve()

    def for_doc(doc: Document) -> Resolver:
        base = document_base(doc, page.resolve().as_uri())

        def resolve(href: str) -> Path | None:
            parts = urlsplit(urljoin(base, href.strip(aria.ASCII_WHITESPACE)))
            if parts.scheme != "file" or parts.netloc not in {"", "localhost"}:
                return None
            path = Path(url2pathname(unquote(parts.path))).resolve()
            return path if path.is_relative_to(inside) else None
        return resolve
    return for_doc


def prefix_resolver(url: str, prefix: str, folder: Path) -> Callable[[Document], Resolver]:
    """For a page served at ``url`` (an ACT test case): URLs under ``prefix`` read from
    ``folder`` (the suite's ``test-assets``), nothing else."""
    inside = folder.resolve()

    def for_doc(doc: Document) -> Resolver:
        base = document_base(doc, url)

        def resolve(href: str) -> Path | None:
            found = urlsplit(urljoin(base, href.strip(aria.ASCII_WHITESPACE)))
            whole = found._replace(query="", fragment="").geturl()
            if not whole.startswith(prefix):
                return None
            path = (inside / url2pathname(unquote(whole[len(prefix):]))).resolve()
            return path if path.is_relative_to(inside) else None
        return resolve
    return for_doc


def fetched_resolver(url: str, sheets: Mapping[str, bytes]) -> Callable[[Document], Resolver]:
    """For a page fetched from ``url`` by the live engine: the sheets the browser fetched
    for it (``{URL without fragment: bytes}``, ``Sandbox.sheets``)."""
    def for_doc(doc: Document) -> Resolver:
        base = document_base(doc, url)

        def resolve(href: str) -> bytes | None:
            found = urljoin(base, href.strip(aria.ASCII_WHITESPACE))
            return sheets.get(urlsplit(found)._replace(fragment="").geturl())
        return resolve
    return for_doc


def read_linked(doc: Document, resolver: Callable[[Document], Resolver]) -> None:
    """Read the sheets ``doc`` links that ``resolver`` finds, for the cascade to use; the
    resolver is kept for :func:`local_file_missing`."""
    resolve = resolver(doc)
    doc.values[RESOLVER_KEY] = resolve
    links = stylesheet_links(doc)[:MAX_SHEETS]
    if not links:
        return
    found: dict[Element, str] = {}
    for link in links:
        path = resolve(link.get("href") or "")
        if path is None:
            continue
        if isinstance(path, bytes):
            if len(path) > MAX_SHEET_BYTES:
                continue
            data = path
        else:
            try:
                data = read_regular(path, max_bytes=MAX_SHEET_BYTES, kind="a style sheet")
            except ReadError:
                continue
        found[link] = data.decode("utf-8-sig", errors="replace")
    if found:
        doc.values[KEY] = found


def _local(doc: Document, href: str) -> Path | None:
    resolve = doc.values.get(RESOLVER_KEY)
    path = resolve(href) if resolve is not None else None
    return path if isinstance(path, Path) else None


def local_file_missing(doc: Document, href: str) -> bool:
    """Whether ``href`` names a file of the page's own folder tree (or of the suite's
    ``test-assets``) that does not exist or is empty: a resource that can never load, as an
    image whose request never becomes *completely available*. False when the page was not
    read with a resolver, or the URL is another's (remote, outside the folder)."""
    path = _local(doc, href)
    if path is None:
        return False
    try:
        return not path.is_file() or path.stat().st_size == 0
    except OSError:
        return False


def local_file(doc: Document, href: str) -> Path | None:
    """The file of the page's own folder tree (or of the suite's ``test-assets``) that
    ``href`` names, when it exists: a frame's page can be read from it."""
    path = _local(doc, href)
    try:
        return path if path is not None and path.is_file() else None
    except OSError:
        return None
