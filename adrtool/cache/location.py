"""Where adrtool keeps its caches: `ADR_CACHE_DIR`, else the git directory (never shown by `git status`),
else the user's cache directory; nowhere with `ADR_NO_CACHE=1`.

Text paths only, no pathlib: a stored answer is looked up here before anything else is imported.
"""

from __future__ import annotations

import os


def caching_off() -> bool:
    return os.environ.get("ADR_NO_CACHE", "") not in ("", "0")


def cache_root(start: str) -> str | None:
    """The cache directory for files under ``start`` (an absolute, resolved path); None when caching is off."""
    if caching_off():
        return None
    explicit = os.environ.get("ADR_CACHE_DIR")
    if explicit:
        return explicit
    found = git_dir(start)
    if found is not None:
        return os.path.join(found, "adrtool")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "adrtool")


def git_dir(start: str) -> str | None:
    """The git directory of the work tree holding ``start``: `.git`, or where a worktree's or submodule's
    `.git` file points (`gitdir: PATH`)."""
    directory = start
    while True:
        candidate = os.path.join(directory, ".git")
        if os.path.isdir(candidate):
            return candidate
        if os.path.isfile(candidate):
            try:
                with open(candidate, encoding="utf-8") as stream:
                    text = stream.read().strip()
            except (OSError, UnicodeDecodeError):
                return None
            if text.startswith("gitdir:"):
                return os.path.realpath(os.path.join(directory, text.split(":", 1)[1].strip()))
            return None
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent
