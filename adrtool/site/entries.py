"""Each record as the site shows it: its page's path, its cells, its links, its banner.

Everything here is plain text; the templates escape it (Jinja2 autoescape), statuses, cycles and tags
included. Paths are paths in the site; the templates make them relative to the page they are written on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from adrtool.calendar.cycles import Calendar
from adrtool.model import Record
from adrtool.records.relations import successors as successors_of

BANNER_STATUSES = ("superseded", "rejected", "deprecated")
RELATIONS = (("supersedes", "Supersedes"), ("superseded-by", "Superseded by"), ("relates-to", "Relates to"))
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
LONGEST_NAME = 160  # characters of a page's or folder's name in the site, well within a file system's limit
_DIGEST = 12


def log_of(record: Record) -> str | None:
    """The label of the log ``record`` belongs to, when the project has several (issue 16 gives records one)."""
    label = getattr(record, "log", None)
    return label if isinstance(label, str) and label else None


def number_text(record: Record) -> str:
    number: Any = record.number
    return f"{number:04d}" if isinstance(number, int) and number >= 0 else ""


def page_path(record: Record) -> str:
    """`records/0003-x.html`, or `records/LOG/0003-x.html` for a record of one of several logs."""
    stem = record.filename[:-3] if record.filename.lower().endswith(".md") else record.filename
    log = log_of(record)
    folder = f"records/{site_name(log)}" if log else "records"
    return f"{folder}/{site_name(stem)}.html"


def site_name(text: str) -> str:
    """``text`` as a name in the site: letters, digits, `.`, `_` and `-` only. A name longer than
    ``LONGEST_NAME`` (a record's file name may take all a file system allows, and the page adds `.html`, or
    `-2.html`) keeps its start and ends with a hash of the whole, which keeps it apart from names that start
    alike; the same text always gives the same name."""
    name = _UNSAFE_NAME.sub("-", text)
    if len(name) <= LONGEST_NAME:
        return name
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST]
    return f"{name[:LONGEST_NAME - _DIGEST - 1]}-{digest}"


@dataclass(frozen=True)
class Link:
    number: int | str  # a record named by its day: its id
    label: str  # "0004: Title", or "0004 (not in the log)"
    page: str | None  # path in the site; None when no record has that number


@dataclass(frozen=True)
class Relation:
    name: str  # "Supersedes", "Amended by" ...
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Banner:
    kind: str  # one of BANNER_STATUSES
    text: str
    successors: tuple[Link, ...]


@dataclass(frozen=True)
class Entry:
    record: Record
    page: str
    number: str
    title: str
    status: str
    date: str
    cycle: str  # the cycle's canonical name when the calendar knows it, else as written
    cycle_display: str
    revisit: str
    tags: tuple[str, ...]
    log: str | None


def entry(record: Record, calendar: Calendar) -> Entry:
    cycle = calendar.get(record.cycle) if record.cycle else None
    return Entry(record, page_path(record), number_text(record), record.title or "(no title)",
                 record.status or "", record.date.isoformat() if record.date else "",
                 cycle.name if cycle is not None else (record.cycle or ""),
                 cycle.display if cycle is not None else (record.cycle or ""),
                 record.revisit.text if record.revisit else "", record.tags, log_of(record))


class Directory:
    """The entries by number, to resolve links between records (a number two records share: the first)."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.by_number: dict[int | str, Entry] = {}
        for item in entries:  # (a record named by its day, by its id)
            self.by_number.setdefault(item.record.number if item.record.number is not None else item.record.id, item)

    def link(self, number: int | str) -> Link:
        found = self.by_number.get(number)
        if found is None:
            return Link(number, f"{number:04d} (not in the log)" if isinstance(number, int) else
                        f"{number} (not in the log)", None)
        return Link(number, f"{found.number}: {found.title}" if found.number else found.title, found.page)

    def relations(self, record: Record) -> list[Relation]:
        named = {"supersedes": record.supersedes, "superseded-by": record.superseded_by,
                 "relates-to": record.relates_to}
        others: dict[str, list[int]] = {}
        for link in record.links:  # adr-tools' other labelled links: amends, amended by ...
            if link.target is not None and link.label not in named:
                others.setdefault(link.label, []).append(link.target)
        found = [Relation(title, tuple(self.link(number) for number in named[key]))
                 for key, title in RELATIONS if named[key]]
        found += [Relation(label.replace("-", " ").capitalize(), tuple(self.link(n) for n in dict.fromkeys(numbers)))
                  for label, numbers in sorted(others.items())]
        return found

    def banner(self, record: Record) -> Banner | None:
        """What a superseded, rejected or deprecated decision says at its top, with its successors."""
        status = (record.status or "").lower()
        successors = tuple(self.link(number) for number in successors_of(record))
        if status not in BANNER_STATUSES and not successors:
            return None
        kind = status if status in BANNER_STATUSES else "superseded"
        if kind == "superseded":
            text = "This decision has been superseded" + (" by" if successors else
                                                          "; the record names no successor.")
        else:
            text = f"This decision was {kind}" + ("; see" if successors else ".")
        return Banner(kind, text, successors)


@dataclass(frozen=True)
class Revisit:
    date: str
    cycle: str
    outcome: str
    next: str
    note: str


def revisits(record: Record) -> list[Revisit]:
    """The record's `revisits` list (what `adr revisit` appends), whatever shape its items are in."""
    items = record.meta.get("revisits")
    if not isinstance(items, list):
        return []
    found = []
    for item in items:
        if isinstance(item, Mapping):
            found.append(Revisit(*(_text(item.get(key)) for key in ("date", "cycle", "outcome", "next", "note"))))
        elif item is not None:
            found.append(Revisit("", "", "", "", _text(item)))
    return found


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def facet_values(values: Iterable[str], first: Sequence[str] = ()) -> list[str]:
    """The distinct non-empty values: those of ``first`` in its order, then the others alphabetically."""
    present = {value for value in values if value}
    return [value for value in first if value in present] + sorted(present - set(first), key=str.casefold)
