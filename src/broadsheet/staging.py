"""All-or-nothing output folders: pages render into a staging folder inside the output
folder and move into place under a journal.

A batch's commit point is its manifest: ``MANIFEST.json`` (the names of the pages to move)
is written atomically into the staging folder, then each page is renamed into place. A run
killed before the manifest exists changed nothing; one killed after it is finished by the
next run into that folder, which first moves the pages the manifest lists that are still in
the staging folder. Staging folders without a manifest are a killed run's leftovers and are
removed. An exclusive lock on the output folder (``flock`` on POSIX) keeps two runs from
doing this to each other's staging.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path
from types import TracebackType

from broadsheet.errors import OutputError
from broadsheet.output import atomic_write

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, no cleanup of other runs
    fcntl = None  # type: ignore[assignment]

#: Staging folders are named ``.broadsheet-XXXXXXXX`` inside the output folder.
PREFIX = ".broadsheet-"
MANIFEST = "MANIFEST.json"


def _describe(error: OSError) -> str:
    return error.strerror or str(error)


def _is_page_name(name: object) -> bool:
    """A plain file name in the folder itself (the manifest is data a crash may leave)."""
    return (isinstance(name, str) and name not in {"", ".", ".."} and "/" not in name
            and "\\" not in name and "\x00" not in name and name != MANIFEST)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or file system allows it
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _move_into_place(source: Path, target: Path) -> None:
    """Rename a staged page over ``target``, keeping the mode of the page it replaces."""
    with contextlib.suppress(FileNotFoundError):
        previous = os.lstat(target)
        if stat.S_ISREG(previous.st_mode):
            os.chmod(source, stat.S_IMODE(previous.st_mode))
    os.replace(source, target)


def finish(staging: Path) -> list[Path]:
    """Move the pages a committed staging folder's manifest lists into its parent (those
    already moved are skipped), then remove the staging folder. Returns the pages moved."""
    folder = staging.parent
    names = json.loads((staging / MANIFEST).read_text("utf-8"))
    if not isinstance(names, list) or not all(_is_page_name(name) for name in names):
        raise OutputError(f"{staging / MANIFEST}: not a list of page names")
    moved = []
    for name in names:
        source = staging / name
        try:
            mode = os.lstat(source).st_mode
        except FileNotFoundError:
            continue  # moved before the run was stopped
        if stat.S_ISREG(mode):
            _move_into_place(source, folder / name)
            moved.append(folder / name)
    _fsync_folder(folder)
    shutil.rmtree(staging)
    return moved


def recover(folder: Path) -> list[str]:
    """Finish every committed staging folder a killed run left in ``folder`` and remove the
    uncommitted ones. Returns a line per folder dealt with (for the log)."""
    notes: list[str] = []
    try:
        entries = sorted(folder.iterdir())
    except FileNotFoundError:
        return notes
    for entry in entries:
        if not entry.name.startswith(PREFIX):
            continue
        try:
            if not stat.S_ISDIR(os.lstat(entry).st_mode):
                continue  # a symlink or file by that name is not ours to remove
            if (entry / MANIFEST).is_file():
                moved = finish(entry)
                plural = "" if len(moved) == 1 else "s"
                notes.append(f"{entry}: finished an interrupted batch "
                             f"({len(moved)} page{plural} moved)")
            else:
                shutil.rmtree(entry)
                notes.append(f"{entry}: removed the staging folder of an interrupted batch")
        except (OSError, ValueError) as error:
            message = _describe(error) if isinstance(error, OSError) else str(error)
            raise OutputError(f"{entry}: cannot recover an interrupted batch: {message}") from None
    return notes


class StagedFolder:
    """An output folder locked for one batch, with a fresh staging folder inside it.

    Entering creates the folder if needed, takes the lock and recovers what a killed run
    left; :meth:`commit` moves pages into place; leaving removes the staging folder (and
    the output folder, when this batch created it and left it empty).
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.staging = self.folder / PREFIX
        self.notes: list[str] = []
        self._created = False
        self._lock: int | None = None

    def __enter__(self) -> StagedFolder:
        self._created = not self.folder.exists()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._take_lock()
            self.notes = recover(self.folder)
            self.staging = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self.folder))
        except OSError as error:
            self._release()
            if isinstance(error, OutputError):
                raise
            raise OutputError(f"{self.folder}: {_describe(error)}") from None
        return self

    def _take_lock(self) -> None:
        if fcntl is None:  # pragma: no cover
            return
        self._lock = os.open(self.folder, os.O_RDONLY)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._release()
            raise OutputError(f"{self.folder}: another batch is writing into this folder; "
                              "try again when it has finished") from None
        except OSError:  # a file system without locks (some network mounts): go without
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            if fcntl is not None:
                fcntl.flock(self._lock, fcntl.LOCK_UN)
            os.close(self._lock)
            self._lock = None

    def commit(self, names: list[str]) -> list[Path]:
        """Write the manifest (the commit point), then move these staged pages into place."""
        try:
            atomic_write(self.staging / MANIFEST, json.dumps(names))
            _fsync_folder(self.staging)
            return finish(self.staging)
        except OSError as error:
            if isinstance(error, OutputError):
                raise
            raise OutputError(f"{self.folder}: {_describe(error)}") from None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        try:
            if not (self.staging / MANIFEST).exists():  # committed pages wait for recovery
                shutil.rmtree(self.staging, ignore_errors=True)
            if self._created:
                with contextlib.suppress(OSError):
                    self.folder.rmdir()  # only if empty
        finally:
            self._release()
