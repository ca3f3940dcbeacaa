"""Release cycles as ordered data: lookups by name or number, the current cycle, the next PTG.

A calendar is a sequence of cycles in release order. Order is always ``Cycle.position``, never the name:
after Zed comes Antelope. The built-in calendar is OpenStack's; a project may extend or replace it with a
TOML file of ``[[series]]`` tables (see ``load_calendar``).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adrtool.calendar.cycle import Cycle as Cycle  # the calendar's public names include the cycle
from adrtool.calendar.events import (
    ALIASES,
    CROSS_PROJECT,
    EVENT_NAME,
    KINDS,
    PTG,
    Event,
    Span,
    merge_events,
)
from adrtool.errors import NotFound, ReadError, UsageError

if TYPE_CHECKING:
    from adrtool.project.config import Config

MODES = ("extend", "replace")
SHIPPED = "openstack-cycles.toml"  # the shipped series' facts
SHIPPED_EVENTS = "openstack-events.toml"  # their schedules' events, read when first asked for
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Calendar:
    """Cycles in release order. With ``projects``, the cycles past the last are projected when asked for:
    a lookup by number (``2031.2``) or the next PTG after the last listed finds them, whatever is listed."""

    cycles: tuple[Cycle, ...]
    projects: bool = False
    _by_key: dict[str, Cycle] = field(init=False, repr=False, compare=False)
    _beyond: list[Cycle] = field(init=False, repr=False, compare=False)
    _per_year: int | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {})
        object.__setattr__(self, "_beyond", [])
        for index, cycle in enumerate(self.cycles):
            if cycle.position != index:
                raise ValueError(f"cycle {cycle.name} has position {cycle.position}, expected {index}")
            self._index(cycle)
        from adrtool.calendar.projection import cycles_per_year

        object.__setattr__(self, "_per_year", cycles_per_year(self.cycles) if self.projects else None)

    def _index(self, cycle: Cycle) -> None:
        for key in {cycle.name, cycle.number}:
            if key is not None:
                if key in self._by_key:
                    raise ValueError(f"{key!r} names both {self._by_key[key].name} and {cycle.name}")
                self._by_key[key] = cycle

    def __iter__(self) -> Iterator[Cycle]:
        return iter(self.cycles)

    def __len__(self) -> int:
        return len(self.cycles)

    @property
    def confirmed(self) -> tuple[Cycle, ...]:
        return tuple(cycle for cycle in self.cycles if not cycle.projected)

    def projected_through(self, day: date) -> Calendar:
        """This calendar with the projected cycles released by ``day`` listed, and any later one on demand.
        Unchanged when its cadence is unknown (see ``adrtool.calendar.projection``)."""
        from adrtool.calendar.projection import project_through

        return Calendar(project_through(self.confirmed, day), projects=True)

    def get(self, ref: str) -> Cycle | None:
        """Look a cycle up by name (any case), number, or both joined by a hyphen in either order.

        ``yoga``, ``Yoga``, ``2023.1``, ``2023.1-antelope`` and ``antelope-2023.1`` all work; in the joined
        forms the name and the number must belong to the same cycle. A projected cycle is found by its number
        however far ahead it is.
        """
        key = ref.strip().lower()
        if key in self._by_key:
            return self._by_key[key]
        for match in re.finditer("-", key):
            left, right = key[: match.start()], key[match.end() :]
            cycle = self._by_key.get(left)
            if cycle is not None and cycle.number is not None and {left, right} == {cycle.name, cycle.number}:
                return cycle
        if self._per_year is not None:
            from adrtool.calendar.projection import is_later_number

            last = self._last()
            while last is not None and last.number is not None and is_later_number(key, last.number, self._per_year):
                last = self._project_one()
            return self._by_key.get(key)
        return None

    def _last(self) -> Cycle | None:
        if self._beyond:
            return self._beyond[-1]
        return self.cycles[-1] if self.cycles else None

    def _project_one(self) -> Cycle | None:
        """The next projected cycle past every one known so far (None past the limit, or with no cadence)."""
        from adrtool.calendar.projection import MAX_BEYOND, project_next

        if self._per_year is None or len(self._beyond) >= MAX_BEYOND:
            return None
        cycle = project_next((*self.cycles, *self._beyond), self._per_year)
        if cycle is None:
            return None
        self._beyond.append(cycle)
        self._index(cycle)
        return cycle

    def _walk(self) -> Iterator[Cycle]:
        """Every cycle in order: the listed ones, then (with ``projects``) as many projected ones as asked for."""
        yield from self.cycles
        yield from list(self._beyond)
        while (cycle := self._project_one()) is not None:
            yield cycle

    def find(self, ref: str) -> Cycle:
        cycle = self.get(ref)
        if cycle is not None:
            return cycle
        suggestions = self.suggest(ref)
        if suggestions:
            hint = f"did you mean {_either(suggestions)}?"
        elif self.cycles:
            hint = f"known cycles: {self.cycles[0].label}..{self.cycles[-1].label}"
        else:
            hint = "the calendar is empty"
        raise NotFound(f"unknown cycle {ref.strip()!r}; {hint}")

    def suggest(self, ref: str, n: int = 3) -> list[str]:
        """Close names or numbers (or full labels) for a mistyped ``ref``, best first, one per cycle."""
        candidates = list(self._by_key) + [c.label for c in self.cycles if c.number and c.number != c.name]
        seen: set[str] = set()
        suggestions: list[str] = []
        import difflib  # only to suggest a name for one not found

        for match in difflib.get_close_matches(ref.strip().lower(), candidates, n=len(candidates)):
            cycle = self.get(match)
            if cycle is not None and cycle.name not in seen:
                seen.add(cycle.name)
                suggestions.append(match)
        return suggestions[:n]

    def find_with_ptg(self, ref: str) -> Cycle:
        cycle = self.find(ref)
        if cycle.has_ptg:
            return cycle
        before = next((c for c in reversed(self.cycles[: cycle.position]) if c.has_ptg), None)
        after = next((c for c in self.cycles[cycle.position + 1 :] if c.has_ptg), None)
        nearest = [c.label for c in (before, after) if c is not None]
        hint = f"nearest with a PTG: {_either(nearest)}" if nearest else "no cycle in the calendar has one"
        raise UsageError(f"cycle {cycle.label} has no PTG dates in the calendar; {hint}")

    def current(self, today: date) -> Cycle | None:
        """The cycle in development on ``today``: its release day still belongs to it."""
        return next((c for c in self._walk() if c.release_date >= today), None)

    def next_ptg(self, today: date) -> Cycle | None:
        """The first cycle whose PTG has not ended by ``today`` (a PTG in progress counts)."""
        return next((c for c in self._walk() if c.ptg_end is not None and c.ptg_end >= today), None)


def _either(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


@functools.cache
def builtin_calendar() -> Calendar:
    return load_shipped(None)


def load_shipped(directory: Path | None) -> Calendar:
    """The calendar as the generator writes it (adrtool.calendar.generate): the package's own files, or those in
    ``directory``. The series are read now, their events when a command first asks for them."""
    files = _ShippedFiles(directory)
    origin, data = files.read(SHIPPED)
    cycles = _merge((), _parse(data, origin), origin)
    return _assemble([replace(cycle, lazy_events=_ShippedEvents(files, cycle.name)) for cycle in cycles], origin)


class _ShippedFiles:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._events: dict[str, tuple[Event, ...]] | None = None

    def read(self, name: str) -> tuple[Path, bytes]:
        from adrtool.project.package import PACKAGE_DIR

        origin = Path(self.directory or Path(PACKAGE_DIR, "data"), name)
        try:
            return origin, origin.read_bytes()
        except OSError as error:
            if self.directory is not None:
                raise ReadError(f"cannot read calendar: {error.strerror or error}", path=origin) from None
            # A package imported from a zip file: importlib.resources reads it (loading 6 ms of modules).
            from importlib.resources import files

            resource = files("adrtool").joinpath(f"data/{name}")
            return Path(str(resource)), resource.read_bytes()

    def events(self) -> dict[str, tuple[Event, ...]]:
        """Each series' events, by name: the events file is `[[series]]` tables of names and events."""
        if self._events is None:
            origin, data = self.read(SHIPPED_EVENTS)
            self._events = {entry.name: entry.events for entry in _parse(data, origin)}
        return self._events


