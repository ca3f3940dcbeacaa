"""Links from a record to a record of another log of the project (`[Root ADR 005](../../../../docs/adr/005-x.md)`
in `src/csharp/docs/adr/`, `[ADR 005](/src/csharp/docs/adr/005-x.md)` written from the project's root): which
directory such a link leads into, so that `links` and `adr graph` name the record of that log, not the linking
log's record of the same number.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from urllib.parse import unquote

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def linked_directory(directory: str, href: str | None, root: str | None = None) -> str | None:
    """The directory a relative link (`../../docs/adr/0005-x.md`), or one written from the project's ``root``
    (`/src/csharp/docs/adr/0005-x.md`), leads into when that is not the record's own ``directory``; None for a
    link within it, a URL, an anchor, or a root-absolute link with no root to read it from."""
    if not href or "/" not in href or href[:1] == "#" or _SCHEME.match(href):
        return None
    path = unquote(href.split("#", 1)[0].split("?", 1)[0])
    if path[:1] == "/":
        if root is None:
            return None
        target = os.path.normpath(os.path.join(root, path.lstrip("/")))
    else:
        target = os.path.normpath(os.path.join(directory, path))
    linked = os.path.dirname(target)
    return None if linked == os.path.normpath(directory) else linked


def other_log(directory: str, href: str | None, logs: Collection[str], root: str | None = None) -> str | None:
    """The log among ``logs`` (directories, as ``str``) a link leads into when it is another than the record's
    own ``directory``; None otherwise."""
    linked = linked_directory(directory, href, root)
    return linked if linked is not None and linked in logs else None


def leaves_directory(directory: str, href: str | None) -> bool:
    """Whether a link leads out of the record's ``directory``: relatively (`../other/0005-x.md`) or from the
    project's root (`/src/csharp/docs/adr/0005-x.md`)."""
    if not href or "/" not in href:
        return False
    if href[:1] == "/":
        return href[:2] != "//"
    return linked_directory(directory, href) is not None


def written_folder(href: str | None) -> str:
    """The folder a link names as written (`../../docs/adr` of `../../docs/adr/0005-x.md`; "" for a record beside
    the linking one): links to records of the same number in two logs differ by it."""
    if not href or "/" not in href:
        return ""
    return os.path.dirname(os.path.normpath(href.split("#", 1)[0])).removeprefix(".")
