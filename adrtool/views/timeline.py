"""`adr log`: what git knows about the decisions, as a table for people and JSON for scripts.

One record's timeline (oldest first, renames followed), or every change to the log (newest first), from the
history walk of ``adrtool.git.history``.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adrtool.errors import NotFound, UsageError
from adrtool.git import history
from adrtool.git.events import MOVED, RENAMED, SUCCESSOR, Event
from adrtool.git.repo import Commit, Git, open_repo
from adrtool.project.workspace import LogDir, Workspace
from adrtool.records.logs import load_logs
from adrtool.records.names import known_name, split_record_path
from adrtool.records.store import Store

COLUMNS = ("DATE", "COMMIT", "ADR", "CHANGE", "AUTHOR", "SUBJECT")


@dataclass(frozen=True)
class Timeline:
    events: list[Event]
    shown: dict[str, str]  # each event's repository path as shown (relative to the project root)
    notes: list[str]  # what to say before the events: a repository without commits, a record not committed
    truncated_at: Commit | None  # where a shallow clone's history ends, if the walk reached it
    logs: list[str] = field(default_factory=list)  # each event's log as `adr list` names it ("": the only one)
    several: bool = False  # whether the project keeps several logs (the table has a LOG column)
    # The whole log's changes (newest first): each row names its record as the log names it now, not by a name
    # it had before a rename or a move (tikv/rfcs' records were named by day before they were numbered).
    as_named_now: bool = False

    def data(self) -> list[dict[str, Any]]:
        """The JSON shape of the events (documented in the README)."""
        return [_event_data(event, self.shown[event.path], log) for event, log in zip(self.events, self._logs())]

    def columns(self) -> tuple[str, ...]:
        return (("LOG",) if self.several else ()) + COLUMNS

    def rows(self) -> list[list[str]]:
        """The table's rows, under ``columns()``."""
        names = _names_now(self.events) if self.as_named_now else [_shown_number(event) for event in self.events]
        return [([log] if self.several else []) + [
                    event.commit.date.date().isoformat(), event.commit.short, name, event.change,
                    event.commit.author, event.commit.subject]
                for event, log, name in zip(self.events, self._logs(), names)]

    def _logs(self) -> list[str]:
        return self.logs or [""] * len(self.events)

    def truncation(self) -> str | None:
        """What to say after the events when a shallow clone cut the history short."""
        cut = self.truncated_at
        if cut is None:
            return None
        return (f"history is truncated at {cut.short} ({cut.date.date().isoformat()}): this is a shallow clone, "
                "and earlier changes are not in it (git fetch --unshallow)")


def timeline(workspace: Workspace, store: Store, ref: str | None = None, since: str | None = None) -> Timeline:
    """The timeline of the record ``ref`` names (a number, file name or path; also one deleted or renamed in
    git's history), or of every log; only changes on or after ``since`` (a day or a revision)."""
    window = history.Since.parse(since)
    notes = []
    with open_repo(workspace) as git:
        if not git.has_commits():
            notes.append("the repository has no commits yet: no history to show")
        whole = ref is None
        if ref is None:
            events, logs, truncated = _every_log(workspace, git, window, store)
            if not events and not workspace.exists:  # no log, and none in git's history: as every command says
                workspace.require_dir()
        else:
            path, log = _record_path(workspace, git, store, ref)
            with git.within(_log_directory(git.path(path)) if log is None else log.directory) as own:
                found = history.record_history(own, path, window, store=store)
            events, truncated = found.oldest_first(), found.truncated_at
            logs = [log.label if log is not None and workspace.several else ""] * len(events)
            if not events and found.truncated_at is None and window is None:
                notes.append(f"{workspace.shown(git.path(path))} has no history in git yet (not committed)")
        shown = _shown_paths(events, workspace, git)
    return Timeline(events, shown, notes, truncated, logs, workspace.several, as_named_now=whole)


