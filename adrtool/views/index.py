"""The generated index of the decision log (`decisions/README.md`): render, check, write.

The index is rendered from `index.md.j2` (the project's templates first, then ours) and is deterministic:
the same log gives byte-identical text whatever the day, so it can be committed and checked in CI.
It starts with a marker line; a file at the index's path without it was not written by adr, and is
neither compared nor overwritten (unless forced).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, overload
from urllib.parse import quote

from adrtool import fsio
from adrtool.calendar.cycles import Calendar
from adrtool.errors import ReadError, UsageError, WriteRefused
from adrtool.model import Record
from adrtool.project.workspace import Workspace
from adrtool.records.changes import FileChange
from adrtool.records.log import INDEX_MARKER, DecisionLog, written_by_adr_index
from adrtool.records.names import is_record_name
from adrtool.records.values import statuses_as_read
from adrtool.views import graph
from adrtool.views.output import markdown_inline
from adrtool.views.visible import guarded

TEMPLATE = "index.md.j2"
_K = TypeVar("_K")
_V = TypeVar("_V")
MARKER = INDEX_MARKER


@dataclass(frozen=True)
class IndexState:
    path: Path
    shown: str  # the path as messages show it (relative to the project)
    expected: str
    current: str | None  # the file's text (line endings normalised), None when there is no file
    raw: bytes | None = None  # the file's bytes, None when there is no file

    @property
    def ours(self) -> bool:
        """No file yet, or a file adr wrote (it carries the marker)."""
        return self.current is None or written_by_adr_index(self.current)

    @property
    def stale(self) -> bool:
        return self.current != self.expected

    def first_difference(self) -> int:
        """The 1-based line of the first difference between the file and what it should be."""
        current = (self.current or "").split("\n")
        for number, (have, want) in enumerate(zip(current, self.expected.split("\n")), start=1):
            if have != want:
                return number
        return min(len(current), len(self.expected.split("\n")))

    def diff(self) -> str:
        """A unified diff from the file to what `adr index` would write; '' when up to date."""
        before = (self.current or "").splitlines(keepends=True)
        after = self.expected.splitlines(keepends=True)
        source = f"a/{self.shown}" if self.current is not None else "/dev/null"
        import difflib

        return guarded("".join(difflib.unified_diff(before, after, source, f"b/{self.shown}")))


def index_path(workspace: Workspace) -> Path:
    name = workspace.config.index
    if "/" in name or "\\" in name or name in (".", "..") or not name.lower().endswith(".md"):
        raise UsageError(f"config index = {name!r} must be a Markdown file name inside the decision directory")
    if is_record_name(name):
        raise UsageError(f"config index = {name!r} is named like a record (NNNN-...); choose another name")
    return workspace.decision_dir / name


def render_index(workspace: Workspace, log: DecisionLog, calendar: Calendar) -> str:
    """The index's text: the marker line, then the template's output without blank lines around it (a
    project's template too: no workflow command, no control character)."""
    parts = _rendered(workspace, log, calendar)  # what it was made from is let go of before the text is joined
    while parts and not parts[0].strip():
        parts.pop(0)
    while parts and not parts[-1].strip():
        parts.pop()
    if parts:
        parts[0], parts[-1] = parts[0].lstrip(), parts[-1].rstrip()
    # Guarded part by part, each of whole lines (what ``guarded`` looks for lies within a line), and joined
    # once: the text of a large log is held twice at most, not four times.
    return "".join([MARKER, "\n", *map(guarded, _whole_lines(parts)), "\n"])


def _whole_lines(parts: list[str]) -> Iterator[str]:
    """``parts`` regrouped so that each but the last ends with a newline (the list is emptied as it goes)."""
    carried = ""
    parts.reverse()
    while parts:
        part = carried + parts.pop()
        cut = part.rfind("\n") + 1
        if cut:
            yield part[:cut]
        carried = part[cut:]
    if carried:
        yield carried


def _rendered(workspace: Workspace, log: DecisionLog, calendar: Calendar) -> list[str]:
    from adrtool.project import templates as render
    from adrtool.views.output import RecordData

    config = workspace.config
    records = list(log.records)
    make = IndexCells(workspace.decision_dir)
    cells = [make(record) for record in records]
    retired = [log.retired(record) for record in records]
    names = _names(records, cells, log.log_of, retired)
    active = statuses_as_read(config.due_statuses)
    agenda = _agenda(records, calendar, active, names, retired)
    superseded = [_superseded(position, record, names) for position, record in enumerate(records)
                  if record.status == "superseded"]
    links = graph.mermaid(records)
    # A template of the project's own gets lists; ours, which reads the rows once and no record's data, gets
    # each row made as it reads it (100,000 rows' cells, dicts and records' data would all be held at once).
    ours = render.shipped_template(TEMPLATE, config.templates) is not None
    rows = _Made(range(len(records)), lambda position: _row_dict(_row(records[position], cells[position], names,
                                                                      retired[position], active)))
    row_dicts: Sequence[dict[str, str]] = rows if ours else list(rows)
    record_dicts: Sequence[dict[str, Any]] = _Made(records, RecordData(workspace)) if ours else \
        list(map(RecordData(workspace), records))
    return render.render_parts(TEMPLATE, config.templates, rows=row_dicts, agenda=agenda, superseded=superseded,
                               graph=links, active_statuses=list(config.active_statuses), records=record_dicts,
                               directory=workspace.relative(workspace.decision_dir))


def _row_dict(row: tuple[str, ...]) -> dict[str, str]:
    return dict(zip(ROW_KEYS, row))


class _Made(Sequence[_V]):
    """``make(item)`` of each of ``items``, made as it is read."""

    def __init__(self, items: Sequence[Any], make: Callable[[Any], _V]) -> None:
        self.items = items
        self.make = make

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[_V]:
        return map(self.make, self.items)

    @overload
    def __getitem__(self, index: int) -> _V: ...

    @overload
    def __getitem__(self, index: slice) -> list[_V]: ...

    def __getitem__(self, index: int | slice) -> _V | list[_V]:
        if isinstance(index, slice):
            return list(map(self.make, self.items[index]))
        return self.make(self.items[index])


def index_state(workspace: Workspace, log: DecisionLog, calendar: Calendar) -> IndexState:
    path = index_path(workspace)
    expected = render_index(workspace, log, calendar)  # first: what it was made from is let go of before the
    raw = _read(path)  # file (its bytes and its text) is read
    return IndexState(path, workspace.relative(path), expected, _text(raw), raw)


def index_change(state: IndexState, *, force: bool = False, create: bool = True) -> FileChange | None:
    """The change that brings the index file in step (None when it is); refuses a file adr did not write.
    ``create``: also when there is no index file yet."""
    if not state.stale or (state.current is None and not create):
        return None
    if not state.ours and not force:
        raise WriteRefused(f"{state.shown} was not written by `adr index` (no marker line); not overwriting it. "
                           "Set `index` in config to another name, or pass --force")
    return FileChange(state.path, state.raw, fsio.encode(state.expected), "index")


def indexes(workspace: Workspace, log: DecisionLog) -> list[tuple[Workspace, DecisionLog]]:
    """The indexes a project keeps, each as the workspace and the log it is of: one of every log where the project
    keeps one, or where the user listed its logs (config `dirs`, log4brains' packages); else one of each log, in its
    folder, of its records alone ("from the records in this directory", its first line says)."""
    if not workspace.several or workspace.listed:
        return [(workspace, log)]
    from adrtool.records.logs import log_alone

    return [(workspace.alone(entry.directory), log_alone(log, entry.directory)) for entry in workspace.logs
            if entry.area_of is None]


def the_index(workspace: Workspace, log: DecisionLog) -> tuple[Workspace, DecisionLog]:
    """The index `adr index` writes or checks (of ``indexes``): the log's a command takes. Refused where nothing
    singles one out (``Workspace.peers``): it wrote every log's records into the first's folder."""
    if not workspace.several or workspace.listed:
        return workspace, log
    if workspace.peers:
        raise UsageError(workspace.peers_line("`adr index` writes one log's index: pass --dir with the log to index, "
                                              "or run it inside it"))
    from adrtool.records.logs import log_alone

    return workspace.alone(workspace.own_dir), log_alone(log, workspace.own_dir)


def following_indexes(workspace: Workspace, log: DecisionLog, calendar: Calendar) -> list[FileChange]:
    """After a command changed records (``log``: the log as it will be): the changes that keep the indexes
    `adr index` wrote in step (``indexes``), where the log keeps one (or config requires one)."""
    changes = []
    require = workspace.config.require_index
    for own, part in indexes(workspace, log):
        if own is not workspace and not require and not os.path.lexists(own.decision_dir / workspace.config.index):
            continue  # one log of several, keeping no index: nothing rendered
        if _no_file(index_path(own)):
            continue  # (a FIFO or a device named as the index: adr wrote none such, and opens none)
        state = index_state(own, part, calendar)
        if state.ours and (change := index_change(state, create=require)) is not None:
            changes.append(change)
    return changes


def _no_file(path: Path) -> bool:
    """Whether something other than a regular file (or a link to one) is at ``path``: no index adr wrote."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _read(path: Path) -> bytes | None:
    """The index file's bytes; None when there is none (or only a dangling link: writing there is refused,
    adr writes no link). Never opened unless it is a regular file."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ReadError(f"cannot read the index: {error.strerror}", path=path) from None
    return fsio.read_bytes(path, 64 * fsio.MAX_RECORD_BYTES, "index file")


