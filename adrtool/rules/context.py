"""What every rule may look at, built once per run: the log, the calendar, the config, today."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from adrtool.body import Body, comment_text
from adrtool.calendar import Calendar
from adrtool.config import Config
from adrtool.decision_log import DecisionLog
from adrtool.errors import AdrError, ReadError
from adrtool.model import Record
from adrtool.names import RECORD_NAME
from adrtool.workspace import Workspace

_UNREAD = object()
_TEMPLATE_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


@dataclass
class Context:
    workspace: Workspace
    log: DecisionLog
    calendar: Calendar
    today: date
    scope: tuple[Path, ...] | None = None  # report only on these files (or files under these directories)
    late_failures: list[ReadError] = field(default_factory=list)  # records that could not be re-read
    _bodies: dict[str, Body | None] = field(default_factory=dict, repr=False)  # by file name: one directory

    @property
    def config(self) -> Config:
        return self.workspace.config

    def in_scope(self, path: Path) -> bool:
        if self.scope is None:
            return True
        return any(path == wanted or wanted in path.parents for wanted in self.scope)

    @functools.cached_property
    def scoped_records(self) -> list[Record]:
        return [record for record in self.log.records if self.in_scope(record.path)]

    @functools.cached_property
    def by_number(self) -> dict[int, list[Record]]:
        index: dict[int, list[Record]] = {}
        for record in self.log.records:
            index.setdefault(record.number, []).append(record)
        return index

    @functools.cached_property
    def files_by_number(self) -> dict[int, list[Path]]:
        """Every record file by its number, the unreadable ones included (they exist all the same)."""
        index: dict[int, list[Path]] = {}
        for record in self.log.records:
            index.setdefault(record.number, []).append(record.path)
        for failure in self.log.failures:
            match = RECORD_NAME.match(failure.path.name) if failure.path is not None else None
            if match and failure.path is not None:
                index.setdefault(int(match.group(1)), []).append(failure.path)
        for paths in index.values():
            paths.sort()
        return index

    def exists(self, number: int) -> bool:
        return number in self.files_by_number

    def single(self, number: int) -> Record | None:
        """The record with ``number``, when exactly one readable record has it."""
        found = self.by_number.get(number, ())
        return found[0] if len(found) == 1 else None

    @functools.cached_property
    def next_number(self) -> int:
        return max(self.files_by_number, default=0) + 1

    def body(self, record: Record) -> Body | None:
        """The record's text, read once; None (and a late failure) if it cannot be read again."""
        body = self._bodies.get(record.filename, _UNREAD)
        if body is _UNREAD:
            try:
                body = Body.read(record.path, record.body_line)
            except AdrError as error:
                body = None
                self.late_failures.append(error if isinstance(error, ReadError) else
                                          ReadError(error.message, path=record.path))
            self._bodies[record.filename] = body
        return body  # type: ignore[return-value]

    @functools.cached_property
    def template_hints(self) -> frozenset[str]:
        """The HTML comments of the record templates (shipped and the project's): unfilled if still there."""
        from adrtool.render import shipped_templates

        return frozenset(_hints(path for path in (shipped_templates() / "record.md.j2",
                                                  self.config.templates / "record.md.j2"
                                                  if self.config.templates is not None else None)
                                if path is not None))

    @functools.cached_property
    def decision_files(self) -> frozenset[str]:
        """Names in the decision directory (for link checks without a stat per link)."""
        import os

        try:
            return frozenset(os.listdir(self.log.directory))
        except OSError:
            return frozenset()


def _hints(paths: Iterable[Path]) -> set[str]:
    hints = set()
    for path in paths:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for match in _TEMPLATE_COMMENT.finditer(source):
            if "{{" not in match.group(1) and "{%" not in match.group(1):
                hints.add(comment_text(match.group(1)))
    hints.discard("")
    return hints
