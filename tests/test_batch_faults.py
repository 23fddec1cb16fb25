"""Batches under faults, with real processes and signals: workers that die, a run killed
while moving pages into place, a parent killed while its workers render."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, SEED_PATH, written

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc to find worker processes")

OLD = "the page published yesterday"


def articles(folder: Path, count: int, prefix: str = "story") -> list[Path]:
    """``count`` valid articles with distinct ids, written into ``folder``."""
    data = json.loads(SEED_PATH.read_text("utf-8"))
    folder.mkdir(exist_ok=True)
    paths = []
    for number in range(count):
        data["id"] = f"{prefix}-{number:03d}"
        path = folder / f"{data['id']}.json"
        path.write_text(json.dumps(data), "utf-8")
        paths.append(path)
    return paths


def faulty(mode: str, *args: str | Path, env: dict[str, str] | None = None,
           ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.faults", mode, "render", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, **(env or {})})


def pages(out: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in written(out) if p.is_file()}


@pytest.mark.parametrize("fault", ["kill-in-worker", "exit-in-worker"])
def test_a_dying_worker_fails_only_its_article(tmp_path: Path, fault: str) -> None:
    sources = articles(tmp_path / "in", 30)
    out = tmp_path / "out"
    done = faulty(fault, *sources, "--out-dir", out, "-j", "2", "-q", "--keep-going",
                  env={"DIE_ID": "story-007"})
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"{sources[7]}: the worker process rendering it died twice (killed, or the process "
        "exited); not rendered"]
    assert done.returncode == 3
    assert sorted(pages(out)) == sorted(f"{p.stem}.html" for p in sources if p.stem != "story-007")


def test_without_keep_going_a_dying_worker_writes_nothing(tmp_path: Path) -> None:
    sources = articles(tmp_path / "in", 12)
    out = tmp_path / "out"
    done = faulty("kill-in-worker", *sources, "--out-dir", out, "-j", "2", "-q",
                  env={"DIE_ID": "story-011"})
    assert (done.returncode, "Traceback" in done.stderr) == (3, False)
    assert not out.exists()


def test_a_run_killed_while_moving_pages_is_finished_by_the_next(tmp_path: Path) -> None:
    sources = articles(tmp_path / "in", 40)
    out = tmp_path / "out"
    out.mkdir()
    for path in sources:
        (out / f"{path.stem}.html").write_text(OLD, "utf-8")
    killed = faulty("kill-during-move", *sources, "--out-dir", out, "-q", env={"AFTER": "5"})
    assert killed.returncode == -signal.SIGKILL
    found = pages(out)
    assert sum(text != OLD for text in found.values()) == 5, "killed after five moves"
    (staging,) = (p for p in written(out) if p.is_dir())
    assert staging.name.startswith(".broadsheet-")
    assert (staging / "MANIFEST.json").is_file(), "the batch had committed"

    other = articles(tmp_path / "other", 1, prefix="next")
    done = subprocess.run([sys.executable, "-m", "broadsheet", "render", str(other[0]),
                           "--out-dir", str(out), "-q"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{staging}: finished an interrupted batch (35 pages moved)" in done.stderr
    found = pages(out)
    assert sorted(found) == sorted([*(f"{p.stem}.html" for p in sources), "next-000.html"])
    assert OLD not in found.values(), "every page of the killed batch is in place"
    assert [p for p in written(out) if p.is_dir()] == [], "no staging folder left"


def test_a_run_killed_before_its_commit_changes_nothing_and_is_cleaned_up(
        tmp_path: Path) -> None:
    sources = articles(tmp_path / "in", 6)
    out = tmp_path / "out"
    out.mkdir()
    (out / "story-000.html").write_text(OLD, "utf-8")
    process = subprocess.Popen([sys.executable, "-m", "tests.faults", "slow", "render",
                                *map(str, sources), "--out-dir", str(out), "-q"], cwd=ROOT)
    try:
        staging = _wait_for(lambda: [p for p in written(out) if p.is_dir()])
    finally:
        process.kill()
        process.wait()
    assert staging[0].name.startswith(".broadsheet-")
    assert pages(out) == {"story-000.html": OLD}, "nothing moved before the commit"
    done = subprocess.run([sys.executable, "-m", "broadsheet", "render", str(sources[1]),
                           "--out-dir", str(out), "-q"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{staging[0]}: removed the staging folder of an interrupted batch" in done.stderr
    assert sorted(p.name for p in written(out)) == ["story-000.html", "story-001.html"]
    assert (out / "story-000.html").read_text("utf-8") == OLD


def _children(pid: int) -> list[int]:
    """Live processes whose parent is ``pid`` (zombies count as gone)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            state, parent = stat.rpartition(")")[2].split()[:2]
            if int(parent) == pid and state != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _wait_for(probe, seconds: float = 60):  # type: ignore[no-untyped-def]
    """Poll until ``probe()`` is truthy (a generous bound, not a timing)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := probe():
            return found
        time.sleep(0.1)
    pytest.fail(f"gave up after {seconds} s")


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    sources = articles(tmp_path / "in", 8)
    process = subprocess.Popen([sys.executable, "-m", "tests.faults", "slow", "render",
                                *map(str, sources), "--out-dir", str(tmp_path / "out"),
                                "-j", "2", "-q"], cwd=ROOT)
    try:
        workers = _wait_for(lambda: len(_children(process.pid)) >= 2 and _children(process.pid))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    try:
        _wait_for(lambda: not any(_alive(pid) for pid in workers), seconds=30)
    finally:
        for pid in filter(_alive, workers):  # left behind: do not leave them running
            os.kill(pid, signal.SIGKILL)
