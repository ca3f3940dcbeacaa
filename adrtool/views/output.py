"""Records as data for scripts (JSON, CSV) and as text for people (tables)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import date
from itertools import islice
from operator import attrgetter
from typing import Any

from adrtool.model import Link, Record, RevisitPoint, public_fields
from adrtool.project.workspace import Workspace
from adrtool.records.crosslog import other_log, written_folder
from adrtool.records.markdown import literal_inline
from adrtool.records.names import linked_identity, record_named_by_words, unnumbered_link_identity
from adrtool.views.visible import json_safe, one_line, visible

LIST_COLUMNS = ("number", "status", "date", "revisit", "title")


def record_data(record: Record, workspace: Workspace) -> dict[str, Any]:
    """The stable JSON shape of a record: its public fields (adrtool.model) as JSON data, then its path."""
    return RecordData(workspace)(record)


PUBLIC_FIELDS = public_fields()
_PUBLIC_VALUES = attrgetter(*PUBLIC_FIELDS)
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
    if isinstance(value, Link):
        return link_data(value)
    raise TypeError(f"no JSON form for a {type(value).__name__}")


class RecordData:
    """``record_data`` for the records of one workspace: each field's conversion to JSON data chosen once, from
    the model's type of it (most fields need none), and the path made from the decision directory's."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.directory, self.prefix = workspace.decision_dir, workspace.relative_in_dir("")  # nearly every record's
        types = {item.name: str(item.type) for item in fields(Record)}
        # Of several logs, each one's directory and its name: a link into another log names it (``log``)
        self.logs = {str(log.directory): log.label for log in workspace.logs} if workspace.several else {}
        self.conversions = [(name, convert) for name in PUBLIC_FIELDS
                            if (convert := _conversion(types[name])) is not None]

    def __call__(self, record: Record) -> dict[str, Any]:
        data = dict(zip(PUBLIC_FIELDS, _PUBLIC_VALUES(record)))
        for name, convert in self.conversions:
            value = data[name]
            if value is not None:
                data[name] = convert(value)
        data["links"] = links_data(record) if record.links or record.supersedes or record.superseded_by or \
            record.relates_to else []
        if self.logs and data["links"]:
            self._name_other_logs(record, data["links"])
        data["path"] = self.prefix + record.filename if record.directory is self.directory else \
            shown_path(record, self.workspace)
        return data


    def _name_other_logs(self, record: Record, links: list[dict[str, Any]]) -> None:
        """Give each link into another log of the project (``links_data``'s items) that log's name as ``log``."""
        directory, root = str(record.directory), str(self.workspace.root)
        seen = set()
        for item in list(links):
            log = other_log(directory, item["href"], self.logs, root)
            if log is None or self.logs[log] == record.log:  # none, or an area of the record's own log
                continue
            if (item["kind"], item["number"], item["id"], log) in seen:  # `../../docs/adr/5-x.md`, `/docs/adr/5-x.md`
                links.remove(item)
                continue
            seen.add((item["kind"], item["number"], item["id"], log))
            item["log"] = self.logs[log]


def _conversion(kind: str) -> Callable[[Any], Any] | None:
    """How a value of the model's type ``kind`` (its annotation) becomes JSON data; None: it is already (or, for
    the links, made from the whole record: ``links_data``)."""
    if kind in ("str", "str | None", "int", "int | None") or kind.startswith("tuple[Link"):
        return None
    if kind.startswith(("tuple[str", "tuple[int")):
        return list
    if kind.startswith("date"):
        return date.isoformat
    if kind.startswith("RevisitPoint"):
        return _point_text
    if kind.startswith("Dialect"):
        return _enum_value
    return json_value


# The typed link fields of a record: each link's kind, and the field holding the numbers it names.
TYPED_LINKS = (("supersedes", "supersedes"), ("superseded-by", "superseded_by"), ("relates-to", "relates_to"))


def links_data(record: Record) -> list[dict[str, Any]]:
    """Every link the record writes, each once, as JSON data: ``{"kind": "amended-by", "number": 2, "id": "0002",
    "href": "0002-x.md"}``. ``kind`` is the label as the reader keys it (`supersedes`, `relates-to`, `extends`,
    `refined-by` ...); the other record is named by ``number``, or, a date-named one, by ``id`` (null when the link
    names it by number alone, `ADR-0002`); ``href`` is the link as written, null for a number in metadata. The
    labelled links come first, in file order, then the typed fields' numbers no link gave (front matter's
    `supersedes: [3]`): one list a script reads, whatever the dialect."""
    found: list[dict[str, Any]] = []
    seen: set[tuple[str, int | str | None, str]] = set()
    for link in record.links:
        item = link_data(link, by_words=record_named_by_words(record))
        number = item["number"]
        key = (link.label, number if number is not None else item["id"] or item["href"], written_folder(link.href))
        if key not in seen:
            seen.add(key)
            found.append(item)
    folders = {key[2] for key in seen} or {""}
    for kind, name in TYPED_LINKS:
        for number in getattr(record, name):
            if not any((kind, number, folder) in seen for folder in folders):
                seen.add((kind, number, ""))
                found.append({"kind": kind, "number": number, "id": None, "href": None})
    return found


