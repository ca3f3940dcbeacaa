"""The events of the decision directory's history: what each commit did to each record (created, status
a -> b, revisit point, a revisit's outcome, successors, renamed, moved, deleted, unreadable), found by reading
the two versions of each record file it changed with our reader and comparing them. A commit's events depend
on that commit and the changes the walk shows of it alone.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import AdrError
from adrtool.git.repo import Change, Commit, Git
from adrtool.model import FOLDER_RECORD_FILES
from adrtool.records.names import split_record_path

CREATED = "created"


STATUS = "status"


REVISIT = "revisit"


REVISITED = "revisited"  # an entry added to `revisits` (adr revisit): its outcome, next point and note


SUCCESSOR = "superseded-by"


RENAMED = "renamed"  # within a directory: `from` and `to` are file names


MOVED = "moved"  # into the decision directory from another one, or earlier between two others: `from` and
#                  `to` are repository-relative paths


DELETED = "deleted"


UNREADABLE = "unreadable"


EVENTS = (CREATED, STATUS, REVISIT, REVISITED, SUCCESSOR, RENAMED, MOVED, DELETED, UNREADABLE)


@dataclass(frozen=True)
class Snapshot:
    """What the events compare, read from one version (blob) of a record; the number is the file name's."""

    status: str | None = None
    revisit: str | None = None
    successors: tuple[int, ...] = ()
    error: str | None = None  # the version could not be read: why
    revisits: tuple[Revisited, ...] = ()  # the `revisits` entries, oldest first
    template: bool = False  # the log's template named as record 0 (``adrtool.records.log.assemble``): no record


@dataclass(frozen=True)
class Revisited:
    """One entry of a record's `revisits` list, as `adr revisit` writes it."""

    outcome: str | None
    next: str | None
    note: str | None


@dataclass(frozen=True)
class Event:
    number: int  # the record's number in this commit
    path: str  # repository-relative path in this commit (before it, for a deletion)
    event: str  # one of EVENTS
    old: str | None  # `from`: status, revisit point, successors, file name or path before
    new: str | None  # `to`
    commit: Commit
    note: str | None = None  # a revisit's note

    @property
    def change(self) -> str:
        """`status proposed -> accepted`, `created (proposed)`, `renamed 0005-a.md -> 0007-a.md`,
        `moved from doc/adr/0005-a.md`."""
        if self.event == CREATED:
            return f"created ({self.new or 'no status'})"  # an unreadable version's own event follows
        if self.event == DELETED:
            return f"deleted ({self.old})" if self.old else "deleted"
        if self.event == UNREADABLE:
            return f"unreadable: {self.new}"
        if self.event == MOVED:
            return f"moved from {self.old}"
        if self.event == REVISITED:
            return f"revisited: {self.new or '(no outcome)'}" + (f": {self.note}" if self.note else "")
        return f"{self.event} {self.old or '(none)'} -> {self.new or '(none)'}"


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
        if old is not None and old.template:  # a version that is the log's template is no record's
            old_path, old = None, None
        if new is not None and new.template:
            new_path, new = None, None
        if old_path is None and new_path is None:
            continue
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
        yield Event(number_of_path(old_path), old_path, DELETED, old.status if old else None, None, commit)
        return
    number = number_of_path(new_path)

    def event(kind: str, before: str | None, after: str | None) -> Event:
        assert new_path is not None
        return Event(number, new_path, kind, before, after, commit)

    if old_path is None or old is None:
        yield event(CREATED, None, new.status)
        if new.error:
            yield event(UNREADABLE, None, new.error)
        return
    if old_path != new_path:
        (before_log, before), (after_log, after) = split_record_path(old_path), split_record_path(new_path)
        if before_log == after_log:
            yield event(RENAMED, before, after)
        else:
            yield event(MOVED, old_path, new_path)
    if new.error:
        if not old.error:
            yield event(UNREADABLE, None, new.error)
        return
    if new.status != old.status:
        yield event(STATUS, old.status, new.status)
    if new.revisits[:len(old.revisits)] == old.revisits:
        for entry in new.revisits[len(old.revisits):]:
            yield Event(number, new_path, REVISITED, None, entry.outcome, commit, entry.note)
    if new.revisit != old.revisit:
        yield event(REVISIT, old.revisit, new.revisit)
    if new.successors != old.successors:
        yield event(SUCCESSOR, _numbers(old.successors), _numbers(new.successors))


