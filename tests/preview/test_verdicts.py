"""Approve and reject from the served gallery: the baseline is written only for the
gallery's own pages, with the page's token, naming a fixture it built (the buttons
themselves are clicked in tests/browser/test_gallery_verdicts.py)."""

from __future__ import annotations

import json
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from broadsheet.preview import GalleryBuilder
from broadsheet.preview.regression import approve, reduced
from broadsheet.preview.server import GalleryServer
from broadsheet.preview.verdicts import Verdicts
from tests.helpers import ARTICLES, parse_html, text_of
from tests.preview.test_gallery_v2 import Painter


@dataclass
class Served:
    server: GalleryServer
    out: Path
    approved: Path
    fixture: Path
    token: str

    def post(self, body: bytes, origin: str | None = None,
             kind: str = "application/x-www-form-urlencoded") -> tuple[int, str]:
        request = urllib.request.Request(self.server.url + "__verdict__", data=body,
                                         method="POST")
        request.add_header("Content-Type", kind)
        if origin is not None:
            request.add_header("Origin", origin)
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, json.loads(answer.read())["message"]
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b'{"message": ""}')["message"]


def changed_gallery(tmp_path: Path) -> tuple[GalleryBuilder, Path, Path, Path]:
    """A fixture whose screenshot changed from its approved one (half the page black)."""
    fixture = tmp_path / "storm.json"
    shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixture)
    approved, out, painter = tmp_path / "approved", tmp_path / "out", Painter()
    first = GalleryBuilder(out, capture=painter, approved=approved).build([fixture])
    approve(first.entries, out, approved)
    (out / "fixtures" / "storm" / "entry.json").unlink()  # captured again
    painter.box = (0, 0, 159, 399)
    builder = GalleryBuilder(out, capture=painter, approved=approved)
    assert builder.build([fixture]).regressions
    return builder, fixture, approved, out


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    builder, fixture, approved, out = changed_gallery(tmp_path)
    lock = threading.RLock()
    holder: list[GalleryServer] = []

    def rebuild(slug: str) -> None:
        builder.build([fixture])
        holder[0].bump([slug])

    verdicts = Verdicts(builder, approved, rebuild, lock)
    server = GalleryServer(out, port=0, judge=verdicts, names=verdicts.names)
    holder.append(server)
    server.start()
    try:
        with urllib.request.urlopen(server.url + "fixtures/storm/index.html") as answer:
            page = answer.read().decode("utf-8")
        token = re.search(r'<meta name="broadsheet-verdict" content="([^"]+)">', page)
        assert token, "the served page holds the server's token"
        yield Served(server, out, approved, fixture, token.group(1))
    finally:
        server.stop()


