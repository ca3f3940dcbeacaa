"""The decision directory's history: one walk of it, kept by the store between runs and brought up to date
by walking only what is new.

`adr log`, the git dates of `list`, `show` and `index`, and `adr log REF` all read one thing: what
``Git.walk`` (`git log --raw` over the decision directory) says from a commit, each commit with the events
``adrtool.git.events.commit_events`` finds in it. The store keeps that walk with the commit H it started from:

- HEAD is H: the answer is the cache's; no `git log` runs.
- H is behind HEAD on a line of single-parent commits (new commits, a fast-forward pull): only ``H..HEAD``
  is walked, and its commits go in front.
- HEAD is behind H on such a line (`git reset --hard HEAD~2`, a checkout of an older commit): the commits
  of ``HEAD..H`` are dropped.
- Anything else (an amend, a rebase, a merge coming in, another branch): one full walk, which takes every
  commit it knows by sha from the cache (its events depend on it alone) and reads the blobs of the others
  only. With merges, git first lists the commits without their changes (a third less work for git than
  with them, under a pathspec: 6.7 s instead of 10.5 at 15,000 commits) and is asked for the changes of
  the commits the cache does not know.

A walk of a history without merges runs `git log --relative=DIR/` with no pathspec (half the work of a
pathspec, see ``Git.walk_line``); from 2,000 commits, one per core (up to four) on consecutive ranges of
it, which is exact by the same argument:

Why a line is exact: git's walk pops commits newest-date first from a queue, and simplifies a merge by
comparing it with its own parents. Between H and HEAD on a line of single-parent commits there is nothing
to choose: `git log HEAD -- DIR` lists the commits of ``H..HEAD`` that change DIR, reaches H with H alone in
its queue, and from there goes on exactly as `git log H -- DIR`. A merge anywhere in between breaks that
argument (the two sides interleave by date; a merge equal to its second parent hides H's side), so then
the history is walked again.

Records moved into the directory from elsewhere are followed as `git log --follow` does
(``adrtool.git.moves``): the move becomes a rename in the walk, and the commits before it that changed the
moved files' earlier paths join the walk (``Walked.followed``), in the order `git log` walks. Finding no move
costs reading, with the blobs, the small trees on the way to the directory of the commits that add a
record. Whether a commit moved records in depends on it alone, so it is kept with it; what came before a
move depends on the move, so those commits are never taken from the cache by sha, and a walk brought up
to date by new commits that move records in, or taken back behind such a commit, is walked again.

What the walk depends on besides the commit: the code that reads records and finds events (the key holds
its modification times), the decision directory, the shallow clone's boundary (``.git/shallow``), the
work tree's ``.mailmap`` (author names are mapped), what the decision directory's record-named subfolders are
today (a record kept in a folder of its own, a record's attachments, a log's area: the record filter judges a
history's `folder/README.md` by them), and git's replace refs and grafts (when there are any, nothing is kept).
Git configuration that changes `git log` output (``mailmap.file``,
``diff.renameLimit``) is not followed: ``ADR_NO_CACHE=1`` turns the caches off.

A walk is kept as plain data (``to_rows``: tuples of strings, numbers and booleans), and checked as the
commits and events are rebuilt from it (``from_rows``): anything unexpected makes it ignored (and replaced).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from adrtool.git.events import CREATED, Event, folders_today, walk_events
from adrtool.git.moves import Added, earlier_history, moves_in, with_moves
from adrtool.git.repo import Change, Commit, Git
from adrtool.records.store import Store

KIND = "history"
_SPLIT_FROM = 2000  # commits: below that, one `git log` takes well under a second
_MAX_PARTS = 4

Row = tuple[Any, ...]  # the stored form of a commit: sha, parents, author, email, date, subject, boundary,
#                        changes (status, old path, new path), events (number, path, event, from, to), followed


@dataclass(frozen=True)
class Walked:
    """One commit of the walk and its events. The commit's changes keep paths and statuses, not blob ids."""

    commit: Commit
    events: tuple[Event, ...]
    row: Row | None = field(default=None, compare=False, repr=False)  # as stored, when read from the cache
    followed: bool = False  # holds changes to the earlier path of a record moved in later (not its alone)


