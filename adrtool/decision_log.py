"""The decision log: every record file in the decision directory, read, with the ones that failed."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adrtool.errors import AdrError, NotFound, ReadError, UsageError
from adrtool.model import Record
from adrtool.names import is_record_name

if TYPE_CHECKING:
    from adrtool.cache import Clock, ParseCache
    from adrtool.dirscan import DirectoryScan


@dataclass(frozen=True)
class DecisionLog:
    directory: Path
    records: tuple[Record, ...]  # sorted by number, then file name
    failures: tuple[ReadError, ...]  # record files that could not be read, in file-name order
    # Each record file's stat (by name), taken before it was read: what a cache of anything else made from
    # these files (the linter's body facts) is checked against. Empty when the files were not read from disk.
    stats: Mapping[str, os.stat_result] = field(default_factory=dict, repr=False, compare=False)
    # When those stats were taken, for telling which files changed too recently to be judged by their stat.
    clock: Clock | None = field(default=None, repr=False, compare=False)

    def numbered(self, number: int) -> list[Record]:
        return [record for record in self.records if record.number == number]

    def numbers(self) -> set[int]:
        return {record.number for record in self.records}

    def find(self, ref: str) -> Record:
        """The record ``ref`` names: a number (`3`, `0003`, `ADR-3`), a file name, or a path."""
        text = ref.strip()
        digits = text.upper().removeprefix("ADR").lstrip("-_ ")
        if digits.isdigit():
            return self._by_number(int(digits), ref)
        candidate = Path(text)
        name = candidate.name
        for record in self.records:
            if record.path.name == name and (candidate.parent == Path(".") or _same(record.path, candidate)):
                return record
        for failure in self.failures:
            if failure.path is not None and failure.path.name == name:
                raise failure
        raise NotFound(f"no record {ref!r} in {self.directory}")

    def _by_number(self, number: int, ref: str) -> Record:
        matches = self.numbered(number)
        if len(matches) > 1:
            names = " and ".join(record.path.name for record in matches)
            raise UsageError(f"{names} share number {number}; name the file instead of {ref!r}")
        if matches:
            return matches[0]
        for failure in self.failures:
            if failure.path is not None and _number_of_name(failure.path.name) == number:
                raise failure
        raise NotFound(f"no record number {number} in {self.directory}")


def _same(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _number_of_name(name: str) -> int | None:
    head = name.split("-", 1)[0].split("_", 1)[0]
    return int(head) if head.isdigit() else None


def record_paths(directory: Path) -> list[Path]:
    """The record files of ``directory`` (numbered Markdown files), in name order."""
    return [directory / name for name, _ in _scan(directory)]


def scan_directory(directory: Path) -> DirectoryScan:
    from adrtool import dirscan

    try:
        return dirscan.scan(directory)
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None


def _scan(directory: Path, scan: DirectoryScan | None = None) -> list[tuple[str, os.stat_result]]:
    """(name, stat) of each record file, symlinks followed; names only, since a Path object costs more than
    the stat."""
    import stat as kinds

    if scan is None:
        scan = scan_directory(directory)
    found = []
    for name, stat in scan.entries:
        if is_record_name(name) and not name.startswith("."):
            if kinds.S_ISLNK(stat.st_mode):
                try:
                    stat = os.stat(directory / name)
                except OSError as error:
                    raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) \
                        from None
            found.append((name, stat))
    return found


def load(directory: Path, *, use_cache: bool = True, scan: DirectoryScan | None = None) -> DecisionLog:
    """Read every record of ``directory`` (as ``scan`` found them, if given); unchanged files come from the
    parse cache."""
    with _uncollected():
        return _load(directory, use_cache, scan)


@contextlib.contextmanager
def _uncollected() -> Iterator[None]:
    """Reading builds thousands of records, and no reference cycle: the cycle collector, run while they are
    built, would only go over them again and again (a tenth of a cold `adr list` at 10,000 records)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(directory: Path, use_cache: bool, scan: DirectoryScan | None) -> DecisionLog:
    from adrtool.cache import Clock, ParseCache, cache_file, code_key, current_bytes, signature
    from adrtool.packed import unpack

    if scan is None or scan.directory != directory:
        scan = scan_directory(directory)
    files = _scan(directory, scan)
    clock = Clock(scan.started_ns, files[0][1].st_dev if files else None)
    cache = ParseCache(cache_file(directory, "records") if use_cache else None, code_key(), clock)
    records: list[Record] = []
    todo: list[tuple[str, os.stat_result]] = []
    entries = cache.entries
    for name, stat in files:
        cached = cache.get(name, signature(stat), functools.partial(current_bytes, directory, name)) \
            if name in entries else None
        if cached is not None:
            records.append(unpack(cached, directory))
        else:
            todo.append((name, stat))
    failures: list[ReadError] = []
    for outcome in _parse_all(directory, todo, cache):
        if isinstance(outcome, Record):
            records.append(outcome)
        else:
            failures.append(outcome)
    cache.keep_only(name for name, _ in files)
    cache.save()
    records.sort(key=attrgetter("number", "filename"))
    failures.sort(key=lambda failure: str(failure.path))
    return DecisionLog(directory, tuple(records), tuple(failures), dict(files), clock)


