"""`adr new` from a log's own template that no tool's words mark: a template kept by hand, in the log's language
(`0000-plantilla.md`: `# ADR-NNNN — Título`, `**Estado:** Propuesto | Aceptado`, `**Fecha:** AAAA-MM-DD`).

The template is read as a record is, so its title, status and date lines are where the reader finds a record's.
The new record is the template with its title line written as the log's newest record writes its own
(`# ADR-0007 — Nueva decisión`; else the template's, its number placeholder filled), its status line stating the
log's word for the status (``adrtool.records.vocabulary``) and its date line the day, in the order its placeholder
gives (`[dd/mm/aaaa]`: `07/12/2026`). Everything else stays for the author. The result must read back as the new
record, dated; where it would not, there is no filling (the caller writes its dialect's record instead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from adrtool.errors import AdrError
from adrtool.fsio import read_text
from adrtool.model import Record
from adrtool.records.dialects import parse_text
from adrtool.records.vocabulary import status_word

# A day's placeholder: year, month and day in the order the log writes them, in English, Spanish/Portuguese
# (`AAAA-MM-DD`), French (`AAAA-MM-JJ`), German (`JJJJ-MM-TT`) or Polish (`RRRR`) letters.
_YEAR, _DAY = r"(?:yyyy|aaaa|jjjj|rrrr)", r"(?:dd|jj|tt)"
_DAY_PLACEHOLDER = re.compile(rf"(?i)(?P<order>{_YEAR}(?P<a>[-/.])mm(?P=a){_DAY}|{_DAY}(?P<b>[-/.])mm(?P=b){_YEAR}"
                              rf"|mm(?P<c>[-/.]){_DAY}(?P=c){_YEAR})")
# A number's placeholder in a template's title (`ADR-NNNN`, `ADR-XXXX`, `ADR-0000`).
_NUMBER_PLACEHOLDER = re.compile(r"(?<![^\W\d_])(?:N{2,}|X{2,}|n{2,}|x{2,}|0{2,})(?![^\W\d_])")
_BRACKETS = ("[]", "{}", "<>", "()")


def filled(text: str, template: Path, name: str, directory: Path, title: str, status: str, day: dt.date,
           number: int, records: Sequence[Record]) -> str | None:
    """The template ``text`` filled as the log's record ``name`` (numbered ``number``) with ``title``, ``status``
    and ``day``; None when the template has no title, status and date lines, or the result would not read back so."""
    try:
        shape = parse_text(text, directory, name)
    except AdrError:
        return None
    lines = text.split("\n")
    at = {key: shape.meta_lines.get(key) for key in ("status", "date")}
    raw = {key: shape.meta.get(key) for key in ("status", "date")}
    if shape.title_line is None or None in at.values() or not isinstance(raw["status"], str):
        return None
    heading = _newest_heading(records, number, title) or _template_heading(lines[shape.title_line - 1], shape,
                                                                            number, title)
    if heading is None:
        return None
    lines[shape.title_line - 1] = heading
    word = status_word(status, shape, records, template) or status.capitalize()
    for key, value in (("status", word), ("date", _day_as_placed(raw["date"], day))):
        if value is None:
            return None
        replaced = _value_replaced(lines[at[key] - 1], raw[key], value)  # type: ignore[operator]
        if replaced is None:
            return None
        lines[at[key] - 1] = replaced  # type: ignore[operator]
    result = "\n".join(lines)
    try:
        record = parse_text(result, directory, name)
    except AdrError:
        return None
    if (record.number, record.title, record.status, record.date) != (number, title, status, day):
        return None
    return result


def _newest_heading(records: Sequence[Record], number: int, title: str) -> str | None:
    """The title line of the log's newest numbered record, its number and title made ``number`` and ``title``
    (`# ADR-0006 — Local first` -> `# ADR-0007 — Nueva decisión`); None when it is not written as its number
    then its title."""
    numbered = [record for record in records if record.number is not None and record.title
                and record.title_line is not None]
    if not numbered:
        return None
    newest = max(numbered, key=lambda record: (record.number or 0, record.filename))
    try:
        line = read_text(newest.path).text.split("\n")[(newest.title_line or 1) - 1].rstrip()
    except (AdrError, OSError, IndexError):
        return None
    assert newest.title is not None
    if not line.startswith("#") or not line.endswith(newest.title):
        return None
    before = line[:-len(newest.title)]
    digits = [run for run in re.finditer(r"\d+", before) if int(run.group()) == newest.number]
    if not digits:
        return None
    run = digits[-1]
    return f"{before[:run.start()]}{number:0{len(run.group())}d}{before[run.end():]}{title}"


def _template_heading(line: str, shape: Record, number: int, title: str) -> str | None:
    """The template's title line with its number placeholder filled and its title's placeholder replaced."""
    if not shape.title or shape.title not in line:
        return None
    line = line.replace(shape.title, title, 1)
    return _NUMBER_PLACEHOLDER.sub(lambda run: f"{number:0{max(len(run.group()), 1)}d}", line, count=1)


def _day_as_placed(value: object, day: dt.date) -> str | None:
    """``day`` as the template's date ``value`` places its parts; ISO for a placeholder naming none."""
    if isinstance(value, dt.date):
        return day.isoformat()
    if not isinstance(value, str):
        return None
    found = _DAY_PLACEHOLDER.search(value)
    if found is None:
        return day.isoformat() if not value.strip() or _bracketed(value.strip()) else None
    order = found.group("order").lower()
    joint = next(group for group in (found.group("a"), found.group("b"), found.group("c")) if group)
    parts = {"y": f"{day.year:04d}", "m": f"{day.month:02d}", "d": f"{day.day:02d}"}
    kinds = [("y" if piece[0] in "yajr" and len(piece) == 4 else "m" if piece == "mm" else "d")
             for piece in order.split(joint)]
    return joint.join(parts[kind] for kind in kinds)


def _bracketed(text: str) -> bool:
    return len(text) > 1 and any(text[0] == pair[0] and text[-1] == pair[1] for pair in _BRACKETS)


def _value_replaced(line: str, raw: object, value: str) -> str | None:
    """``line`` with the value the reader read from it (``raw``: a placeholder, the choices) replaced by ``value``,
    brackets around it too; None when the line does not hold it after its key."""
    said = raw.isoformat() if isinstance(raw, dt.date) else str(raw).strip()
    at = line.find(said) if said else -1
    if at <= 0:
        return None
    end = at + len(said)
    if at > 0 and end < len(line) and any(line[at - 1] == pair[0] and line[end] == pair[1] for pair in _BRACKETS):
        at, end = at - 1, end + 1
    return f"{line[:at]}{value}{line[end:]}"