def _text(raw: bytes | None) -> str | None:
    if raw is None:
        return None
    try:
        text = raw.removeprefix(fsio.BOM).decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")  # not ours, and certainly stale
    return text.replace("\r\n", "\n").replace("\r", "\n")


# The view the template gets: strings ready for Markdown (table cells escaped), plus the raw records.
# Built in few calls per record: the index of a 10,000-record log is checked on every CI run.

ROW_KEYS = ("number", "link", "status", "date", "cycle", "revisit", "tags")  # a row's cells, in table order
_URL_SAFE = re.compile(r"[A-Za-z0-9_.~/-]*")  # what quote() leaves as it is


@dataclass(frozen=True)
class _Names:
    """How the index names each record, by its position in the log, worked out once for all parts: the number
    (`0003`), the title as Markdown inline text, the file name as a link target, and the link `[0003](0003-x.md)`.
    """

    numbers: list[str]
    titles: list[str]
    hrefs: list[str]
    links: list[str]
    # (log, number) -> position of the first record with it: where a link to the number goes. A link names a
    # record of its own log (a project may keep several, each numbered from 1; a log's areas are numbered in it).
    first: dict[tuple[Path, int | str], int]  # (a record named by its day: by its id)
    log_of: Callable[[Path], Path]  # the log of a record's directory (``DecisionLog.log_of``)

    def link_to(self, number: int | str, directory: Path) -> str:
        """`[0004](0004-x.md)`, or `0004` when no record of the log of ``directory`` has that number (or id)."""
        position = self.first.get((self.log_of(directory), number))
        return self.links[position] if position is not None else _shown_key(number)

    def titled_link_to(self, number: int | str, directory: Path) -> str:
        """`[0004](0004-x.md) Title`, or `0004` when no record of the log of ``directory`` has that number."""
        position = self.first.get((self.log_of(directory), number))
        return f"{self.links[position]} {self.titles[position]}" if position is not None else _shown_key(number)


def _shown_key(number: int | str) -> str:
    return f"{number:04d}" if isinstance(number, int) else _cell(number)


class RecordCells(NamedTuple):
    """What the index shows of one record, worked out from that record alone: its number, its title as Markdown,
    its file as a link target, the link, and its table cells (``status`` is None when it names successors:
    their links take the whole log)."""

    number: str
    title: str
    href: str
    link: str
    status: str | None
    date: str
    cycle: str
    revisit: str
    tags: str


class IndexCells:
    """``RecordCells`` of each record, the values that recur from record to record (statuses, cycles, revisit
    points, tags, days) made once: an index's whole log goes through one."""

    def __init__(self, home: Path | None = None) -> None:
        """``home``: the directory the index is in (links to records of other logs are relative to it)."""
        self.cells, self.days, self.tags = _Memo(_cell), _Memo(_day), _Memo(_tags)
        self.home = home

    def __call__(self, record: Record) -> RecordCells:
        number = record.shown_number
        home = self.home
        if home is None or record.directory is home or record.directory == home:
            href = _href(record.filename)
        else:  # a record of another of the project's logs
            import os

            href = _href(Path(os.path.relpath(record.path, home)).as_posix())
        return RecordCells(number, markdown_inline(record.title or "(no title)"), href, f"[{number}]({href})",
                           None if _superseded_by(record) else self.cells[record.status or ""], self.days[record.date],
                           self.cells[record.cycle or ""], self.cells[record.revisit.text] if record.revisit else "",
                           self.tags[record.tags])


