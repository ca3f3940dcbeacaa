"""What each page of a Sphinx project took from the decision log, so that Sphinx reads it again when that
changes: the record files a page shows are its dependencies (Sphinx compares their times), and the listing of
the decision directory a page with an index or an agenda was made from is compared here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


@dataclass
class Shown:
    """Per build environment: where each record is shown, and which pages listed which directory."""

    records: dict[int, tuple[str, str]] = field(default_factory=dict)  # number -> (docname, anchor)
    listings: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # docname -> dir -> names


def shown(env: BuildEnvironment) -> Shown:
    found = getattr(env, "adrtool_shown", None)
    if not isinstance(found, Shown):
        found = Shown()
        env.adrtool_shown = found  # type: ignore[attr-defined]
    return found


def listing(directory: Path) -> tuple[str, ...]:
    """The record files of ``directory``, by name."""
    from adrtool.errors import AdrError
    from adrtool.records.log import record_paths

    try:
        return tuple(path.name for path in record_paths(directory))
    except AdrError:  # unreadable now: the page is read again, and its directive says why
        return ()


def note_listing(env: BuildEnvironment, directory: Path, names: Iterable[str]) -> None:
    shown(env).listings.setdefault(env.docname, {})[str(directory)] = tuple(names)


def outdated(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
             removed: set[str]) -> list[str]:
    """Pages whose index or agenda was made from a listing of the decision directory that has changed."""
    stale = []
    for docname, directories in shown(env).listings.items():
        if docname in removed:
            continue
        if any(listing(Path(directory)) != names for directory, names in directories.items()):
            stale.append(docname)
    return stale


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    found = shown(env)
    found.listings.pop(docname, None)
    for number in [n for n, (page, _) in found.records.items() if page == docname]:
        del found.records[number]


def merge(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str], other: Any) -> None:
    """After a parallel read: take in what the other process's pages showed."""
    mine, theirs = shown(env), shown(other)
    wanted = set(docnames)
    mine.records.update({n: where for n, where in theirs.records.items() if where[0] in wanted})
    mine.listings.update({page: dirs for page, dirs in theirs.listings.items() if page in wanted})
