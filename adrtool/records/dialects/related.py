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
from adrtool.records.comments import uncommented
from adrtool.records.crosslog import leaves_directory, written_folder
from adrtool.records.dialects.normalize import canonical_key
from adrtool.records.dialects.nygard import PARTIAL, PARTLY, link_target, number_of_file
from adrtool.records.values import SUPERSEDED_WORD, SUPERSEDES_WORD

_HEADINGS = frozenset({"related", "related decisions", "related adrs", "related records", "related decision records"})
_ITEM = re.compile(r"[*+-]\s+(?:\*\*|__)?(.*)")  # a bullet
_VERB = deferred(rf"(extends|relates\s+to|related\s+to|(?P<older>{SUPERSEDES_WORD}|replaces)"
                 rf"|(?P<newer>{SUPERSEDED_WORD}\s+by|replaced\s+by))(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?\s+",
                 re.IGNORECASE)
# A reference as these logs write it: `ADR-013`, `ADR 4`, `ADR004` (capitals: `adr` in prose is a word).
_REFERENCE = re.compile(r"ADR[-_ ]?(\d{1,6})(?![\w.'’-]*\w)")  # not `ADR-0009's successor`
# A link, the brackets of its text escaped where they are its words (`[ADR-0002: Two \\[WIP\\]](0002-two.md)`)
_LABEL = r"(?:[^\[\]\\]|\\.)*"
_LINK = re.compile(rf"\[({_LABEL})\]\(([^()\s]*)\)")
# `ADR-013 / ADR-014`, `ADR-001 (Dagster), ADR-002 (DBT)`
_JOINED = deferred(r"(?:\s*\([^()]*\))?\s*(?:/|,|&|and)\s*")


_SUPERSEDE_LABELS = frozenset({"supersedes", "superseded-by"})
# A remark that the record a bullet names is yet to be written.
_NOT_YET_WRITTEN = deferred(r"\((?:planned|future|upcoming|to be written|not yet written|tbd|to do|todo|coming)\)",
                            re.IGNORECASE)


def related_links(lines: list[str], directory: str) -> list[Link]:
    """The links the bullets of the record's Related sections give, each once; none a code fence or an HTML
    comment holds, which a reader of the page does not see as a bullet. ``directory``: the record's folder, which a
    record's path in a code span (`` `docs/adrs/0003-x.md` ``) must end in to name one of its log."""
    found: list[Link] = []
    seen: set[tuple[str, int | None, str]] = set()  # each link's relation, record and folder as written
    headings = markdown.iter_headings(lines)
    opened: markdown.Heading | None = None
    for heading in (*headings, None):
        if opened is not None:
            end = markdown.end_before(lines, heading) if heading is not None else len(lines)
            shown = list(uncommented(lines[opened.line:end]))
            for index in markdown.unfenced(lines, opened.line, end):
                text = _item_text(shown[index - opened.line])
                if text is None:
                    continue
                for link in _bullet(text, index + 1, directory):
                    if (key := (link.label, link.target, written_folder(link.href))) not in seen:
                        seen.add(key)
                        found.append(link)
            opened = None
        if heading is not None and heading.level == 2 and is_related_heading(heading.text):
            opened = heading
    return found


def _item_text(line: str) -> str | None:
    """The text of the item ``line`` holds in a Related section: a bullet's, at any depth (`  - [ADR-0009](..)`
    under `- Group A`), an HTML list item's (`<li><a href="0009-x.md">ADR 9</a></li>`, its anchor read as a
    link), or a table row's naming a record in a cell (`| [ADR-0009](0009-x.md) | relates |`), the relation a cell
    names alone (`| supersedes |`) before it; None for any other line."""
    line = line.strip()
    if "<a " in line or "<A " in line:
        line = _HTML_ANCHOR.sub(lambda anchor: f"[{anchor.group(2)}]({anchor.group(1)})", line)
        line = _HTML_ITEM.sub("- ", line, count=1)
    if line[:1] == "|" and _TABLE_RULE.fullmatch(line) is None:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        named = next((cell for cell in cells if cell[:1] == "[" or _REFERENCE.match(cell)), None)
        verb = next((cell for cell in cells if _VERB.fullmatch(f"{cell} ") is not None), None)
        return None if named is None else f"{verb} {named}" if verb is not None else named
    item = _ITEM.fullmatch(line)
    return item.group(1) if item is not None else None


_HTML_ANCHOR = deferred(r"<a\s+href\s*=\s*[\"']([^\"'<>\s]+)[\"'][^<>]*>([^<>]*)</a>", re.IGNORECASE)
_HTML_ITEM = deferred(r"^<li>\s*", re.IGNORECASE)
_TABLE_RULE = deferred(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")


def is_related_heading(text: str) -> bool:
    """Whether a level-2 heading's ``text`` names a Related section, its words in bold or not (`## **Related**`,
    as get-forge's records bolden every heading)."""
    text = text.strip()
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark):
            text = text[2:-2].strip()
    return text.lower() in _HEADINGS


