"""A parse cache: records read before are not parsed again while their files are unchanged.

An entry is keyed by file name and the file's size, mtime, ctime and inode. Like git's index it guards
against "racy" entries: a file changed in the same clock tick as the cache read it could change again
without its timestamps moving, so such entries also keep a hash of the content and are trusted only if
the content still hashes the same (see ``Clock``). The cache is never stale, safe to delete, and lives in
the git directory (never shown by `git status`) or in the user's cache directory; `ADR_CACHE_DIR` names
another place and `ADR_NO_CACHE=1` turns it off.

Records are stored with pickle, read back through an unpickler that only builds adrtool's own model
types and a few standard ones, so a planted cache file cannot run code.
"""

from __future__ import annotations

import contextlib
import io
import marshal
import os
import pickle
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from adrtool import __version__
from adrtool.cache.location import make_private_directory, open_private
from adrtool.cache.scan import Stat

FORMAT = 5
RACY_SECONDS = 2  # the window when the files' clock cannot be read, or stamps whole seconds (FAT: 2 s)
FINE_MARGIN_NS = 50_000_000  # several kernel clock ticks (1-10 ms each): the window on nanosecond filesystems
_ALLOWED = {
    ("adrtool.model", "Record"), ("adrtool.model", "RevisitPoint"), ("adrtool.model", "Link"),
    ("adrtool.model", "Unread"),
    ("adrtool.model", "Dialect"), ("datetime", "date"), ("datetime", "datetime"), ("datetime", "timezone"),
    ("datetime", "timedelta"), ("pathlib", "PosixPath"), ("pathlib", "WindowsPath"), ("pathlib", "Path"),
    ("builtins", "set"), ("builtins", "frozenset"), ("copyreg", "_reconstructor"), ("builtins", "object"),
    # The linter's body facts (the store keeps them in a cache of their own).
    ("adrtool.records.facts", "BodyFacts"), ("adrtool.records.facts", "EmptySection"),
    ("adrtool.records.facts", "Placeholder"), ("adrtool.records.facts", "BodyLink"),
}

Signature = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


try:  # the built-in module: hashlib would load OpenSSL first, a few ms on every run
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b


def content_digest(data: bytes) -> bytes:
    return blake2b(data, digest_size=16).digest()


class Clock:
    """Which entries are racy: those whose file changed so shortly before it was read that a further change
    could leave its stat as it was.

    A change is stamped by the filesystem's clock, at most a tick behind the moment it happens. So a file
    whose ctime and mtime are older than the moment the directory was scanned, less the timestamps'
    granularity, cannot change again unseen. That moment is taken on the files' own clock where it can
    be: the mtime of a file just created on the same filesystem, less the time since the scan. Otherwise
    (another filesystem, such as a cache directory on a local disk for records on NFS) it is the local
    clock with a window of ``RACY_SECONDS``, wide enough for clock skew and whole-second timestamps.
    """

    def __init__(self, scanned_ns: int, device: int | None) -> None:
        self.scanned_ns = scanned_ns  # time.time_ns() before the first stat of the files
        self.device = device  # the files' filesystem
        self.reference = scanned_ns
        self.calibrated = False

    def calibrate(self, probe: os.stat_result) -> None:
        """Read the files' clock off ``probe``, the stat of a file created just now."""
        if self.device is not None and probe.st_dev == self.device:
            self.reference = probe.st_mtime_ns - (time.time_ns() - self.scanned_ns)
            self.calibrated = True

    def is_racy(self, sig: Signature) -> bool:
        _, mtime, ctime, _ = sig
        fine = self.calibrated and mtime % 10_000_000 != 0  # whole-10 ms stamps: a coarse filesystem
        margin = FINE_MARGIN_NS if fine else RACY_SECONDS * 1_000_000_000
        return max(mtime, ctime) >= self.reference - margin

    def any_racy(self, sigs: list[Signature]) -> bool:
        """Whether any of ``sigs`` is racy, judged at once: by the newest stamp, with the wide window if any
        mtime looks coarse (never fewer than ``is_racy`` one by one)."""
        if not sigs:
            return False
        newest = max(max(sig[1], sig[2]) for sig in sigs)
        fine = self.calibrated and all(sig[1] % 10_000_000 != 0 for sig in sigs)
        return newest >= self.reference - (FINE_MARGIN_NS if fine else RACY_SECONDS * 1_000_000_000)

    def may_settle(self, sig: Signature) -> bool:
        """Whether a racy entry could be trusted by its signature once the clock is read (a cheap guess)."""
        return max(sig[1], sig[2]) < self.scanned_ns - FINE_MARGIN_NS


