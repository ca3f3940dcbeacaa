"""Turn a record file of any dialect into a Record.

Reading is two-level: everything `list`, `due` and `index` need (metadata, title) comes from a line scan
plus YAML; markdown-it runs only on an adr-tools Status section. Whole-body parsing (sections, links)
is left to the callers that need it (`adrtool.records.body`).
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path
from typing import Any

from adrtool.errors import ReadError, shortened
from adrtool.fsio import TextFile, read_text
from adrtool.model import FOLDER_RECORD_FILES, Dialect, Link, Record, Unread, record_from
from adrtool.patterns import deferred
from adrtool.records import comments, markdown
from adrtool.records.dialects import frontmatter, madr2, nygard, related
from adrtool.records.dialects.normalize import (
    PROPOSAL_DAY_KEYS,
    adrs_kind,
    canonical_key,
    dated_references,
    number_of,
    other_documents,
    relation_value,
    shown_relation,
    spaced_tags,
    status_day,
    status_references,
    typed_fields,
)
from adrtool.records.names import (
    CANONICAL_NAME,
    RECORD_NAME,
    dated_link_identity,
    identity,
    is_record_name,
    is_slug_name,
    linked_identity,
    names_words_alone,
    parse_dotted,
    parse_lettered,
    parse_slugged,
    parse_suffixed,
)
from adrtool.records.values import (
    DECORATION_INITIALS,
    KNOWN_STATUSES,
    MULTI_WORD_STATUSES,
    PREFIX_STAGES,
    TITLE_PREFIX_OPENINGS,
    date_alone,
    disagree,
    lettered_title,
    lifecycle_word,
    may_be_decorated,
    names_a_kind_of_record,
    numbered_as_the_file,
    read_date,
    read_status,
    read_title,
    superseded_in_part,
    tagged_status,
    title_state_prefix,
    title_status,
    without_number_placeholder,
)

__all__ = ["CANONICAL_NAME", "RECORD_NAME", "is_record_name", "parse", "parse_text", "read_record"]


def read_record(path: Path) -> Record:
    return parse(read_text(path))


def parse(file: TextFile, directory: Path | None = None) -> Record:
    """The record in ``file``; ``directory`` (its parent) may be passed to share one Path object. A record kept in a
    folder of its own (`2022-02-07-tracing/README.md`) is its log's, as the log's listing names it."""
    path = file.path
    if path.name in FOLDER_RECORD_FILES and identity(f"{path.parent.name}.md") is not None:
        return parse_text(file.text, path.parent.parent, f"{path.parent.name}/{path.name}", path)
    return parse_text(file.text, directory or path.parent, path.name, path)


def parse_text(text: str, directory: Path, name: str, path: Path | None = None) -> Record:
    """The record file ``name`` of ``directory`` holds (its text decoded); ``path`` is the file's path, for
    errors (made from the other two only when one is raised)."""
    try:
        return _parse(text, directory, name)
    except ReadError as error:
        raise error.at(path or directory / name) from None


# The sections few records have that the reader reads (`## Related`, `## Links` and `## References` bullets, a
# `## Deciders` list, a `## Tags` line of hashtags, a `## Revisit` point): looked for in one pass over the text (each
# look at the whole text costs as much as a small part of a record's reading). What ``_read`` is told of them: R
# (related), L (links), P (a section of a supersede relation's own, `## Supersedes`), D (deciders), T (tags), V
# (revisit); and S, a `## Status` section, which a record under front matter seldom has (its supersede relations are
# read there only then).
_RARE_KIND = {"Related": "R", "Links": "L", "References": "L", "More Information": "L", "More information": "L",
              "Supersedes": "P", "Superseded by": "P", "Superseded By": "P", "Replaces": "P", "Replaced by": "P",
              "Tags": "T", "Notes": "N", "Status": "S",
              **{written: "V" for name in nygard.REVISIT_SECTIONS for written in (name.capitalize(), name.title())},
              **{heading.removeprefix("## "): "D" for heading in nygard.DECIDERS_HEADINGS}}
# The headings looked at: every level-2 heading's text, and `### Links` (under the last section, `## Consequences`).
# A heading names a rare section when it opens with one of its names (``_rare_kind``): a pattern of them all would
# cost more to compile, each run, than the look saves.
_HEADINGS = deferred(r"\n(?:## |### (?=Links))([^\n]*)")
# The names by their first three characters, in the order ``_RARE_KIND`` gives them.
_RARE_BY_START = {start: [name for name in _RARE_KIND if name[:3] == start]
                  for start in {name[:3] for name in _RARE_KIND}}


def _rare_kind(heading: str) -> str:
    """The letter of the rare section ``heading`` (a heading's text) opens, the first name it opens with, as a
    look for each name in turn would find it; `**Related**` too, a log that bolds its headings; "" for none. Kept
    for the next record (the headings of a log's records are mostly the same few), up to ``_KINDS_KEPT``."""
    opened = heading[2:] if heading[:9] == "**Related" else heading
    kind = next((_RARE_KIND[name] for name in _RARE_BY_START.get(opened[:3], ()) if opened.startswith(name)), "")
    if len(_KIND_OF) < _KINDS_KEPT:
        _KIND_OF[heading] = kind
    return kind


_KIND_OF: dict[str, str] = {}
_KINDS_KEPT = 4096
# And K: an open task to revisit the decision (`- [ ] Revisit by 2026-10-31`, `* [ ]`, indented too), found in a
# look for a task box (its last character rare, the look skips fast), then by its words; and A: a review scheduled
# on a key line of its own (``nygard.SCHEDULED_REVIEW``).
_TASK_BOX = "[ ]"


def _without_heading_attributes(text: str) -> str:
    """``text`` with the attribute block that closes a heading left out (`## Status {#status}`, `## Kontext
    {#kontext .unnumbered}`, `## Status {: #status}`, as Pandoc, MkDocs' attr_list and kramdown write one): the
    heading is its words. Line by line, in time linear in the text (a pattern with a space before the block is not,
    on a run of spaces)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line[:1] != "#" or line[-1:] not in "} \t" or "{" not in line:
            continue
        stripped = line.rstrip(" \t")
        opening = stripped.rfind("{")
        if stripped[-1:] == "}" and stripped[opening + 1:opening + 2] in ("#", ".", ":") \
                and "}" not in stripped[opening + 1:-1] and stripped[opening - 1:opening] in (" ", "\t") \
                and _ATX_OPENING.match(stripped) is not None:
            lines[index] = stripped[:opening].rstrip(" \t")
    return "\n".join(lines)


_ATX_OPENING = deferred(r"#{1,6}[ \t]")


def _parse(text: str, directory: Path, name: str) -> Record:
    if "{" in text and ("{#" in text or "{." in text or "{:" in text):  # (one character is looked for fastest)
        text = _without_heading_attributes(text)
    rare = "".join([_KIND_OF[heading] if heading in _KIND_OF else _rare_kind(heading)
                    for heading in _HEADINGS.findall(text)])
    if _TASK_BOX in text and nygard.REVISIT_TASK.search(text) is not None:
        rare += "K"
    if ("gendad" in text or "GENDAD" in text) and nygard.SCHEDULED_REVIEW.search(text) is not None:
        rare += "A"
    lines = text.split("\n")
    record = _read(text, lines, directory, name, rare)
    if "R" in rare:  # `## Related` bullets, in any dialect
        record = related.with_related(record, lines)
    if record.format is not Dialect.FRONTMATTER and _KEY_OPENING.match(text) is not None \
            and (closing := _lost_opening_fence(lines)) is not None:
        return dataclasses.replace(record, unread=(*record.unread, Unread(
            "front matter", 1, f"lines 1-{closing - 1} look like front matter whose opening '---' is lost (line "
                               f"{closing} closes it): {_read_of_it(record, lines, closing)}; put '---' above "
                               "line 1")))
    return record


# A first line keyed as YAML keys a front matter's (`title: "T1"`), and the most lines such a front matter runs to.
_KEY_OPENING = deferred(r"[A-Za-z_][\w-]*:(?:[ \t]|$)")
_FRONT_MATTER_LINES = 40
# The keys that make lines a record's front matter, two of them at least (`Note:` and `See:` over a thematic
# break are prose).
_RECORD_KEYS = frozenset({"title", "status", "date", "id", "number", "decision-makers", "consulted", "informed",
                          "tags", "supersedes", "superseded-by", "relates-to", "revisit", "cycle"})


def _lost_opening_fence(lines: list[str]) -> int | None:
    """The line of the lone `---` closing what opens the record as a front matter does, its opening `---` lost
    (goneat's `title: "T1"` / `date: "2025-12-14"` / `status: ..` / blank / `---`): keys, two of them a record's
    (``_RECORD_KEYS``), their lists and continued lines, blank lines, and no heading or prose before it; None
    where the record opens otherwise."""
    keys = 0
    for index, line in enumerate(lines[:_FRONT_MATTER_LINES]):
        if line.rstrip() == "---":
            return index + 1 if keys >= 2 else None
        if (key := _KEY_OPENING.match(line)) is not None:
            keys += canonical_key(key.group().rstrip(": \t").lower()) in _RECORD_KEYS
        elif line.strip() and line[:1] not in (" ", "\t", "-"):
            return None
    return None


def _read_of_it(record: Record, lines: list[str], closing: int) -> str:
    """What of the lines above line ``closing`` the reader read all the same, as the key lines of an adr-tools
    record (`date and status are read from it as key lines, title is not`), or that it read none of them."""
    read = sorted({canonical_key(key) for key, line in record.meta_lines.items() if line < closing})
    if not read:
        return "none of it is read"
    named = {canonical_key(found.group().rstrip(": \t").lower()) for line in lines[:closing - 1]
             if (found := _KEY_OPENING.match(line)) is not None}
    unread = sorted(named - set(read))
    said = f"{' and '.join(read)} {'is' if len(read) == 1 else 'are'} read from it as key lines"
    return f"{said}, {' and '.join(unread)} {'is' if len(unread) == 1 else 'are'} not" if unread else said


def _read(text: str, lines: list[str], directory: Path, name: str, rare: str) -> Record:
    named = identity(name)
    if named is None and is_slug_name(name) and names_words_alone(directory):
        return _read_named(text, lines, directory, name, rare, (None, name[:-3], name[:-3]))  # `embedded-registry.md`
    if named is None:
        lettered = parse_lettered(name)  # `API-001-x.md`: a log's listing takes it in a log of such names alone
        if lettered is None:
            # `001. Title.md`, `title_001.md`, `embedded-registry.md` (asked of a file alone): so too
            dotted = parse_dotted(name) or parse_suffixed(name) or parse_slugged(name)
            if dotted is None:
                raise ReadError("not a decision record file name (expected NNNN-title.md)")
            return _read_named(text, lines, directory, name, rare, (dotted.number, dotted.id, dotted.slug))
        return _without_letters(_read_named(text, lines, directory, name, rare,
                                            (lettered.number, lettered.id, lettered.slug)), lettered.scheme.prefix)
    return _read_named(text, lines, directory, name, rare, named)


def _without_letters(record: Record, letters: str) -> Record:
    """``record``, named after its log's letters, with its title without them and its number, where it repeats
    them (`# API-001: State store API design` in `API-001-x.md`, `# TRD 104: X` in `trd104-x.md`)."""
    title = record.title
    reading = lettered_title(title, letters) if title is not None else None
    if reading is None or record.heading_number is not None:
        return record
    return dataclasses.replace(record, title=reading.text, heading_number=reading.number)


def _read_named(text: str, lines: list[str], directory: Path, name: str, rare: str,
                named: tuple[int | None, str, str]) -> Record:
    bounds = frontmatter.split(lines)
    if bounds is not None:
        meta, key_lines, body, unread = frontmatter.load(lines, bounds)
        # the title is above the front matter only when a ```yaml block of it follows the title
        leading = markdown.leading_heading(lines, 0 if lines[0][:1] == "#" else body, 1)
        title = _not_a_section(leading)
        if title is None:
            title = _untitled_front_matter(lines, body, meta, key_lines)
        # The body's own metadata opens under its title heading, or at the body when the title is the front
        # matter's: under the heading that shows it (`# <%= current_page.data.title %>`), if there is one.
        after = title.line - 1 if title is not None and title.level >= 1 else body - 1
        if leading is not None and leading is not title and leading.text[:2] in ("<%", "{{") \
                and _TITLE_EXPRESSION.fullmatch(leading.text) is not None:
            after = leading.line - 1
        if "status" not in meta and not any(str(key).lower() == "status" for key in meta):
            # Front matter for a site generator (`layout:`, `tags:`) over a record of another dialect: MADR 2's
            # bullets or an adr-tools Status section (or a table of metadata) hold the status, the front matter
            # adds its keys.
            start = _past_a_repeated_title(lines, after, title)
            bullets, bullet_lines, _ = madr2.metadata(lines, start)
            if madr2.is_metadata(bullets):
                return _record(directory, name, named, Dialect.MADR2, title, {**bullets, **meta},
                               {**bullet_lines, **key_lines}, body, unread=unread)
            # under a level-2 heading that repeats or numbers the title (`## ADR-0148: X` over `**Status**: ..`)
            found = _nygard(lines, title, start) if nygard.may_state_a_status(text) else None
            if found is not None and found[0].get("status") is not None:
                below, below_lines, links = found
                return _record(directory, name, named, Dialect.NYGARD, title, {**below, **meta},
                               {**below_lines, **key_lines}, body, links, unread=unread)
        elif a_page_state(meta.get("status")) \
                and (decided := _decided_below(lines, title, after, body)) is not None:
            # A documentation system's front matter (`type: decision`, `status: active`: the page is current) over
            # the record's own status: the decision's is the body's, its other keys join the front matter's; an
            # edit writes the body's, the front matter's line keeping the page's state (Editor._the_page_s_status).
            below, below_lines, links = decided
            keys = [key for key in below if key not in meta]
            meta = {**{key: below[key] for key in keys}, **meta, "status": below["status"]}
            key_lines = {**{key: below_lines[key] for key in keys if key in below_lines}, **key_lines}
            return _record(directory, name, named, Dialect.FRONTMATTER, title, meta, key_lines, body, links,
                           unread=unread)
        elif not _gives_a_day(meta) and _dated_below(text, lines, body):
            # A status in the front matter, the day and the links in an adr-tools body under it (konflux-ci's
            # `Date: 2024-09-24` under the title, `Relates to [..](..)` in the Status section).
            found = _nygard(lines, title, after)
            if found is not None:
                below, below_lines, links = found
                blank = _days_left_blank(meta)  # `date: ""` over the body's `Date: 2026-08-06`
                added = {key: value for key, value in below.items()
                         if key != "status" and (key not in meta or key in blank)}
                if added:
                    meta = {**meta, **added}
                    key_lines = {**key_lines, **{key: below_lines[key] for key in added if key in below_lines}}
                other = _disagreeing(lines, meta.get("status"), below.get("status"), below_lines.get("status"),
                                     _IN_THE_SECTION)
                return _record(directory, name, named, Dialect.FRONTMATTER, title, meta, key_lines, body, links,
                               unread=unread, other_status=other)
        meta, key_lines, keyed_status = _with_body_fields(lines, after, meta, key_lines)
        other = _stated_again(lines, after, meta.get("status"), keyed_status, "S" in rare)
        relations: tuple[Link, ...] = ()
        if "S" in rare and _supersede_line_below(text, sum(map(len, lines[:body])) + body) \
                and not {canonical_key(key) for key in meta} >= _SUPERSEDE_KEYS:
            meta, key_lines, relations = _with_status_section_relations(lines, after, meta, key_lines)
        if "L" in rare and not {canonical_key(key) for key in meta} >= _SUPERSEDE_KEYS:
            meta, key_lines, relations = _with_listed_relations(madr2.links_section(lines), meta, key_lines, relations)
        if "P" in rare and not {canonical_key(key) for key in meta} >= _SUPERSEDE_KEYS:
            meta, key_lines, relations = _with_listed_relations(madr2.relation_sections(lines), meta, key_lines,
                                                                relations)
        if ("V" in rare or "K" in rare) and _REVISIT_KEYS.isdisjoint(map(canonical_key, meta)) \
                and (point := _revisit_below(lines, after, rare)) is not None:
            # under front matter too, by another template's name: a `revisit:` key would say the log is kept with
            # adrtool (its rules in full, adrtool.records.conventions), and an edit would look for it up there
            key = _BODY_REVISIT_KEYS.get(point[0], point[0])
            meta, key_lines = {**meta, key: point[1]}, {**key_lines, key: point[2]}
        return _record(directory, name, named, Dialect.FRONTMATTER, title, meta, key_lines, body, relations,
                       unread=unread, other_status=other)

    # The title, and MADR 2's bullets under it.
    title = _not_a_section(markdown.first_heading(lines, 0, 1))
    successors: list[Link] = []  # those a heading names (`# Superseded by <x.md>: Title`), on line ``title_line``
    title_line = 0
    if title is not None and title.text[:1] in "Ss" and nygard.names_its_successor(title.text):
        # `# SUPERSEDED BY [RFC 12](./0012-x.md).` (kubewarden/rfc): what became of the record, not its title,
        # unless the title follows (`# Superseded by <20250427-x.md>: Phoenix ...`)
        said, rest = nygard.successor_and_title(title.text)
        title_line = title.line
        successors = [link for link in nygard.status_line_links(said, title.line) if link.label == "superseded-by"]
        title = markdown.Heading(title.level, rest, title.line) if rest else None
    if title is None:
        title = _opening_heading(lines)
    elif lines[0][:1] in _LIST_OPENINGS and _opens_with_a_list(lines) \
            and _a_section_of_the_body(lines, title, named[0]):
        title = None  # `- Title: The IEEE802.15.4 radio HAL` over `# 1. Abstract`: the list's Title is the title
    elif len(title.text) <= _GENERIC_LENGTH and title.text.lower() in _GENERIC_TITLES:
        title = _title_under(lines, title)
    if title is not None and len(title.text) <= _TITLE_NAME_LENGTH and title.text.rstrip(" :").lower() == "title":
        title = _title_below(lines, title)
    after = title.line - 1 if title is not None else -1
    if after >= 0 and lines[after][:1] != "#" and after + 1 < len(lines) and _SETEXT_TWO.fullmatch(lines[after + 1]):
        after += 1  # the metadata opens under a setext title's underline
    if after >= 0:
        after = _past_contents(lines, after)
    if after >= 0 or (title is None and _opens_with_a_list(lines)):
        # MADR 2's bullets under the title, or opening a record with no title (rust-lang/rfcs' `- Start Date:`)
        meta, key_lines, ended = madr2.metadata(lines, _past_a_repeated_title(lines, after, title))
        in_bullets = madr2.is_metadata(meta)
        if title is None and in_bullets and type(listed_title := meta.get("title")) is str and listed_title.strip():
            title = markdown.Heading(0, listed_title.strip(), key_lines.get("title", 1))  # RIOT's `- Title: X`
        if not in_bullets and ended < len(lines) and lines[ended][:1] == "#" and "etadat" in lines[ended]:
            meta, key_lines = _under_a_metadata_heading(lines, after, meta, key_lines)  # `### Metadata` first
            in_bullets = madr2.is_metadata(meta)
        elif not in_bullets and title is not None and title.line > 1 and lines[0][:1] in _ABOVE_THE_TITLE \
                and _opens_with_a_list(lines):
            above, above_lines, _ = madr2.metadata(lines, -1)  # MADR 3's front matter kept as bullets over the title
            under_title = _nygard(lines, title, after) if madr2.is_metadata(above) else None
            if madr2.is_metadata(above) and (_states_a_lifecycle(above.get("status")) or (
                    "status" not in above and any(_a_day(above.get(key)) for key in _DAYS_ABOVE))) \
                    and (under_title is None or not under_title[0].get("status")):  # (eclipse-tractusx/bpdm;
                # reactjs/rfcs' `- Start Date: 2020-02-13` / `- RFC PR: ..` over `# useMutableSource`)
                above.pop("title", None)  # the heading is the title (`- Title: Listed` over `# Radio HAL`)
                if under_title is not None:  # what the lines under the title add (`Date: 2020-01-01`)
                    above_lines.update({key: line for key, line in under_title[1].items() if key not in above})
                    above.update({key: value for key, value in under_title[0].items() if key not in above})
                meta, key_lines, in_bullets = above, above_lines, True
        elif not in_bullets and ended + 2 < len(lines) and lines[ended][:2] == "##" \
                and (lines[ended + 1][:2] in _ITEMS or lines[ended + 2][:2] in _ITEMS) and _bullets_open(lines, ended) \
                and "status" not in nygard.header(lines, after, ended):  # (not a sub-decision's bullets
            # under `Status: Accepted` / `Date:` lines: kimak-irmagi/taidon's `## Decision Record 1`)
            opening, opening_lines, _ = madr2.metadata(lines, ended)  # `## Beskrivelse af beslutningen` over them
            if madr2.is_metadata(opening) and _states_a_lifecycle(opening.get("status")):
                meta, key_lines, in_bullets = opening, opening_lines, True  # not `- Status: the system is slow`
        if in_bullets and after >= 0 and (first := min(key_lines.values(), default=0) - 1) > after + 2 \
                and any(lines[after + 1:first]) and (above := nygard.header(lines, after, first)):
            # `Status: Obsolete. Superseded by` / `[..](..)` over `- Conversation timestamp:` bullets (taidon): the
            # lines over the bullets say what the bullets do not
            meta, key_lines, listed_above = _with_lines_above(above, meta, key_lines)
        else:
            listed_above = []
        if in_bullets:
            # a supersede relation on a line of its own under them, unless a section follows (a cheap look first)
            following = ended + 1 if ended + 1 < len(lines) and not lines[ended] else ended
            if following < len(lines) and lines[following][:1] != "#" \
                    and (under := madr2.relations_under(lines, ended, meta)):
                meta = {**meta, **{key: value for key, (value, _) in under.items()}}
                key_lines = {**key_lines, **{key: line for key, (_, line) in under.items()}}
            listed = madr2.links_section(lines) if madr2.may_list_links(text, "L" in rare) else ()
            listed = (*listed, *_status_bullet_relations(meta, key_lines))
            if "P" in rare:
                listed = (*listed, *_unstated(madr2.relation_sections(lines), meta))
            if listed:
                meta, key_lines = _with_links(meta, key_lines, listed)
            if "status" not in meta and nygard.may_state_a_status(text):
                # `* Date:` bullets, and the status in an adr-tools Status section below them: edits go there
                found = _nygard(lines, title, after)
                if found is not None and found[0].get("status") is not None:
                    below, below_lines, links = found
                    return _record(directory, name, named, Dialect.NYGARD, title, {**below, **meta},
                                   {**below_lines, **key_lines}, 0, links or listed)
            # a list before any heading: its keys are read, the record stays plain (no title to write under)
            return _record(directory, name, named, Dialect.MADR2 if after >= 0 else Dialect.PLAIN, title, meta,
                           key_lines, 0, (*listed_above, *listed))

    disagreeing: list[tuple[str, str, int]] = []
    found = _nygard(lines, title, after, disagreeing)
    if found is None and not successors:
        return _record(directory, name, named, Dialect.PLAIN, title, {}, {}, 0)
    meta, key_lines, links = found if found is not None else ({}, {}, ())
    if successors:
        named_links = list(links)
        nygard.add_links(meta, key_lines, named_links, successors)
        links = tuple(named_links)
        if "status" not in meta:  # the heading says what became of the record, and nothing else does
            meta["status"], key_lines["status"] = "superseded", title_line
        if found is None:
            return _record(directory, name, named, Dialect.PLAIN, title, meta, key_lines, 0, links)
    if title is None and "feature-name" in meta:  # `| Feature Name | Policy reports |`, and no title heading
        title = markdown.Heading(0, str(meta["feature-name"]), key_lines["feature-name"])
    if "D" in rare and _DECIDER_KEYS.isdisjoint(meta):
        meta, key_lines = _with_deciders_section(lines, after, meta, key_lines)
    if "T" in rare and "tags" not in meta and (tagged := nygard.tags_section(lines, after)) is not None:
        meta, key_lines = {**meta, "tags": tagged[0]}, {**key_lines, "tags": tagged[1]}
    if "L" in rare and (listed := madr2.links_section(lines, adr_tools=True)):
        # an adr-tools record's Links section (`- Amends: [ADR 0004 ...](0004-x.md)`), its labels read as MADR 2's
        meta, key_lines = _with_links(meta, key_lines, listed)
        links = (*links, *(link for link in listed if link not in links))
    if "P" in rare and (sectioned := _unstated(madr2.relation_sections(lines), meta)):
        meta, key_lines = _with_links(meta, key_lines, sectioned)  # `## Supersedes` over `- [3. X](0003-x.md)`
        links = (*links, *sectioned)
    if "N" in rare:
        meta, key_lines = _with_notes_footer(lines, meta, key_lines)
    if ("V" in rare or "K" in rare or "A" in rare) and _REVISIT_KEYS.isdisjoint(meta) \
            and (point := _revisit_below(lines, after, rare)) is not None:
        meta, key_lines = {**meta, point[0]: point[1]}, {**key_lines, point[0]: point[2]}  # `## Revisit` / `Q2 2026`
    dialect = Dialect.PLAIN if meta.keys() == _CHANGELOG_ONLY else Dialect.NYGARD
    return _record(directory, name, named, dialect, title, meta, key_lines, 0, links,
                   other_status=disagreeing[0] if disagreeing else None)


_REVISIT_KEYS = frozenset({"revisit", "review-date"})
_DAY_LINE = 60  # the longest line a day's key line closing a record is looked at in full for
_BODY_REVISIT_KEYS = {"revisit": "next-review"}  # (canonically the revisit point: normalize's REVISIT_NAMES)


def _revisit_below(lines: list[str], after: int, rare: str) -> tuple[str, str, int] | None:
    """The revisit point the body gives below line index ``after``: a revisit section's (``V``), else an open
    task's (``K``: `- [ ] Revisit by 2026-10-31`), else a scheduled review's line (``A``: `**Revisão agendada**:
    2025-12-03`)."""
    point = nygard.revisit_section(lines, after) if "V" in rare else None
    if point is None and "K" in rare:
        point = nygard.revisit_task(lines, after)
    return point if point is not None or "A" not in rare else nygard.scheduled_review(lines, after)
_STATE_PREFIX_LENGTH = 20  # where a title's colon after its state may be (`**Implemented**:`), at the latest
_DAYS_ABOVE = ("date", "start-date", "created")  # the days a list over the title may give alone
_BULLETS = ("- ", "* ")
_ABOVE_THE_TITLE = frozenset("<*-")  # how a record may open with its bullets, a comment over them perhaps
_CHANGELOG_ONLY = {"changelog-date"}
# The keys under a title that alone read no record into a plain document: tags, the day a page was updated, a
# dated changelog (which marks it a plain record).
_CHANGELOG_OR_TAGS = {"changelog-date", "tags", nygard.UPDATED}


def _with_lines_above(above: dict[str, tuple[str, int]], meta: dict[str, Any], key_lines: dict[str, int]
                      ) -> tuple[dict[str, Any], dict[str, int], list[Link]]:
    """``meta`` with the keys the lines over its bullets give and the bullets do not, and the successors a status
    line among them names (`Status: Obsolete. Superseded by [..](..)`)."""
    meta, key_lines = dict(meta), dict(key_lines)
    for key, (value, line) in above.items():
        if key != "status" and key not in meta:
            meta[key], key_lines[key] = value, line
    said = nygard.status_line_links(*above["status"]) if "status" in above else []
    return meta, key_lines, [link for link in said if link.label == "superseded-by"]


def _a_lifecycle_over_words(stated: str, below: Any) -> bool:
    """Whether the status line under the title, ``stated``, names a lifecycle's state and the Status section's
    paragraph, ``below``, only words of its own."""
    under_title = read_status(stated).status
    section = read_status(str(below)).status
    return under_title in _LIFECYCLE and section not in _LIFECYCLE


_LIFECYCLE = KNOWN_STATUSES | MULTI_WORD_STATUSES


def _opens_with_a_list(lines: list[str]) -> bool:
    index = markdown.first_content(lines, 0)
    return index < len(lines) and lines[index].lstrip(" ")[:2] in _BULLETS and lines[index][:4] != "    "


_LIST_OPENINGS = frozenset({"-", "*", " ", ""})  # a record's first line, where a list may open it (a cheap look)


_TITLE_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”"}  # a title written inside quotes: the quote closing each


def _a_section_of_the_body(lines: list[str], title: markdown.Heading, number: int | None) -> bool:
    """Whether the first level-1 heading ``title`` of a record that a list of metadata with a `Title:` opens is a
    section of its body, not its title: numbered otherwise than the record (`# 1. Abstract` in `rdm0002.md`, RIOT's
    developer memos, whose `- Title:` bullet is the title) or under a section of another level (`## Abstract` ...
    `# 1. Introduction`). A heading first under the list that is unnumbered (`- Title: X` over `# Use X`) or
    numbered as the record is (`# 3. Use Kafka for events` in `0003-x.md`, adr-tools' title) stays the title, and
    so does any with no `Title:` in the list over it (`- Start Date: ..`)."""
    if not _lists_a_title(lines, title.line - 1):
        return False
    if _numbered_section(title.text) and int(title.text.split(None, 1)[0].split(".")[0]) != number:
        return True
    first = next(iter(markdown.iter_headings(lines)), None)
    return first is not None and first.line < title.line


def _numbered_section(text: str) -> bool:
    """Whether a heading's ``text`` opens with a section's number (`1. Abstract`, `2.1 Terminology`)."""
    number = text.split(None, 1)[0] if text[:1].isdecimal() and " " in text else ""
    return bool(number) and all(part.isdecimal() and len(part) <= 2 for part in number.rstrip(".").split("."))


def _lists_a_title(lines: list[str], end: int) -> bool:
    """Whether the list that opens a record names its title (`- Title: The IEEE802.15.4 radio HAL`), before line
    index ``end``."""
    for index in range(markdown.first_content(lines, 0), end):
        line = lines[index].lstrip(" ")
        if line[:2] not in _BULLETS:
            return False
        if line[2:8].lower() == "title:":
            return True
    return False


_DECIDER_KEYS = frozenset({"deciders", "decision-makers"})


def _past_a_repeated_title(lines: list[str], after: int, title: markdown.Heading | None) -> int:
    """The line index MADR 2's bullets follow: ``after`` (the title's, or the front matter's end), or that of a
    level-2 heading straight under it that repeats the title (`# Front-end Code Quality Tools` over `## Front-end
    Code Quality Tools`) or numbers it (front matter's `title:` over `## ADR 0025 — Move AV scanning to ...`, as
    Enterprise-CMCS/managed-care-review writes its records)."""
    index = after + 2 if after + 2 < len(lines) and not lines[after + 1] else after + 1
    if index < len(lines) and lines[index].strip() and lines[index][:3] != "## " and "<!--" not in lines[index]:
        return after  # the usual record: its first line under the title opens no level-2 heading (a cheap look)
    under = _level_two_under(lines, after + 1)
    if under is None:
        return after
    text = under.text
    if title is not None and text.lower() == title.text.strip().lower():
        return under.line - 1
    if text[:3].lower() == "adr" and read_title(text).number is not None:
        return under.line - 1
    return after


def _level_two_under(lines: list[str], start: int) -> markdown.Heading | None:
    """The level-2 heading that is the first content from line index ``start`` on, or None."""
    index = markdown.first_content(lines, start)
    atx = markdown.atx_heading(lines[index]) if index < len(lines) and lines[index][:3] == "## " else None
    return markdown.Heading(2, atx[1], index + 1) if atx is not None and atx[0] == 2 and atx[1] else None


def _decided_below(lines: list[str], title: markdown.Heading | None, after: int, body: int
                   ) -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]] | None:
    """The decision's own metadata under a page's front matter, when it states a decision's status: its Status
    section's (`## 状态` / `已接受`), else MADR 2's bullets' under the title (`- **Status:** Accepted`, `- **Date:**
    2025-12-26`, as mikeybeezy/goldenpath-idp-infra writes them); None for neither."""
    if nygard.may_state_a_status("\n".join(lines[body:])) and (found := _nygard(lines, title, after)) is not None \
            and read_status(str(found[0].get("status", ""))).status in _DECISION_STATES:
        return found
    bullets, bullet_lines, _ = madr2.metadata(lines, _past_a_repeated_title(lines, after, title))
    if read_status(str(bullets.get("status", ""))).status in _DECISION_STATES:
        return bullets, bullet_lines, ()
    return None


def _names_the_successor_alone(stated: str, meta: dict[str, Any], links: tuple[Link, ...]) -> bool:
    """Whether a status line under the title (``stated``) says superseded and names the successor where the
    Status section (``meta``, ``links``) says superseded and names none (`**Status**: Superseded by ADR-031 (..)`
    over `## Status` / `**Superseded** - ADR-031 (Tekton Build) is now ...`, as agents keep both)."""
    if "superseded-by" in meta or any(link.label == "superseded-by" for link in links) \
            or "uperse" not in stated or "uperse" not in str(meta.get("status", "")):
        return False
    below, above = read_status(str(meta["status"])), read_status(stated)
    return below.status == above.status == "superseded" and not below.superseded_by and bool(above.superseded_by)


def _with_deciders_section(lines: list[str], after: int, meta: dict[str, Any], key_lines: dict[str, int]
                           ) -> tuple[dict[str, Any], dict[str, int]]:
    """``meta`` with the deciders a `## Deciders` section lists, when the lines under the title name none."""
    listed = nygard.deciders_section(lines, after)
    if listed is None:
        return meta, key_lines
    names, line = listed
    return {**meta, "deciders": names}, {**key_lines, "deciders": line}


def _nygard(lines: list[str], title: markdown.Heading | None, after: int,
            disagreeing: list[tuple[str, str, int]] | None = None
            ) -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]] | None:
    """An adr-tools record's metadata under the title (line index ``after``): the Status section's status and
    links, and the header lines (`Date:`); None when the record has none and its title is not numbered.
    ``disagreeing``, when given, gets the status the record states a second time where it says otherwise (a
    `Status: Proposed` line under the title over a Status section's `Accepted`): the one not read."""
    # adr-tools' Status section is the first: read where it is laid out as adr-tools writes it; else by the
    # general functions.
    layout = nygard.plain_layout(lines, after)
    header: dict[str, tuple[str, int]] = {}
    if layout is not None:
        first_section, status, date = layout
        if date is not None:
            header["date"] = date
    else:
        scanned: list[markdown.Heading] = []
        first_section, status = nygard.sections(lines, after, scanned)
        if status is None:  # `# Status`, `### Status`: hand-kept logs have it so (the scan met every heading)
            status = nygard.status_at_another_level(lines, after, scanned)
            if status is None and first_section is None:  # no headings: `Status` alone on a line may be its label
                status = nygard.status_label(lines, after)
        # `## Status: Accepted`, `## Status Accepted`: the first section's heading states it; `## Metadata` holds it
        header = nygard.header(lines, after, nygard.header_end(lines, first_section, status))
        if status is None and "status" not in header and (below := nygard.status_heading_below(lines, after, scanned)):
            header["status"] = below  # `### Status: **Approved**` under other sections
        if first_section is not None and (status is None or status.heading.line != first_section.line) \
                and "status" not in header and "date" not in header and _straight_under(lines, after, first_section):
            subtitled = _fields_opening(lines, first_section.line) if _not_a_section(first_section) else {}
            if ("status" in subtitled and _states_a_lifecycle(subtitled["status"][0])) \
                    or ("date" in subtitled and read_date(subtitled["date"][0]).day is not None):
                header = subtitled  # `## A subtitle` / `**Date:** March 6, 2026`; not `## Context` / `Data: 2 TB`
        if first_section is not None and first_section.text.strip().lower() == _DECISION_LOG:
            logged = nygard.header(lines, first_section.line - 1, _section_end(lines, first_section.line))
            if "revisit" in logged:  # its table's `Earliest date to revisit the decision` row
                header.setdefault("revisit", logged["revisit"])
    meta, key_lines, links = nygard.status_section(lines, status)
    if status is None and "status" not in header:  # what the record says of itself under its title, if anything
        opening = nygard.opening_statement(lines, after)
        if opening is not None:
            meta, key_lines, links = opening
    stepped = _stepped_status(header) if status is None and "status" not in header and not meta.get("status") \
        else None
    if "date" not in header:
        elsewhere = nygard.dated(lines, status, after)
        if elsewhere is not None:
            header[elsewhere[0]] = elsewhere[1:]
        elif nygard.UPDATED in header and "status" in header:  # the template's one day, beside its status
            header["date"] = header[nygard.UPDATED]
    if "status" in header and "[^" in header["status"][0]:
        header["status"] = nygard.with_footnotes(lines, *header["status"])  # `Superceded [^1]`, what [^1] says
    tail = lines[-1].strip() or (lines[-2].strip() if len(lines) > 1 else "")
    if not tail or tail[:2] in ("**", "__", "- ") or (len(tail) <= _DAY_LINE and (
            (tail[:1] in "*_" and tail[-1:] == tail[:1]) or ":" in tail)):
        # the last line may close a block of fields (a cheap look first): `---`, `**Date**: 2025-01-26`,
        # `_Created: 2025-06-20_`
        for key, value in nygard.closing_fields(lines, after).items():
            header.setdefault(key, value)
    if "date" not in header and not _DAYS_OF_STEPS.intersection(header) \
            and not _dated_by_its_status(header["status"][0] if "status" in header else meta.get("status")) \
            and (apart := nygard.day_apart(lines, after)) is not None:
        header["date"] = apart  # `Data: 2025-12-30` closing the record, or opening its first section's fields
    in_the_section = (meta.get("status"), key_lines.get("status"))
    if "status" in header and (not meta.get("status") or read_status(str(meta["status"])).status is None
                               or _names_the_successor_alone(header["status"][0], meta, links)
                               or _a_lifecycle_over_words(header["status"][0], meta["status"])):
        # the metadata under the title says it; a Status section below says none a reader can name
        # (`While this is marked accepted, we are still learning`), or says superseded and names no successor
        # where the line under the title names it, or gives words of its own where the line gives a lifecycle's
        # (`**Status:** ✅ Accepted` over a `## Current Status` of the project: `✅ **Production Ready** - ..`)
        meta = {**meta, "status": header["status"][0]}
        key_lines["status"] = header["status"][1]
        other = _disagreeing(lines, meta["status"], *in_the_section, _IN_THE_SECTION)
        said = nygard.status_line_links(*header["status"])  # `Status: Accepted, amended by [0018](..)`
        if said:
            found = list(links)
            nygard.add_links(meta, key_lines, found, said)
            links = tuple(found)
    elif "status" in header:
        other = _disagreeing(lines, in_the_section[0], *header["status"], _UNDER_THE_TITLE)
    else:
        other = None
    if other is None and key_lines.get("status") == header.get("status", ("", 0))[1]:
        other = _stated_again_under_the_title(lines, after, first_section, status, str(meta["status"]))
    if other is not None and disagreeing is not None:
        disagreeing.append(other)
    if not meta and (title is None or nygard.TITLE_NUMBER.match(title.text) is None) \
            and header.keys() <= _CHANGELOG_OR_TAGS:  # tags alone make no plain document a record
        if "changelog-date" in header:  # a plain record with a dated changelog alone: no field, no link read
            return {"changelog-date": header["changelog-date"][0]}, {"changelog-date": header["changelog-date"][1]}, ()
        return None
    for key in _HEADER_FIELDS:
        if key in header and key not in meta:
            meta = {key: header[key][0], **meta}
            key_lines[key] = header[key][1]
            if key in nygard.LINK_ONLY_KEYS:  # `| Extends | ADR-0005 |`: no typed field holds it
                links = (*links, *nygard.keyed_links(key, *header[key]))
    for key in ("supersedes", "superseded-by"):  # a date-named record: its slug is its link's
        if key in header:
            links = (*links, *nygard.date_named_links(key, *header[key]))
    if tail[-1:].isdigit() and ": " in tail and (closing := nygard.closing_relations(lines, after)):
        found_links = list(links)  # decree's `Is superseded by: 0002` closing the record
        nygard.add_links(meta, key_lines, found_links, closing)
        links = tuple(found_links)
    if stepped is not None:
        meta = {"status": stepped, **meta}
    return meta, key_lines, links


# Days a record's date falls back on: stated, a day apart is not its date.
_DAYS_OF_STEPS = frozenset({*nygard.STEP_DAYS, *PROPOSAL_DAY_KEYS, "changelog-date", "last-updated"})


def _dated_by_its_status(stated: Any) -> bool:
    return type(stated) is str and any(char.isdigit() for char in stated) and status_day(stated) is not None


def _stepped_status(header: dict[str, tuple[str, int]]) -> str | None:
    """The status of a record that states none but the days of its steps under its title (kamu-data's `Inception
    Date:` over `Accepted Date:`): accepted on the day it was decided, else proposed on the day it was put
    forward. No line holds it: an edit that would write a status refuses rather than guess where."""
    if nygard.STEP_DAYS[0] in header:
        return "accepted"
    return "proposed" if nygard.STEP_DAYS[1] in header else None


# A first section that is a table of the decision's facts (kyma-project's `## Decision log`): its `| Earliest date
# to revisit the decision | 2018-12-01 |` row is the revisit point (its `| Due date |`, the day to decide by, is not).
_DECISION_LOG = "decision log"


def _straight_under(lines: list[str], after: int, heading: markdown.Heading) -> bool:
    """Whether ``heading`` follows the title (line index ``after``) with blank lines alone between: a subtitle."""
    return after >= 0 and heading.level > 1 and not any(line.strip() for line in lines[after + 1:heading.line - 1])


def _fields_opening(lines: list[str], start: int) -> dict[str, tuple[str, int]]:
    """The fields of the lines that open the section whose text starts at line index ``start``, when its first
    line is one: up to a blank line or a heading, as the lines under a title are read."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start == len(lines) or lines[start].lstrip()[:2] in markdown.LIST_MARKS or not nygard.a_key_line(lines[start]):
        return {}  # a list opening a section is the section's (`## Context` / `- Status: legacy systems`)
    end = start
    while end < len(lines) and lines[end].strip() and lines[end][:1] != "#":
        end += 1
    return nygard.header(lines, start - 1, end)


def _section_end(lines: list[str], start: int) -> int:
    """The line index of the first heading from line index ``start`` on (or the end)."""
    for index in markdown.unfenced(lines, start):
        if lines[index][:1] == "#":
            return index
    return len(lines)


# The keys the lines under a title give a record (the others are read there only to be passed by): `review-date`
# (and `valid-until`, `expires`, `sunset`) is a revisit point when it is later than the record's day,
# `feature-name` the title of one without a heading; `changelog-date` marks a record whose changelog alone has days
# (never its date: the days are its revisions').
_HEADER_FIELDS = ("date", "changelog-date", "deciders", "decision-makers", "revisit", "review-date", "review",
                  "valid-until",
                  "expires", "expiry-date", "sunset", "sunset-date", "feature-name", "tags",
                  # days the record's day falls back on (normalize's ``_OTHER_DAYS`` and ``_CHANGED_DAYS``)
                  "date-of-submission", "submission-date", "submitted-on", "date-proposed", "proposed-date",
                  "proposal-date", "initial-date", "last-updated",
                  *nygard.STEP_DAYS, *nygard.HEADER_LINKS)


_SUPERSEDE_KEYS = frozenset({"supersedes", "superseded-by"})


def _supersede_line_below(text: str, start: int) -> bool:
    """Whether a line from offset ``start`` on opens with a supersede relation's word (`Supersedes:`, `Superseded
    by`, `**Supersedes**`), as a Status section writes it: a cheap look, before the body's sections are read (the
    word in prose, `link to newer ADRs that supersede them`, opens no line)."""
    at = text.find("upers", start)
    while at >= 0:
        opening = max(text.rfind("\n", start, at) + 1, start)
        if at > opening and text[at - 1] in "Ss" and not text[opening:at - 1].strip(" \t*_>-"):
            return True
        at = text.find("upers", at + 5)
    return False


def _with_listed_relations(links: tuple[Link, ...], meta: dict[str, Any], key_lines: dict[str, int],
                           relations: tuple[Link, ...]) -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]]:
    """``meta`` with the supersede relations of ``links``, a section's bullets, under front matter that keys them
    not (samjmarshall/rekurve: `status: 'Accepted'` above, `- Supersedes [adr009](..)` under `## Links`), and
    ``relations`` with their links; the front matter's own keys stay as it says them."""
    listed = tuple(link for link in _unstated(links, meta) if link.label in _SUPERSEDE_KEYS and link not in relations)
    if not listed:
        return meta, key_lines, relations
    meta, key_lines = _with_links(meta, key_lines, listed)
    return meta, key_lines, (*relations, *listed)


def _unstated(links: tuple[Link, ...], meta: dict[str, Any]) -> tuple[Link, ...]:
    """``links`` but those of a relation the metadata states itself (its key line wins, as it does over a Links
    section's bullet)."""
    stated = {canonical_key(key) for key in meta}
    return tuple(link for link in links if link.label not in stated)


def _with_status_section_relations(lines: list[str], after: int, meta: dict[str, Any], key_lines: dict[str, int]
                                   ) -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]]:
    """``meta`` with the supersede relations the body's Status section names under front matter that keys them
    not (soviar-systems/ai_engineering_handbook: `status: accepted` above, `## Status` / `Accepted` / `Supersedes:
    {term}`ADR-26006`, {term}`ADR-26008`` below), and the links to those records; the front matter's own keys,
    and its status, stay as it says them; a successor named by its id alone (subcog's `Superseded by ADR-0047`) is
    read as it is without front matter. A record whose body has no Status section gains nothing."""
    _, status = nygard.sections(lines, after)
    if status is None:
        return meta, key_lines, ()
    below, below_lines, links = nygard.status_section(lines, status)
    stated = {canonical_key(key) for key in meta}
    if "superseded-by" not in below and type(said := below.get("status")) is str \
            and (successors := read_status(said).superseded_by):
        below = {**below, "superseded-by": list(successors)}  # `Superseded by ADR-0047`: named by its id alone
    added = [key for key in _SUPERSEDE_KEYS if key in below and key not in stated]
    if not added:
        return meta, key_lines, ()
    return ({**meta, **{key: below[key] for key in added}},
            {**key_lines, **{key: below_lines[key] for key in added if key in below_lines}},
            tuple(link for link in links if link.label in added))


