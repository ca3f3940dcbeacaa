"""The due page's content: what `adr due` lists for the coming PTG, grouped by the event each decision is due
at, and the agenda of each PTG after it. All of it from ``adrtool.calendar.due``: the site never decides
by itself whether a decision is due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from adrtool.calendar.cycles import Calendar
from adrtool.calendar.due import Deadline, DueDecision, Unplaceable, coming_deadline, due_decisions, plans_by_cycles
from adrtool.calendar.points import CalendarPoint
from adrtool.model import Record


@dataclass
class Group:
    """Decisions due at one event: a cycle's PTG (or another event of its schedule), or a day."""

    heading: str
    day: date
    items: list[DueDecision] = field(default_factory=list)

    @property
    def overdue(self) -> bool:
        return all(item.overdue for item in self.items)


@dataclass(frozen=True)
class Agenda:
    deadline: Deadline
    due: list[DueDecision]  # exactly what `adr due` lists, in its order
    groups: list[Group]  # ``due`` by the event each is due at, earliest first
    coming: list[Group]  # each later PTG: the active decisions that become due there (and not before)
    unplaceable: list[Unplaceable]
    problem: str | None = None  # the calendar has no PTG ahead: the page shows what is due today
    by_cycles: bool = True  # the log plans by release cycles (else ``coming`` is what falls due after today)


def agenda(records: Iterable[Record], calendar: Calendar, today: date, active_statuses: Iterable[str],
           own_calendar: bool = False) -> Agenda:
    records = list(records)
    active = tuple(active_statuses)
    by_cycles = own_calendar or plans_by_cycles(records, calendar)  # else: due today, the rest after today
    deadline = coming_deadline(calendar, today, records, own_calendar)
    problem = None if deadline.point is not None or not by_cycles else (
        "The calendar has no PTG ahead: this page shows what is due today. Add the next series to a calendar "
        "file (config: calendar = \"cycles.toml\", calendar-mode = \"extend\").")
    due, unplaceable = due_decisions(records, calendar, deadline, active)
    later = [point for point in (_ptg(cycle) for cycle in calendar)
             if by_cycles and point is not None and point.day > deadline.last_day]
    everything, _ = due_decisions(records, calendar, Deadline(date.max, date.min), active)
    due_now = {id(item.record) for item in due}
    coming: dict[str, Group] = {}
    beyond: list[DueDecision] = []
    for item in everything:
        if id(item.record) in due_now:
            continue
        point = next((p for p in later if item.due_on <= p.end), None)
        if point is None:
            beyond.append(item)
            continue
        coming.setdefault(point.cycle.name, Group(heading(point), point.day)).items.append(item)
    groups = sorted(coming.values(), key=lambda group: group.day)
    if beyond:
        groups.append(Group("After the last PTG the calendar knows" if by_cycles else "After today",
                            beyond[0].due_on, beyond))
    return Agenda(deadline, due, _by_event(due), groups, unplaceable, problem, by_cycles)


def _ptg(cycle: object) -> CalendarPoint | None:
    from adrtool.calendar.cycle import Cycle

    assert isinstance(cycle, Cycle)
    ptg = cycle.ptg
    return CalendarPoint(cycle, ptg, False) if ptg is not None else None


def _by_event(due: list[DueDecision]) -> list[Group]:
    groups: dict[tuple[date, str], Group] = {}
    for item in due:
        title = heading(item.point) if item.point is not None else f"On {item.due_on.isoformat()}"
        groups.setdefault((item.due_on, title), Group(title, item.due_on)).items.append(item)
    return [groups[key] for key in sorted(groups)]


def heading(point: CalendarPoint) -> str:
    """`Yoga PTG (2021-10-18 to 2021-10-22)`, `2027.2 PTG (projected) (...)`."""
    return f"{point.heading} ({point.event.start.isoformat()} to {point.end.isoformat()})"
