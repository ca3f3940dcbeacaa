"""The decision directory's history, kept between runs and brought up to date by walking only what is new.

`adr log`, the git dates of `list`, `show` and `index`, and `adr log REF` all read one thing: what
``Git.walk`` (`git log --raw` over the decision directory) says from a commit, each commit with the events
``history.commit_events`` finds in it. A cache file keeps that walk with the commit H it started from:

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

What the walk depends on besides the commit: the code that reads records and finds events (the key holds
its modification times), the decision directory, the shallow clone's boundary (``.git/shallow``), the
work tree's ``.mailmap`` (author names are mapped), and git's replace refs and grafts (when there are any,
nothing is cached). Git configuration that changes `git log` output (``mailmap.file``,
``diff.renameLimit``) is not followed: ``ADR_NO_CACHE=1`` turns the cache off.

The file holds plain data (tuples of strings, numbers and booleans), pickled and read back by an unpickler
that refuses every global, so a planted file can build nothing but data; that data is checked as the
commits and events are rebuilt, and anything unexpected makes the file ignored (and replaced).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adrtool.git.repo import Change, Commit, Git
from adrtool.git.history import Event, walk_events

FORMAT = 1
KIND = "history"
_SPLIT_FROM = 2000  # commits: below that, one `git log` takes well under a second
_MAX_PARTS = 4

Row = tuple[Any, ...]  # the stored form of a commit: sha, parents, author, email, date, subject, boundary,
#                        changes (status, old path, new path), events (number, path, event, from, to)


@dataclass(frozen=True)
class Walked:
    """One commit of the walk and its events. The commit's changes keep paths and statuses, not blob ids."""

    commit: Commit
    events: tuple[Event, ...]
    row: Row | None = field(default=None, compare=False, repr=False)  # as stored, when read from the cache


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


def directory_history(git: Git, rev: str, *, build: bool = True) -> DirectoryHistory | None:
    """The decision directory's history from commit ``rev`` (a commit id), from the cache when it is there,
    brought up to date when it is on the same line.

    ``build=False``: None rather than a full walk (a command about one record has a cheaper walk of its
    own). The cache is rewritten only for HEAD's commit, so that looking at an older revision does not
    throw away the walk of the current one.
    """
    store = Store.for_repository(git)
    cached = store.load() if store is not None else None
    history = None
    if cached is not None:
        history = cached if cached.head == rev else _moved(git, cached, rev)
    if history is None:
        if not build:
            return None
        history = _full_walk(git, rev, cached)
    if store is not None and rev == git.head and history is not cached:
        store.save(history)
    return history


def _moved(git: Git, cached: DirectoryHistory, rev: str) -> DirectoryHistory | None:
    """The cached history moved to ``rev`` along a line of single-parent commits, or None."""
    ahead = git.line_between(rev, cached.head)
    if ahead is not None:
        walked = tuple(_walk(git, git.walk(rev=rev, since_rev=cached.head), {}))
        return DirectoryHistory(rev, walked + cached.walked, cached.linear)
    behind = git.line_between(cached.head, rev)
    if behind is not None:
        dropped = set(behind)
        return DirectoryHistory(rev, tuple(w for w in cached.walked if w.commit.sha not in dropped),
                                cached.linear)
    return None


def _full_walk(git: Git, rev: str, cached: DirectoryHistory | None) -> DirectoryHistory:
    """The whole walk again. With a cache (of another commit), git first lists the commits without their
    changes, and only those the cache does not know are asked for with their changes."""
    known = cached.by_sha() if cached is not None else {}
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
    return DirectoryHistory(rev, tuple(_walk(git, commits, known)), line is not None)


def _known_first(git: Git, listing: Iterable[Commit], known: dict[str, Walked]) -> list[Commit]:
    listed = list(listing)
    unknown = [commit.sha for commit in listed if commit.sha not in known and len(commit.parents) < 2]
    changed = {commit.sha: commit for commit in git.commits(unknown)}
    return [changed.get(commit.sha, commit) for commit in listed]


def _walk(git: Git, commits: Iterable[Commit], known: dict[str, Walked]) -> Iterator[Walked]:
    for commit, events in walk_events(git, commits, known=lambda sha: sha in known):
        if commit.sha in known:
            yield known[commit.sha]
            continue
        kept = _without_blobs(commit)
        walked = Walked(kept, tuple(Event(e.number, e.path, e.event, e.old, e.new, kept) for e in events))
        yield Walked(kept, walked.events, _row(walked))  # now, while git is still walking: it is the slower


