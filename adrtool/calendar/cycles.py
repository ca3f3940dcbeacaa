"""Release cycles as ordered data: lookups by name or number, the current cycle, the next PTG.

A calendar is a sequence of cycles in release order. Order is always ``Cycle.position``, never the name:
after Zed comes Antelope. The built-in calendar is OpenStack's; a project may extend or replace it with a
TOML file of ``[[series]]`` tables (see ``load_calendar``).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from adrtool.errors import NotFound, ReadError, UsageError

MODES = ("extend", "replace")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Cycle:
    name: str
    display: str
    number: str | None
    release_date: date
    ptg_start: date | None
    ptg_end: date | None
    position: int

    @property
    def has_ptg(self) -> bool:
        return self.ptg_start is not None

    @property
    def label(self) -> str:
        """The id used in messages and JSON: ``2023.1-antelope``, or just ``yoga`` before numbers existed."""
        return f"{self.number}-{self.name}" if self.number else self.name

    @property
    def revisit_date(self) -> date | None:
        """A decision due "at cycle X" is revisited when X is planned: on the first day of its PTG."""
        return self.ptg_start


@dataclass(frozen=True)
class Calendar:
    cycles: tuple[Cycle, ...]
    _by_key: dict[str, Cycle] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key: dict[str, Cycle] = {}
        for index, cycle in enumerate(self.cycles):
            if cycle.position != index:
                raise ValueError(f"cycle {cycle.name} has position {cycle.position}, expected {index}")
            for key in (cycle.name, cycle.number):
                if key is not None:
                    if key in by_key:
                        raise ValueError(f"{key!r} names both {by_key[key].name} and {cycle.name}")
                    by_key[key] = cycle
        object.__setattr__(self, "_by_key", by_key)

    def __iter__(self) -> Iterator[Cycle]:
        return iter(self.cycles)

    def __len__(self) -> int:
        return len(self.cycles)

    def get(self, ref: str) -> Cycle | None:
        """Look a cycle up by name (any case), number, or both joined by a hyphen in either order.

        ``yoga``, ``Yoga``, ``2023.1``, ``2023.1-antelope`` and ``antelope-2023.1`` all work; in the joined
        forms the name and the number must belong to the same cycle.
        """
        key = ref.strip().lower()
        if key in self._by_key:
            return self._by_key[key]
        for match in re.finditer("-", key):
            left, right = key[: match.start()], key[match.end() :]
            cycle = self._by_key.get(left)
            if cycle is not None and cycle.number is not None and {left, right} == {cycle.name, cycle.number}:
                return cycle
        return None

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
        candidates = list(self._by_key) + [c.label for c in self.cycles if c.number]
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
        return next((c for c in self.cycles if c.release_date >= today), None)

    def next_ptg(self, today: date) -> Cycle | None:
        """The first cycle whose PTG has not ended by ``today`` (a PTG in progress counts)."""
        return next((c for c in self.cycles if c.ptg_end is not None and c.ptg_end >= today), None)


def _either(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


@functools.cache
def builtin_calendar() -> Calendar:
    from adrtool.project.package import PACKAGE_DIR

    origin = Path(PACKAGE_DIR, "data", "openstack-cycles.toml")
    try:
        data = origin.read_bytes()
    except OSError:  # a package imported from a zip file: importlib.resources reads it (loading 6 ms of modules)
        from importlib.resources import files

        resource = files("adrtool").joinpath("data/openstack-cycles.toml")
        origin, data = Path(str(resource)), resource.read_bytes()
    return _assemble(_parse(data, origin), origin)


def load_calendar(path: Path | None, mode: str = "extend") -> Calendar:
    """The built-in calendar, or a project's calendar file applied to it.

    ``replace`` keeps only the file's series. ``extend`` starts from the built-in calendar: a file series whose
    name exists there replaces that cycle's facts in place, new names are appended in the file's order.
    Keys other than the cycle facts (``source``, ``status``, a ``[meta]`` table ...) are ignored.
    """
    if mode not in MODES:
        raise UsageError(f"unknown calendar mode {mode!r}; expected extend or replace")
    if path is None:
        return builtin_calendar()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot read calendar: {error.strerror or error}", path=path) from error
    cycles = _parse(data, path)
    if mode == "extend":
        cycles = _extend(builtin_calendar().cycles, cycles)
    return _assemble(cycles, path)


def _extend(base: tuple[Cycle, ...], extra: list[Cycle]) -> list[Cycle]:
    merged = {c.name: c for c in base}
    merged.update((c.name, c) for c in extra)  # an existing key keeps its place in a dict
    return list(merged.values())


def _parse(data: bytes, origin: Path) -> list[Cycle]:
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
    cycles = [_parse_series(table, index, origin) for index, table in enumerate(tables, start=1)]
    first_seen: dict[str, int] = {}
    for index, cycle in enumerate(cycles, start=1):
        if cycle.name in first_seen:
            twice = f"defined twice (#{first_seen[cycle.name]} and #{index})"
            raise ReadError(f"series {cycle.name!r}: {twice}", path=origin)
        first_seen[cycle.name] = index
    return cycles


def _parse_series(table: dict[str, Any], index: int, origin: Path) -> Cycle:
    name = table.get("name")
    where = f"series {name.strip().lower()!r}" if isinstance(name, str) and name.strip() else f"series #{index}"

    def fail(problem: str) -> ReadError:
        return ReadError(f"{where}: {problem}", path=origin)

    missing = [key for key in ("name", "display", "release_date") if key not in table]
    if missing:
        raise fail(f"missing {', '.join(missing)}")
    for key in ("name", "display"):
        if not isinstance(table[key], str) or not table[key].strip():
            raise fail(f"{key} must be a non-empty string, got {table[key]!r}")
    number = table.get("number")
    if number is not None and (not isinstance(number, str) or not number.strip()):
        raise fail(f'number must be a quoted string like "2023.1", got {number!r}')

    def day(key: str) -> date | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise fail(f"{key} must be a date like 2021-04-19, got {value!r}")

    release_date, ptg_start, ptg_end = day("release_date"), day("ptg_start"), day("ptg_end")
    if (ptg_start is None) != (ptg_end is None):
        given, absent = ("ptg_start", "ptg_end") if ptg_end is None else ("ptg_end", "ptg_start")
        raise fail(f"{given} without {absent}: give both PTG dates or neither")
    if ptg_start is not None and ptg_end is not None and ptg_end < ptg_start:
        raise fail(f"ptg_end {ptg_end} is before ptg_start {ptg_start}")
    assert release_date is not None
    return Cycle(
        name=table["name"].strip().lower(),
        display=table["display"].strip(),
        number=number.strip().lower() if number is not None else None,
        release_date=release_date,
        ptg_start=ptg_start,
        ptg_end=ptg_end,
        position=0,
    )


def _assemble(cycles: list[Cycle], origin: Path) -> Calendar:
    """Check what only the whole list can show (names and numbers unique, release order), then number them."""
    owner: dict[str, str] = {}
    for previous, cycle in zip([None, *cycles], cycles):
        for kind, key in (("name", cycle.name), ("number", cycle.number)):
            if key is None:
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
