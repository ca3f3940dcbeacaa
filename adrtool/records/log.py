"""The decision log: every record file in the decision directory, read, with the ones that failed."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adrtool.errors import NotFound, ReadError, UsageError
from adrtool.model import Record
from adrtool.records.names import RECORD_NAME

if TYPE_CHECKING:
    from adrtool.cache.parsed import Clock
    from adrtool.cache.scan import DirectoryScan


@dataclass(frozen=True)
class DecisionLog:
    directory: Path
    records: tuple[Record, ...]  # sorted by number, then file name
    failures: tuple[ReadError, ...]  # record files that could not be read, in file-name order
    # Each record file's stat (by name), taken before it was read: what a cache of anything else made from
    # these files (the linter's body facts) is checked against. Empty when the files were not read from disk.
    stats: Mapping[str, os.stat_result] = field(default_factory=dict, repr=False, compare=False)
    # When those stats were taken, for telling which files changed too recently to be judged by their stat.
    clock: Clock | None = field(default=None, repr=False, compare=False)
    # What ``load``'s ``derive`` gave for each record, by file name.
    derived: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def numbered(self, number: int) -> list[Record]:
        return [record for record in self.records if record.number == number]

    def numbers(self) -> set[int]:
        return {record.number for record in self.records}

    def find(self, ref: str) -> Record:
        """The record ``ref`` names: a number (`3`, `0003`, `ADR-3`), a file name, or a path."""
        text = ref.strip()
        digits = text.upper().removeprefix("ADR").lstrip("-_ ")
        if digits.isdigit():
            return self._by_number(int(digits), ref)
        candidate = Path(text)
        name = candidate.name
        for record in self.records:
            if record.path.name == name and (candidate.parent == Path(".") or _same(record.path, candidate)):
                return record
        for failure in self.failures:
            if failure.path is not None and failure.path.name == name:
                raise failure
        raise NotFound(f"no record {ref!r} in {self.directory}")

    def _by_number(self, number: int, ref: str) -> Record:
        matches = self.numbered(number)
        if len(matches) > 1:
            names = " and ".join(record.path.name for record in matches)
            raise UsageError(f"{names} share number {number}; name the file instead of {ref!r}")
        if matches:
            return matches[0]
        for failure in self.failures:
            if failure.path is not None and _number_of_name(failure.path.name) == number:
                raise failure
        raise NotFound(f"no record number {number} in {self.directory}")


def _same(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _number_of_name(name: str) -> int | None:
    head = name.split("-", 1)[0].split("_", 1)[0]
    return int(head) if head.isdigit() else None


def record_paths(directory: Path) -> list[Path]:
    """The record files of ``directory`` (numbered Markdown files), in name order."""
    return [directory / name for name, _ in _scan(directory)]


def scan_directory(directory: Path) -> DirectoryScan:
    from adrtool.cache import scan as dirscan

    try:
        return dirscan.scan(directory)
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None


def _scan(directory: Path, scan: DirectoryScan | None = None) -> list[tuple[str, os.stat_result | None]]:
    """(name, stat) of each record file, symlinks followed (stat None: left for the reader to take); names
    only, since a Path object costs more than the stat."""
    import stat as kinds

    if scan is None:
        scan = scan_directory(directory)
    found = []
    record_name, is_link = RECORD_NAME.match, kinds.S_ISLNK
    for name, stat in scan.entries:
        if record_name(name) and not name.startswith("."):
            if stat is not None and is_link(stat.st_mode):
                try:
                    stat = os.stat(directory / name)
                except OSError as error:
                    raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) \
                        from None
            found.append((name, stat))
    return found


def load(directory: Path, *, use_cache: bool = True, scan: DirectoryScan | None = None,
         derive: Callable[[Record], Any] | None = None) -> DecisionLog:
    """Read every record of ``directory`` (as ``scan`` found them, if given); unchanged files come from the
    parse cache. With ``derive``, the log's ``derived`` holds ``derive(record)`` for each record, worked out
    where the record was read (on either core, when a second one shares the reading)."""
    with _uncollected():
        return _load(directory, use_cache, scan, derive)


@contextlib.contextmanager
def _uncollected() -> Iterator[None]:
    """Reading builds thousands of records, and no reference cycle: the cycle collector, run while they are
    built, would only go over them again and again (a tenth of a cold `adr list` at 10,000 records)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(directory: Path, use_cache: bool, scan: DirectoryScan | None,
          derive: Callable[[Record], Any] | None) -> DecisionLog:
    from adrtool.cache.parsed import Clock, ParseCache, cache_file, code_key, current_bytes, signature
    from adrtool.cache.packing import Misshapen, unpack
    from adrtool.cache.reading import Reading

    if scan is None or scan.directory != directory:
        scan = scan_directory(directory)
    files = _scan(directory, scan)
    clock = Clock(scan.started_ns, scan.device)
    cache = ParseCache(cache_file(directory, "records") if use_cache else None, code_key(), clock)
    records: list[Record] = []
    entries = cache.entries
    if entries:  # the cache is looked up by stat: take the ones left for the readers now
        files = _stats_taken(directory, files)
    todo: list[tuple[str, os.stat_result | None]] = [] if entries else files  # nothing cached: all of them
    for name, stat in files if entries else ():
        if stat is None:  # gone since it was listed: its reader says so
            todo.append((name, stat))
            continue
        cached = cache.get(name, signature(stat), functools.partial(current_bytes, directory, name)) \
            if name in entries else None
        if cached is not None:
            try:
                records.append(unpack(cached, directory))
                continue
            except Misshapen:
                pass  # read the file: its record replaces the entry
        todo.append((name, stat))
    failures: list[ReadError] = []
    reading = Reading(directory, cache, derive)
    for outcome in reading.parse(todo):
        if isinstance(outcome, Record):
            records.append(outcome)
        else:
            failures.append(outcome)
    taken = reading.stats  # by the readers, for the files whose stat the scan left to them
    stats = {name: stat if stat is not None else taken.get(name) for name, stat in files} if taken else dict(files)
    if not scan.complete:
        scan.settle(stats)  # for the answer store (adrtool.cache.answers)
    cache.keep_only(stats)
    cache.save()
    records.sort(key=attrgetter("number", "filename"))
    failures.sort(key=lambda failure: str(failure.path))
    derived = reading.derived
    if derive is not None and len(derived) < len(records):
        for record in records:
            if record.filename not in derived:
                derived[record.filename] = derive(record)
    if None in stats.values():  # gone before it could be read
        stats = {name: stat for name, stat in stats.items() if stat is not None}
    return DecisionLog(directory, tuple(records), tuple(failures), stats, clock, derived)  # type: ignore[arg-type]


def _stats_taken(directory: Path, files: list[tuple[str, os.stat_result | None]]) \
        -> list[tuple[str, os.stat_result | None]]:
    """``files`` with the stats left for the readers taken now (None for a file gone since it was listed)."""
    if all(stat is not None for _, stat in files):
        return files
    directory_fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        taken = []
        for name, stat in files:
            if stat is None:
                try:
                    stat = os.stat(name, dir_fd=directory_fd, follow_symlinks=False)
                except FileNotFoundError:
                    pass
            taken.append((name, stat))
        return taken
    finally:
        os.close(directory_fd)