# Where a record states its status a second time (``Record.other_status``).
_IN_THE_SECTION = "Status section"
_UNDER_THE_TITLE = "key line under the title"
_AGAIN_UNDER_THE_TITLE = "other status key under the title"


def _stated_again(lines: list[str], after: int, status: Any, under_title: tuple[str, int] | None,
                  sectioned: bool) -> tuple[str, str, int] | None:
    """Where a front-matter record whose ``status`` the front matter gives states it again and says otherwise:
    the key line under its title (``under_title``, as ``_with_body_fields`` read it), else its Status section
    (read only where the text has a `## Status` heading, ``sectioned``); None where nothing disagrees."""
    if under_title is not None and (found := _disagreeing(lines, status, *under_title, _UNDER_THE_TITLE)) is not None:
        return found
    if not sectioned or type(status) is not str:
        return None
    first = _first_statement(lines, after)
    if first is not None and (first.lower() == status.lower() or not disagree(status, first)):
        return None  # (most records that state it twice: the Status section's paragraph read whole costs more)
    _, section = nygard.sections(lines, after)
    below, below_lines, _ = nygard.status_section(lines, section)
    return _disagreeing(lines, status, below.get("status"), below_lines.get("status"), _IN_THE_SECTION)


def _stated_again_under_the_title(lines: list[str], after: int, first: markdown.Heading | None,
                                  section: markdown.Section | None, read: str) -> tuple[str, str, int] | None:
    """Where the key lines under the title (line index ``after``) state the status twice and one says otherwise
    than the status ``read`` (`**Status:** Proposed` / `**Date:** ..` / `**Status:** Accepted`); None elsewhere."""
    for said, line in nygard.statements_of_status(lines, after, nygard.header_end(lines, first, section)):
        if (found := _disagreeing(lines, read, said, line, _AGAIN_UNDER_THE_TITLE)) is not None:
            return found
    return None


