"""Calendar feeds a team subscribes to: the log's revisit points, and the cycle calendar's events.

A decision's event keeps its UID while the decision (its number in this log) and its revisit point do (`yoga`
and `yoga:ptg` are one point, as are `2027.2` and the name it is given): a calendar application updates the
event in place when the title or status changes, and drops it for a new one when the point moves. A cycle
event's UID is the cycle's number (or its name before numbers existed) and the event, so a projected 2027.2
PTG is the same event once the series is named.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.due import DueDecision, Unplaceable
from adrtool.calendar.events import CROSS_PROJECT
from adrtool.calendar.points import SEPARATOR, CalendarPoint
from adrtool.errors import WriteRefused
from adrtool.fsio import replace_file
from adrtool.fsio.reading import read_head
from adrtool.model import Record
from adrtool.project.workspace import Workspace, vcs_part
from adrtool.views.ics import AllDayEvent, calendar
from adrtool.views.output import shown_path

PRODID = "-//adrtool//adr feed//EN"  # no version: an upgrade alone does not change the feed's bytes
_OURS = f"\r\nPRODID:{PRODID}\r\n".encode()  # in the first lines of every feed `adr feed` wrote


def revisit_feed(records: Iterable[Record], calendar: Calendar, workspace: Workspace, name: str, today: date,
                 active_statuses: Iterable[str]) -> tuple[str, list[Unplaceable]]:
    """The feed of every active decision's revisit point (the CLI's `adr feed`, the site's `revisits.ics`),
    and the decisions whose point could not be placed on the calendar."""
    from adrtool.calendar.due import Deadline, due_decisions

    placed, unplaceable = due_decisions(list(records), calendar, Deadline(date.max, today), tuple(active_statuses))
    return decisions_feed(placed, workspace, name, today), unplaceable


def decisions_feed(items: Iterable[DueDecision], workspace: Workspace, name: str, stamp: date) -> str:
    """One all-day event per active decision with a revisit point, on the day it falls due."""
    domain = _domain(name)
    events = []
    for item in items:
        record = item.record
        assert record.revisit is not None
        point = _point_text(item)
        ident = record.number if record.number is not None else record.id  # a date-named record: its id
        digest = hashlib.sha256(f"{ident}\0{_point_identity(item)}".encode()).hexdigest()[:16]
        where = f"{point} ({item.point.heading.removesuffix(' (projected)')})" if item.point is not None else point
        projected = "\nProjected: the calendar projects this cycle's dates from the cadence; they may move." \
            if item.projected else ""
        events.append(AllDayEvent(
            uid=f"adr-{record.shown_number}-{digest}@{domain}",
            first_day=item.due_on,
            last_day=item.due_on,
            summary=f"Revisit {record.ref}: {record.title or '(no title)'}",
            description=(f"Status: {record.status}\nRevisit: {where}\nDue on: {item.due_on.isoformat()}\n"
                         f"Path: {shown_path(record, workspace)}{projected}"),
            tentative=item.projected,
            categories=("decision", record.status or "active"),
        ))
    return calendar(f"{name}: decisions to revisit", PRODID, stamp, events)


def cycles_feed(cycles: Iterable[Cycle], name: str, stamp: date, *, team_events: bool) -> str:
    """Every event of every cycle's schedule (the PTG, milestones, freezes, releases; with ``team_events`` each
    team's deadlines too), each week an all-day event from its first to its last day."""
    return calendar(f"{name}: release calendar", PRODID, stamp, _cycle_events(cycles, _domain(name), team_events))


def _cycle_events(cycles: Iterable[Cycle], domain: str, team_events: bool) -> Iterator[AllDayEvent]:
    for cycle in cycles:
        key = cycle.number or cycle.name
        for event in cycle.schedule:
            if event.kind != CROSS_PROJECT and not team_events:
                continue
            point = CalendarPoint(cycle, event, True)
            projected = "\nProjected from the cadence: the dates may move." if cycle.projected else ""
            for index, span in enumerate(event.spans, start=1):
                suffix = f"-{index}" if index > 1 else ""
                yield AllDayEvent(
                    uid=f"{key}-{event.name}{suffix}@{domain}",
                    first_day=span.start,
                    last_day=span.end,
                    summary=point.heading,
                    description=f"Revisit point: {cycle.name}{SEPARATOR}{event.name}{projected}",
                    tentative=cycle.projected,
                    categories=(event.kind,),
                )


def _point_text(item: DueDecision) -> str:
    if item.point is not None:
        return item.point.canonical
    assert item.record.revisit is not None
    return item.due_on.isoformat()


def _point_identity(item: DueDecision) -> str:
    """What the revisit point means, whatever its spelling: `yoga` and `yoga:ptg` are one point, and so are
    `2027.2` while projected and `juniper` once named (a cycle is known by its number when it has one)."""
    if item.point is None:
        return item.due_on.isoformat()
    return f"{item.point.cycle.number or item.point.cycle.name}{SEPARATOR}{item.point.event.name}"


def _domain(name: str) -> str:
    """The right-hand side of the UIDs: the feed's name as a host-like word (`neutron.adrtool`)."""
    word = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "log"
    return f"{word}.adrtool"


def write_feed(workspace: Workspace, output: Path, text: str) -> Path:
    """Write the feed to ``output`` (atomically) and return where it went: a file of the project (stdout goes
    anywhere), beside the log rather than in it, never in version control's directory, and never over a file
    `adr feed` did not write (a record, the config, a README)."""
    target = output.absolute()
    resolved, root = target.resolve(), workspace.root.resolve()
    if not resolved.is_relative_to(root):
        raise WriteRefused(f"{output} is outside the project; write the feed inside it, or to stdout (> FILE)")
    vcs = vcs_part(resolved, root)
    if vcs is not None:
        raise WriteRefused(f"{output} is in {vcs}, version control's own directory; write the feed elsewhere in "
                           "the project")
    log = _log_holding(workspace, resolved)
    if log is not None:
        raise WriteRefused(f"{output} is in the decision directory {workspace.relative(log)}, which holds records "
                           "only; write the feed beside it")
    if os.path.lexists(target) and _OURS not in read_head(str(target), 256):
        raise WriteRefused(f"{output} was not written by `adr feed`; not overwriting it (remove it first, or name "
                           "another file)")
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_file(target, text.encode("utf-8"), None)
    return target


def _log_holding(workspace: Workspace, path: Path) -> Path | None:
    """The decision directory ``path`` (resolved) lies in; of a log kept at the project's root, only the root
    folder itself counts, not the rest of the project below it."""
    root = workspace.root.resolve()
    for log in workspace.logs:
        directory = log.directory.resolve()
        if path.parent == directory or (directory != root and directory in path.parents):
            return log.directory
    return None
