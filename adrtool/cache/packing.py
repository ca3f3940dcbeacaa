"""Records as plain tuples, for the parse cache and for records parsed in a worker process.

Pickling 10,000 Record objects goes through Python code for each (the dataclass, its enum, its revisit
point and links); a tuple of builtins is pickled and unpickled by C alone, and turned back into a Record
at a third of the cost. Dates are kept as their ordinals: pickle writes a date object through its
``__reduce__``, which took a third of the time of pickling a log. The tuple's fields are the model's own
(``dataclasses.fields``), so a field added to Record is packed without a change here.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from adrtool.model import Dialect, Link, Record, RevisitPoint, Unread, record_from

# Every field of Record but `directory` (one object shared by the log), in the model's order.
FIELDS = tuple(item.name for item in fields(Record) if item.name != "directory")
_FORMAT, _DATE, _REVISIT, _LINKS, _UNREAD = (FIELDS.index(name)
                                             for name in ("format", "date", "revisit", "links", "unread"))
_FIELD_VALUES = attrgetter(*FIELDS)
_DIALECTS = {dialect.value: dialect for dialect in Dialect}


def pack(record: Record) -> tuple[Any, ...]:
    values = [*_FIELD_VALUES(record)]
    values[_FORMAT] = values[_FORMAT].value
    day, revisit, links = values[_DATE], values[_REVISIT], values[_LINKS]
    if day is not None:
        values[_DATE] = day.toordinal()
    if revisit is not None:
        values[_REVISIT] = (revisit.kind, revisit.text, None if revisit.on is None else revisit.on.toordinal())
    if links:
        values[_LINKS] = tuple((link.label, link.target, link.href, link.line) for link in links)
    if values[_UNREAD]:
        values[_UNREAD] = tuple((unread.key, unread.line, unread.message) for unread in values[_UNREAD])
    return tuple(values)


class Misshapen(ValueError):
    """A cached value that ``pack`` cannot have made (a cache file edited by hand): read the file instead."""


def unpack(packed: tuple[Any, ...], directory: Path) -> Record:
    """The Record ``pack`` made ``packed`` from; ``Misshapen`` when it is not of the shape ``pack`` makes.

    Only the shape is checked (the values are adrtool's own, written atomically, read by an unpickler
    that builds plain data): a record missing a field would fail far from here."""
    if type(packed) is not tuple or len(packed) != len(FIELDS):
        raise Misshapen("not a packed record")
    values = dict(zip(FIELDS, packed))
    values["directory"] = directory
    try:
        values["format"] = _DIALECTS[packed[_FORMAT]]
        if packed[_DATE] is not None:
            values["date"] = _day(packed[_DATE])
        revisit = packed[_REVISIT]
        if revisit is not None:
            kind, text, on = revisit
            values["revisit"] = RevisitPoint(kind, text, None if on is None else _day(on))
        if packed[_LINKS]:
            values["links"] = tuple(Link(*link) for link in packed[_LINKS])
        if packed[_UNREAD]:
            values["unread"] = tuple(Unread(*unread) for unread in packed[_UNREAD])
    except (KeyError, TypeError, ValueError, OverflowError) as error:  # an unknown dialect; a revisit point,
        raise Misshapen(str(error)) from None  # link, unread line or day of another shape
    return record_from(values)


def _day(ordinal: object) -> date:
    if type(ordinal) is not int:
        raise TypeError("a day is kept as its ordinal")
    return date.fromordinal(ordinal)
