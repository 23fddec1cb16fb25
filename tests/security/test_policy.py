"""Embed hosts, URL normalisation and the Content-Security-Policy of rendered pages."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

import broadsheet
from broadsheet.cli import main
from broadsheet.policy.urls import (
    DEFAULT_EMBED_HOSTS,
    LINK_SCHEMES,
    RESOURCE_SCHEMES,
    embed_sandbox,
    embed_url,
    safe_url,
)
from broadsheet.render.live import media_script
from tests.helpers import ARTICLE_FILES, fixture_ids, parse_html
from tests.security.corpus import EVERYTHING, csp_of, placed

EMBED = ("body", 7, "url")


@pytest.mark.parametrize(("url", "allowed"), [
    ("https://www.youtube-nocookie.com/embed/abc", True),
    ("https://WWW.YOUTUBE.COM/embed/abc", True),
    ("https://player.vimeo.com/video/1", True),
    ("https://www.youtube.com/watch?v=abc", False),  # outside the path prefix
    ("http://www.youtube.com/embed/abc", False),  # frames are https only
    ("https://www.youtube.com.evil.example/embed/x", False),
    ("https://evil.example\\@www.youtube.com/embed/x", False),  # browsers read host evil.example
    ("https://user@www.youtube.com/embed/x", False),
    ("https://www.youtube.com:8443/embed/x", False),
    ("https://www.youtube.com/embed/../watch", False),
    ("https://www.youtube.com/embed/%2e%2e/watch", False),
    ("javascript://www.youtube.com/embed/%0aalert(1)", False),
    (" https://www.youtube.com/embed/\tabc", True),  # normalised first
])
def test_embeds_come_only_from_allowed_hosts(url: str, allowed: bool) -> None:
    assert (embed_url(url) is not None) is allowed


def test_embed_hosts_are_configurable() -> None:
    assert embed_url("https://maps.example/embed/x") is None
    assert embed_url("https://maps.example/embed/x", ["maps.example/embed/"]) is not None
    assert embed_url("https://maps.example/other", ["maps.example/embed/"]) is None


def test_a_refused_embed_is_a_finding_and_a_notice_without_frame_or_link() -> None:
    data = placed(EVERYTHING, {EMBED: "https://tracker.example/embed/x"})
    result = broadsheet.render(data)
    finding = next(f for f in result.findings if f.rule == "render-embed-refused")
    assert finding.pointer == "/body/7/url"
    assert finding.outcome is broadsheet.Outcome.FAILED
    tree = parse_html(result.html)
    assert tree.xpath("//iframe") == []
    notice = tree.xpath("//p[contains(@class, 'embed--refused')]")[0]
    assert notice.xpath(".//a") == []
    assert "Embed title" in "".join(notice.itertext())
    assert "frame-src 'none'" in result.content_security_policy  # type: ignore[operator]
    with pytest.raises(broadsheet.RenderError):
        broadsheet.render(data, strict=True)
    allowed = broadsheet.render(data, embed_hosts=["tracker.example"])
    assert parse_html(allowed.html).xpath("//iframe/@src") == ["https://tracker.example/embed/x"]


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_every_fixture_keeps_its_embeds(path: Path) -> None:
    result = broadsheet.render(path)
    assert not [f for f in result.findings if f.rule == "render-embed-refused"]
    embeds = sum(b.get("type") == "embed" for b in json.loads(path.read_text("utf-8"))["body"])
    assert len(parse_html(result.html).xpath("//iframe")) == embeds


@pytest.mark.parametrize("url", ["/\\evil.example/path", "\\\\evil.example/path",
                                 "\\/evil.example/path", "/&#92;evil.example/",
                                 "/\t\\evil.example/", "//evil.example\\@www.example.org/"])
def test_backslash_network_paths_are_refused(url: str) -> None:
    """Chromium loads ``/\\host`` from ``host``; urlsplit would call it a same-site path."""
    for schemes in (LINK_SCHEMES, RESOURCE_SCHEMES):
        assert safe_url(url, schemes) is None, (url, schemes)


def test_plain_network_paths_and_backslash_paths_keep_their_meaning() -> None:
    assert safe_url("//cdn.example.org/a.png", RESOURCE_SCHEMES) == "//cdn.example.org/a.png"
    assert safe_url("//cdn.example.org/a.png", frozenset({"mailto"})) is None
    assert safe_url("\\about", LINK_SCHEMES) == "\\about", "one backslash: a path, same site"
    assert safe_url("/about\\team", LINK_SCHEMES) == "/about\\team", "a path, same site"


def test_urls_are_normalised_before_the_scheme_check() -> None:
    for url in ["java\u200bscript:alert(1)", "\u2066javascript:alert(1)", "java&#173;script:x",
                "jav&#x61;script:x", "\x01javascript:x"]:
        assert safe_url(url) is None, url


def _style_hash(html: str) -> str:
    style = parse_html(html).find("head/style").text
    digest = hashlib.sha256(style.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=fixture_ids)
def test_the_page_csp_forbids_script_and_allows_its_own_style_by_hash(path: Path) -> None:
    result = broadsheet.render(path)
    tree = parse_html(result.html)
    policy = csp_of(tree)
    assert tree.xpath("//meta[@http-equiv]/@content") == [result.content_security_policy]
    # no script runs but, on a page with a video, Broadsheet's media script (its play
    # button, round 49), allowed by its hash: never 'unsafe-inline', nothing injected
    scripts = [s.text for s in tree.xpath("//script[not(@type)]")]
    if tree.xpath("//video"):
        assert scripts == [media_script()]
        assert policy["script-src"] == _hash(media_script())
    else:
        assert scripts == []
        assert policy["script-src"] == "'none'"
    assert policy["default-src"] == "'none'"
    assert policy["style-src"] == _style_hash(result.html)
    assert "unsafe-inline" not in result.content_security_policy  # type: ignore[operator]
    assert policy["base-uri"] == policy["object-src"] == "'none'"
    # the CSP meta comes before anything it governs
    head = [el.tag for el in tree.find("head")]
    assert head.index("meta", 1) < head.index("style")
    for src in tree.xpath("//iframe/@src"):
        assert src.split("/")[2] in policy["frame-src"]


def test_relaxed_and_no_csp() -> None:
    relaxed = broadsheet.render(EVERYTHING, csp="relaxed")
    policy = csp_of(parse_html(relaxed.html))
    assert policy["script-src"] == f"'self' https: {_hash(media_script())}"  # its video
    assert "unsafe-inline" not in relaxed.content_security_policy  # type: ignore[operator]
    off = broadsheet.render(EVERYTHING, csp=None)
    assert off.content_security_policy is None
    assert parse_html(off.html).xpath("//meta[@http-equiv]") == []
    fragment = broadsheet.render(EVERYTHING, fragment=True).content_security_policy
    assert fragment is not None
    # (and since round 49 the media script's hash: EVERYTHING has a video; it fetches nothing)
    assert {d.split()[0] for d in fragment.split("; ")} == {"img-src", "media-src", "frame-src",
                                                            "script-src"}
    assert f"script-src {_hash(media_script())}" in fragment
    assert "unsafe-inline" not in fragment
    assert "unsafe" not in fragment
    assert broadsheet.render(EVERYTHING, fragment=True, csp=None).content_security_policy is None
    with pytest.raises(ValueError, match="csp must be"):
        broadsheet.render(EVERYTHING, csp="lax")  # type: ignore[arg-type]


def test_http_resources_and_search_targets_are_allowed_only_when_used() -> None:
    data = placed(EVERYTHING, {("lead", "src"): "http://cdn.example/a.jpg",
                               ("site", "search", "action"): "/search"})
    policy = csp_of(parse_html(broadsheet.render(data).html))
    assert policy["img-src"] == "'self' https: http:"
    assert policy["form-action"] == "'self'"
    assert csp_of(parse_html(broadsheet.render(EVERYTHING).html))["img-src"] == "'self' https:"
    hostile = placed(EVERYTHING, {("site", "search", "action"):
                                  "https://x;script-src 'unsafe-inline'/"})
    assert csp_of(parse_html(broadsheet.render(hostile).html))["script-src"] == _hash(
        media_script())  # the media script's hash alone (EVERYTHING has a video)


def test_cli_csp_and_embed_host_flags(tmp_path: Path) -> None:
    source = tmp_path / "a.json"
    source.write_text(json.dumps(placed(EVERYTHING, {EMBED: "https://maps.example/e"})), "utf-8")
    out = tmp_path / "a.html"
    assert main(["render", str(source), "-o", str(out), "--csp", "off", "-q",
                 "--embed-host", "maps.example"]) == 0
    tree = parse_html(out.read_text("utf-8"))
    assert tree.xpath("//meta[@http-equiv]") == []
    assert tree.xpath("//iframe/@src") == ["https://maps.example/e"]
    assert main(["render", str(source), "-o", str(out), "--csp", "relaxed", "-q",
                 "--no-default-embed-hosts", "--strict"]) == 1
    assert main(["render", str(source), "-o", str(out), "-q", "--no-default-embed-hosts",
                 "--embed-host", "maps.example"]) == 0
    assert f"script-src {_hash(media_script())};" in parse_html(out.read_text("utf-8")).xpath(
        "//meta[@http-equiv]/@content")[0]  # its video's play button's script alone
    assert "www.youtube-nocookie.com/embed/" in DEFAULT_EMBED_HOSTS


@pytest.mark.parametrize(("embed", "pages", "same_origin"), [
    ("https://www.youtube.com/embed/x", ["https://www.rferl.org/a", "https://www.rferl.org/"],
     True),  # another origin: it keeps its own, which cannot reach the page
    ("https://www.rferl.org/embed/x", [None, "https://www.rferl.org/"], False),  # ours
    ("https://WWW.RFERL.ORG./embed/x", ["https://www.rferl.org/"], False),
    ("https://www.youtube.com/embed/x", ["/a", "/"], False),  # the page's origin is unknown
    ("https://www.youtube.com/embed/x", [None, None], False),
    ("https://www.youtube.com/embed/x", ["https://www.youtube.com/news"], False),
    ("https://www.youtube.com/embed/x", ["https://[::1/"], False),  # unparsable page URL
])
def test_only_frames_of_another_origin_keep_their_own(embed: str, pages: list[str | None],
                                                      same_origin: bool) -> None:
    tokens = embed_sandbox(embed, pages).split()
    assert {"allow-scripts", "allow-popups", "allow-presentation"} <= set(tokens)
    assert ("allow-same-origin" in tokens) is same_origin