@dataclass(frozen=True)
class DirectoryHistory:
    """What `git log` over the decision directory says from ``head``: every commit that changed it, newest
    first, with its events. ``linear``: no commit behind ``head`` is a merge."""

    head: str
    walked: tuple[Walked, ...]
    linear: bool

    def events(self) -> list[Event]:
        return [event for walked in self.walked for event in walked.events]

    def commits(self) -> list[Commit]:
        return [walked.commit for walked in self.walked]

    def by_sha(self) -> dict[str, Walked]:
        return {walked.commit.sha: walked for walked in self.walked}


def directory_history(git: Git, rev: str, store: Store, *, build: bool = True) -> DirectoryHistory | None:
    """The decision directory's history from commit ``rev`` (a commit id): the walk ``store`` kept, brought
    up to date when it is on the same line.

    ``build=False``: None rather than a full walk (a command about one record has a cheaper walk of its
    own). The walk is kept again only for HEAD's commit, so that looking at an older revision does not
    throw away the walk of the current one.
    """
    key = _key(git)
    scope = git.path(git.directory)
    cached = store.recall(KIND, scope, key, _from_data) if key is not None else None
    history = None
    if cached is not None:
        history = cached if cached.head == rev else _moved(git, cached, rev)
    if history is None:
        if not build:
            return None
        history = _full_walk(git, rev, cached)
    if key is not None and rev == git.head and history is not cached:
        store.remember(KIND, scope, key, history, _to_data)
    return history


def _moved(git: Git, cached: DirectoryHistory, rev: str) -> DirectoryHistory | None:
    """The cached history moved to ``rev`` along a line of single-parent commits, or None."""
    ahead = git.line_between(rev, cached.head)
    if ahead is not None:
        outside: set[str] = set()
        walked = tuple(_walk(git, git.walk(rev=rev, since_rev=cached.head), {}, outside=outside))
        if outside and moves_in(git, _added(w for w in walked if w.commit.sha in outside)):
            return None  # what came before the move goes in among the cached commits
        return DirectoryHistory(rev, walked + cached.walked, cached.linear)
    behind = git.line_between(cached.head, rev)
    if behind is not None:
        dropped = set(behind)
        if any(_moves_of(git, w.commit) for w in cached.walked if w.commit.sha in dropped):
            return None  # what came before the move goes too
        return DirectoryHistory(rev, tuple(w for w in cached.walked if w.commit.sha not in dropped),
                                cached.linear)
    return None


def _full_walk(git: Git, rev: str, cached: DirectoryHistory | None) -> DirectoryHistory:
    """The whole walk again. With a cache (of another commit), git first lists the commits without their
    changes, and only those the cache does not know are asked for with their changes."""
    known = {sha: w for sha, w in cached.by_sha().items() if not w.followed} if cached is not None else {}
    line = git.line(rev)
    parts = min(os.cpu_count() or 1, _MAX_PARTS)

    def walk(changes: bool) -> Iterator[Commit]:
        if line is not None:  # git on every core for a long line
            return git.walk_line(line, parts if len(line) >= _SPLIT_FROM else 1, changes=changes)
        return git.walk(rev=rev, changes=changes)

    if known and line is None:
        commits: Iterable[Commit] = _known_first(git, walk(changes=False), known)
    else:  # on a line, a walk with changes costs git less than a listing (Git.walk_line); known commits'
        commits = walk(changes=True)  # blobs are still not read
    outside: set[str] = set()
    walked = _with_moves(git, list(_walk(git, commits, known, outside=outside)), outside)
    return DirectoryHistory(rev, tuple(_with_earlier_history(git, walked, line)), line is not None)


def _with_moves(git: Git, walked: list[Walked], outside: set[str]) -> list[Walked]:
    """The walk with each move into the directory turned into renames, found in the commits that add a
    record and change something ``outside`` its tree (their events read again: those commits are few)."""
    found = moves_in(git, _added(w for w in walked if w.commit.sha in outside)) if outside else {}
    if not found:
        return walked
    moved = {commit.sha: with_moves(commit, found[commit.sha]) for commit in git.commits(found)}
    again = {w.commit.sha: w for w in _walk(git, moved.values(), {})}
    return [again.get(w.commit.sha, w) for w in walked]


