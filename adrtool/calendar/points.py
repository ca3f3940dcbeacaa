"""Points on the calendar a revisit can name: a cycle (its PTG) or one of its events, `CYCLE:EVENT`.

``xena`` and ``xena:ptg`` are Xena's PTG; ``xena:ff`` is Xena's feature freeze, ``xena:m2`` (or ``xena:2``)
its second milestone, ``yoga:cinder-spec-freeze`` a team's deadline. A point falls due on the first day of
its event's week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from adrtool.calendar.cycles import Calendar, Cycle
from adrtool.calendar.events import CROSS_PROJECT, PTG, Event, suggest_events
from adrtool.errors import NotFound, UsageError

SEPARATOR = ":"


@dataclass(frozen=True)
class CalendarPoint:
    cycle: Cycle
    event: Event
    named_event: bool  # the text named an event (`xena:ff`), not just the cycle (`xena`)

    @property
    def day(self) -> date:
        """When a decision revisited at this point falls due."""
        return self.event.start

    @property
    def end(self) -> date:
        return self.event.end

    @property
    def projected(self) -> bool:
        return self.cycle.projected

    @property
    def is_ptg(self) -> bool:
        return self.event.name == PTG

    @property
    def canonical(self) -> str:
        """How `adr new` and `adr revisit` write it: `yoga`, `2027.2`, `xena:ff`, `xena:ptg`."""
        return f"{self.cycle.name}{SEPARATOR}{self.event.name}" if self.named_event else self.cycle.name

    @property
    def heading(self) -> str:
        """`Yoga PTG`, `Xena feature freeze`, `2023.1 Antelope PTG`, `2027.2 PTG (projected)`."""
        cycle = self.cycle
        name = f"{cycle.number} {cycle.display}" if cycle.number and cycle.number != cycle.display else cycle.display
        return f"{name} {self.event.title}" + (" (projected)" if cycle.projected else "")

    @property
    def key(self) -> tuple[date, int, str]:
        """Calendar order: by day, then cycle, then event name (two spellings of one point share a key)."""
        return (self.day, self.cycle.position, self.event.name)


def split(text: str) -> tuple[str, str | None]:
    """`xena:ff` -> ("xena", "ff"); `xena` -> ("xena", None)."""
    cycle, colon, event = text.strip().partition(SEPARATOR)
    return (cycle.strip(), event.strip() if colon else None)


def locate(calendar: Calendar, text: str) -> CalendarPoint:
    """The point ``text`` names; NotFound for an unknown cycle or event (with the close ones), UsageError for a
    cycle without PTG dates named alone."""
    cycle_ref, event_ref = split(text)
    cycle = calendar.find(cycle_ref)
    if event_ref is None:
        ptg = cycle.ptg
        if ptg is None:
            calendar.find_with_ptg(cycle_ref)  # raises, naming the nearest cycles with one
            raise AssertionError("unreachable")
        return CalendarPoint(cycle, ptg, False)
    event = cycle.event(event_ref)
    if event is None:
        raise NotFound(unknown_event(cycle, event_ref))
    return CalendarPoint(cycle, event, True)


def place(calendar: Calendar, text: str) -> CalendarPoint | None:
    """``locate``, or None when the text names no point the calendar has."""
    try:
        return locate(calendar, text)
    except (NotFound, UsageError):
        return None


def unknown_event(cycle: Cycle, name: str) -> str:
    """`unknown event 'fff' of xena; did you mean ff?`, or the cycle's cross-project events when none is close."""
    schedule = cycle.schedule
    suggestions = suggest_events(schedule, name)
    if suggestions:
        hint = "did you mean " + (suggestions[0] if len(suggestions) == 1 else
                                  f"{', '.join(suggestions[:-1])} or {suggestions[-1]}") + "?"
    elif schedule:
        common = [event.name for event in schedule if event.kind == CROSS_PROJECT]
        teams = len(schedule) - len(common)
        more = f" and {teams} team deadline{'s' if teams != 1 else ''}" if teams else ""
        hint = f"its events: {', '.join(common)}{more} (adr cycles {cycle.name})"
    else:
        hint = "the calendar has no events for it"
    return f"unknown event {name.strip().lower()!r} of {cycle.label}; {hint}"
