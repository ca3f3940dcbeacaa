"""Writing in a decision directory: under its lock, through the directory held open, all or nothing.

The directory is resolved once, by whoever names it, and every file is then created, replaced or removed by
its name in that open directory (``locked``), never through a path looked up again. A change is a
``Transaction``:

1. every target is checked first (a new name is free; a file to replace or remove is a regular file, not
   a symbolic link, and still holds exactly what the caller read);
2. every new content is written to a hidden temporary file beside its target, flushed to disk, read back
   and handed to the caller's check (which parses it), and nothing is changed if any of that fails;
3. one file: it is published with one ``rename`` (a replacement) or ``link`` (a new file, which fails if
   the name exists). Several: a journal naming every step is published first (``.adr-journal``, itself
   written atomically), then the steps are taken, then the journal is removed. Killed at any moment,
   the directory holds the old files, the new ones, or a journal, which the next command to read or
   write the directory completes (or, when a step cannot be completed, undoes from the hard-linked
   originals the journal names) before it reads anything.

Hidden temporary files left by a killed writer (`.NAME.XXXXXXXX.tmp`) are removed by the next writer.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat as kinds
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import ReadError, WriteRefused
from adrtool.fsio.reading import CLOEXEC, MAX_RECORD_BYTES, NOCTTY, NOFOLLOW, NONBLOCK, kind_of, read_open, reason
from adrtool.fsio.writing import fsync_directory, umask

MAX_WRITTEN_BYTES = 256 * 1024 * 1024  # a file adrtool wrote (an index), read back
MAX_JOURNAL_BYTES = 16 * 1024 * 1024


JOURNAL = ".adr-journal"


# A temporary file of a write: `.` + (the start of) the target's name + 8 random characters + `.tmp`. The
# same shape as the files of earlier versions (tempfile.mkstemp's), so that their leftovers are removed too.
TEMPORARY_NAME = re.compile(r"^\..*\.[A-Za-z0-9_]{8}\.tmp$", re.DOTALL)


_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


_BY_DIR_FD = os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd \
    and os.unlink in os.supports_dir_fd and os.link in os.supports_dir_fd


class LockedDirectory:
    """A directory held open (``fd``) under an exclusive lock; every write of a command goes through it."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self.fd = fd  # None where the system has no *at() calls: names are then joined to ``path``

    # Every call on a name of the directory, through the open directory where the system allows it.

    def _where(self, name: str) -> tuple[str | Path, dict[str, int]]:
        if self.fd is not None:
            return name, {"dir_fd": self.fd}
        return self.path / name, {}

    def lstat(self, name: str) -> os.stat_result | None:
        where, at = self._where(name)
        try:
            return os.stat(where, follow_symlinks=False, **at)
        except FileNotFoundError:
            return None

    def open(self, name: str, flags: int, mode: int = 0o600) -> int:
        where, at = self._where(name)
        return os.open(where, flags | CLOEXEC, mode, **at)

    def read(self, name: str, limit: int = MAX_RECORD_BYTES) -> bytes:
        """The bytes of the regular file ``name`` (never through a symbolic link); WriteRefused otherwise."""
        try:
            fd = self.open(name, os.O_RDONLY | NOFOLLOW | NONBLOCK | NOCTTY)
        except OSError as error:
            raise self._refusal(name, error, "cannot re-read before writing") from None
        try:
            return read_open(fd, limit, "record file")
        except ReadError as error:
            raise WriteRefused(error.message, path=self.path / name) from None
        finally:
            os.close(fd)

    def _refusal(self, name: str, error: OSError, doing: str) -> WriteRefused:
        found = self.lstat(name) if not isinstance(error, FileNotFoundError) else None
        if found is not None and kinds.S_ISLNK(found.st_mode):
            return WriteRefused("is a symbolic link; adrtool does not write through links", path=self.path / name)
        return WriteRefused(f"{doing}: {reason(error)}", path=self.path / name)

    def rename(self, source: str, target: str) -> None:
        if self.fd is not None:
            os.replace(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        else:
            os.replace(self.path / source, self.path / target)

    def link(self, source: str, target: str) -> None:
        if self.fd is not None:
            os.link(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
        else:
            os.link(self.path / source, self.path / target)

    def unlink(self, name: str) -> None:
        where, at = self._where(name)
        os.unlink(where, **at)

    def unlink_quietly(self, name: str | None) -> None:
        if name is not None:
            with contextlib.suppress(FileNotFoundError):
                self.unlink(name)

    def sync(self) -> None:
        """Make the directory's entries durable (its renames, links and removals)."""
        with contextlib.suppress(OSError):
            if self.fd is not None:
                os.fsync(self.fd)
            else:
                fsync_directory(self.path)

    def names(self) -> list[str]:
        return sorted(os.listdir(self.fd if self.fd is not None else self.path))

    # Temporary files.

    def write_temporary(self, target: str, data: bytes, mode: int) -> str:
        """A new hidden file beside ``target`` holding ``data``, flushed to disk; its name."""
        import secrets

        for _ in range(100):
            name = f".{target[:120]}.{secrets.token_hex(4)}.tmp"
            try:
                fd = self.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600)
                break
            except FileExistsError:
                continue
            except OSError as error:
                raise WriteRefused(f"cannot write in {self.path}: {reason(error)}", path=self.path) from None
        else:  # pragma: no cover - 100 collisions of 32 random bits
            raise WriteRefused(f"cannot find a free temporary name in {self.path}", path=self.path)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
                os.fchmod(fd, mode)
            finally:
                os.close(fd)
        except OSError as error:
            self.unlink_quietly(name)
            raise WriteRefused(f"cannot write: {reason(error)}", path=self.path / target) from None
        return name

    def remove_leftovers(self) -> None:
        """Remove the hidden temporary files of writers killed before they finished (under the lock, with no
        journal left to complete, no other writer can be using one)."""
        with contextlib.suppress(OSError):
            for name in self.names():
                if TEMPORARY_NAME.match(name):
                    with contextlib.suppress(OSError):
                        self.unlink(name)

    def transaction(self) -> Transaction:
        return Transaction(self)


def _open_directory(directory: Path) -> int:
    """The directory, opened; not through a symbolic link at its last component (whoever named the
    directory resolved it: a link appearing there since is an attack or a mistake, not the directory)."""
    try:
        return os.open(directory, os.O_RDONLY | _DIRECTORY | NOFOLLOW | CLOEXEC)
    except OSError as error:
        if os.path.islink(directory):
            raise WriteRefused("is a symbolic link; adrtool writes only in the directory it resolved",
                               path=directory) from None
        raise WriteRefused(f"cannot open to lock: {reason(error)}", path=directory) from None


@contextlib.contextmanager
def locked(directory: Path) -> Iterator[LockedDirectory]:
    """Hold ``directory`` open under an exclusive lock (flock on the directory itself where the system has
    it, else a lock file created with O_EXCL); an interrupted change is completed (or undone) first, and
    leftover temporary files removed."""
    try:
        import fcntl
    except ModuleNotFoundError:  # Windows
        with _lock_file(directory):
            held = LockedDirectory(directory, None)
            finish(held)
            held.remove_leftovers()
            yield held
        return
    fd = _open_directory(directory)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        held = LockedDirectory(directory, fd if _BY_DIR_FD else None)
        finish(held)
        held.remove_leftovers()
        yield held
    finally:
        os.close(fd)


directory_lock = locked  # the name earlier callers know


def finish_interrupted(directory: Path) -> bool:
    """Before a log is read: complete (or undo) a change a killed writer left half done. True when there
    was one. A single stat when there is none."""
    try:
        os.stat(directory / JOURNAL, follow_symlinks=False)
    except OSError:
        return False
    with locked(directory):
        pass
    return True


@contextlib.contextmanager
def _lock_file(directory: Path, timeout: float = 30.0) -> Iterator[None]:
    import time

    lock = directory / ".adr.lock"
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            break
        except FileExistsError:
            if time.monotonic() > deadline:
                raise WriteRefused(f"{lock.name} has been held for {timeout:.0f} s; if no adr command is "
                                   "running, delete it", path=directory) from None
            time.sleep(0.01)
        except OSError as error:
            raise WriteRefused(f"cannot lock: {error.strerror}", path=directory) from None
    try:
        yield
    finally:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


@dataclass
class _Step:
    kind: str  # "create" | "replace" | "remove"
    name: str
    data: bytes | None  # the new content (None: removed)
    expected: bytes | None  # what the file holds now (None: it must not exist)
    temp: str | None = None  # the new content's temporary file
    backup: str | None = None  # a second name of the original file, to undo the step
    mode: int = 0o644  # the new file's permissions: a replaced file keeps its own


Verify = Callable[[str, bytes], None]


class Transaction:
    """Files of one locked directory to create, replace and remove, all or none (see the module's doc)."""

    def __init__(self, directory: LockedDirectory) -> None:
        self.directory = directory
        self.steps: list[_Step] = []

    def create(self, name: str, data: bytes, mode: int | None = None) -> None:
        """Create ``name`` with the permissions ``mode`` (0644 less the umask when None)."""
        self._add(_Step("create", name, data, None, mode=0o644 & ~umask() if mode is None else mode))

    def replace(self, name: str, data: bytes, expected: bytes) -> None:
        self._add(_Step("replace", name, data, expected))

    def remove(self, name: str, expected: bytes) -> None:
        self._add(_Step("remove", name, None, expected))

    def put(self, name: str, data: bytes, expected: bytes | None, mode: int | None = None) -> None:
        """Create ``name`` (``expected`` None, with the permissions ``mode``) or replace what it holds."""
        if expected is None:
            self.create(name, data, mode)
        else:
            self.replace(name, data, expected)

    def _add(self, step: _Step) -> None:
        if not _plain_name(step.name) or step.name == JOURNAL or TEMPORARY_NAME.match(step.name):
            raise WriteRefused(f"{step.name!r} is not a file name adrtool writes", path=self.directory.path)
        if any(other.name == step.name for other in self.steps):
            raise AssertionError(f"{step.name} changed twice in one transaction")
        self.steps.append(step)

    def check(self) -> None:
        """Raise, writing nothing, when a step's target is not as the caller believes (``commit`` asks again)."""
        for step in self.steps:
            self._check(step)

    def commit(self, verify: Verify | None = None) -> None:
        """Check, prepare and verify every step, then take them all. ``verify(name, data)`` gets each new
        content as read back from its temporary file, and raises to stop everything."""
        if not self.steps:
            return
        directory = self.directory
        try:
            for step in self.steps:
                self._check(step)
            for step in self.steps:
                self._prepare(step, verify, backup=len(self.steps) > 1)
            if len(self.steps) == 1:
                self._take_one(self.steps[0])
                return
            journal = _journal_text(self.steps)
            temp = directory.write_temporary(JOURNAL, journal, 0o600)
            directory.sync()  # the temporary files and the originals' second names are in the directory
            try:
                directory.rename(temp, JOURNAL)  # the change is decided: from here it is completed
            except OSError as error:
                directory.unlink_quietly(temp)
                raise WriteRefused(f"cannot write the journal: {reason(error)}", path=directory.path) from None
            directory.sync()
        except BaseException:
            for step in self.steps:
                directory.unlink_quietly(step.temp)
                directory.unlink_quietly(step.backup)
            raise
        try:
            for step in self.steps:
                _take(directory, step)
        except OSError as error:
            try:
                _settle(directory, _load_journal(directory), prefer_undo=True)
            except WriteRefused as failure:
                raise WriteRefused(f"cannot {step.kind} {step.name}: {reason(error)}; {failure.message}",
                                   path=directory.path) from None
            raise WriteRefused(f"cannot {step.kind}: {reason(error)}; nothing was changed",
                               path=directory.path / step.name) from None
        directory.sync()
        _forget_journal(directory, self.steps)

    def _take_one(self, step: _Step) -> None:
        """A change of one file needs no journal: one rename, link or removal is all or nothing."""
        directory = self.directory
        try:
            _take(directory, step)
        except FileExistsError:
            directory.unlink_quietly(step.temp)
            raise WriteRefused(f"{step.name} already exists; not overwriting it", path=directory.path) from None
        except OSError as error:
            directory.unlink_quietly(step.temp)
            raise WriteRefused(f"cannot write: {reason(error)}", path=directory.path / step.name) from None
        directory.sync()

    def _check(self, step: _Step) -> None:
        """The target is as the caller believes: absent, or a regular file holding exactly ``expected``."""
        directory = self.directory
        found = directory.lstat(step.name)
        where = directory.path / step.name
        if step.kind == "create":
            if found is not None:
                raise WriteRefused(f"{step.name} already exists; not overwriting it", path=directory.path)
            return
        if found is None:
            raise WriteRefused("no longer exists; not overwriting (run the command again)", path=where)
        if kinds.S_ISLNK(found.st_mode):
            raise WriteRefused("is a symbolic link; adrtool does not write through links", path=where)
        kind = kind_of(found.st_mode)
        if kind is not None:
            raise WriteRefused(f"is {kind}; adrtool writes only regular files", path=where)
        if directory.read(step.name, max(MAX_RECORD_BYTES, len(step.expected or b""))) != step.expected:
            raise WriteRefused("changed on disk since it was read; not overwriting (run the command again)",
                               path=where)
        step.mode = found.st_mode & 0o7777

    def _prepare(self, step: _Step, verify: Verify | None, *, backup: bool) -> None:
        directory = self.directory
        if step.data is not None:
            step.temp = directory.write_temporary(step.name, step.data, step.mode)
            written = directory.read(step.temp, max(MAX_RECORD_BYTES, len(step.data)))
            if written != step.data:  # pragma: no cover - a filesystem that loses what it was given
                raise WriteRefused("reads back differently from what was written; nothing was changed",
                                   path=directory.path / step.name)
            if verify is not None:
                verify(step.name, written)
        if backup and step.expected is not None:
            step.backup = _second_name(directory, step.name, step.expected, step.mode)


def _plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and "/" not in name and "\0" not in name and os.sep not in name


def _second_name(directory: LockedDirectory, name: str, expected: bytes, mode: int) -> str:
    """A hidden name for the original file, to undo a step: a hard link (no copy), else a copy of what it
    held."""
    import secrets

    for _ in range(100):
        backup = f".{name[:120]}.{secrets.token_hex(4)}.tmp"
        try:
            directory.link(name, backup)
            return backup
        except FileExistsError:
            continue
        except OSError:
            return directory.write_temporary(name, expected, mode)
    raise WriteRefused(f"cannot find a free temporary name in {directory.path}",  # pragma: no cover
                       path=directory.path)


def _take(directory: LockedDirectory, step: _Step) -> None:
    """One step of a decided change."""
    if step.kind == "replace":
        assert step.temp is not None
        directory.rename(step.temp, step.name)
    elif step.kind == "create":
        assert step.temp is not None
        directory.link(step.temp, step.name)  # fails if the name was taken since: never overwrites
        directory.unlink_quietly(step.temp)
    else:
        directory.unlink(step.name)


_FORMAT = "adrtool journal 1"


def _digest(data: bytes | None) -> str | None:
    if data is None:
        return None
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _journal_text(steps: list[_Step]) -> bytes:
    return json.dumps({"format": _FORMAT, "steps": [
        {"kind": step.kind, "name": step.name, "temp": step.temp, "backup": step.backup,
         "before": _digest(step.expected), "after": _digest(step.data)} for step in steps]}).encode("ascii")


@dataclass(frozen=True)
class _Entry:
    kind: str
    name: str
    temp: str | None
    backup: str | None
    before: str | None
    after: str | None


def _load_journal(directory: LockedDirectory) -> list[_Entry]:
    where = directory.path / JOURNAL

    def damaged(why: str) -> WriteRefused:
        return WriteRefused(f"not a journal adrtool can complete ({why}); if no adr command is running, restore "
                            "the decision directory from git and delete it", path=where)

    try:
        data = directory.read(JOURNAL, MAX_JOURNAL_BYTES)
    except WriteRefused as error:
        raise damaged(error.message) from None
    try:
        found = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged("not JSON") from None
    if not isinstance(found, dict) or found.get("format") != _FORMAT or not isinstance(found.get("steps"), list):
        raise damaged("unknown format")
    entries = []
    for item in found["steps"]:
        if not isinstance(item, dict):
            raise damaged("a step is not an object")
        kind, name, temp, backup = item.get("kind"), item.get("name"), item.get("temp"), item.get("backup")
        before, after = item.get("before"), item.get("after")
        if kind not in ("create", "replace", "remove") or not isinstance(name, str) or not _plain_name(name) \
                or name == JOURNAL or TEMPORARY_NAME.match(name):
            raise damaged("a step names no file of this directory")
        for extra in (temp, backup):
            if extra is not None and not (isinstance(extra, str) and _plain_name(extra)
                                          and TEMPORARY_NAME.match(extra)):
                raise damaged("a step names a file that is not one of adrtool's temporary files")
        for digest in (before, after):
            if digest is not None and not (isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
                raise damaged("a step has no checksum")
        if (kind == "create") != (before is None) or (kind == "remove") != (after is None) \
                or (after is not None and temp is None):
            raise damaged("a step is inconsistent")
        entries.append(_Entry(kind, name, temp, backup, before, after))
    return entries


def finish(directory: LockedDirectory) -> None:
    """Complete the change a journal in the locked ``directory`` describes (or undo it, when a step cannot
    be completed), then remove the journal."""
    if directory.lstat(JOURNAL) is None:
        return
    _settle(directory, _load_journal(directory), prefer_undo=False)


def _state(directory: LockedDirectory, name: str | None) -> str | None:
    """The checksum of what the regular file ``name`` holds; None when there is no such file; "?" for
    anything else (a symbolic link, a FIFO, a file that cannot be read)."""
    if name is None:
        return None
    found = directory.lstat(name)
    if found is None:
        return None
    if not kinds.S_ISREG(found.st_mode):
        return "?"
    try:
        return _digest(directory.read(name, MAX_WRITTEN_BYTES))
    except WriteRefused:
        return "?"


def _settle(directory: LockedDirectory, entries: list[_Entry], *, prefer_undo: bool) -> None:
    """Take every step not yet taken (or undo every step taken), then remove the journal. Each step is judged
    by what its target holds now, so settling again after an interruption is harmless."""
    done, todo, foreign = [], [], []
    for entry in entries:
        now = _state(directory, entry.name)
        if now == entry.after:
            done.append(entry)
        elif now == entry.before:
            todo.append(entry)
        else:
            foreign.append(entry.name)
    can_finish = not foreign and all(_state(directory, entry.temp) == entry.after
                                     for entry in todo if entry.after is not None)
    can_undo = not foreign and all(_state(directory, entry.backup) == entry.before
                                   for entry in done if entry.before is not None)
    try:
        if can_finish and not (prefer_undo and can_undo):
            for entry in todo:
                if entry.kind in ("replace", "create"):  # a name to create is free: it was judged so just now
                    directory.rename(entry.temp, entry.name)  # type: ignore[arg-type]
                else:
                    directory.unlink(entry.name)
        elif can_undo:
            for entry in reversed(done):
                if entry.kind == "create":
                    directory.unlink(entry.name)
                else:
                    directory.rename(entry.backup, entry.name)  # type: ignore[arg-type]
        else:
            why = f"{', '.join(foreign)} changed since" if foreign else "its temporary files are missing"
            raise WriteRefused(f"an interrupted change can be neither completed nor undone ({why}); restore the "
                               "decision directory from git, then delete the journal",
                               path=directory.path / JOURNAL)
    except OSError as error:
        raise WriteRefused(f"cannot complete an interrupted change: {reason(error)}",
                           path=directory.path / JOURNAL) from None
    directory.sync()
    for entry in entries:
        directory.unlink_quietly(entry.temp)
    directory.unlink_quietly(JOURNAL)
    directory.sync()
    for entry in entries:
        directory.unlink_quietly(entry.backup)


def _forget_journal(directory: LockedDirectory, steps: list[_Step]) -> None:
    directory.unlink_quietly(JOURNAL)
    directory.sync()
    for step in steps:
        directory.unlink_quietly(step.backup)
