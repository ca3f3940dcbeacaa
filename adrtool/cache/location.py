"""Where adrtool keeps its caches: `ADR_CACHE_DIR`, else the git directory (never shown by `git status`),
else the user's cache directory; nowhere with `ADR_NO_CACHE=1`.

A cache decides what a command prints, so one that someone else could have written is not used: a cache
directory or file must belong to the user running the command and be writable by nobody else (a warning
says so, once, and the command runs without it). A `.git` file counts only when it points at what git
itself would take for a repository.

Text paths only, no pathlib: a stored answer is looked up here before anything else is imported.
"""

from __future__ import annotations

import os
import stat as kinds
import sys

_warned: set[str] = set()


def caching_off() -> bool:
    return os.environ.get("ADR_NO_CACHE", "") not in ("", "0")


def cache_root(start: str) -> str | None:
    """The cache directory for files under ``start`` (an absolute, resolved path); None when caching is off
    or the directory found is not the user's own."""
    if caching_off():
        return None
    explicit = os.environ.get("ADR_CACHE_DIR")
    if explicit:
        root = explicit
    else:
        found = git_dir(start)
        if found is not None:
            root = os.path.join(found, "adrtool")
        else:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            root = os.path.join(base, "adrtool")
    return root if trusted_directory(root) else None


def trusted_directory(path: str) -> bool:
    """Whether the cache directory ``path`` (and the directory holding it) may be used: missing (it will be
    made, private), or a real directory of this user that nobody else can write to."""
    for candidate in (path, os.path.dirname(path)):
        try:
            found = os.lstat(candidate)
        except FileNotFoundError:
            continue
        except OSError:
            return False
        if candidate == path and kinds.S_ISLNK(found.st_mode):
            return _refuse(path, "it is a symbolic link (name the directory itself)")
        if candidate == path and not kinds.S_ISDIR(found.st_mode):
            return _refuse(path, "it is not a directory")
        problem = _foreign(found)
        if problem is not None and (candidate == path or not kinds.S_ISVTX & found.st_mode):
            return _refuse(path, problem if candidate == path else f"the directory holding it, {candidate}: {problem}")
    return True


def read_private(path: str) -> bytes:
    """The bytes of the cache file ``path``: OSError when it is missing, not a regular file (a link, a pipe),
    or not the user's own and private (a warning says why)."""
    fd = open_private(path)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def open_private(path: str) -> int:
    """A descriptor of the cache file ``path``, open for reading (the caller closes it), on the terms of
    ``read_private``."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_CLOEXEC", 0))
    try:
        found = os.fstat(fd)
        problem = "it is not a regular file" if not kinds.S_ISREG(found.st_mode) else _foreign(found)
        if problem is not None:
            _refuse(path, problem)
            raise PermissionError(path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def make_private_directory(path: str) -> None:
    """Make the cache directory ``path`` (and its parents) if missing, readable by this user alone."""
    os.makedirs(path, mode=0o700, exist_ok=True)


def _foreign(found: os.stat_result) -> str | None:
    """Why a file or directory with this stat is not private to this user, or None."""
    owner = os.geteuid() if hasattr(os, "geteuid") else found.st_uid
    if found.st_uid != owner:
        return "it belongs to another user"
    if found.st_mode & 0o002:  # (writable by the group is usual where each user has a group of their own)
        return "others can write to it"
    return None


def _refuse(path: str, why: str) -> bool:
    if path not in _warned:
        _warned.add(path)
        try:
            sys.stderr.write(f"adr: not using the cache at {path}: {why}\n")
        except (OSError, ValueError, AttributeError):
            pass
    return False


def git_dir(start: str) -> str | None:
    """The git directory of the work tree holding ``start``: `.git`, or where a worktree's or submodule's
    `.git` file points (`gitdir: PATH`), if that is a git directory."""
    directory = start
    while True:
        candidate = os.path.join(directory, ".git")
        if os.path.isdir(candidate):
            return candidate if _is_git_directory(candidate) else None
        if os.path.isfile(candidate):
            try:
                with open(candidate, encoding="utf-8") as stream:
                    text = stream.read(4096).strip()
            except (OSError, UnicodeDecodeError):
                return None
            if text.startswith("gitdir:"):
                target = os.path.realpath(os.path.join(directory, text.split(":", 1)[1].strip()))
                return target if _is_git_directory(target) else None
            return None
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _is_git_directory(path: str) -> bool:
    """What git checks before it takes a directory for a repository: a HEAD, and objects and refs (a
    worktree's git directory names the common one in `commondir`)."""
    if not os.path.isfile(os.path.join(path, "HEAD")):
        return False
    common = path
    if os.path.isfile(os.path.join(path, "commondir")):
        try:
            with open(os.path.join(path, "commondir"), encoding="utf-8") as stream:
                common = os.path.join(path, stream.read(4096).strip())
        except (OSError, UnicodeDecodeError):
            return False
    return os.path.isdir(os.path.join(common, "objects")) and os.path.isdir(os.path.join(common, "refs"))
