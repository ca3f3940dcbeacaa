"""The `adr` console script.

A repeated read-only command is answered from what was kept of its last run (adrtool.answers) before
click or the rest of adrtool is imported; anything else runs the click application.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    from adrtool.answers import replay

    try:
        code = replay(sys.argv[1:])
    except BrokenPipeError:
        reader_gone()
        raise SystemExit(0) from None
    if code is not None:
        raise SystemExit(code)
    from adrtool.cli import main as run

    run()


def reader_gone() -> None:
    """After `adr list | head` closed the pipe: send what is still buffered for stdout nowhere, so that the
    interpreter's last flush does not fail with a traceback."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
