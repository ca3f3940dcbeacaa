"""What git knows about the decision log: events (created, status a -> b, ...) and each record's dates.

Everything comes from one `git log --raw` walk of the decision directory (``adrtool.git.walk``), each
commit with its events (``adrtool.git.events``); the store keeps that walk between runs, so only what is new
is walked. Record identity follows renames: a renumbered file keeps its history.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from adrtool.errors import GitError, NotFound, UsageError
from adrtool.git.events import CREATED, DELETED, MOVED, RENAMED, Event, number_of_path, record_filter, walk_events
from adrtool.git.repo import Commit, Git
from adrtool.git.walk import DirectoryHistory, Walked, directory_history, interleave
from adrtool.model import date_problem, parse_iso_date
from adrtool.records.names import known_name, split_record_path
from adrtool.records.store import NULL_STORE, Store

if TYPE_CHECKING:
    from adrtool.model import Record
    from adrtool.project.workspace import Workspace


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
        problem = date_problem(text)
        if problem is not None:
            raise UsageError(f"--since {text.strip()!r} is not a date ({problem})")
        day = parse_iso_date(text.strip())
        return cls(date=day) if day is not None else cls(rev=text.strip())


def log_history(git: Git, since: Since | None = None, rev: str = "HEAD", store: Store = NULL_STORE) -> History:
    """Every event of the decision log, newest first: the decision directory's history (cached, see
    ``adrtool.git.walk``, kept by the store), filtered.

    ``--since DATE`` keeps the commits of that day or later by author date, as shown. ``--since REV`` keeps
    the commits of ``REV..rev``: on a history without merges, those of the cached walk that `git rev-list`
    names; with merges, git's own walk of ``REV..rev`` (its simplification of a merge depends on which side
    is excluded), whose commits' events still come from the cache, and the cached commits of ``REV..rev``
    that changed a moved record's earlier path (that walk does not list them).
    """
    if not git.has_commits():
        return History(())
    sha = git.resolve(rev)
    found = directory_history(git, sha, store)
    assert found is not None
    since_rev, since_date = _since(git, since)
    if since_rev is None:
        return _history(((w.commit, w.events) for w in found.walked), since_date)
    if found.linear:
        inside = set(git.commits_between(since_rev, sha))
        return _history(((w.commit, w.events) for w in found.walked if w.commit.sha in inside), since_date)
    known = found.by_sha()
    commits = git.walk(rev=sha, since_rev=since_rev, since_date=since_date)
    walked = [known[c.sha] if c.sha in known else Walked(c, tuple(events))
              for c, events in walk_events(git, commits, known=known.__contains__)]
    listed = {w.commit.sha for w in walked}
    followed = [w for w in found.walked if w.followed and w.commit.sha not in listed]
    if followed:  # what came before a move, in the range (the walk of the directory does not list it)
        inside = set(git.commits_between(since_rev, sha))
        followed = [w for w in followed if w.commit.sha in inside]
        walked = interleave(walked, followed, git.newest_first([w.commit.sha for w in walked + followed]))
    return _history(((w.commit, w.events) for w in walked), since_date)


def record_history(git: Git, path: str, since: Since | None = None, rev: str = "HEAD",
                   store: Store = NULL_STORE) -> History:
    """The events of one record (a repository-relative path at ``rev``), renames followed, newest first.

    What `git log --follow` says of that file, back to its creation. On a history without merges that is
    what the cached history of the directory says of it (``followed``), so an up-to-date cache answers;
    otherwise git walks the file.
    """
    if not git.has_commits():
        return History(())
    sha = git.resolve(rev)
    since_rev, since_date = _since(git, since)
    found = directory_history(git, sha, store, build=False)
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
    if git.log_name(path) is None:
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


def history_paths(git: Git, rev: str = "HEAD", store: Store = NULL_STORE) -> list[str]:
    """Every record path the decision directory has had, newest first (for records no longer there)."""
    found = directory_history(git, git.resolve(rev), store, build=False) if git.has_commits() else None
    commits = found.commits() if found is not None else git.walk(rev=rev)
    is_record = record_filter(git)
    seen: dict[str, None] = {}
    for commit in commits:
        for change in commit.changes:
            for path in (change.new_path, change.old_path):
                if path is not None and is_record(path):
                    seen.setdefault(path)
    return list(seen)


def timelines(git: Git, paths: Iterable[str], rev: str = "HEAD", store: Store = NULL_STORE
              ) -> dict[str, list[Event]]:
    """Each record's events, oldest first, renames followed back to its creation: what `adr log N` shows of
    each record (repository-relative paths at ``rev``), from the one walk of the decision directory.

    A path created again after a deletion starts a new timeline, as `adr log` stops at the creation."""
    wanted = list(paths)
    found: dict[str, list[Event]] = {path: [] for path in wanted}
    if not wanted or not git.has_commits():
        return found
    owner: dict[str, int] = {}  # path at the commit being read -> the timeline it belongs to
    lines: list[list[Event]] = []
    for event in log_history(git, rev=rev, store=store).oldest_first():
        if event.event in (RENAMED, MOVED):
            before = _renamed_from(event)
            if before is not None and before in owner:
                owner[event.path] = owner.pop(before)
        if event.event == CREATED or event.path not in owner:
            owner[event.path] = len(lines)
            lines.append([])
        lines[owner[event.path]].append(event)
        if event.event == DELETED:
            del owner[event.path]
    for path in wanted:
        if path in owner:
            found[path] = lines[owner[path]]
    return found


def _renamed_from(event: Event) -> str | None:
    """The path a RENAMED or MOVED event's file had before its commit."""
    return next((change.old_path for change in event.commit.changes
                 if change.status == "R" and change.new_path == event.path), None)


