"""When a revisit point falls: a cycle point is the first day of that cycle's PTG."""

from __future__ import annotations

from datetime import date

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.model import RevisitPoint


def cycle_of(point: RevisitPoint, calendar: Calendar) -> Cycle | None:
    return calendar.get(point.text) if point.kind == "cycle" else None


def due_on(point: RevisitPoint, calendar: Calendar) -> date | None:
    """The day ``point`` falls due; None for `never`, an unknown cycle, or a cycle without PTG dates."""
    if point.kind == "date":
        return point.on
    cycle = cycle_of(point, calendar)
    return cycle.revisit_date if cycle is not None else None
