"""Records as data for scripts (JSON, CSV) and as text for people (tables)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import date
from itertools import islice
from typing import Any

from adrtool.model import Record, RevisitPoint, public_fields
from adrtool.project.workspace import Workspace
from adrtool.views.visible import json_safe, one_line, visible

LIST_COLUMNS = ("number", "status", "date", "revisit", "title")


def record_data(record: Record, workspace: Workspace) -> dict[str, Any]:
    """The stable JSON shape of a record: its public fields (adrtool.model), then its path."""
    values = record.__dict__
    data = {name: json_value(values[name]) for name in PUBLIC_FIELDS}
    data["path"] = shown_path(record, workspace)
    return data


PUBLIC_FIELDS = public_fields()
COLUMNS = (*PUBLIC_FIELDS, "path")  # of a record's JSON object and CSV row


def json_value(value: object) -> Any:
    """A field's value as JSON data."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, tuple):
        return [json_value(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, RevisitPoint):
        return value.text
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"no JSON form for a {type(value).__name__}")


def records_json(records: Sequence[Record], workspace: Workspace) -> str:
    """``to_json([record_data(record, workspace) for record in records])``, written without the dicts."""
    return json_array(map(JsonObject(workspace), records))


def json_array(objects: Iterable[str]) -> str:
    """JSON objects (``JsonObject``'s) as ``to_json`` writes a list of them: one a line."""
    text = ",\n".join(objects)
    return json_safe(f"[\n{text}\n]") if text else "[]"


PIECE_OBJECTS = 200  # ~90 KB: below the 128 KB from which the C allocator maps every block afresh


def json_array_pieces(objects: Iterable[str]) -> Iterator[str]:
    """``json_array(objects)`` and a newline, in pieces of ``PIECE_OBJECTS`` objects to be written one by one.

    At 10,000 records the array is 4 MB, and each copy of it on its way out (the join, the stream's
    encoding, the answer store's) is memory the process has not touched before: its page faults cost more
    than the copying. Pieces reuse the same memory."""
    found = iter(objects)
    opening = "[\n"
    while batch := list(islice(found, PIECE_OBJECTS)):
        yield json_safe(opening + ",\n".join(batch))
        opening = ",\n"
    yield "[]\n" if opening == "[\n" else "\n]\n"


class JsonObject:
    """A record's JSON object, as ``to_json(record_data(record, workspace))`` writes it in a list.

    Building a dict per record and encoding it costs three times as much as writing each object from the
    encoder's string function, with the values that recur across a log (statuses, days, cycles, name lists)
    encoded once. The encoder of each field is chosen once from the model's type of it; a test holds the two
    ways to the same bytes.
    """

    def __init__(self, workspace: Workspace) -> None:
        try:  # what json.dumps(ensure_ascii=False) uses for strings, without loading all of json
            from _json import encode_basestring
        except ImportError:  # pragma: no cover - a Python without json's C part
            from json.encoder import encode_basestring

        self.workspace = workspace
        self.encode = encode_basestring
        self.encoded: dict[Any, str] = {None: "null", (): "[]"}
        self.directory, self.prefix = workspace.decision_dir, workspace.relative_in_dir("")  # nearly every record's
        types = {item.name: str(item.type) for item in fields(Record)}
        self.fields = [(name, f'"{name}": ', self._encoder(types[name])) for name in PUBLIC_FIELDS]

    def _encoder(self, kind: str) -> Callable[[Any], str]:
        if kind.startswith("str"):
            return self._string
        if kind.startswith("int"):
            return self._number
        if kind.startswith(("date", "tuple", "RevisitPoint", "Dialect")):
            return self._recurring
        return self._any

    def __call__(self, record: Record) -> str:
        values = record.__dict__
        path = self.prefix + record.filename if record.directory is self.directory else \
            shown_path(record, self.workspace)
        parts = [key + encode(values[name]) for name, key, encode in self.fields]
        parts.append('"path": ' + self.encode(path))
        return "{" + ", ".join(parts) + "}"

    def _string(self, value: str | None) -> str:
        return self.encode(value) if value is not None else "null"

    @staticmethod
    def _number(value: int | None) -> str:
        return str(value) if value is not None else "null"

    def _recurring(self, value: Any) -> str:
        found = self.encoded.get(value)
        if found is None:
            found = self.encoded[value] = self._any(value)
        return found

    def _any(self, value: Any) -> str:
        import json

        return json.dumps(json_value(value), ensure_ascii=False)


def shown_path(record: Record, workspace: Workspace) -> str:
    if workspace.holds(record.directory):
        return workspace.relative_in_dir(record.filename)
    return workspace.relative(record.path)


def markdown_inline(text: str) -> str:
    """A record's text as literal Markdown inline text: no link, no raw HTML, no control character, whatever
    it holds."""
    text = visible(" ".join(text.split()))
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
        return json_safe(f"[\n{items}\n]")
    return json_safe(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([one_line("; ".join(map(str, row[c]))) if isinstance(row[c], list) else
                         ("" if row[c] is None else one_line(row[c]) if isinstance(row[c], str) else row[c])
                         for c in columns])
    return buffer.getvalue()


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """A plain text table, columns padded to the widest cell; the last column is not padded. A cell stays on
    its line: control characters, tabs and newlines in it are written as escapes."""
    rows = [[one_line(str(cell)) for cell in row] for row in rows]
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


STATUS_WIDTH = 24  # a status is a word or two; a longer one (a log's own phrase) is cut in the table


def list_rows(records: Iterable[Record], with_log: bool = False) -> list[list[str]]:
    """The `adr list` table's rows (LIST_COLUMNS; with ``with_log``, the record's log first)."""
    records = list(records)
    rows = [[record.shown_number, _cut(record.status or "-", STATUS_WIDTH),
             record.date.isoformat() if record.date else "-", record.revisit.text if record.revisit else "-",
             record.title or "(no title)"] for record in records]
    if with_log:
        for row, record in zip(rows, records):
            row.insert(0, record.log or "-")
    return rows


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def github_annotation(level: str, path: str, line: int | None, message: str, title: str | None = None) -> str:
    """A GitHub Actions workflow command (`::warning file=...,line=...::message`), escaped as GitHub expects."""
    properties = [f"file={_escape_property(visible(path))}"]
    if line is not None:
        properties.append(f"line={line}")
    if title:
        properties.append(f"title={_escape_property(visible(title))}")
    return f"::{level} {','.join(properties)}::{_escape_data(visible(message))}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
