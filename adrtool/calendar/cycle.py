"""One release cycle: its name, number, release day, PTG week and schedule events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from adrtool.calendar.events import Event, find_event, merge_events, ptg_event


@dataclass(frozen=True)
class Cycle:
    name: str
    display: str
    number: str | None
    release_date: date
    ptg_start: date | None
    ptg_end: date | None
    position: int
    given_events: tuple[Event, ...] = ()  # events a calendar file gives, in date order (the PTG is not one)
    projected: bool = False  # worked out from the cadence (adrtool.calendar.projection), not published
    # Events read only when asked for: the shipped calendar's (a thousand lines of TOML, 15 ms to read, that
    # most commands never need) or a projection's, moved from its namesake's. A file's events are added to them.
    lazy_events: Callable[[], tuple[Event, ...]] | None = field(default=None, compare=False, repr=False)

    @property
    def events(self) -> tuple[Event, ...]:
        """The schedule's events but the PTG, in date order."""
        if self.lazy_events is None:
            return self.given_events
        return merge_events(self.lazy_events(), self.given_events)

    @property
    def has_ptg(self) -> bool:
        return self.ptg_start is not None

    @property
    def label(self) -> str:
        """The id used in messages and JSON: ``2023.1-antelope``, ``yoga`` before numbers existed, and just
        ``2027.2`` for a projected cycle (its name is its number until it has one)."""
        return f"{self.number}-{self.name}" if self.number and self.number != self.name else self.name

    @property
    def revisit_date(self) -> date | None:
        """A decision due "at cycle X" is revisited when X is planned: on the first day of its PTG."""
        return self.ptg_start

    @property
    def ptg(self) -> Event | None:
        if self.ptg_start is None or self.ptg_end is None:
            return None
        return ptg_event(self.ptg_start, self.ptg_end)

    @property
    def schedule(self) -> tuple[Event, ...]:
        """Every event, the PTG included, in date order."""
        ptg = self.ptg
        if ptg is None:
            return self.events
        return tuple(sorted((ptg, *self.events), key=lambda event: event.start))

    def event(self, name: str) -> Event | None:
        """The event called ``name`` or another spelling of it (``m2``, ``vptg``); None when it has none."""
        return find_event(self.schedule, name)