def unknown_clock() -> Clock:
    """A clock for callers that scanned no directory: every entry is judged by the wide window."""
    return Clock(time.time_ns(), None)


def current_bytes(directory: Path, name: str) -> bytes:
    """What a racy entry's file holds now (nothing if it is gone)."""
    try:
        return (directory / name).read_bytes()
    except OSError:
        return b""


def signature(stat: Stat | os.stat_result) -> Signature:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


class ModelUnpickler(pickle.Unpickler):
    """Builds plain data and adrtool's model types only: a planted cache file can run no code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache of records")
        return super().find_class(module, name)


class ParseCache:
    """Entries for one decision directory: name -> (signature, content hash or None, value).

    The file holds frames, each a pickled dict of name -> value, then an index (the key, and each entry's
    name, signature, content hash and frame) and its length. The index is read first, by ``marshal``; a frame
    is unpickled only when an entry in it still holds and is asked for. So a cache whose files have all changed since (a
    checkout of another branch, every file touched) costs its index alone, not the unpickling of records
    that are then thrown away. Saving keeps every frame whose entries all still hold as the bytes it was
    read as; the entries made in this run, and those left of a frame that lost some, are pickled anew.
    Entries made by a worker process reach the file as the worker pickled them (``frame``, ``adopt``).
    """

    def __init__(self, file: Path | None, key: str, clock: Clock | None = None,
                 pack: Callable[[Any], Any] | None = None) -> None:
        self.file = file
        self.key = key
        self.clock = clock or unknown_clock()
        self.pack = pack  # what a value ``put`` here is kept as in the file (None: as it is)
        self.index: dict[str, tuple[Signature, bytes | None, int]] = {}  # the file's entries: frame number
        self.frames: list[tuple[int, int]] = []  # the file's frames, by number: (offset, length)
        self.sizes: list[int] = []  # how many entries each frame held when it was written
        self.loaded: dict[int, dict[str, Any]] = {}
        self.raw: dict[int, memoryview] = {}  # frames read from the file, unpickled or not
        self.made: dict[str, tuple[Signature, bytes | None, Any]] = {}  # put in this run
        self.adopted: list[tuple[bytes, dict[str, tuple[Signature, bytes | None]]]] = []  # frames made elsewhere
        self.dirty = False
        self._fd: int | None = None  # the file, held open while its frames may be read: the index's own
        if file is not None:
            self._load()

    def __bool__(self) -> bool:
        """Whether the file held any entry."""
        return bool(self.index)

    def _load(self) -> None:
        """Read the file's index, at its end (its frames are read when first needed, from the same open file)."""
        assert self.file is not None
        try:
            fd = open_private(str(self.file))
        except OSError:
            return  # missing or unreadable: start afresh
        try:
            size = os.fstat(fd).st_size
            if size < len(MAGIC) + 4 or os.pread(fd, len(MAGIC), 0) != MAGIC:
                return
            length = int.from_bytes(os.pread(fd, 4, size - 4), "little")
            start = size - 4 - length
            if start < len(MAGIC):
                return
            data = os.pread(fd, length, start)
            index = _Index.load(data, self.key) if len(data) == length else None
            if index is None:
                return
            offset, frames = len(MAGIC), []
            for frame_size in index.lengths:
                frames.append((offset, frame_size))
                offset += frame_size
            if offset != start:
                return
            self.index = index.entries()
            self.frames, self.sizes = frames, index.sizes()
            self._fd, fd = fd, -1
        except (OSError, ValueError, EOFError, TypeError, OverflowError):
            return
        finally:
            if fd >= 0:
                os.close(fd)

    def close(self) -> None:
        """Let go of the file (its frames are no longer needed)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def get(self, name: str, sig: Signature, directory: Path) -> Any:
        """The cached value for the file ``name`` of ``directory`` if it is unchanged (its signature the same,
        and for a racy entry its content too)."""
        entry = self.index.get(name)
        if entry is None or entry[0] != sig:
            return None
        if entry[1] is not None and content_digest(current_bytes(directory, name)) != entry[1]:
            return None
        frame = self.loaded.get(entry[2])
        if frame is None:
            frame = self._frame(entry[2])
        return frame.get(name)

    def holds(self, name: str, sig: Signature) -> bool:
        """Whether the file's entry for ``name`` has this signature (its value may still be refused)."""
        entry = self.index.get(name)
        return entry is not None and entry[0] == sig

    def _frame(self, number: int) -> dict[str, Any]:
        """Frame ``number`` unpickled (empty, and the whole file dropped, if it is not what this class writes)."""
        try:
            frame = ModelUnpickler(io.BytesIO(self._raw(number))).load()
        except (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError, ImportError,
                OSError):
            frame = None
        if type(frame) is not dict:
            self.drop()
            return {}
        self.loaded[number] = frame
        return frame

    def _raw(self, number: int) -> memoryview:
        """Frame ``number``'s bytes; every frame is read from the file at the first (a frame is asked for when
        an entry holds, and then most do)."""
        if number not in self.raw:
            if self._fd is None:
                raise OSError("the cache file was let go")
            start = self.frames[0][0]
            end = self.frames[-1][0] + self.frames[-1][1]
            data = memoryview(os.pread(self._fd, end - start, start))
            if len(data) != end - start:
                raise OSError("the cache file is shorter than its index says")
            self.raw = {position: data[offset - start:offset - start + size]
                        for position, (offset, size) in enumerate(self.frames)}
        return self.raw[number]

    def drop(self) -> None:
        """Forget what the file held (damaged): it is written afresh."""
        self.index, self.frames, self.sizes, self.loaded, self.raw = {}, [], [], {}, {}
        self.close()
        self.dirty = True

    def put(self, name: str, stat: Stat, value: Any, digest: bytes | None) -> None:
        """Remember ``value``, made from bytes hashing to ``digest`` (None: the file is not racy even on the
        uncalibrated clock); whether a hash is kept is decided when the cache is saved, on the files' clock."""
        self.made[name] = (signature(stat), digest, value)  # replaces the file's entry, if any, when saved
        self.dirty = True

    def calibrate(self) -> None:
        """Read the files' clock now, from a file created and removed beside the cache, so that ``frame``
        can judge entries as they are made; without a cache file, nothing to judge."""
        if self.file is None or self.clock.calibrated:
            return
        probe = self.file.with_name(f".probe.{os.getpid()}.tmp")
        try:
            make_private_directory(str(self.file.parent))
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError:
            return
        try:
            self.clock.calibrate(os.fstat(fd))
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(probe)

    def frame(self, made: Iterable[tuple[str, Stat, Any, bytes | None]]) \
            -> tuple[bytes, dict[str, tuple[Signature, bytes | None]]]:
        """Entries (name, stat, value, content hash) as one frame of the cache file and the index entries for
        it, each keeping its hash only if racy (judged on the clock as ``calibrate`` read it)."""
        values, index = {}, {}
        for name, stat, value, digest in made:
            sig = signature(stat)
            values[name] = value
            index[name] = (sig, digest if self.clock.is_racy(sig) else None)
        return pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL), index

    def adopt(self, frame: bytes, index: dict[str, tuple[Signature, bytes | None]]) -> None:
        """Keep a ``frame`` (as ``frame`` made it) as it is."""
        self.adopted.append((frame, index))  # its entries replace the file's, if any, when saved
        self.dirty = True

    def keep_only(self, names: Iterable[str]) -> None:
        if not self.index:
            return
        wanted = set(names)
        stale = [name for name in self.index if name not in wanted]
        for name in stale:
            del self.index[name]
        self.dirty = self.dirty or bool(stale)

    def save(self) -> None:
        """Write the cache if it changed, or if entries checked by hash this time can now be trusted by their
        signature; a cache that cannot be written is simply not kept."""
        try:
            self._save()
        finally:
            self.close()

    def _save(self) -> None:
        if self.file is None:
            return
        if not self.dirty and not any(entry[1] is not None and self.clock.may_settle(entry[0])
                                      for entry in self.index.values()):
            return
        replaced = set(self.made).union(*(index for _, index in self.adopted))
        held: dict[int, list[str]] = {}
        for name, (_, _, number) in self.index.items():
            if name not in replaced:
                held.setdefault(number, []).append(name)
        left: dict[str, tuple[Signature, bytes | None, Any]] = {}  # of frames that lost entries: pickled anew
        for number, names in held.items():
            if len(names) != self.sizes[number]:
                frame = self.loaded.get(number)
                if frame is None:
                    frame = self._frame(number)
                if not self.index:  # that frame was damaged: the file is dropped
                    held, left = {}, {}
                    break
                left.update((name, (self.index[name][0], self.index[name][1], frame[name])) for name in names
                            if name in frame)
        kept = [number for number, names in held.items() if len(names) == self.sizes[number]]
        if kept:
            try:
                self._raw(kept[0])
            except OSError:  # the file cannot be read again: what it held is made anew next time
                kept = []

        def content() -> Iterator[bytes | memoryview]:
            """The file, frame by frame as each is made (at 100,000 records, pickling them all at once took
            more memory than the records), then the index and its length."""
            racy = self.clock.is_racy
            index = _Index()
            lengths: list[int] = []
            yield MAGIC
            for number in kept:
                raw = self._raw(number)
                index.add(len(lengths), ((name, *self.index[name][:2]) for name in held[number]), racy)
                lengths.append(len(raw))
                yield raw
            for frame, entries in self.adopted:
                index.add(len(lengths), ((name, *entry) for name, entry in entries.items()), racy)
                lengths.append(len(frame))
                yield frame
            for kept_here, pack in ((left, None), (self.made, self.pack)):
                names = list(kept_here)
                for start in range(0, len(names), FRAME_ENTRIES):
                    part = names[start:start + FRAME_ENTRIES]
                    values = {name: kept_here[name][2] for name in part}
                    if pack is not None:
                        values = {name: pack(value) for name, value in values.items()}
                    pickled = pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL)
                    index.add(len(lengths), ((name, *kept_here[name][:2]) for name in part), racy)
                    lengths.append(len(pickled))
                    yield pickled
            data = index.dump(self.key, lengths)
            yield data
            yield len(data).to_bytes(4, "little")

        write_atomically(self.file, content, self.clock)
        self.dirty = False


