"""Which decisions are due for a revisit: at a PTG or another event of a cycle, on a day, or within a window.

Due at a point P (a PTG week, a feature-freeze week): active, and the revisit point is on or before P's last
day (a cycle point counts as the first day of its PTG, an event point as the first day of its week). Overdue:
the revisit point is before P's first day. Due on a day D: the point is on or before D; overdue when before D.
Due within N days of today: the point is on or before today + N; overdue when before today. Due at the coming
PTG (no question asked): due at that PTG, overdue when before today.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.points import CalendarPoint, split
from adrtool.calendar.revisit import calendar_point
from adrtool.errors import UsageError
from adrtool.model import Record, days_after, is_period, period_shapes, record_order


@dataclass(frozen=True)
class Deadline:
    """What `adr due` was asked about: a PTG or event week, a single day, or a window from today."""

    last_day: date  # due when the revisit point is on or before this day
    overdue_before: date  # overdue when the revisit point is before this day
    point: CalendarPoint | None = None
    window_days: int | None = None
    note: str = ""  # said after the description, in brackets

    @property
    def cycle(self) -> Cycle | None:
        return self.point.cycle if self.point is not None else None

    @classmethod
    def at_point(cls, point: CalendarPoint) -> Deadline:
        return cls(point.end, point.day, point)

    @classmethod
    def on_day(cls, day: date, note: str = "") -> Deadline:
        return cls(day, day, note=note)

    @classmethod
    def within(cls, today: date, days: int) -> Deadline:
        return cls(days_after(today, days) or date.max, today, window_days=days)

    def describe(self) -> str:
        """`at the Yoga PTG (2021-10-18 to 2021-10-22)`, `at the 2027.2 PTG (projected: ...)`, `on 2021-12-31`,
        `within 30 days (2026-12-05 to 2027-01-04)`."""
        if self.window_days is not None:
            return (f"within {self.window_days} day{'s' if self.window_days != 1 else ''} "
                    f"({self.overdue_before.isoformat()} to {self.last_day.isoformat()})")
        if self.point is None:
            return f"on {self.last_day.isoformat()}" + (f" ({self.note})" if self.note else "")
        cycle, event = self.point.cycle, self.point.event
        projected = "projected: " if cycle.projected else ""
        return (f"at the {cycle.display} {event.title} ({projected}{event.start.isoformat()} to "
                f"{self.last_day.isoformat()})")


@dataclass(frozen=True)
class DueDecision:
    record: Record
    due_on: date
    overdue: bool
    point: CalendarPoint | None = None  # the cycle or event it is due at; None for a date

    @property
    def projected(self) -> bool:
        """Due at a cycle the calendar projects: its dates may still move."""
        return self.point is not None and self.point.projected


@dataclass(frozen=True)
class Unplaceable:
    """An active decision whose revisit point the calendar cannot turn into a date."""

    record: Record
    reason: str


def deadline_for(calendar: Calendar, today: date, *, point: str | None = None, on: date | None = None,
                 within: int | None = None) -> Deadline | None:
    """What `adr due` is asked about: the PTG or event ``point`` names (`yoga`, `xena:ff`), the day ``on``, or the
    ``within`` days from ``today`` (at most one of the three is given); None when none is (``coming_deadline``)."""
    if point is not None:
        from adrtool.calendar.points import locate

        return Deadline.at_point(locate(calendar, point))
    if on is not None:
        return Deadline.on_day(on)
    if within is not None:
        return Deadline.within(today, within)
    return None


def coming_deadline(calendar: Calendar, today: date, records: Iterable[Record], own_calendar: bool = False
                    ) -> Deadline:
    """What `adr due` looks at when asked about no point: the coming PTG for a log that plans by release cycles
    (``plans_by_cycles``) or a project with a calendar of its own; today for any other, where a PTG of the shipped
    OpenStack calendar means nothing to its team."""
    if own_calendar or plans_by_cycles(records, calendar):
        return coming_ptg(calendar, today)
    return Deadline.on_day(today, "today: no decision here names a release cycle")


def plans_by_cycles(records: Iterable[Record], calendar: Calendar) -> bool:
    """Whether a record of the log names a release cycle of ``calendar``: decided in one (`cycle: xena`), or
    revisited at one or at one of its events (`revisit: yoga`, `yoga:ff`); not a revisit point in words the
    calendar places nowhere (`after the budget review`)."""
    return any((record.cycle is not None and calendar.get(record.cycle) is not None)
               or (record.revisit is not None and calendar_point(record.revisit, calendar) is not None)
               for record in records)


def parse_window(text: str) -> int:
    """A lead time in days, from `30d`, `4w` or `30`."""
    match = re.fullmatch(r"\s*(\d{1,4})\s*([dw]?)\s*", text.lower())
    if match is None:
        raise UsageError(f"{text!r} is not a number of days or weeks, like 30d or 4w")
    return int(match.group(1)) * (7 if match.group(2) == "w" else 1)


def coming_ptg(calendar: Calendar, today: date) -> Deadline:
    """The first PTG, published or projected, whose last day is today or later; with no PTG ahead (a project
    calendar without PTG dates, or none ahead), today. Overdue is what has passed by today (by the PTG's first
    day once it has begun): a revisit point months ahead is due at that PTG, not overdue already."""
    cycle = calendar.next_ptg(today)
    ptg = cycle.ptg if cycle is not None else None
    if cycle is None or ptg is None:
        return Deadline.on_day(today, "the calendar has no PTG ahead")
    point = CalendarPoint(cycle, ptg, False)
    return Deadline(point.end, min(point.day, today), point)


def due_decisions(records: Iterable[Record], calendar: Calendar, deadline: Deadline,
                  active_statuses: Iterable[str]) -> tuple[list[DueDecision], list[Unplaceable]]:
    """Due decisions sorted by revisit point then number, and the active ones that cannot be placed."""
    active = set(active_statuses)
    due: list[DueDecision] = []
    unplaceable: list[Unplaceable] = []
    points: dict[str, CalendarPoint | None] = {}  # by the text as written: a log names few points, many times
    for record in records:
        revisit = record.revisit
        if record.status not in active or revisit is None or revisit.kind == "never":
            continue
        point = None
        if revisit.kind == "date":
            day = revisit.on
        else:
            if revisit.text not in points:
                points[revisit.text] = calendar_point(revisit, calendar)
            point = points[revisit.text]
            day = point.day if point is not None else None
        if day is None:
            unplaceable.append(Unplaceable(record, _why_unplaceable(record, calendar)))
            continue
        if day <= deadline.last_day:
            due.append(DueDecision(record, day, day < deadline.overdue_before, point))
    due.sort(key=lambda item: (item.due_on, record_order(item.record)))
    return due, unplaceable


def _why_unplaceable(record: Record, calendar: Calendar) -> str:
    from adrtool.calendar.points import unknown_event

    assert record.revisit is not None
    text = record.revisit.text
    cycle_ref, event_ref = split(text)
    cycle = calendar.get(cycle_ref)
    if cycle is not None and event_ref is not None:
        return f"revisit {text!r}: {unknown_event(cycle, event_ref)}"
    if cycle is not None:
        return f"revisit cycle {text!r} has no PTG dates in the calendar"
    if is_period(text):  # `2024-13`, `Q5 2024`: a month or quarter mistyped, never a cycle's name
        return f"revisit {text!r} is not a valid {period_shapes(text)}"
    suggestions = calendar.suggest(cycle_ref)
    hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
    return f"revisit {text!r} is neither a known cycle nor a date{hint}"
