"""The decision record as every other part of adrtool sees it, whatever dialect it was read from."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from adrtool.patterns import deferred


class Dialect(str, enum.Enum):
    """The shape a record file was written in."""

    FRONTMATTER = "frontmatter"  # YAML front matter: adrtool's canonical form, MADR 3 and 4
    MADR2 = "madr2"  # `* Status: ...` bullets under the title: MADR 2, log4brains, pyadr
    NYGARD = "nygard"  # adr-tools: `# 3. Title`, `Date:` line, `## Status` section
    PLAIN = "plain"  # a numbered Markdown file with no metadata we recognise


STATUSES = ("proposed", "accepted", "rejected", "deprecated", "superseded")
ACTIVE_STATUSES = ("proposed", "accepted")
# What other tools' logs write for a decision in force: due for a revisit as an accepted one is, unless a project
# names its own active-statuses (adrtool.project.config.Config.due_statuses).
IN_FORCE_STATUSES = ("approved", "adopted", "agreed", "decided", "implemented", "active", "in progress",
                     "in-progress", "experimental", "stable")
# Other tools' words for a status of the lifecycle table that mean just that status (goneat's lifecycle schema
# writes `proposal`): a lifecycle command starts from them as from that status, and a log that never writes the
# table's word has its own written for it.
# (gjkaal's adr-cli starts a record `__New__`, and accepts it `__Final__`.)
SAME_STATUSES = {"proposal": "proposed", "approved": "accepted", "new": "proposed"}


def lifecycle_stage(status: str | None) -> str | None:
    """The status of the lifecycle table ``status`` stands for: itself, the table's word it means
    (``SAME_STATUSES``), or accepted for a word of a decision in force (``IN_FORCE_STATUSES``: `experimental`,
    accepted on trial, and `stable` too)."""
    if status is None:
        return None
    return SAME_STATUSES.get(status) or ("accepted" if status in IN_FORCE_STATUSES else status)

NEVER = "never"

# A template's name in the languages logs are kept in (`0000-plantilla.md`, `Vorlage.md`, `modele-adr.md`): what the
# reader (adrtool.records.names) and the search for logs (adrtool.project.discovery) take for a template, not a record.
TEMPLATE_IN_LANGUAGES = frozenset({"plantilla", "vorlage", "gabarit", "modele", "modèle", "modelo", "sjabloon",
                                   "szablon", "шаблон", "テンプレート", "模板", "템플릿"})

# The files a record kept in a folder of its own holds its text in (eclipse-edc's `2022-02-07-tracing/README.md`;
# Hugo's and Docusaurus' page bundles, `003-release/index.md`, their images beside them), in the order looked for.
FOLDER_RECORD_FILES = ("README.md", "readme.md", "index.md")


@dataclass(frozen=True)
class RevisitPoint:
    """When a decision is to be looked at again: a cycle's PTG, a date, or explicitly never.

    A cycle is kept as written; only a calendar can turn it into a date.
    """

    kind: str  # "cycle" | "date" | "never"
    text: str
    on: date | None = None

    @classmethod
    def parse(cls, value: object) -> RevisitPoint | None:
        """Read a `revisit` value; None when absent or empty. Never raises: the linter judges the text.

        A date-time (YAML's `2024-06-01T00:00:00Z`, or that text quoted) is its calendar day as written; a
        month (`2024-06`) or a quarter (`2024-Q3`, `Q3 2024`) falls due on its first day; a note in brackets
        after a day, month or quarter (`2026-Q4 (if the ecosystem shifts)`) is not part of it, nor is an HTML
        comment after the point (`2025-01-01 <!-- yearly -->`)."""
        if value is None:
            return None
        if isinstance(value, datetime):  # a date too: its day, as written (not moved to another time zone)
            day = value.date()
            return cls("date", day.isoformat(), day)
        if isinstance(value, date):
            return cls("date", value.isoformat(), value)
        text = str(value).strip()
        if text.endswith("-->") and (opened := text.rfind("<!--")) >= 0:  # `2025-01-01 <!-- yearly -->`: a remark
            text = text[:opened].rstrip()
        if not text:
            return None
        if text.lower() == NEVER:
            return cls("never", NEVER)
        parsed = parse_iso_date(text) or first_day_of(text)
        if parsed is not None:
            return cls("date", text, parsed)
        return cls("cycle", text)


@dataclass(frozen=True)
class Link:
    """A labelled reference from one record to another, as adr-tools writes them (`Amended by [..](..)`)."""

    label: str  # e.g. "supersedes", "superseded-by", "amends", "amended-by", "relates-to"
    target: int | None  # record number, when the link names one (a date-named record's link: None, by its href)
    href: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Unread:
    """A metadata line the reader could not read as YAML (front matter YAML refuses is read a key at a time): the
    value stays in ``meta`` as the text it is, read into the typed fields as text (a relation's aside), and the
    linter reports it."""

    key: str
    line: int
    message: str


# Field metadata: ``public`` fields make up a record's JSON object and CSV row, in declaration order, under
# their own names (adrtool.views.output); scripts depend on those names, so they never change.
PUBLIC = {"public": True}


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """One decision record.

    ``meta`` holds every metadata key exactly as read, in file order, unknown keys included, so nothing is
    dropped and the linter can judge raw values. The typed fields are the normalised view of it; a value
    that cannot be normalised (a date that is not a date) is None there and stays raw in ``meta``, as does
    a value YAML refuses (``unread``), which the typed fields read as the text it is.

    Adding a field means adding it here and filling it in the reader: the cache's packing and the JSON and
    CSV output are derived from these fields.
    """

    number: int | None = field(metadata=PUBLIC)  # None for a date-named record (log4brains' `20210114-slug.md`)
    title: str | None = field(default=None, metadata=PUBLIC)
    status: str | None = field(default=None, metadata=PUBLIC)
    date: date | None = field(default=None, metadata=PUBLIC)
    cycle: str | None = field(default=None, metadata=PUBLIC)
    revisit: RevisitPoint | None = field(default=None, metadata=PUBLIC)
    tags: tuple[str, ...] = field(default=(), metadata=PUBLIC)
    decision_makers: tuple[str, ...] = field(default=(), metadata=PUBLIC)
    consulted: tuple[str, ...] = field(default=(), metadata=PUBLIC)
    informed: tuple[str, ...] = field(default=(), metadata=PUBLIC)
    supersedes: tuple[int, ...] = field(default=(), metadata=PUBLIC)
    superseded_by: tuple[int, ...] = field(default=(), metadata=PUBLIC)
    relates_to: tuple[int, ...] = field(default=(), metadata=PUBLIC)
    format: Dialect = field(default=Dialect.PLAIN, metadata=PUBLIC)
    # The number as the file name writes it (`0003`), a date-named record's file name without `.md`, or in a log
    # numbered in named series the code its name opens with (`ADR-CO-002`: two series' records share numbers).
    id: str = field(default="", metadata=PUBLIC)
    # The log the record belongs to when the project keeps several (adrtool.records.logs): its directory
    # relative to the project root; "" for a project's only log.
    log: str = field(default="", metadata=PUBLIC)
    directory: Path  # one shared object for the whole log: cheap to cache and to copy between processes
    filename: str  # in ``directory``: `0003-x.md`, or a record kept in a folder of its own `0003-x/README.md`
    slug: str = ""
    title_line: int | None = None
    heading_number: int | None = None  # the `3` of an adr-tools title `# 3. Title`
    # Every labelled link the record writes (a Status section's, a `## Links` bullet's, a superseded status's
    # successor), in file order. Public: JSON and CSV show it with the typed fields' links (adrtool.views.output).
    links: tuple[Link, ...] = field(default=(), metadata=PUBLIC)
    meta: Mapping[str, Any] = field(default_factory=dict)
    meta_lines: Mapping[str, int] = field(default_factory=dict)
    body_line: int = 1  # first line after the front matter
    unread: tuple[Unread, ...] = ()  # metadata lines that could not be read, in file order
    # The status stated a second time where that disagrees with the one read (`status: accepted` over a Status
    # section's `Proposed`): where (`Status section`, `key line under the title`), its words and its line.
    other_status: tuple[str, str, int] | None = None

    @property
    def path(self) -> Path:
        return self.directory / self.filename

    @property
    def ref(self) -> str:
        """How messages name the record: `ADR 0003`, a record of a named series by its code, a date-named one by
        its id."""
        return f"ADR {self.number:04d}" if self.number is not None and self.code is None else self.id

    @property
    def shown_number(self) -> str:
        """The number as tables show it (`0003`), or the id of a record of a named series or a date-named one."""
        return f"{self.number:04d}" if self.number is not None and self.code is None else self.id

    @property
    def code(self) -> str | None:
        """The series code of a record of a log numbered in named series (`ADR-CO-002`), which tells it from
        another series' record of its number; None for any other record."""
        ident = self.id
        return ident if self.number is not None and ident and not ident.isdigit() else None


def public_fields() -> tuple[str, ...]:
    """The names of Record's public fields, in order."""
    return tuple(item.name for item in fields(Record) if item.metadata.get("public"))


def record_from(values: dict[str, Any]) -> Record:
    """The Record holding ``values``, one for each of its fields, set straight into its slots by their own
    descriptors: the frozen dataclass's ``__init__`` (its defaults, a check of each argument) costs much more,
    for a log read into thousands of them. Slots, not a dict of attributes: a record takes much less memory."""
    record = _new(Record)
    for name, value in values.items():
        _SLOT_SETTERS[name](record, value)
    return record


_new = object.__new__
_SLOT_SETTERS = {name: getattr(Record, name).__set__ for name in Record.__slots__}


def record_order(record: Record) -> tuple[bool, int, str]:
    """How a log is sorted: by number, then file name; date-named records after the numbered, by name (so by
    day)."""
    number = record.number
    return (number is None, number if number is not None else 0, record.filename)


def sort_records(records: list[Record]) -> None:
    """Sort ``records`` in place by ``record_order``: by a C key where every record is numbered (nearly always)."""
    from operator import attrgetter

    try:
        records.sort(key=attrgetter("number", "filename"))
    except TypeError:  # a date-named record (number None) among them
        records.sort(key=record_order)


def days_after(day: date, days: int) -> date | None:
    """The day ``days`` after ``day`` (before it when negative); None past the first or last day a date holds."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def parse_iso_date(text: str) -> date | None:
    """An ISO calendar date (YYYY-MM-DD) or None; stricter than date.fromisoformat on 3.11."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_DATE_TIME = deferred(r"(\d{4}-\d\d-\d\d)[Tt ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:[Zz]|[+-]\d\d(?::?\d\d)?)?")
_MONTH = deferred(r"(\d{4})-(\d\d)")
_QUARTER = deferred(r"(?:(\d{4})[- ]?[Qq]([1-4])|[Qq]([1-4])[- ]?(\d{4}))")
_HALF = deferred(r"(?:(\d{4})[- ]?[Hh]([12])|[Hh]([12])[- ]?(\d{4}))")  # `2026-H2`, `H2 2026`
_YEAR = deferred(r"(?:19|20|21)\d\d")  # `revisit: 2027`: a year alone (never a cycle: those are `2027.1`)
_SLASHED_MONTH = deferred(r"(0?[1-9]|1[0-2])/(\d{4})")  # `05/2017`, as a header table writes a month
_NOTE = deferred(r"\s+\([^()]*\)")  # `2026-Q4 (if the ecosystem shifts)`: the note after the point


def first_day_of(text: str) -> date | None:
    """The day a revisit point that is not an ISO date falls due, or None: a date-time's day
    (`2024-06-01T00:00:00Z`), a month's first day (`2024-06`, `05/2024`), a quarter's (`2024-Q3`, `Q3 2024`), a
    half-year's (`2026-H2`, `H2 2026`), a year's (`2027`), each maybe followed by a note in brackets. Only text that
    opens with a digit, a Q or an H is looked at further."""
    if not text or not (text[0].isdigit() or text[0] in "QqHh"):
        return None
    if text[-1] == ")":
        note = _NOTE.search(text)
        if note is None or note.end() != len(text):
            return None
        text = text[:note.start()]
        day = parse_iso_date(text)
        if day is not None:
            return day
    match = _DATE_TIME.fullmatch(text)
    if match is not None:
        return parse_iso_date(match.group(1))
    match = _MONTH.fullmatch(text)
    if match is not None:
        year, month = int(match.group(1)), int(match.group(2))
        return date(year, month, 1) if 1 <= month <= 12 and year >= 1 else None
    match = _QUARTER.fullmatch(text)
    if match is not None:
        year = int(match.group(1) or match.group(4))
        quarter = int(match.group(2) or match.group(3))
        return date(year, 3 * quarter - 2, 1) if year >= 1 else None
    match = _HALF.fullmatch(text)
    if match is not None:
        year = int(match.group(1) or match.group(4))
        return date(year, 1 if (match.group(2) or match.group(3)) == "1" else 7, 1) if year >= 1 else None
    if _YEAR.fullmatch(text) is not None:
        return date(int(text), 1, 1)
    match = _SLASHED_MONTH.fullmatch(text)
    if match is not None:
        return date(int(match.group(2)), int(match.group(1)), 1) if int(match.group(2)) >= 1 else None
    return None


def is_period(text: str) -> bool:
    """Whether ``text`` is written as a month or a quarter (`2024-13`, `Q5 2024` too): never a cycle's name."""
    return _PERIOD_SHAPE.fullmatch(_NOTE.sub("", text).strip()) is not None


def period_shapes(text: str) -> str:
    """What a period ``is_period`` says ``text`` is written as must look like, for a message."""
    return "half-year (YYYY-H1, YYYY-H2)" if "h" in text.lower() else "month or quarter (YYYY-MM, YYYY-QN)"


_PERIOD_SHAPE = deferred(r"\d{4}-\d{1,2}|\d{4}[- ]?[QqHh]\d|[QqHh]\d[- ]?\d{4}")  # the digits aside


def date_shaped(text: str) -> bool:
    """Whether ``text`` looks like a date (`2021-13-01` does): such a text is judged as a date, never taken for
    the name of a cycle or a revision."""
    parts = text.split("-")
    return len(parts) == 3 and len(parts[0]) == 4 and all(part.isdigit() and 0 < len(part) <= 2
                                                          for part in parts[1:]) and parts[0].isdigit()


def date_problem(text: str) -> str | None:
    """Why the date-shaped ``text`` is not an ISO calendar date (`month must be in 1..12`), or None if it is
    one (or is not date-shaped)."""
    text = text.strip()
    if not date_shaped(text) or parse_iso_date(text) is not None:
        return None
    try:
        date(*(int(part) for part in text.split("-")))
    except ValueError as error:
        return str(error)
    return "write it as YYYY-MM-DD, with two-digit months and days"
