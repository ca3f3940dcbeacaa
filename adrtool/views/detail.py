"""One record in full: what `adr show --format json` prints, and what else a reader needs to act on it: the
history of its revisits, its links both ways, and when its revisit point falls due."""

from __future__ import annotations

from datetime import date
from typing import Any

from adrtool.calendar.cycles import Calendar
from adrtool.calendar.revisit import calendar_point
from adrtool.fsio import TextFile
from adrtool.git.history import RecordDates, add_git_dates
from adrtool.model import Record
from adrtool.project.workspace import Workspace
from adrtool.records.dialects import parse
from adrtool.records.log import DecisionLog
from adrtool.views.output import record_data, shown_path

# The typed link fields of a record, under the names its metadata gives them.
LINK_FIELDS = (("supersedes", "supersedes"), ("superseded-by", "superseded_by"), ("relates-to", "relates_to"))


def record_json(file: TextFile, workspace: Workspace, dates: RecordDates | None = None,
                record: Record | None = None) -> tuple[Record, dict[str, Any]]:
    """The record ``file`` holds (``record``, as its log read it, which only the whole log tells: its label;
    else parsed from the file) and its JSON object as `adr show --format json` prints it: the record's data,
    git's dates when given, its revisits and its body."""
    if record is None:
        record = parse(file)
    data = record_data(record, workspace)
    if dates is not None:
        add_git_dates([data], [record], {record.path: dates})
    data["revisits"] = revisit_history(record)
    data["body"] = body(record, file.text)
    return record, data


def body(record: Record, text: str) -> str:
    """The record's text after its front matter (from its title on)."""
    return "\n".join(text.split("\n")[record.body_line - 1:])


REVISIT_KEYS = ("date", "cycle", "outcome", "next", "note")


def revisit_history(record: Record) -> list[dict[str, Any]]:
    """The record's `revisits` entries (what `adr revisit` appends), oldest first, each with every key `adr
    revisit` writes (null when absent) and any other key it holds, dates as ISO text."""
    entries = record.meta.get("revisits")
    history = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        values = {str(key): value for key, value in entry.items()}
        item = {key: values.pop(key, None) for key in REVISIT_KEYS} | values
        history.append({key: value.isoformat() if isinstance(value, date) else value for key, value in item.items()})
    return history


def links(record: Record, log: DecisionLog, workspace: Workspace) -> dict[str, list[dict[str, Any]]]:
    """The record's links both ways: ``outgoing`` as it names them, ``incoming`` as other records name it (a
    link written on one side only shows on that side), each with the other record's number, title, status
    and path when the log has it. Links name records by number: a date-named record links out, and nothing
    links in to it."""
    by_number = {other.number: other for other in log.records if other.number is not None}
    outgoing = [_link(relation, number, by_number, workspace) for relation, number in _named(record)]
    incoming = [_link(relation, other.number, by_number, workspace)
                for other in log.records if other.path != record.path and other.number is not None
                for relation, number in _named(other) if number == record.number]
    return {"outgoing": outgoing, "incoming": incoming}


def revisit_due(record: Record, calendar: Calendar) -> dict[str, Any] | None:
    """When the record's revisit point falls due, and at what: `{"point": "yoga", "due_on": "2021-10-18",
    "at": "Yoga PTG", "projected": false}`; None without a revisit point. `due_on` is None for `never` and for a
    point the calendar cannot place."""
    revisit = record.revisit
    if revisit is None:
        return None
    point = calendar_point(revisit, calendar)
    day = revisit.on if revisit.kind == "date" else point.day if point is not None else None
    return {"point": revisit.text, "due_on": day.isoformat() if day is not None else None,
            "at": point.heading.removesuffix(" (projected)") if point is not None else None,
            "projected": point.projected if point is not None else False}


def _named(record: Record) -> list[tuple[str, int]]:
    """(relation, number) of each record this one names, typed links first, then other labelled links."""
    found = [(relation, number) for relation, name in LINK_FIELDS for number in getattr(record, name)]
    seen = set(found)
    for link in record.links:
        if link.target is not None and (link.label, link.target) not in seen:
            seen.add((link.label, link.target))
            found.append((link.label, link.target))
    return found


def _link(relation: str, number: int, by_number: dict[int, Record], workspace: Workspace) -> dict[str, Any]:
    other = by_number.get(number)
    if other is None:
        return {"relation": relation, "number": number, "title": None, "status": None, "path": None}
    return {"relation": relation, "number": number, "title": other.title, "status": other.status,
            "path": shown_path(other, workspace)}
