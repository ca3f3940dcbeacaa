"""adr-tools (Michael Nygard's format): `# 3. Title`, a `Date:` line and a `## Status` section.

The Status section holds a status word paragraph (`Accepted`) and link paragraphs that adr-tools writes
as `Label [N. Title](000N-title.md)`: `Superseded by`, `Supersedes`, `Amended by`, `Amends` or any label
given to `adr link`. `Superceded by` (sic) appears in older logs and means the same.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from adrtool import markdown
from adrtool.model import Link
from adrtool.reader.normalize import number_of

TITLE_NUMBER = re.compile(r"^(\d+)\.\s+(.*)$")
_DATE_LINE = re.compile(r"^Date:\s*(.*?)\s*$")
_LABEL_ALIASES = {"superceded-by": "superseded-by", "supercedes": "supersedes"}


def split_title(text: str) -> tuple[int | None, str]:
    match = TITLE_NUMBER.match(text)
    if match:
        return int(match.group(1)), match.group(2).strip()
    return None, text


def date_line(lines: list[str], after: int, until: int) -> tuple[str, int] | None:
    for index in range(after + 1, min(until, len(lines))):
        match = _DATE_LINE.match(lines[index])
        if match:
            return match.group(1), index + 1
    return None


def label_key(label: str) -> str:
    key = "-".join(label.lower().strip(" :").split())
    return _LABEL_ALIASES.get(key, key)


def sections(lines: list[str], after: int) -> tuple[markdown.Heading | None, markdown.Section | None]:
    """The first section heading after line index ``after`` (None when a level-1 heading comes first) and the
    `## Status` section, from one scan of the headings: in adr-tools' layout, Status is the first section."""
    headings = markdown.iter_headings(lines, after + 1)
    for opening in headings:
        if opening.level <= 2:
            break
    else:
        return None, None
    status = markdown.find_section_in(lines, ("Status",), itertools.chain((opening,), headings))
    return (opening if opening.level == 2 else None), status


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
