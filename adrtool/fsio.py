"""Every byte adrtool reads from or writes to a record goes through here.

Writes are atomic (temporary file in the same directory, fsync, rename) and never clobber: a new file is
published with ``os.link``, which fails if the name exists; a replacement first checks that the file
still holds what the caller read.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import ReadError, WriteRefused

MAX_RECORD_BYTES = 2 * 1024 * 1024
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class TextFile:
    """A file's bytes and its text with line endings normalised to ``\\n`` (BOM removed)."""

    path: Path
    raw: bytes
    text: str

    @property
    def newline(self) -> str:
        if b"\r\n" in self.raw:
            return "\r\n"
        if b"\r" in self.raw:
            return "\r"
        return "\n"

    @property
    def has_bom(self) -> bool:
        return self.raw.startswith(BOM)


def read_text(path: Path) -> TextFile:
    try:
        size = path.stat().st_size
        if size > MAX_RECORD_BYTES:
            raise ReadError(f"file is {size} bytes; records are limited to {MAX_RECORD_BYTES} bytes", path=path)
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ReadError("is a directory, not a record file", path=path) from None
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}", path=path) from None
    return decode(path, raw)


def read_text_in(directory_fd: int, path: Path, size: int) -> TextFile:
    """``read_text`` for a file of a directory held open, whose size a scan just gave."""
    try:
        raw = read_in(directory_fd, path.name, size)[0]
        return TextFile(path, raw, decode_text(raw))
    except ReadError as error:
        raise error.at(path) from None


def read_in(directory_fd: int, name: str, size: int | None) -> tuple[bytes, os.stat_result | None]:
    """The bytes of file ``name`` of a directory held open, whose size a scan gave: one open and one read,
    where a path's open, stat and buffered read cost twice as much over 10,000 records. Without a size, the
    stat is taken from the open file first, and given back (None otherwise). The ReadError names no file:
    the caller knows it."""
    if size is not None and size > MAX_RECORD_BYTES:
        raise ReadError(f"file is {size} bytes; records are limited to {MAX_RECORD_BYTES} bytes")
    stat = None
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0), dir_fd=directory_fd)
        try:
            if size is None:
                stat = os.fstat(fd)
                size = stat.st_size
                if size > MAX_RECORD_BYTES:
                    raise ReadError(f"file is {size} bytes; records are limited to {MAX_RECORD_BYTES} bytes")
            chunks = [os.read(fd, size + 1)]  # one byte more: a file that grew since the scan is read on
            while len(chunks[-1]) and sum(map(len, chunks)) <= MAX_RECORD_BYTES and len(chunks[0]) > size:
                chunks.append(os.read(fd, 65536))
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise ReadError("is a directory, not a record file") from None
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    return (chunks[0] if len(chunks) == 1 else b"".join(chunks)), stat


def decode(path: Path, raw: bytes) -> TextFile:
    """Decode a record's bytes as UTF-8 text, or say precisely why they are not."""
    try:
        return TextFile(path, raw, decode_text(raw))
    except ReadError as error:
        raise error.at(path) from None


def decode_text(raw: bytes) -> str:
    """``decode``'s text; the ReadError names no file."""
    if len(raw) > MAX_RECORD_BYTES:
        raise ReadError(f"file is {len(raw)} bytes; records are limited to {MAX_RECORD_BYTES} bytes")
    body = raw[len(BOM):] if raw.startswith(BOM) else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body.count(b"\n", 0, error.start) + 1
        raise ReadError(f"not UTF-8 text (byte 0x{body[error.start]:02x} at offset {error.start})",
                        line=line) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ReadError("contains a NUL byte; not a text file", line=line)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def encode(text: str, *, newline: str = "\n", bom: bool = False) -> bytes:
    """``\\n`` text to bytes with the given line ending and BOM."""
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode("utf-8")
    return BOM + data if bom else data