def _without_blobs(commit: Commit) -> Commit:
    return Commit(commit.sha, commit.parents, commit.author, commit.email, commit.date, commit.subject,
                  tuple(Change(c.status, c.old_path, c.new_path, None, None) for c in commit.changes),
                  commit.boundary)


# -- the file --------------------------------------------------------------------------------------------


class _DataOnly(pickle.Unpickler):
    """Builds tuples, lists, dicts, strings and numbers; refuses every class and function."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the history cache")


class Store:
    """The cache file of one decision directory, and the key its content must match."""

    def __init__(self, file: Path, key: tuple[object, ...]) -> None:
        self.file = file
        self.key = key

    @classmethod
    def for_repository(cls, git: Git) -> Store | None:
        """None when caching is off (ADR_NO_CACHE) or unsafe (replace refs or grafts rewrite history)."""
        from adrtool.cache.parsed import cache_file

        file = cache_file(git.path(git.directory), KIND)
        if file is None or _history_is_replaced(git.common_dir):
            return None
        return cls(file, _key(git))

    def load(self) -> DirectoryHistory | None:
        """The cached history, or None when there is none, it is for another key, or it is not ours."""
        try:
            stored = _DataOnly(io.BytesIO(self.file.read_bytes())).load()
        except Exception:  # noqa: BLE001 - missing, truncated, corrupt or planted: start afresh
            return None
        try:
            if (type(stored) is not dict or stored.get("format") != FORMAT or stored.get("key") != self.key
                    or type(stored.get("head")) is not str or type(stored.get("linear")) is not bool):
                return None
            return DirectoryHistory(stored["head"], _from_rows(stored["commits"]), stored["linear"])
        except (TypeError, ValueError, AttributeError, KeyError):
            return None

    def save(self, history: DirectoryHistory) -> None:
        """Write the cache (atomically: readers see the old file or the new one); a cache that cannot be
        written is simply not kept."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True  # no memo: six times faster to write, for a file a third bigger (plain tuples only)
        pickler.dump({"format": FORMAT, "key": self.key, "head": history.head, "linear": history.linear,
                      "commits": [walked.row or _row(walked) for walked in history.walked]})
        data = buffer.getvalue()
        with contextlib.suppress(OSError):
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temp = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
            temp.write_bytes(data)
            os.replace(temp, self.file)


def _key(git: Git) -> tuple[object, ...]:
    from adrtool.cache.parsed import code_key, content_digest

    try:
        mailmap: bytes | None = content_digest((git.root / ".mailmap").read_bytes())
    except OSError:
        mailmap = None
    shallow = content_digest(" ".join(sorted(git.boundary())).encode("ascii"))
    return (code_key(), str(git.root), git.directory, shallow, mailmap)


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
            tuple((event.number, event.path, event.event, event.old, event.new) for event in walked.events))


def _from_rows(rows: object) -> tuple[Walked, ...]:
    """Commits and events rebuilt from rows, each value checked (TypeError/ValueError when one is wrong)."""
    if type(rows) is not list:
        raise TypeError("rows")
    text, maybe, number, flag = str, (str, type(None)), int, bool
    parse_date = dt.datetime.fromisoformat
    walked = []
    for row in rows:
        sha, parents, author, email, date, subject, boundary, changes, events = row
        if not (type(sha) is text and type(parents) is text and type(author) is text and type(email) is text
                and type(subject) is text and type(boundary) is flag and type(changes) is tuple
                and type(events) is tuple):
            raise TypeError("commit")
        kept = []
        for status, old_path, new_path in changes:
            if not (type(status) is text and type(old_path) in maybe and type(new_path) in maybe):
                raise TypeError("change")
            kept.append(Change(status, old_path, new_path, None, None))
        commit = Commit(sha, tuple(parents.split()), author, email, parse_date(date), subject, tuple(kept),
                        boundary)
        found = []
        for event_number, path, kind, old, new in events:
            if not (type(event_number) is number and type(path) is text and type(kind) is text
                    and type(old) in maybe and type(new) in maybe):
                raise TypeError("event")
            found.append(Event(event_number, path, kind, old, new, commit))
        walked.append(Walked(commit, tuple(found), row))
    return tuple(walked)
