"""Creating records: `adr init` and `adr new`.

The number is reserved, not only the file name: choosing it and publishing the file happen under an
exclusive lock on the decision directory (``adrtool.records.changes``), so two processes never take the
same number (O_EXCL on the name alone would let them create `0005-a.md` and `0005-b.md`).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from adrtool import fsio
from adrtool.calendar.cycles import Calendar
from adrtool.errors import AdrError, NotFound, UsageError, WriteRefused, listed
from adrtool.model import SAME_STATUSES, Dialect, Record, RevisitPoint
from adrtool.project.config import Config
from adrtool.project.templates import render
from adrtool.project.workspace import DEFAULT_DIR, Workspace
from adrtool.records.changes import FileChange
from adrtool.records.conventions import conventions, dominant_scheme, titles_of
from adrtool.records.dialects import parse, parse_text
from adrtool.records.edit import Editor
from adrtool.records.log import (
    DecisionLog,
    a_folder_per_record,
    named_but_for_md,
    named_in_another_markup,
    named_with_a_line_break,
    record_names,
    record_paths,
)
from adrtool.records.logs import log_alone, named_by_month_and_day
from adrtool.records.names import is_slug_name, named_series, number_in_ref, parse_listed
from adrtool.records.native import (
    a_madr2_template,
    fills_by_its_words,
    front_matter_as_the_newest,
    log_dialect,
    native_text,
    refusal,
    template_text,
    unheld,
    with_the_log_s_header,
)
from adrtool.records.pages import as_page, refuse_new_code
from adrtool.records.relations import configured_keys, links_to
from adrtool.records.slug import record_filename, slugify
from adrtool.records.stages import follow_stages, stage_folder
from adrtool.records.values import read_status

FIRST_TITLE = "Record architecture decisions"


@dataclass(frozen=True)
class NewRecord:
    title: str
    status: str
    date: date
    cycle: str | None = None
    revisit: str | None = None
    tags: tuple[str, ...] = ()
    decision_makers: tuple[str, ...] = ()
    consulted: tuple[str, ...] = ()
    informed: tuple[str, ...] = ()
    # The records it supersedes and relates to: numbers, or REFs as a user gives them (`0003`, `20240101-x`) until
    # ``plan_new`` finds them in the log, which writes each by its number or, named by its day, by its name.
    supersedes: tuple[int | str, ...] = ()
    relates_to: tuple[int | str, ...] = ()


@dataclass(frozen=True)
class Created:
    path: Path
    number: int | None  # None in a log that names its records by date
    updated: tuple[tuple[Path, str], ...] = ()  # records edited to point back, with how: superseded, related
    skipped: dict[int, str] = field(default_factory=dict)  # numbers taken elsewhere -> where
    config: Path | None = None  # the config file `adr init` wrote


# Numbers used outside the working tree (other git branches), with where each is used.
NumberSource = Callable[[], dict[int, str]]
# Judges a record about to be written (parsed from the text rendered for it), beside the records of its log;
# raises to refuse it.
Admission = Callable[[Record, Sequence[Record]], None]


def prepare_init(workspace: Workspace) -> Path:
    """`adr init`: the decision directory, created if needed (refused when it already holds records)."""
    directory = workspace.decision_dir
    if (elsewhere := workspace.named_elsewhere()) is not None:  # `Docs/Adr` of `docs/adr`: one folder on Windows
        raise UsageError(f"not starting a second log in {workspace.relative(directory)} (named by "
                         f"{workspace.how_found}): the records are in {workspace.relative(elsewhere)}/; fix "
                         f"{workspace.how_found} to name it")
    if directory.is_dir() and record_paths(directory):
        raise UsageError(f"a decision log already exists in {workspace.relative(directory)}; "
                         "not initialising it again")
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{workspace.relative(directory)} exists and is not a directory")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteRefused(f"cannot create {workspace.relative(directory)}: {error.strerror}") from None
    return directory


def plan_init(log: DecisionLog, workspace: Workspace, today: date) -> tuple[Created, list[FileChange]]:
    """The first record of a log, planned under the lock (which rechecks that the directory has none)."""
    directory = log.directory
    if record_paths(directory):
        raise UsageError(f"a decision log already exists in {workspace.relative(directory)}")
    text = render("first-record.md.j2", workspace.config.templates, title=FIRST_TITLE, date=today.isoformat(),
                  directory=workspace.relative(directory))
    path = directory / record_filename(1, FIRST_TITLE)
    return Created(path, 1), [FileChange(path, None, fsio.encode(text), check=_reads_as(path, 1, None))]


def write_first_config(workspace: Workspace) -> Path | None:
    """After `adr init`: the new log's config, when the project has none (see ``_first_config``)."""
    return _first_config(workspace)


