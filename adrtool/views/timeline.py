"""`adr log`: what git knows about the decisions, as a table for people and JSON for scripts.

One record's timeline (oldest first, renames followed), or every change to the log (newest first), from the
history walk of ``adrtool.git.history``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adrtool.errors import NotFound
from adrtool.git import history
from adrtool.git.events import SUCCESSOR, Event
from adrtool.git.repo import Commit, Git, open_repo
from adrtool.project.workspace import Workspace
from adrtool.records.logs import load_logs
from adrtool.records.store import Store

COLUMNS = ("DATE", "COMMIT", "ADR", "CHANGE", "AUTHOR", "SUBJECT")


@dataclass(frozen=True)
class Timeline:
    events: list[Event]
    shown: dict[str, str]  # each event's repository path as shown (relative to the project root)
    notes: list[str]  # what to say before the events: a repository without commits, a record not committed
    truncated_at: Commit | None  # where a shallow clone's history ends, if the walk reached it

    def data(self) -> list[dict[str, Any]]:
        """The JSON shape of the events (documented in the README)."""
        return [_event_data(event, self.shown[event.path]) for event in self.events]

    def rows(self) -> list[list[str]]:
        """The table's rows, under ``COLUMNS``."""
        return [[event.commit.date.date().isoformat(), event.commit.short, _shown_number(event), event.change,
                 event.commit.author, event.commit.subject] for event in self.events]

    def truncation(self) -> str | None:
        """What to say after the events when a shallow clone cut the history short."""
        cut = self.truncated_at
        if cut is None:
            return None
        return (f"history is truncated at {cut.short} ({cut.date.date().isoformat()}): this is a shallow clone, "
                "and earlier changes are not in it (git fetch --unshallow)")


def timeline(workspace: Workspace, store: Store, ref: str | None = None, since: str | None = None) -> Timeline:
    """The timeline of the record ``ref`` names (a number, file name or path; also one deleted or renamed in
    git's history), or of the whole log; only changes on or after ``since`` (a day or a revision)."""
    window = history.Since.parse(since)
    notes = []
    with open_repo(workspace) as git:
        if not git.has_commits():
            notes.append("the repository has no commits yet: no history to show")
        if ref is None:
            found = history.log_history(git, window, store=store)
            events = list(found.events)
            if not events and not workspace.exists:  # no log, and none in git's history: as every command says
                workspace.require_dir()
        else:
            try:
                workspace.require_dir()
                path = git.relative(load_logs(workspace, store).find(ref).path)
            except NotFound:
                path = history.resolve_in_history(git, ref, store=store)
            found = history.record_history(git, path, window, store=store)
            events = found.oldest_first()
            if not events and found.truncated_at is None and window is None:
                notes.append(f"{workspace.shown(git.path(path))} has no history in git yet (not committed)")
        shown = _shown_paths(events, workspace, git)
    return Timeline(events, shown, notes, found.truncated_at)


def _event_data(event: Event, path: str) -> dict[str, Any]:
    before, after = (_numbers(event.old), _numbers(event.new)) if event.event == SUCCESSOR else (event.old, event.new)
    return {"number": event.number if event.number >= 0 else None, "path": path, "event": event.event,
            "from": before, "to": after, "note": event.note, "sha": event.commit.sha,
            "date": event.commit.date.isoformat(), "author": event.commit.author, "subject": event.commit.subject}


def _numbers(text: str | None) -> list[int]:
    """A successor event's `0011, 0012` as the numbers they are."""
    return [int(part) for part in text.split(",")] if text else []


def _shown_number(event: Event) -> str:
    """`0007`; a date-named record has no number (the walk keeps -1): its id, the file name without .md."""
    return f"{event.number:04d}" if event.number >= 0 else event.path.rpartition("/")[2].removesuffix(".md")


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
