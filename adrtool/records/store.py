"""The one door between the domain and the speed machinery.

The domain asks a ``Store`` for what costs time to make: the records of a decision directory, the records
of a commit's tree, the body facts the linter checks, a walk of the git history, and whether a path exists
(an input of the answer a command gives). ``NullStore`` makes each afresh, every time; the store
``adrtool.cache.open_store`` gives keeps them between runs and may share work out over two cores. Nothing
outside ``adrtool.cache`` knows how anything is kept: reno's ``Loader(ignore_cache=...)`` and mypy's
metastore are the same idea.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from adrtool.errors import AdrError, ReadError
from adrtool.model import Record
from adrtool.records.log import DecisionLog, as_read_error, assemble, read_log

if TYPE_CHECKING:  # a listing needs no body facts: only validate loads them
    from adrtool.records.facts import BodyFacts

T = TypeVar("T")
R = TypeVar("R")

# (file name, blob id) of each record file of a tree, and how to get blobs' contents by id.
TreeFiles = Sequence[tuple[str, str]]
BlobReader = Callable[[Sequence[str]], Mapping[str, bytes]]


class Store(Protocol):
    def read_log(self, directory: Path) -> DecisionLog:
        """Every record of ``directory`` as its files hold them now."""

    def read_tree(self, directory: Path, files: TreeFiles, contents: BlobReader) -> DecisionLog:
        """The records of a commit's tree: ``files`` of ``directory`` as git holds them."""

    def body_facts(self, log: DecisionLog, records: Iterable[Record],
                   hints: frozenset[str]) -> tuple[dict[str, BodyFacts], list[ReadError]]:
        """The body facts of ``records`` (of ``log``) by file name, and the files that could not be read
        again for them."""

    def recall(self, kind: str, scope: Path, key: Hashable, decode: Callable[[object], T]) -> T | None:
        """What ``remember`` kept under ``kind`` for ``scope`` with ``key`` (turned back into a value by
        ``decode``, which raises TypeError or ValueError on data it did not make), or None."""

    def remember(self, kind: str, scope: Path, key: Hashable, value: T, encode: Callable[[T], object]) -> None:
        """Keep ``value`` (as the plain data ``encode`` makes of it: tuples, lists, dicts, strings, numbers)."""

    def exists(self, path: str) -> bool:
        """Whether ``path`` (outside the decision directory) exists: a store keeping answers notes it."""

    def share(self, work: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> Iterator[R]:
        """What ``work`` gives for ``items``, in their order. A store may share the items out over two cores:
        ``work`` then runs on some of them in a forked copy of this process, so it must return all it makes
        (as data that pickles) and change nothing else."""


class NullStore:
    """A store that keeps nothing: everything is made afresh."""

    def read_log(self, directory: Path) -> DecisionLog:
        return read_log(directory)

    def read_tree(self, directory: Path, files: TreeFiles, contents: BlobReader) -> DecisionLog:
        return assemble(directory, *parse_blobs(directory, files, contents))

    def body_facts(self, log: DecisionLog, records: Iterable[Record],
                   hints: frozenset[str]) -> tuple[dict[str, BodyFacts], list[ReadError]]:
        from adrtool.records.body import read_facts

        found: dict[str, BodyFacts] = {}
        failures: list[ReadError] = []
        for record in records:
            facts, _ = read_facts(log.directory, record, hints)
            if isinstance(facts, ReadError):
                failures.append(facts)
            else:
                found[record.filename] = facts
        return found, failures

    def recall(self, kind: str, scope: Path, key: Hashable, decode: Callable[[object], T]) -> T | None:
        return None

    def remember(self, kind: str, scope: Path, key: Hashable, value: T, encode: Callable[[T], object]) -> None:
        pass

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def share(self, work: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> Iterator[R]:
        return iter(work(items))


NULL_STORE = NullStore()


def parse_blobs(directory: Path, files: TreeFiles, contents: BlobReader) -> tuple[list[Record], list[ReadError]]:
    """The records ``files`` of ``directory`` hold in git (a template numbered 0 among them: ``assemble`` tells),
    and the files that could not be read."""
    from adrtool.fsio import decode_text
    from adrtool.records.dialects import parse_text

    data = contents([blob for _, blob in files])
    records: list[Record] = []
    failures: list[ReadError] = []
    for name, blob in files:
        try:
            records.append(parse_text(decode_text(data[blob]), directory, name))
        except AdrError as error:
            failures.append(as_read_error(error, directory / name))
    return records, failures
