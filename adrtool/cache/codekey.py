"""The one key every cache is kept under: the code that made its entries.

Every file of the installed package (found by walking it: moving a module cannot leave a file out), the
templates adrtool ships, the interpreter, and the versions of the libraries whose behaviour the output
depends on. Text paths and ``os`` only: the answer store asks for it before anything else is imported.
"""

from __future__ import annotations

import os
import sys

from adrtool.project.package import PACKAGE_DIR, shipped_templates_dir

# Distributions whose behaviour shapes what adrtool prints, reads or writes.
LIBRARIES = ("click", "jinja2", "pyyaml", "markdown_it_py", "gitpython")

_key: str | None = None


def code_key() -> str:
    """The key of the code running now (computed once a process)."""
    global _key
    if _key is None:
        stamps = [sys.executable, sys.version, *_tree_stamps(PACKAGE_DIR), *_tree_stamps(shipped_templates_dir()),
                  *library_versions()]
        _key = "\n".join(stamps)
    return _key


def _tree_stamps(top: str) -> list[str]:
    """``path:mtime:size`` of every file under ``top`` except compiled byte code, sorted."""
    stamps = []
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name == "__pycache__" or entry.name.startswith("."):
                        continue
                    if entry.is_dir():
                        pending.append(entry.path)
                    elif entry.is_file():
                        stat = entry.stat()
                        stamps.append(f"{entry.path}:{stat.st_mtime_ns}:{stat.st_size}")
        except OSError:
            stamps.append(f"{folder}:-")
    stamps.sort()
    return stamps


def library_versions() -> list[str]:
    """``name-version`` of each of ``LIBRARIES`` as installed, read from the names of their metadata folders
    on ``sys.path`` (one directory listing, where importlib.metadata would import a dozen modules)."""
    wanted = set(LIBRARIES)
    found: dict[str, str] = {}
    for folder in sys.path:
        if len(found) == len(wanted):
            break
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            project, _, version = name.rsplit(".", 1)[0].partition("-")
            normal = project.lower().replace("-", "_").replace(".", "_")
            if normal in wanted and normal not in found:
                found[normal] = f"{normal}-{version}"
    return [found.get(name, f"{name}-?") for name in LIBRARIES]
