"""Writing a whole file outside a decision directory (caches, a feed, a generated site): ``atomic_write``, a
temporary file created with O_EXCL and O_NOFOLLOW beside the target, then renamed over it, so a reader or a
crash sees the old file or the new one, never a part.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from adrtool.errors import WriteRefused
from adrtool.fsio.reading import CLOEXEC, NOFOLLOW, read_bytes, reason


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_temp(path: Path, content: Callable[[os.stat_result], Iterable[bytes]], *, mode: int | None = None,
               durable: bool = True) -> tuple[Path, bool]:
    """A temporary file beside ``path`` holding ``content(stat)``, where ``stat`` is the new file's own (a
    cache reads the filesystem's clock from it), and whether anything was written. It is created with
    O_EXCL and O_NOFOLLOW, so a planted name or link cannot redirect it. ``durable``: synced to disk before
    it is published. Mode: ``mode``, else 0644 less the umask."""
    import secrets

    name = path.parent / f".{path.name[:120]}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC, 0o600)
    except OSError as error:
        raise WriteRefused(f"cannot write in {path.parent}: {reason(error)}", path=path.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines(content(os.fstat(handle.fileno())))
            written = handle.tell() > 0
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), mode if mode is not None else 0o644 & ~umask())
    except OSError as error:
        _unlink_quietly(name)
        raise WriteRefused(f"cannot write: {reason(error)}", path=path) from None
    except BaseException:
        _unlink_quietly(name)
        raise
    return name, written


def atomic_write(path: Path, content: Callable[[os.stat_result], Iterable[bytes]], *, mode: int | None = None,
                 durable: bool = True) -> None:
    """Replace a whole file that is not a record (a cache, a feed): written beside it, then renamed over it, so
    that a reader (or a crash) sees the old file or the new one, never a part. A link at ``path`` is
    replaced, never written through. ``content``, ``mode``, ``durable``: as ``write_temp`` takes them.
    Records are written by a ``Transaction`` of their locked directory instead."""
    temp, _ = write_temp(path, content, mode=mode, durable=durable)
    try:
        os.replace(temp, path)
    except OSError as error:
        _unlink_quietly(temp)
        raise WriteRefused(f"cannot write: {reason(error)}", path=path) from None
    if durable:
        fsync_directory(path.parent)


def create_new(path: Path, data: bytes) -> None:
    """A new file that is not a record (a project's first config): published with ``link``, so that a file or
    a link already at ``path`` is never overwritten (WriteRefused)."""
    temp, _ = write_temp(path, lambda _: (data,))
    try:
        os.link(temp, path)
    except FileExistsError:
        raise WriteRefused(f"{path.name} already exists; not overwriting it", path=path.parent) from None
    except OSError as error:
        raise WriteRefused(f"cannot create {path.name}: {reason(error)}", path=path.parent) from None
    finally:
        _unlink_quietly(temp)
    fsync_directory(path.parent)


def replace_file(path: Path, data: bytes, expected: bytes | None) -> None:
    """Replace ``path`` (a file the user named, outside the decision directory: a feed) atomically; never
    through a link. ``expected``: what the caller read (the file must still hold it), None: anything."""
    if path.is_symlink():
        raise WriteRefused("is a symbolic link; adrtool does not write through links", path=path)
    if expected is not None and read_bytes(path, max(len(expected), 1) * 2 + 1024, "file") != expected:
        raise WriteRefused("changed on disk since it was read; not overwriting (run the command again)", path=path)
    atomic_write(path, lambda _: (data,))


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish_tree(target: Path, files: Iterable[tuple[str, bytes]], *, marker: str) -> int:
    """Make ``target`` a directory holding exactly ``files`` ((relative "/"-separated path, bytes) pairs), and
    ``marker``, an empty file that says adrtool wrote it. Returns the number of files written.

    The files are written into a new directory beside ``target``, which then takes its place: a reader sees
    the old tree or the new one, never half of one (a static server serving ``target`` meanwhile included).
    A ``target`` that exists and is not a directory, or one without ``marker`` holding anything, was not
    written by adrtool and is refused.
    """
    import shutil
    import tempfile

    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise WriteRefused("is not a directory adr wrote; not replacing it", path=target)
    if target.is_dir() and any(target.iterdir()) and not (target / marker).is_file():
        raise WriteRefused(f"holds files adr did not write (no {marker} file); not replacing it. Name an "
                           "empty or new directory", path=target)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(parent, target.name)
        building = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".new"))
    except OSError as error:
        raise WriteRefused(f"cannot write in {parent}: {error.strerror}", path=parent) from None
    try:
        count = _write_files(building, files)
        (building / marker).write_bytes(b"")
        os.chmod(building, 0o755 & ~umask())
        old = building.with_suffix(".old") if target.exists() else None
        if old is not None:
            os.rename(target, old)
        os.rename(building, target)
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise WriteRefused(f"cannot write: {error.strerror}", path=target) from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    fsync_directory(parent)
    return count


def _remove_leftovers(parent: Path, name: str) -> None:
    """Remove what an earlier publish of ``name`` left when it was killed: its half-built tree
    (`.NAME.PID.XXXXXXXX.new`) or the tree it replaced (`.old`), where the process PID that made them is gone (a
    build running meanwhile, in another process, keeps its own)."""
    import re
    import shutil

    leftover = re.compile(rf"\.{re.escape(name)}\.(\d+)\.[A-Za-z0-9_]{{8}}\.(?:new|old)")
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return
    for entry in entries:
        found = leftover.fullmatch(entry.name)
        if found and entry.is_dir(follow_symlinks=False) and not _running(int(found.group(1))):
            shutil.rmtree(entry.path, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or a number that is no process id: left alone
    return True


def _write_files(root: Path, files: Iterable[tuple[str, bytes]]) -> int:
    made = {root}
    count = 0
    for relative, data in files:
        parts = relative.split("/")
        if relative.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise ValueError(f"not a relative path inside the tree: {relative!r}")
        path = root.joinpath(*parts)
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        with open(path, "xb") as handle:  # two files under one name would be a bug: x says so
            handle.write(data)
        count += 1
    return count
