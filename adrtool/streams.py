"""The output streams: characters they cannot encode replaced, and what to do when their reader is gone.

Standard library only: the console script uses it before it replays a kept answer.
"""

from __future__ import annotations

import codecs
import os
import sys


def prepare() -> str | None:
    """Make output streams that cannot encode a character replace it, rather than fail; why there is no
    usable stdout, if there is none (closed: `adr list >&-`)."""
    if sys.stdout is None:
        return "cannot write output: stdout is closed"
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        # (UTF-8 too: a file name that is not UTF-8 holds characters no strict UTF-8 stream encodes, as under
        # PYTHONIOENCODING=utf-8)
        if hasattr(stream, "reconfigure") and getattr(stream, "errors", "strict") == "strict":
            stream.reconfigure(errors=errors)
    return None


def encodes_everything(stream: object) -> bool:
    """Whether ``stream`` encodes every character (a UTF encoding), so that no output needs replacing."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True  # a stream of text alone (a test's capture): nothing is encoded
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def reader_gone() -> None:
    """After `adr list | head` closed the pipe (or stdout failed): send what is still buffered for stdout
    nowhere, so that a later flush does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
