"""ADR1xx: files, names and numbers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from adrtool.errors import AdrError
from adrtool.model import Dialect, Record
from adrtool.records.names import CANONICAL_NAME, RECORD_NAME
from adrtool.records.slug import slugify
from adrtool.rules.context import Context
from adrtool.rules.registry import ERROR, WARNING, Problem, at, log_rule, record_rule

# Markdown files a decision directory commonly holds besides records (and any *template*): never flagged.
NOT_RECORDS = frozenset({"readme", "index", "contributing", "changelog", "license", "toc"})


@log_rule("ADR100", "unreadable-record", ERROR,
          "A record file that cannot be read or parsed (bad UTF-8, broken YAML) drops out of every report.")
def unreadable(context: Context) -> Iterator[Problem]:
    for failure in (*context.log.failures, *context.late_failures):
        if failure.path is not None:
            yield Problem(failure.path, failure.line or 1, 1, failure.message)


@log_rule("ADR101", "unnumbered-record", ERROR,
          "A decision record named without a number is invisible to adr: it is never listed, indexed or due.")
def unnumbered(context: Context) -> Iterator[Problem]:
    directory = context.log.directory
    index_name = context.config.index.lower()
    try:
        names = sorted(context.decision_files.difference(record.filename for record in context.log.records))
    except OSError:
        return
    for name in names:
        lower = name.lower()
        if not lower.endswith(".md") or RECORD_NAME.match(name) or name.startswith(".") or lower == index_name \
                or lower[:-3] in NOT_RECORDS or "template" in lower:
            continue
        path = directory / name
        if path.is_file() and context.in_scope(path) and _looks_like_a_record(path):
            try:
                slug = slugify(name[:-3])
            except AdrError:  # no letters to make a slug from
                slug = "title"
            yield Problem(path, 1, 1, f"looks like a decision record but its name has no number, so adr "
                                      f"ignores it; rename it {context.next_number:04d}-{slug}.md")


def _looks_like_a_record(path: Path) -> bool:
    """A status or date in any dialect's place (front matter, MADR 2 bullets, adr-tools lines)."""
    from adrtool.fsio import TextFile, read_text
    from adrtool.records.dialects import parse

    try:
        file = read_text(path)
        record = parse(TextFile(path.with_name("0-" + path.name), file.raw, file.text))
    except AdrError:
        return False
    return record.format is not Dialect.PLAIN and ("status" in record.meta or "date" in record.meta)


@record_rule("ADR102", "file-name", WARNING,
             "Record files are named NNNN-slug.md (4+ digits, lowercase words joined by hyphens), as adr-tools "
             "and MADR name them.")
def file_name(record: Record, context: Context) -> Iterator[Problem]:
    name = record.filename
    if CANONICAL_NAME.match(name):
        return
    try:
        expected = f"{record.number:04d}-{slugify(record.slug)}.md"
    except AdrError:
        expected = f"{record.number:04d}-slug.md"
    yield Problem(record.path, 1, 1, f"file name {name!r} is not NNNN-slug.md; expected {expected!r}")


@log_rule("ADR103", "duplicate-number", ERROR,
          "Two records with one number (often records added on parallel branches) make every reference "
          "to that number ambiguous (log4brains' YYYYMMDD-slug.md dates excepted).")
def duplicate_number(context: Context) -> Iterator[Problem]:
    for number, names in context.names_by_number.items():
        if len(names) < 2 or _is_date(number):
            continue
        for name in names:
            others = ", ".join(other for other in names if other != name)
            yield Problem(context.log.directory / name, 1, 1, f"number {number} is also used by {others}; give "
                                                              f"one of them the next free number "
                                                              f"({context.next_number:04d})")


def _is_date(number: int) -> bool:
    """log4brains names files by date (20210419-slug.md): records of one day share that "number"."""
    from adrtool.model import parse_iso_date

    text = str(number)
    return len(text) == 8 and parse_iso_date(f"{text[:4]}-{text[4:6]}-{text[6:]}") is not None


@record_rule("ADR104", "title-number", ERROR,
             "The number in an adr-tools title (`# 3. Title`) must be the file's number, or links and "
             "references disagree.")
def title_number(record: Record, context: Context) -> Iterator[Problem]:
    if record.heading_number is not None and record.heading_number != record.number:
        yield at(record, record.title_line, f"title number {record.heading_number} differs from the file's "
                                            f"number {record.number}")
