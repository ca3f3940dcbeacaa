"""The store that keeps what the domain asks for between runs: the implementation of
``adrtool.records.store.Store`` that every command but a plain reader gets.

- a decision directory's records: the parse cache (``adrtool.cache.parsed``), the files it lacks parsed on
  two cores when there are many (``adrtool.cache.reading``);
- the body facts the linter checks: a second parse cache, checked against the stats the records were read
  with;
- the records of a commit's tree: kept by file name and blob id (``adrtool.cache.blobs``);
- anything else the domain asks to ``remember`` (the history walk): plain data in a file of its own;
- ``exists``: noted for the answer being recorded (``adrtool.cache.answers``), if any.
"""

from __future__ import annotations

import io
import operator
import os
import pickle
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from adrtool.cache import answers, process
from adrtool.cache.location import caching_off, read_private
from adrtool.cache.reading import Sharing
from adrtool.errors import ReadError
from adrtool.model import Record
from adrtool.records.log import DecisionLog, assemble
from adrtool.records.store import BlobReader, NullStore, Store, TreeFiles, parse_blobs

if TYPE_CHECKING:
    from adrtool.cache.parsed import Clock, ParseCache
    from adrtool.cache.scan import DirectoryScan, Stat, StatLike
    from adrtool.project.workspace import Workspace
    from adrtool.records.facts import BodyFacts

T = TypeVar("T")
R = TypeVar("R")

# When the stores ``open_store`` gives share parsing out over two cores.
SHARING = Sharing()
# Other work (the site's pages) is shared out from this many items (below, a worker costs more than it saves),
# this many at a time.
SHARED_ITEMS_MIN = 200
SHARED_CHUNK = 25


def open_store(workspace: Workspace | None = None) -> Store:
    """The store for a command: one that keeps nothing with `ADR_NO_CACHE=1`. Given the workspace, the answer
    being recorded (if any) notes its inputs now, before the command reads them."""
    if caching_off():
        return NullStore()
    scan = None
    recording = answers.active
    if recording is not None and workspace is not None:
        scan = recording.observe(workspace)
    return CachedStore(scan, SHARING)


