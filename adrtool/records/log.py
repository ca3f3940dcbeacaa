"""The decision log: every record file in the decision directory, read, with the ones that failed.

``read_log`` reads a directory plainly, every file parsed here and now. Commands read through a store
(``adrtool.records.store``), which may answer from what it kept of earlier runs.
"""

from __future__ import annotations

import dataclasses
import datetime
import operator
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import AdrError, NotFound, ReadError, UsageError
from adrtool.model import FOLDER_RECORD_FILES, Dialect, Record, sort_records
from adrtool.patterns import deferred
from adrtool.records.names import (
    DAY_LENGTHS,
    folder_name,
    identity,
    is_placeholder_title,
    is_record_name,
    is_template_title,
    is_template_word,
    is_title_left_as_placeholder,
    number_of_name,
    record_files,
    ref_digits,
)

_MOST_DIGITS = 18  # the longest record number a reference is looked up by


@dataclass(frozen=True)
class DecisionLog:
    directory: Path
    records: tuple[Record, ...]  # sorted by number, then file name
    failures: tuple[ReadError, ...]  # record files that could not be read, in file-name order
    # Files named as records that are the log's template (`ADR-000.md`, titled `Architecture Decision Record
    # Template`): read, and found not to be records.
    templates: tuple[Path, ...] = ()

    def numbered(self, number: int) -> list[Record]:
        return [record for record in self.records if record.number == number]

    def numbers(self) -> set[int]:
        return {record.number for record in self.records if record.number is not None}

    def find(self, ref: str) -> Record:
        """The record ``ref`` names: a number (`3`, `0003`, `ADR-3`), a file name (with or without `.md`: a
        date-named record's id), or a path."""
        text = ref.strip()
        digits = ref_digits(text)  # ASCII digits only; `-3` is not 3
        if digits is not None and not (len(digits) in DAY_LENGTHS and number_of_name(digits + ".md") is None):
            if len(digits) > _MOST_DIGITS:  # past any record's number (and past what int() reads, 4,300 digits)
                raise NotFound(f"no record {ref[:40]!r}{'...' if len(ref) > 40 else ''} in {self.directory}")
            return self._by_number(int(digits), ref)
        if not text or "\x00" in text:
            raise NotFound(f"no record {ref!r} in {self.directory}")
        candidate = Path(text)
        name = candidate.name
        names = {name, name + ".md"} if not name.lower().endswith(".md") else {name}
        for record in self.records:
            filename = record.filename
            if "/" in filename:  # a record kept in a folder of its own: named by the folder, or by its file's path
                if name + ".md" == folder_name(filename) or _same(record.path, candidate):
                    return record
                continue
            if filename in names and (candidate.parent == Path(".") or _same(record.path, candidate)
                                      or _same(record.path, candidate.with_name(filename))):
                return record
        for failure in self.failures:
            if failure.path is not None and failure.path.name == name:
                raise failure
        raise NotFound(f"no record {ref!r} in {self.directory}")

    def log_of(self, directory: Path) -> Path:
        """The directory of the log whose records ``directory`` holds: itself, or of an area (a subfolder read as
        part of a log, ``Workspace.areas``) its log's."""
        return directory

    def areas_of(self, directory: Path) -> tuple[Path, ...]:
        """The areas of the log of ``directory``: their records are numbered in its sequence."""
        return ()

    def referred(self, number: int) -> list[Record]:
        """The records a number names (in several logs, those of the one a command takes, when it has one)."""
        return self.numbered(number)

    def _missing(self, number: int) -> str:
        return f"no record number {number} in {self.directory}"

    def _refers_to(self, path: Path) -> bool:
        """Whether a number may name the file at ``path`` (in several logs, one of the log a command takes)."""
        return True

    def _by_number(self, number: int, ref: str) -> Record:
        matches = self.referred(number)
        if len(matches) > 1:
            names = " and ".join(record.filename for record in matches)
            raise UsageError(f"{names} share number {number}; name the file instead of {ref!r}")
        if matches:
            return matches[0]
        for failure in self.failures:
            if failure.path is not None and _number_of_name(failure.path.name) == number \
                    and self._refers_to(failure.path):
                raise failure
        raise NotFound(self._missing(number))