def _first_statement(lines: list[str], after: int) -> str | None:
    """What the first line under a `## Status` heading below line index ``after`` states, where it is a word alone
    (`Accepted`) or a status key line (`**Current Status**: Accepted`): a cheap look; None for anything else."""
    try:
        heading = lines.index("## Status", after + 1)
    except ValueError:
        return None
    first = markdown.first_content(lines, heading + 1)
    line = lines[first].rstrip() if first < len(lines) else ""
    if first < len(lines) and nygard.a_dated_line_below(lines, first, len(lines)):
        return None  # (`Accepted` over `Deprecated on 2026-05-01.`: a history, read whole)
    if line.isalpha():
        return line
    keyed = markdown.KEY_LINE.fullmatch(line) if line[:1] in _FIELD_OPENINGS else None
    return keyed.group("value") if keyed is not None and "status" in keyed.group("key").lower() else None


def _disagreeing(lines: list[str], read: Any, stated: Any, line: int | None, where: str
                 ) -> tuple[str, str, int] | None:
    """``stated`` on ``line``, ``where`` it is, when it names another stage of the decision's life than the status
    ``read`` (``values.disagree``): where, the line as written (``shortened`` as a message shows it) and its
    number; None otherwise."""
    if type(read) is not str or type(stated) is not str or line is None or not disagree(read, stated):
        return None
    written = lines[line - 1].strip() if 0 < line <= len(lines) else stated
    return where, shortened(written), line


