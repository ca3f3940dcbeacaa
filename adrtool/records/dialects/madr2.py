"""MADR 2 and log4brains: `* Status: accepted` (or `- Status:`) bullets under the title.

The bullets usually follow the title directly; pyadr's logs may have a paragraph (`Adapted from ...`) or a
`Technical Story:` line first: the first bullet list before the first section is the record's metadata.
"""

from __future__ import annotations

import re
import sys
from typing import Any

# The value's trailing blanks are stripped after the match (a lazy group followed by `\s*$` would try the end
# of the line at every character of the value).
_BULLET = re.compile(r"\s{0,3}[*-]\s+(?:\*\*|__)?([A-Za-z][A-Za-z -]*?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)")


def key_of(label: str) -> str:
    return "-".join(label.lower().split())


def metadata(lines: list[str], after: int) -> tuple[dict[str, Any], dict[str, int], int]:
    """The bullet list of `Key: value` lines that follows line index ``after`` (the title), and the index of
    the line that ended it (``len(lines)`` when the lines ran out first)."""
    meta: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    started = False
    index = after + 1
    while index < len(lines):
        line = lines[index]
        if not line or line.isspace():
            if started:
                break
            index += 1
            continue
        bullet = _bullet(line)
        if bullet is None:
            if started or line.lstrip()[:1] in ("#", "*", "-", "|", "`", "~", "<"):
                break  # the list ended, or a section, another list or a block comes before any bullet
            index += 1  # a paragraph before the bullets
            continue
        started = True
        key, value = bullet
        if key not in meta:
            meta[key] = value
            key_lines[key] = index + 1
        index += 1
    return meta, key_lines, index


def _bullet(line: str) -> tuple[str, str] | None:
    """(key, value) of a `* Key: value` line, as `_BULLET` reads it; the usual form (`* Status: accepted`, a
    `-` for the `*`, one word before the colon) without the expression, which costs three times as much."""
    if line[:2] in ("* ", "- "):
        label, colon, value = line[2:].partition(": ")
        if colon and label.isascii() and label.isalpha() and not value[:1].isspace() \
                and not value.startswith(("**", "__")):
            return sys.intern(label.lower()), value.rstrip()
    match = _BULLET.fullmatch(line)
    return (sys.intern(key_of(match.group(1))), match.group(2).rstrip()) if match else None


def is_metadata(meta: dict[str, Any]) -> bool:
    """Whether bullets under a title are MADR 2's metadata (not just any list)."""
    return "status" in meta or "date" in meta or "deciders" in meta