@dataclass(frozen=True)
class _ShippedEvents:
    files: _ShippedFiles
    name: str

    def __call__(self) -> tuple[Event, ...]:
        return self.files.events().get(self.name, ())


def project_calendar(config: Config, today: date) -> Calendar:
    """The calendar a project's commands judge by: the shipped series with the project's own (config
    `calendar`, `calendar-mode`), projected past the last published series to the horizon of ``today``."""
    from adrtool.calendar.projection import horizon

    return load_calendar(config.calendar, config.calendar_mode).projected_through(horizon(today))


def load_calendar(path: Path | None, mode: str = "extend") -> Calendar:
    """The built-in calendar, or a project's calendar file applied to it.

    ``replace`` keeps only the file's series. ``extend`` starts from the built-in calendar: a file series whose
    name exists there changes that cycle in place (the facts it gives replace the built-in ones, its events are
    added, an event of the same name replacing the built-in one); new names are appended in the file's order.
    Keys other than the cycle facts (``source``, ``status``, a ``[meta]`` table ...) are ignored.
    """
    if mode not in MODES:
        raise UsageError(f"unknown calendar mode {mode!r}; expected extend or replace")
    if path is None:
        return builtin_calendar()
    from adrtool.fsio import read_bytes

    try:
        data = read_bytes(path, 4 * 1024 * 1024, "calendar file")  # never a FIFO or a device
    except ReadError as error:
        raise ReadError(error.message.replace("cannot read:", "cannot read calendar:", 1), path=path) from None
    entries = _parse(data, path)
    base = builtin_calendar().cycles if mode == "extend" else ()
    return _assemble(_merge(base, entries, path), path)