def _with_body_fields(lines: list[str], after: int, meta: dict[str, Any], key_lines: dict[str, int]
                      ) -> tuple[dict[str, Any], dict[str, int], tuple[str, int] | None]:
    """``meta`` with the metadata lines that open the body under the title (line index ``after``) for the keys the
    front matter leaves out (`**Deciders:** System Architect`, `**Related:** ADR-027 (Dual-DB)` under front
    matter that gives only an id, a title, a status and a day); the front matter's own keys, and its status and
    day, stay as it says them; the day a status line there gives dates a record whose front matter gives none.
    Read only when the first line under the title is such a line (a cheap look). And the status those lines
    state, with its line (None where they state none)."""
    if after + 2 < len(lines) and lines[after + 2][:1] == "#" and not lines[after + 1]:
        return meta, key_lines, None  # the title, a blank line and a section: the usual record
    first = markdown.first_content(lines, after + 1)
    if first >= len(lines) or lines[first][:1] not in _FIELD_OPENINGS or not nygard.header(lines, first - 1, first + 1):
        return meta, key_lines, None
    until = first
    while until < len(lines) and lines[until][:1] != "#":
        until += 1
    blank = _days_left_blank(meta)
    stated = {canonical_key(key) for key in meta if key not in blank}
    if _gives_a_day(meta):
        stated.add("date")
    fields = nygard.header(lines, after, until)
    added = {key: found for key, found in fields.items()
             if key not in ("status", nygard.UPDATED) and canonical_key(key) not in stated}
    if "date" not in stated and "date" not in added and "status" in fields \
            and (day := status_day(fields["status"][0])) is not None:
        added["date"] = day.isoformat(), fields["status"][1]  # `> **Status: proposed (decided 2026-07-10).**`
    if not added:
        return meta, key_lines, fields.get("status")
    return ({**meta, **{key: value for key, (value, _) in added.items()}},
            {**key_lines, **{key: line for key, (_, line) in added.items()}}, fields.get("status"))


