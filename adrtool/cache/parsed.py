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
import os
import pickle
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from adrtool import __version__
from adrtool.cache.location import make_private_directory, read_private

FORMAT = 3
RACY_SECONDS = 2  # the window when the files' clock cannot be read, or stamps whole seconds (FAT: 2 s)
FINE_MARGIN_NS = 50_000_000  # several kernel clock ticks (1-10 ms each): the window on nanosecond filesystems
_ALLOWED = {
    ("adrtool.model", "Record"), ("adrtool.model", "RevisitPoint"), ("adrtool.model", "Link"),
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
    """What a racy entry's file holds now (nothing if it is gone). Given as ``functools.partial(current_bytes,
    directory, name)``, so that no Path is made for the files whose entries need no reading (most)."""
    try:
        return (directory / name).read_bytes()
    except OSError:
        return b""


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


class ModelUnpickler(pickle.Unpickler):
    """Builds plain data and adrtool's model types only: a planted cache file can run no code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache of records")
        return super().find_class(module, name)


class ParseCache:
    """Entries for one decision directory: name -> (signature, content hash or None, value).

    The file holds a header (the key) and then frames, each a pickled dict of entries: entries made by a
    worker process reach the file as the worker pickled them (``frame``, ``adopt``) and are not pickled
    again; the rest are pickled as one frame when the cache is saved.
    """

    def __init__(self, file: Path | None, key: str, clock: Clock | None = None) -> None:
        self.file = file
        self.key = key
        self.clock = clock or unknown_clock()
        self.entries: dict[str, tuple[Signature, bytes | None, Any]] = {}
        self.frames: list[bytes] = []  # adopted, each holding the entries of the names in ``framed``
        self.framed: set[str] = set()
        self.dirty = False
        if file is not None:
            self._load()

    def _load(self) -> None:
        assert self.file is not None
        entries: dict[str, tuple[Signature, bytes | None, Any]] = {}
        try:
            data = read_private(str(self.file))
            stream = io.BytesIO(data)
            header = ModelUnpickler(stream).load()
            if not (isinstance(header, dict) and header.get("key") == self.key):
                return
            while stream.tell() < len(data):
                frame = ModelUnpickler(stream).load()
                if not (type(frame) is dict and _well_formed(frame)):
                    return
                entries.update(frame)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError,
                ImportError):
            return  # missing or unreadable: start afresh
        self.entries = entries

    def get(self, name: str, sig: Signature, read: Any) -> Any:
        """The cached value for ``name`` if its file is unchanged; ``read()`` gives the bytes for racy entries."""
        entry = self.entries.get(name)
        if entry is None or entry[0] != sig:
            return None
        if entry[1] is not None and content_digest(read()) != entry[1]:
            return None
        return entry[2]

    def put(self, name: str, stat: os.stat_result, value: Any, digest: bytes | None) -> None:
        """Remember ``value``, made from bytes hashing to ``digest`` (None: the file is not racy even on the
        uncalibrated clock); whether a hash is kept is decided when the cache is saved, on the files' clock."""
        self.entries[name] = (signature(stat), digest, value)
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

    def frame(self, made: Iterable[tuple[str, os.stat_result, Any, bytes | None]]) -> bytes:
        """Entries (name, stat, value, content hash) pickled as one frame of the cache file, each keeping its
        hash only if racy (judged on the clock as ``calibrate`` read it)."""
        entries = {}
        for name, stat, value, digest in made:
            sig = signature(stat)
            entries[name] = (sig, digest if self.clock.is_racy(sig) else None, value)
        return pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)

    def adopt(self, frame: bytes, names: Iterable[str]) -> None:
        """Keep a ``frame`` holding the entries of ``names`` as it is."""
        self.frames.append(frame)
        self.framed.update(names)
        self.dirty = True

    def keep_only(self, names: Iterable[str]) -> None:
        if not self.entries:
            return
        wanted = set(names)
        stale = [name for name in self.entries if name not in wanted]
        for name in stale:
            del self.entries[name]
        self.dirty = self.dirty or bool(stale)

    def save(self) -> None:
        """Write the cache if it changed, or if entries checked by hash this time can now be trusted by their
        signature; a cache that cannot be written is simply not kept."""
        if self.file is None:
            return
        framed = self.framed
        own = {name: entry for name, entry in self.entries.items() if name not in framed} if framed \
            else self.entries
        hashed = [name for name, entry in own.items() if entry[1] is not None]
        if not self.dirty and not any(self.clock.may_settle(own[name][0]) for name in hashed):
            return

        def settle() -> None:
            for name in hashed:
                sig, _, value = own[name]
                if not self.clock.is_racy(sig):
                    own[name] = (sig, None, value)

        def content() -> list[bytes]:
            header = pickle.dumps({"key": self.key}, protocol=pickle.HIGHEST_PROTOCOL)
            return [header, pickle.dumps(own, protocol=pickle.HIGHEST_PROTOCOL), *self.frames]

        write_atomically(self.file, content, self.clock, settle)
        self.dirty = False


def _well_formed(frame: dict[Any, Any]) -> bool:
    """Whether every entry of a frame is (signature, hash or None, value), as ``ParseCache`` writes them: a
    cache file edited by hand is dropped whole (its values are checked as they are unpacked: ``adrtool.cache.packing``).
    A millisecond at 10,000 entries."""
    return all(type(entry) is tuple and len(entry) == 3 and type(entry[0]) is tuple and len(entry[0]) == 4
               for entry in frame.values())


def write_atomically(file: Path, data: Any, clock: Clock, before: Any = None) -> bool:
    """Write ``data()`` (bytes, or a list of them) to ``file`` (``adrtool.fsio.atomic_write``; private to the
    user, not synced: a cache lost in a crash is made again), the temporary file's creation read as
    ``clock``; ``before()`` runs between the two. False when the cache cannot be written (then it is simply
    not kept)."""
    from adrtool.errors import WriteRefused
    from adrtool.fsio import atomic_write

    def content(stat: os.stat_result) -> list[bytes]:
        clock.calibrate(stat)
        if before is not None:
            before()
        made = data()
        return made if isinstance(made, list) else [made]

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


