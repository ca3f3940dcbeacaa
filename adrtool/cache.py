"""A parse cache: records read before are not parsed again while their files are unchanged.

An entry is keyed by file name and the file's size, mtime, ctime and inode. Like git's index it guards
against "racy" entries: a file written in the same instant as the cache could change without its
timestamps moving, so entries whose timestamps are within ``RACY_SECONDS`` of the cache's own write also
keep a hash of the content, and are trusted only if the content still hashes the same. The cache is
never stale, safe to delete, and lives in the git directory (never shown by `git status`) or in the
user's cache directory; `ADR_CACHE_DIR` names another place and `ADR_NO_CACHE=1` turns it off.

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

FORMAT = 1
RACY_SECONDS = 2
_ALLOWED = {
    ("adrtool.model", "Record"), ("adrtool.model", "RevisitPoint"), ("adrtool.model", "Link"),
    ("adrtool.model", "Dialect"), ("datetime", "date"), ("datetime", "datetime"), ("datetime", "timezone"),
    ("datetime", "timedelta"), ("pathlib", "PosixPath"), ("pathlib", "WindowsPath"), ("pathlib", "Path"),
    ("builtins", "set"), ("builtins", "frozenset"), ("copyreg", "_reconstructor"), ("builtins", "object"),
    # The linter's body facts (adrtool.rules.bodies keeps them in a cache of their own).
    ("adrtool.facts", "BodyFacts"), ("adrtool.facts", "EmptySection"), ("adrtool.facts", "Placeholder"),
    ("adrtool.facts", "BodyLink"),
}

Signature = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


try:  # the built-in module: hashlib would load OpenSSL first, a few ms on every run
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b


def content_digest(data: bytes) -> bytes:
    return blake2b(data, digest_size=16).digest()


def is_racy(stat: os.stat_result) -> bool:
    """Whether the file changed so recently that a further change might not move its timestamps."""
    return max(stat.st_mtime_ns, stat.st_ctime_ns) >= time.time_ns() - RACY_SECONDS * 1_000_000_000


def current_bytes(directory: Path, name: str) -> bytes:
    """What a racy entry's file holds now (nothing if it is gone). Given as ``functools.partial(current_bytes,
    directory, name)``, so that no Path is made for the files whose entries need no reading (most)."""
    try:
        return (directory / name).read_bytes()
    except OSError:
        return b""


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the parse cache")
        return super().find_class(module, name)


class ParseCache:
    """Entries for one decision directory: name -> (signature, content hash or None, value)."""

    def __init__(self, file: Path | None, key: str) -> None:
        self.file = file
        self.key = key
        self.entries: dict[str, tuple[Signature, bytes | None, Any]] = {}
        self.dirty = False
        if file is not None:
            self._load()

    def _load(self) -> None:
        assert self.file is not None
        try:
            data = self.file.read_bytes()
            stored = _Unpickler(io.BytesIO(data)).load()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, IndexError,
                ImportError):
            return  # missing or unreadable: start afresh
        if isinstance(stored, dict) and stored.get("key") == self.key and isinstance(stored.get("entries"), dict):
            self.entries = stored["entries"]

    def get(self, name: str, sig: Signature, read: Any) -> Any:
        """The cached value for ``name`` if its file is unchanged; ``read()`` gives the bytes for racy entries."""
        entry = self.entries.get(name)
        if entry is None or entry[0] != sig:
            return None
        if entry[1] is not None and content_digest(read()) != entry[1]:
            return None
        return entry[2]

    def put(self, name: str, stat: os.stat_result, value: Any, digest: bytes) -> None:
        """Remember ``value``; ``digest`` (of the bytes it was made from) is kept only for racy entries."""
        self.entries[name] = (signature(stat), digest if is_racy(stat) else None, value)
        self.dirty = True

    def keep_only(self, names: Iterable[str]) -> None:
        wanted = set(names)
        stale = [name for name in self.entries if name not in wanted]
        for name in stale:
            del self.entries[name]
        self.dirty = self.dirty or bool(stale)

    def save(self) -> None:
        """Write the cache if it changed; a cache that cannot be written is simply not kept."""
        if self.file is None or not self.dirty:
            return
        data = pickle.dumps({"key": self.key, "entries": self.entries}, protocol=pickle.HIGHEST_PROTOCOL)
        with contextlib.suppress(OSError):
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temp = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
            temp.write_bytes(data)
            os.replace(temp, self.file)
        self.dirty = False


def cache_file(directory: Path, kind: str) -> Path | None:
    """Where the cache of ``kind`` for ``directory`` lives, or None when caching is off."""
    if os.environ.get("ADR_NO_CACHE", "") not in ("", "0"):
        return None
    directory = directory.resolve()
    digest = blake2b(str(directory).encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    name = f"{kind}-{digest}.pickle"
    explicit = os.environ.get("ADR_CACHE_DIR")
    if explicit:
        return Path(explicit) / name
    git_dir = _git_dir(directory)
    if git_dir is not None:
        return git_dir / "adrtool" / name
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "adrtool" / name


def _git_dir(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / ".git"
        if candidate.is_dir():
            return candidate
        if candidate.is_file():  # a worktree or submodule: `gitdir: PATH`
            with contextlib.suppress(OSError, UnicodeDecodeError):
                text = candidate.read_text(encoding="utf-8").strip()
                if text.startswith("gitdir:"):
                    return (directory / text.split(":", 1)[1].strip()).resolve()
            return None
    return None


def code_key() -> str:
    """Changes to the reader's code (even without a version bump, in a checkout) invalidate the cache."""
    package = Path(__file__).parent
    stamps = []
    for path in (package / "model.py", package / "markdown.py", *sorted((package / "reader").glob("*.py"))):
        with contextlib.suppress(OSError):
            stamps.append(f"{path.name}:{path.stat().st_mtime_ns}")
    return f"{FORMAT}:{__version__}:{';'.join(stamps)}"


def code_stamps(modules: Iterable[str]) -> str:
    """The modification times of adrtool's ``modules`` (paths under the package), for a key that moves with
    the code of other caches."""
    package = Path(__file__).parent
    found = []
    for module in modules:
        with contextlib.suppress(OSError):
            found.append(f"{Path(module).name}:{(package / module).stat().st_mtime_ns}")
    return ";".join(found)
