"""What every rule may look at, built once per run: the log, the calendar, the config, today."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from adrtool.calendar.cycles import Calendar
from adrtool.errors import AdrError, ReadError
from adrtool.model import Record
from adrtool.project.config import Config
from adrtool.project.workspace import Workspace
from adrtool.records.facts import BodyFacts, comment_text
from adrtool.records.log import DecisionLog
from adrtool.records.names import RECORD_NAME
from adrtool.records.store import NullStore, Store

_TEMPLATE_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


@dataclass
class Context:
    workspace: Workspace
    log: DecisionLog
    calendar: Calendar
    today: date
    store: Store = field(default_factory=NullStore)  # what the log was read through: asked for body facts too
    scope: tuple[Path, ...] | None = None  # report only on these files (or files under these directories)
    late_failures: list[ReadError] = field(default_factory=list)  # records that could not be re-read

    @property
    def config(self) -> Config:
        return self.workspace.config

    def in_scope(self, path: Path) -> bool:
        if self.scope is None:
            return True
        return any(path == wanted or wanted in path.parents for wanted in self.scope)

    @functools.cached_property
    def scoped_records(self) -> list[Record]:
        if self.scope is None:
            return list(self.log.records)
        return [record for record in self.log.records if self.in_scope(record.path)]

    @functools.cached_property
    def by_number(self) -> dict[int, list[Record]]:
        index: dict[int, list[Record]] = {}
        for record in self.log.records:
            index.setdefault(record.number, []).append(record)
        return index

    @functools.cached_property
    def names_by_number(self) -> dict[int, list[str]]:
        """Every record file's name by its number, the unreadable ones included (they exist all the same).

        Names, not paths: every record file is in the log's directory, and a Path per record costs more
        than the check that needs it.
        """
        index: dict[int, list[str]] = {}
        for record in self.log.records:
            index.setdefault(record.number, []).append(record.filename)
        for failure in self.log.failures:
            match = RECORD_NAME.match(failure.path.name) if failure.path is not None else None
            if match and failure.path is not None:
                index.setdefault(int(match.group(1)), []).append(failure.path.name)
        for names in index.values():
            if len(names) > 1:
                names.sort()
        return index

    def path_exists(self, path: str) -> bool:
        """Whether ``path``, outside the decision directory, exists (asked of the store: an input of the
        answer)."""
        return self.store.exists(path)

    def exists(self, number: int) -> bool:
        return number in self.names_by_number

    def single(self, number: int) -> Record | None:
        """The record with ``number``, when exactly one readable record has it."""
        found = self.by_number.get(number, ())
        return found[0] if len(found) == 1 else None

    @functools.cached_property
    def next_number(self) -> int:
        return max(self.names_by_number, default=0) + 1

    @functools.cached_property
    def facts(self) -> dict[str, BodyFacts]:
        """What each record's text holds (sections, placeholders, links), by file name: every record in
        scope, but those whose file cannot be read again (each a late failure)."""
        found, failures = self.store.body_facts(self.log, self.scoped_records, self.template_hints)
        self.late_failures.extend(failures)
        return found

    def line_text(self, record: Record, line: int) -> str | None:
        """Line ``line`` of the record's file as it is now (for messages quoting what was written)."""
        from adrtool.fsio import read_text

        try:
            lines = read_text(record.path).text.split("\n")
        except AdrError:
            return None
        return lines[line - 1] if 0 < line <= len(lines) else None

    @functools.cached_property
    def template_hints(self) -> frozenset[str]:
        """The HTML comments of the record templates (shipped and the project's): unfilled if still there."""
        from adrtool.project.templates import shipped_templates

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