class CachedStore:
    def __init__(self, scan: DirectoryScan | None = None, sharing: Sharing = SHARING) -> None:
        self.sharing = sharing  # when parsing is shared out over two cores
        self._scan = scan  # of the decision directory, taken by the answer being recorded: read from it once
        # Of each directory read: its record files' stats, taken before they were read, and the clock they
        # are judged by (what the body facts are checked against).
        self._stats: dict[Path, tuple[dict[str, Stat], Clock]] = {}

    # -- records of the work tree ---------------------------------------------------------------------------

    def read_log(self, directory: Path) -> DecisionLog:
        import gc

        from adrtool.fsio import finish_interrupted

        if finish_interrupted(directory):  # a killed writer's change completed (or undone) first
            self._scan = None  # listed before the files changed: the answer being recorded is not kept

        enabled = gc.isenabled()
        gc.disable()  # reading builds thousands of records and no reference cycle: nothing to collect
        try:
            log = self._read_log(directory)
        finally:
            if enabled:
                gc.enable()
        if process.ONE_COMMAND:
            gc.freeze()  # the log lives as long as the command: the cycle collector need not go over it again
        return log

    def _read_log(self, directory: Path) -> DecisionLog:
        from adrtool.cache.packing import Misshapen, pack, unpack
        from adrtool.cache.parsed import Clock, ParseCache, cache_file, code_key, signature
        from adrtool.cache.reading import Reading

        scan = self._take_scan(directory)
        files, unreadable = _record_files(directory, scan)
        clock = Clock(scan.started_ns, scan.device)
        cache = ParseCache(cache_file(directory, "records"), code_key(), clock, pack)
        records: list[Record] = []
        entries = cache.index
        if entries and not _any_held(cache, directory, files):
            entries = {}  # every file changed (a checkout): its reader takes its stat, as with no cache
        if entries:  # the cache is looked up by stat: take the ones left for the readers now
            files = _stats_taken(directory, files)
        todo: list[tuple[str, Stat | None]] = [] if entries else files
        for name, stat in files if entries else ():
            if stat is None:  # gone since it was listed: its reader says so
                todo.append((name, stat))
                continue
            cached = cache.get(name, signature(stat), directory) if name in entries else None
            if cached is not None:
                try:
                    records.append(unpack(cached, directory))
                    continue
                except Misshapen:
                    pass  # read the file: its record replaces the entry
            todo.append((name, stat))
        failures: list[ReadError] = unreadable
        reading = Reading(directory, cache, self.sharing)
        for outcome in reading.parse(todo):
            if isinstance(outcome, Record):
                records.append(outcome)
            else:
                failures.append(outcome)
        taken = reading.stats  # by the readers, for the files whose stat the scan left to them
        stats = {name: stat if stat is not None else taken.get(name) for name, stat in files} if taken \
            else dict(files)
        if not scan.complete:
            scan.settle(stats)  # for the answer being recorded
        cache.keep_only(stats)
        cache.save()
        self._stats[directory] = ({name: stat for name, stat in stats.items() if stat is not None}, clock)
        return assemble(directory, records, failures)

    def _take_scan(self, directory: Path) -> DirectoryScan:
        """The answer recording's scan of ``directory`` the first time it is read, a new scan otherwise."""
        from adrtool.cache.scan import scan as scan_directory
        from adrtool.records.names import is_record_name

        scan, self._scan = self._scan, None
        if scan is not None and scan.directory == directory:
            return scan
        try:
            return scan_directory(directory, later=is_record_name)
        except OSError as error:
            raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None

    # -- records of a commit ---------------------------------------------------------------------------------

    def read_tree(self, directory: Path, files: TreeFiles, contents: BlobReader) -> DecisionLog:
        from adrtool.cache.blobs import BlobCache
        from adrtool.cache.packing import Misshapen, pack, unpack

        cache = BlobCache.for_directory(directory)
        records: list[Record] = []
        unread: list[tuple[str, str]] = []
        for name, blob in files:
            packed = cache.get(name, blob)
            if packed is not None:
                try:
                    records.append(unpack(packed, directory))
                    continue
                except Misshapen:
                    cache.forget(name, blob)  # read the blob: its record replaces the entry
            unread.append((name, blob))
        read, failures = parse_blobs(directory, unread, contents)
        by_name = dict(unread)
        for record in read:
            cache.put(record.filename, by_name[record.filename], pack(record))
        cache.save()
        return assemble(directory, [*records, *read], failures)

    # -- body facts ------------------------------------------------------------------------------------------

    def body_facts(self, log: DecisionLog, records: Iterable[Record],
                   hints: frozenset[str]) -> tuple[dict[str, BodyFacts], list[ReadError]]:
        """From the facts cache while each file's stat is the one its record was read with; a log this store
        did not read from disk has its files read, and nothing kept."""
        from adrtool.cache.parsed import ParseCache, cache_file, code_key, content_digest, signature
        from adrtool.records.facts import BodyFacts  # a listing never loads the facts' classes

        directory = log.directory
        stats, clock = self._stats.get(directory, ({}, None))
        hints_digest = content_digest("\n".join(sorted(hints)).encode("utf-8", "surrogateescape")).hex()
        cache = ParseCache(cache_file(directory, "facts") if stats else None, f"{code_key()}|{hints_digest}", clock)
        found: dict[str, BodyFacts] = {}
        failures: list[ReadError] = []
        for record in records:
            name = record.filename
            stat = stats.get(name)
            if stat is not None:
                facts = cache.get(name, signature(stat), directory)
                if type(facts) is BodyFacts and facts.fits(record.body_line, record.format):  # not planted junk
                    found[name] = facts
                    continue
            from adrtool.records.body import read_facts  # only when a file changed: a warm run needs no scanner

            outcome, raw = read_facts(directory, record, hints)
            if isinstance(outcome, ReadError):
                failures.append(outcome)
                continue
            found[name] = outcome
            if stat is not None:
                cache.put(name, stat, outcome, content_digest(raw))
        cache.keep_only(stats)
        cache.save()
        return found, failures

    # -- anything else ---------------------------------------------------------------------------------------

    def recall(self, kind: str, scope: Path, key: Hashable, decode: Callable[[object], T]) -> T | None:
        from adrtool.cache.parsed import ModelUnpickler, cache_file, code_key

        file = cache_file(scope, kind)
        if file is None:
            return None
        try:
            stored = ModelUnpickler(io.BytesIO(read_private(str(file)))).load()
        except Exception:
            return None
        if type(stored) is not tuple or len(stored) != 2 or stored[0] != (code_key(), key):
            return None
        try:
            return decode(stored[1])
        except (TypeError, ValueError, AttributeError, KeyError, IndexError):
            return None

    def remember(self, kind: str, scope: Path, key: Hashable, value: T, encode: Callable[[T], object]) -> None:
        from adrtool.cache.parsed import cache_file, code_key, unknown_clock, write_atomically

        file = cache_file(scope, kind)
        if file is None:
            return
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True  # plain data, no shared objects: no memo, much faster to write
        pickler.dump(((code_key(), key), encode(value)))
        data = buffer.getvalue()
        write_atomically(file, lambda: data, unknown_clock())

    def exists(self, path: str) -> bool:
        found = os.path.exists(path)
        if answers.active is not None:
            answers.active.consulted.append((path, found))
        return found

    def share(self, work: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> Iterator[R]:
        from adrtool.cache.sharing import may_fork, share_out

        if len(items) < SHARED_ITEMS_MIN or not may_fork(self.sharing.cores):
            return iter(work(items))
        return share_out(work, items, SHARED_CHUNK)


def _record_files(directory: Path, scan: DirectoryScan) -> tuple[list[tuple[str, Stat | None]], list[ReadError]]:
    """(name, stat) of each record file to read, symlinks followed (stat None: left for the reader to take), and
    why each of the others cannot be read (a FIFO, a device, a dangling link: ``readable_entries``)."""
    from adrtool.cache.scan import Stat
    from adrtool.records.log import folder_entries, folder_records, readable_entries
    from adrtool.records.names import record_files

    listed: list[tuple[str, StatLike | None]] = record_files(scan.entries, _first)
    folders = scan.folders()
    if folders:  # records kept in a folder of their own
        listed = sorted([*listed, *folder_entries(directory, folder_records(
            directory, folders, [name for name, _ in scan.entries]))], key=_first)
    found, unreadable = readable_entries(directory, [  # it reads a stat's kind alone (st_mode): ours have it
        (name, cast("os.stat_result | None", stat)) for name, stat in listed])
    return [(name, Stat.of(stat) if isinstance(stat, os.stat_result) else cast("Stat | None", stat))
            for name, stat in found], unreadable


_first = operator.itemgetter(0)  # a scan entry's name


SAMPLE = 16  # files whose entries are looked up before the others are statted for theirs


def _any_held(cache: ParseCache, directory: Path, files: list[tuple[str, Stat | None]]) -> bool:
    """Whether the cache holds any of ``files`` as they are, judged from a sample of them: when none of the
    sample holds, the files have changed since (a checkout of another branch, every file touched), and
    looking each one up (statting it first, if its stat is yet to be taken) is time lost; the few that
    might still hold are read again."""
    from adrtool.cache.parsed import signature

    sample = _stats_taken(directory, files[::max(1, len(files) // SAMPLE)])
    return any(stat is not None and cache.holds(name, signature(stat)) for name, stat in sample)


def _stats_taken(directory: Path, files: list[tuple[str, Stat | None]]) \
        -> list[tuple[str, Stat | None]]:
    """``files`` with the stats left for the readers taken now (None for a file gone since it was listed)."""
    from adrtool.cache.scan import Stat

    if all(stat is not None for _, stat in files):
        return files
    directory_fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        taken = []
        for name, stat in files:
            if stat is None:
                try:
                    stat = Stat.of(os.stat(name, dir_fd=directory_fd, follow_symlinks=False))
                except FileNotFoundError:
                    pass
            taken.append((name, stat))
        return taken
    finally:
        os.close(directory_fd)

