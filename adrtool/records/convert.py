"""`adr convert`: records of other dialects rewritten into the canonical front-matter form.

Only the metadata moves: an adr-tools record loses its `Date:` line, the number in its title and the
status word and supersede links of its Status section (the section goes when nothing else is left in it);
a MADR 2 record loses its metadata bullets; key lines under the title lose the keys that move (status and day
alike), the author's other fields on them staying (`**Context:** ...` after `**Status:** Accepted **Date:** ..`).
Every other line of the body is kept byte for byte, and a conversion that would take a word that no moved key
says is not made: a key line may lose only its moved keys and the values read from them, each at its place
(``_lost_from_key_line``), any other line only words metadata says (``_words_dropped``).

Nothing is guessed into a file: a record whose status or date the reader could not make out with
certainty (no status, a phrase that is not one, a status the project does not configure, `05/02/2018` that
could be either day first or month first, a successor not named by number) is left as it is, with the
reason (``Uncertain``). A status paragraph that says more than the status (`Rejected (see [019](...))`) stays
in the body; a status key line that does (`**Status:** Accepted (Pending ratification)`) leaves the record as
it is. No revisit point is ever added; one the record states on a line of its own (a section that holds
it alone, rke2's `## Revisit by`; the day as a paragraph of its own over a note, which stays under the heading; a
metadata bullet or header line) moves into front matter with the rest, so that `adr revisit` then moves the one
point the record has (and, in a record given front matter before, removes such a day from its body:
``revisit_lines``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from adrtool import fsio
from adrtool.errors import AdrError, WriteRefused, quoted
from adrtool.model import STATUSES, Dialect, Record, RevisitPoint
from adrtool.project.templates import yaml_list, yaml_scalar
from adrtool.records import markdown
from adrtool.records.changes import FileChange
from adrtool.records.dialects import nygard
from adrtool.records.dialects.normalize import canonical_key, revisit_point
from adrtool.records.log import DecisionLog
from adrtool.records.values import (
    LINE_BREAK,
    date_alone,
    lifecycle_word,
    read_date,
    read_otherwise,
    read_status,
    written_day,
)

# MADR 2 bullet keys that become front matter; any other bullet stays in the body.
_MADR2_KEYS = {"status": "status", "date": "date", "deciders": "decision-makers", "tags": "tags",
               "consulted": "consulted", "informed": "informed", "relates-to": "relates-to"}
# adr-tools link labels that front matter says under their own key (with the relations of the project,
# adrtool.records.relations); links of any other label become relates-to and stay in the body too.
_LINK_KEYS = ("supersedes", "superseded-by", "relates-to")


@dataclass(frozen=True)
class Conversion:
    path: Path
    old: bytes
    new: bytes
    revisit: bool = False  # the revisit point moved into front matter too


@dataclass(frozen=True)
class Uncertain:
    """A record left as it is: what the reader could not make out with certainty."""

    path: Path
    reason: str


def convert(record: Record, file: fsio.TextFile, statuses: tuple[str, ...] = STATUSES, *,
            day_first: bool = False, relations: Collection[str] = ()) -> Conversion | Uncertain | None:
    """The canonical form of ``record``; None when it is already in it (or has no metadata to move);
    ``Uncertain`` when its status or date could not be read with certainty (``statuses``: the configured ones;
    ``day_first``: the log's `dd/mm/yyyy` dates are day first for certain, see ``values.day_first``).
    ``relations``: link labels (`amends`) that front matter keeps as keys of their own."""
    if record.format in (Dialect.FRONTMATTER, Dialect.PLAIN):
        return None
    reason = uncertainty(record, statuses, day_first=day_first)
    if reason is not None:
        return Uncertain(file.path, reason)
    keys = frozenset(_LINK_KEYS) | frozenset(relations)
    lines = file.text.split("\n")
    status_line = _status_key_line(record, lines)
    if status_line is not None and not _only_status(record) and not _a_relation_alone(record, keys) \
            and not _a_successor_alone(record):
        return Uncertain(file.path, f"its status line says more than the status: {_quoted(record.meta['status'])}")
    moved = revisit_lines(record, lines)
    taken: dict[int, str] = {}  # what each key line loses: its moved fields, as written
    body = _nygard_body(record, lines, keys, moved or set(), status_line, taken) if record.format is Dialect.NYGARD \
        else _madr2_body(record, lines, moved or set(), taken)
    lost = [text for index in sorted(taken) for text in _lost_from_key_line(record, index + 1, taken[index])]
    if not lost:
        lost = _words_dropped(record, lines, body, keys)
    if lost:
        return Uncertain(file.path, f"converting it would delete text that is not metadata: "
                                    f"{_quoted(' … '.join(lost))}")
    text = _with_front_matter(_front_matter(record, keys, moved is not None), body)
    return Conversion(file.path, file.raw, fsio.encode(text, newline=file.newline, bom=file.has_bom),
                      moved is not None)


def revisit_lines(record: Record, lines: list[str]) -> set[int] | None:
    """The lines (0-based) the record's revisit point moves from into front matter, where they hold it alone: a
    section of its own (rke2's `## Revisit by` over the day), the day as a paragraph of its own in its section (a
    note under it, `If the patcher is still used.`, stays under the heading), or a metadata line (`* Revisit:
    yoga`, `Revisit by: 2025-03-01` under the title); None when there is none, or the point is read from a
    sentence among others (it stays where it is, and front matter gets none)."""
    line = next((line for key, line in record.meta_lines.items() if canonical_key(key) in _REVISIT_KEYS), None)
    if record.revisit is None or line is None:
        return None
    section = next((section for section in markdown.sections(lines) if section.start < line <= section.end), None)
    if section is None:
        return {line - 1}
    if not _a_day_apart(lines, line - 1, section) or not _the_point_alone(lines[line - 1], record.revisit):
        return None
    if _section_alone(lines, line) is not None:
        return set(range(section.heading.line - 1, section.end))
    return {line - 1, line} if line < section.end and not lines[line].strip() else {line - 1}


# The keys a revisit point is read from (`Revisit by`, `Next review`; a review date when no key says one).
_REVISIT_KEYS = ("revisit", "review-date")


def _the_point_alone(line: str, point: RevisitPoint) -> bool:
    """Whether ``line`` states ``point`` and nothing more: a day (`2021-06-11`, `June 11, 2021`), a month or a
    quarter (`June 2021`, `Q3 2021`); not a sentence around it (`2021-06-11, if the patcher is still used.`)."""
    text = line.strip(" \t*_")
    return revisit_point(text) == point and (date_alone(text) is not None or len(text.split()) <= 2)


def _a_day_apart(lines: list[str], index: int, section: markdown.Section) -> bool:
    """Whether line ``index`` of ``section`` is a paragraph of its own: blank lines (or the section's bounds, or a
    heading) around it."""
    before = lines[index - 1].strip() if index > section.start else ""
    after = lines[index + 1].strip() if index + 1 < section.end else ""
    return not before and (not after or after[:1] == "#")


def plan_convert(log: DecisionLog, refs: Sequence[str], statuses: tuple[str, ...] = STATUSES, *,
                 day_first_logs: Collection[object] = (), relations: Collection[str] = ()
                 ) -> tuple[list[FileChange], list[Uncertain]]:
    """Every conversion ``refs`` asks for (all records when empty), planned from ``log`` (read under the
    directory's lock), each checked to read as the same decision; and the records left as they are."""
    records = [log.find(ref) for ref in refs] if refs else list(log.records)
    changes: list[FileChange] = []
    left: list[Uncertain] = []
    for record in records:
        conversion = convert(record, fsio.read_text(record.path), statuses,
                             day_first=record.directory in day_first_logs, relations=relations)
        if isinstance(conversion, Uncertain):
            left.append(conversion)
        elif conversion is not None:
            check = _same_decision(record, conversion.revisit)
            check(conversion.new)
            changes.append(FileChange(conversion.path, conversion.old, conversion.new, "converted", check))
    return changes, left


# What a conversion must keep, as the typed view of the record; relates-to may gain adr-tools' other links.
_KEPT = ("number", "title", "status", "decision_makers", "consulted", "informed", "tags", "supersedes",
         "superseded_by")


def _same_decision(before: Record, revisit: bool) -> Callable[[bytes], None]:
    """``revisit``: the revisit point moved too, and must read as it did."""
    def check(data: bytes) -> None:
        from adrtool.records.dialects import parse

        try:
            after = parse(fsio.decode(before.path, data), before.directory)
        except AdrError as error:
            raise WriteRefused(f"the converted record would not read ({error.message}); nothing was changed",
                               path=before.path) from None
        expected = {name: getattr(before, name) for name in (*_KEPT, *(("revisit",) if revisit else ()))}
        if before.date is not None:
            expected["date"] = before.date
        for name, value in expected.items():
            if getattr(after, name) != value:
                raise WriteRefused(f"the converted record would not read as it did: "
                                   f"{read_otherwise(name, getattr(after, name), value)}; nothing was changed",
                                   path=before.path)
        if after.format is not Dialect.FRONTMATTER or not set(before.relates_to) <= set(after.relates_to):
            raise WriteRefused("the converted record would lose a link; nothing was changed", path=before.path)

    return check


def uncertainty(record: Record, statuses: tuple[str, ...], *, day_first: bool = False) -> str | None:
    """Why ``record``'s status or date cannot be written into front matter as certain; None when both can."""
    raw = record.meta.get("status")
    if record.status is None:
        if not isinstance(raw, str) or not raw.strip():
            return "it states no status"
        return f"its status {_quoted(raw)} is not one adr can read"
    if isinstance(raw, str) and not read_status(raw).sure:
        return f"its status {_quoted(raw)} is not one adr can read"
    if record.status not in statuses:
        return f"its status {quoted(record.status)} is not a configured status (config `statuses`)"
    if record.status == "superseded" and not record.superseded_by:
        return "its successor is not named by a record number"
    date = record.meta.get("date")
    if record.date is None:
        if not isinstance(date, str) or not date.strip():
            return "it states no date"
        return f"its date {_quoted(date)} is not a date adr can read"
    if isinstance(date, str) and not day_first and not read_date(date).sure:
        return f"its date {_quoted(date)} reads as {record.date.isoformat()} day first, but could be month first"
    return None


def _quoted(text: str) -> str:
    return quoted(" ".join(text.split()))


def _front_matter(record: Record, keys: frozenset[str], revisit: bool) -> str:
    """``revisit``: the revisit point moves too (its section held it alone)."""
    assert record.status is not None and record.date is not None  # certain: see uncertainty()
    lines = ["---", f"status: {yaml_scalar(record.status)}", f"date: {record.date.isoformat()}"]
    if revisit:
        assert record.revisit is not None
        lines.append(f"revisit: {yaml_scalar(record.revisit.text)}")
    lines.append(f"decision-makers: {yaml_list(record.decision_makers)}")
    lines.append(f"consulted: {yaml_list(record.consulted)}")
    lines.append(f"informed: {yaml_list(record.informed)}")
    lines.append(f"tags: {yaml_list(record.tags)}")
    if record.supersedes:
        lines.append(f"supersedes: {yaml_list(record.supersedes)}")
    if record.superseded_by:
        lines.append(f"superseded-by: {yaml_list(record.superseded_by)}")
    related = [*record.relates_to, *(link.target for link in record.links
                                     if link.label not in keys and link.target is not None)]
    if related:
        lines.append(f"relates-to: {yaml_list(dict.fromkeys(related))}")
    linked: dict[str, list[int]] = {}
    for link in record.links:
        if link.label in keys and link.label not in _LINK_KEYS and link.target is not None:
            linked.setdefault(link.label, []).append(link.target)
    lines += [f"{key}: {yaml_list(dict.fromkeys(numbers))}" for key, numbers in linked.items()]
    lines.append("---")
    return "\n".join(lines) + "\n"


def _with_front_matter(front_matter: str, body: list[str]) -> str:
    """``body`` under ``front_matter``; where it opens with front matter of another tool's (a GOV.UK tech-docs
    page's `title:` and `last_reviewed_on:`, a Jekyll page's `layout:` and `parent:`), the keys it lacks are
    written at the end of that block instead: a site reads the first block alone, and a second one would put
    the page's own keys in its text."""
    end = _block_end(body)
    if end is None:
        return front_matter + "\n".join(body)
    held = {match.group(1).lower() for line in body[1:end] if (match := _TOP_KEY.match(line)) is not None}
    added = [line for line in front_matter.split("\n")[1:-2]
             if (match := _TOP_KEY.match(line)) is None or match.group(1).lower() not in held]
    return "\n".join([*body[:end], *added, *body[end:]])


def _block_end(lines: list[str]) -> int | None:
    """The index of the line closing the front matter ``lines`` open with, if they open with one."""
    if not lines or lines[0].rstrip() != "---":
        return None
    return next((index for index, line in enumerate(lines[1:], start=1) if line.rstrip() in ("---", "...")), None)


_TOP_KEY = re.compile(r"([A-Za-z0-9_-]+)[ \t]*:")


def _section_alone(lines: list[str], line: int) -> markdown.Section | None:
    """The section whose one line of text is ``line`` (1-based): rke2's `## Established` over the record's day,
    `## Revisit by` over its revisit point; None when the line is in no section or beside other text."""
    section = next((section for section in markdown.sections(lines) if section.start < line <= section.end), None)
    if section is None or [index for index in range(section.start, section.end) if lines[index].strip()] != [line - 1]:
        return None
    return section


def _nygard_body(record: Record, lines: list[str], keys: frozenset[str], drop: set[int],
                 status_line: int | None, taken: dict[int, str]) -> list[str]:
    """``lines`` without what moves into front matter (``drop``: a section that moves as well; ``status_line``:
    the index of a status key line, which moves like the day's); ``taken``: each key line's index, with the text
    it loses."""
    drop = set(drop)
    if record.title_line is not None and record.heading_number is not None:
        index = record.title_line - 1
        lines = [*lines[:index], f"# {record.title}", *lines[index + 1:]]
    date_section = _section_alone(lines, record.meta_lines["date"]) if "date" in record.meta_lines else None
    if date_section is not None:
        drop.update(range(date_section.heading.line - 1, date_section.end))  # `## Date` over the day alone
    moving: dict[int, set[str]] = {}  # header lines and bullets, into front matter: each line's keys
    for key in _MADR2_KEYS.keys() - {"status", "relates-to"}:
        if key in record.meta_lines:
            moving.setdefault(record.meta_lines[key] - 1, set()).add(key)
    if status_line is not None:
        moving.setdefault(status_line, set()).add("status")
    if "revisit" in record.meta_lines and record.meta_lines["revisit"] - 1 in drop:
        moving.setdefault(record.meta_lines["revisit"] - 1, set()).add("revisit")
    lines = list(lines)
    for index, moved_keys in moving.items():
        if index in drop and moved_keys != {"revisit"}:
            continue
        rest, removed = nygard.fields_parted(lines[index], frozenset(moved_keys))
        if rest is None or (not removed and moved_keys != {"status"}):
            drop.add(index)  # the line held these keys alone (or as the reader alone reads it: a table row)
            taken[index] = lines[index]
        else:
            drop.discard(index)
            lines[index] = rest  # the author's other fields stay (`**Context:** Cognito handles auth; ...`)
            taken[index] = removed
    _drop_blank_left_twice(lines, drop)
    section = markdown.find_section(lines, ("Status",))
    if section is not None:
        moved = {record.meta_lines["status"]} if "status" in record.meta_lines and _only_status(record) else set()
        moved |= {line for key, line in record.meta_lines.items()  # `Date: ...` under the status word
                  if key != "status" and key in _MADR2_KEYS and section.start < line <= section.end}
        paragraphs = markdown.paragraphs(section.text(lines), section.start + 1)
        linked = {link.line for link in record.links if link.label in keys and link.line is not None}
        # a link paragraph moves; a sentence that names a relation among other words (`Accepted. Amends
        # [ADR-0036](..): the stream stands; ...`) stays, its link in front matter too
        moved |= {p.line for p in paragraphs if p.line in linked and p.links and nygard.is_link_paragraph(p)}
        kept = [p for p in paragraphs if p.line not in moved]
        if kept:
            for line in sorted(moved):
                _drop_paragraph(lines, line - 1, section.end, drop)
        else:
            drop.update(range(section.heading.line - 1, section.end))
    return [line for index, line in enumerate(lines) if index not in drop]


def _status_key_line(record: Record, lines: list[str]) -> int | None:
    """The index of the line that gives the status under a key (`**Status:** Accepted **Date:** 2025-10-01`) outside
    a Status section; None when the status is a Status section's paragraph or there is none."""
    line = record.meta_lines.get("status")
    if line is None:
        return None
    section = markdown.find_section(lines, ("Status",))
    if section is not None and section.heading.line <= line <= section.end:
        return None
    return line - 1


def _a_relation_alone(record: Record, keys: frozenset[str]) -> bool:
    """Whether the status says the relation its links name and nothing more (`Superseded by [ADR-0003](..)`), each
    link one that front matter keeps."""
    text = record.meta.get("status")
    found = markdown.paragraphs(text) if isinstance(text, str) and "](" in text else []
    line = record.meta_lines.get("status")
    return len(found) == 1 and bool(found[0].links) and nygard.is_link_paragraph(found[0]) \
        and all(link.label in keys for link in record.links if link.line == line)


def _a_successor_alone(record: Record) -> bool:
    """Whether the status says it is superseded by one record, named by its reference alone, and nothing more
    (fh-services' `Superceded by ADR008`, read as superseded by 8): both move into front matter."""
    text = record.meta.get("status")
    if not isinstance(text, str) or record.status != "superseded" or len(record.superseded_by) != 1:
        return False
    reading = read_status(text)
    named = _A_REFERENCE.fullmatch(reading.superseded_by[0].rstrip(". ")) if len(reading.superseded_by) == 1 else None
    return reading.sure and reading.status == "superseded" and named is not None \
        and int(named.group(1)) == record.superseded_by[0]


# A record named by its reference alone: its letters, a joint and its digits (`ADR008`, `ADR-8`, `ADR 0008`, `8`).
_A_REFERENCE = re.compile(r"(?:[A-Za-z]{1,6}[ -]?)?(\d{1,6})")


def _lost_from_key_line(record: Record, number: int, taken: str) -> list[str]:
    """The text ``taken`` from key line ``number`` (1-based) holds besides the keys read on that line and their
    values as read, each at its own place (`**Status:** Accepted **Date:** 2026-01-01` and nothing more): each
    run of it as written (`superseded by decision` after the day, a second `**Status:** Rejected` where the
    first is read); none when the line loses only what moves into front matter."""
    plain = LINE_BREAK.sub(lambda found: " " * len(found.group()), taken)  # (a line break parts fields)
    for key, said in _said_on(record, number):
        span = _said_at(plain, key, said)
        if span is not None:
            plain = plain[:span[0]] + " " * (span[1] - span[0]) + plain[span[1]:]
    runs: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(plain):
        if _WORD.search(token.group()) is None and _COMMENT_MARK.search(token.group()) is None:
            continue  # (a comment's opening or end is text too: without it, what it hid would show)
        if runs and not plain[runs[-1][1]:token.start()].strip(_SEPARATORS) \
                and taken[runs[-1][1]:token.start()] == plain[runs[-1][1]:token.start()]:
            runs[-1] = (runs[-1][0], token.end())  # nothing read between them: one run
        else:
            runs.append((token.start(), token.end()))
    return [taken[start:end].strip(_SEPARATORS) for start, end in runs]


_TOKEN = re.compile(r"\S+")
_COMMENT_MARK = re.compile(r"<!--|-->")
_SEPARATORS = " \t·•|,;"
# A key and its colon (or blanks alone, `Date 2023-09-26`) right before a value (``_said_at``).
_KEY_BEFORE = re.compile(r"(?:\*\*|__|\*|_)?([^\W\d_][^:：*_\n]{0,40}?)[ \t]*(?:\([^()\n]{1,24}\))?(?:\*\*|__|\*|_)?"
                         r"[ \t]*[:：|]?(?:\*\*|__|\*|_)?[ \t]*(?:[–—-][ \t]*)?$")


def _said_on(record: Record, number: int) -> list[tuple[str, re.Pattern[str]]]:
    """Each key read on line ``number`` (1-based), with the value read under it as it is written there (the day
    alone of a date: `2026-01-01` of `2026-01-01 (last review)`; a link of a relation's)."""
    said = []
    for key, line in record.meta_lines.items():
        value = record.meta.get(key)
        if line != number or not isinstance(value, str) or not value.strip():
            continue
        if canonical_key(key) == "date":
            value = written_day(value) or value
        said.append((key, re.compile(re.escape(value.strip()))))
    said += [(link.label, re.compile(r"\[[^\[\]]*\]\(" + re.escape(link.href) + r"\)"))
             for link in record.links if link.line == number and link.href]
    return said


def _said_at(text: str, key: str, value: re.Pattern[str]) -> tuple[int, int] | None:
    """Where ``value`` stands in ``text``, with the key right before it where one is (`**Data:**`, `| **Created** |`,
    `Superseded by`): the first place a key is before it, else the first place it stands."""
    first: tuple[int, int] | None = None
    for found in value.finditer(text):
        keyed = _KEY_BEFORE.search(text, 0, found.start())
        name = keyed.group(1).strip() if keyed is not None else ""
        if keyed is not None and (nygard.is_header_line(f"{name}: 0")
                                  or canonical_key(nygard.label_key(name)) == canonical_key(key)):
            return keyed.start(), found.end()
        if first is None:
            first = found.start(), found.end()
    return first


def _words_dropped(record: Record, before: list[str], body: list[str], keys: frozenset[str]) -> list[str]:
    """The words of ``before`` that ``body`` lost and that no metadata moving into front matter says (a key's name,
    a value read, the number the title loses, a link paragraph), in the order they were written, each run of them
    as written (whole tokens, `2026-02-02 amended`): any is text the conversion would delete."""
    said = set(_words(" ".join(str(value) for key, value in record.meta.items() if key != "date")))
    said |= set(_words(_day_as_written(record)))
    said |= nygard.key_words()
    if record.title_line is not None:  # the frame of its title (`ADR 0001:`)
        said |= set(_words(before[record.title_line - 1])) - set(_words(record.title or ""))
    said |= {word for link in record.links if link.label in keys and link.line is not None
             for word in _words(_paragraph_at(before, link.line - 1))}
    lost = Counter(_words("\n".join(before))) - Counter(_words("\n".join(body)))
    text = "\n".join(before)
    plain = LINE_BREAK.sub(lambda found: " " * len(found.group()), text)
    runs: list[tuple[int, int]] = []
    for word in _WORD.finditer(plain):
        if lost[word.group().lower()] > 0 and word.group().lower() not in said:
            lost[word.group().lower()] -= 1
            start, end = _token_around(plain, word.start(), word.end())
            if runs and not plain[runs[-1][1]:start].strip(" \t"):
                runs[-1] = (runs[-1][0], end)  # the next word of the same run
            elif not runs or start >= runs[-1][1]:
                runs.append((start, end))
    return [text[start:end] for start, end in runs]


def _token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The blank-parted token of ``text`` the word from ``start`` to ``end`` is in (`2026-02-02` around `02`)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _paragraph_at(lines: list[str], index: int) -> str:
    """The paragraph line ``index`` opens (`Superceded by` over its link, as prettier wraps it)."""
    end = next((end for end in range(index, len(lines)) if not lines[end].strip()), len(lines))
    return " ".join(lines[index:end])


def _day_as_written(record: Record) -> str:
    """The record's day as its date line writes it (`21 December 2018`); the day alone where that line says more
    (`2026-09-20. Context: ...`, prose read after the day)."""
    written = record.meta.get("date")
    if isinstance(written, str) and date_alone(written) is not None:
        return written
    return record.date.isoformat() if record.date is not None else ""


def _words(text: str) -> list[str]:
    """The words of ``text``, lower case (an HTML line break is none: it parts fields)."""
    return _WORD.findall(LINE_BREAK.sub(" ", text.lower()))


_WORD = re.compile(r"[^\W_]+")


def _only_status(record: Record) -> bool:
    """Whether the status paragraph says the status and nothing more (`✅ Accepted.`, `Aceptado`): it moves into front
    matter; one that says more (`Rejected (see [019](...))`) stays where it is."""
    text = record.meta.get("status")
    if not isinstance(text, str):
        return True
    words = " ".join(text.split()).strip(" .!")
    start = 0
    while start < len(words) and not words[start].isalnum():
        start += 1
    return words[start:].lower() == record.status or lifecycle_word(words[start:]) == record.status


def _madr2_body(record: Record, lines: list[str], moved: set[int], taken: dict[int, str]) -> list[str]:
    drop = {line - 1 for key, line in record.meta_lines.items() if key in _MADR2_KEYS} | moved
    taken.update((index, lines[index]) for index in drop - moved)  # its metadata bullets, whole
    remaining = [line for line in record.meta_lines.values() if line - 1 not in drop]
    if not remaining and drop:  # the whole list went: drop the blank line that followed it
        after = max(drop) + 1
        if after < len(lines) and not lines[after].strip():
            drop.add(after)
    return [line for index, line in enumerate(lines) if index not in drop]


def _drop_blank_left_twice(lines: list[str], drop: set[int]) -> None:
    """Where dropped lines leave a blank line after another (or after the title's), drop the second."""
    for index in sorted(drop):
        after = index + 1
        while after in drop:
            after += 1
        before = index - 1
        while before in drop:
            before -= 1
        if after < len(lines) and not lines[after].strip() and (before < 0 or not lines[before].strip()):
            drop.add(after)


def _drop_paragraph(lines: list[str], index: int, end: int, drop: set[int]) -> None:
    while index < end and lines[index].strip():
        drop.add(index)
        index += 1
    if index < end and not lines[index].strip():
        drop.add(index)
