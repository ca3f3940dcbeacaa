"""What every rule may look at, built once per run: the logs, their conventions, the calendar, the config, today.

A project may keep several logs (``adrtool.records.logs``): numbers, links and file names are compared within
one log, and each log is judged by its own conventions (``adrtool.records.conventions``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from adrtool.calendar.cycles import Calendar
from adrtool.errors import ReadError
from adrtool.model import Record
from adrtool.project.config import Config
from adrtool.project.workspace import Workspace
from adrtool.records import comments
from adrtool.records.conventions import Conventions, conventions
from adrtool.records.facts import BodyFacts, comment_text
from adrtool.records.log import DecisionLog
from adrtool.records.logs import parts_of
from adrtool.records.names import is_translation, linked_identity, number_of_name, parse_name
from adrtool.records.store import NullStore, Store

_WORDS = re.compile(r"[^\W\d_]+")


class LogPart:
    """One decision directory's log within a run: its records by number, its conventions, its files.

    A log whose records are also kept in areas (subfolders numbered in its sequence, ``Workspace.areas``) is one
    part per directory, the log's own directory's the ``owner`` of the others (its ``group``): numbers, ids and
    conventions are the whole log's, files and body facts each directory's."""

    def __init__(self, context: Context, log: DecisionLog) -> None:
        self.context = context
        self.log = log
        self.directory = log.directory
        self.owner = self  # the part of the log's own directory
        self.group: list[LogPart] = [self]  # the owner's: itself, then its areas' parts

    @functools.cached_property
    def conventions(self) -> Conventions:
        if self.owner is not self:
            return self.owner.conventions
        return conventions(self.directory, self._records, configured=self.context.config.source is not None,
                           files=self.decision_files, templates=self.log.templates,
                           root=self.context.workspace.root, topics=self.context.topic_templates)

    @property
    def _records(self) -> Iterable[Record]:
        """The records of the whole log (the owner's group)."""
        if len(self.group) == 1:
            return self.log.records
        return [record for part in self.group for record in part.log.records]

    @functools.cached_property
    def status_words(self) -> Counter[str]:
        """How many of the whole log's records write each word in their status as written (`구현됨` of `구현됨
        (Implemented)`, read as implemented), in lower case."""
        from adrtool.records.dialects.normalize import canonical_key

        if self.owner is not self:
            return self.owner.status_words
        counted: Counter[str] = Counter()
        for record in self._records:
            said = record.meta.get("status")
            if said is None:
                said = next((value for key, value in record.meta.items() if canonical_key(key) == "status"), None)
            if isinstance(said, str):
                counted.update(set(_WORDS.findall(said.lower())))
        return counted

    @functools.cached_property
    def by_number(self) -> dict[int, list[Record]]:
        if self.owner is not self:
            return self.owner.by_number
        index: dict[int, list[Record]] = {}
        for record in self._records:
            if record.number is not None:
                index.setdefault(record.number, []).append(record)
        return index

    @functools.cached_property
    def names_by_number(self) -> dict[int, list[str]]:
        """Every record file's name by its number, the unreadable ones included (they exist all the same), in
        the whole log: an area's as its path from the log's directory (`security/0020-spiffe.md`).

        Names, not paths: a record file is in the log's directory (or an area of it), and a Path per record costs
        more than the check that needs it.
        """
        if self.owner is not self:
            return self.owner.names_by_number
        index: dict[int, list[str]] = {}
        for part in self.group:
            folder = "" if part is self else part.directory.name + "/"
            for record in part.log.records:
                if record.number is not None:
                    index.setdefault(record.number, []).append(folder + record.filename)
            for failure in part.log.failures:
                number = number_of_name(failure.path.name) if failure.path is not None else None
                if number is not None and failure.path is not None:
                    index.setdefault(number, []).append(folder + failure.path.name)
        for names in index.values():
            if len(names) > 1:
                names.sort()
        return index

    def names_by_id(self, item: object) -> bool:
        """Whether a relation's ``item`` is the id of a record (``ids``; drctl's `supersededBy:
        DR--20251103--meta--auto-accept-transitions`): a relation the model keeps no number of, to a record that
        exists."""
        return type(item) is str and item.strip() in self.ids

    @functools.cached_property
    def names_by_slug(self) -> dict[str, list[tuple[int, str]]]:
        """The numbered record files of ``names_by_number`` by the words of their names (`hosting-on-render` of
        `0008-hosting-on-render.md`), each with its number: what a link or a relation that names a record by its
        words is looked up in."""
        index: dict[str, list[tuple[int, str]]] = {}
        for number, names in self.names_by_number.items():
            for name in names:
                parsed = parse_name(name.rsplit("/", 1)[-1])
                if parsed is not None and parsed.slug:
                    index.setdefault(parsed.slug, []).append((number, name))
        return index

    @functools.cached_property
    def ids(self) -> frozenset[str]:
        """The ids of the log's records (a date-named record's file name without `.md`)."""
        if self.owner is not self:
            return self.owner.ids
        return frozenset(record.id for record in self._records)

    def exists(self, number: int) -> bool:
        return number in self.names_by_number

    @functools.cached_property
    def in_subfolders(self) -> dict[str, list[str]]:
        """The record files kept in each subfolder of the decision directory that is no log of its own nor an area
        of this one (a `deprecated/` folder numbered apart from the log): adr reads none of them (ADR101 says so),
        but they exist."""
        return self._unread(self._subfolders[0])

    @property
    def linked_unread(self) -> dict[str, list[str]]:
        """The record files behind each subfolder of the decision directory that is a symbolic link adr does not
        read (to a folder outside the project, or one no stage of the log's): ADR101 says so."""
        return self._unread(self._subfolders[1])

    @functools.cached_property
    def _subfolders(self) -> tuple[list[str], list[str]]:
        """The names of the decision directory's subfolders, and of its symbolic links to folders, not hidden,
        sorted: one scan."""
        import os

        folders: list[str] = []
        links: list[str] = []
        try:
            with os.scandir(self.directory) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.name)
                    elif entry.is_symlink() and entry.is_dir():
                        links.append(entry.name)
        except OSError:
            pass
        return sorted(folders), sorted(links)

    def _unread(self, folders: list[str]) -> dict[str, list[str]]:
        """The record files of each of ``folders`` (names of the decision directory's) that is no log nor area."""
        import os

        from adrtool.records.names import (
            is_record_name,
            is_slug_name,
            is_template_named,
            is_template_word,
            names_words_alone,
        )

        logs = self.context._by_directory
        found: dict[str, list[str]] = {}
        by_words = bool(folders) and names_words_alone(self.directory)  # its records' names are theirs too
        for name in folders:
            if self.directory / name in logs:
                continue
            # (in a log named by words, any page names a record: but not a folder of templates, nor a template)
            words_here = by_words and not is_template_word(name.lower().removesuffix("s"))
            try:  # an input of a kept answer as it is: the decision directory's scan takes each subfolder's stat
                records = sorted(file for file in os.listdir(self.directory / name) if is_record_name(file)
                                 or (words_here and is_slug_name(file) and not is_template_named(file.lower())))
            except OSError:
                continue
            if records:
                found[name] = records
        return found

    @functools.cached_property
    def numbers_in_subfolders(self) -> frozenset[int]:
        """The numbers of the record files the log's subfolders keep unread (its areas' are read)."""
        if self.owner is not self:
            return self.owner.numbers_in_subfolders
        return frozenset(number for part in self.group for files in part.in_subfolders.values() for file in files
                         if (number := number_of_name(file)) is not None)

    def exists_in_a_subfolder(self, number: int) -> bool:
        return number in self.numbers_in_subfolders

    @functools.cached_property
    def superseded_numbers(self) -> frozenset[int]:
        """The numbers of the records another record of the log says it supersedes (`Accepted (replaces ADR
        0013)`): each has a successor named, if only by it."""
        if self.owner is not self:
            return self.owner.superseded_numbers
        return frozenset(number for record in self._records for number in record.supersedes)

    @functools.cached_property
    def superseded_ids(self) -> frozenset[str]:
        """The ids of the date-named records another record of the log links as one it supersedes (`## Supersedes`
        over `- [K3s mechanics](./20260522-k3s.md)`): each has a successor named, if only by it."""
        if self.owner is not self:
            return self.owner.superseded_ids
        return frozenset(named[1] for record in self._records for link in record.links
                         if link.label == "supersedes" and link.target is None and link.href is not None
                         and (named := linked_identity(link.href)) is not None and named[0] is None)

    def single(self, number: int) -> Record | None:
        """The record with ``number``, when exactly one readable record has it."""
        found = self.by_number.get(number, ())
        if len(found) > 1:  # the record, and its translations (``translations``)
            found = [record for record in found if not is_translation(record.slug)]
        return found[0] if len(found) == 1 else None

    @functools.cached_property
    def next_number(self) -> int:
        return max(self.names_by_number, default=0) + 1

    @functools.cached_property
    def facts(self) -> dict[str, BodyFacts]:
        """What each record's text holds (sections, placeholders, links), by file name: every record in
        scope, but those whose file cannot be read again (each a late failure)."""
        scoped = self.context.scoped_by_directory.get(self.directory, [])
        hints = self.context.template_hints | self.conventions.variables  # (the log's template's `{{DATE}}`)
        found, failures = self.context.store.body_facts(self.log, scoped, hints)
        self.context.late_failures.extend(failures)
        return found

    @functools.cached_property
    def decision_files(self) -> frozenset[str]:
        """Names in the decision directory (for link checks without a stat per link)."""
        import os

        try:
            return frozenset(os.listdir(self.directory))
        except OSError:
            return frozenset()


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
    def topic_templates(self) -> dict[Path, Path | None]:
        """The template each folder above a log holds for its topics, as the logs' conventions find them: a folder
        beside thousands of logs is listed once a run."""
        return {}

    @functools.cached_property
    def scoped_by_directory(self) -> dict[Path, list[Record]]:
        """``scoped_records`` by the directory each is in, as a log's part takes them."""
        found: dict[Path, list[Record]] = {}
        for record in self.scoped_records:
            found.setdefault(record.directory, []).append(record)
        return found

    @functools.cached_property
    def parts(self) -> tuple[LogPart, ...]:
        """Each decision directory's log, an area's owned by its log's (``LogPart``)."""
        parts = tuple(LogPart(self, part) for part in parts_of(self.log))
        if len(parts) > 1:
            by_directory = {part.directory: part for part in parts}
            for part in parts:
                owner = by_directory.get(self.log.log_of(part.directory), part)
                if owner is not part:
                    part.owner = owner
                    owner.group.append(part)
        return parts

    @functools.cached_property
    def _by_directory(self) -> dict[Path, LogPart]:
        return {part.directory: part for part in self.parts}

    def part_of(self, record: Record) -> LogPart:
        """The log ``record`` belongs to."""
        parts = self.parts
        if len(parts) == 1:
            return parts[0]
        return self._by_directory[record.directory]

    def conventions_of(self, record: Record) -> Conventions:
        return self.part_of(record).conventions

    def facts_of(self, record: Record) -> BodyFacts | None:
        return self.part_of(record).facts.get(record.filename)

    def path_exists(self, path: str) -> bool:
        """Whether ``path``, outside the decision directory, exists (asked of the store: an input of the
        answer)."""
        return self.store.exists(path)

    def line_text(self, record: Record, line: int) -> str | None:
        """Line ``line`` of the record's file as it is now (for messages quoting what was written)."""
        from adrtool.fsio import lines_of

        lines = lines_of(record.path) or []
        return lines[line - 1] if 0 < line <= len(lines) else None

    @functools.cached_property
    def template_hints(self) -> frozenset[str]:
        """The HTML comments of every record template `adr new` writes from (adrtool's own, adr-tools' and MADR
        2's, shipped and the project's): unfilled if still there. Read once a run."""
        from adrtool.project.templates import record_templates, shipped_templates

        folders = [shipped_templates()] + ([self.config.templates] if self.config.templates is not None else [])
        return frozenset(_hints(folder / name for name in record_templates() for folder in folders))


def _hints(paths: Iterable[Path]) -> set[str]:
    hints = set()
    for path in paths:
        from adrtool.errors import ReadError
        from adrtool.fsio import read_bytes

        try:
            source = read_bytes(path, 1024 * 1024, "template").decode("utf-8")
        except (ReadError, UnicodeDecodeError):
            continue
        for match in comments.html_comments(source):
            if "{{" not in match.group(1) and "{%" not in match.group(1):
                hints.add(comment_text(match.group(1)))
    hints.discard("")
    return hints
