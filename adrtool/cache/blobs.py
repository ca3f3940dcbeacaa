"""Records read from git (`--at REV`), kept by file name and blob id between runs.

A blob id names the blob's content, so an entry is exact for as long as the code that made it is the
same (the key holds the reader's code stamps, as the parse cache's does): there is no stat to trust and
nothing to go stale. The name is part of the key because a record's number, slug and file name come from
it. The file keeps the entries of the latest runs, those of this run first, up to ``KEPT``; it is read
through the parse cache's unpickler (plain data and adrtool's model types only), and any file that is not
what this module writes is ignored and replaced.
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

from adrtool.cache.location import read_private
from adrtool.cache.parsed import ModelUnpickler, cache_file, code_key, unknown_clock, write_atomically

KIND = "blobs"
KEPT = 40_000  # entries: four revisions of a 10,000-record log

Key = tuple[str, str]  # file name, blob id


class BlobCache:
    """Packed records (``adrtool.cache.packing``) by (file name, blob id), for one decision directory."""

    def __init__(self, file: Path | None, key: str) -> None:
        self.file = file
        self.key = key
        self.entries: dict[Key, Any] = {}
        self.used: dict[Key, Any] = {}  # this run's, in the order they were asked for
        self.dirty = False
        if file is not None:
            self._load()

    @classmethod
    def for_directory(cls, directory: Path) -> BlobCache:
        """The cache of ``directory``'s records; one that keeps nothing when caching is off."""
        return cls(cache_file(directory, KIND), code_key())

    def _load(self) -> None:
        assert self.file is not None
        try:
            stored = ModelUnpickler(io.BytesIO(read_private(str(self.file)))).load()
        except Exception:
            return
        if type(stored) is dict and stored.get("key") == self.key and type(stored.get("entries")) is dict:
            self.entries = stored["entries"]

    def get(self, name: str, blob: str) -> Any:
        """The packed record made from blob ``blob`` named ``name``, or None."""
        found = self.entries.get((name, blob))
        if found is not None:
            self.used[name, blob] = found
        return found

    def forget(self, name: str, blob: str) -> None:
        """Drop an entry ``get`` gave that is of no use (see ``adrtool.cache.packing.Misshapen``)."""
        self.used.pop((name, blob), None)
        self.entries.pop((name, blob), None)
        self.dirty = True

    def put(self, name: str, blob: str, packed: Any) -> None:
        self.used[name, blob] = packed
        self.dirty = True

    def save(self) -> None:
        """Write this run's entries, then earlier ones up to ``KEPT``, when this run made any; a cache that
        cannot be written is simply not kept."""
        if self.file is None or not self.dirty:
            return
        kept = dict(self.used)
        for key, packed in self.entries.items():
            if len(kept) >= KEPT:
                break
            kept.setdefault(key, packed)
        data = pickle.dumps({"key": self.key, "entries": kept}, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(self.file, lambda: data, unknown_clock())
        self.dirty = False