@dataclass(frozen=True)
class _Entry:
    """One ``[[series]]`` table as written: its name and the facts it gives."""

    name: str
    facts: dict[str, Any]
    events: tuple[Event, ...]


def _merge(base: tuple[Cycle, ...], entries: list[_Entry], origin: Path) -> list[Cycle]:
    merged = {cycle.name: cycle for cycle in base}
    for entry in entries:
        known = merged.get(entry.name)
        if known is None:
            missing = [key for key in ("display", "release_date") if key not in entry.facts]
            if missing:
                raise ReadError(f"series {entry.name!r}: missing {', '.join(missing)}", path=origin)
            merged[entry.name] = Cycle(name=entry.name, position=0, given_events=entry.events, **{
                "number": None, "ptg_start": None, "ptg_end": None, **entry.facts})
        else:  # an existing key keeps its place in a dict
            merged[entry.name] = replace(known, **entry.facts,
                                         given_events=merge_events(known.given_events, entry.events))
    return list(merged.values())


def _parse(data: bytes, origin: Path) -> list[_Entry]:
    if sys.version_info >= (3, 11):  # a version check, unlike try/except ImportError, type-checks on both
        import tomllib
    else:
        import tomli as tomllib

    try:
        document = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ReadError("cannot read calendar: not UTF-8 text", path=origin) from error
    except tomllib.TOMLDecodeError as error:
        raise ReadError(f"invalid TOML: {error}", path=origin) from error
    tables = document.get("series")
    if tables is None or tables == []:
        raise ReadError("no [[series]] tables in the calendar", path=origin)
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ReadError("series must be an array of tables: [[series]]", path=origin)
    entries = [_parse_series(table, index, origin) for index, table in enumerate(tables, start=1)]
    first_seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        if entry.name in first_seen:
            twice = f"defined twice (#{first_seen[entry.name]} and #{index})"
            raise ReadError(f"series {entry.name!r}: {twice}", path=origin)
        first_seen[entry.name] = index
    return entries