def _names(records: list[Record], cells: list[RecordCells], log_of: Callable[[Path], Path],
           retired: list[bool]) -> _Names:
    """The links to records by number: a number a live record and a retired one hold (``DecisionLog.retired``)
    links the live one."""
    first: dict[tuple[Path, int | str], int] = {}
    shared: set[tuple[Path, int | str]] = set()  # numbers two named series' records hold: each named by its code
    for position in sorted(range(len(records)), key=retired.__getitem__):
        record = records[position]
        log = log_of(record.directory)
        if record.code is not None and record.number is not None:
            first.setdefault((log, record.code), position)
            number = (log, record.number)
            if records[first.setdefault(number, position)].code not in (None, record.code):
                shared.add(number)
            continue
        first.setdefault((log, record.number if record.number is not None else record.id), position)
    for key in shared:
        del first[key]
    return _Names([cell.number for cell in cells], [cell.title for cell in cells], [cell.href for cell in cells],
                  [cell.link for cell in cells], first, log_of)


def _href(filename: str) -> str:
    """quote(filename), without its calls for a name it would leave as it is (the usual `0003-x.md`): a name's
    bytes that are no UTF-8 (a folder named so, read as the file system gives it) quoted as they are (`%FF`)."""
    if _URL_SAFE.fullmatch(filename):
        return filename
    return quote(filename.encode("utf-8", "surrogateescape"))


def _cell(text: str) -> str:
    """A record's value as a table cell: literal Markdown (no link, no HTML, no control character), on one
    line, with no `|` to end the cell."""
    return markdown_inline(text).replace("|", "\\|")




