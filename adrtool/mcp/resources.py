"""The resources: each record's Markdown (`adr://decisions/7`), and the index as `adr index` writes it
(`adr://index`)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

from adrtool.errors import NotFound
from adrtool.mcp.guidance import guidance
from adrtool.mcp.session import Call
from adrtool.model import Record
from adrtool.records.log import DecisionLog

SCHEME = "adr://"
INDEX_URI = "adr://index"
RECORD_PREFIX = "adr://decisions/"
RECORD_TEMPLATE = "adr://decisions/{ref}"
MARKDOWN = "text/markdown"


@dataclass(frozen=True)
class Listed:
    uri: str
    name: str
    title: str
    description: str


def record_ref(record: Record, log: DecisionLog) -> str:
    """How a record's URI names it, as `adr show` takes it: its number; its file name when another record
    shares the number; a date-named record's id."""
    if record.number is None:
        return record.id
    return str(record.number) if len(log.numbered(record.number)) == 1 else record.filename


def record_uri(record: Record, log: DecisionLog) -> str:
    """The record's URI: its ref percent-encoded, a file name's bytes that are not UTF-8 as they are."""
    return RECORD_PREFIX + quote(record_ref(record, log).encode("utf-8", "surrogateescape"), safe="")


def listing(call: Call) -> list[Listed]:
    """The index first, then every record in the log's order."""
    log = call.log
    found = [Listed(INDEX_URI, "index", "Index of the decision log",
                    "Every decision in a table, the active ones grouped by the PTG or date they are to be revisited "
                    "at, the superseded ones with their successors (what `adr index` writes).")]
    for record in log.records:
        revisit = record.revisit.text if record.revisit else "none"
        standing = guidance(record, log).get("do_not_follow")
        description = f"{record.status or 'no status'}; decided {record.cycle or '-'}; revisit {revisit}."
        found.append(Listed(record_uri(record, log), f"{record.ref}", record.title or record.filename,
                            f"{description} {standing}" if standing else description))
    return found


def read(call: Call, uri: str) -> str:
    """The Markdown ``uri`` names."""
    if uri == INDEX_URI:
        from adrtool.views.index import render_index

        return render_index(call.workspace, call.log, call.calendar)
    if uri.startswith(RECORD_PREFIX) and len(uri) > len(RECORD_PREFIX):
        from adrtool.fsio import read_text

        return read_text(call.log.find(unquote(uri[len(RECORD_PREFIX):], errors="surrogateescape")).path).text
    raise NotFound(f"no resource {uri!r}; the decision log's are {INDEX_URI} and {RECORD_TEMPLATE}")