def _added(walked: Iterable[Walked]) -> Added:
    """The records each commit added (its `created` events, for an added file), but in a merge (which shows
    no changes), a root commit or a shallow clone's boundary (which has no events)."""
    added: Added = {}
    for entry in walked:
        if entry.events and len(entry.commit.parents) == 1:
            paths = {event.path for event in entry.events if event.event == CREATED}
            paths.intersection_update(c.new_path for c in entry.commit.changes if c.status == "A")
            if paths:
                added[entry.commit.sha] = (entry.commit.parents[0], paths)
    return added


def _moves_of(git: Git, commit: Commit) -> tuple[Change, ...]:
    """The renames of ``commit`` that brought a record into the directory from outside its tree."""
    return tuple(change for change in commit.changes
                 if change.status == "R" and change.old_path is not None and change.new_path is not None
                 and git.under_directory(change.new_path) and not git.under_directory(change.old_path))


def _with_earlier_history(git: Git, walked: list[Walked], line: list[str] | None) -> list[Walked]:
    """The walk and, among its commits (``interleave``), the commits before each move into the directory that
    changed a moved record's earlier path (``adrtool.git.moves.earlier_history``)."""
    moves: dict[str, tuple[str, Iterable[Change]]] = {}
    for entry in walked:
        renames = _moves_of(git, entry.commit)
        if renames and entry.commit.parents:
            moves[entry.commit.sha] = (entry.commit.parents[0], renames)
    if not moves:
        return walked
    earlier: dict[str, Commit] = {}
    for commit in earlier_history(git, moves, line):  # two moves' histories may share a commit
        seen = earlier.get(commit.sha)
        earlier[commit.sha] = commit if seen is None else replace(seen, changes=seen.changes + commit.changes)
    followed = list(_walk(git, earlier.values(), {}, followed=True))
    return interleave(walked, followed, line if line is not None else git.newest_first(
        [w.commit.sha for w in walked] + [w.commit.sha for w in followed]))


def interleave(walked: Sequence[Walked], followed: Iterable[Walked], order: Sequence[str]) -> list[Walked]:
    """``walked`` with the ``followed`` commits (of a moved record's earlier path) put in among them by their
    place in ``order`` (newest first: the line of a history without merges, else by commit date, as `git log`
    walks); one that is also in ``walked`` joins it (the commit changed the directory and a moved record's
    earlier path)."""
    place = {sha: index for index, sha in enumerate(order)}
    extra = {entry.commit.sha: entry for entry in followed}
    listed = {entry.commit.sha for entry in walked}
    rest = sorted((entry for sha, entry in extra.items() if sha not in listed),
                  key=lambda entry: place.get(entry.commit.sha, len(place)))
    merged: list[Walked] = []
    at = 0
    for entry in walked:
        position = place.get(entry.commit.sha, len(place))
        while at < len(rest) and place.get(rest[at].commit.sha, len(place)) < position:
            merged.append(rest[at])
            at += 1
        both = extra.get(entry.commit.sha)
        if both is not None:
            commit = replace(entry.commit, changes=entry.commit.changes + both.commit.changes)
            entry = Walked(commit, tuple(replace(e, commit=commit) for e in entry.events + both.events),
                           followed=True)
        merged.append(entry)
    merged.extend(rest[at:])
    return merged


def _known_first(git: Git, listing: Iterable[Commit], known: dict[str, Walked]) -> list[Commit]:
    listed = list(listing)
    unknown = [commit.sha for commit in listed if commit.sha not in known and len(commit.parents) < 2]
    changed = {commit.sha: commit for commit in git.commits(unknown)}
    return [changed.get(commit.sha, commit) for commit in listed]


def _walk(git: Git, commits: Iterable[Commit], known: dict[str, Walked], *, followed: bool = False,
          outside: set[str] | None = None) -> Iterator[Walked]:
    for commit, events in walk_events(git, commits, known=lambda sha: sha in known, outside=outside):
        if commit.sha in known:
            yield known[commit.sha]
            continue
        kept = _without_blobs(commit)
        walked = Walked(kept, tuple(Event(e.number, e.path, e.event, e.old, e.new, kept, e.note) for e in events),
                        followed=followed)
        yield Walked(kept, walked.events, _row(walked), followed)  # now, while git is still walking: it is the slower


