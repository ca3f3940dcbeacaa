"""Records moved into the decision directory from elsewhere, and what happened to them before.

A walk of the decision directory sees only its own files, so a record moved into it (`git mv doc/adr
docs/decisions`, one draft `git mv drafts/x.md decisions/0007-x.md`) looks added there, and its history
before the move is lost. `git log --follow` finds the move by pairing the file with the files the commit
deleted anywhere (`-M`); this module does the same for the whole log, in three steps that cost the common
case (no move) almost nothing:

1. ``moves_in``: of the commits that add a record, those that change anything outside the directory's tree
   (found by the walk itself, from the small trees on the way to the directory: ``walk_events(outside=)``),
   the ones whose whole diff pairs an added record with a file outside that tree (``Git.renames``: the only
   full diffs).
2. ``earlier_history``: from each move's parent, a walk of the directories the moved files came from
   (on a history without merges, one walk for every move), keeping only the changes to those files,
   renames followed (within those directories by git, from elsewhere by step 1's pairing), until each was
   created or came from the decision directory's own tree (whose history the directory's walk already
   has). A walk stops as soon as it has followed every file back to where it started.
3. The caller (``adrtool.git.walk``) turns the move's added files into renames, so that the move is an event
   of its own (``adrtool.git.events.MOVED``) and each record's timeline and creation go on before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from adrtool.git.repo import Change, Commit, Git

Moves = dict[str, tuple[Change, ...]]  # commit -> the renames that brought records in from elsewhere
Added = dict[str, tuple[str, set[str]]]  # commit (neither a merge, a root nor a boundary) -> its parent and
#                                          the files it added


def moves_in(git: Git, added: Added) -> Moves:
    """Of the records each commit of a walk of the decision directory added (``added``: those commits that
    also change something outside the directory's tree, see ``walk_events(outside=)``), the ones it moved in
    from outside that tree: the renames, by commit."""
    return _renamed_into(git, {sha: paths for sha, (_, paths) in added.items()},
                         lambda change: not git.under_directory(change.old_path or ""))


def _renamed_into(git: Git, added: dict[str, set[str]], accept: Callable[[Change], bool]) -> Moves:
    """Of the files ``added`` says each commit added, those its whole diff pairs with a deleted file that
    ``accept`` takes: the renames, by commit."""
    found: Moves = {}
    for commit in git.renames(added):
        renames = tuple(change for change in commit.changes
                        if change.status == "R" and change.new_path in added.get(commit.sha, ())
                        and change.old_path is not None and accept(change))
        if renames:
            found[commit.sha] = renames
    return found


def with_moves(commit: Commit, renames: Iterable[Change]) -> Commit:
    """``commit`` with the additions of the files ``renames`` brought in replaced by those renames."""
    by_path = {change.new_path: change for change in renames}
    return replace(commit, changes=tuple(by_path.get(change.new_path, change) if change.status == "A" else change
                                         for change in commit.changes))


def earlier_history(git: Git, moves: dict[str, tuple[str, Iterable[Change]]], line: Sequence[str] | None = None
                    ) -> list[Commit]:
    """The commits before each move (``moves``: move commit -> (its parent, its renames)) that changed the
    moved files, each with only those changes (blob ids kept), renames followed back to where each file was
    created or came from the decision directory's tree; the caller orders them (a commit may come twice, with
    changes to files of two moves).

    ``line``: every commit of a history without merges, newest first. Then one walk follows every move at
    once (a log whose records are drafted elsewhere and moved in one by one has as many moves as records);
    else each move's files are followed by a walk of their own. Where they came from before (a move into
    the directory they were moved from) is asked of git once for all the files followed so far.
    """
    place = {sha: index for index, sha in enumerate(line)} if line is not None else None
    starts = [(parent, {change.old_path for change in renames if change.old_path is not None})
              for parent, renames in moves.values()]
    found: list[Commit] = []
    while starts:
        walked: list[Commit] = []
        added: Added = {}
        for group in ([starts] if place is not None else [[start] for start in starts]):
            more, adds = _follow(git, group, place)
            walked.extend(more)
            for sha, (parent, paths) in adds.items():
                added.setdefault(sha, (parent, set()))[1].update(paths)
        nested = _renamed_into(git, {sha: paths for sha, (_, paths) in added.items()}, lambda change: True)
        starts = []
        for index, commit in enumerate(walked):
            renames = nested.get(commit.sha)
            if renames is None:
                continue
            walked[index] = with_moves(commit, renames)
            onward = {change.old_path for change in renames
                      if change.old_path is not None and not git.under_directory(change.old_path)}
            if onward:
                starts.append((added[commit.sha][0], onward))
        found.extend(walked)
    return found


def _follow(git: Git, starts: list[tuple[str, set[str]]], place: dict[str, int] | None
            ) -> tuple[list[Commit], Added]:
    """One walk, from the newest of ``starts`` (commit, the paths followed back from it), of the directories
    those paths are in: each commit that changed a followed file, with only those changes, renames followed,
    until each was added. On a line (``place``: each commit's place, newest first) a start's files are
    followed from the first commit the walk reaches at or behind it; else there is one start. Also the
    commits that added a followed file (and are neither a merge, a root nor a shallow clone's boundary):
    commit -> (parent, paths), for ``_renamed_into`` to look for where they came from."""
    waiting = sorted(starts, key=lambda start: place[start[0]] if place is not None else 0, reverse=True)
    directories = sorted({str(PurePosixPath(path).parent) for _, paths in starts for path in paths})
    tracked: set[str] = set()
    walked: list[Commit] = []
    added: Added = {}
    for commit in git.walk(directories, rev=waiting[-1][0]):
        while waiting and (place is None or place[waiting[-1][0]] <= place[commit.sha]):
            tracked.update(waiting.pop()[1])
        kept = []
        for change in commit.changes:
            if change.status == "D" or change.new_path not in tracked:
                continue
            kept.append(change)
            if change.status not in ("A", "C", "R"):
                continue
            tracked.discard(change.new_path)  # before this commit, the file was elsewhere or nowhere
            if change.status == "R" and change.old_path is not None and not git.under_directory(change.old_path):
                tracked.add(change.old_path)
            elif change.status == "A" and not commit.boundary and len(commit.parents) == 1:
                added.setdefault(commit.sha, (commit.parents[0], set()))[1].add(change.new_path)
        if kept:
            walked.append(replace(commit, changes=tuple(kept)))
        if not tracked and not waiting:
            break
    return walked, added
