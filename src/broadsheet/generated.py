"""The command line of the generated reference pages: write one to a file, or print it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from broadsheet.output import atomic_write


def write_or_print(page: Callable[[], str], *, prog: str, description: str,
                   argv: Sequence[str] | None = None) -> int:
    """Write the page ``page()`` returns to the path given (atomically), or print it."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("output", nargs="?",
                        help="file to write; the page is printed when it is omitted")
    args = parser.parse_args(argv)
    text = page()
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
