"""Generate the shipped calendar (adrtool/data/openstack-*.toml) from an openstack/releases checkout.

    python -m adrtool.calendar.generate ~/src/releases --revision "$(git -C ~/src/releases log -1 --format='%H %cs')"

It reads `data/series_status.yaml` (each series' name, release id and release day) and, for each series,
`doc/source/<series>/schedule.yaml` (the cycle's weeks and the events held in each) and the titles of the
events in `schedule.rst` beside it. An event is named as the schedule names it less the series letter
(`x-ff` is Xena's `ff`); its letter says which series it belongs to (an `h-final` in Indri's schedule is
Hibiscus' release week), the nearest series with that initial. The PTG week becomes the series'
`ptg_start`/`ptg_end`. `PTG_NOT_IN_RELEASES` adds the PTG weeks the data lacks, with their sources.

It writes two files: `openstack-cycles.toml` (the series' facts, read by every command) and
`openstack-events.toml` (their events, read only by the commands that need them). The same checkout gives the
same bytes; `--check` writes nothing and exits 1 when a file differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from adrtool.calendar.cycles import SHIPPED, SHIPPED_EVENTS
from adrtool.calendar.events import ALIASES, CROSS_PROJECT, PTG, TEAM, Span

# Weeks openstack/releases does not give, with where they are from: (start, end, source).
PTG_NOT_IN_RELEASES: dict[str, tuple[date, date, str]] = {
    "train": (date(2019, 5, 2), date(2019, 5, 4),
              "the PTG followed the Denver summit (Thu-Sat): openstack.org/summit/denver-2019/faq"),
    "ussuri": (date(2019, 11, 6), date(2019, 11, 8),
               "the PTG followed the Shanghai summit (Wed-Fri): Shanghai 2019 PTG recaps"),
}

# Cross-project events as they read after the cycle's name ("Xena feature freeze"); schedule.rst titles
# them per cycle ("Xena-2 milestone", "RC1 target week"). Other events take their schedule.rst title.
TITLES = {
    "1": "milestone 1", "2": "milestone 2", "3": "milestone 3", "ff": "feature freeze", "rc1": "RC1",
    "final": "release", "release": "release", "finalrc": "final release candidates", "mf": "membership freeze",
    "rf": "requirements freeze", "soft-sf": "soft string freeze", "hard-sf": "hard string freeze",
    "final-lib": "final release of non-client libraries", "final-clientlib": "final release of client libraries",
    "cycle-highlights": "cycle highlights", "cycle-trail": "cycle-trailing release deadline", "summit": "summit",
    "design-summit": "design summit",
}

_EVENT = re.compile(r"([a-z])[-_]([a-z0-9][a-z0-9_-]*)")
_UNDERLINE = re.compile(r"([=\-^~\"'`+*#])\1+")
KINDS = {"x-project": CROSS_PROJECT, "project-specific": TEAM}


@dataclass
class Series:
    name: str
    number: str | None
    release_date: date
    # event -> first day -> (its span, its kind, whether the series' own schedule gave it), as found
    events: dict[str, dict[date, tuple[Span, str, bool]]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    @property
    def display(self) -> str:
        return self.name.capitalize()


def generate(checkout: Path, revision: str | None = None) -> dict[str, str]:
    """The shipped calendar's files (`openstack-cycles.toml`, `openstack-events.toml`: name -> TOML text) from an
    openstack/releases checkout, or a copy of the files it reads."""
    import yaml

    status = yaml.safe_load((checkout / "data" / "series_status.yaml").read_text(encoding="utf-8"))
    series = sorted((Series(item["name"], _text(item.get("release-id")), _day(item["initial-release"]))
                     for item in status), key=lambda s: s.release_date)
    for position, current in enumerate(series):
        folder = checkout / "doc" / "source" / current.name
        schedule_file = folder / "schedule.yaml"
        if not schedule_file.is_file():
            continue
        schedule = yaml.safe_load(schedule_file.read_text(encoding="utf-8"))
        rst = folder / "schedule.rst"
        titles = _rst_titles(rst.read_text(encoding="utf-8")) if rst.is_file() else {}
        for week in schedule.get("cycle") or []:
            start = _day(week["start"])
            span = Span(start, _day(week["end"]) if week.get("end") else start + timedelta(days=4))
            for key, kind in KINDS.items():
                for label in week.get(key) or []:
                    match = _EVENT.fullmatch(label)
                    if match is None:
                        continue
                    owner = _owner(series, position, match.group(1))
                    if owner is None:
                        continue
                    name = match.group(2).replace("_", "-")
                    found = owner.events.setdefault(name, {})
                    # A week one schedule gives to another's event (Indri's `h-final`) yields to that series' own
                    # schedule when both give it, as they may with other last days (Zed's week of `y-final`).
                    own = owner is current
                    if span.start not in found or (own and not found[span.start][2]):
                        found[span.start] = (span, kind, own)
                    if label in titles:
                        owner.titles.setdefault(name, titles[label])
    return _render(series, revision)


def _owner(series: Sequence[Series], position: int, letter: str) -> Series | None:
    """The series an event's letter names: the nearest to the schedule's own with that initial."""
    candidates = [(abs(index - position), index) for index, s in enumerate(series) if s.name[0] == letter]
    return series[min(candidates)[1]] if candidates else None


def _rst_titles(text: str) -> dict[str, str]:
    """`.. _x-ff:` label -> the title of the section it opens (`Feature freeze`)."""
    lines = text.splitlines()
    titles: dict[str, str] = {}
    for index, line in enumerate(lines):
        match = re.fullmatch(r"\.\. _([a-z][-_][a-z0-9_-]+):\s*", line)
        if match is None:
            continue
        rest = [candidate for candidate in lines[index + 1: index + 6] if candidate.strip()]
        if len(rest) >= 2 and _UNDERLINE.fullmatch(rest[1].strip()) and not rest[0].startswith(".."):
            titles[match.group(1)] = " ".join(rest[0].split())
    return titles


def _render(series: Sequence[Series], revision: str | None) -> dict[str, str]:
    source = f"openstack/releases at {revision}" if revision else "openstack/releases"
    generated = f"# Generated by `python -m adrtool.calendar.generate` from {source}: do not edit, generate it again."
    facts = [
        "# OpenStack release series: the calendar adrtool ships by default (their events: openstack-events.toml).",
        "#",
        generated,
        "#   name, number and release_date: data/series_status.yaml (name, release-id, initial-release);",
        "#   ptg_start/ptg_end: the week of the PTG that opened the cycle (doc/source/<series>/schedule.yaml).",
        "# PTG dates exist only from Pike on (the first PTG, Feb 2017); numbers only from 2023.1 Antelope on.",
        "# Order is calendar order, oldest first: never sort by name (Zed is followed by Antelope).",
    ]
    events = [
        "# The events of each OpenStack series' schedule, read when a command needs them (openstack-cycles.toml",
        "# has the series).",
        "#",
        generated,
        "#   every event of doc/source/<series>/schedule.yaml with its week (repeated for an event held in several",
        "#   weeks), named less the series letter and titled from schedule.rst; kind = \"team\" for a team's own",
        "#   deadline. The PTG is the series' ptg_start/ptg_end, not an event.",
    ]
    for current in series:
        facts += ["", "[[series]]", f"name = {_string(current.name)}", f"display = {_string(current.display)}"]
        if current.number:
            facts.append(f"number = {_string(current.number)}")
        facts.append(f"release_date = {current.release_date.isoformat()}")
        ptg = _ptg(current)
        if ptg is not None:
            facts += [f"ptg_start = {ptg[0].isoformat()}", f"ptg_end = {ptg[1].isoformat()}"]
            if current.name in PTG_NOT_IN_RELEASES:
                facts.append(f"# PTG not in openstack/releases: {PTG_NOT_IN_RELEASES[current.name][2]}")
        entries = _event_entries(current)
        if entries:
            events += ["", "[[series]]", f"name = {_string(current.name)}", "events = [",
                       *(f"  {entry}," for entry in entries), "]"]
    return {SHIPPED: "\n".join(facts) + "\n", SHIPPED_EVENTS: "\n".join(events) + "\n"}


def _ptg(series: Series) -> tuple[date, date] | None:
    if series.name in PTG_NOT_IN_RELEASES:
        start, end, _ = PTG_NOT_IN_RELEASES[series.name]
        return start, end
    for name in ALIASES[PTG]:
        found = series.events.get(name)
        if found:
            first = found[min(found)][0]
            return first.start, first.end
    return None


def _event_entries(series: Series) -> list[str]:
    rows: list[tuple[Span, int, str]] = []
    order = list(series.events)
    for name, spans in series.events.items():
        if ALIASES.get(name, ())[:1] == (PTG,):
            continue
        title = TITLES.get(name) or _title(series.titles.get(name), series) or name
        for span, kind, _ in spans.values():
            fields = [f"name = {_string(name)}", f"title = {_string(title)}", f"start = {span.start.isoformat()}",
                      f"end = {span.end.isoformat()}"]
            if kind == TEAM:
                fields.append(f"kind = {_string(TEAM)}")
            rows.append((span, order.index(name), "{ " + ", ".join(fields) + " }"))
    return [row for _, _, row in sorted(rows)]


def _title(title: str | None, series: Series) -> str | None:
    """A schedule.rst title without the cycle's name or number it starts with (`Yoga Goals Research` -> `Goals
    Research`): it follows the cycle's name wherever it is shown, a projected cycle's too."""
    if title is None:
        return None
    for prefix in (series.display, series.number):
        if prefix and title.startswith(prefix + " "):
            return title[len(prefix) + 1:]
    return title


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def main(argv: Iterable[str] | None = None) -> int:
    from adrtool.project.package import PACKAGE_DIR

    shipped = Path(PACKAGE_DIR, "data")
    parser = argparse.ArgumentParser(prog="python -m adrtool.calendar.generate",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("checkout", type=Path, help="an openstack/releases checkout")
    parser.add_argument("--revision", help="what the header names as the source, e.g. the commit and its date")
    parser.add_argument("-o", "--output-dir", type=Path, default=shipped,
                        help=f"where to write {SHIPPED} and {SHIPPED_EVENTS} (default: {shipped})")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file differs")
    options = parser.parse_args(list(argv) if argv is not None else None)
    if not (options.checkout / "data" / "series_status.yaml").is_file():
        print(f"adr: {options.checkout}: no data/series_status.yaml; is it an openstack/releases checkout?",
              file=sys.stderr)
        return 2
    stale = []
    for name, text in generate(options.checkout, options.revision).items():
        path = options.output_dir / name
        data = text.encode("utf-8")
        if (path.read_bytes() if path.is_file() else None) == data:
            continue
        stale.append(path)
        if not options.check:
            from adrtool import fsio

            fsio.replace_file(path, data, None)
            print(f"adr: wrote {path}", file=sys.stderr)
    if options.check and stale:
        for path in stale:
            print(f"adr: {path} is not what the generator writes from {options.checkout}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
