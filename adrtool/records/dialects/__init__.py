"""Turn a record file of any dialect into a Record.

Reading is two-level: everything `list`, `due` and `index` need (metadata, title) comes from a line scan
plus YAML; markdown-it runs only on an adr-tools Status section. Whole-body parsing (sections, links)
is left to the callers that need it (`adrtool.records.body`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adrtool.errors import ReadError
from adrtool.fsio import TextFile, read_text
from adrtool.model import Dialect, Link, Record, record_from
from adrtool.records import markdown
from adrtool.records.dialects import frontmatter, madr2, nygard
from adrtool.records.dialects.normalize import typed_fields
from adrtool.records.names import CANONICAL_NAME, RECORD_NAME, is_record_name

__all__ = ["CANONICAL_NAME", "RECORD_NAME", "is_record_name", "parse", "parse_text", "read_record"]


def read_record(path: Path) -> Record:
    return parse(read_text(path))


_HEAD_CHARS = 1024


def parse(file: TextFile, directory: Path | None = None) -> Record:
    """The record in ``file``; ``directory`` (its parent) may be passed to share one Path object."""
    path = file.path
    return parse_text(file.text, directory or path.parent, path.name, path)


def parse_text(text: str, directory: Path, name: str, path: Path | None = None) -> Record:
    """The record file ``name`` of ``directory`` holds (its text decoded); ``path`` is the file's path, for
    errors (made from the other two only when one is raised)."""
    try:
        return _parse(text, directory, name)
    except ReadError as error:
        raise error.at(path or directory / name) from None


def _parse(text: str, directory: Path, name: str) -> Record:
    match = RECORD_NAME.match(name)
    if match is None:
        raise ReadError("not a decision record file name (expected NNNN-title.md)")
    number, slug = int(match.group(1)), match.group(2)
    # Front matter and the title after it are nearly always within the first kilobyte: its whole lines are
    # read alone unless more are needed.
    partial = len(text) > _HEAD_CHARS
    lines = text[:_HEAD_CHARS].split("\n")[:-1] if partial else text.split("\n")
    if not lines:
        lines, partial = text.split("\n"), False
    bounds = frontmatter.split(lines)
    if bounds is not None:
        title = markdown.leading_heading(lines, bounds[1] + 1, 1) if bounds[1] >= 0 else None
        if title is None and partial:
            lines, partial = text.split("\n"), False
            bounds = frontmatter.split(lines)
            assert bounds is not None
        meta, key_lines, body = frontmatter.load(lines, bounds)
        if title is None:
            title = markdown.first_heading(lines, body, 1)
        return _record(directory, name, number, slug, Dialect.FRONTMATTER, title, None, meta, key_lines, body)

    # The title, and MADR 2's bullets right under it, from the first lines when they hold them.
    title = markdown.leading_heading(lines, 0, 1) if partial else None
    if title is None:
        if partial:
            lines, partial = text.split("\n"), False
        title = markdown.first_heading(lines, 0, 1)
    after = title.line - 1 if title is not None else -1
    if after >= 0:
        meta, key_lines, end = madr2.metadata(lines, after)
        if partial and end >= len(lines):
            lines, partial = text.split("\n"), False
            meta, key_lines, end = madr2.metadata(lines, after)
        if madr2.is_metadata(meta):
            return _record(directory, name, number, slug, Dialect.MADR2, title, None, meta, key_lines, 0)

    heading_number = None
    if title is not None:
        heading_number, title_text = nygard.split_title(title.text)
        title = markdown.Heading(title.level, title_text, title.line)
    # adr-tools' Status section is the first: read where it is laid out as adr-tools writes it, from the
    # first lines when it ends within them; else by the general functions, from all lines.
    layout = nygard.plain_layout(lines, after)
    if layout is not None:
        first_section, status, date = layout
    else:
        if partial:
            lines = text.split("\n")
        first_section, status = nygard.sections(lines, after)
        date = nygard.date_line(lines, after, first_section.line - 1 if first_section else len(lines))
    meta, key_lines, links = nygard.status_section(lines, status)
    if heading_number is None and date is None and not meta:
        return _record(directory, name, number, slug, Dialect.PLAIN, title, None, {}, {}, 0)
    if date is not None:
        meta = {"date": date[0], **meta}
        key_lines["date"] = date[1]
    return _record(directory, name, number, slug, Dialect.NYGARD, title, heading_number, meta, key_lines, 0, links)


def _record(directory: Path, filename: str, number: int, slug: str, dialect: Dialect, title: markdown.Heading | None,
            heading_number: int | None, meta: dict[str, Any], key_lines: dict[str, int], body: int,
            links: tuple[Link, ...] = ()) -> Record:
    fields = typed_fields(meta)
    fields.update(directory=directory, filename=filename, number=number, slug=slug, format=dialect,
                  title=title.text if title is not None and title.text else None,
                  title_line=title.line if title is not None else None, heading_number=heading_number,
                  meta=meta, meta_lines=key_lines, body_line=body + 1, links=links)
    return record_from(fields)

