"""Live controls on block stories: the controls made from the schema, and the served
gallery's ``POST /__story__`` (own origin, token, JSON, schema-checked, rendered with the
story's code; nothing written). The controls in Chromium: tests/browser/test_story_controls.py."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from broadsheet.blocks import BLOCKS
from broadsheet.preview import GalleryBuilder
from broadsheet.preview.controls import StoryRenderer, controls
from broadsheet.preview.server import GalleryServer
from tests.helpers import ARTICLES, parse_html, text_of

FIXTURE = ARTICLES / "en-storm-breaking-corrections.json"


@dataclass
class Served:
    server: GalleryServer
    builder: GalleryBuilder
    out: Path
    token: str

    def post(self, request: Any, *, origin: str | None = "own", token: str | None = None,
             kind: str = "application/json") -> tuple[int, dict[str, Any]]:
        body = request if isinstance(request, bytes) else json.dumps(
            {"token": self.token if token is None else token, **request}).encode()
        sent = urllib.request.Request(self.server.url + "__story__", data=body, method="POST")
        sent.add_header("Content-Type", kind)
        if origin is not None:
            sent.add_header("Origin", self.server.url.rstrip("/") if origin == "own" else origin)
        try:
            with urllib.request.urlopen(sent, timeout=20) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    out = tmp_path_factory.mktemp("gallery")
    builder = GalleryBuilder(out, blocks=True)
    builder.build([FIXTURE])
    server = GalleryServer(out, port=0, judge=lambda *a, **k: "", names=set,
                           storyteller=StoryRenderer(lambda: builder.stories))
    server.start()
    try:
        with urllib.request.urlopen(server.url + "blocks/heading/index.html") as answer:
            page = answer.read().decode()
        token = page.split('name="broadsheet-verdict" content="', 1)[1].split('"', 1)[0]
        assert token
        yield Served(server, builder, out, token)
    finally:
        server.stop()


def heading(served: Served) -> tuple[str, dict[str, Any]]:
    story = next(s for s in served.builder.stories if s.type == "heading")
    return story.variants[0].key, dict(story.variants[0].block)


def edit(served: Served, **block: Any) -> dict[str, Any]:
    key, original = heading(served)
    return {"type": "heading", "variant": key, "block": {**original, **block},
            "scheme": "light", "direction": "ltr"}


def files(folder: Path) -> dict[Path, float]:
    return {path: path.stat().st_mtime for path in folder.rglob("*") if path.is_file()}


def test_an_edited_heading_is_rendered_as_its_story_and_nothing_is_written(
        served: Served) -> None:
    before = files(served.out)
    status, answer = served.post(edit(served, text="Flood <b>warning</b> lifted"))
    assert status == 200, answer
    assert answer["message"] == "Updated"
    page = parse_html(answer["html"])
    assert [text_of(h) for h in page.xpath("//main//h2")] == ["Flood <b>warning</b> lifted"]
    assert page.xpath("//meta[@http-equiv='Content-Security-Policy']"), "its policy kept"
    policy = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "script-src 'none'" in policy
    assert "base-uri 'none'" in policy
    key = heading(served)[0]
    head = answer["html"].split("<head", 1)[1]
    assert head.index(f'<base href="{key}/">') < head.index("Content-Security-Policy"), (
        "the base comes before the policy that refuses one")
    assert files(served.out) == before


def test_the_scheme_and_direction_asked_for_are_rendered(served: Served) -> None:
    status, answer = served.post({**edit(served), "scheme": "dark", "direction": "rtl"})
    assert status == 200
    root = parse_html(answer["html"]).xpath("/html")[0]
    assert root.get("dir") == "rtl"
    assert '<meta name="color-scheme" content="dark">' in answer["html"]


def test_a_value_the_schema_refuses_is_said_with_its_pointer_in_the_block(
        served: Served) -> None:
    status, answer = served.post(edit(served, level=9, text=""))
    assert status == 422
    assert answer["message"].startswith("2 problems in the block")
    pointers = {p["pointer"]: p["message"] for p in answer["problems"]}
    assert set(pointers) == {"/level", "/text"}
    assert "6" in pointers["/level"]  # the maximum, in words
    assert "html" not in answer


def test_an_unknown_field_is_named(served: Served) -> None:
    status, answer = served.post(edit(served, colour="red"))
    assert status == 422
    assert [p["pointer"] for p in answer["problems"]] == ["/colour"]


def test_an_unknown_block_type_is_a_clear_error(served: Served) -> None:
    status, answer = served.post({**edit(served), "type": "banner"})
    assert status == 400
    assert "unknown block type 'banner'" in answer["message"]
    assert "heading" in answer["message"]  # the types there are


def test_an_unknown_variant_says_to_reload(served: Served) -> None:
    status, answer = served.post({**edit(served), "variant": "nowhere--body-9"})
    assert status == 404
    assert "reload" in answer["message"]


def test_the_block_keeps_its_type(served: Served) -> None:
    status, answer = served.post(edit(served, type="paragraph"))
    assert status == 422
    assert answer["problems"][0]["pointer"] == "/type"


def test_only_the_galleries_own_pages_with_its_token_may_ask(served: Served) -> None:
    assert served.post(edit(served), origin=None)[0] == 403
    assert served.post(edit(served), origin="http://evil.example")[0] == 403
    status, answer = served.post(edit(served), token="guessed")
    assert status == 403
    assert "token" in answer["message"]
    assert served.post(edit(served), kind="text/plain")[0] == 415
    assert served.post(b"{not json", token="")[0] == 400
    assert served.post({**edit(served), "scheme": "sepia"})[0] == 400


def test_a_request_too_large_is_refused(served: Served) -> None:
    status, _answer = served.post(edit(served, text="x" * 300_000))
    assert status == 413


def test_controls_follow_the_schema() -> None:
    by_name = {c.name: c for c in controls(BLOCKS["heading"])}
    assert by_name["text"].widget == "text"
    assert by_name["text"].required
    assert by_name["level"].widget == "number"
    assert by_name["level"].step == "1"
    assert (by_name["level"].minimum, by_name["level"].maximum) == (2, 6)
    listed = {c.name: c for c in controls(BLOCKS["list"])}
    assert listed["ordered"].widget == "checkbox"
    assert listed["items"].widget == "json"
    assert {c.name: c.widget for c in controls(BLOCKS["paragraph"])} == {"text": "textarea"}
    video = {c.name: c for c in controls(BLOCKS["video"])}
    assert video["src"].widget == "text"
    assert video["tracks"].widget == "json"


def test_the_static_gallery_shows_the_controls_disabled_saying_how_to_enable_them(
        served: Served) -> None:
    page = parse_html((served.out / "blocks" / "heading" / "index.html").read_text())
    form = page.xpath("//form[@data-story-args]")[0]
    assert form.xpath(".//fieldset")[0].get("disabled") is not None
    assert "broadsheet preview --serve" in text_of(form.xpath(".//p[1]")[0])
    text = form.xpath(".//input[@name='text']")[0]
    label = form.xpath(f".//label[@for='{text.get('id')}']")[0]
    assert "text" in text_of(label)
    described = text.get("aria-describedby").split()
    assert all(page.xpath(f"//*[@id='{name}']") for name in described)
