"""When a revisit point falls: a cycle point is the first day of that cycle's PTG, an event point
(`xena:ff`) the first day of that event's week, a date that date."""

from __future__ import annotations

from datetime import date

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.points import CalendarPoint, place, split
from adrtool.model import RevisitPoint


def cycle_of(point: RevisitPoint, calendar: Calendar) -> Cycle | None:
    return calendar.get(split(point.text)[0]) if point.kind == "cycle" else None


def calendar_point(point: RevisitPoint, calendar: Calendar) -> CalendarPoint | None:
    """The cycle or event a revisit point names; None for a date, `never`, or what the calendar lacks."""
    return place(calendar, point.text) if point.kind == "cycle" else None


def due_on(point: RevisitPoint, calendar: Calendar) -> date | None:
    """The day ``point`` falls due; None for `never`, an unknown cycle or event, or a cycle without PTG dates."""
    if point.kind == "date":
        return point.on
    found = calendar_point(point, calendar)
    return found.day if found is not None else None
