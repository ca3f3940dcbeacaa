"""Which decisions are due for a revisit, at a cycle's PTG or on a day.

Due at cycle C: active, and the revisit point is on or before the last day of C's PTG (a cycle point
counts as the first day of that cycle's PTG). Overdue: the point is before the first day of C's PTG.
Due on a day D: active, and the point is on or before D; overdue when it is before D.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.revisit import due_on
from adrtool.errors import UsageError
from adrtool.model import Record


@dataclass(frozen=True)
class Deadline:
    """What `adr due` was asked about: a PTG week, or a single day."""

    last_day: date  # due when the revisit point is on or before this day
    overdue_before: date  # overdue when the revisit point is before this day
    cycle: Cycle | None = None

    @classmethod
    def at_ptg(cls, cycle: Cycle) -> Deadline:
        assert cycle.ptg_start is not None and cycle.ptg_end is not None
        return cls(cycle.ptg_end, cycle.ptg_start, cycle)

    @classmethod
    def on_day(cls, day: date) -> Deadline:
        return cls(day, day)

    def describe(self) -> str:
        if self.cycle is None:
            return f"on {self.last_day.isoformat()}"
        assert self.cycle.ptg_start is not None
        return (f"at the {self.cycle.display} PTG ({self.cycle.ptg_start.isoformat()} to "
                f"{self.last_day.isoformat()})")


@dataclass(frozen=True)
class DueDecision:
    record: Record
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class Unplaceable:
    """An active decision whose revisit point the calendar cannot turn into a date."""

    record: Record
    reason: str


def coming_ptg(calendar: Calendar, today: date) -> Deadline:
    """The first PTG in the calendar whose last day is today or later."""
    cycle = calendar.next_ptg(today)
    if cycle is None:
        with_ptg = [c for c in calendar if c.has_ptg]
        last = f"; its last is {with_ptg[-1].display} ({with_ptg[-1].ptg_start} to {with_ptg[-1].ptg_end})" \
            if with_ptg else ""
        raise UsageError(f"the calendar knows no PTG on or after {today.isoformat()}{last}. Add the next series "
                         "to a calendar file (config: calendar = \"cycles.toml\", calendar-mode = \"extend\"), "
                         "or pass --cycle or --as-of")
    return Deadline.at_ptg(cycle)


def due_decisions(records: Iterable[Record], calendar: Calendar, deadline: Deadline,
                  active_statuses: Iterable[str]) -> tuple[list[DueDecision], list[Unplaceable]]:
    """Due decisions sorted by revisit point then number, and the active ones that cannot be placed."""
    active = set(active_statuses)
    due: list[DueDecision] = []
    unplaceable: list[Unplaceable] = []
    for record in records:
        if record.status not in active or record.revisit is None or record.revisit.kind == "never":
            continue
        day = due_on(record.revisit, calendar)
        if day is None:
            unplaceable.append(Unplaceable(record, _why_unplaceable(record, calendar)))
            continue
        if day <= deadline.last_day:
            due.append(DueDecision(record, day, day < deadline.overdue_before))
    due.sort(key=lambda item: (item.due_on, item.record.number, item.record.path.name))
    return due, unplaceable


def _why_unplaceable(record: Record, calendar: Calendar) -> str:
    assert record.revisit is not None
    text = record.revisit.text
    if calendar.get(text) is not None:
        return f"revisit cycle {text!r} has no PTG dates in the calendar"
    suggestions = calendar.suggest(text)
    hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
    return f"revisit {text!r} is neither a known cycle nor a date{hint}"