# -- dates ---------------------------------------------------------------------------------------------


def record_dates(git: Git, paths: Iterable[str], rev: str = "HEAD", store: Store = NULL_STORE
                 ) -> dict[str, RecordDates]:
    """Created and last-changed commits of each record (repository-relative paths at ``rev``).

    Many paths: the decision directory's history (cached). The creation is where `git log --follow` stops
    (``_until_created``): each record followed back through its renames (moves included) to the commit that
    added it, so that one deleted and added again is created by the last addition; the last change is the
    newest of any path it ever had (renames joined whatever their order, so parallel branches do not matter).
    One path: a `--follow` walk of that file alone, which is much cheaper in a big history than a first
    walk of the directory; once the directory's history is cached, and has no merges, the same commits
    are read from it (``_followed``).
    """
    wanted = list(paths)
    if not wanted or not git.has_commits():
        return {path: RecordDates(None, None) for path in wanted}
    sha = git.resolve(rev)
    commits: Iterable[Commit]
    if len(wanted) == 1:
        found = directory_history(git, sha, store, build=False)
        followed = _followed(git, found, wanted[0]) if found is not None and found.linear else None
        if followed is not None:
            commits = [commit for commit, _ in followed]
        else:
            commits = _until_created(git.walk(wanted, rev=sha, follow=True))
    else:
        found = directory_history(git, sha, store)
        assert found is not None
        commits = found.commits()
    touched: dict[str, Commit] = {}  # path -> newest commit that changed it
    following = {path: path for path in wanted}  # where each wanted record was, at the commit being read
    created: dict[str, Commit] = {}
    cut: set[str] = set()  # wanted records present at a shallow boundary
    renames = _Renames()
    place: dict[str, int] = {}  # commit -> its place in the walk, newest first: between commits of one second
    for commit in commits:
        place.setdefault(commit.sha, len(place))
        moved = []
        for change in commit.changes:
            source = change.old_path if change.status != "C" else None  # a copy leaves its source alone
            for path in {source, change.new_path} - {None}:
                touched.setdefault(path, commit)  # type: ignore[arg-type]
            if change.status == "R" and change.old_path and change.new_path:
                renames.join(change.old_path, change.new_path)
            owner = following.get(change.new_path) if change.new_path is not None else None
            if owner is None:
                continue
            if change.status in ("A", "C"):
                del following[change.new_path]  # type: ignore[arg-type]
                if commit.boundary:
                    cut.add(owner)
                else:
                    created[owner] = commit
            elif change.status == "R" and change.old_path:
                del following[change.new_path]  # type: ignore[arg-type]
                moved.append((change.old_path, owner))
        following.update(moved)  # after the commit's other changes: two files may swap names
    groups = renames.groups(set(touched) | set(wanted))
    result = {}
    for path in wanted:
        changed = [touched[p] for p in groups.get(path, {path}) if p in touched]
        latest = max(changed, key=lambda c: (c.date, -place[c.sha])) if changed else None
        result[path] = RecordDates(
            created=created.get(path),
            changed=None if latest is None or latest.boundary else latest,
            truncated=path in cut,
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


def dates_for(workspace: Workspace, record_paths: Iterable[Path], store: Store = NULL_STORE,
              at: str | None = None) -> dict[Path, RecordDates]:
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
        dates: dict[str, RecordDates] = {}
        for own, part in _by_log(git, workspace, relative):
            with own:
                dates.update(record_dates(own, part, rev, store))
    return {relative[path]: value for path, value in dates.items()}


def timelines_for(workspace: Workspace, record_paths: Iterable[Path], store: Store = NULL_STORE
                  ) -> dict[Path, list[Event]] | None:
    """``timelines`` of records given by their work-tree paths; None outside git."""
    from adrtool.git.repo import find_repo

    paths = list(record_paths)
    git = find_repo(workspace)
    if git is None:
        return None
    with git:
        relative = _repository_paths(git, paths)
        found: dict[str, list[Event]] = {}
        for own, part in _by_log(git, workspace, relative):
            with own:
                found.update(timelines(own, part, store=store))
    return {relative[path]: events for path, events in found.items()}


def _by_log(git: Git, workspace: Workspace, paths: Iterable[str]) -> list[tuple[Git, list[str]]]:
    """Repository-relative record paths grouped by the log that holds them, each with the repository opened for
    that log (its walk is the one that knows them); a path in none goes with the first log."""
    wanted = list(paths)
    if len(workspace.logs) == 1:
        return [(git, wanted)]
    directories: dict[str, Path] = {}
    for log in workspace.logs:
        with contextlib.suppress(GitError):
            directories.setdefault(git.relative(log.directory), log.directory)
    groups: dict[Path, list[str]] = {}
    for path in wanted:
        held = directories.get(split_record_path(path)[0] or ".")  # (a folder record's: the folder's parent)
        groups.setdefault(held or workspace.decision_dir, []).append(path)
    return [(git.within(directory), part) for directory, part in groups.items()]


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


def resolve_in_history(git: Git, ref: str, rev: str = "HEAD", store: Store = NULL_STORE) -> str:
    """The repository-relative path of a record that is no longer in the decision directory."""
    from adrtool.records.names import number_in_ref

    text = ref.strip()
    number = number_in_ref(text)
    paths = history_paths(git, rev, store)
    if number is not None:
        matches = [path for path in paths if number_of_path(path) == number]
    else:  # a record kept in a folder of its own by its folder's name (`0003-c/README.md`, `0003-c`), no README
        wanted = known_name(text.rstrip("/"))
        wanted = wanted if wanted.lower().endswith(".md") else f"{wanted}.md"
        matches = [path for path in paths if known_name(path) == wanted]
    names = list(dict.fromkeys(known_name(path) for path in matches))
    if not matches:
        raise NotFound(f"no record {ref!r} in the decision directory or its history")
    if len(names) > 1:
        raise UsageError(f"{' and '.join(names)} have both had number {number}; name the file instead")
    return matches[0]


def date_fields(dates: RecordDates | None) -> dict[str, str | None]:
    """`created` and `last_changed` (ISO days, by author date) as list, show and index print them."""
    created = dates.created if dates is not None else None
    changed = dates.changed if dates is not None else None
    return {"created": created.date.date().isoformat() if created else None,
            "last_changed": changed.date.date().isoformat() if changed else None}


def add_git_dates(rows: list[dict[str, object]], records: Iterable[Record],
                  dates: dict[Path, RecordDates]) -> None:
    """Give JSON/CSV rows of ``records`` git's days, under keys of their own (`created`, `last_changed`): `date`
    stays what the record states (null when it states none), as a row without git's days has it."""
    for row, record in zip(rows, records):
        row.update(date_fields(dates.get(record.path)))


def add_git_date_columns(rows: list[list[str]], records: Iterable[Record],
                         dates: dict[Path, RecordDates]) -> None:
    """Table rows (..., date, revisit, title): CREATED and CHANGED go before the title (DATE stays the record's)."""
    for row, record in zip(rows, records):
        fields = date_fields(dates.get(record.path))
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
