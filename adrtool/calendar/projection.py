"""Cycles past the last published one, projected from the cadence of the published ones.

OpenStack names a series only months ahead, but its numbers follow a cadence known years ahead: YYYY.1 in
spring, YYYY.2 in autumn. A calendar whose cycles are numbered YEAR.N, with at least one full year of them
(some year's last number followed by the next year's `.1`), has a cadence of N cycles a year. The cycle
after YEAR.N is YEAR.N+1, or YEAR+1.1 after the year's last; it is the newest published cycle with the same
N (its namesake some years earlier) moved on by the whole number of weeks nearest to those years: the same
weekday, within four days of the same date. Its release, its PTG and every event of its schedule move
together. A projected cycle is named by its number until a calendar names it; its number keeps meaning it.

Nothing here reads the clock: ``project_through`` is given the day to reach.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from adrtool.calendar.cycle import Cycle
from adrtool.calendar.events import Event, shifted
from adrtool.model import days_after

HORIZON_YEARS = 3  # `adr cycles` lists projected cycles released up to this many years after today
MAX_BEYOND = 100  # cycles projected on demand past those listed: fifty years of OpenStack
_YEAR_NUMBER = re.compile(r"(\d{4})\.([1-9]\d?)")


def year_number(number: str | None) -> tuple[int, int] | None:
    """``2027.2`` -> (2027, 2); None for anything else (Kubernetes `1.30`, no number)."""
    match = _YEAR_NUMBER.fullmatch(number or "")
    if match is None or int(match.group(1)) < 1900:
        return None
    return int(match.group(1)), int(match.group(2))


def cycles_per_year(cycles: Sequence[Cycle]) -> int | None:
    """The cadence: the last number of a year that the next year's `.1` follows; None when the calendar's
    last cycle is not numbered YEAR.N or no full year of numbered cycles is known."""
    if not cycles or year_number(cycles[-1].number) is None:
        return None
    numbers = [found for cycle in cycles if (found := year_number(cycle.number)) is not None]
    per_year = [last[1] for last, following in pairwise(numbers)
                if following == (last[0] + 1, 1) and last[1] > 1]
    return max(per_year) if per_year else None


def next_number(number: str, per_year: int) -> str | None:
    found = year_number(number)
    if found is None:
        return None
    year, n = found
    return f"{year}.{n + 1}" if n < per_year else f"{year + 1}.1"


def is_later_number(text: str, last: str, per_year: int) -> bool:
    """Whether ``text`` is a YEAR.N number the cadence reaches after ``last``."""
    wanted, known = year_number(text), year_number(last)
    return wanted is not None and known is not None and wanted[1] <= per_year and wanted > known


def project_next(cycles: Sequence[Cycle], per_year: int) -> Cycle | None:
    """The cycle after the last of ``cycles``: None when the last has no number or no published cycle has
    the next one's N, or when the projection would not come after the last (a calendar out of step)."""
    last = cycles[-1]
    number = next_number(last.number or "", per_year)
    if number is None:
        return None
    year, n = year_number(number) or (0, 0)
    namesakes = [cycle for cycle in cycles if not cycle.projected and (found := year_number(cycle.number))
                 and found[1] == n and found[0] < year]
    if not namesakes:
        return None
    template = namesakes[-1]
    shift = _weeks_nearest_years(template.release_date, year - (year_number(template.number) or (0, 0))[0]).days
    release, ptg_start, ptg_end = (days_after(day, shift) if day else None
                                   for day in (template.release_date, template.ptg_start, template.ptg_end))
    if release is None or (template.ptg_start and ptg_start is None) or (template.ptg_end and ptg_end is None):
        return None  # it would end past the last day a date holds
    cycle = Cycle(
        name=number,
        display=number,
        number=number,
        release_date=release,
        ptg_start=ptg_start,
        ptg_end=ptg_end,
        position=last.position + 1,
        projected=True,
        lazy_events=_Moved(template, shift),
    )
    return cycle if cycle.release_date > last.release_date else None


@dataclass(frozen=True)
class _Moved:
    """A projected cycle's events: its namesake's, moved by the same days as its release (worked out when asked)."""

    template: Cycle
    days: int

    def __call__(self) -> tuple[Event, ...]:
        moved = (shifted(event, self.days) for event in self.template.events)
        return tuple(event for event in moved if event is not None)


def project_through(cycles: Sequence[Cycle], day: date) -> tuple[Cycle, ...]:
    """``cycles`` and the projected cycles after them released on or before ``day`` (never fewer than one past
    ``day``'s PTG season: the first projected cycle released after ``day`` is kept too)."""
    listed = [replace(cycle, position=index) for index, cycle in enumerate(cycles)]
    per_year = cycles_per_year(listed)
    if per_year is None:
        return tuple(listed)
    while len(listed) - len(cycles) < MAX_BEYOND:
        cycle = project_next(listed, per_year)
        if cycle is None:
            break
        listed.append(cycle)
        if cycle.release_date > day:
            break
    return tuple(listed)


def horizon(today: date) -> date:
    """The last day whose projected cycles `adr cycles` lists (the last day a date holds, at most)."""
    if today.year + HORIZON_YEARS > date.max.year:
        return date.max
    try:
        return today.replace(year=today.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + HORIZON_YEARS, day=28)


def _weeks_nearest_years(day: date, years: int) -> timedelta:
    """The whole number of weeks nearest to ``years`` years after ``day``."""
    try:
        target = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        target = day.replace(year=day.year + years, day=28)
    return timedelta(weeks=round((target - day).days / 7))
