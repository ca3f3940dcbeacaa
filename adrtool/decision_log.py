"""The decision log: every record file in the decision directory, read, with the ones that failed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import AdrError, NotFound, ReadError, UsageError
from adrtool.model import Record
from adrtool.reader import is_record_name, read_record


@dataclass(frozen=True)
class DecisionLog:
    directory: Path
    records: tuple[Record, ...]  # sorted by number, then file name
    failures: tuple[ReadError, ...]  # record files that could not be read, in file-name order

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
    try:
        entries = list(os.scandir(directory))
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None
    return sorted(Path(entry.path) for entry in entries
                  if is_record_name(entry.name) and not entry.name.startswith("."))


def load(directory: Path) -> DecisionLog:
    records: list[Record] = []
    failures: list[ReadError] = []
    for path in record_paths(directory):
        try:
            records.append(read_record(path))
        except AdrError as error:
            failures.append(error if isinstance(error, ReadError) else ReadError(error.message, path=path))
    records.sort(key=lambda record: (record.number, record.path.name))
    return DecisionLog(directory, tuple(records), tuple(failures))