def _same(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def _number_of_name(name: str) -> int | None:
    return number_of_name(name)


def record_names(directory: Path) -> list[str]:
    """The names of the record files of ``directory`` (``record_files``; a record kept in a folder of its own as
    `folder/README.md`, ``folder_records``), in name order."""
    every: list[str] = []
    folders: list[str] = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                every.append(entry.name)
                if entry.name[-3:] != ".md" and _a_folder(entry):
                    folders.append(entry.name)
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None
    names = record_files(every, str)
    if folders:
        names += folder_records(directory, folders, every)
    names.sort()
    return names


def _a_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def folder_records(directory: Path | str, folders: Iterable[str], files: Iterable[str]) -> list[str]:
    """The records of ``directory`` kept in a folder of their own, each as `folder/README.md` (``pick_folder_records``
    over the work tree). ``files``: the names of the other entries of ``directory``."""

    def inside(folder: str) -> list[str] | None:
        try:
            return os.listdir(os.path.join(directory, folder))
        except OSError:
            return None

    return pick_folder_records(folders, files, inside)


def pick_folder_records(folders: Iterable[str], files: Iterable[str],
                        inside: Callable[[str], Iterable[str] | None]) -> list[str]:
    """Of a log directory's subfolders ``folders``, the records kept in a folder of their own, each as
    `folder/README.md` (or `index.md`, ``FOLDER_RECORD_FILES``): those named as a record file is (`2022-02-07-tracing`,
    `003-release`) that hold such a file and no record file (a log's area, or one record's documents beside it,
    `0014/0014-x.md`), and have no record file of their name beside them (`0004-x.md` beside `0004-x/`: the folder
    holds its attachments). ``files``: the names of the directory's other entries; ``inside(folder)``: the names
    a folder holds (None when it cannot be read). The work tree's and a commit's tree's readers both pick here."""
    candidates = [folder for folder in folders  # (a folder named as a record file is, `0002-x.md/`, is none)
                  if folder[:1] != "." and folder[-3:] != ".md" and identity(f"{folder}.md") is not None]
    if not candidates:
        return []
    beside = set(files)
    found = []
    for folder in candidates:
        if f"{folder}.md" in beside:
            continue
        names = inside(folder)
        if names is None:
            continue
        held = set(names)
        text = next((name for name in FOLDER_RECORD_FILES if name in held), None)
        if text is not None and not any(is_record_name(name) for name in held):
            found.append(f"{folder}/{text}")
    return found


def record_paths(directory: Path) -> list[Path]:
    """The record files of ``directory`` (readable or not: what cannot be read still takes its number), in name
    order."""
    return [directory / name for name in record_names(directory)]


def record_entries(directory: Path) -> list[tuple[str, os.stat_result | None]]:
    """(name, stat) of each record file of ``directory``, in name order: None for a regular file (as the
    directory listing says, without a stat), the entry's own stat for anything else (a link, a FIFO ...)."""
    found: list[tuple[str, os.stat_result | None]] = []
    try:
        with os.scandir(directory) as entries:
            listing = list(entries)
            for entry in record_files(listing, _name):
                _add_entry(found, entry)
    except OSError as error:
        raise ReadError(f"cannot read decision directory: {error.strerror}", path=directory) from None
    folders = [entry.name for entry in listing if entry.name[-3:] != ".md" and _a_folder(entry)]
    if folders:
        found += folder_entries(directory, folder_records(directory, folders, [entry.name for entry in listing]))
    found.sort(key=lambda item: item[0])
    return found


def folder_entries(directory: Path | str, names: Iterable[str]) -> list[tuple[str, os.stat_result]]:
    """(name, own stat) of each record file kept in a folder of its own (``folder_records``): what a directory's
    scan gives of its own files, so that a FIFO, a link or a directory under a record's name is judged as one
    beside the records is (``readable_entries``). A file gone since is left out."""
    found = []
    for name in names:
        try:
            found.append((name, os.lstat(os.path.join(directory, name))))
        except OSError:
            continue
    return found


_name = operator.attrgetter("name")  # a directory entry's


def _add_entry(found: list[tuple[str, os.stat_result | None]], entry: os.DirEntry[str]) -> None:
    try:
        found.append((entry.name, None if entry.is_file(follow_symlinks=False) else entry.stat(follow_symlinks=False)))
    except FileNotFoundError:
        pass  # gone while the directory was listed


def readable_entries(directory: Path, entries: Iterable[tuple[str, os.stat_result | None]]
                     ) -> tuple[list[tuple[str, os.stat_result | None]], list[ReadError]]:
    """Of record files' (name, own stat) (None: a regular file whose stat is left to its reader), those to read
    (a link's stat that of its target), and why each of the others cannot be read, from its stat alone: a
    FIFO, a socket, a device or a directory named like a record (or a link to one) is never opened (a reader
    would wait on a FIFO forever), and a dangling link or a link loop is one unreadable record."""
    import errno
    import stat as kinds

    from adrtool.fsio import kind_of, not_regular

    found: list[tuple[str, os.stat_result | None]] = []
    unreadable: list[ReadError] = []
    is_link, is_file = kinds.S_ISLNK, kinds.S_ISREG
    for name, stat in entries:
        if stat is not None and is_link(stat.st_mode):
            try:
                stat = os.stat(directory / name)
            except OSError as error:
                why = "a symbolic link loop" if error.errno == errno.ELOOP else \
                    "a symbolic link to nothing (its target does not exist)" if error.errno == errno.ENOENT else \
                    f"a symbolic link that cannot be followed ({error.strerror})"
                unreadable.append(ReadError(f"is {why}; not read", path=directory / name))
                continue
        if stat is not None and not is_file(stat.st_mode):
            kind = kind_of(stat.st_mode) or "not a regular file"
            message = "is a directory, not a record file" if kind == "a directory" else not_regular(kind)
            unreadable.append(ReadError(message, path=directory / name))
            continue
        found.append((name, stat))
    return found, unreadable


def read_log(directory: Path) -> DecisionLog:
    """Every record of ``directory``, each file read and parsed now. A change a killed writer left half done
    is completed (or undone) first (``adrtool.fsio.finish_interrupted``)."""
    from adrtool.fsio import decode_text, finish_interrupted, read_in
    from adrtool.records.dialects import parse_text

    finish_interrupted(directory)
    files, failures = readable_entries(directory, record_entries(directory))
    records: list[Record] = []
    directory_fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for name, stat in files:
            try:
                raw, _ = read_in(directory_fd, name, stat.st_size if stat is not None else None)
                records.append(parse_text(decode_text(raw), directory, name))
            except AdrError as error:
                failures.append(as_read_error(error, directory / name))
    finally:
        os.close(directory_fd)
    return assemble(directory, records, failures)


def as_read_error(error: AdrError, path: Path) -> ReadError:
    """``error``, raised reading the record file ``path``, as the ReadError that names it."""
    error = error.at(path)
    return error if isinstance(error, ReadError) else ReadError(error.message, path=path)


def assemble(directory: Path, records: Iterable[Record], failures: Iterable[ReadError],
             templates: Iterable[Path] = ()) -> DecisionLog:
    """The log of ``directory`` holding ``records`` (by number, then file name; date-named records last) and
    ``failures`` (by path); a record numbered 0 whose title says it is a template is one of the log's
    ``templates`` (with those already known), not a record."""
    ordered = list(records)
    sort_records(ordered)
    _settle_month_first_days(ordered)
    _settle_relations_by_slug(ordered)
    found = (*templates, *_take_templates(ordered), *_take_examples(ordered))
    return DecisionLog(directory, tuple(ordered), tuple(sorted(failures, key=lambda failure: str(failure.path))),
                       tuple(sorted(set(found))))


def _settle_month_first_days(ordered: list[Record]) -> None:
    """Give the records of a log whose days written with slashes or dashes show it writes them month first (one is
    `05/31/2021`, none `31/05/2021`; or such days far outnumber the day first ones, a few slips among them, as
    aptos-foundation/AIPs' template asks `created: <mm/dd/yyyy>`) each such day month first where it could be either
    (`03/09/2021`: 9 March, not 3 September), as a record's own days settle it. A day first log (legacy adr-tools'
    `13/04/2016`), or one of neither, keeps each day as read, but for a date-named record whose name's day is
    nearer the day read month first."""
    days = [(index, text) for index, record in enumerate(ordered)
            if record.date is not None and (text := _day_written(record)) is not None]
    if not days:  # nearly every log: ISO days
        return
    from adrtool.records.values import read_date

    month_first_log = _month_first_log([text for _, text in days])
    for index, text in days:
        record = ordered[index]
        month_first = read_date(text, month_first=True).day
        if month_first is None or record.date is None or month_first == record.date \
                or read_date(text).day != record.date:
            continue
        named = _day_of_name(record) if not month_first_log else None
        if month_first_log or (named is not None and abs(month_first - named) < min(abs(record.date - named),
                                                                                     _NEAR_THE_NAME)):
            ordered[index] = dataclasses.replace(record, date=month_first)


_NEAR_THE_NAME = datetime.timedelta(days=31)  # a record is named the day it is written, or within the month


def _day_of_name(record: Record) -> datetime.date | None:
    """The day a date-named record's file name opens with (`20220713-x.md`, `2022-07-13-x.md`), None for any other:
    of two readings of its written day, the one near it is meant (aws-samples/pcluster-manager's `7/12/2022`)."""
    if record.number is not None:
        return None
    digits = record.id[:10].replace("-", "") if record.id[4:5] == "-" else record.id[:8]
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _day_written(record: Record) -> str | None:
    """The text a record's day was read from when it is written with slashes or dashes, day and month first either
    way (`05/02/2018`): under `date`, or under the key the record's day fell back on (`created:`)."""
    for key in _DAY_KEYS_WRITTEN:
        text = record.meta.get(key)
        if type(text) is str and not (text[:4].isdigit() and text[4:5] == "-") and _A_DAY_APART.search(text):
            return text
    return None


_DAY_KEYS_WRITTEN = ("date", "created", "Created", "decided", "decision-date")


def _month_first_log(texts: list[str]) -> bool:
    """Whether a log's days written with slashes or dashes are month first: some can only be read so (`05/31/2021`)
    and none day first, or those read only month first are at least ``_MONTH_FIRST_MAJORITY`` times as many."""
    from adrtool.records.values import slash_days

    month_first, day_first = slash_days(texts)
    return month_first > 0 and month_first >= _MONTH_FIRST_MAJORITY * day_first


_MONTH_FIRST_MAJORITY = 5


def _settle_relations_by_slug(ordered: list[Record]) -> None:
    """Give each record whose front matter names another by the words of its file's name (`supersedes:
    [hosting-on-render]` for `0008-hosting-on-render.md`, robsartin/setlist-scout) that record's number: the words of
    one numbered record of the log, not a date-named one's (its slug is its id already)."""
    named = [(index, key, words) for index, record in enumerate(ordered)
             if record.format is Dialect.FRONTMATTER and not _RELATION_KEYS.isdisjoint(record.meta)
             for key in _RELATION_FIELDS if (words := _words_named(record.meta.get(key)))]
    if not named:  # nearly every log
        return
    numbers: dict[str, int | None] = {}
    for record in ordered:
        if record.number is not None and record.slug:
            numbers[record.slug] = None if record.slug in numbers else record.number  # the same words twice: none
    for index, key, words in named:
        found = tuple(number for word in words if (number := numbers.get(word)) is not None)
        if not found:
            continue
        record = ordered[index]
        field = _RELATION_FIELDS[key]
        merged: tuple[int, ...] = tuple(dict.fromkeys((*getattr(record, field), *found)))
        if field == "supersedes":
            ordered[index] = dataclasses.replace(record, supersedes=merged)
        elif field == "superseded_by":
            ordered[index] = dataclasses.replace(record, superseded_by=merged)
        else:
            ordered[index] = dataclasses.replace(record, relates_to=merged)


# Front matter keys of relations, as written by most logs (the reader's own spelling), and the fields they fill.
_RELATION_FIELDS = {"supersedes": "supersedes", "superseded-by": "superseded_by", "superseded_by": "superseded_by",
                    "relates-to": "relates_to", "relates_to": "relates_to"}
_RELATION_KEYS = frozenset(_RELATION_FIELDS)


def _words_named(value: object) -> list[str]:
    """The items of a relation's value that are the words of a file's name alone (`hosting-on-render`: lower case,
    joined by `-` or `_`, no digit)."""
    items = value if type(value) is list else [value] if type(value) is str else []
    return [item.strip() for item in items if type(item) is str and _FILE_WORDS.fullmatch(item.strip())]


_FILE_WORDS = deferred(r"[a-z][a-z_-]*[a-z]")


# A day of three numbers apart by slashes, dots or dashes (`03/09/2021`, `05-10-2021`): which is the month depends.
_A_DAY_APART = deferred(r"\d{1,2}[/.\\-]\d{1,2}[/.\\-]\d{2,4}")  # `09\30\2024` too (HHS/OPRE-OPS)


def _take_examples(ordered: list[Record]) -> list[Path]:
    """The files named as an example of a record (`2022-07-21_example-adr.md`, `0000-sample.md`: template words
    alone) that are one: their status is still the template's placeholder (`proposed | accepted | final`).
    They are taken out of ``ordered``."""
    examples = [record for record in ordered if ("example" in record.slug or "sample" in record.slug)
                and is_example(record)]
    for record in examples:
        ordered.remove(record)
    return [record.path for record in examples]


def is_example(record: Record) -> bool:
    from adrtool.records.names import TEMPLATE_WORDS
    from adrtool.records.values import read_status

    words = [word for word in record.slug.lower().replace("_", "-").split("-") if word]
    status = record.meta.get("status")
    return (bool(words) and all(word in TEMPLATE_WORDS for word in words) and isinstance(status, str)
            and read_status(status).template)


def _take_templates(ordered: list[Record]) -> list[Path]:
    """The files of the records numbered 0 (the first of ``ordered``) that are a template, as a person sees it
    (``is_template``), where a record's would name a decision (MADR's
    `0000-use-markdown-architectural-decision-records.md`). They are taken out of ``ordered``. Only number 0
    is looked at: a template numbered as a record is numbered first, and a title is judged for no other record."""
    zeros = 0
    while zeros < len(ordered) and ordered[zeros].number == 0:
        zeros += 1
    templates = [record for record in ordered[:zeros] if is_template(record)]
    if templates:
        ordered[:zeros] = [record for record in ordered[:zeros] if record not in templates]
    return [record.path for record in templates]


def is_template(record: Record) -> bool:
    """Whether a record numbered 0 is its log's template: titled so (`ADR Template`, ``is_template_title``), or
    a placeholder for a title (`xxxx. ADR title`, `{제목}`, ``is_placeholder_title``; `Title` itself), or named
    with the word template first, in any language (`0000-template-lightway-adr.md`, `0000-mall.md`), or named as a
    template or an example and dated by a placeholder (`Date: 20yy-mm-dd`, `YYYY-MM-DD`)."""
    if is_template_title(record.title) or is_placeholder_title(record.title) \
            or (record.title is not None and is_title_left_as_placeholder(record.title)):
        return True
    slug = record.slug.lower()
    if is_template_word(slug.split("-", 1)[0]):
        return True
    day = record.meta.get("date")
    return ("templat" in slug or "example" in slug or "sample" in slug) and isinstance(day, str) \
        and _PLACEHOLDER_DAY.fullmatch(day.strip()) is not None


# A template's date: `YYYY-MM-DD`, `20yy-mm-dd`, `DD/MM/YYYY` ... (letters where the digits go).
_PLACEHOLDER_DAY = deferred(r"(?:(?:19|20)?yy(?:yy)?[-/.]mm[-/.]dd|dd[-/.]mm[-/.](?:19|20)?yy(?:yy)?|"
                            r"mm[-/.]dd[-/.](?:19|20)?yy(?:yy)?)", re.IGNORECASE)


def a_folder_per_record(directory: Path) -> bool:
    """Whether ``directory`` is one of the folders a log keeps one record in each, named by its number
    (kwojtasinski-repo/ECommerceApp's `docs/adr/0014/0014-x.md` beside its README and checklists): a new record in
    it would take the next number of that folder alone, where the log's next belongs in a folder of its own."""
    if not directory.name.isdigit():
        return False
    try:
        siblings = [entry for entry in os.scandir(directory.parent)
                    if entry.name.isdigit() and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return False
    holding = sum(1 for entry in siblings
                  if any(number_of_name(name) == int(entry.name) for name in _names_in(entry.path)))
    return holding > 1


def _names_in(folder: str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []
