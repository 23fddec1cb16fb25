"""Every example in the docs runs, so none rots.

- Python: every fenced block holding ``>>>`` lines runs as a doctest, the blocks of one page
  in order in one namespace, like a session.
- Shell: every ``console`` block runs line by line: ``$ command`` lines through bash, the
  lines after each command being its expected output (stdout and stderr together; ``...``
  matches anything; no lines means the output is not compared). A command exits 0 unless
  the line ends with ``# exits N``.
- A ``{code-block}`` with a ``:caption:`` naming a file is written to that file first, so
  pages can show a file and then run it.

Each page runs in its own empty folder holding a link to ``fixtures/``. ``sh`` blocks are
shown, never run (installing, serving).
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if not any(part.startswith("_") for part in
                                                          p.relative_to(DOCS).parts))
FENCE = re.compile(r"^(?P<fence>```+|:::+)\s*(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=fence)\s*$",
                   re.MULTILINE | re.DOTALL)
EXITS = re.compile(r"\s+#\s*exits\s+(\d+)\s*$")
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@dataclass
class Block:
    info: str
    body: str
    line: int


def blocks(page: Path) -> list[Block]:
    text = page.read_text("utf-8")
    return [Block(m["info"].strip(), m["body"], text.count("\n", 0, m.start()) + 1)
            for m in FENCE.finditer(text)]


def files(page: Path) -> dict[str, str]:
    """``{code-block}`` blocks whose caption names a file: name -> content."""
    found = {}
    for block in blocks(page):
        if block.info.startswith("{code-block}"):
            caption = re.search(r"^:caption:\s*(\S+)\s*$", block.body, re.MULTILINE)
            if caption:
                content = re.sub(r"\A(?::[\w-]+:.*\n)*\n?", "", block.body)
                found[caption[1]] = content
    return found


def workdir(tmp_path: Path, page: Path) -> Path:
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures", target_is_directory=True)
    for name, content in files(page).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    return tmp_path


def doctest_pages() -> list[Path]:
    return [p for p in PAGES if any(">>>" in b.body for b in blocks(p))]


def console_pages() -> list[Path]:
    return [p for p in PAGES if any(b.info == "console" for b in blocks(p))]


def test_there_are_examples_to_run() -> None:
    assert len(doctest_pages()) >= 4
    assert len(console_pages()) >= 3


@pytest.mark.parametrize("page", doctest_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_python_examples(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir(tmp_path, page))
    parser = doctest.DocTestParser()
    examples = []
    for block in blocks(page):
        if ">>>" in block.body:
            for example in parser.get_examples(block.body):
                example.lineno += block.line
                examples.append(example)
    test = doctest.DocTest(examples, {"__name__": "__docs__"}, page.name, str(page), 0, None)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    output: list[str] = []
    runner.run(test, out=output.append)
    assert runner.failures == 0, "".join(output)


def commands(block: Block) -> list[tuple[str, int, list[str], int]]:
    """(command, expected exit status, expected output lines, line number)."""
    found: list[tuple[str, int, list[str], int]] = []
    for offset, line in enumerate(block.body.splitlines()):
        if line.startswith("$ "):
            command = line[2:]
            status = 0
            if match := EXITS.search(command):
                status = int(match[1])
            found.append((command, status, [], block.line + 1 + offset))
        elif found:
            found[-1][2].append(line)
    return found


@pytest.mark.parametrize("page", console_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_shell_examples(page: Path, tmp_path: Path) -> None:
    cwd = workdir(tmp_path, page)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "COLUMNS": "80", "NO_COLOR": "1"}
    checker = doctest.OutputChecker()
    for block in blocks(page):
        if block.info != "console":
            continue
        for command, status, expected, line in commands(block):
            result = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    timeout=120, check=False)
            where = f"{page.relative_to(ROOT)}:{line}: $ {command}"
            assert result.returncode == status, (
                f"{where}\nexit {result.returncode}, documented {status}\n{result.stdout}")
            want = "\n".join(expected).strip()
            if want:
                assert checker.check_output(want + "\n", result.stdout, FLAGS), (
                    f"{where}\ndocumented:\n{want}\ngot:\n{result.stdout}")


def _modules_with_examples() -> list[str]:
    src = ROOT / "src"
    return sorted(".".join(path.relative_to(src).with_suffix("").parts).removesuffix(".__init__")
                  for path in (src / "broadsheet").rglob("*.py")
                  if re.search(r"^\s*>>> ", path.read_text("utf-8"), re.MULTILINE))


@pytest.mark.parametrize("module", _modules_with_examples())
def test_docstring_examples(module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The API reference is generated from docstrings: their examples run too."""
    import importlib

    monkeypatch.chdir(workdir(tmp_path, DOCS / "index.md"))
    result = doctest.testmod(importlib.import_module(module), optionflags=FLAGS)
    assert result.failed == 0
    assert result.attempted > 0
