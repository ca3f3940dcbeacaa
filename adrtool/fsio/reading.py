"""Reading a file of the project: never opens what is not a regular file.

A FIFO, a socket or a device named like a record (or a symbolic link to one, such as `/dev/stdin`) is
refused from its stat, so nothing can make a command wait on it, and a file swapped for one between that
stat and the open is opened without blocking and refused. Records are read within a size limit and decoded
as UTF-8 text (BOM and line endings normalised), or refused with the reason and the line.
"""

from __future__ import annotations

import errno
import os
import stat as kinds
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import AdrError, ReadError, WriteRefused

MAX_RECORD_BYTES = 2 * 1024 * 1024


BOM = b"\xef\xbb\xbf"


CLOEXEC = getattr(os, "O_CLOEXEC", 0)


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


NONBLOCK = getattr(os, "O_NONBLOCK", 0)


NOCTTY = getattr(os, "O_NOCTTY", 0)


class Unread(bytes):
    """The content of a record too large to read, known by its size alone (a git object, whose size cat-file
    says first): empty, so that its bytes are never in memory; decoding it fails as it fails for a file of
    that size."""

    size: int

    def __new__(cls, size: int) -> Unread:
        made = super().__new__(cls)
        made.size = size
        return made


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


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, for messages ("a FIFO"); None for a regular file."""
    if kinds.S_ISREG(mode):
        return None
    for test, name in ((kinds.S_ISDIR, "a directory"), (kinds.S_ISFIFO, "a FIFO"), (kinds.S_ISSOCK, "a socket"),
                       (kinds.S_ISCHR, "a character device"), (kinds.S_ISBLK, "a block device"),
                       (kinds.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a regular file"


def not_regular(kind: str, what: str = "record file") -> str:
    article = "an" if what[:1] in ("a", "e", "i", "o", "u") else "a"
    return f"is {kind}, not {article} {what}; not opened"


def read_bytes(path: Path, limit: int = MAX_RECORD_BYTES, what: str = "record file") -> bytes:
    """The bytes of the regular file ``path`` (a symbolic link to one is followed). Anything else, a file
    larger than ``limit``, or one that cannot be read is a ReadError naming ``path``; a FIFO or a device is
    never opened."""
    try:
        found = os.stat(path)
    except OSError as error:
        raise ReadError(f"cannot read: {reason(error)}", path=path) from None
    kind = kind_of(found.st_mode)
    if kind == "a directory" and what == "record file":
        raise ReadError("is a directory, not a record file", path=path)
    if kind is not None:
        raise ReadError(not_regular(kind, what), path=path)
    if found.st_size > limit:
        raise ReadError(_too_large(found.st_size, limit, what), path=path)
    try:
        fd = os.open(path, os.O_RDONLY | NONBLOCK | NOCTTY | CLOEXEC)
    except OSError as error:
        raise ReadError(f"cannot read: {reason(error)}", path=path) from None
    try:
        return read_open(fd, limit, what)
    except ReadError as error:
        raise error.at(path) from None
    finally:
        os.close(fd)


def read_head(path: str, size: int) -> bytes:
    """Up to ``size`` bytes from the start of ``path`` when it is a regular file and no symbolic link; empty for
    anything else, or when it cannot be read: a search that peeks into files never opens a FIFO or a device,
    and never reads through a link."""
    try:
        fd = os.open(path, os.O_RDONLY | NONBLOCK | NOCTTY | CLOEXEC | NOFOLLOW)
    except OSError:
        return b""
    try:
        return os.read(fd, size) if kind_of(os.fstat(fd).st_mode) is None else b""
    except OSError:
        return b""
    finally:
        os.close(fd)


def read_open(fd: int, limit: int, what: str) -> bytes:
    """The bytes of an open file, checked to be a regular file of at most ``limit`` bytes (it may have been
    swapped or grown since its stat)."""
    try:
        found = os.fstat(fd)
        kind = kind_of(found.st_mode)
        if kind is not None:
            raise ReadError(not_regular(kind, what))
        chunks = [os.read(fd, max(found.st_size, 0) + 1)]
        total = len(chunks[0])
        while chunks[-1] and total <= limit:
            chunks.append(os.read(fd, 65536))
            total += len(chunks[-1])
    except OSError as error:
        raise ReadError(f"cannot read: {reason(error)}") from None
    if total > limit:
        raise ReadError(_too_large(total, limit, what))
    return b"".join(chunks)


def _too_large(size: int, limit: int, what: str) -> str:
    plural = "records" if what == "record file" else f"{what}s"
    return f"file is {size} bytes; {plural} are limited to {limit} bytes"


def reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link loop (or too many levels of links)"
    return error.strerror or str(error)


def read_text(path: Path) -> TextFile:
    return decode(path, read_bytes(path))


def lines_of(path: Path) -> list[str] | None:
    """The lines of the text at ``path``, or None where it cannot be read: for what reads other records only to
    learn their log's habits, and does without one it cannot read."""
    try:
        return read_text(path).text.split("\n")
    except (AdrError, OSError):
        return None


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
    stat is taken from the open file first, and given back (None otherwise). The caller has made sure from
    its scan that the file is a regular file (or is one of those the scan left to be judged here, by their
    open file); it is opened without blocking all the same, so a file swapped for a FIFO since cannot make
    the read wait. The ReadError names no file: the caller knows it."""
    if size is not None and size > MAX_RECORD_BYTES:
        raise ReadError(_too_large(size, MAX_RECORD_BYTES, "record file"))
    stat = None
    try:
        fd = os.open(name, os.O_RDONLY | NONBLOCK | NOCTTY | CLOEXEC, dir_fd=directory_fd)
        try:
            if size is None:
                stat = os.fstat(fd)
                kind = kind_of(stat.st_mode)
                if kind == "a directory":
                    raise IsADirectoryError
                if kind is not None:
                    raise ReadError(not_regular(kind))
                size = stat.st_size
                if size > MAX_RECORD_BYTES:
                    raise ReadError(_too_large(size, MAX_RECORD_BYTES, "record file"))
            chunks = [os.read(fd, size + 1)]  # one byte more: a file that grew since the scan is read on
            while len(chunks[-1]) and sum(map(len, chunks)) <= MAX_RECORD_BYTES and len(chunks[0]) > size:
                chunks.append(os.read(fd, 65536))
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise ReadError("is a directory, not a record file") from None
    except OSError as error:
        raise ReadError(f"cannot read: {reason(error)}") from None
    return (chunks[0] if len(chunks) == 1 else b"".join(chunks)), stat


def text_of(path: Path, raw: bytes) -> str:
    """The UTF-8 text of a small file adrtool reads whole (config, `.adr-dir`), without the byte order mark an
    editor on Windows puts first (invisible, it would open the name or the TOML): a ReadError naming ``path``
    when it is not UTF-8 or holds a NUL (which no path or TOML value may hold)."""
    raw = raw.removeprefix(BOM)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ReadError(f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})",
                        path=path, line=raw.count(b"\n", 0, error.start) + 1) from None
    if "\x00" in text:
        raise ReadError("contains a NUL byte; not a text file", path=path,
                        line=text.count("\n", 0, text.index("\x00")) + 1)
    return text


def decode(path: Path, raw: bytes) -> TextFile:
    """Decode a record's bytes as UTF-8 text, or say precisely why they are not."""
    try:
        return TextFile(path, raw, decode_text(raw))
    except ReadError as error:
        raise error.at(path) from None


def decode_text(raw: bytes) -> str:
    """``decode``'s text; the ReadError names no file."""
    if len(raw) > MAX_RECORD_BYTES:
        raise ReadError(_too_large(len(raw), MAX_RECORD_BYTES, "record file"))
    if not raw and isinstance(raw, Unread):
        raise ReadError(_too_large(raw.size, MAX_RECORD_BYTES, "record file"))
    body = raw.removeprefix(BOM)
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
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate: bytes of the command line that are not text
        raise WriteRefused(f"the text to write holds {text[error.start]!r}, which is not a character "
                           "(bytes that were not text in the locale?); nothing was written") from None
    return BOM + data if bom else data