# How a metadata line under a title opens (`**Deciders:**`, `Deciders:`, `> **Related:**`), and how prose or a
# section does not.
_FIELD_OPENINGS = frozenset("*_>|abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


# The sections of the common templates: a record that opens with one of them at level 1 has no title heading.
_SECTION_NAMES = frozenset({
    "context and problem statement", "context", "problem statement", "decision", "decision outcome",
    "decision drivers", "considered options", "consequences", "status", "contexte", "contesto", "contexto",
    "kontext", "summary", "abstract",
    # Portuguese, Spanish and Italian section names (scieloorg/kernel's `# Consequências` under an untitled record)
    "consequências", "consequencias", "consecuencias", "conseguenze", "decisão", "decisao", "decisión",
    "decisione", "estado", "stato", "situação", "alternativas consideradas", "opções consideradas",
    "opciones consideradas", "opzioni considerate", "opzioni valutate",
    # the first sections of other documents (alphagov/govuk-rfcs, moved from a wiki: `# Problem`, `# TL;DR`)
    "problem", "tl;dr", "tldr", "background", "motivation", "introduction", "overview",
    # and of proposals and design documents (Bryan-Roe-ai/semantic-kernel's 0024 opens with `## Proposal`)
    "proposal", "proposed solution", "proposed design", "proposed change", "goals", "purpose", "scope",
    "rationale", "requirements", "alternatives considered",
    # MADR's first sections as its translations name them (xuhaodev/sk-docs-cn's `## 上下文和问题陈述`, its title
    # dropped in translation)
    "kontext und problemstellung", "problemstellung", "hintergrund", "contexte et énoncé du problème",
    "contexte et problématique", "problématique", "contexto y planteamiento del problema",
    "contexto y enunciado del problema", "contexto e declaração do problema", "contexto e problema",
    "contesto e descrizione del problema", "контекст и постановка проблемы", "контекст",
    "コンテキストと問題提起", "コンテキストと問題", "背景と課題", "コンテキスト", "背景",
    "上下文和问题陈述", "背景和问题陈述", "上下文与问题陈述", "背景与问题", "上下文", "问题陈述",
    "맥락과 문제 정의", "배경과 문제", "맥락", "배경"})
_SECTION_NAME_LENGTH = max(map(len, _SECTION_NAMES)) + 2  # with a colon and a blank


# What a record's level-1 heading says when it names no decision, only the kind of document (DFE-Digital's
# `# Architectural Decision Record (ADR)` over `## ADR: Adoption of Keep a Changelog Format`).
_GENERIC_TITLES = frozenset(
    f"{name}{suffix}" for name in ("architecture decision record", "architectural decision record",
                                   "architecture decision", "decision record", "adr")
    for suffix in ("", " (adr)"))
_GENERIC_LENGTH = max(map(len, _GENERIC_TITLES))


def _title_under(lines: list[str], generic: markdown.Heading) -> markdown.Heading:
    """The title of a record whose level-1 heading only names the kind of document: the level-2 heading right
    under it, unless that names a template's section (`## Status`); else the level-1 heading, as it is."""
    under = _level_two_under(lines, generic.line)
    if under is None:
        return generic
    return under if _not_a_section(under) is not None and not nygard.is_status_heading(under.text) else generic


_TITLE_NAME_LENGTH = len("Title :")


def _title_below(lines: list[str], named: markdown.Heading) -> markdown.Heading:
    """The title a `## Title` (or `# Title`) heading's paragraph gives, as a template that asks for it in a
    section has it written (Deakin-Detonator-Toolkit's `## Title` then `Containerising DDT`), at that line; the
    heading as it is when its paragraph is none: a day (`2021-04-26`, or `` `2021-04-26` `` as ferris's template
    leaves it), a metadata line (`Date: ..`), several lines, a list, or another heading."""
    index = markdown.first_content(lines, named.line)
    if index >= len(lines):
        return named
    text = lines[index].strip()
    if not text[:1].isalnum() or (index + 1 < len(lines) and lines[index + 1].strip()) \
            or date_alone(text) is not None or nygard.header(lines, index - 1, index + 1):
        return named
    return markdown.Heading(named.level, text, index + 1)


def _not_a_section(heading: markdown.Heading | None) -> markdown.Heading | None:
    """``heading``, unless it is a template's section heading written at level 1 (`# Context and Problem
    Statement`, `# Context:` opening a record that has no title of its own), or a site generator's expression
    that shows the front matter's title (`# <%= current_page.data.title %>` of GOV.UK's tech-docs pages,
    `# {{ page.title }}` of Jekyll's)."""
    if heading is None:
        return None
    text = heading.text
    if text[:2] in ("<%", "{{") and _TITLE_EXPRESSION.fullmatch(text) is not None:
        return None
    if len(text) > _SECTION_NAME_LENGTH or text.strip().rstrip(":：").rstrip().lower() not in _SECTION_NAMES:
        return heading
    return None


_TITLE_EXPRESSION = deferred(r"<%=[^%]*%>|\{\{[^{}]*\}\}")


# The states a documentation system gives every page (ZeirSor/bookmark-visualizer's `status: active`), and the
# decision's own states a record's Status section gives beside them. Not EIP's `Living`: a record's state there,
# whatever its body's Status section says (decentraland's ADR-35: `status: Living` over `## Status` `Accepted`).
_DOCUMENT_STATES = frozenset({"active", "current", "stable", "published", "maintained", "verified"})
_DECISION_STATES = frozenset({"proposed", "accepted", "rejected", "deprecated", "superseded", "draft"})


def a_page_state(value: object) -> bool:
    """Whether a front matter's `status:` ``value`` is a documentation system's state of the page (`current`)."""
    return type(value) is str and value.strip().lower() in _DOCUMENT_STATES


def page_state_on(lines: list[str], index: int) -> str | None:
    """The documentation system's state of the page the front-matter key on line ``index`` (0-based) of ``lines``
    states: on its line (`status: current`, `status: 'current' # page`) or as the value on the lines under it
    (`status:` then `  current`); None where it states none."""
    line = lines[index].rstrip("\r\n")
    said = line.split(":", 1)[1].split(" #", 1)[0].strip().strip("'\"") if ":" in line else ""
    if said[:1] not in ("", "|", ">"):
        return said if a_page_state(said) else None
    end = index + 1
    while end < len(lines) and lines[end][:1] in (" ", "\t"):
        end += 1
    import yaml

    try:
        value = yaml.load("\n".join(text.rstrip("\r\n") for text in lines[index:end]), Loader=frontmatter.loader())
    except yaml.YAMLError:
        return None
    stated = next(iter(value.values()), None) if isinstance(value, dict) and len(value) == 1 else None
    return stated.strip() if isinstance(stated, str) and a_page_state(stated) else None


_DAY_KEYS = frozenset({"date", "created", "last-updated"})  # canonical names (`start date` is `created`)


# What a `## Notes` footer's bullets may add: the day the decision was made, and the records it relates to.
_NOTED_DAYS = frozenset({"decision-made", "decided", "decision-date", "date-decided"})


def _with_notes_footer(lines: list[str], meta: dict[str, Any], key_lines: dict[str, int]
                       ) -> tuple[dict[str, Any], dict[str, int]]:
    """``meta`` with what a `## Notes` section's key bullets add (ai-tech-karthik/lc-pipeline-v1: `- Decision made:
    2024-10-15`, `- Related ADRs: ADR-001 (Dagster), ADR-002 (DBT)`): the day, when the record states none, and
    the related records, when it names none; its other bullets (`- Status: Implemented and validated`, `- Last
    updated:`) and its prose are notes."""
    heading = next((heading for heading in markdown.iter_headings(lines)
                    if heading.level == 2 and heading.text.strip().lower() == "notes"), None)
    if heading is None:
        return meta, key_lines
    found, found_lines, _ = madr2.metadata(lines, heading.line - 1)
    stated = {canonical_key(key) for key in meta}
    added = {key: value for key, value in found.items()
             if (key in _NOTED_DAYS and not _gives_a_day(meta) and "decided" not in stated)
             or (canonical_key(key) == "relates-to" and "relates-to" not in stated)}
    if not added:
        return meta, key_lines
    return {**meta, **added}, {**key_lines, **{key: found_lines[key] for key in added}}


def _gives_a_day(meta: dict[str, Any]) -> bool:
    if "date" in meta and _a_day(meta["date"]):  # nearly every record that gives one
        return True
    return any(key != "date" and canonical_key(key) in _DAY_KEYS and _a_day(value) for key, value in meta.items())


def _days_left_blank(meta: dict[str, Any]) -> frozenset[str]:
    """The keys of days ``meta`` names and leaves blank (`date: ""`, `date:`, `date: TBD`, MADR 4's `date:
    {YYYY-MM-DD when ..}`): a day the body gives may stand in for them. A day written wrong (`2024-13-45`,
    `2024-01`) is no blank: the record's own, for validate to report."""
    return frozenset(key for key, value in meta.items()
                     if _blank(value) and (key == "date" or canonical_key(key) in _DAY_KEYS))


_BLANK_WORDS = frozenset({"", "~", "tbd", "tba", "tbc", "n/a", "na", "-", "?", "todo", "unknown", "none", "null"})


def _blank(value: Any) -> bool:
    if value is None or isinstance(value, (dict, set)):  # YAML reads `{YYYY-MM-DD when ..}` as a mapping
        return True
    if type(value) is not str:
        return False
    text = value.strip()
    return text.lower() in _BLANK_WORDS or (text[:1] in "{<[" and text[-1:] in "}>]")


def _a_day(value: Any) -> bool:
    if isinstance(value, datetime.date):
        return True
    return type(value) is str and read_date(value).day is not None


def _states_a_lifecycle(value: Any) -> bool:
    """Whether ``value`` states where a decision stands (`Godkendt på styregruppemødet ...`: accepted), not what
    something else's status is (`the current system is slow`)."""
    if type(value) is not str:
        return False
    status = read_status(value).status
    return status in KNOWN_STATUSES or status in MULTI_WORD_STATUSES


_ITEMS = ("- ", "* ")


def _bullets_open(lines: list[str], heading: int) -> bool:
    """Whether the section whose heading is line index ``heading`` describes the decision as a whole and opens
    with a keyed bullet (OS2borgerPC's `## Beskrivelse af beslutningen` over `- **Dato**: ...` / `- **Status**:
    Godkendt ...`, `## Summary of the decision`): the record's metadata, as under the title (the caller reads it,
    keeping it only when it states a status). Not another section's list (`## Context` over `- Status: legacy
    systems`: the systems' status)."""
    for index in range(heading + 1, min(heading + 3, len(lines))):
        line = lines[index]
        if line.strip():
            if line[:2] not in _ITEMS or (":" not in line and "：" not in line):
                return False  # nearly every section: no keyed bullet under its heading (a cheap look first)
            return _WHOLE_DECISION.search(lines[heading]) is not None
    return False


# What a section describing the decision as a whole is named with (`Summary of the decision`, `Beskrivelse af
# beslutningen`, `Description de la décision`, `Zusammenfassung`).
_WHOLE_DECISION = deferred(r"decisi|beslut|besluit|entscheidung|décision|decisão|summary|description|beskrivelse"
                           r"|zusammenfassung|résumé|resumen|overview", re.IGNORECASE)


def _under_a_metadata_heading(lines: list[str], after: int, meta: dict[str, Any], key_lines: dict[str, int]
                              ) -> tuple[dict[str, Any], dict[str, int]]:
    """MADR 2's bullets under a `## Metadata` (or `### Metadata`) heading that is the first under the title (as
    V-Sekai's log keeps them); ``meta`` and ``key_lines`` as they were when there is none."""
    for heading in markdown.iter_headings(lines, after + 1):
        if heading.text.strip().lower() not in nygard.METADATA_HEADINGS:
            break
        found, found_lines, _ = madr2.metadata(lines, heading.line - 1)
        return (found, found_lines) if madr2.is_metadata(found) else (meta, key_lines)
    return meta, key_lines


def _dated_below(text: str, lines: list[str], body: int) -> bool:
    """Whether the body under front matter that gives no date may have a day of its own, a `Date` line or section
    in any language a record without front matter is read in (`## Fecha`): a cheap look, before its lines are
    read."""
    start = sum(map(len, lines[:body])) + body
    return any(text.find(word, start) >= 0 for word in _DAY_WORDS)


# What a day's key or section heading in a body is written with (English, German, Spanish, Russian, Japanese,
# Chinese, Korean; Italian and Portuguese `Data` as a key or a heading, not in `Database`; all caps `DATE`).
_DAY_WORDS = ("Date", "DATE", "Datum", "Fecha", "Data:", "# Data", "Дата", "日付", "日期", "날짜", "日時", "일자",
              "결정일", "作成日", "起票日")


_THEMATIC_BREAK = deferred(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")
_SETEXT_TWO = deferred(r" {0,3}-+[ \t]*")


# A numbered title underlined as reStructuredText underlines one (palantir/atlasdb's adr-tools records, published
# with Sphinx: `1. Record architecture decisions` over a row of `*`): a rule to Markdown, the title to its reader.
_UNDERLINE = deferred(r"([*^+=])\1{2,}[ \t]*")


# A title written with no blank after its `#` (a paragraph to Markdown, a title to its reader): a record's number
# and its words (`#25. Automatic code merging`, as one record of DFE-Digital's log opens), not an issue's
# reference (`#25 was merged`) or a tag (`#25`).
_NUMBERED_UNSPACED = deferred(r"#\d+[.:)][ \t]+\S")


# A record's number and its title on its first line, no heading (ldamasio/robson's plain-text records).
_NUMBERED_LINE = deferred(r"adr[-_ ]?\d{1,6}[ \t]*[:：][ \t]+[^\W\d_]", re.IGNORECASE)


def _past_contents(lines: list[str], after: int) -> int:
    """The line index the metadata opens under, past a table of contents that follows the title at line index
    ``after`` (`## Table of Contents` over `- [Context](#context)`, as doctoc and markdown-toc put one under the
    title, over MADR 2's bullets: anamanlab/lawglance); ``after`` itself when no such section follows it."""
    first = markdown.first_content(lines, after + 1)
    if first >= len(lines) or lines[first][:1] != "#" \
            or lines[first].lstrip("#").strip().rstrip(":").lower() not in _CONTENTS_NAMES:
        return after
    index = first + 1
    while index < len(lines) and (not lines[index].strip() or "](#" in lines[index]):
        index += 1  # blank lines and the contents' links to the record's own headings
    return index - 1


_CONTENTS_NAMES = frozenset({"table of contents", "contents", "toc", "inhalt", "inhaltsverzeichnis", "índice",
                             "indice", "sommaire", "table des matières", "目次", "目录", "목차"})


def _opening_heading(lines: list[str]) -> markdown.Heading | None:
    """The title of a record without a level-1 one: a heading of another level that opens it (`### Use Gradle`
    over its metadata, as some hand-kept logs write it), unless it names a template's section."""
    index = markdown.first_content(lines, 0)
    if index < len(lines) and lines[index][:1] in "-*_" and _THEMATIC_BREAK.fullmatch(lines[index]) is not None:
        index = markdown.first_content(lines, index + 1)  # a rule over the title (sa4s-serc/AgenticAKM's records)
    if index == len(lines):
        return None
    if lines[index][:2] != "##":  # `HTTP CONNECT Proxy Support` over `----` (grpc/proposal): a level-2 setext one
        if lines[index][:1].isalnum() and index + 1 < len(lines) and _SETEXT_TWO.fullmatch(lines[index + 1]):
            return _not_a_section(markdown.Heading(2, lines[index].strip(), index + 1))
        if lines[index][:1].isdecimal() and index + 1 < len(lines) and _UNDERLINE.fullmatch(lines[index + 1]):
            return markdown.Heading(1, lines[index].strip(), index + 1)  # `1. Record ...` over `*****`
        if lines[index][:1] == "#" and lines[index][1:2].isdecimal() and _NUMBERED_UNSPACED.match(lines[index]):
            return markdown.Heading(1, lines[index][1:].strip(), index + 1)  # `#25. Automatic code merging`
        if lines[index][:1] in "Aa" and _NUMBERED_LINE.match(lines[index]) is not None \
                and _fields_follow(lines, index, apart=lines[index].rstrip()[-1:] not in _SENTENCE_ENDS) \
                and not _states_a_lifecycle(lines[index].split(":", 1)[-1]):
            return markdown.Heading(1, lines[index].strip(), index + 1)  # `ADR-0001: X` over `Status: Accepted`
        if lines[index][:2] in ("**", "__") and (bold := _BOLD_LINE.fullmatch(lines[index].rstrip())) is not None:
            return _bold_title(lines, index, bold.group(1) or bold.group(2))  # `**ADR 4: Use D**` over its fields
        if lines[index][:1] in "Tt*_" and (keyed := _TITLE_KEY.fullmatch(lines[index].rstrip())) is not None \
                and (text := keyed.group(1).strip("`*_ \t")):
            return markdown.Heading(0, text, index + 1)  # `**Title:** X` over its fields
        return None
    atx = markdown.atx_heading(lines[index])
    if atx is None or not atx[1]:
        return None
    level, text = atx
    if level > _TITLE_LEVEL and any(line[:1] == "#" and (other := markdown.atx_heading(line)) is not None
                                    and other[0] < level for line in lines[index + 1:]):
        return None  # `#### Table of contents` over `## Context`: a deep heading is a title only atop its peers
    if text[:2] == "1." and _numbered_as_the_first_section(lines, index, level):
        text = text[2:].strip() or text  # `#### 1. Use CQRS` over `#### 2. Status`: the first of numbered sections
    if _a_table_of_contents(lines, index + 1):
        return _decision_s_first_line(lines, index + 1)
    return _not_a_section(markdown.Heading(level, text, index + 1))


def _a_table_of_contents(lines: list[str], start: int) -> bool:
    """Whether the lines from index ``start`` to the next heading are a list of links to the record's own
    sections and nothing more (adrowse's `## はじめに` over `* [決定](#決定)`, `* [ステータス](#ステータス)` ..)."""
    listed = False
    for line in lines[start:]:
        if line[:1] == "#":
            break
        if line.strip():
            if _ANCHOR_ITEM.fullmatch(line) is None:
                return False
            listed = True
    return listed


_ANCHOR_ITEM = deferred(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\[\]\n]*\]\(#[^()\s]*\)[ \t]*")


def _decision_s_first_line(lines: list[str], start: int) -> markdown.Heading | None:
    """The title of a record that opens with a table of contents and has no title heading: the first line of its
    Decision section, the words its log's own links name it by (adrowse's records: `## 決定` over `タイポミスを
    なくすため CSpell と typos を導入する`); None where it has no such section or line."""
    for heading in markdown.iter_headings(lines, start):
        if heading.text.rstrip(":： ").lower() not in _DECISION_SECTIONS:
            continue
        for index, shown in enumerate(comments.uncommented(lines[heading.line:]), heading.line):
            if shown[:1] == "#":
                return None
            if shown.strip():
                return markdown.Heading(0, shown.strip(), index + 1)
        return None
    return None


# The names of a record's Decision section, by language.
_DECISION_SECTIONS = frozenset({"decision", "décision", "entscheidung", "decisión", "decisão", "decisao",
                                "decisione", "besluit", "decyzja", "решение", "決定", "决策", "决定", "결정"})


_TITLE_LEVEL = 3  # the deepest opening heading taken for the title whatever headings follow it
_NUMBER_OPENING = deferred(r"\d{1,6}[.:)][ \t]+[^\W\d_]")  # `**4. Use D**`
_BOLD_LINE = deferred(r"\*\*(?!\s)([^*\n]+)(?<!\s)\*\*|__(?!\s)([^_\n]+)(?<!\s)__")


_SENTENCE_ENDS = frozenset(".:!")


def _fields_follow(lines: list[str], index: int, *, apart: bool = True) -> bool:
    """Whether the record's fields follow the line at ``index`` (a `Status:` line or a `* Status:` bullet): on the
    next line, or, if ``apart``, after a blank one."""
    following = index + 2 if apart and index + 2 < len(lines) and not lines[index + 1].strip() else index + 1
    if following >= len(lines):
        return False
    line = lines[following]
    return nygard.a_key_line(line) or (line.lstrip(" ")[:2] in _BULLETS and nygard.a_key_line(line.lstrip(" ")[2:]))


def _bold_title(lines: list[str], index: int, text: str) -> markdown.Heading | None:
    """The title of a record that opens with a line in bold, and no heading, over its fields or its first section,
    numbered as titles are (`**ADR 4: Use D**`, `**4. Use D**` over `* Status: accepted`); None for a note in bold
    (`**Important**`), a field (`**Status: Accepted**`), a status alone (`**DRAFT**`), a sentence (`**ADR 4: this
    record is obsolete.**`) or a paragraph's first line."""
    text = text.strip()
    if (_NUMBERED_LINE.match(text) is None and _NUMBER_OPENING.match(text) is None) or _states_a_lifecycle(text):
        return None  # a note in bold (`**Important**`, `**Migrated from the old wiki**`), a field, a status
    following = index + 2 if index + 2 < len(lines) and not lines[index + 1].strip() else index + 1
    sentence = text[-1] in _SENTENCE_ENDS
    sectioned = following < len(lines) and lines[following][:3] == "## " and not sentence
    return markdown.Heading(1, text, index + 1) if sectioned or _fields_follow(lines, index, apart=not sentence) \
        else None
# A title given as a field on the first line of a record with no heading (phys-sims' `**Title:** X` over `-
# **Status:** Proposed`).
_TITLE_KEY = deferred(r"(?:\*\*|__|\*|_)?title(?:\*\*|__|\*|_)?[ \t]*:(?:\*\*|__|\*|_)?[ \t]+(\S.*)", re.IGNORECASE)


def _numbered_as_the_first_section(lines: list[str], index: int, level: int) -> bool:
    """Whether the heading on line index ``index`` numbers the record's sections from 1: the next heading of
    its ``level`` opens with `2.` (maciejgz/Drive's `#### 1. Title`, `#### 2. Status`, `#### 3. Context`)."""
    marks = "#" * level + " "
    for line in lines[index + 1:]:
        if line[:level + 1] == marks:
            return line[level + 1:].lstrip()[:2] == "2."
    return False


def _status_bullet_relations(meta: dict[str, Any], key_lines: dict[str, int]) -> tuple[Link, ...]:
    """The relations the status bullet names after its word (`* Status: accepted, amended by [ADR 3](..)`), as a
    status line does; its supersede ones are the status's own reading."""
    status = meta.get("status")
    if type(status) is not str or "status" not in key_lines \
            or (status.count("](") == 1 and "upersed" in status):  # its one link the supersede the status reads
        return ()
    return tuple(link for link in nygard.status_line_links(status, key_lines["status"])
                 if link.label not in ("supersedes", "superseded-by"))


def _with_links(meta: dict[str, Any], key_lines: dict[str, int],
                links: tuple[Link, ...]) -> tuple[dict[str, Any], dict[str, int]]:
    """``meta`` with the record numbers ``links`` name under their labels (`supersedes: [1]`), as the Status
    section's links are kept; a key the bullets under the title already hold keeps their value."""
    meta, key_lines = dict(meta), dict(key_lines)
    added: set[str] = set()
    for link in links:
        if link.target is None or (link.label in meta and link.label not in added):
            continue
        meta.setdefault(link.label, []).append(link.target)
        key_lines.setdefault(link.label, link.line or 0)
        added.add(link.label)
    return meta, key_lines


def _untitled_front_matter(lines: list[str], body: int, meta: dict[str, Any],
                           key_lines: dict[str, int]) -> markdown.Heading | None:
    """The title of a front-matter record whose body does not open with one: the first level-1 heading when
    only comments come before it, else the front matter's `title` (MADR, Jekyll, EIP-style logs) or the name of
    the feature a proposal is for (aws-cdk-rfcs' `feature name: monolithic-packaging`), else the first level-1
    heading anywhere, unless it names a template's section (`# Summary` opening a proposal)."""
    key = "title"
    named = meta.get(key)
    if named is None:  # `Title:`, as HMCTS' Backstage template writes its keys capitalised (`Date:`, `Deciders:`)
        key = next((key for key in meta if canonical_key(key) == "title"), key)
        named = meta.get(key)
    if not isinstance(named, str) or not named.strip():
        key = next((key for key in meta if canonical_key(key) == "feature-name"), "")
        named = meta.get(key)
        if not isinstance(named, str) or not named.strip():
            return _not_a_section(markdown.first_heading(lines, body, 1))
    # The first level-1 heading counts only if nothing but comments comes before it: it is looked for up to
    # the first other line, not through the whole body.
    content = markdown.first_content(lines, body)
    for heading in markdown.iter_headings(lines, body, content):
        if heading.level == 1 and _not_a_section(heading) is not None:
            return heading
    if _ID_ALONE.fullmatch(named.strip()) is not None:  # `title: ADR-004` beside `summary: GitHub as ..`
        for other in ("summary", "description"):
            said = meta.get(other)
            if isinstance(said, str) and said.strip() and "\n" not in said.strip() and len(said) <= _LONGEST_TITLE:
                return markdown.Heading(0, said.strip(), key_lines.get(other, 1))
    return markdown.Heading(0, named.strip(), key_lines.get(key, 1))


# A front matter title that is the record's id alone (NHSDigital/nhs-notify's Jekyll pages: `title: ADR-004`, the
# words in `summary:` and `description:`), and the longest summary read as a title in its place.
_ID_ALONE = deferred(r"(?:adr|rfc|dr|decision)[-_ #]?\d{1,9}", re.IGNORECASE)
_LONGEST_TITLE = 200


# What may make a title's text differ from what a reader sees: a `*`, a `_` at a word's edge (one inside a word,
# `snake_case`, emphasises nothing), an entity (`&lt;`). Titles without one are not parsed.
_MAY_BE_MARKED = deferred(r"\*|(?<!\w)_|_(?!\w)|&#?\w+;|\\[!-/:-@\[-`{-~]")  # (an escape: ASCII punctuation after it)
_LINK_IN_TITLE = deferred(r"(?<!!)\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")  # not an image's `![..](..)`
_HREF = deferred(r"\]\(([^()\s]+)\)")


def _named_successors(status: Any, line: int | None) -> tuple[Link, ...]:
    """The successors a superseded status names by the files it links to and not by number: `superseded by
    [20201016-x](20201016-x.md)` (a date-named record), `superseded, see [this](0023-x.md) instead`; as links
    the graph and the linter can follow, each with the number its file has, if any."""
    if not isinstance(status, str) or "](" not in status:
        return ()
    return tuple(Link("superseded-by", nygard.number_of_file(href), href, line)
                 for href in _HREF.findall(status) if "://" not in href)


def _amending_successors(status: Any, line: int | None) -> tuple[Link, ...] | None:
    """The records a status superseded in part names (`Superseded in part by [ADR-0024](..)`, aureat/phalcom-lang's;
    `Superseded (in part) by ADR-9`, `Partly superseded by ..`), by the files it links to or by number: each amends
    the record, whose other parts stand. None when the status says no supersession in part."""
    named = superseded_in_part(status) if isinstance(status, str) else None
    if named is None:
        return None
    if "](" in named:
        return tuple(Link("amended-by", nygard.number_of_file(href), href, line)
                     for href in _HREF.findall(named) if "://" not in href)
    return tuple(Link("amended-by", number, None, line) for number in status_references(named))


_SUPERSEDED = frozenset({"superseded", "partly superseded", "partially superseded"})
_RELATION_KEYS = ("supersedes", "superseded-by", "relates-to")
_RELATION_KEY_SET = frozenset(_RELATION_KEYS)


def _dated_links(meta: dict[str, Any], key_lines: dict[str, int], links: tuple[Link, ...]) -> tuple[Link, ...]:
    """Links to the date-named records a relation key names by id (`superseded-by: 2026-06-28-x`), which no
    number gives; those the record links already are left out."""
    made: list[Link] = []
    for key in _RELATION_KEYS:
        value = shown_relation(meta.get(key))
        if value is None:
            continue
        # named by id (`20240101-x`), or linked to by its file (`- Supersedes: [20240101-x](20240101-x.md)`)
        hrefs = [href for item in (value if isinstance(value, list) else [value]) if isinstance(item, str)
                 and ("](19" in item or "](20" in item or "/19" in item or "/20" in item)  # (a day's file, at a look)
                 for href in _HREF.findall(item)
                 if href.rsplit("/", 1)[-1][:2] in ("19", "20") and dated_link_identity(href) is not None]
        for href in [*dated_references(value), *hrefs]:
            ident = linked_identity(href)
            if not any(link.label == key and link.href is not None and ident is not None and
                       linked_identity(link.href) == ident for link in (*links, *made)):
                made.append(Link(key, None, href, key_lines.get(key)))
    return tuple(made)


_KEYED_ONLY_SET = frozenset(nygard.LINK_ONLY_KEYS)


def _keyed_only_links(meta: dict[str, Any], key_lines: dict[str, int], links: tuple[Link, ...]) -> tuple[Link, ...]:
    """Links to the records a relation no typed field holds names in metadata, where no link the record writes
    gives it already: front matter's `amends: [2]` (what `adr link 3 amends 2` writes), MADR 2's `- Amends:
    [ADR-0001](0001-x.md)` bullet, the adrs tool's `kind: amendedby`."""
    made = []
    for key in nygard.LINK_ONLY_KEYS:
        value = shown_relation(meta.get(key))
        if value is None or any(link.label == key for link in links):
            continue
        line = key_lines.get(key)
        for item in value if isinstance(value, list) else [value]:
            hrefs = [found for found in _HREF.finditer(item) if "://" not in found.group(1)] \
                if isinstance(item, str) else []
            if hrefs:  # each of the relation the words before it name (`[2](..); extended by [3](..)`)
                made += [Link(nygard.kind_before(key, item[:max(item.rfind("[", 0, found.start()), 0)]),
                              nygard.number_of_file(found.group(1)), found.group(1), line) for found in hrefs]
            elif (number := number_of(item)) is not None:
                made.append(Link(key, number, None, line))
    return tuple(made)


def _adrs_only_links(listed: list[Any], line: int | None) -> tuple[Link, ...]:
    """Links of the relations no typed field holds that the adrs tool's front matter lists (`links: [{target: 2,
    kind: amendedby}]`)."""
    return tuple(Link(_ADRS_ONLY[kind], number, None, line) for link in listed
                 if (kind := adrs_kind(link)) in _ADRS_ONLY and (number := number_of(link.get("target"))) is not None)


_ADRS_ONLY = {"amends": "amends", "amendedby": "amended-by"}


# A date-named record's title opening with the record's own day, as its id (`# 2026-03-08 Refactor Boundaries`,
# `# ADR-2026-03-19 Boot Contract`, `# 20240114: Use X`), and the day in that id.
_OWN_DAY_OPENING = deferred(r"(?:adr[-_ ]?)?(\d{4})[-‐‑‒–−]?(\d\d)[-‐‑‒–−]?(\d\d)"
                            r"(?:\s*[.:)：｜]|\s+(?:--|[-–—|·•]))?\s+(?=\S)", re.IGNORECASE)
_DAY_IN_ID = deferred(r"(\d{4})[-_]?(\d\d)[-_]?(\d\d)")


def _without_its_own_day(text: str, ident: str) -> str | None:
    """``text`` without the day of the record's id (``ident``) and the mark after it that open it; None when it
    opens otherwise (another day, a year: `2024 Roadmap`), or what follows is no title's word (`/ Use B`, `10:00
    Incident review`)."""
    opening = _OWN_DAY_OPENING.match(text)
    own = _DAY_IN_ID.search(ident) if opening is not None else None
    if own is None or opening is None or opening.groups() != own.groups():
        return None
    rest = text[opening.end():]
    first = rest[:1]
    if first.isdigit():
        return None if _A_TIME.match(rest) else rest
    return rest if first.isalpha() or first in _QUOTES or (not first.isascii() and first not in "→·•") else None


_A_TIME = deferred(r"\d{1,2}[:h]\d\d")
# A numbered record's title that opens with the day it was decided, then a dash, then its words (Kilianrm/
# cloud-events-platform keeps its log as a diary: `## 2026-01-29 – Separate Ingestion and Read Paths`); after a
# colon, the day is the title's topic (`# 2027-06-30: Sunset of the v1 API`).
_DAY_OPENING_TITLE = deferred(r"(?:\[ADR\][ \t]+)?((?:19|20)\d\d-\d\d?-\d\d?)[ \t]*(?:[–—]|[ \t]-)[ \t]+(?=[^\W\d_])",
                              re.IGNORECASE)
_QUOTES = "\"'`“‘«„"


def _record(directory: Path, name: str, named: tuple[int | None, str, str], dialect: Dialect,
            title: markdown.Heading | None, meta: dict[str, Any], key_lines: dict[str, int], body: int,
            links: tuple[Link, ...] = (), *, unread: tuple[Unread, ...] = (),
            other_status: tuple[str, str, int] | None = None) -> Record:
    if unread and any(canonical_key(line.key) in _RELATION_KEY_SET for line in unread):
        # values YAML refused are read as the plain text they are, but for relations: `related: [#788, #782]`
        # names issues there, not records
        left_out = {line.key for line in unread if canonical_key(line.key) in _RELATION_KEY_SET}
        fields = typed_fields({key: value for key, value in meta.items() if key not in left_out})
    else:
        fields = typed_fields(meta)
    in_title = None
    decorated = True  # the title's text may open with the record's number (`# 3. Use X`)
    if title is not None and title.text[-1:] in "])" and (split := title_status(title.text)) is not None:
        # `# ADR-001: Soft Delete Pattern [ACCEPTED]`: the status the title states, when the record states none
        title, in_title = markdown.Heading(title.level, split[0], title.line), split[1]
        if fields["status"] is None:
            fields = typed_fields({**meta, "status": in_title})
    elif title is not None and (":" in title.text[:_STATE_PREFIX_LENGTH] or "：" in title.text[:_STATE_PREFIX_LENGTH]) \
            and (title.text[:1].isalpha() or title.text[:2] in ("**", "__")) \
            and (prefixed := title_state_prefix(title.text)) is not None:
        # `# Draft: Add build notifications`: the state the title opens with, when the record states none or one of
        # its stage (`Draft:` over `- Status: proposed`); under another, `# Deprecated: the v1 API` names its topic
        stage = PREFIX_STAGES.get(lifecycle_word(prefixed[1]) or "", 0)
        if fields["status"] is None or stage == PREFIX_STAGES.get(fields["status"]):
            title = markdown.Heading(title.level, prefixed[0], title.line)
            decorated = False  # its words follow the state (`# Draft: 1000 player servers`)
            if fields["status"] is None:
                fields = typed_fields({**meta, "status": prefixed[1]})
    if fields["status"] is None and fields["tags"] and (tagged := tagged_status(fields["tags"])) is not None \
            and not any(type(key) is str and key.lower() == "status" for key in meta):
        fields["status"] = tagged  # `tags: [Superseded]`: a site's tag for the status, kept as a tag too
    if fields["status"] is None and fields["superseded_by"] and dialect is Dialect.NYGARD \
            and not any(type(key) is str and key.lower() == "status" for key in meta):
        fields["status"] = "superseded"  # `> **Superseded by [ADR 239](..).** ..` under the title, and no status
    if dialect is Dialect.MADR2 and fields["tags"] and type(meta.get("tags")) is str \
            and key_lines.get("tags", 0) > body:  # a `- Tags:` bullet's, not the front matter's above them
        fields["tags"] = spaced_tags(fields["tags"])
    if fields["relates_to"] and (foreign := other_documents(relation_value(meta, "relates-to"), name)):
        fields["relates_to"] = tuple(number for number in fields["relates_to"] if number not in foreign)
    if not _RELATION_KEY_SET.isdisjoint(meta) and (dated_links := _dated_links(meta, key_lines, links)):
        links = (*links, *dated_links)
    if not _KEYED_ONLY_SET.isdisjoint(meta) and (keyed := _keyed_only_links(meta, key_lines, links)):
        links = (*links, *keyed)
    if type(listed := meta.get("links")) is list and (adrs := _adrs_only_links(listed, key_lines.get("links"))):
        links = (*links, *adrs)
    if fields["status"] in _SUPERSEDED and not fields["superseded_by"] and \
            not any(link.label == "superseded-by" for link in links):
        status, line = (meta.get("status"), key_lines.get("status")) if "status" in meta else \
            (in_title, title.line if title is not None else None)
        amending = _amending_successors(status, line)
        if amending is not None:  # `Superseded (in part) by [ADR-0024](..)`: amended by it
            linked = {(link.label, link.href if link.target is None else link.target) for link in links}
            links = (*(link for link in amending
                       if (link.label, link.href if link.target is None else link.target) not in linked), *links)
        elif fields["status"] == "superseded":
            successors = _named_successors(status, line)
            links = (*successors, *links)
            numbered = [link.target for link in successors if link.target is not None]
            if len(numbered) == 1:  # `superseded, see [this](0023-x.md) instead`: the one record it names
                fields["superseded_by"] = (numbered[0],)
    text = title.text if title is not None else None
    if text and "<!--" in text:  # `# <!-- short title, .. -->` (MADR 4's bare template): a comment shows nothing
        text = comments.without_comments(text).strip()
    if text and text[0] in ":：" and text[1:2].isspace():
        text = text[1:].strip()  # `# : Design X`: the number before the colon left out of the template's `# N: X`
    if text and "](" in text:  # `4. [AGPLv3](https://..) or Commercial`: a link reads as its text
        text = _LINK_IN_TITLE.sub(r"\1", text)
    if text and title is not None and title.level and ("*" in text or "_" in text or "&" in text or "\\" in text) \
            and _MAY_BE_MARKED.search(text) is not None:
        text = markdown.shown_inline(text) or text  # `*Use X*`, `_Domain Events_`, `Result&lt;T&gt;`, `ldt\_\_`
    heading_number = None
    if text and named[0] is None and (text[0].isdigit() or text[:3].lower() == "adr") \
            and (undated := _without_its_own_day(text, named[1])) is not None:
        text = undated  # `# 2026-03-08 Refactor Boundaries` in `2026-03-08-refactor.md`: the day is the record's id
    elif text and named[0] is not None and (text[4:5] == "-" or text[:1] == "[") and text[:1] in "12[" \
            and (dated := _DAY_OPENING_TITLE.match(text)) is not None:
        text = text[dated.end():]  # `## 2026-01-29 – Separate Paths`, `# [ADR] 2026-03-20 – X`: a diary's day
        if fields["date"] is None:
            fields["date"] = read_date(dated.group(1)).day  # the record's day, when nothing else gives one
    if text and text[0] in _TITLE_QUOTES and len(text) > 2 and text[-1] == _TITLE_QUOTES[text[0]] \
            and text[0] not in text[1:-1]:
        text = text[1:-1].strip()  # `# 'ADR 0001 - Actors'` (openfun/marsha): the title inside its quotes
    if text and text[0] in "nNxX" and named[0] and (unnumbered := without_number_placeholder(text)) is not None:
        text = unnumbered  # `n. Django Templates`: the number left as the template's letter (record 0 keeps it)
    if text and decorated and (text[0].isdigit() or text[0] in TITLE_PREFIX_OPENINGS or text[-1] == "}"
                 or ((text[0] in DECORATION_INITIALS or not text[0].isascii()) and may_be_decorated(text))
                 or names_a_kind_of_record(text)):
        # may be decorated (read_title): the file's number as written (`003` of `adr-003-x.md`), or the digits
        # its name opens with
        digits = named[1] if named[0] is not None and text[0].isdigit() else ""  # a date-named file's are a day
        text, heading_number = read_title(text, digits, named[2] if digits else "", named[0])
        if title is not None and title.level == 0:  # the front matter's title: no heading to number
            heading_number = None
    elif text and named[0] is not None and (own := numbered_as_the_file(text, named[1])) is not None:
        text = own.text  # `TEP-0001: Tekton ...`, `Partition Strategy - ADR 004`: the file's own number
    number, ident, slug = named
    fields.update(directory=directory, filename=name, number=number, slug=slug, format=dialect, id=ident,
                  title=text or None, title_line=title.line if title is not None else None,
                  heading_number=heading_number, meta=meta, meta_lines=key_lines, body_line=body + 1, links=links,
                  log="", unread=unread, other_status=other_status)
    return record_from(fields)
