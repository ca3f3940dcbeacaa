"""A planned change to a file as a unified diff, the way `git diff` shows it: what `adr convert --dry-run`
prints and what a write previewed over MCP shows before anything is written."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def file_diff(shown: str, old: bytes | None, new: bytes | None) -> str:
    """The unified diff from ``old`` (None: no file yet) to ``new`` (None: the file removed) of the file shown
    as ``shown``; '' when they are the same. A BOM is left out; line endings are compared as they are."""
    before = _lines(old)
    after = _lines(new)
    source = f"a/{shown}" if old is not None else "/dev/null"
    target = f"b/{shown}" if new is not None else "/dev/null"
    return "".join(_terminated(difflib.unified_diff(before, after, source, target)))


def _lines(data: bytes | None) -> list[str]:
    """The lines of ``data``, each with its own ending (only CR and LF end a line, as for git)."""
    return _LINE.findall(data.decode("utf-8-sig", "replace")) if data is not None else []


def _terminated(lines: Iterable[str]) -> list[str]:
    """Each line of the diff ending in a newline; a last line that had none marked as `git diff` marks it."""
    return [line if line.endswith(("\n", "\r")) else f"{line}\n\\ No newline at end of file\n" for line in lines]
