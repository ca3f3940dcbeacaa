"""The decision log: every record file in the decision directory, read, with the ones that failed."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from adrtool.errors import AdrError, NotFound, ReadError, UsageError
from adrtool.model import Record
from adrtool.names import is_record_name

if TYPE_CHECKING:
    from adrtool.cache import Clock


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


def _scan(directory: Path) -> list[tuple[str, os.stat_result]]:
    """(name, stat) of each record file; names only, since a Path object costs more than the stat."""
    try:
        with os.scandir(directory) as entries:
            found = [(entry.name, entry.stat()) for entry in entries
                     if is_record_name(entry.name) and not entry.name.startswith(".")]
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None
    found.sort(key=lambda pair: pair[0])
    return found


def load(directory: Path, *, use_cache: bool = True) -> DecisionLog:
    """Read every record of ``directory``; unchanged files come from the parse cache."""
    import time

    from adrtool.cache import Clock, ParseCache, cache_file, code_key, current_bytes, signature

    scanned_ns = time.time_ns()
    files = _scan(directory)
    clock = Clock(scanned_ns, files[0][1].st_dev if files else None)
    cache = ParseCache(cache_file(directory, "records") if use_cache else None, code_key(), clock)
    records: list[Record] = []
    todo: list[tuple[str, os.stat_result]] = []
    for name, stat in files:
        cached = cache.get(name, signature(stat), functools.partial(current_bytes, directory, name))
        if cached is not None:
            records.append(cached)
        else:
            todo.append((name, stat))
    failures: list[ReadError] = []
    for (name, stat), (outcome, digest) in zip(todo, _parse_all(directory, [name for name, _ in todo])):
        if isinstance(outcome, Record):
            records.append(outcome)
            cache.put(name, stat, outcome, digest)
        else:
            failures.append(outcome)
    cache.keep_only(name for name, _ in files)
    cache.save()
    records.sort(key=lambda record: (record.number, record.filename))
    failures.sort(key=lambda failure: str(failure.path))
    return DecisionLog(directory, tuple(records), tuple(failures), dict(files), clock)


Outcome = tuple["Record | ReadError", bytes]


def _parse_all(directory: Path, names: list[str]) -> list[Outcome]:
    """Parse in this process. Worker processes were measured: at 10,000 records, sending the parsed
    records back cost more than the second core saved (0.94 s serial, 1.12 s with two workers)."""
    return [_parse_one(directory, name) for name in names]


def _parse_one(directory: Path, name: str) -> Outcome:
    # The reader (and its regular expressions) is loaded only when a file has to be parsed: a warm run
    # serves every record from the cache and never needs it.
    from adrtool.cache import content_digest
    from adrtool.fsio import read_text
    from adrtool.reader import parse

    path = directory / name
    try:
        file = read_text(path)
    except AdrError as error:
        return _as_read_error(error, path), b""
    try:
        return parse(file, directory), content_digest(file.raw)
    except AdrError as error:
        return _as_read_error(error, path), b""


def _as_read_error(error: AdrError, path: Path) -> ReadError:
    return error if isinstance(error, ReadError) else ReadError(error.message, path=path)