def test_the_static_page_has_no_token_and_shows_the_command(tmp_path: Path) -> None:
    _, _, _, out = changed_gallery(tmp_path)
    page = parse_html((out / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    assert page.xpath("//meta[@name='broadsheet-verdict']/@content") == [""]
    [box] = page.xpath("//section[@aria-labelledby='changes']//div[@class='verdict']")
    assert box.get("data-command") == f"broadsheet preview --approve {tmp_path / 'storm.json'}"
    assert box.xpath(".//code[@class='verdict__command']/text()") == [box.get("data-command")]


def test_approve_writes_the_baseline_and_the_page_compares_anew(served: Served) -> None:
    origin = served.server.url.rstrip("/")
    baseline = served.approved / "storm" / "320-light.png"
    before = baseline.read_bytes()
    status, said = served.post(f"fixture=storm&verdict=approve&token={served.token}".encode(),
                               origin)
    assert status == 200, said
    assert said.startswith("Accepted: 1 screenshots of storm")
    now = reduced(served.out / "fixtures" / "storm" / "shots" / "320-light.png")
    assert baseline.read_bytes() == now != before
    page = parse_html((served.out / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    assert text_of(page.xpath("//section[@aria-labelledby='changes']//p[@class='review-said "
                              "review-said--accepted']/span")[0]) == "Changes accepted"
    # (round 48: the status alone on its line; the threshold under "What is this?")
    assert text_of(page.xpath("//section[@aria-labelledby='changes']//p[@class='changes__same']")[0]) == (
        "✔ Matches the approved screenshots at 1 width × 1 scheme")
    assert "No screenshot differs" in text_of(page.xpath(
        "//section[@aria-labelledby='changes']//details[@class='about']")[0])
    assert not list(baseline.parent.glob("*.tmp*")), "written atomically, nothing left over"


def _index(served: Served) -> Any:
    return parse_html((served.out / "index.html").read_text("utf-8"))


def test_request_changes_keeps_the_baseline_and_records_the_note(served: Served) -> None:
    baseline = served.approved / "storm" / "320-light.png"
    before = baseline.read_bytes()
    [waiting] = _index(served).xpath("//section[@aria-labelledby='review-title']")
    assert text_of(waiting.xpath(".//h2")[0]) == "1 awaiting review"
    note = "The headline's box is too dark — see 320 px"
    status, said = served.post(urllib.parse.urlencode(
        {"fixture": "storm", "verdict": "reject", "note": note + "\x07",
         "token": served.token}).encode(), served.server.url.rstrip("/"))
    assert (status, said.split(":")[0]) == (200, "Changes requested")
    assert baseline.read_bytes() == before
    kept = json.loads((served.out / "review.json").read_text("utf-8"))
    decision = kept["decisions"]["storm"][""]
    assert (decision["verdict"], decision["note"]) == ("changes-requested", note)
    assert decision["seen"] == ["320-light:" + f"{decision['seen'][0].split(':')[1]}"]
    assert not list(served.out.glob("*.tmp*")), "written whole"
    index = _index(served)
    assert not index.xpath("//section[@aria-labelledby='review-title']"), "none awaiting"
    [card] = index.xpath("//li[@data-review]")
    assert card.get("data-review") == "changes-requested"
    assert text_of(card.xpath(".//p[@class='card__review']")[0]) == (
        f"Screenshots: Changes requested {note}")
    page = parse_html((served.out / "fixtures" / "storm" / "index.html").read_text("utf-8"))
    [told] = page.xpath("//section[@aria-labelledby='changes']//p[contains(@class, 'review-said')]")
    assert text_of(told.xpath("./span[contains(@class, 'review-badge')]")[0]) == (
        "Changes requested")
    assert text_of(told.xpath("./q")[0]) == note


def test_accept_all_changed_accepts_every_fixture_awaiting_review(served: Served) -> None:
    """The index's Accept all changed: each fixture awaiting review approved (its baseline
    written) and recorded as accepted; nothing left awaiting, so a second press is refused."""
    origin = served.server.url.rstrip("/")
    baseline = served.approved / "storm" / "320-light.png"
    [waiting] = _index(served).xpath("//section[@aria-labelledby='review-title']")
    assert waiting.get("data-command") == f"broadsheet preview --approve {served.fixture}"
    assert text_of(waiting.xpath(".//code")[0]) == waiting.get("data-command")
    assert text_of(waiting.xpath(".//button[@data-verdict='approve-changed']")[0]) == (
        "Accept all changed (1)")
    status, said = served.post(
        f"fixture=&verdict=approve-changed&token={served.token}".encode(), origin)
    assert status == 200, said
    assert said.startswith("Accepted 1 fixture (1 screenshots): storm")
    assert baseline.read_bytes() == reduced(
        served.out / "fixtures" / "storm" / "shots" / "320-light.png")
    kept = json.loads((served.out / "review.json").read_text("utf-8"))
    assert kept["decisions"]["storm"][""]["verdict"] == "accepted"
    index = _index(served)
    assert not index.xpath("//section[@aria-labelledby='review-title']")
    assert index.xpath("//li[@data-review]/@data-review") == ["accepted"]
    again, said = served.post(
        f"fixture=&verdict=approve-changed&token={served.token}".encode(), origin)
    assert (again, said) == (409, "No changed fixture is waiting for review.")


@pytest.mark.parametrize(("body", "origin", "kind", "status"), [
    ("fixture=storm&verdict=approve&token={token}", None, None, 403),  # no Origin
    ("fixture=storm&verdict=approve&token={token}", "http://evil.example", None, 403),
    ("fixture=storm&verdict=approve&token={token}", "http://127.0.0.1:1", None, 403),
    ("fixture=storm&verdict=approve&token=guessed", "{origin}", None, 403),
    ("fixture=storm&verdict=approve", "{origin}", None, 403),
    ("fixture=../../etc&verdict=approve&token={token}", "{origin}", None, 400),
    ("fixture=other&verdict=approve&token={token}", "{origin}", None, 400),
    ("fixture=storm&verdict=delete&token={token}", "{origin}", None, 400),
    ('{{"fixture": "storm", "verdict": "approve"}}', "{origin}", "application/json", 415),
    ("fixture=storm&verdict=approve&token={token}&pad=" + "x" * 5000, "{origin}", None, 413),
    ("fixture=storm&verdict=approve&token={token}&note=" + "x" * 501, "{origin}", None, 413),
    ("fixture=storm&verdict=approve-changed&token={token}", "{origin}", None, 400),
    ("verdict=approve-changed&shot=320-light&token={token}", "{origin}", None, 400),
    ("verdict=approve-changed&token=guessed", "{origin}", None, 403),
])
def test_a_verdict_from_elsewhere_or_naming_no_fixture_changes_nothing(
        served: Served, body: str, origin: str | None, kind: str | None, status: int) -> None:
    baseline = served.approved / "storm" / "320-light.png"
    before = baseline.read_bytes()
    here = served.server.url.rstrip("/")
    filled = body.format(token=served.token)
    answer, said = served.post(filled.encode(), origin.format(origin=here) if origin else None,
                               kind or "application/x-www-form-urlencoded")
    assert answer == status, said
    assert said
    assert baseline.read_bytes() == before
    assert sorted(p.name for p in served.approved.rglob("*")) == ["320-light.png", "storm"]


def test_approve_one_screenshot_writes_only_its_baseline(tmp_path: Path) -> None:
    """The review: a designer approves the one screenshot they looked at, not the fixture's
    every width and scheme."""
    from tests.preview.captures import marked_gallery

    builder, fixture, approved = marked_gallery(tmp_path)
    out = tmp_path / "out"
    light, dark = approved / "storm" / "320-light.png", approved / "storm" / "320-dark.png"
    dark.write_bytes(light.read_bytes())  # the dark one differs too: approving it would show
    before = {light: light.read_bytes(), dark: dark.read_bytes()}
    holder: list[GalleryServer] = []

    def rebuild(slug: str) -> None:
        builder.build([fixture])
        holder[0].bump([slug])

    verdicts = Verdicts(builder, approved, rebuild, threading.RLock())
    server = GalleryServer(out, port=0, judge=verdicts, names=verdicts.names)
    holder.append(server)
    server.start()
    try:
        with urllib.request.urlopen(server.url + "fixtures/storm/index.html") as answer:
            token = re.search(r'content="([^"]+)"', answer.read().decode().split(
                'name="broadsheet-verdict"')[1]).group(1)
        served = Served(server, out, approved, fixture, token)
        origin = server.url.rstrip("/")
        for shot, status in (("999-light", 409), ("320-blue", 400), ("../320-light", 400)):
            answer, said = served.post(f"fixture=storm&verdict=approve&shot={shot}&"
                                       f"token={token}".encode(), origin)
            assert answer == status, (shot, said)
        assert {path: path.read_bytes() for path in before} == before, "nothing written"
        answer, said = served.post(f"fixture=storm&verdict=approve&shot=320-light&"
                                   f"token={token}".encode(), origin)
        assert answer == 200, said
        assert said.startswith("Accepted: the 320 px light screenshot of storm is its baseline")
    finally:
        server.stop()
    assert light.read_bytes() == reduced(out / "fixtures" / "storm" / "shots" / "320-light.png")
    assert light.read_bytes() != before[light]
    assert dark.read_bytes() == before[dark], "the other scheme's baseline is kept"
    page = (out / "fixtures" / "storm" / "index.html").read_text("utf-8")
    changed = re.findall(r'class="verdict verdict--shot"[^>]*data-shot="([^"]+)"', page)
    assert changed == ["320-dark"], "compared anew: the light one as approved now"


def test_cli_approve_records_an_accepted_decision_as_the_served_gallery_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``preview --approve`` keeps an Accepted decision per fixture it approved in the same
    review file, so the pages (and a gallery served later) say Approved; with a width and
    scheme chosen, on that screenshot only."""
    from broadsheet.cli import main
    from broadsheet.commands import preview
    from tests.preview.test_status import OneShot

    fixtures, out, approved = tmp_path / "fixtures", tmp_path / "out", tmp_path / "approved"
    fixtures.mkdir()
    for name in ("storm", "flood"):
        shutil.copy(ARTICLES / "en-storm-breaking-corrections.json", fixtures / f"{name}.json")
    monkeypatch.setattr(preview, "_capture", lambda mode, stack: OneShot())
    assert main(["preview", str(fixtures), "--out", str(out), "--approved", str(approved),
                 "--approve"]) == 0
    kept = json.loads((out / "review.json").read_text("utf-8"))["decisions"]
    assert {slug: {shot: d["verdict"] for shot, d in shots.items()}
            for slug, shots in kept.items()} == {"flood": {"": "accepted"},
                                                 "storm": {"": "accepted"}}
    for slug in ("flood", "storm"):
        page = parse_html((out / "fixtures" / slug / "index.html").read_text("utf-8"))
        # Approved, not "Changes accepted": the command compares with no baseline, so saw
        # no change to accept (round 41: "Changes accepted" was on every card).
        [said] = page.xpath("//section[@aria-labelledby='changes']//p[@class='review-said "
                            "review-said--approved']")
        assert text_of(said.xpath("./span")[0]) == "Approved"
    assert main(["preview", str(fixtures / "storm.json"), "--out", str(out), "--approved",
                 str(approved), "--approve", "--approve-widths", "320",
                 "--approve-schemes", "light"]) == 0
    kept = json.loads((out / "review.json").read_text("utf-8"))["decisions"]
    assert sorted(kept["storm"]) == ["", "320-light"], "that screenshot's own decision"
    assert kept["flood"][""]["verdict"] == "accepted", "the other fixture's decision kept"
    assert not list(out.glob("*.tmp*")), "written atomically, nothing left over"