def link_data(link: Link, *, by_words: bool = False) -> dict[str, Any]:
    """One link as JSON data (see ``links_data``)."""
    if link.target is not None:
        named = linked_identity(link.href) if link.href else None
        return {"kind": link.label, "number": link.target, "id": named[1] if named is not None else None,
                "href": link.href}
    named = unnumbered_link_identity(link.href, by_words=by_words) if link.href else None
    return {"kind": link.label, "number": None, "id": named[1] if named is not None else None, "href": link.href}


def _point_text(point: RevisitPoint) -> str:
    return point.text


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def records_json(records: Sequence[Record], workspace: Workspace) -> str:
    """``to_json([record_data(record, workspace) for record in records])``."""
    return json_array(map(compact_encoder(), map(RecordData(workspace), records)))


def records_json_pieces(records: Iterable[Record], workspace: Workspace) -> Iterator[str]:
    """``records_json(records, workspace)`` and a newline, in pieces (``json_array_pieces``): no record's data
    is kept once written."""
    return json_array_pieces(map(compact_encoder(), map(RecordData(workspace), records)))


def compact_encoder() -> Callable[[Any], str]:
    """json's C encoder for one compact object a call, made once and used for every object: what
    ``json.dumps(value, ensure_ascii=False, default=str)`` writes, without a new encoder for each (at 10,000
    records, a tenth of `adr list --format json`)."""
    try:
        from _json import encode_basestring, make_encoder
    except ImportError:  # pragma: no cover - a Python without json's C part
        import json

        return json.JSONEncoder(ensure_ascii=False, default=str).encode
    encode = make_encoder({}, str, encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(encode(value, 0))


def json_array(objects: Iterable[str]) -> str:
    """JSON objects (``compact_encoder``'s) as ``to_json`` writes a list of them: one a line."""
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


def shown_path(record: Record, workspace: Workspace) -> str:
    if workspace.holds(record.directory):
        return workspace.relative_in_dir(record.filename)
    return workspace.relative(record.path)


def markdown_inline(text: str) -> str:
    """A record's text as literal Markdown inline text: no link, no raw HTML, no control character, whatever
    it holds (``adrtool.records.markdown.literal_inline``)."""
    collapsed = " ".join(text.split())
    # the same string when it changes nothing: an index of 100,000 records holds every title once, not twice
    return literal_inline(visible(text if collapsed == text else collapsed))


def to_json(data: Any) -> str:
    """Pretty JSON for one object; a list is written one compact object per line.

    Indented output goes through json's pure-Python encoder, ten times slower than the C one that
    compact output uses: for 10,000 records that is most of the command's time.
    """
    if isinstance(data, list):
        return json_array(map(compact_encoder(), data))
    import json

    return json_safe(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_text("; ".join(map(_csv_item, row[c]))) if isinstance(row[c], list) else
                         ("" if row[c] is None else _csv_text(row[c]) if isinstance(row[c], str) else row[c])
                         for c in columns])
    return buffer.getvalue()


_FORMULA_OPENINGS = ("=", "+", "-", "@", "\t", "\r")


def _csv_text(text: str) -> str:
    """A text cell on one line, with a `'` before it when it opens as a spreadsheet formula would: a title
    `=HYPERLINK(...)` or a tag `@cmd` is shown as text, never run (OWASP's CSV injection advice). A number
    stays a number (it is no text); a date opens with its year."""
    text = one_line(text)
    return f"'{text}" if text.startswith(_FORMULA_OPENINGS) else text


def _csv_item(item: object) -> str:
    """An item of a list in a CSV cell: a link (``links_data``) as its kind and the record it names
    (`amended-by 2`, `relates-to 20240101-x`; a document that is no record by its link), anything else as its
    text."""
    if isinstance(item, dict):
        named = item["number"] if item["number"] is not None else item["id"] if item["id"] is not None \
            else item["href"]  # a link to a document that is no record: as written
        return f"{item['kind']} {named}"
    return str(item)


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
    """The columns ``text`` takes on a terminal: two for a wide (CJK) character, none for a combining mark or a
    format character (`e` and U+0301 show as one `é`, as a name typed on macOS is often stored)."""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(0 if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


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
