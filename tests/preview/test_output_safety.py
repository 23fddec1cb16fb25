"""Safe output: one ``broadsheet preview`` at a time per folder, every file written whole."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from broadsheet.cli import main
from broadsheet.preview import files
from tests.helpers import ARTICLE_FILES

HOLD = """
import sys, time
from pathlib import Path
from broadsheet.preview.files import locked
with locked(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(120)
"""


def _holder(folder: Path) -> subprocess.Popen[str]:
    """Another process holding the folder's lock (as a running build does)."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_preview_into_a_locked_folder_exits_2_naming_the_lock_and_holder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "gallery"
    holder = _holder(out)
    try:
        status = main(["preview", str(ARTICLE_FILES[0]), "--out", str(out), "--no-browser",
                       "--no-blocks"])
        error = capsys.readouterr().err
        assert status == 2
        assert str(out / files.LOCK_FILE) in error
        assert f"process {holder.pid} on " in error  # who holds it
        assert not (out / "index.html").exists(), "nothing written beside the other build"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The lock is the kernel's: the holder's death released it, no stale lock is left.
    assert main(["preview", str(ARTICLE_FILES[0]), "--out", str(out), "--no-browser",
                 "--no-blocks"]) == 0
    assert (out / "index.html").is_file()


def test_a_builder_refuses_a_folder_another_process_holds(tmp_path: Path) -> None:
    from broadsheet.preview import GalleryBuilder

    holder = _holder(tmp_path)
    try:
        with pytest.raises(files.FolderLocked, match=f"process {holder.pid}"):
            GalleryBuilder(tmp_path).build([ARTICLE_FILES[0]])
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()


def test_rebuilds_inside_a_hold_share_it(tmp_path: Path) -> None:
    """A server holds the folder and rebuilds into it: its own builds are not refused."""
    from broadsheet.preview import GalleryBuilder

    builder = GalleryBuilder(tmp_path)
    with builder.hold():
        builder.build([ARTICLE_FILES[0]])
        builder.build([ARTICLE_FILES[0]])
        # anyone else (another open of the lock) is refused
        with pytest.raises(files.FolderLocked), files.locked(tmp_path):
            pass


def _direct_write(node: ast.Call) -> str | None:
    """What ``node`` writes other than through the helpers (called by their plain names:
    ``write_text(...)``, ``save_image(...)``), or None."""
    func = node.func
    keywords = {keyword.arg for keyword in node.keywords}
    if isinstance(func, ast.Name):
        if func.id in {"atomic_write", "atomic_write_bytes"}:
            return func.id
        if func.id == "open" and any(isinstance(arg, ast.Constant) and isinstance(
                arg.value, str) and set(arg.value) & set("wax+") for arg in node.args[1:]):
            return "open(..., 'w')"
        return None
    if not isinstance(func, ast.Attribute):
        return None
    owner = func.value.id if isinstance(func.value, ast.Name) else ""
    if (owner == "shutil" and func.attr.startswith("copy")) or func.attr in {
            "write_text", "write_bytes"}:
        return f"{owner or '…'}.{func.attr}"
    if func.attr == "screenshot" and "path" in keywords:
        return "screenshot(path=...)"
    if func.attr == "save" and owner != "store" and not (
            node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == "out"):
        return ".save(<a file>)"  # Pillow saving to a path (``out``: an in-memory buffer)
    if func.attr == "open" and "w" in str([ast.unparse(arg) for arg in node.args]):
        return ".open(..., 'w')"
    return None


def test_every_write_in_the_preview_package_goes_through_files() -> None:
    """Every file the gallery writes goes through the helpers, which write whole: no direct
    ``Path.write_*``, ``open`` to write, ``shutil.copy*``, Pillow ``save`` to a path or
    Playwright ``screenshot(path=...)`` anywhere else in the package."""
    package = Path(files.__file__).parent
    found = [f"{module.name}:{node.lineno} {said}"
             for module in sorted(package.glob("*.py")) if module.name != "files.py"
             for node in ast.walk(ast.parse(module.read_text("utf-8")))
             if isinstance(node, ast.Call) and (said := _direct_write(node))]
    assert found == []


def test_written_files_replace_whole_and_leave_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "index.html"
    target.write_text("old")
    inode = os.stat(target).st_ino
    files.write_text(target, "new")
    assert target.read_text() == "new"
    assert os.stat(target).st_ino != inode, "replaced by a rename, not rewritten in place"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]
