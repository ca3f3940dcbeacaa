"""`adr cycles` output: the calendar (published and projected cycles), and one cycle's events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.points import SEPARATOR
from adrtool.calendar.projection import horizon
from adrtool.views.output import table, to_json
from adrtool.views.visible import one_line


@dataclass(frozen=True)
class CalendarView:
    """The calendar as `adr cycles` shows it on a day: its cycles, the current one and the next PTG."""

    cycles: tuple[Cycle, ...]
    current: Cycle | None
    coming: Cycle | None

    def rows(self) -> list[dict[str, Any]]:
        return calendar_rows(self.cycles, self.current, self.coming)

    def table(self) -> str:
        return calendar_table(self.cycles, self.current, self.coming)


def calendar_view(calendar: Calendar, day: date, today: date) -> CalendarView:
    """The calendar as of ``day``: projected as far past a later ``day`` as it is past ``today``."""
    if day > today:
        calendar = calendar.projected_through(horizon(day))
    return CalendarView(calendar.cycles, calendar.current(day), calendar.next_ptg(day))


def calendar_rows(cycles: Sequence[Cycle], current: Cycle | None, coming: Cycle | None) -> list[dict[str, Any]]:
    return [{
        "name": cycle.name, "display": cycle.display, "number": cycle.number,
        "release_date": cycle.release_date.isoformat(),
        "ptg_start": _day(cycle.ptg_start), "ptg_end": _day(cycle.ptg_end),
        "current": cycle == current, "next_ptg": cycle == coming, "projected": cycle.projected,
    } for cycle in cycles]


def calendar_table(cycles: Sequence[Cycle], current: Cycle | None, coming: Cycle | None) -> str:
    lines = []
    for cycle in cycles:
        marks = [mark for mark, flag in (("projected", cycle.projected), ("current", cycle == current),
                                         ("next PTG", cycle == coming)) if flag]
        ptg = f"{cycle.ptg_start.isoformat()} to {cycle.ptg_end.isoformat()}" \
            if cycle.ptg_start and cycle.ptg_end else "-"
        lines.append([cycle.display, cycle.number or "-", cycle.release_date.isoformat(), ptg, ", ".join(marks)])
    return table(lines, ["CYCLE", "NUMBER", "RELEASE", "PTG", ""])


def event_rows(cycle: Cycle) -> list[dict[str, Any]]:
    """One row per week of each event, the PTG included, in date order."""
    rows = [{"cycle": cycle.name, "event": event.name, "point": f"{cycle.name}{SEPARATOR}{event.name}",
             "title": event.title, "start": span.start.isoformat(), "end": span.end.isoformat(), "kind": event.kind,
             "projected": cycle.projected}
            for event in cycle.schedule for span in event.spans]
    return sorted(rows, key=lambda row: row["start"])


def events_text(cycle: Cycle) -> str:
    rows = event_rows(cycle)
    number = f" ({cycle.number})" if cycle.number and cycle.number != cycle.name else ""
    projected = ", projected from the cadence: its dates may move" if cycle.projected else ""
    header = one_line(f"{cycle.display}{number}: release {cycle.release_date.isoformat()}{projected}")
    if not rows:
        return f"{header}\nNo events in the calendar for it."
    lines = [[row["point"], row["start"], row["end"], row["title"], "team" if row["kind"] == "team" else ""]
             for row in rows]
    return header + "\n" + table(lines, ["REVISIT POINT", "FROM", "TO", "EVENT", ""])


def as_json(rows: list[dict[str, Any]]) -> str:
    return to_json(rows)


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None