MAGIC = b"adrtool-cache-5\n"
FRAME_ENTRIES = 1000  # entries pickled together: a frame is unpickled whole when one of its entries is asked for


class _Index:
    """A cache file's index: each entry's name, signature, content hash (kept only while the entry is racy)
    and frame, and each frame's length. Written compactly, so that a stale cache costs little to read: the
    names as one string, the signatures and frame numbers as arrays of machine integers, the few hashes by
    position."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.signatures: list[Signature] = []
        self.digests: dict[int, bytes] = {}  # by position
        self.frame_of: list[int] = []
        self.lengths: list[int] = []

    def add(self, frame: int, entries: Iterable[tuple[str, Signature, bytes | None]], racy: Any) -> None:
        for name, sig, digest in entries:
            if digest is not None and racy(sig):
                self.digests[len(self.names)] = digest
            self.names.append(name)
            self.signatures.append(sig)
            self.frame_of.append(frame)

    def dump(self, key: str, lengths: list[int]) -> bytes:
        times = array("q", chain.from_iterable(sig[:3] for sig in self.signatures))  # size, mtime, ctime
        inodes = array("Q", [sig[3] for sig in self.signatures])
        # marshal writes an array's buffer as bytes (it is read back as bytes): no copy made first
        return marshal.dumps((key, "\0".join(self.names), times, inodes, self.digests, array("I", self.frame_of),
                              lengths))

    @classmethod
    def load(cls, data: bytes, key: str) -> _Index | None:
        """The index ``dump`` wrote with ``key``; None for another key, or for data it cannot have written
        (a file edited by hand is dropped whole; its values are checked as they are unpacked:
        ``adrtool.cache.packing``)."""
        found = marshal.loads(data)
        if type(found) is not tuple or len(found) != 7 or found[0] != key:
            return None
        _, names, times_data, inodes_data, digests, frame_data, lengths = found
        if not (type(names) is str and type(times_data) is type(inodes_data) is type(frame_data) is bytes
                and type(digests) is dict and type(lengths) is list):
            return None
        index = cls()
        index.names = names.split("\0") if names else []
        count = len(index.names)
        times, inodes, frame_of = array("q"), array("Q"), array("I")
        times.frombytes(times_data)
        inodes.frombytes(inodes_data)
        frame_of.frombytes(frame_data)
        if not (len(times) == 3 * count and len(inodes) == len(frame_of) == count
                and set(map(type, lengths)) <= {int} and min(lengths, default=0) >= 0
                and (not count or max(frame_of) < len(lengths))
                and set(map(type, digests)) <= {int} and set(map(type, digests.values())) <= {bytes}
                and all(0 <= position < count for position in digests)):
            return None
        starts = iter(times)
        index.signatures = [(size, mtime, ctime, inode)
                            for (size, mtime, ctime), inode in zip(zip(starts, starts, starts), inodes)]
        index.frame_of, index.digests, index.lengths = frame_of.tolist(), digests, lengths
        return index

    def entries(self) -> dict[str, tuple[Signature, bytes | None, int]]:
        digests = self.digests
        found = dict(zip(self.names, zip(self.signatures, [digests.get(position) for position in range(
            len(self.names))] if digests else [None] * len(self.names), self.frame_of)))
        return found if len(found) == len(self.names) else {}

    def sizes(self) -> list[int]:
        """How many entries each frame holds."""
        counts = [0] * len(self.lengths)
        for number in self.frame_of:
            counts[number] += 1
        return counts


def write_atomically(file: Path, data: Any, clock: Clock, before: Any = None) -> bool:
    """Write ``data()`` (bytes, or an iterable of them) to ``file`` (``adrtool.fsio.atomic_write``; private to the
    user, not synced: a cache lost in a crash is made again), the temporary file's creation read as
    ``clock``; ``before()`` runs between the two. False when the cache cannot be written (then it is simply
    not kept)."""
    from adrtool.errors import WriteRefused
    from adrtool.fsio import atomic_write

    def content(stat: os.stat_result) -> Iterable[bytes]:
        clock.calibrate(stat)
        if before is not None:
            before()
        made = data()
        return [made] if isinstance(made, bytes) else made

    try:
        make_private_directory(str(file.parent))
        atomic_write(file, content, mode=0o600, durable=False)
    except (OSError, WriteRefused):
        return False
    return True


def cache_file(directory: Path, kind: str) -> Path | None:
    """Where the cache of ``kind`` for ``directory`` lives, or None when caching is off."""
    from adrtool.cache.location import cache_root

    resolved = str(directory.resolve())
    root = cache_root(resolved)
    if root is None:
        return None
    digest = blake2b(resolved.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return Path(root) / f"{kind}-{digest}.pickle"


def code_key() -> str:
    """Changes to adrtool's code (even without a version bump, in a checkout) invalidate the cache."""
    from adrtool.cache.codekey import code_key as installed

    return f"{FORMAT}:{__version__}:{installed()}"


