"""adr-tools (Michael Nygard's format): `# 3. Title`, a `Date:` line and a `## Status` section.

The Status section holds a status word paragraph (`Accepted`) and link paragraphs that adr-tools writes
as `Label [N. Title](000N-title.md)`: `Superseded by`, `Supersedes`, `Amended by`, `Amends` or any label
given to `adr link`. `Superceded by` (sic) appears in older logs and means the same.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

from adrtool import markdown
from adrtool.model import Link
from adrtool.reader.normalize import number_of

TITLE_NUMBER = re.compile(r"^(\d+)\.\s+(.*)$")
_DATE_LINE = re.compile(r"Date:\s*(.*)")  # the value's trailing blanks stripped after the match
_LABEL_ALIASES = {"superceded-by": "superseded-by", "supercedes": "supersedes"}


def split_title(text: str) -> tuple[int | None, str]:
    match = TITLE_NUMBER.match(text)
    if match:
        return int(match.group(1)), match.group(2).strip()
    return None, text


def date_line(lines: list[str], after: int, until: int) -> tuple[str, int] | None:
    for index in range(after + 1, min(until, len(lines))):
        line = lines[index]
        if line.startswith("Date:"):
            match = _DATE_LINE.fullmatch(line)
            if match:
                return match.group(1).rstrip(), index + 1
    return None


def label_key(label: str) -> str:
    key = "-".join(label.lower().strip(" :").split())
    return _LABEL_ALIASES.get(key, key)


def sections(lines: list[str], after: int) -> tuple[markdown.Heading | None, markdown.Section | None]:
    """The first section heading after line index ``after`` (None when a level-1 heading comes first) and the
    `## Status` section, from one scan of the headings: in adr-tools' layout, Status is the first section."""
    try:
        return _first_sections(lines, _plain_headings(lines, after + 1))
    except _NotPlain:
        return _first_sections(lines, markdown.iter_headings(lines, after + 1))


def _first_sections(lines: list[str], headings: Iterator[markdown.Heading]) \
        -> tuple[markdown.Heading | None, markdown.Section | None]:
    for opening in headings:
        if opening.level <= 2:
            break
    else:
        return None, None
    status = markdown.find_section_in(lines, ("Status",), itertools.chain((opening,), headings))
    return (opening if opening.level == 2 else None), status


class _NotPlain(Exception):
    pass


def _plain_headings(lines: list[str], first: int) -> Iterator[markdown.Heading]:
    """``markdown.iter_headings`` for lines that are blank, text opening with a letter, or open with `#`
    (all adr-tools writes between the title and the end of the Status section), at a third of its cost;
    at any other line it gives up (``_NotPlain``), and the full scan reads the lines."""
    for index in range(first, len(lines)):
        line = lines[index]
        if not line or line[0].isalpha():  # nothing that opens a heading, a fence, a block, or underlines one
            continue
        if line[0] != "#":
            raise _NotPlain
        atx = markdown.atx_heading(line)
        if atx is not None:  # else `#text`: a line of text
            yield markdown.Heading(atx[0], atx[1], index + 1)


def status_section(lines: list[str], section: markdown.Section | None) \
        -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]]:
    """Status word and links from the `## Status` section, as meta entries and Link objects."""
    meta: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    if section is None:
        return meta, key_lines, ()
    found_links: list[Link] = []
    text = section.text(lines)
    found = markdown.simple_paragraphs(text, section.start + 1)
    for paragraph in found if found is not None else markdown.paragraphs(text, section.start + 1):
        if not paragraph.links:
            if "status" not in meta and paragraph.text:
                meta["status"] = paragraph.text
                key_lines["status"] = paragraph.line
            continue
        label_text, href = paragraph.links[0]
        prefix = paragraph.text.split(label_text, 1)[0] if label_text else paragraph.text
        key = label_key(prefix)
        if not key:
            continue
        target = number_of(href.rsplit("/", 1)[-1]) if href else None
        if target is None:
            target = number_of(label_text)
        found_links.append(Link(key, target, href, paragraph.line))
        if target is not None:
            meta.setdefault(key, []).append(target)
            key_lines.setdefault(key, paragraph.line)
    if "status" not in meta and "superseded-by" in meta:
        key_lines["status"] = key_lines["superseded-by"]
        meta = {"status": "superseded", **meta}
    return meta, key_lines, tuple(found_links)
