"""Records as plain tuples, for the parse cache and for records parsed in a worker process.

Pickling 10,000 Record objects goes through Python code for each (the dataclass, its enum, its revisit
point and links); a tuple of builtins and dates is pickled and unpickled by C alone, and turned back
into a Record at a third of the cost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adrtool.model import Dialect, Link, Record, RevisitPoint, record_from

# Every field of Record but `directory` (one object shared by the log), in the order `pack` writes them.
FIELDS = ("filename", "number", "slug", "format", "title", "title_line", "heading_number", "status", "date",
          "cycle", "revisit", "decision_makers", "consulted", "informed", "tags", "supersedes", "superseded_by",
          "relates_to", "links", "meta", "meta_lines", "body_line")
_DIALECTS = {dialect.value: dialect for dialect in Dialect}
_REVISITS: dict[tuple[str, str, Any], RevisitPoint] = {}


def pack(record: Record) -> tuple[Any, ...]:
    values = record.__dict__
    revisit, links = values["revisit"], values["links"]
    return (values["filename"], values["number"], values["slug"], values["format"].value, values["title"],
            values["title_line"], values["heading_number"], values["status"], values["date"], values["cycle"],
            None if revisit is None else (revisit.kind, revisit.text, revisit.on),
            values["decision_makers"], values["consulted"], values["informed"], values["tags"],
            values["supersedes"], values["superseded_by"], values["relates_to"],
            tuple((link.label, link.target, link.href, link.line) for link in links) if links else (),
            values["meta"], values["meta_lines"], values["body_line"])


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
        values["format"] = _DIALECTS[packed[3]]
        revisit = packed[10]
        if revisit is not None:  # immutable, and few distinct ones: shared
            point = _REVISITS.get(revisit)
            if point is None:
                if len(_REVISITS) >= 20_000:
                    _REVISITS.clear()
                point = _REVISITS[revisit] = RevisitPoint(*revisit)
            values["revisit"] = point
        if packed[18]:
            values["links"] = tuple(Link(*link) for link in packed[18])
    except (KeyError, TypeError) as error:  # an unknown dialect; a revisit point or link of another shape
        raise Misshapen(str(error)) from None
    return record_from(values)
