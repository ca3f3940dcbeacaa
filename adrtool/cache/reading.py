"""Parsing the record files the parse cache does not hold: on two cores when there are many.

Each file's record goes into the cache as it is made, on whichever core made it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from adrtool.cache.scan import Stat
from adrtool.cache.sharing import chunk_queue, fork_worker, may_fork, next_chunk, receive
from adrtool.errors import AdrError, ReadError
from adrtool.model import Record

if TYPE_CHECKING:
    from adrtool.cache.parsed import Clock, ParseCache

# A file's record (or why it has none), the hash of the file's bytes (only for a racy file: others are
# trusted by their stat alone), and its stat (None: it could not be taken).
Outcome = tuple["Record | ReadError", "bytes | None", "Stat | None"]
# (name, stat taken before the file is read, or None: taken from the open file, right before it is read)
Files = list[tuple[str, "Stat | None"]]
# What the worker sends of a chunk: its number, its frame of the parse cache with the index entries for it, the
# files that gave no record, and the stats of the files (see stat_fields).
Received = tuple[int, bytes, dict[str, Any], list[ReadError], list[tuple[str, "tuple[int, ...] | None"]]]
PARALLEL_MIN = 400  # below this many files to parse, a second process costs more than it saves
CHUNK = 50  # files a process takes from the queue at a time


@dataclass(frozen=True)
class Sharing:
    """When parsing is shared out with a forked worker: from ``parallel_from`` files, ``chunk`` files at a
    time, if there are ``cores`` (None: as many as this process may use) and fork is safe."""

    parallel_from: int = PARALLEL_MIN
    chunk: int = CHUNK
    cores: int | None = None

    def shares(self, files: int) -> bool:
        return files >= self.parallel_from and may_fork(self.cores)


class Reading:
    """One reading of files of ``directory`` into ``cache``; ``stats`` holds the stat of each file it read."""

    def __init__(self, directory: Path, cache: ParseCache, sharing: Sharing = Sharing()) -> None:
        self.directory = directory
        self.cache = cache
        self.sharing = sharing
        self.stats: dict[str, Stat] = {}

    def parse(self, files: Files) -> list[Record | ReadError]:
        """Each file's record, or why it has none: with a forked worker (``_shared``) when there are many
        and a second core, in this process otherwise."""
        if not files:
            return []
        import adrtool.records.dialects  # noqa: F401 - loaded once, before the worker is forked, not by both processes

        # The files' clock read first: files changed a moment ago (a clone, a checkout) are then judged racy
        # within its fine margin, not the wide one, and not each hashed for nothing. (Before a fork, so that
        # both processes judge the entries they make.)
        self.cache.calibrate()
        if not self.sharing.shares(len(files)):
            found: list[Record | ReadError] = []
            for (name, _), (outcome, digest, stat) in zip(files, parse_here(self.directory, files,
                                                                            self.cache.clock)):
                if stat is not None:
                    self.stats[name] = stat
                    if type(outcome) is Record:
                        self.cache.put(name, stat, outcome, digest)  # packed when the cache is written
                found.append(outcome)
            return found
        # At most 4,096 chunks: their numbers fit in the pipe at once.
        size = max(self.sharing.chunk, -(-len(files) // 4096))
        return self._shared([files[start:start + size] for start in range(0, len(files), size)])

    def _shared(self, chunks: list[Files]) -> list[Record | ReadError]:
        """Parse on two processes (``adrtool.cache.sharing``). Each pickles a chunk's records as a frame of the
        parse cache as soon as it has parsed them; the worker sends its frames here, where they are unpacked
        between this process's own chunks, so that pickling and unpacking too are shared out, and written to
        the cache as they are. A chunk the worker took but never sent back (it was killed) is parsed here."""
        queue_read = chunk_queue(len(chunks))
        pid, results_read = fork_worker(queue_read, lambda index: self._message(chunks, index))
        results: list[list[Record | ReadError] | None] = [None] * len(chunks)
        received = bytearray()
        try:
            os.set_blocking(results_read, False)
            while (index := next_chunk(queue_read)) is not None:
                results[index] = self._chunk(chunks[index])
                self._receive(results_read, received, results)
            os.set_blocking(results_read, True)
            while self._receive(results_read, received, results):
                pass
        finally:
            os.close(queue_read)
            os.close(results_read)
            os.waitpid(pid, 0)
        return [outcome for index, chunk in enumerate(results)
                for outcome in (chunk if chunk is not None else self._chunk(chunks[index]))]

    def _message(self, chunks: list[Files], index: int) -> Received:
        """What the worker sends of chunk ``index``, parsed."""
        outcomes, (frame, entries) = self._framed(chunks[index])
        failures = [outcome for outcome, _, _ in outcomes if isinstance(outcome, ReadError)]
        stats = stat_fields([(name, outcome[2]) for (name, _), outcome in zip(chunks[index], outcomes)])
        return index, frame, entries, failures, stats

    def _framed(self, chunk: Files) -> tuple[list[Outcome], tuple[bytes, dict[str, Any]]]:
        """A chunk parsed: each file's outcome, and its records as a frame of the parse cache with the index
        entries for it."""
        from adrtool.cache.packing import pack

        outcomes = list(parse_here(self.directory, chunk, self.cache.clock))
        made = [(name, stat, pack(outcome), digest) for (name, _), (outcome, digest, stat) in zip(chunk, outcomes)
                if type(outcome) is Record and stat is not None]
        return outcomes, self.cache.frame(made)

    def _chunk(self, chunk: Files) -> list[Record | ReadError]:
        outcomes, (frame, entries) = self._framed(chunk)
        self.cache.adopt(frame, entries)
        self.stats.update((name, outcome[2]) for (name, _), outcome in zip(chunk, outcomes)
                          if outcome[2] is not None)
        return [outcome for outcome, *_ in outcomes]

    def _receive(self, stream: int, received: bytearray, results: list[list[Record | ReadError] | None]) -> bool:
        """Unpack the worker's chunks whole in what it has sent so far; False at the end of the stream."""
        import pickle

        from adrtool.cache.packing import unpack

        messages, going = receive(stream, received)
        for message in messages:
            index, frame, entries, failures, stats = cast(Received, message)
            self.cache.adopt(frame, entries)
            self.stats.update((name, Stat(*fields)) for name, fields in stats if fields is not None)
            results[index] = [unpack(value, self.directory) for value in pickle.loads(frame).values()] + failures
        return going


