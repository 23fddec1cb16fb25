"""Many pages at once, crawling and sitemaps, against a site served from 127.0.0.1."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import broadsheet
from broadsheet.cli import main
from broadsheet.qa.crawl import crawl, sitemap_urls
from broadsheet.qa.fetch import FetchError

ROOT = Path(__file__).resolve().parents[2]
MODELLED = sorted((ROOT / "fixtures" / "pages").glob("modelled-*.html"))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Six modelled news pages linked from an index, a sitemap index, robots.txt."""
    folder = tmp_path / "site"
    (folder / "news").mkdir(parents=True)
    names = []
    for index, page in enumerate(MODELLED):
        name = f"news/{index}.html"
        (folder / name).write_bytes(page.read_bytes())
        names.append(name)
    (folder / "private").mkdir()
    (folder / "private" / "secret.html").write_text("<html><img src=x></html>")
    links = "".join(f'<li><a href="/{n}">{n}</a></li>' for n in names)
    (folder / "index.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Home</title></head><body><main>"
        f"<h1>Home</h1><ul>{links}<li><a href='/private/secret.html'>secret</a></li>"
        "<li><a href='/missing.html'>gone</a></li><li><a href='/data.json'>data</a></li>"
        "<li><a href='https://elsewhere.invalid/'>elsewhere</a></li></ul></main></body></html>",
        encoding="utf-8")
    (folder / "data.json").write_text("{}")
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = "".join(f"<url><loc>{base}/{n}</loc></url>" for n in names)
    sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
               f'sitemap/0.9">{urls}<url><loc>{base}/private/secret.html</loc></url>'
               "</urlset>")
    (folder / "pages.xml.gz").write_bytes(gzip.compress(sitemap.encode()))
    (folder / "sitemap.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/'
        f'0.9"><sitemap><loc>{base}/pages.xml.gz</loc></sitemap></sitemapindex>')
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, folder
    server.shutdown()
    server.server_close()


def test_sitemap_index_gzip_and_robots(site: tuple[str, Path]) -> None:
    base, _ = site
    urls = list(sitemap_urls(f"{base}/sitemap.xml", timeout=10))
    assert urls == [f"{base}/news/{i}.html" for i in range(len(MODELLED))]
    assert list(sitemap_urls(f"{base}/sitemap.xml", timeout=10, max_pages=2)) == urls[:2]


def test_bad_sitemap_names_the_url(site: tuple[str, Path]) -> None:
    base, folder = site
    (folder / "bad.xml").write_text("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                                    "<urlset><url><loc>&e;</loc></url></urlset>")
    assert list(sitemap_urls(f"{base}/bad.xml", timeout=10)) == []  # entity not resolved
    (folder / "html.xml").write_text("<html><body>not a sitemap</body></html>")
    with pytest.raises(FetchError, match=r"html.xml: not a sitemap \(root element <html>\)"):
        list(sitemap_urls(f"{base}/html.xml", timeout=10))


def test_crawl_follows_links_same_origin_robots_and_reports_failures(
        site: tuple[str, Path]) -> None:
    base, _ = site
    # breadth first: the index, its links in order (robots.txt keeps /private/ out, JSON is
    # not a page, elsewhere.invalid is another origin), then the news pages' own links
    pages = list(crawl(f"{base}/index.html", max_pages=8, same_origin=True, timeout=10))
    sources = [page.source for page in pages]
    assert sources[0] == f"{base}/index.html"
    assert set(sources[1:]) == {f"{base}/news/{i}.html" for i in range(len(MODELLED))} | {
        f"{base}/missing.html"}
    missing = next(page for page in pages if page.source.endswith("missing.html"))
    assert missing.error is not None
    assert "HTTP 404" in missing.error
    assert len(list(crawl(f"{base}/index.html", max_pages=3, timeout=10))) == 3


def test_check_many_streams_reports_on_any_executor(site: tuple[str, Path]) -> None:
    base, folder = site
    sources = [*(folder / f"news/{i}.html" for i in range(len(MODELLED))),
               folder / "nope.html", f"{base}/news/0.html"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = list(broadsheet.check_many(sources, pool, rules=["image-alt"]))
    by_source = {report.source: report for report in reports}
    assert set(by_source) == {str(s) for s in sources}
    assert by_source[str(folder / "nope.html")].error_kind == "input"
    fetched = by_source[f"{base}/news/0.html"]
    local = by_source[str(folder / "news/0.html")]
    assert [f.target for f in fetched.findings] == [f.target for f in local.findings]
    assert all(r.rule.id == "image-alt" for report in reports for r in report.results)


def test_check_many_on_a_dask_cluster() -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        reports = list(broadsheet.check_many(MODELLED, client.get_executor()))
    expected = {str(page): broadsheet.checks.check(page) for page in MODELLED}
    assert {r.source for r in reports} == set(expected)
    for report in reports:
        assert [(f.rule, f.target) for f in report.findings] == [
            (f.rule, f.target) for f in expected[str(report.source)].findings]


def test_cli_sitemap_jobs_and_a_page_that_fails(site: tuple[str, Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    base, folder = site
    out = tmp_path / "r.json"
    args = ["check", "--sitemap", f"{base}/sitemap.xml", "--format", "json", "-o", str(out)]
    assert main([*args, "--jobs", "2"]) == 1
    two = json.loads(out.read_text())
    assert main(args) == 1
    one = json.loads(out.read_text())
    assert [p["url"] for p in two["pages"]] == [f"{base}/news/{i}.html"
                                                 for i in range(len(MODELLED))]
    assert two["pages"] == one["pages"]
    assert two["notes"] == ["1 page left out: robots.txt disallows them"]
    # a missing file does not stop the other pages' reports; it exits 2 and says why
    assert main(["check", str(folder / "news/0.html"), str(folder / "gone.html"),
                 "--format", "json", "-o", str(out)]) == 2
    data = json.loads(out.read_text())
    assert data["pages"][0]["violations"]
    assert data["pages"][1]["error"] == f"{folder / 'gone.html'}: no such file"
    assert f"{folder / 'gone.html'}: no such file" in capsys.readouterr().err
    # an unreachable URL is checked no further (exit 3), the others are reported
    assert main(["check", str(folder / "news/0.html"), f"{base}/gone.html"]) == 3
    text = capsys.readouterr().out
    assert f"{base}/gone.html: could not check: HTTP 404" in text
    assert "1 page could not be checked: the run fails" in text
    assert "2 pages: 1 checked, 1 with violations, 1 could not be checked" in text


def test_a_url_without_browser_says_it_was_checked_statically(
        site: tuple[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    base, _ = site
    main(["check", f"{base}/news/0.html"])
    assert "given without --browser: checked with the static rules only" in (
        capsys.readouterr().out)


class _ToFtp(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("Location", "ftp://127.0.0.1/secret.txt")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_redirect_to_anything_but_http_is_refused() -> None:
    """urllib follows redirects to ``ftp://`` too; the checker fetches http(s) only."""
    from broadsheet.qa.fetch import fetch

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ToFtp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(FetchError, match=re.escape("ftp://127.0.0.1/secret.txt refused")):
            fetch(f"http://127.0.0.1:{server.server_address[1]}/page.html", timeout=10)
    finally:
        server.shutdown()
        server.server_close()
