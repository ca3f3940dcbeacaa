"""MADR 2 and log4brains: `* Status: accepted` (or `- Status:`) bullets right under the title."""

from __future__ import annotations

import re
from typing import Any

_BULLET = re.compile(r"^\s{0,3}[*-]\s+([A-Za-z][A-Za-z -]*?)\s*:\s*(.*?)\s*$")


def key_of(label: str) -> str:
    return "-".join(label.lower().split())


def metadata(lines: list[str], after: int) -> tuple[dict[str, Any], dict[str, int]]:
    """The bullet list of `Key: value` lines that follows line index ``after`` (the title)."""
    meta: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    started = False
    for index in range(after + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            if started:
                break
            continue
        match = _BULLET.match(line)
        if not match:
            break
        started = True
        key = key_of(match.group(1))
        if key not in meta:
            meta[key] = match.group(2)
            key_lines[key] = index + 1
    return meta, key_lines


def has_metadata(lines: list[str], after: int) -> bool:
    meta, _ = metadata(lines, after)
    return "status" in meta or "date" in meta or "deciders" in meta
