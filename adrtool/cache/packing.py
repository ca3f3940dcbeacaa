"""Records as plain tuples, for the parse cache and for records parsed in a worker process.

Pickling 10,000 Record objects goes through Python code for each (the dataclass, its enum, its revisit
point and links); a tuple of builtins and dates is pickled and unpickled by C alone, and turned back
into a Record at a third of the cost. The tuple's fields are the model's own (``dataclasses.fields``),
so a field added to Record is packed without a change here.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from adrtool.model import Dialect, Link, Record, RevisitPoint, record_from

# Every field of Record but `directory` (one object shared by the log), in the model's order.
FIELDS = tuple(item.name for item in fields(Record) if item.name != "directory")
_FORMAT, _REVISIT, _LINKS = FIELDS.index("format"), FIELDS.index("revisit"), FIELDS.index("links")
_FIELD_VALUES = attrgetter(*FIELDS)
_DIALECTS = {dialect.value: dialect for dialect in Dialect}


def pack(record: Record) -> tuple[Any, ...]:
    values = [*_FIELD_VALUES(record)]
    values[_FORMAT] = values[_FORMAT].value
    revisit, links = values[_REVISIT], values[_LINKS]
    if revisit is not None:
        values[_REVISIT] = (revisit.kind, revisit.text, revisit.on)
    if links:
        values[_LINKS] = tuple((link.label, link.target, link.href, link.line) for link in links)
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
        revisit = packed[_REVISIT]
        if revisit is not None:
            values["revisit"] = RevisitPoint(*revisit)
        if packed[_LINKS]:
            values["links"] = tuple(Link(*link) for link in packed[_LINKS])
    except (KeyError, TypeError) as error:  # an unknown dialect; a revisit point or link of another shape
        raise Misshapen(str(error)) from None
    return record_from(values)
