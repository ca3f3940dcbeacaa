"""The records a `## Related` section lists (`## Related Decisions`, `## Related ADRs`): each bullet that opens
with a reference to a record (`- ADR-013: NIP-17 Order Message Transport`, `- ADR-013 / ADR-014 (...)`) or a
link to one (`- [ADR-004](ADR-004-mcp-integration.md): MCP entrypoint pattern`) relates the record to it; one
that opens with `Extends` (`- Extends ADR-0002 (...)`) extends it, and one that opens with a supersede relation
(`- Superseded by: ADR-0009 (..)`, `- **Supersedes:** [ADR-0033](..)`, as le-truc's template places it)
supersedes it or names its successor. A link to a record file of another log
(`- [Root ADR 005: PostgreSQL](../../../../docs/adr/005-x.md)`, `/src/csharp/docs/adr/005-x.md` from the root) is
a link to that log's record, kept out of this record's own relates-to. A bullet that opens otherwise (`Issue:
#1084`, a commit, a path, `[INV-006](../CANON/INVARIANTS.md)`, `Supersedes no prior ADR`) names no record,
and neither does a mention later in a bullet.
"""

from __future__ import annotations

import dataclasses
import re

from adrtool.model import Link, Record
from adrtool.patterns import deferred
from adrtool.records import markdown
from adrtool.records.crosslog import leaves_directory, written_folder
from adrtool.records.dialects.normalize import canonical_key
from adrtool.records.dialects.nygard import PARTIAL, PARTLY, link_target, number_of_file
from adrtool.records.values import SUPERSEDED_WORD, SUPERSEDES_WORD

_HEADINGS = frozenset({"related", "related decisions", "related adrs", "related records", "related decision records"})
_ITEM = re.compile(r"[*+-]\s+(?:\*\*|__)?(.*)")  # a top-level bullet
_VERB = deferred(rf"(extends|relates\s+to|related\s+to|(?P<older>{SUPERSEDES_WORD}|replaces)"
                 rf"|(?P<newer>{SUPERSEDED_WORD}\s+by|replaced\s+by))(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?\s+",
                 re.IGNORECASE)
# A reference as these logs write it: `ADR-013`, `ADR 4`, `ADR004` (capitals: `adr` in prose is a word).
_REFERENCE = re.compile(r"ADR[-_ ]?(\d{1,6})(?![\w.'’-]*\w)")  # not `ADR-0009's successor`
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
# `ADR-013 / ADR-014`, `ADR-001 (Dagster), ADR-002 (DBT)`
_JOINED = deferred(r"(?:\s*\([^()]*\))?\s*(?:/|,|&|and)\s*")


_SUPERSEDE_LABELS = frozenset({"supersedes", "superseded-by"})
# A remark that the record a bullet names is yet to be written.
_NOT_YET_WRITTEN = deferred(r"\((?:planned|future|upcoming|to be written|not yet written|tbd|to do|todo|coming)\)",
                            re.IGNORECASE)


def related_links(lines: list[str]) -> list[Link]:
    """The links the bullets of the record's Related sections give, each once."""
    found: list[Link] = []
    headings = markdown.iter_headings(lines)
    opened: markdown.Heading | None = None
    for heading in (*headings, None):
        if opened is not None:
            end = markdown.end_before(lines, heading) if heading is not None else len(lines)
            for index in range(opened.line, end):
                item = _ITEM.fullmatch(lines[index].rstrip())
                if item is not None:
                    found.extend(link for link in _bullet(item.group(1), index + 1)
                                 if all((link.label, link.target, written_folder(link.href))
                                        != (other.label, other.target, written_folder(other.href)) for other in found))
            opened = None
        if heading is not None and heading.level == 2 and heading.text.strip().lower() in _HEADINGS:
            opened = heading
    return found


def _bullet(text: str, line: int) -> list[Link]:
    if ")" in text and _NOT_YET_WRITTEN.search(text) is not None:
        return []  # `- ADR-002: Interface-First Design (planned)`: a record to come, none yet (go-micro)
    verb = _VERB.match(text)
    key = "relates-to"
    if verb is not None:
        key = "supersedes" if verb.group("older") else "superseded-by" if verb.group("newer") \
            else "extends" if verb.group(1).lower() == "extends" else key
        if key in PARTLY and PARTIAL.search(text, verb.end()) is not None:
            key = PARTLY[key]  # `- Supersedes ADR-0003 (partly: ..)`: amends
        text = text[verb.end():]
    found: list[Link] = []
    at = 0
    while True:
        link = _LINK.match(text, at)
        if link is not None:
            label, href = link.groups()
            if _REFERENCE.match(label) is None and (number_of_file(href) is None or ("/" in href.removeprefix("./")
                                                                                    and not _another_log(href))):
                break  # `[INV-006](../CANON/INVARIANTS.md)`: no record
            target = link_target(label, href)
            if target is None:
                break
            found.append(Link(key, target, href, line))
        else:
            reference = _REFERENCE.match(text, at)
            if reference is None:
                break
            found.append(Link(key, int(reference.group(1)), None, line))
            link = reference
        joined = _JOINED.match(text, link.end())
        if joined is None or joined.end() == len(text):
            break
        at = joined.end()
    return found


def _another_log(href: str) -> bool:
    """Whether a link to a record file leads into another log: up from the record's folder to one named as logs
    are (`../../../../docs/adr/005-x.md`), or from the project's root (`/src/csharp/docs/adr/005-x.md`)."""
    return href[:3] == "../" or (href[:1] == "/" and href[:2] != "//")


def with_related(record: Record, lines: list[str]) -> Record:
    """``record`` with the records its Related sections list among its links (and its relates-to: of its own log
    only; a record of another log, `[Root ADR 005](../../../../docs/adr/005-x.md)`, is a link alone)."""
    directory = str(record.directory)
    known = {(link.label, link.target, leaves_directory(directory, link.href)) for link in record.links}
    stated = {canonical_key(key) for key in record.meta}  # front matter's `supersedes: []` stands
    added = []
    for link in related_links(lines):
        if link.label in _SUPERSEDE_LABELS and link.label in stated:
            continue
        elsewhere = leaves_directory(directory, link.href)
        if (link.label, link.target, elsewhere) not in known and (elsewhere or link.target != record.number):
            added.append(link)
    if not added:
        return record
    def joined(numbers: tuple[int, ...], label: str) -> tuple[int, ...]:
        return tuple(dict.fromkeys((*numbers, *(link.target for link in added if link.label == label
                                                and link.target is not None
                                                and not leaves_directory(directory, link.href)))))

    return dataclasses.replace(record, relates_to=joined(record.relates_to, "relates-to"),
                               supersedes=joined(record.supersedes, "supersedes"),
                               superseded_by=joined(record.superseded_by, "superseded-by"),
                               links=(*record.links, *added))