CONFIG_NAME = ".adr.toml"


def _first_config(workspace: Workspace) -> Path | None:
    """A new log's config, when the project has none: revisit points asked for (ADR306), and the directory when
    it is not where adr looks first. None when the project has a config (left as it is), or another tool's file
    names the directory (adrs' `adrs.toml`: the project keeps its log with that tool)."""
    config = workspace.config
    if config.source is not None or workspace.named_by_a_tool:
        return None
    lines = ["# adrtool's settings for this project (see `adr --help` and the README's Configuration)",
             "require-revisit = true"]
    relative = workspace.relative(workspace.decision_dir)
    if relative != DEFAULT_DIR and not Path(relative).is_absolute():
        lines.append(f"dir = {json.dumps(relative)}")
    path = workspace.root / CONFIG_NAME
    try:
        fsio.create_new(path, fsio.encode("\n".join(lines) + "\n"))
    except WriteRefused:
        return None  # appeared meanwhile: it is the project's
    return path


def new_request(config: Config, calendar: Callable[[], Calendar], today: date, title: str, *,
                status: str | None = None, decided: date | None = None, cycle: str | None = None,
                revisit: str | None = None, tags: Iterable[str] = (), decision_makers: Iterable[str] = (),
                supersedes: Iterable[int | str] = (), relates_to: Iterable[int | str] = ()) -> NewRecord:
    """What `adr new` is asked for, as it will be written: the status defaulted by config, the date by
    ``today``, names split at commas, the cycle and revisit point as the calendar names them (``calendar()``
    is loaded only for them). A cycle or point the calendar does not know is kept as typed, for the rules to
    judge (``Admission``); one shaped like a date must be one."""
    from adrtool.model import date_problem

    for option, value in (("--revisit", revisit), ("--cycle", cycle)):
        problem = date_problem(value or "")
        if problem is not None:
            raise UsageError(f"{option} {(value or '').strip()!r} is not a date ({problem})")
    point = RevisitPoint.parse(revisit) if revisit is not None else None
    return NewRecord(
        title=title.strip(),
        status=(status or config.default_status).strip().lower(),
        date=decided or today,
        cycle=_cycle_name(calendar(), cycle.strip()) if cycle else None,
        revisit=(_point_name(calendar(), point.text) if point.kind == "cycle" else point.text) if point else None,
        tags=split_names(tags),
        decision_makers=split_names(decision_makers),
        supersedes=tuple(supersedes),
        relates_to=tuple(relates_to),
    )


def _point_name(calendar: Calendar, text: str) -> str:
    """A calendar point's canonical name (`yoga`, `xena:ff`), or the text as typed."""
    from adrtool.calendar.points import locate

    try:
        return locate(calendar, text).canonical
    except AdrError:
        return text


def _cycle_name(calendar: Calendar, text: str) -> str:
    """A cycle's canonical name, or the text as typed."""
    found = calendar.get(text)
    return found.name if found is not None else text


def check_title(title: str) -> str:
    """A title is one line of text: refused (one line saying why) when it holds a line break, another control
    character, or bytes of the command line that are not text in the locale, never silently cut."""
    _one_line_of_text(title, "the title", "a title is one line (put the rest in the record's body)")
    slugify(title)  # a title that makes no file name is refused before any lock is taken
    return title


def check_text(value: str, option: str) -> str:
    """An option's text from the command line, refused as a title is (``check_title``): a line break is held by
    no key, bullet or list item it is written into (`-m 'Bob\n- Status: accepted'` would write a second status
    line), and bytes that are not text in the locale could not be written as UTF-8."""
    _one_line_of_text(value, option, "each value is one line (give the option again for another)")
    return value