def _every_log(workspace: Workspace, git: Git, window: history.Since | None, store: Store
               ) -> tuple[list[Event], list[str], Commit | None]:
    """Every event of every log (and of each log's areas), newest first, each with its log's label (a project's
    only log: "")."""
    if len(workspace.logs) == 1:
        found = history.log_history(git, window, store=store)
        return list(found.events), [""] * len(found.events), found.truncated_at
    per_log: list[tuple[str, list[Event]]] = []
    truncated = None
    for log in workspace.logs:
        with git.within(log.directory) as own:  # each directory's walk, kept by the store under its own directory
            found = history.log_history(own, window, store=store)
        per_log.append((log.label if workspace.several else "", list(found.events)))
        truncated = truncated or found.truncated_at
    # In the order one walk of every log lists the commits (newest first, its graph deciding between commits of
    # the same second); by commit date when some commit is not on it (a record's history before it moved in).
    shas = {event.commit.sha for _, events in per_log for event in events}
    walked = [sha for sha in git.walk_order(log.directory for log in workspace.logs) if sha in shas]
    order = {sha: place for place, sha in enumerate(walked if len(walked) == len(shas) else git.newest_first(shas))}
    merged = list(heapq.merge(*([(order[event.commit.sha], label, event) for event in events]
                                for label, events in per_log), key=lambda item: item[0]))
    return [event for _, _, event in merged], [label for _, label, _ in merged], truncated


def _record_path(workspace: Workspace, git: Git, store: Store, ref: str) -> tuple[str, LogDir | None]:
    """The repository-relative path of the record ``ref`` names, and its log: in the work tree as `adr show`
    finds it, else in the history of each log (the log a command takes first: ``Workspace.home``)."""
    try:
        workspace.require_dir()
        record = load_logs(workspace, store).find(ref)
        return git.relative(record.path), _log_of(workspace, record.directory)
    except NotFound as missing:
        if len(workspace.logs) == 1:
            return history.resolve_in_history(git, ref, store=store), None
        logs = sorted(workspace.logs, key=lambda log: log.directory != workspace.home)
        found: list[tuple[str, LogDir]] = []
        for log in logs:
            with git.within(log.directory) as own:
                try:
                    found.append((history.resolve_in_history(own, ref, store=store), log))
                except NotFound:
                    continue
            if workspace.home is not None:
                break  # the log a command takes answers alone
        if not found:
            raise missing from None
        if len(found) > 1:
            names = " and ".join(path for path, _ in found)
            raise UsageError(f"{names} were both {ref!r}; name the file instead") from None
        return found[0]


def _log_directory(path: Path) -> Path:
    """The directory of the log a record file at ``path`` is in (``split_record_path``)."""
    return Path(split_record_path(path.as_posix())[0] or "/")


def _log_of(workspace: Workspace, directory: Path) -> LogDir | None:
    return next((log for log in workspace.logs if log.directory == directory), None)


def _event_data(event: Event, path: str, log: str) -> dict[str, Any]:
    before, after = (_numbers(event.old), _numbers(event.new)) if event.event == SUCCESSOR else (event.old, event.new)
    return {"number": event.number if event.number >= 0 else None, "log": log, "path": path, "event": event.event,
            "from": before, "to": after, "note": event.note, "sha": event.commit.sha,
            "date": event.commit.date.isoformat(), "author": event.commit.author, "subject": event.commit.subject}


def _numbers(text: str | None) -> list[int]:
    """A successor event's `0011, 0012` as the numbers they are."""
    return [int(part) for part in text.split(",")] if text else []


def _names_now(events: list[Event]) -> list[str]:
    """How each of ``events`` (newest first) names its record: as the latest of them does, past the renames and
    moves that come after it."""
    later: dict[str, str] = {}  # a path the record had before a rename or a move: its name after
    names = []
    for event in events:
        name = later.get(event.path) or _shown_number(event)
        names.append(name)
        if event.event == RENAMED and event.old:
            later[f"{event.path.rpartition('/')[0]}/{event.old}".lstrip("/")] = name
        elif event.event == MOVED and event.old:
            later[event.old] = name
    return names


def _shown_number(event: Event) -> str:
    """`0007`; a date-named record has no number (the walk keeps -1): its id, the file name without .md (a
    record kept in a folder of its own: the folder's name)."""
    return f"{event.number:04d}" if event.number >= 0 else known_name(event.path).removesuffix(".md")


def _shown_paths(events: list[Event], workspace: Workspace, git: Git) -> dict[str, str]:
    """Each event's repository-relative path as shown (relative to the project root), worked out once per
    directory rather than once per path: there are as many paths as records."""
    directories: dict[str, str] = {}
    shown: dict[str, str] = {}
    for event in events:
        if event.path not in shown:
            parent, _, name = event.path.rpartition("/")
            if parent not in directories:
                directories[parent] = workspace.relative(git.path(parent))
            where = directories[parent]
            shown[event.path] = name if where == "." else f"{where}/{name}"
    return shown
