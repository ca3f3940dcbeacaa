"""The decision logs of a workspace, read together: one directory, or several labelled ones.

Each directory is read through the store (``adrtool.records.store``: the caches, or a plain read); this
module labels each record with its log, combines several logs into one, and settles what only the whole log
can tell about a record: in a log whose titles live in front matter (EIP-style logs), a level-1 heading in a
body is a section, not the title.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from adrtool.model import Record
from adrtool.project.workspace import Workspace
from adrtool.records.log import DecisionLog
from adrtool.records.names import is_record_name
from adrtool.records.store import NULL_STORE, Store


@dataclass(frozen=True)
class CombinedLog(DecisionLog):
    """Several logs read as one: ``records`` and ``failures`` are every log's, in the workspace's order of
    logs, and ``parts`` the logs themselves (what is kept per directory: body facts, numbers, conventions)."""

    parts: tuple[DecisionLog, ...] = ()
    # The log a number names a record of, and ``directory``: the workspace's ``home``, when it has one.
    home: Path | None = None

    def referred(self, number: int) -> list[Record]:
        if self.home is None:
            return self.numbered(number)
        return [record for record in self.records if record.number == number and record.directory == self.home]

    def _refers_to(self, path: Path) -> bool:
        return self.home is None or path.parent == self.home

    def _missing(self, number: int) -> str:
        if self.home is None:
            return super()._missing(number)
        label = next((part.records[0].log for part in self.parts if part.directory == self.home and part.records),
                     None)
        return f"no record number {number} in {label or self.home}"


def parts_of(log: DecisionLog) -> tuple[DecisionLog, ...]:
    """The single-directory logs ``log`` is made of (itself, unless it combines several)."""
    return log.parts if isinstance(log, CombinedLog) else (log,)


def load_logs(workspace: Workspace, store: Store = NULL_STORE) -> DecisionLog:
    """Every log of ``workspace``, read through ``store``; several logs come back as a ``CombinedLog``, each
    record labelled with its log (a project's only log has no label: "")."""
    if not workspace.several:
        return settle(store.read_log(workspace.decision_dir))
    return combine([label_log(settle(store.read_log(log.directory)), log.label) for log in workspace.logs],
                   workspace.home)


def label_log(log: DecisionLog, label: str) -> DecisionLog:
    """``log`` with each record carrying ``label``.

    The records were made by this reading (from files or the parse cache), and nothing else holds them yet:
    each is labelled where it is, which costs a tenth of copying every record of a large log."""
    for record in log.records:
        if record.log != label:
            object.__setattr__(record, "log", label)
    return log


def combine(parts: list[DecisionLog], home: Path | None = None) -> CombinedLog:
    """One log of ``parts``, in their order; ``home``: the part a command that needs one log takes."""
    records = tuple(record for part in parts for record in part.records)
    failures = tuple(failure for part in parts for failure in part.failures)
    templates = tuple(template for part in parts for template in part.templates)
    return CombinedLog(home or parts[0].directory, records, failures, templates, tuple(parts), home)


# -- what only the whole log tells ------------------------------------------------------------------------


def settle(log: DecisionLog) -> DecisionLog:
    """``log`` with what its records say as a log: the titles of a log that keeps them in front matter."""
    retitled = _front_matter_titles(log.records)
    if retitled is None:
        return log
    return dataclasses.replace(log, records=retitled)


def _front_matter_titles(records: Iterable[Record]) -> tuple[Record, ...] | None:
    """The records with their front matter's `title` as their title, when the log keeps titles there: most of
    its records have a `title` key and no title heading (EIP-style logs, whose `#` headings are sections such
    as `# Abstract`). None when the log is not such a log, or no record's title changes."""
    records = tuple(records)
    titled = [record for record in records if isinstance(record.meta.get("title"), str)]
    if len(titled) * 2 <= len(records):
        return None
    from_front_matter = sum(1 for record in titled if record.title_line == record.meta_lines.get("title"))
    if from_front_matter * 2 <= len(titled):
        return None
    changed = False
    result = []
    for record in records:
        named = record.meta.get("title")
        if isinstance(named, str) and named.strip() and record.title_line != record.meta_lines.get("title"):
            record = _retitled(record, named.strip())
            changed = True
        result.append(record)
    return tuple(result) if changed else None


def _retitled(record: Record, title: str) -> Record:
    from adrtool.records.values import read_title

    return dataclasses.replace(record, title=read_title(title).text, title_line=record.meta_lines.get("title"),
                               heading_number=None)



_OTHER_FORMATS = (".rst", ".adoc", ".asciidoc", ".markdown", ".mdx", ".txt")


def empty_log_note(directory: Path, shown: str) -> str | None:
    """Why a decision directory that holds no record may look as if it did, said in one line naming it as
    ``shown`` (relative to the project root): its records kept one folder each (`2022-02-03-testing/README.md`)
    or by area in subfolders, or written in another format (`0001-x.rst`); None when it holds nothing of the
    kind (a log just started)."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return None
    kept = {entry.name: _markdown_in(entry.path) for entry in entries
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith(".")}
    folders = sorted(name for name, (markdown, _) in kept.items() if markdown)
    others = sorted(entry.name for entry in entries if entry.name.lower().endswith(_OTHER_FORMATS)
                    and entry.name[:1].isdigit())
    unnumbered = sorted(entry.name for entry in entries if entry.name.lower().endswith(".md")
                        and not is_record_name(entry.name) and not _NOT_RECORDS.match(entry.name))
    if others:
        more = f" and {len(others) - 1} more" if len(others) > 1 else ""
        return (f"{shown}/ holds no Markdown record: its numbered files are in another format "
                f"({others[0]}{more}); adr reads NNNN-title.md")
    if unnumbered:  # `naming.md`: decisions named without numbers (unleash's contributing/ADRs/back-end/)
        more = f" and {len(unnumbered) - 1} more" if len(unnumbered) > 1 else ""
        return (f"{shown}/ holds no record adr can number: its Markdown files ({unnumbered[0]}{more}) "
                "are not named NNNN-title.md")
    if folders:
        more = f" and {len(folders) - 1} more" if len(folders) > 1 else ""
        if not any(numbered for _, numbered in kept.values()) and not any(name[:1].isdigit() for name in folders):
            return (f"{shown}/ holds no record: the Markdown files of its subfolders ({folders[0]}/{more}) "
                    "are not named NNNN-title.md either")
        return (f"{shown}/ holds no record of its own: adr reads the NNNN-title.md files in it, not the "
                f"Markdown files of its subfolders ({folders[0]}/{more})")
    return None


_NOT_RECORDS = re.compile(r"(?:readme|index|template|changelog|contributing)\b|.*template", re.IGNORECASE)


def _markdown_in(folder: str) -> tuple[bool, bool]:
    """Whether ``folder`` holds Markdown files, and whether any of them is numbered."""
    markdown = numbered = False
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.lower().endswith(".md"):
                    markdown = True
                    numbered = numbered or is_record_name(entry.name)
    except OSError:
        pass
    return markdown, numbered