def _one_line_of_text(value: str, what: str, one_line: str) -> None:
    """Refuse ``value`` (``what`` says whose it is) where it holds bytes that are not text in the locale, a line
    break (``one_line`` saying why not), or another control character."""
    for char in value:
        if "\ud800" <= char <= "\udfff":
            raise UsageError(f"{what} holds bytes that are not text in this locale ({_shown(char)}); "
                             "not creating the record")
        if char in "\n\r\x85\u2028\u2029":
            raise UsageError(f"{what} holds a line break; {one_line}; not creating the record")
        if unicodedata.category(char) == "Cc":
            raise UsageError(f"{what} holds the control character {_shown(char)}; not creating the record")


def _shown(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"byte 0x{code - 0xDC00:02x}"
    return f"U+{code:04X}"


# How a user of the CLI names the log to write in, where adr cannot take the first of several.
NAME_THE_LOG = "pass --dir with the log to write in, or run `adr new` inside it"


def plan_new(log: DecisionLog, workspace: Workspace, request: NewRecord, other_numbers: NumberSource | None = None,
             admit: Admission | None = None, name_the_log: str = NAME_THE_LOG) -> tuple[Created, list[FileChange]]:
    """The next record, the records it supersedes marked (only their status lines) and those it relates to
    linked back, planned from ``log`` (read under the directory's lock, or not, for a preview) and not
    written. ``admit`` sees the record before it is written, and may refuse it; ``name_the_log`` says how the
    front end's user names the log to write in."""
    directory = log.directory
    check_title(request.title)
    _check_status(workspace, request.status)
    if a_folder_per_record(directory):
        shown = workspace.relative(directory.parent)
        raise UsageError(f"{shown}/ keeps each record in a folder of its number ({directory.name}/ holds record "
                         f"{int(directory.name)}); adr new writes no such folder: not creating the record")
    _refuse_a_log_of_folders(workspace, directory)
    _refuse_a_log_of_another_format(workspace, directory)
    superseded = _once([_editable(log, ref) for ref in request.supersedes])
    related = _once([_editable(log, ref, "--relates-to") for ref in request.relates_to])
    for option, records in (("--supersedes", superseded), ("--relates-to", related)):
        for record, _ in records:
            if log.log_of(record.directory) != log.log_of(directory):
                raise UsageError(f"{option} {_named(record)}: {record.filename} is in another log "
                                 f"({workspace.relative(log.log_of(record.directory))}/), which a number or name in "
                                 "this one does not reach; create the record, then run `adr supersede` or `adr link`, "
                                 "which link across logs")
    both = [record for record, _ in superseded if record.path in {other.path for other, _ in related}]
    if both:  # a record the new one replaces is not also one it stands beside
        raise UsageError(f"{both[0].ref} is named by both --supersedes and --relates-to; name it once")
    request = replace(request, supersedes=tuple(_named(record) for record, _ in superseded),
                      relates_to=tuple(_named(record) for record, _ in related))
    words = {old.path: _superseded_words(log, old, workspace.config) for old, _ in superseded}
    named_in_their_status = tuple(_named(old) for old, _ in superseded
                                  if _successor_in_the_status(old, words[old.path]))
    written = replace(request, supersedes=tuple(ref for ref in request.supersedes if ref not in named_in_their_status))
    target = directory  # where the record goes: the log's directory, or the folder of its stage
    names = [name for name in record_names(directory) if "/" not in name]  # (folders: no file's)
    if not names and (stage := stage_folder(log, directory, request.status)) is not None:
        target, names = stage, [name for name in record_names(stage) if "/" not in name] if stage.is_dir() else []
    if named_by_month_and_day(names):
        raise UsageError(f"{workspace.relative(target)}/ names its records by the month and day they were written "
                         f"({names[-1]}), which adr new does not write; write the record by hand; not creating it")
    if series := named_series(_names_in(target)):
        shown = listed([f"{letters}-NNN" for letters in series])
        raise UsageError(f"{workspace.relative(target)}/ numbers its records in {len(series)} series ({shown}), and "
                         "adr cannot tell which a new decision is of; copy a record of its series by hand; not "
                         "creating the record")
    scheme = dominant_scheme(names, titles_of(record for record in log.records if record.directory == target))
    number: int | None = None
    skipped: dict[int, str] = {}
    if scheme.dated or scheme.bare:  # log4brains: named by the day; a log of words alone: by them
        path = target / scheme.name(None, scheme.slug(request.title), request.date)
        if scheme.bare and not is_slug_name(path.name):
            raise UsageError(f"this log names its records by their words alone, and {path.name} would read as no "
                             "record's name (it opens with a number or a code, or ends with one); start or end the "
                             "title with a word")
    else:
        taken = _numbers_in(directory, *log.areas_of(directory))  # the log's one sequence, areas included
        elsewhere = other_numbers() if other_numbers is not None else {}
        number = max([0, *taken, *elsewhere]) + 1
        if workspace.peers:
            _refuse_a_number_of_another_log(log, workspace, directory, number, name_the_log)
        skipped = {n: where for n, where in elsewhere.items() if n not in taken and n > max([0, *taken])}
        path = target / scheme.name(number, scheme.slug(request.title), request.date)
    native = _native(log, workspace, written, number, path)
    if native is not None:
        native = _ticked(native, path, target, request.status)
    if native is None:
        text = _adrtool_record(workspace, written, number)
    else:
        text = _linked(native, path, target, request, superseded, related, log)
    text = as_page(path, with_the_log_s_header(text, [record for record in log.records
                                                      if log.log_of(record.directory) == log.log_of(target)]))
    if admit is not None:
        admit(parse_text(text, target, path.name, path),
              [record for record in log.records if log.log_of(record.directory) == log.log_of(directory)])
    data = fsio.encode(text)
    refuse_new_code([(path, None, data)])  # before the check of its title, which such code may change
    check = _reads_as(path, number, request.title, request.status)
    check(data)
    created = parse(fsio.decode(path, data), target)
    if native is not None:
        missing = unheld(created, written)
        if missing:
            raise refusal(created.format, missing)
    for label, records in (("supersedes", superseded), ("relates-to", related)):
        for record, _ in records:
            if not links_to(created, label, record) \
                    and not (_named(record) in named_in_their_status and created.format is Dialect.FRONTMATTER):
                raise WriteRefused(f"the new record's {label.replace('-', ' ')} link to {record.id} would not read; "
                                   "nothing was written", path=path)
    changes = [FileChange(path, None, data, f"created ({request.status})", check=check,
                          new_folder=not target.is_dir())]
    updated: list[tuple[Path, str]] = []
    its_log = [record for record in log.records if log.log_of(record.directory) == log.log_of(target)]
    from adrtool.records.vocabulary import template_of

    template = template_of(log.log_of(target), log.templates)
    for old, file in superseded:
        editor = Editor(old, file, day=request.date, unwritten={path: text}).follows(its_log, template)
        phrase, in_status, word = words[old.path]
        editor.mark_superseded(created, phrase, in_status, word=word)
        changes.append(editor.change(f"superseded by {created.ref}"))
        updated.append((old.path, "superseded"))
    for other, file in related:  # relates-to goes both ways
        editor = Editor(other, file, unwritten={path: text}).follows(its_log, template)
        editor.add_link("relates-to", created, key_word=_relation_key(log, "relates-to", other))
        changes.append(editor.change(f"relates-to {created.ref}"))
        updated.append((other.path, "related"))
    # A record superseded moves into its stage's folder, as with `adr supersede` (``adrtool.records.stages``).
    changes = follow_stages(log, changes)
    moved = {change.path: change.moved_to for change in changes if change.moved_to is not None}
    updated = [(moved.get(where, where), how) for where, how in updated]
    return Created(path, number, tuple(updated), skipped), changes


def _adrtool_record(workspace: Workspace, request: NewRecord, number: int | None, heading: str | None = None) -> str:
    """adrtool's own record (the project's `record.md.j2`, else ours), titled ``heading`` when given."""
    return render("record.md.j2", workspace.config.templates, number=number, title=request.title,
                  status=request.status, date=request.date.isoformat(), cycle=request.cycle,
                  revisit=request.revisit, tags=request.tags, decision_makers=request.decision_makers,
                  consulted=request.consulted, informed=request.informed, supersedes=request.supersedes,
                  relates_to=request.relates_to, heading=heading)


def _relation_key(log: DecisionLog, key: str, record: Record, directory: Path | None = None,
                  text: str | None = None) -> str | None:
    """How ``record``'s log (the one of ``directory``, for a record not yet in it, whose ``text`` is given) keys
    the relation ``key`` on a line under the title (``adrtool.records.vocabulary``)."""
    from adrtool.records.vocabulary import relation_key

    if directory is None:
        return relation_key(key, record, [other for other in log.records if other.log == record.log])
    where = log.log_of(directory)
    return relation_key(key, record, [other for other in log.records if log.log_of(other.directory) == where],
                        text)


def _successor_in_the_status(old: Record, words: tuple[str, str | None, str | None]) -> bool:
    """Whether a MADR front-matter log names ``old``'s successor in its status alone (`status: superseded by
    ADR-0003`), MADR having no key for the predecessor: a new record superseding it is given none, as `adr supersede`
    gives none (a Structured MADR log's Status section aside)."""
    return old.format is Dialect.FRONTMATTER and words[1] not in (None, "section")


def _superseded_words(log: DecisionLog, record: Record, config: Config) -> tuple[str, str | None, str | None]:
    """How ``record``'s log says a record is superseded, how a MADR front matter names the successor in its
    status (by the relations the project's ``config`` adds, and whether it has one), and the log's word for the
    status (``adrtool.records.vocabulary``)."""
    from adrtool.records.vocabulary import status_word, superseded_in_the_status, superseded_phrase, template_of

    records = [other for other in log.records if other.log == record.log]
    template = template_of(log.log_of(record.directory), log.templates)
    in_status = superseded_in_the_status(records, template, record, configured_keys(config),
                                         configured=config.source is not None) \
        if record.format is Dialect.FRONTMATTER else None
    return (superseded_phrase(record, records, template), in_status,
            status_word("superseded", record, records, template))


def _superseded_phrase(log: DecisionLog, record: Record) -> str:
    """How ``record``'s log says a record is superseded (`Superceded by`): ``_superseded_words``' first."""
    from adrtool.records.vocabulary import superseded_phrase, template_of

    records = [other for other in log.records if other.log == record.log]
    return superseded_phrase(record, records, template_of(log.log_of(record.directory), log.templates))


def _native(log: DecisionLog, workspace: Workspace, request: NewRecord, number: int | None, path: Path
            ) -> str | None:
    """The new record in the log's own dialect (``adrtool.records.native``), or from the log's own template kept by
    hand (``adrtool.records.handwritten``), when the log is not kept with adrtool and the project has no
    `record.md.j2` of its own; None for adrtool's record. Shaped only on the records and templates of the log it
    goes into: another log of the project may be written otherwise."""
    templates = workspace.config.templates
    if templates is not None and (templates / "record.md.j2").exists():
        return None
    log = log_alone(log, log.log_of(log.directory))
    found = conventions(log.directory, log.records, configured=workspace.config.source is not None,
                        files=_names_in(log.directory), templates=log.templates, root=workspace.root)
    if found.adrtool:
        return None
    dialect = log_dialect(log.records)
    if (dialect is Dialect.MADR2 or (dialect is Dialect.NYGARD and number is not None)) \
            and not (request.cycle or request.revisit or request.consulted or request.informed):
        own = _kept_by_hand(found.template, dialect, log, request, number, path)
        named = _with_names(own, request, path, dialect, workspace) if own is not None else None
        if named is not None:
            return named
    if dialect is None and number is not None and request.status == workspace.config.default_status \
            and not _beyond_title_and_day(replace(request, relates_to=())):
        own = _stating_no_status(workspace, found.template, log, request, number, path)
        if own is not None:
            return own
    from adrtool.records.native import numbered_heading
    from adrtool.records.vocabulary import key_word

    records = [record for record in log.records if log.log_of(record.directory) == log.log_of(log.directory)]
    text = native_text(dialect, found.template, request, number, templates, key_word(request.status, log.records),
                       records)
    if text is None and (heading := numbered_heading(records, number, request.title)) is not None:
        return _adrtool_record(workspace, request, number, heading)  # titled as the log numbers its titles
    return text


def _kept_by_hand(template: Path | None, dialect: Dialect, log: DecisionLog, request: NewRecord, number: int | None,
                  path: Path) -> str | None:
    """The new record from the log's own template kept by hand; where there is none, or it cannot be filled (no
    place for the day a dated log needs, a second status line), shaped as the log's newest record when that states
    its status as a key line, a MADR 2 bullet or in a Status section in the log's language
    (``adrtool.records.handwritten``); None for a tool's template, which ``native_text`` fills, or for neither."""
    from adrtool.records import handwritten

    text = template_text(template)  # none that reads as text (Latin-1, UTF-16) is as none
    if text is not None and template is not None:
        if fills_by_its_words(dialect, text):
            return None
        own = handwritten.filled(text, template, path.name, path.parent, request.title, request.status,
                                 request.date, number, log.records)
        if own is not None or (dialect is Dialect.MADR2 and a_madr2_template(text)):
            return own  # (MADR 2's bullets the handwritten filling left: ``native_text`` fills them as MADR's)
    # the newest of the dialect's records: a front-matter record's keys are no key lines to copy
    records = [record for record in log.records if record.format is dialect]
    return handwritten.shaped_as_the_newest(path.parent, path.name, request.title, request.status, request.date,
                                            number, records, front_matter_as_the_newest) or \
        (handwritten.sectioned_as_the_newest(path.parent, path.name, request.title, request.status, request.date,
                                             number, records, front_matter_as_the_newest)
         if dialect is Dialect.NYGARD and number is not None else None)


def _with_names(text: str, request: NewRecord, path: Path, dialect: Dialect, workspace: Workspace) -> str | None:
    """``text``, the new record written as the log's own records are, with the names of ``request`` (`--tag`,
    `--decision-maker`) on the key lines it leaves for them (flowsync's `- Deciders:`, `- Tags:`). Where it has
    none for one: None in a MADR 2 log (MADR 2's own bullets hold them), else a refusal: no other shape is written
    in its place (get-forge's records, `**Status:** .. **Date:** ..`, name no decision-makers)."""
    from adrtool.records import handwritten

    names = {"decision-makers": request.decision_makers, "tags": request.tags}
    if not any(names.values()):
        return text
    given = handwritten.names_given(text, names)
    # (the records it links are linked after, by ``_linked``, and checked then)
    missing = unheld(parse_text(given, path.parent, path.name, path), replace(request, supersedes=(), relates_to=()))
    if not missing:
        return given
    if dialect is Dialect.MADR2:
        return None
    keys = " or ".join(_NAMES_KEY.get(option, option.lstrip("-")) for option in missing)
    raise UsageError(f"the records of {workspace.relative(path.parent)}/ have no {keys} key adr can fill, so "
                     f"{' and '.join(missing)} {'has' if len(missing) == 1 else 'have'} nowhere to go; leave "
                     f"{'it' if len(missing) == 1 else 'them'} out and add the names by hand; not creating the record")


# The key of the records each option of names fills.
_NAMES_KEY = {"--decision-maker": "decision-makers", "--tag": "tags"}


def _stating_no_status(workspace: Workspace, template: Path | None, log: DecisionLog, request: NewRecord, number: int,
                       path: Path) -> str | None:
    """The new record of a log whose records state no status (Geonovum's `# ADR-001 Title`, its context and
    alternatives), from its template kept by hand when that has no place for one either: titled as the records
    are, dated where it has a place for the day, the rest the template's; with no template, titled as the records
    are and with the sections most of them have, empty (rhysilin/VoW's `## 背景` / `## 决策`); None for one not so.
    A template stating them on lines the reader does not take (ArieHein's `- Status: proposed | accepted |
    superseded` under `## DEC-XXXX`) is refused: its placeholders would be written as they are."""
    from adrtool.records import handwritten

    text = template_text(template)
    if any(record.status is not None for record in log.records):
        return None
    if text is None or template is None:  # none kept: its sections, as the newest record has them
        return handwritten.unstated_as_the_newest(path.parent, path.name, request.title, number, log.records)
    if fills_by_its_words(Dialect.PLAIN, text):
        return None
    own = handwritten.filled(text, template, path.name, path.parent, request.title, None, request.date, number,
                             log.records)
    unread = handwritten.unread_key_line(own) if own is not None else None
    if unread is not None:
        raise UsageError(f"{workspace.relative(template)} states a record's status or day as `{unread}`, which adr "
                         "neither fills nor reads back: fill a record from it by hand, or put a `record.md.j2` of "
                         "your own in the templates folder the config names; not creating the record")
    return own


def _beyond_title_and_day(request: NewRecord) -> bool:
    """Whether ``request`` asks for more than a title and a day (a cycle, a revisit point, names, links)."""
    return bool(request.cycle or request.revisit or request.tags or request.decision_makers or request.consulted
                or request.informed or request.supersedes or request.relates_to)


def _ticked(text: str, path: Path, directory: Path, status: str) -> str:
    """``text``, a new record whose Status section is a task list with another box ticked (a template kept with
    its usual status ticked: route06's `- [x] 承認`), with the box of ``status`` ticked instead, as a status change
    would tick it; as it is otherwise (a list with no box for it is then refused by the check of the record)."""
    from adrtool.records import statuslists

    file = fsio.decode(path, fsio.encode(text))
    record = parse(file, directory)
    if record.format is not Dialect.NYGARD or record.status == status:
        return text
    editor = Editor(record, file)
    try:
        if not statuslists.tick(editor, status):
            return text
    except UsageError:
        return text
    return fsio.decode(path, editor.result()).text


def _names_in(directory: Path) -> list[str]:
    try:
        return os.listdir(directory)
    except OSError:
        return []


def _linked(text: str, path: Path, directory: Path, request: NewRecord,
            superseded: list[tuple[Record, fsio.TextFile]], related: list[tuple[Record, fsio.TextFile]],
            log: DecisionLog) -> str:
    """``text`` with its links to the records it supersedes and relates to, written where `adr link` writes them
    in its dialect (front matter already has them): into the relation keys its template has, in place of what the
    template holds there, whose placeholders linked to nothing are then dropped (``Editor.drop_unfilled_relations``)."""
    from adrtool.records.vocabulary import supersedes_key

    file = fsio.decode(path, fsio.encode(text))
    record = parse(file, directory)
    if record.format is Dialect.FRONTMATTER:
        return text
    its_log = [other for other in log.records if log.log_of(other.directory) == log.log_of(directory)]
    editor = Editor(record, file, from_template=True).links_as(its_log)
    for key, targets in (("supersedes", superseded), ("relates-to", related)):
        for target, _ in targets:
            word = _relation_key(log, key, record, directory, file.text)
            if key == "supersedes":
                word = supersedes_key(word, _superseded_phrase(log, target))
            editor.add_link(key, target, key_word=word)
    editor.drop_unfilled_relations(its_log)
    return fsio.decode(path, editor.result()).text


def _reads_as(path: Path, number: int | None, title: str | None, status: str | None = None
              ) -> Callable[[bytes], None]:
    """The check of a new record: it reads, with its number and (when given) its whole title, and no status but
    ``status`` and no successor (a project's template writing `status:` twice, or `superseded-by: [9]`)."""
    def check(data: bytes) -> None:
        try:
            record = parse(fsio.decode(path, data), path.parent)
        except AdrError as error:
            raise WriteRefused(f"the new record would not read ({error.message}); check the template; "
                               "nothing was written", path=path) from None
        # The title as given, whole (a template may put more around it, such as adr-tools' `2. `).
        if record.number != number:
            read = f"ADR {record.number:04d}" if record.number is not None else f"{record.id!r}, numbered none"
            raise WriteRefused(f"the new record would read as {read}, not as "
                               f"{f'ADR {number:04d}' if number is not None else 'a record named by its words'}; "
                               "nothing was written", path=path)
        if title is not None and title not in (record.title or ""):
            raise WriteRefused(f"the new record would read with the title {record.title!r}, not {title!r}; "
                               "nothing was written", path=path)
        if status is not None and record.status is not None \
                and not {record.status.lower(), SAME_STATUSES.get(record.status.lower())} & {
                    status.lower(), read_status(status).status}:  # (or the log's own word for it: `proposal`)
            raise WriteRefused(f"the new record would read as {record.status}, not {status}; check the template; "
                               "nothing was written", path=path)
        if record.superseded_by:
            raise WriteRefused(f"the new record would read as superseded by ADR {record.superseded_by[0]:04d}; check "
                               "the template; nothing was written", path=path)

    return check


def _check_status(workspace: Workspace, status: str) -> None:
    if not workspace.config.allows_status(status):
        raise UsageError(f"unknown status {status!r}; expected one of: "
                         f"{', '.join(workspace.config.settable_statuses)}")


def _existing(log: DecisionLog, ref: int | str, option: str) -> Record:
    """The record ``ref`` names: a number, or a REF as `adr show` takes one (`0003`, `ADR-3`, `20240101-x`)."""
    number = ref if isinstance(ref, int) else number_in_ref(ref)
    if number is None:
        try:
            return log.find(str(ref))
        except NotFound:
            raise UsageError(f"{option} {ref}: no such record in {log.directory.name}/") from None
    matches = log.referred(number)
    if not matches:
        raise UsageError(f"{option} {ref}: no record number {number} in {log.directory.name}/")
    if len(matches) > 1:
        names = " and ".join(record.filename for record in matches)
        raise UsageError(f"{option} {ref}: {names} share that number; renumber one first")
    return matches[0]


def _once(found: list[tuple[Record, fsio.TextFile]]) -> list[tuple[Record, fsio.TextFile]]:
    """Each record named once, however often an option names it (`--supersedes 1 --supersedes 0001`)."""
    return list({record.path: (record, file) for record, file in reversed(found)}.values())[::-1]


def _named(record: Record) -> int | str:
    """How the new record names ``record``: by its number, or, named by its day, by its name."""
    return record.number if record.number is not None else record.id


def _editable(log: DecisionLog, ref: int | str, option: str = "--supersedes") -> tuple[Record, fsio.TextFile]:
    record = _existing(log, ref, option)
    if option == "--supersedes" and record.status == "superseded":
        raise UsageError(f"--supersedes {ref}: {record.filename} is already superseded")
    if option == "--supersedes":
        from adrtool.records.lifecycle import check_move

        check_move("supersede", record)  # the one table `adr supersede` asks too
    if record.path.is_symlink():
        raise WriteRefused("is a symbolic link; adrtool does not write through links", path=record.path)
    file = fsio.read_text(record.path)
    return parse(file, record.directory), file


def _refuse_a_log_of_folders(workspace: Workspace, directory: Path) -> None:
    """Refuse a new record in a log that keeps every record in a folder of its own (factory-x's Docusaurus
    `adr107-condition-monitoring-led-services/README.md`, `id: fx_adr107`, `sidebar_label:`): such records adr reads
    but does not write, and a flat file beside them would be no page of that site."""
    names = record_names(directory)
    if names and all("/" in name for name in names):
        raise UsageError(f"{workspace.relative(directory)}/ keeps each record in a folder of its own ({max(names)}), "
                         "which adr reads but does not write: make the new record's folder by hand; not creating "
                         "the record")


def _refuse_a_log_of_another_format(workspace: Workspace, directory: Path) -> None:
    """Refuse a new record in a log whose records are written in another format than Markdown (smarter's Sphinx
    `docs/source/adr/001-django.rst`): a `0001-x.md` beside them would take a number they hold, and, one Markdown
    file among them, the log would no longer be found as one."""
    from adrtool.records.logs import in_another_format

    if record_names(directory):
        return
    try:
        others = in_another_format(os.listdir(directory))
    except OSError:
        return
    if others:
        more = f" and {len(others) - 1} more" if len(others) > 1 else ""
        raise UsageError(f"{workspace.relative(directory)}/ keeps its records in another format ({others[0]}{more}), "
                         "and adr reads and writes Markdown records (NNNN-title.md) only: write the new record in "
                         "that format by hand; not creating the record")


def _refuse_a_number_of_another_log(log: DecisionLog, workspace: Workspace, directory: Path, number: int,
                                    name_the_log: str) -> None:
    """Refuse ``number``, the next of ``directory``, the first of logs nothing singles out (``Workspace.peers``),
    when another of them holds it: logs kept by stage and numbered across them (`etape2/ADR/adr-004-x.md`,
    `etape3/ADR/adr-005-y.md`), where the first would take a number of a later stage's."""
    home = log.log_of(directory)
    held = sorted({workspace.relative(log.log_of(record.directory)) for record in log.records
                   if record.number == number and log.log_of(record.directory) != home})
    if held:
        raise UsageError(workspace.peers_line(f"the next number of {workspace.relative(directory)}, {number}, is "
                                              f"taken in {' and '.join(held)}: {name_the_log}"))


def _numbers_in(*directories: Path) -> set[int]:
    """The numbers the record files of ``directories`` take, and those of files named as records but for their
    `.md` (``named_but_for_md``), a line break (``named_with_a_line_break``) or their markup
    (``named_in_another_markup``: a `.rst` record)."""
    return {named.number for directory in directories
            for named in (parse_listed(name) for name in record_names(directory))
            if named is not None and named.number is not None} \
        | {number for directory in directories
           for unread in (named_but_for_md(directory), named_with_a_line_break(directory),
                          named_in_another_markup(directory))
           for number in unread.values() if number is not None}


def split_names(values: Iterable[str]) -> tuple[str, ...]:
    """Repeated options and comma-separated lists alike: `--tag a,b --tag c` -> (a, b, c)."""
    return tuple(dict.fromkeys(part.strip() for value in values for part in value.split(",") if part.strip()))