def create_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet; refuse (and leave the existing one alone) if it does."""
    temp = _write_temp(path, data)
    try:
        os.link(temp, path)
    except FileExistsError:
        raise WriteRefused(f"{path.name} already exists; not overwriting it", path=path.parent) from None
    except OSError as error:
        raise WriteRefused(f"cannot create {path.name}: {error.strerror}", path=path.parent) from None
    finally:
        _unlink_quietly(temp)
    _fsync_dir(path.parent)


def replace_file(path: Path, data: bytes, expected: bytes | None) -> None:
    """Replace ``path`` atomically.

    ``expected`` is what the caller read: if the file changed since, nothing is written. None means the
    file may not exist yet, or may be replaced whatever it holds (only for files adrtool generates).
    """
    if path.is_symlink():
        raise WriteRefused("is a symbolic link; adrtool does not write through links", path=path)
    if expected is not None:
        try:
            current = path.read_bytes()
        except OSError as error:
            raise WriteRefused(f"cannot re-read before writing: {error.strerror}", path=path) from None
        if current != expected:
            raise WriteRefused("changed on disk since it was read; not overwriting (run the command again)",
                               path=path)
    temp = _write_temp(path, data)
    with contextlib.suppress(OSError):
        os.chmod(temp, path.stat().st_mode & 0o7777)  # an edit keeps the file's permissions
    try:
        os.replace(temp, path)
    except OSError as error:
        _unlink_quietly(temp)
        raise WriteRefused(f"cannot write: {error.strerror}", path=path) from None
    _fsync_dir(path.parent)


def _write_temp(path: Path, data: bytes) -> Path:
    temp, _ = write_temp(path, lambda _: (data,))
    return temp


def write_temp(path: Path, content: Callable[[os.stat_result], Iterable[bytes]], *, mode: int | None = None,
               durable: bool = True) -> tuple[Path, bool]:
    """A temporary file beside ``path`` holding ``content(stat)``, where ``stat`` is the new file's own (a
    cache reads the filesystem's clock from it), and whether anything was written. ``durable``: synced to
    disk before it is published. Mode: ``mode``, else 0644 less the umask."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise WriteRefused(f"cannot write in {path.parent}: {error.strerror}", path=path.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            parts = content(os.fstat(handle.fileno()))
            handle.writelines(parts)
            written = handle.tell() > 0
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(name, mode if mode is not None else 0o644 & ~_umask())
    except OSError as error:
        _unlink_quietly(Path(name))
        raise WriteRefused(f"cannot write: {error.strerror}", path=path) from None
    except BaseException:
        _unlink_quietly(Path(name))
        raise
    return Path(name), written


def atomic_write(path: Path, content: Callable[[os.stat_result], Iterable[bytes]], *, mode: int | None = None,
                 durable: bool = True) -> None:
    """The one way adrtool replaces a whole file: written beside it, then renamed over it, so that a reader
    (or a crash) sees the old file or the new one, never a part. ``content``, ``mode``, ``durable``: as
    ``write_temp`` takes them."""
    temp, _ = write_temp(path, content, mode=mode, durable=durable)
    try:
        os.replace(temp, path)
    except OSError as error:
        _unlink_quietly(temp)
        raise WriteRefused(f"cannot write: {error.strerror}", path=path) from None
    if durable:
        _fsync_dir(path.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


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
        building = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.", suffix=".new"))
    except OSError as error:
        raise WriteRefused(f"cannot write in {parent}: {error.strerror}", path=parent) from None
    try:
        count = _write_files(building, files)
        (building / marker).write_bytes(b"")
        os.chmod(building, 0o755 & ~_umask())
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
    _fsync_dir(parent)
    return count


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


@contextlib.contextmanager
def directory_lock(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory``: flock on the directory itself where the system has it
    (no file is left behind), else a lock file created with O_EXCL."""
    try:
        import fcntl
    except ModuleNotFoundError:  # Windows
        with _lock_file(directory):
            yield
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError as error:
        raise WriteRefused(f"cannot open to lock: {error.strerror}", path=directory) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


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
        _unlink_quietly(lock)
