"""The `adr` console script.

A repeated read-only command is answered from what was kept of its last run (adrtool.cache.answers) before
click or the rest of adrtool is imported; anything else runs the click application.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Run the command line, then leave without tearing the interpreter down: freeing the objects a large
    log was read into takes longer than anything else left to do (mypy's --fast-exit does the same)."""
    code = run()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        reader_gone()
    except (OSError, ValueError):
        pass
    os._exit(code)


def run() -> int:
    """The command line's exit code, its output written (what ``main`` does, for callers that stay)."""
    from adrtool.cache.answers import replay

    try:
        code = replay(sys.argv[1:])
    except BrokenPipeError:
        reader_gone()
        return 0
    if code is not None:
        return code
    from adrtool.cli import main as run_cli

    try:
        run_cli()
    except SystemExit as done:
        return _exit_code(done.code)
    return 0


def _exit_code(code: object) -> int:
    """What the interpreter would exit with for ``SystemExit(code)`` (printing a message it holds)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def reader_gone() -> None:
    """After `adr list | head` closed the pipe: send what is still buffered for stdout nowhere, so that the
    interpreter's last flush does not fail with a traceback."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