def names_a_record(item: str) -> bool:
    """Whether the bullet ``item`` opens by naming a record, as the reader takes it (``_bullet``)."""
    found = _ITEM.fullmatch(item.rstrip())
    return found is not None and bool(_bullet(found.group(1), 0, None))


# A bullet's text that opens by naming a record: a link (`[ADR-0003: Title](./0003-x.md)`, `[ADR-004](..): What`),
# or a reference, bold or not (`**ADR-0020:** Single VPC ..`, `ADR-013: Title`).
_LINKED_ITEM = deferred(rf"\[(?P<label>{_LABEL})\]\((?P<href>[^()\s]*)\)(?P<rest>.*)")
_REFERENCED_ITEM = deferred(r"(?P<open>\*\*|__)?(?P<ref>ADR[-_ ]?\d{1,6})"
                            r"(?P<sep>(?:\*\*|__)?[ \t]*[:：\-–—][ \t]*(?:\*\*|__)?[ \t]*|[ \t]+)(?P<said>\S.*)")
_REFERENCE_SHAPE = deferred(r"([A-Za-z]*[-_ ]?)(\d+)")
_TITLE_AFTER = deferred(r"[ \t]*[:：\-–—][ \t]*")


def item_like(item: str, number: int, title: str, href: str) -> str | None:
    """A Related section's bullet naming record ``number`` (its ``title``, its file linked as ``href``) in the
    shape of ``item``, a bullet of the section naming another: its marker, its reference's letters and width, its
    link's folder, and where it names the record's title; None where ``item`` has no shape read here."""
    bullet = re.match(r"([ \t]*[*+-][ \t]+)(.*)", item.rstrip("\r\n"))
    if bullet is None:
        return None
    marker, text = bullet.groups()
    linked = _LINKED_ITEM.fullmatch(text)
    if linked is not None:
        label, rest = linked.group("label"), linked.group("rest")
        reference = _REFERENCE.match(label)
        said = ""
        if reference is None:
            named = title  # `[Use SSE for Real-time Updates](0003-x.md)`: its title alone
        else:
            named = _like(reference.group(), number)
            if label[reference.end():].strip():  # `[ADR-0003: Use SSE ..](..)`
                named += f"{_separator(label[reference.end():])}{title}"
            elif rest.strip():  # `[ADR-004](..): MCP entrypoint pattern`
                said = f"{_separator(rest)}{title}"
        folder = "./" if linked.group("href").startswith("./") and not href.startswith(("./", "../")) else ""
        return f"{marker}[{named}]({folder}{href}){said}"
    path = _PATH_IN_CODE.fullmatch(text.rstrip())
    if path is not None and "/" not in href.removeprefix("./") and "%" not in href:  # `- `docs/adrs/0003-x.md``
        folder = path.group(1).rpartition("/")[0]
        return f"{marker}`{folder}{'/' if folder else ''}{href.removeprefix('./')}`"
    referenced = _REFERENCED_ITEM.fullmatch(text)
    if referenced is not None:
        return f"{marker}{referenced.group('open') or ''}{_like(referenced.group('ref'), number)}" \
               f"{referenced.group('sep')}{title}"
    return None


def _separator(text: str) -> str:
    """What sets a title apart from the reference before it in ``text`` (`: `, ` - `), else a blank."""
    found = _TITLE_AFTER.match(text)
    return found.group() if found is not None and found.group().strip() else " "


def _like(reference: str, number: int) -> str:
    """Record ``number`` named as ``reference`` names its own: its letters, its digits as wide where they are padded
    (`ADR-0020`); a number of four digits or more with no zero to pad it (`ADR-1234`, `ADR-10099`) as four, a shorter
    one (`ADR-15`) not padded."""
    found = _REFERENCE_SHAPE.fullmatch(reference)
    assert found is not None
    digits = found.group(2)
    width = len(digits) if digits[0] == "0" else 4 if len(digits) >= 4 else 1
    return f"{found.group(1)}{number:0{width}d}"


def _bullet(text: str, line: int, directory: str | None) -> list[Link]:
    """The links the bullet ``text`` gives; ``directory`` as ``related_links`` takes it, None for any folder."""
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
    if text[:1] == "`":
        path = _PATH_IN_CODE.match(text)
        number = number_of_file(path.group(1)) if path is not None else None
        return [Link(key, number, None, line)] if number is not None and path is not None \
            and _in_the_folder(path.group(1), directory) else []
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


# A record's file named by its path in a code span, as ard's Related lists do (`` `docs/adrs/0003-x.md` ``).
_PATH_IN_CODE = deferred(r"`([^`\s]+\.md)`(?![^\s.,;:])")


def _in_the_folder(path: str, directory: str | None) -> bool:
    """Whether ``path`` names a file of the folder ``directory``: its own name, or a path the folder ends with."""
    folder = path.rpartition("/")[0].strip("/")
    return directory is None or not folder or f"/{directory.strip('/')}/".endswith(f"/{folder.removeprefix('./')}/")


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
    for link in related_links(lines, directory):
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
