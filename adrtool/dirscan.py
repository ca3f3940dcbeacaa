"""One scan of a directory: every entry with its own stat, in name order, and when the scan began.

Kept free of adrtool's other modules (and of dataclasses, which loads inspect): a stored answer is checked
against a scan before anything else is imported (adrtool.answers).
"""

from __future__ import annotations

import os
import time

TYPE_CHECKING = False  # typing and pathlib cost more than the rest of a replayed answer's imports
if TYPE_CHECKING:
    from pathlib import Path


class DirectoryScan:
    """What reading the log and the answer store key on, so the directory is scanned once a run."""

    __slots__ = ("directory", "started_ns", "entries")

    def __init__(self, directory: Path, started_ns: int, entries: list[tuple[str, os.stat_result]]) -> None:
        self.directory = directory
        self.started_ns = started_ns  # time.time_ns() before the first stat
        self.entries = entries  # (name, stat) of every entry, a symlink's own stat, sorted by name


def scan(directory: Path) -> DirectoryScan:
    """Raises OSError when the directory cannot be listed; an entry that vanishes while the directory is
    listed (another writer's temporary file) is left out."""
    started_ns = time.time_ns()
    if os.scandir not in os.supports_fd:  # pragma: no cover - Windows
        return DirectoryScan(directory, started_ns, _entries(directory))
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:  # each stat relative to the open directory: a fifth cheaper than by the whole path
        return DirectoryScan(directory, started_ns, _entries(fd))
    finally:
        os.close(fd)


def _entries(where: int | Path) -> list[tuple[str, os.stat_result]]:
    entries = []
    with os.scandir(where) as found:
        for entry in found:
            try:
                entries.append((entry.name, entry.stat(follow_symlinks=False)))
            except FileNotFoundError:
                continue
    entries.sort(key=_name)
    return entries


def _name(entry: tuple[str, os.stat_result]) -> str:
    return entry[0]
