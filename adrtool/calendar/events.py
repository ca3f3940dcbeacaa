"""The events of a cycle's schedule: its PTG, milestones, freezes, RC1, release, and each team's own deadlines.

An event is named as openstack/releases names it less the series letter (``x-ff`` is Xena's ``ff``). It
happens in one or more spans, each a schedule week as given (Monday to Friday) or whatever days a project
calendar gives; an event is due on the first day of its first span. A few names have well-known other
spellings (``m2`` for milestone ``2``, ``vptg`` for the PTG): ``ALIASES``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from adrtool.model import days_after

PTG = "ptg"
CROSS_PROJECT = "cross-project"
TEAM = "team"
KINDS = (CROSS_PROJECT, TEAM)
EVENT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")

# Names that mean the same event, in the order tried: the first a cycle has wins. A schedule names its PTG
# `ptg`, `vptg` (virtual) or `ptg0` (the first one); milestones are `1`..`3`, said `m1`..`m3` in speech; the
# release is `release` in the schedules before Queens and `final` after.
_SAME_EVENT = (("ptg", "vptg", "ptg0"), ("1", "m1"), ("2", "m2"), ("3", "m3"), ("final", "release"))
ALIASES: dict[str, tuple[str, ...]] = {name: group for group in _SAME_EVENT for name in group}


class Span(NamedTuple):
    """Days an event takes, first and last included."""

    start: date
    end: date


@dataclass(frozen=True)
class Event:
    name: str  # lowercase, without the series letter: `ff`, `2`, `cinder-spec-freeze`
    title: str  # how people say it, to follow the cycle's name: `feature freeze`, `Cinder Spec Freeze`
    spans: tuple[Span, ...]  # in date order, at least one
    kind: str = CROSS_PROJECT  # cross-project, or team (a project's own deadline)

    @property
    def start(self) -> date:
        """The day the event falls due: the first day of its (first) week."""
        return self.spans[0].start

    @property
    def end(self) -> date:
        return self.spans[0].end


def ptg_event(start: date, end: date) -> Event:
    return Event(PTG, "PTG", (Span(start, end),))


def find_event(events: tuple[Event, ...], name: str) -> Event | None:
    """The event called ``name`` (any case), or by another spelling of it (``m2`` for ``2``)."""
    key = name.strip().lower()
    by_name = {event.name: event for event in events}
    for candidate in ALIASES.get(key, (key,)):
        if candidate in by_name:
            return by_name[candidate]
    return by_name.get(key)


def suggest_events(events: tuple[Event, ...], name: str, n: int = 3) -> list[str]:
    import difflib  # only to suggest a name for one not found

    names = [event.name for event in events]
    return difflib.get_close_matches(name.strip().lower(), names, n=n, cutoff=0.6)


def merge_events(base: tuple[Event, ...], extra: tuple[Event, ...]) -> tuple[Event, ...]:
    """``base`` with ``extra`` added: an event of the same name is replaced. In date order (a stable sort)."""
    names = {event.name for event in extra}
    kept = [event for event in base if event.name not in names]
    return tuple(sorted([*kept, *extra], key=lambda event: event.start))


def shifted(event: Event, days: int) -> Event | None:
    """``event`` moved ``days`` later; None when it would leave the days a date holds."""
    if any(days_after(day, days) is None for span in event.spans for day in span):
        return None
    step = timedelta(days=days)
    return Event(event.name, event.title, tuple(Span(s.start + step, s.end + step) for s in event.spans), event.kind)
