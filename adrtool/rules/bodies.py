"""The body facts of the records being checked: from the facts cache while their files are unchanged.

The facts (``adrtool.records.facts``) are a pure function of a file's bytes, the template hints and the code
that computes them, so they are cached like parsed records (``adrtool.cache.parsed``): an entry is trusted only
while its file's size, mtime, ctime and inode are those of the stat taken before the record was read, and
a racy entry only while its content hashes the same. The hints and that code are folded into the cache's
key: a changed template or a new adrtool makes every entry stale at once.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable
from pathlib import Path

from adrtool.records.log import DecisionLog
from adrtool.errors import AdrError, ReadError
from adrtool.records.facts import BodyFacts
from adrtool.model import Record



def load_facts(log: DecisionLog, records: Iterable[Record],
               hints: frozenset[str]) -> tuple[dict[str, BodyFacts], list[ReadError]]:
    """Facts of ``records`` (of ``log``) by file name, and the files that could not be read again for them.

    A file is checked against the stat ``log`` took before reading its record; a log read otherwise (no
    stats) has its files read, and nothing cached.
    """
    from adrtool.cache.parsed import ParseCache, cache_file, current_bytes, signature

    directory, stats = log.directory, log.stats
    cache = ParseCache(cache_file(directory, "facts") if stats else None, facts_key(hints), log.clock)
    found: dict[str, BodyFacts] = {}
    failures: list[ReadError] = []
    for record in records:
        name = record.filename
        stat = stats.get(name)
        if stat is not None:
            facts = cache.get(name, signature(stat), functools.partial(current_bytes, directory, name))
            if type(facts) is BodyFacts and facts.fits(record.body_line, record.format):  # not planted junk
                found[name] = facts
                continue
        outcome, digest = compute(directory, record, hints)
        if isinstance(outcome, ReadError):
            failures.append(outcome)
            continue
        found[name] = outcome
        if stat is not None:
            cache.put(name, stat, outcome, digest)
    cache.keep_only(stats)
    cache.save()
    return found, failures


def compute(directory: Path, record: Record, hints: frozenset[str]) -> tuple[BodyFacts | ReadError, bytes]:
    """The facts of ``record``'s file read now, with the hash of the bytes they were made from."""
    from adrtool.records.body import Body
    from adrtool.cache.parsed import content_digest
    from adrtool.fsio import read_text

    path = directory / record.filename
    try:
        file = read_text(path)
    except AdrError as error:
        return (error if isinstance(error, ReadError) else ReadError(error.message, path=path)), b""
    return Body(path, file.text, record.body_line).facts(record.format, hints), content_digest(file.raw)


def facts_key(hints: frozenset[str]) -> str:
    """The cache key: the record cache's, the code that makes facts, markdown-it's, and the template hints."""
    from adrtool.cache.parsed import code_key, content_digest

    hints_digest = content_digest("\n".join(sorted(hints)).encode("utf-8", "surrogateescape")).hex()
    return f"{code_key()}|{hints_digest}"