def _numbers(numbers: tuple[int, ...]) -> str | None:
    return ", ".join(f"{number:04d}" for number in numbers) or None


def number_of_path(path: str) -> int:
    from adrtool.records.names import known_name, parse_listed

    # git's paths: "/"-separated, normalised; a path the record filter took (named otherwise in a log of such
    # names: `API-001-x.md`, `001. X.md`, `x_001.md`) is read as the log's listing reads it; a record kept in a
    # folder of its own by its folder's name
    named = parse_listed(known_name(path))
    return named.number if named is not None and named.number is not None else -1


_STAND_IN = "9999-followed.md"  # the name a version read at another name is read under: a record's, not 0's


def read_snapshot(data: bytes, path: str) -> Snapshot:
    """Parse one version of a record; never raises for a bad file (the snapshot says why).

    A version at a path that is no record's name (`drafts/use-ovn.md`, an earlier path of a record moved into
    the log) is read as a record file (``_STAND_IN``): what it says does not depend on its name."""
    from adrtool.fsio import decode
    from adrtool.records.dialects import parse
    from adrtool.records.names import is_record_name, is_template_title

    try:
        record = parse(decode(Path(path), data))
    except AdrError as error:
        parent, _, name = path.rpartition("/")
        if is_record_name(name):
            return Snapshot(error=error.message)
        return read_snapshot(data, f"{parent}/{_STAND_IN}" if parent else _STAND_IN)
    if record.number == 0 and is_template_title(record.title):
        return Snapshot(template=True)
    return Snapshot(record.status, record.revisit.text if record.revisit else None, record.superseded_by,
                    revisits=_revisits(record.meta.get("revisits")))


def _revisits(value: object) -> tuple[Revisited, ...]:
    """The entries of a `revisits` list, each read as leniently as a person would (a missing key is None)."""
    if not isinstance(value, list):
        return ()

    def text(entry: dict[object, object], key: str) -> str | None:
        found = entry.get(key)
        return None if found is None else str(found)

    return tuple(Revisited(text(entry, "outcome"), text(entry, "next"), text(entry, "note"))
                 for entry in value if isinstance(entry, dict))


def record_filter(git: Git) -> Callable[[str], bool]:
    """Whether a repository-relative path is a record file of the decision directory (remembered: a walk
    asks about the same few thousand paths again and again): directly in it, numbered as adr reads numbers,
    or, in a log whose records are named otherwise today (`API-001-x.md`, `001. X.md`, `x_001.md`), named so;
    or kept in a folder of its own (``_folder_record``)."""
    from adrtool.records.names import is_record_name, log_names_otherwise

    known: dict[str, bool] = {}
    directory = git.path(git.directory)
    otherwise = log_names_otherwise(directory)
    listing: set[str] = set()  # the directory's entries today, listed when a folder's path is first judged

    def is_record(path: str) -> bool:
        found = known.get(path)
        if found is None:
            name = git.log_name(path)
            if name is None or name.startswith("."):
                found = False
            elif "/" in name:
                if not listing:
                    with contextlib.suppress(OSError):
                        listing.update(os.listdir(directory))
                found = _folder_record(directory, name, listing)
            else:
                found = is_record_name(name) or (otherwise is not None and otherwise(name))
            known[path] = found
        return found

    return is_record


def _folder_record(directory: Path, name: str, listing: Collection[str]) -> bool:
    """Whether `folder/README.md` in the decision directory's history is the file of a record kept in a folder of
    its own: the folder is named as a record file is, and is not, today, what keeps such a folder from being a
    record (``pick_folder_records``): one with a record file of its name beside it (its attachments), or one
    holding record files (a log's area); of a folder holding both a README and an index, the one the record is
    read from. A folder gone since, or left without its README, held a record (made a file since, it is that
    record's earlier path). What is judged here is what the walk's cache key notes (``folders_today``).
    ``listing``: the directory's entries today."""
    from adrtool.records.names import folder_name, identity

    named = folder_name(name)
    if named is None or identity(named) is None:
        return False
    folder, _, file = name.partition("/")
    return folder_kind(directory, folder, listing) in (f"record {file}", "empty", "gone")