def stat_fields(stats: list[tuple[str, Stat | None]]) -> list[tuple[str, tuple[int, ...] | None]]:
    """Stats as the plain tuples ``Stat`` makes them again from, to be sent between processes."""
    return [(name, stat.fields() if stat is not None else None) for name, stat in stats]


def parse_here(directory: Path, files: Files, clock: Clock) -> Iterator[Outcome]:
    """Each file's outcome, in turn (nothing is kept here: at 100,000 records a list of them all was memory)."""
    # The reader (and its regular expressions) is loaded only when a file has to be parsed: a warm run
    # serves every record from the cache and never needs it.
    from adrtool.cache.parsed import content_digest, signature
    from adrtool.fsio import decode_text, read_in
    from adrtool.records.dialects import parse_text

    try:
        directory_fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None
    try:
        for name, stat in files:
            try:  # no Path is made for a file unless it fails: a tenth of the cost of reading a record
                raw, opened = read_in(directory_fd, name, stat.st_size if stat is not None else None)
                if stat is None:
                    assert opened is not None  # taken from the open file when no size was given
                    stat = Stat.of(opened)
                record = parse_text(decode_text(raw), directory, name)
                yield record, content_digest(raw) if clock.is_racy(signature(stat)) else None, stat
            except AdrError as error:
                path = directory / name
                yield _as_read_error(error.at(path), path), None, stat or _lstat(directory_fd, name)
    finally:
        os.close(directory_fd)


def _lstat(directory_fd: int, name: str) -> Stat | None:
    """The stat of a file that could not be read (None when it is gone)."""
    try:
        return Stat.of(os.stat(name, dir_fd=directory_fd, follow_symlinks=False))
    except OSError:
        return None


def _as_read_error(error: AdrError, path: Path) -> ReadError:
    return error if isinstance(error, ReadError) else ReadError(error.message, path=path)
