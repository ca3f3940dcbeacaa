"""Every git access adrtool makes, behind one small API.

Nothing outside this module runs git. Commands run as plain `git` processes (no import of gitpython, which
costs a tenth of a second: `adr log` with nothing new to walk answers in less than that); gitpython's object
database is opened lazily, only for tree listings and single blobs. What it offers:

- ``open_repo(workspace)`` / ``find_repo(workspace)``: the repository holding the decision directory, found
  by ONE `git rev-parse`, which also names the commit HEAD is at;
- ``Git.walk``: ONE `git log --raw` pass over a path, streamed, as ``Commit`` objects that carry each
  changed file's old and new blob ids (so a caller reads blobs instead of asking git per file, and the
  result of a commit depends on that commit alone: it can be cached by sha);
- ``Git.line_between``: whether one commit is reached from another through single-parent commits only
  (what lets the history cache add new commits to a walk, or drop them, instead of walking again);
- ``Git.blob``, ``Git.read_blobs``, ``Git.with_blobs``: object contents (`git cat-file --batch`); a blob
  larger than a record may be is passed over unread, its size kept (``adrtool.fsio.Unread``);
- ``Git.tree_files`` / ``Git.branch_heads``: tree listings of any revision, without a checkout;
- ``load_log_at``: the decision log as it was at a revision.

Every git failure becomes a ``GitError`` (exit 2) naming what was asked, with git's own last line of
stderr; a revision that does not exist is ``NotFound``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import operator
import os
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

from adrtool.errors import GitError, NotFound, UsageError
from adrtool.fsio.reading import MAX_RECORD_BYTES, Unread

if TYPE_CHECKING:
    from adrtool.fsio import TextFile
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog
    from adrtool.records.store import Store

# One commit header of the walk: a record separator, then NUL-separated fields (-z ends the last one).
_FIELDS = ("%H", "%P", "%aN", "%aE", "%aI", "%s")
_FORMAT = "%x1e" + "%x00".join(_FIELDS)
_CHUNK = 1 << 16
# A walk diffs every commit's tree of the decision directory against its parent's: git keeps the delta bases
# it inflated in a cache of up to 96 MB by default. A third of that is as fast on 10,000 records and 15,000
# commits (10.5 s) and keeps git's peak memory at 110 MB instead of 180 MB.
_WALK_CONFIG = ("core.deltaBaseCacheLimit=32m",)
# The names of Markdown files (MDX pages too), matched in any case.
MARKDOWN_EXTENSIONS = ("md", "mdx", "markdown")
MKDOCS_CONFIGURATIONS = ("mkdocs.yml", "mkdocs.yaml")
T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """One file a commit changed, as `git log --raw` reports it. Paths are relative to the repository root."""

    status: str  # A added, M modified, D deleted, R renamed, C copied, T type changed
    old_path: str | None
    new_path: str | None
    old_blob: str | None
    new_blob: str | None

    @property
    def path(self) -> str:
        """The path after the change (before it, for a deletion)."""
        return self.new_path if self.new_path is not None else self.old_path  # type: ignore[return-value]


@dataclass(frozen=True)
class Commit:
    sha: str
    parents: tuple[str, ...]
    author: str
    email: str
    date: dt.datetime  # author date, with the author's UTC offset
    subject: str
    changes: tuple[Change, ...] = ()
    boundary: bool = False  # a shallow clone's boundary: its parents are not here, its changes are unknown

    @property
    def short(self) -> str:
        return self.sha[:7]


class Git:
    """One repository, opened for one command. Use as a context manager: it owns git processes."""

    def __init__(self, root: Path, git_dir: Path, common_dir: Path, directory: str, head: str | None) -> None:
        self.root = root
        self.git_dir = git_dir  # this work tree's git directory (a linked worktree has its own)
        self.common_dir = common_dir  # where objects, refs and `shallow` live
        self.directory = directory  # the decision directory, relative to the root ("" for the root itself)
        self.head = head  # the commit HEAD was at when the repository was opened; None before the first
        self._objects: Any = None  # gitpython's Repo, opened on first use

    def __enter__(self) -> Git:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._objects is not None:
            self._objects.close()
            self._objects = None

    @property
    def _repo(self) -> Any:
        """gitpython's view of the repository, for its object database (trees and single blobs)."""
        if self._objects is None:
            import git

            try:
                self._objects = git.Repo(self.root)
            except Exception as error:
                raise GitError(f"cannot open the git repository: {error}") from None
        return self._objects

    # -- paths ------------------------------------------------------------------------------------------

    def path(self, relative: str) -> Path:
        """A repository-relative path as a path in the work tree."""
        return self.root.joinpath(*PurePosixPath(relative).parts)

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            raise GitError(f"{path} is outside the git repository at {self.root}") from None

    def within(self, log: Path) -> Git:
        """This repository opened for another decision directory (one of a project's several logs): its walks
        and their caches are that directory's."""
        relative = self.relative(log)
        return Git(self.root, self.git_dir, self.common_dir, "" if relative == "." else relative, self.head)

    def log_name(self, relative: str) -> str | None:
        """The name in the decision directory of a repository-relative path directly inside it (`0001-x.md`) or
        in one of its subfolders as a record kept in a folder of its own would be (`0002-y/README.md`,
        ``split_record_path``); None for any other path. Whether it is a record's is the caller's to judge."""
        from adrtool.records.names import split_record_path

        log, name = split_record_path(relative)
        return name if log == self.directory else None

    def under_directory(self, relative: str) -> bool:
        """Whether a repository-relative path is in the decision directory's tree (at any depth)."""
        return not self.directory or relative.startswith(f"{self.directory}/") or relative == self.directory

    def docs_files_holding(self, words: Iterable[str]) -> list[Path]:
        """The Markdown files (`*.md`, `*.mdx`, `*.markdown`, in any case: `README.MD`) and MkDocs configurations
        (`mkdocs.yml`, whose nav names pages) the repository tracks whose text in the work tree holds one of
        ``words``, as paths in the work tree (git's own search, on both cores)."""
        patterns = [part for word in words for part in ("-e", word)]
        if not patterns:
            return []
        found = _run_git(self.root, "grep", "-l", "-z", "-I", "-F", "--no-color", *patterns, "--",
                         *(f":(top,glob,icase)**/*.{extension}" for extension in MARKDOWN_EXTENSIONS),
                         *(f":(top,glob,icase)**/{name}" for name in MKDOCS_CONFIGURATIONS), allowed=(0, 1))
        return [self.path(os.fsdecode(name)) for name in found.split(b"\0") if name]

    # -- revisions --------------------------------------------------------------------------------------

    def has_commits(self) -> bool:
        return self.head is not None

    def resolve(self, rev: str) -> str:
        """The commit id ``rev`` names; NotFound when it names none."""
        if not rev.strip() or rev.startswith("-"):
            raise UsageError(f"{rev!r} is not a revision")
        if rev == "HEAD" and self.head is not None:
            return self.head
        try:
            return self._text("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").strip()
        except GitError:
            pass
        try:  # the object first, then its commit: `:/message^{commit}` searches for "message^{commit}"
            found = self._text("rev-parse", "--verify", "--quiet", rev).strip()
            return self._text("rev-parse", "--verify", "--quiet", f"{found}^{{commit}}").strip()
        except GitError:
            raise NotFound(f"no commit {rev!r} in this repository"
                           + ("" if self.has_commits() else " (it has no commits yet)")) from None

    def resolve_at(self, at: str) -> str:
        """`--at`: a revision or, if none has that name, a day (YYYY-MM-DD): the last commit on HEAD's
        first-parent line committed on or before that day (by the committer's own calendar)."""
        from adrtool.model import date_problem, parse_iso_date

        problem = date_problem(at)
        if problem is not None:
            raise UsageError(f"--at {at.strip()!r} is not a date ({problem})")
        try:
            return self.resolve(at)
        except NotFound:
            day = parse_iso_date(at.strip())
            if day is None or not self.has_commits():
                raise
        process = self._start("log", "--first-parent", "--format=%H %cI", "HEAD")
        assert process.stdout is not None
        try:
            for line in process.stdout:
                sha, date = line.decode("ascii").split()
                if dt.datetime.fromisoformat(date).date() <= day:
                    return sha
        finally:
            _stop(process)
        raise NotFound(f"no commit on or before {day.isoformat()} (the history starts later)")

    def merge_base(self, one: str, other: str) -> str | None:
        try:
            return self._text("merge-base", one, other).strip() or None
        except GitError:
            return None  # unrelated histories, or a shallow clone that does not reach the fork point

    def line_between(self, newer: str, older: str) -> list[str] | None:
        """The commits of ``older..newer``, newest first, when they are one line of single-parent commits
        from ``newer`` down to a child of ``older`` (so ``older`` is an ancestor of ``newer`` and no merge
        lies between); None otherwise, or when ``older`` is no longer in the repository."""
        try:
            out = self._text("rev-list", "--parents", f"{older}..{newer}", "--")
        except GitError:
            return None
        parents = {}
        for text in out.splitlines():
            sha, *others = text.split()
            parents[sha] = others
        chain, at = [], newer
        while at in parents:
            chain.append(at)
            if len(parents[at]) != 1:
                return None
            at = parents[at][0]
        return chain if at == older and len(chain) == len(parents) else None

    def commits_between(self, older: str, newer: str) -> list[str]:
        """The commits of ``older..newer``: reachable from ``newer``, not from ``older``."""
        return self._text("rev-list", f"{older}..{newer}", "--").split()

    def deleted_files(self, shas: Iterable[str]) -> dict[str, set[str]]:
        """The files each commit of ``shas`` deletes (a rename's source counts: no rename detection), by
        comparison with its parent; a merge lists none. One `git log --no-walk`."""
        wanted = list(dict.fromkeys(shas))
        if not wanted:
            return {}
        out = self._run("log", "--no-walk=unsorted", "--no-renames", "--diff-filter=D", "--name-only", "-z",
                        "--format=%x1e%H", *wanted, "--")
        deleted: dict[str, set[str]] = {sha: set() for sha in wanted}
        current: set[str] | None = None
        for token in out.split(b"\0"):
            token = token.lstrip(b"\n")
            if token.startswith(b"\x1e"):
                current = deleted.setdefault(token[1:].decode("ascii"), set())
            elif token and current is not None:
                current.add(os.fsdecode(token))
        return deleted

    def way_to_directory(self) -> list[tuple[str, str]]:
        """(directory, the entry in it that leads to the decision directory) from the root down: the trees
        whose other entries say whether a commit changed anything outside the decision directory's tree
        (``tree_digest``). Empty for a decision directory at the root, which has no outside."""
        parts = self.directory.split("/") if self.directory else []
        return [("/".join(parts[:depth]), parts[depth]) for depth in range(len(parts))]

    def renames(self, shas: Iterable[str]) -> Iterator[Commit]:
        """The commits ``shas`` (none of them a merge) in that order, each with the renames of its whole diff
        with its parent (`-M`, as `git log --follow` pairs files): one `git log --no-walk`."""
        wanted = "".join(f"{sha}\n" for sha in dict.fromkeys(shas))
        if wanted:
            yield from self._log(["--no-walk=unsorted", "--stdin", "--diff-filter=R"], [],
                                 stdin=wanted.encode("ascii"))

    def has_merges(self, rev: str) -> bool:
        """Whether any commit behind ``rev`` (itself included) is a merge."""
        return bool(self._text("rev-list", "--min-parents=2", "--max-count=1", rev, "--").strip())

    def boundary(self) -> frozenset[str]:
        """Commits at which a shallow clone's history is cut (empty for a complete clone)."""
        shallow = self.common_dir / "shallow"
        try:
            return frozenset(shallow.read_text(encoding="ascii").split())
        except FileNotFoundError:
            return frozenset()
        except OSError as error:
            raise GitError(f"cannot read {shallow}: {error.strerror}") from None

    def branch_heads(self) -> list[tuple[str, str]]:
        """(short name, commit id) of every local branch, then every remote-tracking branch."""
        out = self._text("for-each-ref", "--format=%(objectname) %(objecttype) %(refname)",
                         "refs/heads", "refs/remotes")
        heads = []
        for line in out.splitlines():
            sha, kind, name = line.split(" ", 2)
            if kind != "commit" or (name.startswith("refs/remotes/") and name.endswith("/HEAD")):
                continue  # origin/HEAD only repeats the branch it points to
            heads.append((name.split("/", 2)[2], sha))
        return heads

    # -- trees and blobs --------------------------------------------------------------------------------

    def tree_files(self, rev: str, directory: str | None = None) -> list[tuple[str, str]] | None:
        """(file name, blob id) of the files directly in ``directory`` at ``rev``; None when it has no such
        directory. Reads trees through gitpython's object database (one persistent cat-file process)."""
        entries = self.tree_entries(rev, directory)
        return None if entries is None else entries[0]

    def tree_entries(self, rev: str, directory: str | None = None
                     ) -> tuple[list[tuple[str, str]], list[str]] | None:
        """(file name, blob id) of the files directly in ``directory`` at ``rev``, and the names of its
        subfolders; None when it has no such directory."""
        tree = self._tree(rev, self.directory if directory is None else directory)
        if tree is None:
            return None
        return [(blob.name, blob.hexsha) for blob in tree.blobs], [folder.name for folder in tree.trees]

    def folder_entries(self, rev: str, directory: str, wanted: Callable[[str], bool]
                       ) -> dict[str, tuple[list[tuple[str, str]], list[str]]]:
        """For each subfolder of ``directory`` at ``rev`` whose name ``wanted`` takes: (file name, blob id) of its
        files and the names of its own subfolders. One walk to the directory's tree, then one read of each such
        subfolder (a look-up of each by path would go over the directory's entries again each time)."""
        tree = self._tree(rev, directory)
        if tree is None:
            return {}
        return {folder.name: ([(blob.name, blob.hexsha) for blob in folder.blobs], [sub.name for sub in folder.trees])
                for folder in tree.trees if wanted(folder.name)}

    def _tree(self, rev: str, directory: str) -> Any:
        """gitpython's tree of ``directory`` at ``rev``; None when it has no such directory. Only that tree is read
        in this process: git finds it (gitpython's walk to it would read each tree on the way whole, a folder of
        a million files beside the log among them)."""
        try:
            commit = self._repo.commit(rev)
            if not directory:
                return commit.tree
            if not _plain_path(directory):
                tree = commit.tree / directory
                return tree if getattr(tree, "type", None) == "tree" else None
            found = self._object_at(commit.hexsha, directory)
        except KeyError:
            return None
        except GitError:
            raise
        except Exception as error:  # gitpython raises ValueError, BadName, GitCommandError ...
            raise self._error(f"cannot read the tree of {rev}", error) from None
        if found is None or found[1] != "tree":
            return None
        from git.objects import Tree

        return Tree(self._repo, bytes.fromhex(found[0]), path=directory)

    def _object_at(self, commit: str, path: str) -> tuple[str, str] | None:
        """(id, type) of the object at ``path`` (``_plain_path``) in ``commit``; None when there is none."""
        try:
            sha, kind, _ = self._repo.git.get_object_header(f"{commit}:{path}")
        except ValueError:  # `NAME missing`
            return None
        return os.fsdecode(sha), os.fsdecode(kind)  # (bytes, though typed str)

    def file_at(self, rev: str, path: str) -> str | None:
        """The blob id of the file ``path`` (repository-relative) at commit ``rev``; None when there is none."""
        parent, _, name = path.rpartition("/")
        if not _plain_path(path):
            return dict(self.tree_files(rev, parent) or []).get(name)
        try:
            found = self._object_at(self._repo.commit(rev).hexsha, path)
        except GitError:
            raise
        except Exception as error:
            raise self._error(f"cannot read the tree of {rev}", error) from None
        return found[0] if found is not None and found[1] == "blob" else None

    def blob(self, sha: str) -> bytes:
        """A blob's content; ``Unread`` when it is larger than a record may be (passed over unread)."""
        try:
            _, kind, size, stream = self._repo.git.stream_object_data(sha)
            data = stream.read() if size <= MAX_RECORD_BYTES else _passed_over(stream, size, 0)
        except GitError:
            raise
        except Exception as error:
            raise self._error(f"cannot read object {sha[:12]}", error) from None
        kind = kind.decode("ascii", "replace") if isinstance(kind, bytes) else str(kind)
        if kind != "blob":
            raise GitError(f"object {sha[:12]} is a {kind}, not a file")
        return data if isinstance(data, Unread) else bytes(data)

    def diff_to_work_tree(self, rev: str, directory: str | None = None) -> list[Change]:
        """Tracked files of ``directory`` that differ between ``rev`` and the work tree, renames detected.

        The new blob id is None for a file changed in the work tree (git has not hashed it): read the file.
        """
        directory = self.directory if directory is None else directory
        out = self._run("diff", "--raw", "-z", "--no-abbrev", "-M", "--no-color", "--no-ext-diff", rev, "--",
                        directory or ".")
        return list(_raw_changes(out.split(b"\0")))

    # -- history ----------------------------------------------------------------------------------------

    def walk(self, paths: Sequence[str] | None = None, *, rev: str = "HEAD", since_rev: str | None = None,
             since_date: dt.date | None = None, follow: bool = False, changes: bool = True) -> Iterator[Commit]:
        """The commits that changed ``paths`` (default: the decision directory), newest first, from ONE
        `git log` process whose output is parsed as it streams.

        Merges: git's default history simplification, no ``-m`` and no ``--first-parent``. A side branch's
        commits are listed with their own authors and dates (``--first-parent`` would credit the merge and
        its author with every change the branch made); a merge itself shows no diff, so a change made only
        while resolving a conflict is not seen; branches whose changes were discarded by the merge are
        pruned, as `git log -- PATH` does.

        ``changes=False``: the same commits in the same order, without their changes (git still compares
        each commit's tree with its parent's, but stops at the first difference: a third faster).
        """
        if not self.has_commits():
            return
        args = ["--follow"] if follow else []
        if since_date is not None:  # a cheap pre-filter on the committer date; callers filter exactly
            args.append(f"--since={(since_date - dt.timedelta(days=2)).isoformat()}")
        args.append(f"{since_rev}..{rev}" if since_rev else rev)
        yield from self._log(args, paths, changes=changes)

    def commits(self, shas: Iterable[str], paths: Sequence[str] | None = None) -> Iterator[Commit]:
        """The commits ``shas`` (none of them a merge) in that order, each with its changes to ``paths`` as
        ``walk`` lists them: its diff with its parent (one `git log --no-walk`, given the ids on stdin)."""
        wanted = "".join(f"{sha}\n" for sha in shas)
        if wanted:
            yield from self._log(["--no-walk=unsorted", "--stdin"], paths, stdin=wanted.encode("ascii"))

    def line(self, rev: str) -> list[str] | None:
        """Every commit behind ``rev`` (itself first), newest first, when they form one line: no merge."""
        if self.has_merges(rev):
            return None
        return self._text("rev-list", rev, "--").split()

    def newest_first(self, shas: Iterable[str]) -> list[str]:
        """The commits ``shas``, newest first by commit date, the order in which `git log` walks a history
        with merges (one `git rev-list --no-walk`, given the ids on stdin)."""
        wanted = "".join(f"{sha}\n" for sha in dict.fromkeys(shas))
        if not wanted:
            return []
        process = self._start("rev-list", "--no-walk=sorted", "--stdin", stdin=True)
        out, err = process.communicate(wanted.encode("ascii"))
        if process.returncode != 0:
            raise GitError(f"git rev-list failed: {_last_line(err.decode('utf-8', 'replace'), process.returncode)}")
        return out.decode("ascii").split()

    def walk_order(self, directories: Iterable[Path]) -> list[str]:
        """The commits of HEAD that change any of ``directories``, in the order one `git log` walking them all
        lists them: its graph decides between commits of the same second, as each directory's own walk did."""
        paths = [self.relative(directory) for directory in directories]
        process = self._start("rev-list", "HEAD", "--", *paths)
        out, err = process.communicate()
        if process.returncode != 0:
            raise GitError(f"git rev-list failed: {_last_line(err.decode('utf-8', 'replace'), process.returncode)}")
        return out.decode("ascii").split()

    def walk_line(self, line: Sequence[str], parts: int, *, changes: bool = True) -> Iterator[Commit]:
        """``walk(rev=line[0])`` on a history that is one line (``line``: every commit behind it, newest first,
        no merge), by ``parts`` `git log` processes running at once on consecutive ranges of it (or one).

        The same commits in the same order: on a line, `git log A -- DIR` lists the commits of ``B..A`` that
        change DIR, reaches B with B alone in its queue, and goes on as `git log B -- DIR` would (see
        ``adrtool.git.walk``). The cuts split git's work evenly for a directory that grows with its
        history (the newest commits have the biggest trees): at sqrt(k / parts) of the line, counted from
        its oldest commit. The newest range streams; the others are read into memory meanwhile.
        """
        import math
        import threading

        cuts = sorted({int(len(line) * (1 - math.sqrt(k / parts))) for k in range(1, parts)} - {0})
        ranges, upper = [], line[0]
        for cut in cuts:
            ranges.append(f"{line[cut]}..{upper}")
            upper = line[cut]
        ranges.append(upper)
        boundary = self.boundary()
        # On a line, the commits that touch the directory are those with changes in it: with them, git is
        # run without a pathspec (which makes it diff each tree twice: once to decide whether to show the
        # commit, once to show it) and `--relative` keeps each diff inside the directory; the commits
        # without changes are dropped as they are read. 2.2x faster on a flat directory of 10,000 records.
        inside = f"{self.directory}/" if changes and self.directory else ""
        relative = [f"--relative={inside}"] if inside else []
        paths: list[str] | None = [] if changes else None
        processes = [self._start_log([rev, *relative], paths, changes=changes) for rev in ranges]
        outputs: list[list[bytes]] = [[] for _ in processes]

        def read(process: subprocess.Popen[bytes], output: list[bytes]) -> None:
            assert process.stdout is not None
            output.append(process.stdout.read())

        readers = [threading.Thread(target=read, args=(process, output), daemon=True)
                   for process, output in zip(processes[1:], outputs[1:], strict=True)]
        for reader in readers:
            reader.start()
        try:
            prefix = inside if changes else None
            yield from self._read_log(processes[0], boundary, prefix)
            for process, output, reader in zip(processes[1:], outputs[1:], readers, strict=True):
                reader.join()
                self._finish(process, "git log")
                yield from _parse_log(_tokens(io.BytesIO(output[0])), boundary, prefix)
        finally:
            for process in processes:
                _stop(process)
            for reader in readers:
                reader.join(timeout=5)

    def _log(self, args: list[str], paths: Sequence[str] | None, *, changes: bool = True,
             stdin: bytes | None = None) -> Iterator[Commit]:
        process = self._start_log(args, paths, changes=changes, stdin=stdin is not None)
        try:
            if stdin is not None:
                assert process.stdin is not None
                process.stdin.write(stdin)
                process.stdin.close()
        except BaseException:
            _stop(process)
            raise
        yield from self._read_log(process, self.boundary())

    def _start_log(self, args: list[str], paths: Sequence[str] | None, *, changes: bool = True,
                   stdin: bool = False) -> subprocess.Popen[bytes]:
        paths = list(paths) if paths is not None else [self.directory or "."]
        diff = ["--raw", "--no-abbrev", "-M", "--root", "--no-ext-diff"] if changes else []
        return self._start("log", "-z", "--no-color", "--no-show-signature", f"--format={_FORMAT}", *diff,
                           *args, "--", *paths, stdin=stdin, config=_WALK_CONFIG)

    def _read_log(self, process: subprocess.Popen[bytes], boundary: frozenset[str],
                  prefix: str | None = None) -> Iterator[Commit]:
        try:
            yield from _parse_log(_tokens(process.stdout), boundary, prefix)
        except BaseException:
            _stop(process)  # the caller stopped early (or failed): the rest is not wanted
            raise
        self._finish(process, "git log")

    def read_blobs(self, shas: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """The contents of many blobs, from one `git cat-file --batch` that is asked ahead of reading."""
        for sha, blobs in self.with_blobs(dict.fromkeys(shas), lambda sha: (sha,)):
            yield sha, blobs[sha]

    def with_blobs(self, commits: Iterable[T], wanted: Callable[[T], Iterable[str]]
                   ) -> Iterator[tuple[T, dict[str, bytes]]]:
        """Each commit of ``commits`` with the contents of the blobs ``wanted`` names for it.

        A pipeline, so that nobody waits: a thread consumes ``commits`` (typically a walk, itself streaming
        from `git log`) and asks ONE `git cat-file --batch` process for each blob not asked for before,
        while this generator reads the answers in order. Each blob is read once: a blob asked for by an
        earlier commit is not in a later commit's dict (keep what you derive from it). The process starts
        only when a first blob is wanted.
        """
        import queue
        import threading

        pending: queue.Queue[Any] = queue.Queue(maxsize=256)
        stop = threading.Event()
        done = object()
        processes: list[subprocess.Popen[bytes]] = []

        def feed() -> None:
            requested: set[str] = set()
            try:
                for commit in commits:
                    if stop.is_set():
                        break
                    blobs = [sha for sha in dict.fromkeys(wanted(commit)) if sha not in requested]
                    if blobs and not processes:
                        processes.append(self._start("cat-file", "--batch", stdin=True))
                    requested.update(blobs)
                    pending.put((commit, blobs))  # before writing: the reader must be ready for a big commit
                    if blobs:
                        stdin = processes[0].stdin
                        assert stdin is not None
                        stdin.write("".join(f"{sha}\n" for sha in blobs).encode("ascii"))
                        stdin.flush()
                pending.put(done)
            except BaseException as error:
                pending.put(error)
            finally:
                if processes:
                    with contextlib.suppress(OSError):
                        processes[0].stdin.close()  # type: ignore[union-attr]

        feeder = threading.Thread(target=feed, name="adr-git-walk", daemon=True)
        feeder.start()
        try:
            while True:
                item = pending.get()
                if item is done:
                    break
                if isinstance(item, BaseException):
                    raise item
                commit, blobs = item
                yield commit, {sha: self._batch_answer(processes[0].stdout, sha) for sha in blobs}
        finally:
            stop.set()
            with contextlib.suppress(queue.Empty):
                while True:  # unblock the feeder if it waits for room
                    pending.get_nowait()
            for process in list(processes):  # unblock it if it writes to a cat-file nobody reads
                _stop(process)
            feeder.join(timeout=5)
            for process in processes:  # it may have started one meanwhile
                _stop(process)

    def _batch_answer(self, stream: Any, name: str) -> bytes:
        """The content of a blob (``name`` its id) or, for ``name`` `COMMIT:DIR` (a directory on the way to the
        decision directory), the digest of that tree without the entry leading there (``tree_digest``)."""
        header = stream.readline().split()
        found = len(header) == 3 and header[2].isdigit()  # else `NAME missing` (NAME may hold spaces)
        if ":" in name:
            if not found:  # the commit has no such directory
                return _digest(b"")
            return tree_digest(stream, int(header[2]), header, self._leading[name.partition(":")[2]])
        if not found or header[1] != b"blob":
            raise GitError(f"cannot read object {name[:12]}: git cat-file answered "
                           f"{b' '.join(header).decode('ascii', 'replace')!r}")
        size = int(header[2])
        if size > MAX_RECORD_BYTES:
            return _passed_over(stream, size, 1)
        data = stream.read(size + 1)  # the content, then a newline
        return bytes(data[:-1])

    @functools.cached_property
    def _leading(self) -> dict[str, str]:
        return dict(self.way_to_directory())

    # -- plumbing ---------------------------------------------------------------------------------------

    def _run(self, command: str, *args: str) -> bytes:
        """The standard output of one git command, run to its end."""
        return _run_git(self.root, command, *args)

    def _text(self, command: str, *args: str) -> str:
        return self._run(command, *args).decode("utf-8", "replace")

    def _start(self, command: str, *args: str, stdin: bool = False, config: Sequence[str] = ()
               ) -> subprocess.Popen[bytes]:
        return _start_git(self.root, command, *args, stdin=stdin, config=config)

    def _finish(self, process: subprocess.Popen[bytes], what: str) -> None:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        stderr = process.stderr.read()
        process.stderr.close()
        if process.wait() != 0:
            raise GitError(f"{what} failed: {_last_line(stderr.decode('utf-8', 'replace'), process.returncode)}")

    def _error(self, what: str, error: Exception) -> GitError:
        """A gitpython exception (from the object database) as one GitError with git's reason."""
        detail = str(getattr(error, "stderr", None) or error)
        prefix = "\n  stderr: '"  # how gitpython's GitCommandError quotes git's stderr
        if detail.startswith(prefix) and detail.endswith("'"):
            detail = detail[len(prefix):-1]
        lines = [line.strip() for line in detail.splitlines() if line.strip()]
        reason = lines[-1] if lines else type(error).__name__
        return GitError(f"{what}: {reason}")


_PATH_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR")


def _environment() -> dict[str, str]:
    """Git's messages in English (they are quoted in ours), as gitpython runs git too.

    git runs in other directories than ours (the decision directory, the work tree's top), so what a git
    hook says relative to where it runs is made absolute: GIT_DIR=.git and its kin, and the work tree that
    GIT_DIR without GIT_WORK_TREE means (the directory it runs in)."""
    environment = {**os.environ, "LANGUAGE": "C", "LC_ALL": "C"}
    for name in _PATH_VARIABLES:
        value = environment.get(name)
        if value and not os.path.isabs(value):
            environment[name] = os.path.abspath(value)
    if environment.get("GIT_DIR") and not environment.get("GIT_WORK_TREE"):
        environment["GIT_WORK_TREE"] = os.getcwd()
    return environment


def _start_git(cwd: Path, command: str, *args: str, stdin: bool = False, config: Sequence[str] = ()
               ) -> subprocess.Popen[bytes]:
    options = [part for setting in config for part in ("-c", setting)]
    try:
        return subprocess.Popen(["git", *options, command, *args], cwd=cwd, env=_environment(),
                                stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        raise GitError(f"git is not available: {error.strerror or error}") from None


def _run_git(cwd: Path, command: str, *args: str, allowed: tuple[int, ...] = (0,)) -> bytes:
    """Standard output of `git COMMAND ARGS` run in ``cwd``; GitError with git's reason when it fails."""
    process = _start_git(cwd, command, *args)
    out, err = process.communicate()
    if process.returncode not in allowed:
        raise GitError(f"git {command} failed: {_last_line(err.decode('utf-8', 'replace'), process.returncode)}")
    return out


def _last_line(stderr: str, returncode: int | None) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else f"exit status {returncode}"


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End a process whose output is no longer wanted."""
    process.kill()
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def _passed_over(stream: Any, size: int, after: int) -> Unread:
    """An object of ``size`` bytes (then ``after`` more: cat-file's newline) read from ``stream`` and dropped a
    chunk at a time, so that the next answer can be read; what stands for its content."""
    left = size + after
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        left -= len(chunk)
    return Unread(size)


def _tokens(stream: Any) -> Iterator[bytes]:
    """NUL-separated fields of a stream, as they arrive."""
    rest = b""
    while True:
        chunk = stream.read1(_CHUNK) if hasattr(stream, "read1") else stream.read(_CHUNK)
        if not chunk:
            break
        parts = (rest + chunk).split(b"\0")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


def _parse_log(tokens: Iterator[bytes], boundary: frozenset[str], prefix: str | None = None) -> Iterator[Commit]:
    """Commits from `git log -z --raw` output. With ``prefix`` (a `--relative` walk without a pathspec):
    each path is prefixed with it, and the commits without changes, which a pathspec would have left out,
    are dropped."""
    header: list[bytes] | None = None
    changes: list[Change] = []
    pending: list[bytes] = []  # a raw entry waiting for its path(s)
    for token in tokens:
        if pending:
            pending.append(token)
            if len(pending) == _arity(pending[0]):
                changes.append(_change(pending, prefix))
                pending = []
            continue
        token = token.lstrip(b"\n")
        if token.startswith(b"\x1e"):
            if header is not None and (changes or prefix is None):
                yield _commit(header, changes, boundary)
            header, changes = [token[1:]], []
        elif header is not None and len(header) < len(_FIELDS):
            header.append(token)
        elif token.startswith(b":"):
            pending = [token]
    if header is not None and (changes or prefix is None):
        yield _commit(header, changes, boundary)


def _plain_path(path: str) -> bool:
    """Whether git's `COMMIT:PATH` names ``path`` as it is: one line, no part `.` or `..` (which git takes as
    relative to the working directory)."""
    return "\n" not in path and not {".", ".."} & set(path.split("/"))


def tree_digest(stream: Any, size: int, header: Sequence[bytes], leading: str) -> bytes:
    """The digest of the tree of ``size`` bytes coming on ``stream`` (``header``: cat-file's line before it)
    without its entry named ``leading``: equal for two versions of a directory that differ in that entry alone.
    Read a chunk at a time: a directory of any size on the way to the decision directory takes no more memory
    than a small one. An object that is no tree is told by its id."""
    from hashlib import blake2b

    if header[1] != b"tree":
        _passed_over(stream, size, 1)
        return _digest(b"\0" + header[0])
    width = len(header[0]) // 2  # bytes of an object id in a tree entry (20 for SHA-1, 32 for SHA-256)
    digest = blake2b(digest_size=16)
    skip = leading.encode()
    left, pending, searching = size, b"", True
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        left -= len(chunk)
        if not searching:
            digest.update(chunk)
            continue
        pending += chunk
        at = 0
        while (name_end := pending.find(b"\0", at)) != -1 and name_end + 1 + width <= len(pending):
            end = name_end + 1 + width  # mode SP name NUL, then the id
            if pending[pending.index(b" ", at) + 1:name_end] == skip:
                digest.update(pending[:at])
                digest.update(pending[end:])
                searching, pending = False, b""
                break
            at = end
        else:
            digest.update(pending[:at])
            pending = pending[at:]
    digest.update(pending)
    stream.read(1)  # cat-file's newline after the object
    return digest.digest()


def _digest(data: bytes) -> bytes:
    from hashlib import blake2b

    return blake2b(data, digest_size=16).digest()


def _raw_changes(tokens: Sequence[bytes]) -> Iterator[Change]:
    index = 0
    while index < len(tokens):
        token = tokens[index].lstrip(b"\n")
        if token.startswith(b":"):
            arity = _arity(token)
            yield _change([token, *tokens[index + 1:index + arity]])
            index += arity
        else:
            index += 1


def _arity(meta: bytes) -> int:
    """How many fields a raw entry takes: its metadata and one path, or two for a rename or copy."""
    status = meta.rsplit(b" ", 1)[-1][:1]
    return 3 if status in (b"R", b"C") else 2


def _change(fields: list[bytes], prefix: str | None = None) -> Change:
    _, _, old_blob, new_blob, status = fields[0][1:].decode("ascii").split(" ")
    paths = [(prefix or "") + os.fsdecode(field) for field in fields[1:]]
    kind = status[:1]
    old_path = None if kind == "A" else paths[0]
    new_path = None if kind == "D" else paths[-1]
    return Change(kind, old_path, new_path, _blob_id(old_blob), _blob_id(new_blob))


def _blob_id(sha: str) -> str | None:
    return None if sha.strip("0") == "" else sha


def _commit(header: list[bytes], changes: list[Change], boundary: frozenset[str]) -> Commit:
    sha, parents, author, email, date, subject = (field.decode("utf-8", "replace") for field in header)
    return Commit(sha=sha, parents=tuple(parents.split()), author=author, email=email,
                  date=dt.datetime.fromisoformat(date), subject=subject, changes=tuple(changes),
                  boundary=sha in boundary)


# -- opening a repository -------------------------------------------------------------------------------


def find_repo(workspace: Workspace) -> Git | None:
    """The repository holding the decision directory, or None outside git (or without git installed)."""
    try:
        return open_repo(workspace)
    except GitError:
        return None


def open_repo(workspace: Workspace, log: Path | None = None) -> Git:
    """The repository holding the decision directory (``log``: that one of the project's logs); GitError,
    saying why, when there is none.

    One `git rev-parse` finds it (git's own discovery: worktrees, submodules, GIT_DIR) and names HEAD's commit.
    """
    decision_dir = workspace.decision_dir if log is None else log
    start = decision_dir
    while not start.is_dir() and start != start.parent:
        start = start.parent
    try:
        out = _run_git(start, "rev-parse", "--show-toplevel", "--absolute-git-dir", "--git-common-dir",
                       "--verify", "--quiet", "HEAD^{commit}", allowed=(0, 1))
    except GitError as error:
        if "not a git repository" in error.message:
            raise GitError(f"{workspace.relative(decision_dir)} is not in a git repository; "
                           "history needs one (git init, or run from a clone)") from None
        if "must be run in a work tree" in error.message:
            raise GitError("the git repository has no work tree") from None
        if error.message.startswith("git is not available"):
            raise
        raise GitError(f"cannot open the git repository: {error.message.split(': ', 1)[-1]}") from None
    lines = os.fsdecode(out).splitlines()
    if len(lines) < 3:
        raise GitError(f"cannot open the git repository: git rev-parse answered {os.fsdecode(out)!r}")
    root = Path(lines[0]).resolve()
    head = lines[3].strip() if len(lines) > 3 else None
    try:
        directory = decision_dir.resolve().relative_to(root).as_posix()
    except ValueError:
        raise GitError(f"the decision directory {decision_dir} is outside the git repository "
                       f"at {root}") from None
    return Git(root, Path(lines[1]), (start / lines[2]).resolve(), "" if directory == "." else directory,
               head or None)


# -- the log at a revision ------------------------------------------------------------------------------


# The ways of finding a log that name its directory whatever a revision holds: `--at` reads that directory there.
_NAMED_WAYS = frozenset({"--dir", "config"})


def _record_blobs(git: Git, rev: str, directory: str) -> list[tuple[str, str]]:
    """(file name, blob id) of the record files of ``directory`` (repository-relative) at commit ``rev``, in name
    order, as the work tree's reader picks them (``record_files``; a record kept in a folder of its own as
    `folder/README.md`, ``pick_folder_records``)."""
    from adrtool.records.log import pick_folder_records
    from adrtool.records.names import identity, record_files

    entries = git.tree_entries(rev, directory)
    if entries is None:
        return []
    files, folders = entries
    found = record_files(sorted(files), operator.itemgetter(0))
    if folders:
        listed = git.folder_entries(rev, directory, lambda folder: identity(f"{folder}.md") is not None)
        held = {folder: dict(blobs) for folder, (blobs, _) in listed.items()}

        def inside(folder: str) -> list[str] | None:
            return [*held[folder], *listed[folder][1]] if folder in listed else None

        for name in pick_folder_records(folders, [file for file, _ in files], inside):
            folder, _, file = name.partition("/")
            if (blob := held[folder].get(file)) is not None:  # (an `index.md` that is a folder is no record's)
                found.append((name, blob))
        found.sort()
    return found


def log_dir_at(git: Git, workspace: Workspace, rev: str, shown: str) -> str:
    """The decision directory (repository-relative) at commit ``rev``. A directory --dir or config names is that
    directory there. One found by its name is looked for in that commit's tree as ``locate`` looks in the work
    tree, so that a log read before it moved or before `.adr-dir` changed is found where it was then: the
    directory the root's first file naming one names there (`.adr-dir`, `adrs.toml`, `adr.config.json` ..., in
    ``locate``'s order), else today's, else the first conventional directory there holding a record (the first
    there at all, when none does). NotFound when there is none."""
    today = git.directory
    if workspace.how_found in _NAMED_WAYS:
        if git.tree_files(rev, today) is None:
            raise NotFound(f"the decision directory {today or '.'}/ does not exist at {shown}")
        return today
    from posixpath import join, normpath

    from adrtool.fsio import BOM
    from adrtool.project.config import beyond_the_project, written_path
    from adrtool.project.workspace import CONVENTIONAL_DIRS, DISCOVERY_FILES, named_in
    from adrtool.records.names import is_record_name

    base = git.relative(workspace.root)
    base = "" if base == "." else base
    for name in DISCOVERY_FILES:
        marker = git.file_at(rev, join(base, name))
        content = git.blob(marker) if marker is not None else None
        if not isinstance(content, bytes):
            continue
        named = named_in(name, content.removeprefix(BOM).decode("utf-8", "replace"))
        if named is None or beyond_the_project(named) is not None:
            continue
        directory = normpath(join(base, written_path(named)))
        if not directory.startswith("../") and directory != ".." and git.tree_files(rev, directory) is not None:
            return directory
    if git.tree_files(rev, today) is not None:
        return today
    present: list[str] = []
    for name in CONVENTIONAL_DIRS:
        files = git.tree_files(rev, join(base, name))
        if files is not None and any(is_record_name(file) for file, _ in files):
            return join(base, name)
        if files is not None:
            present.append(join(base, name))
    if present:
        return present[0]
    raise NotFound(f"no decision log at {shown}: {today or '.'}/ does not exist there, and neither a file naming "
                   f"one ({', '.join(DISCOVERY_FILES)}) nor a conventional directory ({CONVENTIONAL_DIRS[0]}/, "
                   f"{CONVENTIONAL_DIRS[1]}/, adr/ ...) names one there")


def load_log_at(workspace: Workspace, rev: str, store: Store) -> DecisionLog:
    """The decision log as it was at commit ``rev`` (or on a day, see ``Git.resolve_at``), read from that
    commit's tree without a checkout, through ``store``; where it was then (``log_dir_at``).

    Record paths are where the files would be in the work tree, so they print as usual.
    """
    with open_repo(workspace) as git:
        sha = git.resolve_at(rev)
        directory = log_dir_at(git, workspace, sha, rev)
        files = _record_blobs(git, sha, directory)
        place = workspace.decision_dir if directory == git.directory else git.path(directory)
        log = store.read_tree(place, files, lambda blobs: dict(git.read_blobs(blobs)))
        if directory != git.directory:
            return log
        # the log's areas (subfolders numbered in its sequence) as that commit holds them
        areas = [(area, found) for area, owner in workspace.areas if owner == workspace.decision_dir
                 and (found := _record_blobs(git, sha, git.relative(area)))]
        if not areas:
            return log
        from adrtool.records.logs import combine

        parts = [store.read_tree(area, found, lambda blobs: dict(git.read_blobs(blobs))) for area, found in areas]
        return combine([log, *parts], None, tuple((area, place) for area, _ in areas))


def text_at(workspace: Workspace, rev: str, path: Path) -> TextFile:
    """One record file's text at ``rev`` (``path`` as in the work tree)."""
    from adrtool.fsio import decode

    with open_repo(workspace) as git:
        sha = git.resolve_at(rev)
        relative = git.relative(path)
        parent, _, name = relative.rpartition("/")
        for file_name, blob in git.tree_files(sha, parent) or []:
            if file_name == name:
                return decode(path, git.blob(blob))
    raise NotFound(f"{workspace.relative(path)} does not exist at {rev}")
