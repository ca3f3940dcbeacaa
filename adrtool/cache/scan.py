"""One scan of a directory: every entry with its own stat, in name order, and when the scan began.

Kept free of adrtool's other modules (and of dataclasses, which loads inspect): a stored answer is checked
against a scan before anything else is imported (adrtool.cache.answers).
"""

from __future__ import annotations

import os
import time
from stat import S_ISDIR

TYPE_CHECKING = False  # typing and pathlib cost more than the rest of a replayed answer's imports
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path
    from typing import TypeAlias

    StatLike: TypeAlias = "Stat | os.stat_result"


class Stat:
    """What adrtool keeps of a file's stat: its kind, and what its signature is made of (size, mtime, ctime,
    inode). A third of an ``os.stat_result``, for every file of a log kept until the command ends."""

    __slots__ = ("st_ctime_ns", "st_ino", "st_mode", "st_mtime_ns", "st_size")

    def __init__(self, mode: int, ino: int, size: int, mtime_ns: int, ctime_ns: int) -> None:
        self.st_mode, self.st_ino, self.st_size = mode, ino, size
        self.st_mtime_ns, self.st_ctime_ns = mtime_ns, ctime_ns

    @classmethod
    def of(cls, stat: StatLike) -> Stat:
        return cls(stat.st_mode, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)

    def fields(self) -> tuple[int, int, int, int, int]:
        """What ``Stat(*fields)`` makes this stat again from (sent between processes as plain data)."""
        return self.st_mode, self.st_ino, self.st_size, self.st_mtime_ns, self.st_ctime_ns


class DirectoryScan:
    """What reading the log and the answer store key on, so the directory is scanned once a run."""

    __slots__ = ("device", "directory", "entries", "started_ns")

    def __init__(self, directory: Path | str, started_ns: int, device: int | None,
                 entries: list[tuple[str, StatLike | None]]) -> None:
        self.directory = directory
        self.started_ns = started_ns  # time.time_ns() before the first stat
        self.device = device  # the directory's filesystem
        # (name, stat) of every entry, a symlink's own stat, sorted by name. None for a file whose stat is taken
        # by whoever reads it, right before (``scan``'s ``later``; ``settle``).
        self.entries = entries

    def settle(self, stats: Mapping[str, StatLike | None]) -> None:
        """Fill in the stats taken since the scan (by the readers, or before a cache was looked up)."""
        self.entries = [(name, stat if stat is not None else stats.get(name)) for name, stat in self.entries]

    def compact(self) -> None:
        """Keep of each entry's stat what adrtool uses (``Stat``): for a scan kept while a log is read."""
        self.entries = [(name, Stat.of(stat) if type(stat) is os.stat_result else stat) for name, stat in self.entries]

    @property
    def complete(self) -> bool:
        return all(stat is not None for _, stat in self.entries)

    def folders(self) -> list[str]:
        """The names of the directory's subfolders (where records kept in a folder of their own are)."""
        return [name for name, stat in self.entries if stat is not None and S_ISDIR(stat.st_mode)]


def scan(directory: Path | str, later: Callable[[str], bool] | None = None) -> DirectoryScan:
    """Raises OSError when the directory cannot be listed; an entry that vanishes while the directory is
    listed (another writer's temporary file) is left out. The stat of a regular file whose name ``later``
    accepts is left to whoever reads it (None): reading a log takes it from the file it opened, on two cores
    when it reads on two (``adrtool.cache.reading``)."""
    started_ns = time.time_ns()
    if os.scandir not in os.supports_fd:  # pragma: no cover - Windows
        return DirectoryScan(directory, started_ns, os.stat(directory).st_dev, _entries(directory, later))
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:  # each stat relative to the open directory: a fifth cheaper than by the whole path
        return DirectoryScan(directory, started_ns, os.fstat(fd).st_dev, _entries(fd, later))
    finally:
        os.close(fd)


def _entries(where: int | Path | str, later: Callable[[str], bool] | None) -> list[tuple[str, StatLike | None]]:
    entries: list[tuple[str, StatLike | None]] = []
    with os.scandir(where) as found:
        for entry in found:
            try:
                if later is not None and later(entry.name) and entry.is_file(follow_symlinks=False):
                    entries.append((entry.name, None))
                else:
                    entries.append((entry.name, entry.stat(follow_symlinks=False)))
            except FileNotFoundError:
                continue
    entries.sort(key=_name)
    return entries


def _name(entry: tuple[str, StatLike | None]) -> str:
    return entry[0]
