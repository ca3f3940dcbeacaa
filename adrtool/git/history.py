"""What git knows about the decision log: events (created, status a -> b, ...) and each record's dates.

Everything comes from one `git log --raw` walk (``Git.walk``): each commit lists the record files it
changed with their old and new blob ids; each blob is read once and parsed with our reader, and the two
versions are compared. A commit's events depend on that commit alone (``commit_events``), so they are
cached by commit id: ``adrtool.cache.history`` keeps the decision directory's walk between runs and walks
only what is new. Record identity follows renames: a renumbered file keeps its history.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from adrtool.errors import AdrError, GitError, NotFound, UsageError
from adrtool.git.repo import Change, Commit, Git
from adrtool.model import parse_iso_date

if TYPE_CHECKING:
    from adrtool.cache.history import DirectoryHistory
    from adrtool.model import Record
    from adrtool.project.workspace import Workspace

CREATED = "created"
STATUS = "status"
REVISIT = "revisit"
SUCCESSOR = "superseded-by"
RENAMED = "renamed"
DELETED = "deleted"
UNREADABLE = "unreadable"
EVENTS = (CREATED, STATUS, REVISIT, SUCCESSOR, RENAMED, DELETED, UNREADABLE)


@dataclass(frozen=True)
class Snapshot:
    """What the events compare, read from one version (blob) of a record; the number is the file name's."""

    status: str | None = None
    revisit: str | None = None
    successors: tuple[int, ...] = ()
    error: str | None = None  # the version could not be read: why


@dataclass(frozen=True)
class Event:
    number: int  # the record's number in this commit
    path: str  # repository-relative path in this commit (before it, for a deletion)
    event: str  # one of EVENTS
    old: str | None  # `from`: status, revisit point, successors or file name before
    new: str | None  # `to`
    commit: Commit

    @property
    def change(self) -> str:
        """`status proposed -> accepted`, `created (proposed)`, `renamed 0005-a.md -> 0007-a.md`."""
        if self.event == CREATED:
            return f"created ({self.new or 'unreadable'})"
        if self.event == DELETED:
            return f"deleted ({self.old})" if self.old else "deleted"
        if self.event == UNREADABLE:
            return f"unreadable: {self.new}"
        return f"{self.event} {self.old or '(none)'} -> {self.new or '(none)'}"


@dataclass(frozen=True)
class History:
    events: tuple[Event, ...]  # newest first, in `git log` order
    truncated_at: Commit | None = None  # the shallow clone's boundary the walk reached, if any

    def oldest_first(self) -> list[Event]:
        """Commits oldest first; the events of one commit stay in their order (status before successor)."""
        by_commit: dict[str, list[Event]] = {}
        for event in self.events:
            by_commit.setdefault(event.commit.sha, []).append(event)
        return [event for events in reversed(by_commit.values()) for event in events]


@dataclass(frozen=True)
class RecordDates:
    """Git's dates of one record: the commit that added it (renames followed) and the latest that changed it.

    ``created`` is None when the record is not committed, or when a shallow clone's history does not
    reach back to it (``truncated``)."""

    created: Commit | None
    changed: Commit | None
    truncated: bool = False


# -- events of one commit --------------------------------------------------------------------------------

SnapshotReader = Callable[[str, str], Snapshot]  # (blob id, repository-relative path) -> Snapshot


def commit_events(commit: Commit, snapshot: SnapshotReader, is_record: Callable[[str], bool]) -> list[Event]:
    """The events of one commit: a function of the commit alone (cacheable by ``commit.sha``).

    A shallow clone's boundary commit has none: git shows it as adding every file, which says nothing about
    when they were added.
    """
    if commit.boundary:
        return []
    events: list[Event] = []
    for change in commit.changes:
        old_path, new_path = record_paths_of(change, is_record)
        if old_path is None and new_path is None:
            continue
        old = snapshot(change.old_blob, old_path) if old_path is not None and change.old_blob else None
        new = snapshot(change.new_blob, new_path) if new_path is not None and change.new_blob else None
        events.extend(_change_events(commit, old_path, new_path, old, new))
    return events