def folder_kind(directory: Path, folder: str, listing: Collection[str]) -> str:
    """What a subfolder of the decision directory is today, as the history's record filter judges its files:
    `attachments` (a record file of its name beside it), `area` (it holds record files), `record README.md` (the
    file a record kept in it is read from), `empty` (no such file: a record's README deleted since), or `gone`."""
    from adrtool.records.names import is_record_name

    try:
        held = os.listdir(directory / folder)
    except OSError:
        return "gone"
    if not held:
        return "gone"  # (as git leaves a folder a move took everything from; a clone has none)
    if f"{folder}.md" in listing:
        return "attachments"
    if any(is_record_name(entry) for entry in held):
        return "area"
    present = [text for text in FOLDER_RECORD_FILES if text in held]
    return f"record {present[0]}" if present else "empty"


def folders_today(directory: Path) -> tuple[tuple[str, str], ...]:
    """(name, ``folder_kind``) of each subfolder of the decision directory named as a record file is: what the
    record filter's judgement of a history's `folder/README.md` paths depends on besides the commits."""
    from adrtool.records.names import identity

    try:
        with os.scandir(directory) as entries:
            listing = [(entry.name, entry.is_dir()) for entry in entries]  # (a link to a folder: as the filter sees it)
    except OSError:
        return ()
    names = {name for name, _ in listing}
    return tuple(sorted((name, folder_kind(directory, name, names)) for name, is_dir in listing
                        if is_dir and name[:1] != "." and identity(f"{name}.md") is not None))


def version_filter(git: Git) -> Callable[[str], bool]:
    """Whether a path a walk shows changed is a version of a record: in the decision directory's tree, a
    record file directly in the directory (``record_filter``); outside that tree, any path, for a walk shows
    one only where it follows a record there: the source of a record moved into the directory, the changes
    to a moved record's earlier path (``adrtool.git.moves``), the file a `git log --follow` walk follows."""
    in_log = record_filter(git)
    return lambda path: in_log(path) if git.under_directory(path) else True


def walk_events(git: Git, commits: Iterable[Commit], known: Callable[[str], bool] | None = None,
                outside: set[str] | None = None) -> Iterator[tuple[Commit, list[Event]]]:
    """Each commit with its events; the blobs they compare are read by one cat-file process running ahead
    of the parsing. A commit ``known`` names (by sha) is passed through with no events and no blob read:
    the caller has them.

    With ``outside`` (a set, filled as the walk goes): the commits that add a record file and change
    anything outside the decision directory's tree, where a record may have been moved in
    (``adrtool.git.moves``). Whether they do is read from the same cat-file: for each commit that adds a
    record (neither a merge, a root nor a shallow clone's boundary), the trees on the way to the directory,
    its own and its parent's, compared without the entry that leads there (``Git.way_to_directory``).
    """
    is_record = version_filter(git)
    snapshots: dict[str, Snapshot] = {}
    way = git.way_to_directory() if outside is not None else []
    adding: set[str] = set()  # the commits whose trees on the way are read (decided by the feeding thread)
    besides: dict[str, bytes] = {}  # `COMMIT:DIR` -> digest of that tree but the entry leading to the directory

    def trees(commit: Commit) -> list[tuple[str, str, str]]:
        """(name, directory, leading entry) of the trees on the way, the commit's, then its parent's."""
        return [(f"{sha}:{level}", level, leading) for sha in (commit.sha, commit.parents[0]) for level, leading in way]

    def wanted(commit: Commit) -> list[str]:
        if known is not None and known(commit.sha):
            return []
        found = blobs_wanted(commit, is_record)
        if way and not commit.boundary and len(commit.parents) == 1 and any(
                change.status == "A" and change.new_path is not None and git.under_directory(change.new_path)
                and is_record(change.new_path) for change in commit.changes):
            adding.add(commit.sha)
            found.extend(name for name, _, _ in trees(commit))
        return found

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
        for blob, path in paths.items():
            snapshots[blob] = read_snapshot(blobs[blob], path)  # type: ignore[arg-type]
        if commit.sha in adding and outside is not None:
            for name, _, _ in trees(commit):
                if name in blobs:  # else asked for by an earlier commit
                    besides[name] = blobs[name]  # the digest of that tree but the leading entry (Git.with_blobs)
            mine, theirs = (commit.sha, commit.parents[0])
            if any(besides[f"{mine}:{level}"] != besides[f"{theirs}:{level}"] for level, _ in way):
                outside.add(commit.sha)
        yield commit, commit_events(commit, snapshot, is_record)
