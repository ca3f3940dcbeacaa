"""Finding a record the way a person names it: its number, its file name, or words of its title."""

from __future__ import annotations

from adrtool.errors import NotFound, UsageError
from adrtool.model import Record
from adrtool.records.log import DecisionLog


def find_record(log: DecisionLog, words: tuple[str, ...]) -> Record:
    """The record ``words`` name: one word that is a number, file name or path (as `adr show` takes them),
    else the one record whose title holds every word (any case)."""
    if len(words) == 1:
        try:
            return log.find(words[0])
        except NotFound:
            if words[0].strip().upper().removeprefix("ADR").lstrip("-_ ").isdigit():
                raise  # a number names no title
    wanted = [word.lower() for word in " ".join(words).split()]
    if not wanted:
        raise UsageError("name a record: its number, file name or words of its title")
    found = [record for record in log.records if all(word in (record.title or "").lower() for word in wanted)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(f"no record number, file or title matches {' '.join(words)!r}")
    listed = "; ".join(f"{record.number:04d} {record.title}" for record in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise UsageError(f"{len(found)} records match {' '.join(words)!r}: {listed}{more}; name one by number")