def _parse_series(table: dict[str, Any], index: int, origin: Path) -> _Entry:
    name = table.get("name")
    where = f"series {name.strip().lower()!r}" if isinstance(name, str) and name.strip() else f"series #{index}"

    def fail(problem: str) -> ReadError:
        return ReadError(f"{where}: {problem}", path=origin)

    if "name" not in table:
        missing = [key for key in ("name", "display", "release_date") if key not in table]
        raise fail(f"missing {', '.join(missing)}")
    for key in ("name", "display"):
        if key in table and (not isinstance(table[key], str) or not table[key].strip()):
            raise fail(f"{key} must be a non-empty string, got {table[key]!r}")
    number = table.get("number")
    if number is not None and (not isinstance(number, str) or not number.strip()):
        raise fail(f'number must be a quoted string like "2023.1", got {number!r}')

    def day(value: Any, key: str) -> date:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise fail(f"{key} must be a date like 2021-04-19, got {value!r}")

    facts: dict[str, Any] = {key: day(table[key], key) for key in ("release_date", "ptg_start", "ptg_end")
                             if key in table}
    ptg_start, ptg_end = facts.get("ptg_start"), facts.get("ptg_end")
    if (ptg_start is None) != (ptg_end is None):
        given, absent = ("ptg_start", "ptg_end") if ptg_end is None else ("ptg_end", "ptg_start")
        raise fail(f"{given} without {absent}: give both PTG dates or neither")
    if ptg_start is not None and ptg_end is not None and ptg_end < ptg_start:
        raise fail(f"ptg_end {ptg_end} is before ptg_start {ptg_start}")
    if "display" in table:
        facts["display"] = table["display"].strip()
    if number is not None:
        facts["number"] = number.strip().lower()
    return _Entry(table["name"].strip().lower(), facts, _parse_events(table.get("events", []), day, fail))


def _parse_events(value: Any, day: Callable[[Any, str], date],
                  fail: Callable[[str], ReadError]) -> tuple[Event, ...]:
    """``events = [{ name, start, end?, title?, kind? }, ...]``; entries with one name are the spans of one event."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise fail("events must be an array of tables: events = [{ name = \"ff\", start = 2021-08-30 }]")
    spans: dict[str, list[Span]] = {}
    first: dict[str, dict[str, Any]] = {}
    for item in value:
        name = item.get("name")
        if not isinstance(name, str) or not EVENT_NAME.fullmatch(name.strip().lower()):
            raise fail(f"event name must be lowercase letters, digits and hyphens, like \"ff\", got {name!r}")
        name = name.strip().lower()
        if ALIASES.get(name, ())[:1] == (PTG,):
            raise fail(f"event {name!r}: give the PTG as ptg_start and ptg_end")
        if "start" not in item:
            raise fail(f"event {name!r}: missing start")
        start = day(item["start"], f"event {name!r}: start")
        end = day(item["end"], f"event {name!r}: end") if "end" in item else start
        if end < start:
            raise fail(f"event {name!r}: end {end} is before start {start}")
        for key, allowed in (("title", None), ("kind", KINDS)):
            found = item.get(key)
            if found is not None and (not isinstance(found, str) or not found.strip()
                                      or (allowed is not None and found not in allowed)):
                expected = f"one of {', '.join(allowed)}" if allowed else "a non-empty string"
                raise fail(f"event {name!r}: {key} must be {expected}, got {found!r}")
        spans.setdefault(name, []).append(Span(start, end))
        first.setdefault(name, item)
    events = [Event(name, str(first[name].get("title") or name).strip(), tuple(sorted(set(found))),
                    str(first[name].get("kind") or CROSS_PROJECT)) for name, found in spans.items()]
    return tuple(sorted(events, key=lambda event: event.start))


def _assemble(cycles: list[Cycle], origin: Path) -> Calendar:
    """Check what only the whole list can show (names and numbers unique, release order), then number them."""
    owner: dict[str, str] = {}
    for previous, cycle in zip([None, *cycles], cycles):
        for kind, key in (("name", cycle.name), ("number", cycle.number)):
            if key is None or (kind == "number" and key == cycle.name):
                continue
            if key in owner:
                raise ReadError(f"series {cycle.name!r}: {kind} {key} is already used by {owner[key]}", path=origin)
            owner[key] = cycle.name
        if previous is not None and cycle.release_date <= previous.release_date:
            raise ReadError(
                f"series {cycle.name!r}: release_date {cycle.release_date} is not after {previous.name}'s "
                f"({previous.release_date}); list series in release order",
                path=origin,
            )
    return Calendar(tuple(replace(cycle, position=index) for index, cycle in enumerate(cycles)))