class _Memo(dict[_K, _V]):
    """make(key) by key, each worked out once for one index (so bounded by the log's size): statuses, cycles,
    revisit points, tags and days recur from record to record."""

    def __init__(self, make: Callable[[_K], _V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: _K) -> _V:
        value = self[key] = self.make(key)
        return value


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def _tags(tags: tuple[str, ...]) -> str:
    return _cell(", ".join(tags))


def _row(record: Record, cell: RecordCells, names: _Names, retired: bool,
         active_statuses: tuple[str, ...]) -> tuple[str, ...]:
    """A record's table cells, in ROW_KEYS order. A record kept in its log's folder of retired records that states
    a status in force, or none, is said to be kept there (sagnus-erp's `archive/` records say ACCEPTED)."""
    status = cell.status
    if status is None:
        status = _cell(record.status or "") + " by " + ", ".join(names.link_to(number, record.directory)
                                                             for number in _superseded_by(record))
    elif retired and (record.status is None or record.status in active_statuses):
        status = f"{status} (in {_cell(record.directory.name)}/)".lstrip()
    # The link = _cell(link): the title's whitespace is collapsed already, and quote() leaves no | or space.
    return (cell.number, "[" + cell.title.replace("|", "\\|") + "](" + cell.href + ")", status, cell.date,
            cell.cycle, cell.revisit, cell.tags)


def _superseded_by(record: Record) -> list[int | str]:
    """The records ``record`` is superseded by, by number or, named by their day, by id (a cheap look first: a
    day-named successor is named by a link)."""
    if not record.links or (record.superseded_by and record.code is None):
        return list(record.superseded_by)
    from adrtool.records.relations import successors

    return successors(record)


def _superseded(position: int, record: Record, names: _Names) -> str:
    named = ", ".join(names.titled_link_to(number, record.directory) for number in _superseded_by(record))
    return f"{names.links[position]} {names.titles[position]}: superseded by " + (named or "(no successor named)")


def _agenda(records: list[Record], calendar: Calendar, active_statuses: tuple[str, ...],
            names: _Names, retired: list[bool]) -> list[dict[str, Any]]:
    """Active decisions grouped by revisit point: dated groups (cycles at their PTG, dates) in time order,
    then points the calendar cannot place, `never`, and no revisit point; none kept with the log's retired
    records."""
    timeline: dict[tuple[date, int, str], dict[str, Any]] = {}
    on_day: dict[date, list[str]] = {}  # a date's group's items
    at_cycle: dict[str, list[str] | None] = {}  # a cycle's, by the point as written (None: not on the calendar)
    unplaced: list[str] = []
    never: list[str] = []
    missing: list[str] = []
    notes = _Memo(markdown_inline)  # statuses
    for position, record in enumerate(records):
        if record.status not in active_statuses or retired[position]:
            continue
        point = record.revisit
        status = record.status or ""
        item = f"{names.links[position]} {names.titles[position]} ({notes[status]})"
        if point is None:
            missing.append(item)
        elif point.kind == "never":
            never.append(item)
        elif point.kind == "date" and point.on is not None:
            items = on_day.get(point.on)
            if items is None:
                day = point.on.isoformat()
                items = on_day[point.on] = _group(timeline, (point.on, 1, day), day)
            items.append(item)
        else:
            if point.text not in at_cycle:
                at_cycle[point.text] = _cycle_group(timeline, calendar, point.text)
            cycle_items = at_cycle[point.text]
            if cycle_items is None:
                note = notes[f"{status}, revisit: {point.text}"]
                unplaced.append(f"{names.links[position]} {names.titles[position]} ({note})")
            else:
                cycle_items.append(item)
    groups = [timeline[key] for key in sorted(timeline)]
    for heading, items in (("Not on the calendar", unplaced), ("Never (`revisit: never`)", never),
                           ("No revisit point", missing)):
        if items:
            groups.append({"heading": heading, "items": items})
    return groups


def _cycle_group(timeline: dict[tuple[date, int, str], dict[str, Any]], calendar: Calendar,
                 text: str) -> list[str] | None:
    """The items of the group of the point `text` names: a cycle at its PTG or one of its events (`xena:ff`), in
    calendar order; None when the calendar has no such cycle or event."""
    from adrtool.calendar.points import place, split

    point = place(calendar, text)
    if point is not None:
        key = (point.day, 0, f"{point.cycle.position:06d} {point.event.name}")
        projected = "projected: " if point.projected else ""
        heading = (f"{markdown_inline(point.heading.removesuffix(' (projected)'))} ({projected}"
                   f"{point.day.isoformat()} to {point.end.isoformat()})")
        return _group(timeline, key, heading)
    cycle_ref, event_ref = split(text)
    cycle = calendar.get(cycle_ref)
    if cycle is None or event_ref is not None:
        return None
    name = markdown_inline(f"{cycle.number} {cycle.display}" if cycle.number and cycle.number != cycle.display
                           else cycle.display)
    return _group(timeline, (cycle.release_date, 0, f"{cycle.position:06d}"), f"{name} (no PTG dates in the calendar)")


def _group(timeline: dict[tuple[date, int, str], dict[str, Any]], key: tuple[date, int, str],
           heading: str) -> list[str]:
    """The items of the group at `key`, made with `heading` if it is the first (two names of a cycle share one)."""
    items: list[str] = timeline.setdefault(key, {"heading": heading, "items": []})["items"]
    return items


def refresh_index(workspace: Workspace, log: DecisionLog, calendar: Calendar) -> list[Path]:
    """Bring the indexes `adr index` wrote in step with the log as it is now (after `adr edit`), under the lock of
    every decision directory (the ``log`` given is not trusted: it is read again under the locks). The paths of
    the files that changed."""
    from adrtool.records.changes import commit_all, locked_logs
    from adrtool.records.logs import load_logs

    workspace.require_dir()
    with locked_logs([part.directory for part in workspace.logs], lambda: load_logs(workspace)) as (held, current):
        changes = following_indexes(workspace, current, calendar)
        if changes:
            commit_all(held, changes)
    return [change.path for change in changes]