# A file's record (or why it has none), the record packed for the cache, and the hash of the file's bytes
# (only for a racy file: others are trusted by their stat alone).
Outcome = tuple["Record | ReadError", "tuple[Any, ...] | None", "bytes | None"]
PARALLEL_MIN = 400  # below this many files to parse, a second process costs more than it saves
CHUNK = 50  # files a process takes from the queue at a time


def _parse_all(directory: Path, files: list[tuple[str, os.stat_result]], cache: ParseCache) -> list[Record | ReadError]:
    """Parse ``files`` and put their records in ``cache``: on two cores with a forked worker
    (``_parse_shared``), in this process otherwise."""
    if not files:
        return []
    import adrtool.reader  # noqa: F401 - loaded once, before the worker is forked, not by both processes

    if len(files) < PARALLEL_MIN or not _may_fork():
        found: list[Record | ReadError] = []
        for (name, stat), (outcome, packed, digest) in zip(files, _parse_here(directory, files, cache.clock)):
            if packed is not None:
                cache.put(name, stat, packed, digest)
            found.append(outcome)
        return found
    cache.calibrate()  # before the fork: both processes judge the entries they make
    size = max(CHUNK, -(-len(files) // 4096))  # at most 4,096 chunks: their numbers fit in the pipe at once
    return _parse_shared(directory, [files[start:start + size] for start in range(0, len(files), size)], cache)


def _parse_shared(directory: Path, chunks: list[list[tuple[str, os.stat_result]]], cache: ParseCache) \
        -> list[Record | ReadError]:
    """Two processes take chunks from a queue until it is empty, so the faster one parses more (the worker
    starts out slower: every page it touches is copied first). The queue is a pipe of chunk numbers, read
    four bytes at a time (a pipe hands each read whole to one reader). Each process pickles a chunk's
    records as a frame of the parse cache as soon as it has parsed them; the worker sends its frames here,
    where they are unpacked between this process's own chunks, so that pickling and unpacking too are
    shared out, and written to the cache as they are. A chunk the worker took but never sent back (it was
    killed) is parsed here."""
    import pickle

    queue_read, queue_write = os.pipe()
    os.write(queue_write, b"".join(index.to_bytes(4, "little") for index in range(len(chunks))))
    os.close(queue_write)
    results_read, results_write = os.pipe()
    _widen(results_write)
    pid = os.fork()
    if pid == 0:  # the worker: never returns, never runs the parent's exit handlers or flushes its streams
        code = 1
        try:
            os.close(results_read)
            while token := os.read(queue_read, 4):
                index = int.from_bytes(token, "little")
                outcomes, frame, _ = _parse_framed(directory, chunks[index], cache)
                failures = [outcome for outcome, packed, _ in outcomes if packed is None]
                message = pickle.dumps((index, frame, failures), protocol=pickle.HIGHEST_PROTOCOL)
                _write_all(results_write, len(message).to_bytes(4, "little") + message)
            code = 0
        finally:
            os._exit(code)
    os.close(results_write)
    results: list[list[Record | ReadError] | None] = [None] * len(chunks)
    received = bytearray()
    try:
        os.set_blocking(results_read, False)
        while token := os.read(queue_read, 4):
            index = int.from_bytes(token, "little")
            results[index] = _parse_chunk(directory, chunks[index], cache)
            _receive(results_read, received, results, directory, cache)
        os.set_blocking(results_read, True)
        while _receive(results_read, received, results, directory, cache):
            pass
    finally:
        os.close(queue_read)
        os.close(results_read)
        os.waitpid(pid, 0)
    return [outcome for index, chunk in enumerate(results)
            for outcome in (chunk if chunk is not None else _parse_chunk(directory, chunks[index], cache))]


def _parse_framed(directory: Path, chunk: list[tuple[str, os.stat_result]], cache: ParseCache) \
        -> tuple[list[Outcome], bytes, list[str]]:
    """A chunk parsed: each file's outcome, and its records as a frame of the parse cache with their names."""
    outcomes = _parse_here(directory, chunk, cache.clock)
    made = [(name, stat, packed, digest) for (name, stat), (_, packed, digest) in zip(chunk, outcomes)
            if packed is not None]
    return outcomes, cache.frame(made), [name for name, *_ in made]


def _parse_chunk(directory: Path, chunk: list[tuple[str, os.stat_result]], cache: ParseCache) \
        -> list[Record | ReadError]:
    outcomes, frame, names = _parse_framed(directory, chunk, cache)
    cache.adopt(frame, names)
    return [outcome for outcome, _, _ in outcomes]


def _receive(stream: int, received: bytearray, results: list[list[Record | ReadError] | None], directory: Path,
             cache: ParseCache) -> bool:
    """Read what the worker has sent so far (all of it, once its pipe blocks) and unpack its whole chunks;
    False at the end of the stream."""
    import pickle

    from adrtool.packed import unpack

    try:
        data = os.read(stream, 1 << 20)
    except BlockingIOError:
        data = None
    if data:
        received += data
    while len(received) >= 4:
        length = int.from_bytes(received[:4], "little")
        if len(received) < 4 + length:
            break
        index, frame, failures = pickle.loads(received[4:4 + length])  # noqa: S301 - our own worker's pipe
        del received[:4 + length]
        entries = pickle.loads(frame)  # noqa: S301 - made by our own worker
        cache.adopt(frame, entries)
        results[index] = [unpack(value, directory) for _, _, value in entries.values()] + failures
    return data != b""


def _widen(pipe: int) -> None:
    """A worker that gets ahead need not wait for this process to read: room for 1 MB (Linux)."""
    try:
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, 1 << 20)  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        pass


def _write_all(stream: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(stream, view):]


def _may_fork() -> bool:
    """A second core, a platform with fork, and no other thread (a thread holding a lock at the fork would
    leave the worker stuck on it)."""
    import threading

    if not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores > 1


def _parse_here(directory: Path, files: list[tuple[str, os.stat_result]], clock: Clock) -> list[Outcome]:
    # The reader (and its regular expressions) is loaded only when a file has to be parsed: a warm run
    # serves every record from the cache and never needs it.
    from adrtool.cache import content_digest, signature
    from adrtool.fsio import decode_text, read_in
    from adrtool.packed import pack
    from adrtool.reader import parse_text

    outcomes: list[Outcome] = []
    try:
        directory_fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None
    try:
        for name, stat in files:
            try:  # no Path is made for a file unless it fails: a tenth of the cost of reading a record
                raw = read_in(directory_fd, name, stat.st_size)
                record = parse_text(decode_text(raw), directory, name)
                outcomes.append((record, pack(record),
                                 content_digest(raw) if clock.is_racy(signature(stat)) else None))
            except AdrError as error:
                outcomes.append((_as_read_error(error.at(directory / name), directory / name), None, None))
    finally:
        os.close(directory_fd)
    return outcomes


def _as_read_error(error: AdrError, path: Path) -> ReadError:
    return error if isinstance(error, ReadError) else ReadError(error.message, path=path)
