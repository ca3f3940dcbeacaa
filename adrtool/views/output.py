"""Records as data for scripts (JSON, CSV) and as text for people (tables)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from adrtool.model import Record
from adrtool.project.workspace import Workspace

if TYPE_CHECKING:
    from datetime import date

LIST_COLUMNS = ("number", "status", "date", "revisit", "title")


def record_data(record: Record, workspace: Workspace) -> dict[str, Any]:
    """The stable JSON shape of a record (documented in the README)."""
    return {
        "number": record.number,
        "title": record.title,
        "status": record.status,
        "date": record.date.isoformat() if record.date else None,
        "cycle": record.cycle,
        "revisit": record.revisit.text if record.revisit else None,
        "tags": list(record.tags),
        "decision_makers": list(record.decision_makers),
        "consulted": list(record.consulted),
        "informed": list(record.informed),
        "supersedes": list(record.supersedes),
        "superseded_by": list(record.superseded_by),
        "relates_to": list(record.relates_to),
        "path": shown_path(record, workspace),
        "format": record.format.value,
    }


def records_json(records: Sequence[Record], workspace: Workspace) -> str:
    """``to_json([record_data(record, workspace) for record in records])``, written without the dicts."""
    return json_array(map(JsonObject(workspace), records))


def json_array(objects: Iterable[str]) -> str:
    """JSON objects (``JsonObject``'s) as ``to_json`` writes a list of them: one a line."""
    text = ",\n".join(objects)
    return f"[\n{text}\n]" if text else "[]"


PIECE_OBJECTS = 200  # ~90 KB: below the 128 KB from which the C allocator maps every block afresh


def json_array_pieces(objects: Iterable[str]) -> Iterator[str]:
    """``json_array(objects)`` and a newline, in pieces of ``PIECE_OBJECTS`` objects to be written one by one.

    At 10,000 records the array is 4 MB, and each copy of it on its way out (the join, click's ANSI
    stripping and newline, the stream's encoding, the answer store's) is memory the process has not
    touched before: its page faults cost more than the copying (20 ms a cold `adr list --format json`).
    Pieces reuse the same memory."""
    found = iter(objects)
    opening = "[\n"
    while batch := list(islice(found, PIECE_OBJECTS)):
        yield opening + ",\n".join(batch)
        opening = ",\n"
    yield "[]\n" if opening == "[\n" else "\n]\n"


class JsonObject:
    """A record's JSON object, as ``to_json(record_data(record, workspace))`` writes it in a list.

    Building 10,000 dicts and encoding them costs ~90 ms; writing each object from the encoder's string
    function, with the values that recur across a log (statuses, days, cycles, name lists) encoded once,
    costs a third. A test holds the two to the same bytes.
    """

    def __init__(self, workspace: Workspace) -> None:
        try:  # what json.dumps(ensure_ascii=False) uses for strings, without loading all of json
            from _json import encode_basestring
        except ImportError:  # pragma: no cover - a Python without json's C part
            from json.encoder import encode_basestring  # type: ignore[assignment]

        self.workspace = workspace
        self.encode = encode_basestring
        self.encoded: dict[Any, str] = {None: "null", (): "[]"}
        self.directory, self.prefix = workspace.decision_dir, workspace.relative_in_dir("")  # nearly every record's

    def __call__(self, record: Record) -> str:
        encode, get = self.encode, self.encoded.get
        revisit, decided, title = record.revisit, record.date, record.title
        status, cycle = record.status, record.cycle
        revisit_text = revisit.text if revisit is not None else None
        tags, makers, consulted, informed = record.tags, record.decision_makers, record.consulted, record.informed
        supersedes, successors, related = record.supersedes, record.superseded_by, record.relates_to
        path = self.prefix + record.filename if record.directory is self.directory else \
            shown_path(record, self.workspace)
        return (
            f'{{"number": {record.number}, "title": {encode(title) if title is not None else "null"}, '
            f'"status": {get(status) or self._text(status)}, "date": {get(decided) or self._day(decided)}, '
            f'"cycle": {get(cycle) or self._text(cycle)}, '
            f'"revisit": {get(revisit_text) or self._text(revisit_text)}, '
            f'"tags": {get(tags) or self._array(tags)}, "decision_makers": {get(makers) or self._array(makers)}, '
            f'"consulted": {get(consulted) or self._array(consulted)}, '
            f'"informed": {get(informed) or self._array(informed)}, '
            f'"supersedes": {get(supersedes) or self._array(supersedes)}, '
            f'"superseded_by": {get(successors) or self._array(successors)}, '
            f'"relates_to": {get(related) or self._array(related)}, '
            f'"path": {encode(path)}, "format": "{record.format.value}"}}')

    def _text(self, value: str | None) -> str:
        found = self.encoded[value] = self.encode(value) if value is not None else "null"
        return found

    def _day(self, value: date | None) -> str:
        found = self.encoded[value] = f'"{value.isoformat()}"' if value is not None else "null"
        return found

    def _array(self, values: tuple[Any, ...]) -> str:
        found = self.encoded[values] = "[" + ", ".join(
            self.encode(value) if type(value) is str else str(value) for value in values) + "]"
        return found


def shown_path(record: Record, workspace: Workspace) -> str:
    if workspace.holds(record.directory):
        return workspace.relative_in_dir(record.filename)
    return workspace.relative(record.path)


def markdown_inline(text: str) -> str:
    """A record's text as literal Markdown inline text: no link, no raw HTML, whatever it holds."""
    text = " ".join(text.split())
    return (text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            .replace("<", "&lt;").replace(">", "&gt;"))


def to_json(data: Any) -> str:
    """Pretty JSON for one object; a list is written one compact object per line.

    Indented output goes through json's pure-Python encoder, ten times slower than the C one that
    compact output uses: for 10,000 records that is most of the command's time.
    """
    import json

    if isinstance(data, list):
        if not data:
            return "[]"
        encode = json.JSONEncoder(ensure_ascii=False, default=str).encode  # one encoder, not one per item
        items = ",\n".join(map(encode, data))
        return f"[\n{items}\n]"
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["; ".join(map(str, row[c])) if isinstance(row[c], list) else
                         ("" if row[c] is None else row[c]) for c in columns])
    return buffer.getvalue()


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """A plain text table, columns padded to the widest cell; the last column is not padded."""
    widths = [max(_width(str(cell)) for cell in column) for column in zip(headers, *rows)]
    lines = []
    for row in (headers, *rows):
        cells = [str(cell) + " " * (width - _width(str(cell))) for cell, width in zip(row, widths)]
        cells[-1] = str(row[-1])
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def list_rows(records: Iterable[Record]) -> list[list[str]]:
    return [[f"{record.number:04d}", record.status or "-", record.date.isoformat() if record.date else "-",
             record.revisit.text if record.revisit else "-", record.title or "(no title)"] for record in records]


def github_annotation(level: str, path: str, line: int | None, message: str, title: str | None = None) -> str:
    """A GitHub Actions workflow command (`::warning file=...,line=...::message`), escaped as GitHub expects."""
    properties = [f"file={_escape_property(path)}"]
    if line is not None:
        properties.append(f"line={line}")
    if title:
        properties.append(f"title={_escape_property(title)}")
    return f"::{level} {','.join(properties)}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