def _without_blobs(commit: Commit) -> Commit:
    return Commit(commit.sha, commit.parents, commit.author, commit.email, commit.date, commit.subject,
                  tuple(Change(c.status, c.old_path, c.new_path, None, None) for c in commit.changes),
                  commit.boundary)


# -- what the walk depends on, and the walk as plain data ----------------------------------------------------


def _key(git: Git) -> tuple[object, ...] | None:
    """Besides the commit: where the repository and the decision directory are, the shallow clone's boundary,
    the mailmap, and what the decision directory's record-named subfolders are today (the record filter judges a
    history's `folder/README.md` by them, ``adrtool.git.events.folders_today``); None when replace refs or grafts
    may make git see other parents than commits name."""
    from hashlib import blake2b

    if _history_is_replaced(git.common_dir):
        return None
    try:
        mailmap: str | None = blake2b((git.root / ".mailmap").read_bytes(), digest_size=16).hexdigest()
    except OSError:
        mailmap = None
    shallow = blake2b(" ".join(sorted(git.boundary())).encode("ascii"), digest_size=16).hexdigest()
    return (str(git.root), git.directory, shallow, mailmap, folders_today(git.path(git.directory)))


def _to_data(history: DirectoryHistory) -> object:
    return {"head": history.head, "linear": history.linear,
            "commits": [walked.row or _row(walked) for walked in history.walked]}


def _from_data(data: object) -> DirectoryHistory:
    """TypeError or ValueError when ``data`` is not what ``_to_data`` makes."""
    if type(data) is not dict or type(data.get("head")) is not str or type(data.get("linear")) is not bool:
        raise TypeError("not a kept walk")
    return DirectoryHistory(data["head"], _from_rows(data["commits"]), data["linear"])


def _history_is_replaced(common_dir: Path) -> bool:
    """Whether replace refs or grafts may make `git log` see other parents than the commits name."""
    if os.environ.get("GIT_GRAFT_FILE") or os.environ.get("GIT_REPLACE_REF_BASE"):
        return True
    if (common_dir / "info" / "grafts").exists():
        return True
    with contextlib.suppress(OSError):
        if any((common_dir / "refs" / "replace").iterdir()):
            return True
    try:
        return b" refs/replace/" in (common_dir / "packed-refs").read_bytes()
    except OSError:
        return False


# -- rows ------------------------------------------------------------------------------------------------

def _row(walked: Walked) -> Row:
    commit = walked.commit
    return (commit.sha, " ".join(commit.parents), commit.author, commit.email, commit.date.isoformat(),
            commit.subject, commit.boundary,
            tuple((change.status, change.old_path, change.new_path) for change in commit.changes),
            tuple((event.number, event.path, event.event, event.old, event.new, event.note)
                  for event in walked.events), walked.followed)


def _from_rows(rows: object) -> tuple[Walked, ...]:
    """Commits and events rebuilt from rows, each value checked (TypeError/ValueError when one is wrong)."""
    if type(rows) is not list:
        raise TypeError("rows")
    text, maybe, number, flag = str, (str, type(None)), int, bool
    parse_date = dt.datetime.fromisoformat
    walked = []
    for row in rows:
        sha, parents, author, email, date, subject, boundary, changes, events, followed = row
        if not (type(sha) is text and type(parents) is text and type(author) is text and type(email) is text
                and type(subject) is text and type(boundary) is flag and type(changes) is tuple
                and type(events) is tuple and type(followed) is flag):
            raise TypeError("commit")
        kept = []
        for status, old_path, new_path in changes:
            if not (type(status) is text and type(old_path) in maybe and type(new_path) in maybe):
                raise TypeError("change")
            kept.append(Change(status, old_path, new_path, None, None))
        commit = Commit(sha, tuple(parents.split()), author, email, parse_date(date), subject, tuple(kept),
                        boundary)
        found = []
        for event_number, path, kind, old, new, note in events:
            if not (type(event_number) is number and type(path) is text and type(kind) is text
                    and type(old) in maybe and type(new) in maybe and type(note) in maybe):
                raise TypeError("event")
            found.append(Event(event_number, path, kind, old, new, commit, note))
        walked.append(Walked(commit, tuple(found), row, followed))
    return tuple(walked)