def record_paths_of(change: Change, is_record: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """The change's (old, new) paths that are record files; a copy's source is left alone (None)."""
    old_path = change.old_path if change.status != "C" else None
    return (old_path if old_path is not None and is_record(old_path) else None,
            change.new_path if change.new_path is not None and is_record(change.new_path) else None)


def blobs_wanted(commit: Commit, is_record: Callable[[str], bool]) -> list[str]:
    """The blobs ``commit_events`` reads for ``commit``."""
    if commit.boundary:
        return []
    wanted = []
    for change in commit.changes:
        old_path, new_path = record_paths_of(change, is_record)
        if old_path is not None and change.old_blob:
            wanted.append(change.old_blob)
        if new_path is not None and change.new_blob:
            wanted.append(change.new_blob)
    return wanted


def _change_events(commit: Commit, old_path: str | None, new_path: str | None, old: Snapshot | None,
                   new: Snapshot | None) -> Iterator[Event]:
    if new_path is None or new is None:
        assert old_path is not None
        yield Event(_number(old_path), old_path, DELETED, old.status if old else None, None, commit)
        return
    number = _number(new_path)

    def event(kind: str, before: str | None, after: str | None) -> Event:
        return Event(number, new_path, kind, before, after, commit)  # type: ignore[arg-type]

    if old_path is None or old is None:
        yield event(CREATED, None, new.status)
        if new.error:
            yield event(UNREADABLE, None, new.error)
        return
    if old_path != new_path:
        yield event(RENAMED, PurePosixPath(old_path).name, PurePosixPath(new_path).name)
    if new.error:
        if not old.error:
            yield event(UNREADABLE, None, new.error)
        return
    if new.status != old.status:
        yield event(STATUS, old.status, new.status)
    if new.revisit != old.revisit:
        yield event(REVISIT, old.revisit, new.revisit)
    if new.successors != old.successors:
        yield event(SUCCESSOR, _numbers(old.successors), _numbers(new.successors))


def _numbers(numbers: tuple[int, ...]) -> str | None:
    return ", ".join(f"{number:04d}" for number in numbers) or None


def _number(path: str) -> int:
    from adrtool.records.names import RECORD_NAME

    match = RECORD_NAME.match(path.rpartition("/")[2])  # git's paths: "/"-separated, normalised
    return int(match.group(1)) if match else -1


def read_snapshot(data: bytes, path: str) -> Snapshot:
    """Parse one version of a record; never raises for a bad file (the snapshot says why)."""
    from adrtool.fsio import decode
    from adrtool.records.dialects import parse

    try:
        record = parse(decode(Path(path), data))
    except AdrError as error:
        return Snapshot(error=error.message)
    return Snapshot(record.status, record.revisit.text if record.revisit else None, record.superseded_by)


def record_filter(git: Git) -> Callable[[str], bool]:
    """Whether a repository-relative path is a record file of the decision directory (remembered: a walk
    asks about the same few thousand paths again and again)."""
    from adrtool.records.names import is_record_name

    known: dict[str, bool] = {}

    def is_record(path: str) -> bool:
        found = known.get(path)
        if found is None:
            name = PurePosixPath(path).name
            found = known[path] = git.in_directory(path) and is_record_name(name) and not name.startswith(".")
        return found

    return is_record


# -- walks ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Since:
    """`--since DATE|REV`: a day (by author date, as shown) or the commits after a revision."""

    date: dt.date | None = None
    rev: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> Since | None:
        if text is None:
            return None
        day = parse_iso_date(text.strip())
        return cls(date=day) if day is not None else cls(rev=text.strip())


def log_history(git: Git, since: Since | None = None, rev: str = "HEAD") -> History:
    """Every event of the decision log, newest first: the decision directory's history (cached, see
    ``adrtool.cache.history``), filtered.

    ``--since DATE`` keeps the commits of that day or later by author date, as shown. ``--since REV`` keeps
    the commits of ``REV..rev``: on a history without merges, those of the cached walk that `git rev-list`
    names; with merges, git's own walk of ``REV..rev`` (its simplification of a merge depends on which side
    is excluded), whose commits' events still come from the cache.
    """
    from adrtool.cache.history import directory_history

    if not git.has_commits():
        return History(())
    sha = git.resolve(rev)
    found = directory_history(git, sha)
    assert found is not None
    since_rev, since_date = _since(git, since)
    if since_rev is None:
        return _history(((w.commit, w.events) for w in found.walked), since_date)
    if found.linear:
        inside = set(git.commits_between(since_rev, sha))
        return _history(((w.commit, w.events) for w in found.walked if w.commit.sha in inside), since_date)
    known = found.by_sha()
    commits = git.walk(rev=sha, since_rev=since_rev, since_date=since_date)
    return _history(((known[c.sha].commit, known[c.sha].events) if c.sha in known else (c, events)
                     for c, events in walk_events(git, commits, known=known.__contains__)), since_date)


def record_history(git: Git, path: str, since: Since | None = None, rev: str = "HEAD") -> History:
    """The events of one record (a repository-relative path at ``rev``), renames followed, newest first.

    What `git log --follow` says of that file, back to its creation. On a history without merges that is
    what the cached history of the directory says of it (``followed``), so an up-to-date cache answers;
    otherwise git walks the file.
    """
    from adrtool.cache.history import directory_history

    if not git.has_commits():
        return History(())
    sha = git.resolve(rev)
    since_rev, since_date = _since(git, since)
    found = directory_history(git, sha, build=False)
    followed = _followed(git, found, path) if found is not None and found.linear else None
    if followed is None:
        commits = _until_created(git.walk([path], rev=sha, since_rev=since_rev, since_date=since_date,
                                          follow=True))
        return _history(walk_events(git, commits), since_date)
    if since_rev is not None:
        inside = set(git.commits_between(since_rev, sha))
        followed = [(commit, events) for commit, events in followed if commit.sha in inside]
    return _history(followed, since_date)


def _since(git: Git, since: Since | None) -> tuple[str | None, dt.date | None]:
    if since is None:
        return None, None
    return (git.resolve(since.rev) if since.rev else None), since.date


def _until_created(commits: Iterable[Commit]) -> Iterator[Commit]:
    """A `--follow` walk, stopped at the file's creation: beyond it git would follow the file a copy was
    made from (a new record is often a near-copy of another), which is another record's history."""
    for commit in commits:
        yield commit
        if any(change.status in ("A", "C") for change in commit.changes):
            return


def _followed(git: Git, found: DirectoryHistory, path: str) -> list[tuple[Commit, tuple[Event, ...]]] | None:
    """What ``_until_created`` of a `--follow` walk of ``path`` gives, read from the directory's history
    (without merges): each commit that changed the file, with only that change and its events, following
    renames back to where the file was added.

    None when the directory's walk cannot tell: ``path`` is outside it; the file was renamed away from
    ``path`` (`--follow` sees a deletion there); or, where the file appears (added, or renamed from a
    file of the directory), the commit deletes other files, in the directory or out of it. `--follow`
    looks for the file's source among all of them (the directory's walk only pairs the directory's files,
    and gives up pairing in a commit that renames thousands), so it might follow another one.
    """
    if not git.in_directory(path):
        return None
    current = path
    followed = []
    sources: dict[str, str | None] = {}  # commit where the file appeared -> the file it came from
    for walked in found.walked:
        change = next((c for c in walked.commit.changes
                       if current in (c.new_path, c.old_path if c.status != "C" else None)), None)
        if change is None:
            continue
        if change.new_path != current and change.status != "D":
            return None
        events = tuple(event for event in walked.events if event.path == current)
        followed.append((replace(walked.commit, changes=(change,)), events))
        if change.status in ("A", "C", "R") and not walked.commit.boundary:
            sources[walked.commit.sha] = change.old_path if change.status == "R" else None
        if change.status in ("A", "C"):
            break
        if change.status == "R":
            current = change.old_path  # type: ignore[assignment]
    deleted = git.deleted_files(sources)
    if any(deleted[sha] != ({source} if source else set()) for sha, source in sources.items()):
        return None
    return followed


def walk_events(git: Git, commits: Iterable[Commit], known: Callable[[str], bool] | None = None
                ) -> Iterator[tuple[Commit, list[Event]]]:
    """Each commit with its events; the blobs they compare are read by one cat-file process running ahead
    of the parsing. A commit ``known`` names (by sha) is passed through with no events and no blob read:
    the caller has them."""
    is_record = record_filter(git)
    snapshots: dict[str, Snapshot] = {}

    def wanted(commit: Commit) -> list[str]:
        return [] if known is not None and known(commit.sha) else blobs_wanted(commit, is_record)

    def snapshot(blob: str, path: str) -> Snapshot:
        found = snapshots.get(blob)
        if found is None:  # not expected: every wanted blob was read
            found = snapshots[blob] = read_snapshot(git.blob(blob), path)
        return found

    for commit, blobs in git.with_blobs(commits, wanted):
        if known is not None and known(commit.sha):
            yield commit, []
            continue
        paths = {blob: path for change in commit.changes
                 for blob, path in ((change.old_blob, change.old_path), (change.new_blob, change.new_path))
                 if blob in blobs}
        for blob, data in blobs.items():
            snapshots[blob] = read_snapshot(data, paths[blob])  # type: ignore[arg-type]
        yield commit, commit_events(commit, snapshot, is_record)


def _history(walked: Iterable[tuple[Commit, Iterable[Event]]], since_date: dt.date | None) -> History:
    """The events of ``walked`` (newest first) on or after ``since_date`` (author date), and the shallow
    clone's boundary if the walk reached it."""
    events: list[Event] = []
    truncated = None
    for commit, found in walked:
        if since_date is not None and commit.date.date() < since_date:
            continue
        if commit.boundary:
            truncated = commit
        events.extend(found)
    return History(tuple(events), truncated)


def history_paths(git: Git, rev: str = "HEAD") -> list[str]:
    """Every record path the decision directory has had, newest first (for records no longer there)."""
    from adrtool.cache.history import directory_history

    found = directory_history(git, git.resolve(rev), build=False) if git.has_commits() else None
    commits = found.commits() if found is not None else git.walk(rev=rev)
    is_record = record_filter(git)
    seen: dict[str, None] = {}
    for commit in commits:
        for change in commit.changes:
            for path in (change.new_path, change.old_path):
                if path is not None and is_record(path):
                    seen.setdefault(path)
    return list(seen)


# -- dates ---------------------------------------------------------------------------------------------


def record_dates(git: Git, paths: Iterable[str], rev: str = "HEAD") -> dict[str, RecordDates]:
    """Created and last-changed commits of each record (repository-relative paths at ``rev``).

    Many paths: the decision directory's history (cached), renames followed through the renames it saw.
    One path: a `--follow` walk of that file alone, which is much cheaper in a big history than a first
    walk of the directory; once the directory's history is cached, and has no merges, the same commits
    are read from it (``_followed``).
    """
    from adrtool.cache.history import directory_history

    wanted = list(paths)
    if not wanted or not git.has_commits():
        return {path: RecordDates(None, None) for path in wanted}
    sha = git.resolve(rev)
    commits: Iterable[Commit]
    if len(wanted) == 1:
        found = directory_history(git, sha, build=False)
        followed = _followed(git, found, wanted[0]) if found is not None and found.linear else None
        if followed is not None:
            commits = [commit for commit, _ in followed]
        else:
            commits = _until_created(git.walk(wanted, rev=sha, follow=True))
    else:
        found = directory_history(git, sha)
        assert found is not None
        commits = found.commits()
    touched: dict[str, Commit] = {}  # path -> newest commit that changed it
    added: dict[str, Commit] = {}  # path -> newest commit that added it
    cut: set[str] = set()  # paths present at a shallow boundary
    renames = _Renames()
    for commit in commits:
        for change in commit.changes:
            source = change.old_path if change.status != "C" else None  # a copy leaves its source alone
            for path in {source, change.new_path} - {None}:
                touched.setdefault(path, commit)  # type: ignore[arg-type]
            if change.status == "R" and change.old_path and change.new_path:
                renames.join(change.old_path, change.new_path)
            if change.status in ("A", "C") and change.new_path:
                if commit.boundary:
                    cut.add(change.new_path)
                elif change.new_path not in added:
                    added[change.new_path] = commit
    groups = renames.groups(set(touched) | set(wanted))
    result = {}
    for path in wanted:
        group = groups.get(path, {path})
        changed = [touched[p] for p in group if p in touched]
        created = [added[p] for p in group if p in added]
        latest = max(changed, key=lambda c: c.date) if changed else None
        truncated = bool(group & cut) and not created
        result[path] = RecordDates(
            created=min(created, key=lambda c: c.date) if created else None,
            changed=None if latest is None or latest.boundary else latest,
            truncated=truncated,
        )
    return result


class _Renames:
    """Union-find of paths joined by renames: order-independent, so parallel branches do not matter."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, path: str) -> str:
        root = path
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while path != root:
            self._parent[path], path = root, self._parent[path]
        return root

    def join(self, one: str, other: str) -> None:
        a, b = self.find(one), self.find(other)
        if a != b:
            self._parent[a] = b

    def groups(self, paths: set[str]) -> dict[str, set[str]]:
        by_root: dict[str, set[str]] = {}
        for path in paths | set(self._parent):
            by_root.setdefault(self.find(path), set()).add(path)
        return {path: group for group in by_root.values() for path in group}


# -- for the CLI -----------------------------------------------------------------------------------------


def dates_for(workspace: Workspace, record_paths: Iterable[Path], at: str | None = None) -> dict[Path, RecordDates]:
    """Git dates of records given by their work-tree paths; empty outside git."""
    from adrtool.git.repo import find_repo

    paths = list(record_paths)
    git = find_repo(workspace)
    if git is None or not paths:
        return {}
    with git:
        if not git.has_commits():
            return {}
        rev = git.resolve_at(at) if at else "HEAD"
        relative = _repository_paths(git, paths)
        dates = record_dates(git, relative, rev)
    return {relative[path]: value for path, value in dates.items()}


def _repository_paths(git: Git, paths: list[Path]) -> dict[str, Path]:
    """Repository-relative path -> work-tree path. Resolving symbolic links costs a system call per
    component, so it is done once per directory; a record that is itself a link is resolved whole (its
    history is its target's). A file outside the repository is left out: it has no git dates."""
    directories: dict[Path, str | None] = {}
    relative = {}
    for path in paths:
        if path.is_symlink():
            with contextlib.suppress(GitError):
                relative[git.relative(path)] = path
            continue
        parent = path.parent
        if parent not in directories:
            try:
                directories[parent] = git.relative(parent)
            except GitError:
                directories[parent] = None
        where = directories[parent]
        if where is not None:
            relative[path.name if where == "." else f"{where}/{path.name}"] = path
    return relative


def resolve_in_history(git: Git, ref: str, rev: str = "HEAD") -> str:
    """The repository-relative path of a record that is no longer in the decision directory."""
    text = ref.strip()
    digits = text.upper().removeprefix("ADR").lstrip("-_ ")
    paths = history_paths(git, rev)
    if digits.isdigit():
        matches = [path for path in paths if _number(path) == int(digits)]
    else:
        matches = [path for path in paths if PurePosixPath(path).name == PurePosixPath(text).name]
    names = list(dict.fromkeys(PurePosixPath(path).name for path in matches))
    if not matches:
        raise NotFound(f"no record {ref!r} in the decision directory or its history")
    if len(names) > 1:
        raise UsageError(f"{' and '.join(names)} have both had number {int(digits)}; name the file instead")
    return matches[0]


def date_fields(dates: RecordDates | None) -> dict[str, str | None]:
    """`created` and `last_changed` (ISO days, by author date) as list, show and index print them."""
    created = dates.created if dates is not None else None
    changed = dates.changed if dates is not None else None
    return {"created": created.date.date().isoformat() if created else None,
            "last_changed": changed.date.date().isoformat() if changed else None}


def add_git_dates(rows: list[dict[str, object]], records: Iterable[Record],
                  dates: dict[Path, RecordDates]) -> None:
    """Give JSON/CSV rows of ``records`` their git dates; a record without a `date` takes git's creation day."""
    for row, record in zip(rows, records):
        fields = date_fields(dates.get(record.path))
        row.update(fields)
        if row.get("date") is None:
            row["date"] = fields["created"]


def add_git_date_columns(rows: list[list[str]], records: Iterable[Record],
                         dates: dict[Path, RecordDates]) -> None:
    """Table rows (number, status, date, revisit, ..., title): CREATED and CHANGED go before the title, and a
    missing date is git's creation day."""
    for row, record in zip(rows, records):
        fields = date_fields(dates.get(record.path))
        if row[2] == "-" and fields["created"]:
            row[2] = fields["created"]
        row[-1:-1] = [fields["created"] or "-", fields["last_changed"] or "-"]


def dates_comment(dates: RecordDates) -> str:
    """What `adr show` adds after a record: an HTML comment, so the output stays the same Markdown."""
    parts = []
    if dates.created is not None:
        parts.append(f"created {_when(dates.created)}")
    elif dates.truncated:
        parts.append("created before the shallow clone's history starts")
    else:
        parts.append("not committed yet")
    if dates.changed is not None and dates.changed != dates.created:
        parts.append(f"last changed {_when(dates.changed)}")
    return f"<!-- git: {'; '.join(parts)} -->"


def _when(commit: Commit) -> str:
    return f"{commit.date.date().isoformat()} by {commit.author} ({commit.short})"
