"""ADR1xx: files, names and numbers."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Container, Iterator, Sequence
from pathlib import Path

from adrtool.errors import AdrError
from adrtool.model import Dialect, Record
from adrtool.records.log import (
    a_folder_per_record,
    keeps_retired,
    named_but_for_md,
    named_with_a_line_break,
    one_line_name,
)
from adrtool.records.names import (
    CANONICAL_NAME,
    LETTERED_NAME,
    NameScheme,
    is_other_document,
    is_record_name,
    is_template_title,
    is_translation,
    letters_of,
    named_series,
    parse_name,
)
from adrtool.records.slug import is_canonical_slug, slugify
from adrtool.rules.context import Context, LogPart
from adrtool.rules.registry import ERROR, WARNING, Problem, at, log_rule, record_rule

PROPOSED_BY_PYADR = ("xxxx-", "xxxx_")  # pyadr names a proposed record so until `pyadr accept` numbers it


@log_rule("ADR100", "unreadable-record", ERROR,
          "A record file that cannot be read or parsed (bad UTF-8, broken YAML) drops out of every report. A value "
          "YAML refuses in front matter is read as the text it is: the record stays, with a warning.")
def unreadable(context: Context) -> Iterator[Problem]:
    for failure in (*context.log.failures, *context.late_failures):
        if failure.path is not None:
            yield Problem(failure.path, failure.line or 1, 1, failure.message)
    for record in context.scoped_records:
        for line in record.unread:  # the record stays, its value read as the text it is: other readers may refuse it
            yield Problem(record.path, line.line, 1, line.message, WARNING)


# A name numbered after letters adr does not take for a prefix (`rfc-008-`, gRPC's `A27-`, `cm003-`), or a record
# numbered as an addendum of another (bbc/tams' `0004a-ancestry-relationships.md` beside `0004-x.md`): advising a
# number of adr's would renumber the record (RFC 8 as 1), or give gRPC's A27 and G27 one number. Not a word that
# holds a digit (`oauth2-login`, `s3-buckets`, `v2-api`): that is a name with no number.
_OTHER_SCHEME = re.compile(r"([A-Za-z]{2,5}[-_]\d+|[A-Z]\d+|[A-Za-z]{2,5}0\d+|\d+[a-z])[-_]")
_DIGITS = re.compile(r"\d+")
# A record numbered as an addendum of the record its number names (agross/MFFM's `0004b-x.md` beside `0004-y.md`).
_ADDENDUM = re.compile(r"((\d+)[a-z])[-_]")


# The `ADR-` an unnumbered name opens with (`ADR-add-workflow.md`): the name advised carries the log's own prefix.
# What a file name has before its words, which advice gives a name of the log's own: `adr-` (and a placeholder for
# its number, `ADR-XXX_`), and a number the name already holds after a word (`backend-0001-`, `nr.-001-`), which
# the advised name must not repeat.
_ADR_PREFIX = re.compile(r"^(?:adr(?:[-_ ]+|(?=[^a-z]))(?:(?:x{2,}|n{2,})(?:[-_ ]+|$))?|"
                         r"[^\W\d_]+\.?[-_ ]0\d+(?:[-_ ]+|$))", re.IGNORECASE)


@log_rule("ADR101", "unnumbered-record", WARNING,
          "A decision record named without a number is invisible to adr: it is never listed, indexed or due. A "
          "warning: a log's folder often holds documents written as records are (reviews, assessments, notes) that "
          "are none.")
def unnumbered(context: Context) -> Iterator[Problem]:
    index_name = context.config.index.lower()
    for part in context.parts:
        directory = part.directory
        names = sorted(part.decision_files.difference(record.filename for record in part.log.records)
                       .difference(template.name for template in part.log.templates))  # (read, found no records)
        if names and a_folder_per_record(directory):
            names = []  # the record's own documents (`0028/tech-details-dotnet.md`), no records of the log
        suggested = part.next_number
        numbered = any(record.number is not None for record in part.log.records)
        series: dict[str, list[tuple[Path, str]]] = {}  # files numbered as another scheme, by its letters
        unsuffixed = named_but_for_md(directory) if names else {}
        for name in names:
            lower = name.lower()
            kept_otherwise = _kept_otherwise(directory, name, part.decision_files, unsuffixed)
            if kept_otherwise is not None:
                if context.in_scope(kept_otherwise[0]):
                    yield Problem(kept_otherwise[0], 1, 1, kept_otherwise[1], WARNING)
                continue
            if not lower.endswith(".md") or is_record_name(name) or name.startswith(".") or lower == index_name \
                    or is_other_document(name):
                continue
            path = directory / name
            if not (path.is_file() and context.in_scope(path)):
                continue
            addendum = _ADDENDUM.match(name) if numbered else None
            if addendum is not None:  # metadata or none, beside numbered records the log reads
                series.setdefault(_DIGITS.sub("#", addendum.group(1)).upper(), []).append((path, addendum.group(1)))
                continue
            read = _as_record(path)
            if read is None or _attached(read[1], part.exists):
                continue
            record = read[0]
            if _a_template(record):
                continue
            if (held := _decisions_held(read[1])) > 1:
                yield Problem(path, 1, 1, f"holds {held} decision records in one file; adr reads one record per file, "
                                          "so it ignores them", WARNING)
                continue
            if lower.startswith(PROPOSED_BY_PYADR):
                yield Problem(path, 1, 1, "a proposed record named as pyadr names one until it is accepted "
                                          "(`pyadr accept` numbers it); adr lists it once numbered", WARNING)
                continue
            scheme = part.conventions.scheme
            other = _OTHER_SCHEME.match(name)
            code = other.group(1) if other is not None else _another_series(name, scheme)
            if code is not None:  # `rfc-008-x.md`, gRPC's `A27-x.md`: numbered, but not as adr reads numbers
                series.setdefault(_DIGITS.sub("#", code).upper(), []).append((path, code))
                continue
            words = _ADR_PREFIX.sub("", _without_letters(name[:-3], scheme.prefix)) or name[:-3]
            own = None if scheme.dated else _HELD_NUMBER.match(words)
            if own is not None:  # `ADR-004.d4.md`: its own number, not read after its joint, is the one to keep
                words = words[own.end():]
            try:
                slug = scheme.slug(words)
            except AdrError:  # no letters to make a slug from
                slug = "title"
            if own is not None:
                yield Problem(path, 1, 1, "looks like a decision record but adr does not read the number in its "
                                          f"name, so adr ignores it; rename it "
                                          f"{scheme.name(int(own.group(1)), slug, record.date)}")
                continue
            if scheme.dated:
                slug = _LEADING_DAY.sub("", slug) or slug  # `231006A-gamma.md`: its day is the name's already
                expected = scheme.name(None, slug, record.date) if record.date is not None else \
                    scheme.describe().replace("slug", slug)
            else:
                expected = scheme.name(suggested, slug, record.date)
                suggested += 1  # the next file is advised the next number: no two files get the same
            yield Problem(path, 1, 1, f"looks like a decision record but its name has no number, so adr "
                                      f"ignores it; rename it {expected}")
        yield from _other_series(series)
        listed = {record.filename for record in part.log.records}
        for name in sorted(named_with_a_line_break(directory)):
            if context.in_scope(directory / name):
                why = "which adr reads but other tools and scripts may split" if name in listed \
                    else "so adr does not read it"
                yield Problem(directory / name, 1, 1, "is named as a decision record but its name holds a line break, "
                                                      f"{why}; rename it {one_line_name(name)}")
        for folder, records in part.in_subfolders.items():
            if (unread := _unread(directory / folder, records, context)) is not None:
                yield Problem(unread[0], 1, 1, f"{folder}/ holds {unread[1]} adr does not read: records are read from "
                              f"{_read_from(part, context)}; move them up, or name the subfolder a log of its own "
                              "(config `dirs`)", WARNING)
        for folder, records in part.linked_unread.items():
            if (unread := _unread(directory / folder, records, context)) is not None:
                yield Problem(unread[0], 1, 1, f"{folder}/ is a symbolic link to a folder holding {unread[1]} adr does "
                              "not read: adr reads through a link only a folder by stage of the log (accepted/, "
                              "proposed/ ...) that leads to a folder of the project", WARNING)


def _another_series(name: str, scheme: NameScheme) -> str | None:
    """The letters and number opening ``name`` (`ADR-STR-001`) when they are of a series other than the one the log
    reads (`ADR-CO-001-x.md`: Aventide numbers its records by country and strategy), or of a code adr reads no series
    in (`ADR-ŞÜ-001-x.md`, `ADR-C.O-001-x.md`): a name advised in the log's series would hold two numbers. None for
    any other name."""
    opening = LETTERED_NAME.match(name)
    if opening is None:
        code = _PADDED_CODE.match(name)
        return code.group() if code is not None else None
    if not scheme.prefix:
        return None
    letters, joint, digits = opening.group(1, 2, 3)
    if not joint or f"{letters}{joint}".lower() == f"{scheme.prefix}{scheme.joint}".lower():
        return None  # (`rapport_arc42-etape1.md`: a name's word holding figures, no series' number)
    return f"{letters}{joint}{digits}"


# A name opening with a word and a code of other characters than a series' letters, then a padded number
# (`ADR-ŞÜ-001`; not `ADR-004.d4.md`, numbered after its word alone).
_PADDED_CODE = re.compile(r"[^\W\d_][^\d/]*?[-_ ][^\d/]+?[-_ ]0\d+(?=[-_ .])")


def _other_series(series: dict[str, list[tuple[Path, str]]]) -> Iterator[Problem]:
    """One warning for each file numbered as another scheme; one for a series of them (`TRD-0001`, `TRD-0002`
    beside `ADR-0001`: trade-off notes a team numbers on their own), at its first file."""
    for files in series.values():
        (path, first), *more = sorted(files, key=lambda file: int("".join(filter(str.isdigit, file[1]))))
        if not more:
            yield Problem(path, 1, 1, f"looks like a decision record numbered as another scheme numbers them "
                                      f"({first}), which adr does not read, so adr ignores it", WARNING)
        else:
            yield Problem(path, 1, 1, f"looks like the first of {len(files)} records numbered as another scheme "
                                      f"numbers them ({first} to {more[-1][1]}), which adr does not read, so adr "
                                      "ignores them", WARNING)


def _unread(folder: Path, records: Sequence[str], context: Context) -> tuple[Path, str] | None:
    """The first of ``records`` (names in ``folder``, which adr does not read) that the run looks at, and how
    many they are, as ADR101 says it; None when it looks at none of them."""
    in_scope = [name for name in records if context.in_scope(folder / name)]
    if not in_scope:
        return None
    return folder / in_scope[0], f"{len(records)} record files" if len(records) > 1 else "a record file"


def _read_from(part: LogPart, context: Context) -> str:
    """Where the log of ``part`` is read from, as ADR101 says it of a subfolder left unread: the directory itself,
    and the folders read as part of the log (its areas: `accepted/`, `proposed/`), when it has some."""
    shown = context.workspace.relative(part.directory)
    areas = [f"{area.directory.name}/" for area in part.group if area is not part]
    if not areas:
        return f"{shown}/ itself, not its subfolders"
    return f"{shown}/ itself and its folders {', '.join(areas)}, not its other subfolders"


def _without_letters(stem: str, letters: str) -> str:
    """A file name's ``stem`` without the letters the log's records are named after, and a placeholder for the
    number after them (`trd-digest`, `trdxxx-time` in a log of `trd104-syscalls.md`: `digest`, `time`), for the
    name advised to carry them once; ``stem`` itself in a log named otherwise (`adr-`, `RFC` names: as ever)."""
    if not letters or letters.lower() in ("adr", "dr", "rfc") or stem[:len(letters)].lower() != letters.lower():
        return stem
    rest = _AFTER_LETTERS.sub("", stem[len(letters):])
    return rest or stem


# A number a name holds before its words, with a joint adr does not read after a number (`004.d4`): the name's own.
_HELD_NUMBER = re.compile(r"(\d{1,9})[-_ .:;,]+(?=[^\W\d_])")

# What follows the letters of a name that has no number (`-`, `xxx-`): joints, and a placeholder for the number.
_AFTER_LETTERS = re.compile(r"^[-_ ]*(?:(?:x{2,}|n{2,})(?:[-_ ]+|$))?", re.IGNORECASE)


# A day's digits and a letter opening a name (drewgingerich/homelab's `231006A-gamma.md`, a day's second record).
_LEADING_DAY = re.compile(r"^\d{6,8}[a-z]?[-_]", re.IGNORECASE)


# Records written in another markup than Markdown, as some logs keep a few (bluesky/ophyd-async's `.rst` records
# among its `.md` ones, from before the log's template moved to Markdown).
_OTHER_MARKUP = {".rst": "reStructuredText", ".adoc": "AsciiDoc", ".asciidoc": "AsciiDoc"}  # (`.txt`: attachments)


def _kept_otherwise(directory: Path, name: str, names: frozenset[str],
                    unsuffixed: Container[str]) -> tuple[Path, str] | None:
    """Why a record kept under a name adr does not read (`0004-x.rst`, `adr-004-x.html.erb`, `0004-x` that reads as
    a record) is not listed; None for any other name, and for one beside the record of its name (`0004-x.md`,
    `adr-004-x.html.md.erb`). ``unsuffixed``: the files named as records but for their `.md` (``named_but_for_md``)."""
    stem, layers = _layers(name)
    if not is_record_name(f"{stem}.md") or f"{stem}.md" in names:
        return None
    if not layers:  # danielscholl's `0006-zonal-recovery-airflow`, an adr-tools record saved without its `.md`
        if name not in unsuffixed or _as_record(directory / name, f"{name}.md") is None:
            return None
        return directory / name, f"looks like a decision record but its name has no `.md`, so adr does not read it; " \
                                 f"rename it {name}.md"
    markup = _OTHER_MARKUP.get(f".{layers[-1]}")
    if markup is not None:
        return directory / name, (f"a record file in {markup}, which adr does not read: adr reads Markdown records "
                                  f"({stem}.md)")
    if layers[-1] == "erb" and layers != _TECH_DOCS_PAGE and f"{stem}.html.md.erb" not in names:
        # ukhsa-collaboration/ohid-tech-docs' `adr-002-using-cmk-for-rds.erb` beside `adr-001-x.html.md.erb`
        missing = "md" if "md" not in layers else "html"
        return directory / name, (f"a record page named without `.{missing}`, which adr does not read: adr reads a "
                                  f"tech-docs page named {stem}.html.md.erb")
    return None


_TECH_DOCS_PAGE = ["html", "md", "erb"]
# The extensions a page's name may pile up (`.html.erb`, `.md.erb`, `.html.markdown.erb`), in lower case.
_LAYERS = frozenset({"erb", "html", "htm", "md", "markdown", "rst", "adoc", "asciidoc"})


def _layers(name: str) -> tuple[str, list[str]]:
    """A file's name without the extensions of ``_LAYERS`` that end it, and those, in lower case
    (`adr-004-x`, [`html`, `erb`] of `adr-004-x.html.erb`)."""
    stem = name
    layers: list[str] = []
    while True:
        head, dot, extension = stem.rpartition(".")
        if not dot or not head or extension.lower() not in _LAYERS:
            return stem, layers
        stem, layers = head, [extension.lower(), *layers]


def _a_template(record: Record) -> bool:
    """Whether a file read as a record is a template kept under a name of its own: its title says so
    (`ADR template for the Alexandrian pattern`, cross-fade-viewer/th-projekt-3's `alexandrian-pattern.md`; `ADR
    template für ..`), or its date is still the placeholder for one (`Date: dd.mm.yyyy`, `Datum: tt.mm.jjjj`)."""
    if is_template_title(record.title) or (record.title is not None and _TEMPLATE_OPENING.match(record.title)):
        return True
    date = record.meta.get("date")
    return record.date is None and isinstance(date, str) and _DATE_PLACEHOLDER.fullmatch(date.strip()) is not None


_TEMPLATE_OPENING = re.compile(r"(?:architecture\s+)?(?:decision\s+record|adr|madr)\s+template\s+"
                               r"(?:for|of|für|pour|para|per|voor)\s", re.IGNORECASE)
# A day's placeholder in any language's letters (`dd.mm.yyyy`, `tt.mm.jjjj`, `jj/mm/aaaa`, `YYYY-MM-DD`).
_DATE_PLACEHOLDER = re.compile(r"([a-z])\1+(?:[-./ ]([a-z])\2+){2}", re.IGNORECASE)


def _as_record(path: Path, named: str | None = None) -> tuple[Record, str] | None:
    """The file read as a record (as if ``named`` so, a record's name, else numbered 0), and its text, when it has a
    status a reader names or a date in any dialect's place (front matter, MADR 2 bullets, adr-tools lines): not a
    companion document whose `**Status**:` line says how the work stands (`All critical ADR gaps filled`)."""
    from adrtool.fsio import TextFile, read_text
    from adrtool.records.dialects import parse

    try:
        file = read_text(path)
        record = parse(TextFile(path.with_name(named or "0-" + path.name), file.raw, file.text))
    except AdrError:
        return None
    if record.format is Dialect.PLAIN or (record.status is None and "date" not in record.meta):
        return None
    if record.format is Dialect.FRONTMATTER and not _a_decision_status(record.status) \
            and not _record_sections(file.text):
        return None  # a docs site's page: `title:` and `date:` (or a page's `status: current`) over `## Purpose`
    return record, file.text


def _a_decision_status(status: str | None) -> bool:
    """Whether ``status`` is a decision's (`accepted`, `superseded`), not a page's (`current`, `published`)."""
    from adrtool.records.values import KNOWN_STATUSES, MULTI_WORD_STATUSES, lifecycle_word

    return status is not None and (status in KNOWN_STATUSES or status in MULTI_WORD_STATUSES
                                   or lifecycle_word(status) is not None)


# The sections a decision record has and other documents do not, in the languages adr reads (a Status section too).
_RECORD_SECTIONS = frozenset({
    "context", "context and problem statement", "problem statement", "decision", "decisions", "decision outcome",
    "decision drivers", "considered options", "options considered", "alternatives considered", "consequences",
    "contexte", "contexto", "contesto", "kontext", "décision", "decisión", "decisão", "decisione", "entscheidung",
    "conséquences", "consecuencias", "consequências", "conseguenze", "konsequenzen"})


def _record_sections(text: str) -> bool:
    """Whether ``text`` has a section of a decision record (`## Context`, `## Decision`, `## Status` ...)."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import is_status_heading, section_name

    return any(section_name(heading.text.strip("*_ :")).lower() in _RECORD_SECTIONS or is_status_heading(heading.text)
               for heading in markdown.iter_headings(text.split("\n")) if heading.level > 1)


def _decisions_held(text: str) -> int:
    """How many decisions a file holds as sections of their own, each numbered as a record and stating a status
    (Reinemaker/LOG430_02_Lab7's `ARCHITECTURE_DECISION_RECORDS.md`: `## ADR-001: Platform Choice` over `### Status`
    / `Accepted`, twelve times; `## ADR-001: ..` over `**Estado:** Aprobado`)."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import header, is_status_heading
    from adrtool.records.values import read_title

    lines = text.split("\n")
    headings = list(markdown.iter_headings(lines))
    held = 0
    for place, heading in enumerate(headings):
        if heading.level not in (2, 3) or read_title(heading.text).number is None:
            continue
        inner = place + 1
        while inner < len(headings) and headings[inner].level > heading.level:
            inner += 1
        under = headings[place + 1:inner]
        opening = markdown.end_before(lines, under[0]) if under else \
            markdown.end_before(lines, headings[inner]) if inner < len(headings) else len(lines)
        if any(is_status_heading(section.text) for section in under) \
                or "status" in header(lines, heading.line - 1, opening):
            held += 1
    return held


# A document beside the records that belongs to one names it so under its title (`**ADR:** [ADR-0006](..)`,
# `Parent ADR: ADR-0006`, `| Decision | ADR-0006 |`, front matter `adr: 6`): an attachment (an implementation
# spec, a scope assessment), not a record.
_PARENT_KEY = r"(?:\*\*|__)?(?:parent[- ]adr|parent[- ]decision|adr|decision)(?:\*\*|__)?"
_PARENT_LINE = re.compile(rf"(?:>\s*)?(?:[-*]\s+)?{_PARENT_KEY}\s*[:：](?:\*\*|__)?\s*(.*)"
                          rf"|\|\s*{_PARENT_KEY}\s*[:：]?\s*\|(.*)", re.IGNORECASE)  # the row's cell: stripped after
_PARENT_LINES = 40  # the metadata is under the title, not deep in the text


def _attached(text: str, exists: Callable[[int], bool]) -> bool:
    """Whether a file's ``text`` names, in its metadata, the record of the log it belongs to."""
    from adrtool.records.dialects.normalize import names_first

    for line in text.split("\n", _PARENT_LINES)[:_PARENT_LINES]:
        if line[:2] == "##":
            break
        if "dr" not in line.lower() and "ecision" not in line:
            continue
        match = _PARENT_LINE.fullmatch(line.strip())
        if match is not None:
            number = names_first(match.group(1) if match.group(1) is not None
                                 else match.group(2).strip().removesuffix("|").strip())
            if number is not None and exists(number):
                return True
    return False


@record_rule("ADR102", "file-name", WARNING,
             "Record files are named as the rest of the log names them: NNNN-slug.md in a log kept with adrtool "
             "(4+ digits, lowercase words joined by hyphens, as adr-tools and MADR name them), else the log's "
             "own scheme (ADR-N-slug.md, YYYYMMDD-slug.md ...).")
def file_name(record: Record, context: Context) -> Iterator[Problem]:
    name = record.filename
    conventions = context.conventions_of(record)
    if conventions.adrtool:
        if CANONICAL_NAME.match(name) or record.number is None:
            return
        number, _, slug = name[:-3].partition("-")
        if not name.isascii() and len(number) >= 4 and number.isdigit() and is_canonical_slug(slug):
            return  # letters of other scripts, as `adr new` keeps them
        try:
            expected = f"{record.number:04d}-{slugify(record.slug)}.md"
        except AdrError:
            expected = f"{record.number:04d}-slug.md"
        yield Problem(record.path, 1, 1, f"file name {name!r} is not NNNN-slug.md; expected {expected!r}")
        return
    parsed = parse_name(name)
    scheme = conventions.scheme
    if parsed is None or _fits(parsed.scheme, len(parsed.id), scheme):
        return
    day = _stamped_day(name, parsed.scheme) if scheme.stamp else None
    if scheme.dated or parsed.number is None or (scheme.stamp and day is None):
        yield Problem(record.path, 1, 1, f"file name {name!r} is not named as the rest of the log "
                                         f"({scheme.describe()})")
        return
    # the record's own day before its number where the log's names have one (`2023-10-16_028-offline-adr.md`)
    expected = scheme.name(parsed.number, parsed.slug.replace(parsed.scheme.separator, scheme.separator), day)
    yield Problem(record.path, 1, 1, f"file name {name!r} is not named as the rest of the log "
                                     f"({scheme.describe()}); expected {expected!r}")


def _stamped_day(name: str, own: NameScheme) -> datetime.date | None:
    """The day a record's name opens with, before its number (`2023-10-16_028_x.md`); None when it has none."""
    if not own.stamp:
        return None
    try:
        return datetime.datetime.strptime(name[:len(_A_DAY.strftime(own.stamp))], own.stamp).date()
    except ValueError:
        return None


_A_DAY = datetime.date(2000, 1, 1)  # any day: a stamp's length is every day's


def _fits(own: NameScheme, digits: int, log: NameScheme) -> bool:
    """Whether a record named by ``own`` (with ``digits`` digits) follows the log's scheme: the same prefix (any
    case), joint, separator and kind, and padded alike (a number past the padding, `100` of `NNN`, fits)."""
    if own.dated or log.dated:
        return (own.dated, own.dashed_date, own.date_joint) == (log.dated, log.dashed_date, log.date_joint)
    if (own.prefix.lower(), own.joint, own.separator) != (log.prefix.lower(), log.joint, log.separator):
        return False
    return own.width == log.width or (own.width == 0 and digits >= log.width)


@log_rule("ADR103", "duplicate-number", ERROR,
          "Two records with one number (often records added on parallel branches) make every reference "
          "to that number ambiguous (date-named records, such as log4brains' YYYYMMDD-slug.md, have no number).")
def duplicate_number(context: Context) -> Iterator[Problem]:
    for part in context.parts:
        if part.owner is not part:
            continue  # an area: its numbers are its log's, judged there
        in_series = bool(named_series(name for names in part.names_by_number.values() for name in names))
        for number, holding in part.names_by_number.items():
            for names in _by_series(_live(holding)) if in_series else [_live(holding)]:
                yield from _shared_number(part, number, names)


def _by_series(names: list[str]) -> list[list[str]]:
    """``names``, holding one number in a log numbered in named series, grouped by their series: `ADR-CO-001-x.md`
    and `ADR-STR-001-y.md` are two series' first records, no number shared."""
    groups: dict[str | None, list[str]] = {}
    for name in names:
        groups.setdefault(letters_of(name), []).append(name)
    return list(groups.values())


def _shared_number(part: LogPart, number: int, names: list[str]) -> Iterator[Problem]:
    """ADR103's findings for the record files ``names``, all holding ``number``."""
    if len(names) < 2:
        return
    # `0001-fr-x.md` beside `0001-x.md` is record 1 in French: the same decision, not another with its number
    originals = [name for name in names if not _translated(name)]
    if len(originals) == 1:
        return
    contents = {name: _bytes_of(part.directory / name) for name in names}
    for name in names:
        others = [other for other in names if other != name]
        twins = [other for other in others if contents[name] is not None and contents[other] == contents[name]]
        listed = ", ".join(_told_apart(other, name) + (" (identical to this file)" if other in twins else "")
                           for other in others)
        advice = "delete one of them" if len(twins) == len(others) else \
            f"give one of them the next free number ({part.next_number:04d})"
        yield Problem(part.directory / name, 1, 1, f"number {number} is also used by {listed}; {advice}")


def _live(names: list[str]) -> list[str]:
    """Of the record files ``names`` holding one number, those a reference to it may mean: the live ones, when
    the others are kept in the log's folder of retired records (sagnus-erp's `archive/ADR-0001-x.md`, its number
    taken again by the current baseline); all of them when none is live."""
    live = [name for name in names if "/" not in name or not keeps_retired(name.split("/", 1)[0])]
    return live or names


def _bytes_of(path: Path) -> bytes | None:
    """What a record file holds, to tell a copy left behind from another record; None when it cannot be read."""
    from adrtool.fsio import read_bytes

    try:
        return read_bytes(path)
    except AdrError:
        return None


def _told_apart(other: str, name: str) -> str:
    """``other`` as a message names it beside ``name``: said to be the same name in another Unicode form where
    the two look alike (`グ` written as one character in one, as `ク` and a combining mark in the other)."""
    if unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", name):
        return other
    form = "composed" if unicodedata.is_normalized("NFC", other) else "decomposed"
    return f"{other} (the same name, its letters in Unicode's {form} form)"


def _translated(name: str) -> bool:
    parsed = parse_name(name)
    return parsed is not None and is_translation(parsed.slug)


@record_rule("ADR104", "title-number", ERROR,
             "The number in a title (`# 3. Title`, `# ADR-3: Title`) must be the file's number, or links and "
             "references disagree.")
def title_number(record: Record, context: Context) -> Iterator[Problem]:
    if record.heading_number is not None and record.number is not None and record.heading_number != record.number:
        yield at(record, record.title_line, f"title number {record.heading_number} differs from the file's "
                                            f"number {record.number}")
