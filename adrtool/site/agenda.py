"""The due page's content: what `adr due` lists for the coming PTG, grouped by the event each decision is due
at, and the agenda of each PTG after it. All of it from ``adrtool.calendar.due``: the site never decides
by itself whether a decision is due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.due import (
    Deadline,
    DueDecision,
    Unplaceable,
    coming_ptg,
    due_decisions,
)
from adrtool.calendar.revisit import cycle_of
from adrtool.errors import UsageError
from adrtool.model import Record


@dataclass
class Group:
    """Decisions due at one event: a cycle's PTG, or a day."""

    heading: str
    day: date
    items: list[DueDecision] = field(default_factory=list)

    @property
    def overdue(self) -> bool:
        return all(item.overdue for item in self.items)


@dataclass(frozen=True)
class Agenda:
    deadline: Deadline | None  # None: the calendar knows no PTG to come (``problem`` says so)
    due: list[DueDecision]  # exactly what `adr due` lists, in its order
    groups: list[Group]  # ``due`` by the event each is due at, earliest first
    coming: list[Group]  # each later PTG: the active decisions that become due there (and not before)
    unplaceable: list[Unplaceable]
    problem: str | None = None


def agenda(records: Iterable[Record], calendar: Calendar, today: date, active_statuses: Iterable[str]) -> Agenda:
    records = list(records)
    active = tuple(active_statuses)
    problem = None
    try:
        deadline = coming_ptg(calendar, today)
    except UsageError:
        last = next((cycle for cycle in reversed(calendar.cycles) if cycle.has_ptg), None)
        if last is None:
            _, unplaceable = due_decisions(records, calendar, Deadline.on_day(today), active)
            return Agenda(None, [], [], [], unplaceable, "The calendar has no PTG dates.")
        # Not today's date: the page stays the same from day to day
        problem = (f"The calendar knows no PTG after the {ptg_heading(last)}: add the next series to a calendar "
                   "file (config: calendar = \"cycles.toml\", calendar-mode = \"extend\"). Until then, this page "
                   "shows what was due at that last PTG.")
        deadline = Deadline.at_ptg(last)
    due, unplaceable = due_decisions(records, calendar, deadline, active)
    later = [cycle for cycle in calendar if cycle.ptg_start is not None and cycle.ptg_end is not None
             and cycle.ptg_start > deadline.last_day]
    everything, _ = due_decisions(records, calendar, Deadline(date.max, date.min), active)
    due_now = {id(item.record) for item in due}
    coming: dict[str, Group] = {}
    beyond: list[DueDecision] = []
    for item in everything:
        if id(item.record) in due_now:
            continue
        cycle = next((c for c in later if c.ptg_end is not None and item.due_on <= c.ptg_end), None)
        if cycle is None:
            beyond.append(item)
            continue
        group = coming.setdefault(cycle.name, Group(ptg_heading(cycle), cycle.ptg_start or item.due_on))
        group.items.append(item)
    groups = sorted(coming.values(), key=lambda group: group.day)
    if beyond:
        groups.append(Group("After the last PTG the calendar knows", beyond[0].due_on, beyond))
    return Agenda(deadline, due, _by_event(due, calendar), groups, unplaceable, problem)


def _by_event(due: list[DueDecision], calendar: Calendar) -> list[Group]:
    groups: dict[tuple[date, str], Group] = {}
    for item in due:
        point = item.record.revisit
        cycle = cycle_of(point, calendar) if point is not None else None
        heading = ptg_heading(cycle) if cycle is not None else f"On {item.due_on.isoformat()}"
        groups.setdefault((item.due_on, heading), Group(heading, item.due_on)).items.append(item)
    return [groups[key] for key in sorted(groups)]


def ptg_heading(cycle: Cycle) -> str:
    name = f"{cycle.number} {cycle.display}" if cycle.number else cycle.display
    if cycle.ptg_start is None or cycle.ptg_end is None:
        return name
    return f"{name} PTG ({cycle.ptg_start.isoformat()} to {cycle.ptg_end.isoformat()})"
