"""Changes to the files of a decision directory, planned in full, then committed all or nothing.

Every command that writes (new, init, the lifecycle commands, revisit, convert, renumber, index) works the
same way, under the directory's lock from its first read to its last write (``locked_log``):

1. read the log (under the lock, so no other adr command can change it meanwhile);
2. plan every change from what was read: ``FileChange`` (the bytes read, the bytes to write), each with
   its own check of what the new bytes must read as;
3. work out the log as it will be (``log_after``), from which the index is brought in step, as one more
   change of the same commit;
4. commit (``commit``): each target is checked again (still what was read, a regular file and not a link),
   each new content written beside it, read back and checked, then everything is published at once
   (``adrtool.fsio.Transaction``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from adrtool import fsio
from adrtool.errors import AdrError, ReadError, WriteRefused
from adrtool.model import FOLDER_RECORD_FILES, Record
from adrtool.records.log import DecisionLog, assemble, read_log
from adrtool.records.pages import refuse_new_code


@dataclass(frozen=True)
class FileChange:
    """One file of the decision directory: created (``before`` None), replaced, or removed (``after`` None)."""

    path: Path
    before: bytes | None
    after: bytes | None
    summary: str = ""
    # Raises (WriteRefused) unless the new bytes, as read back from disk, read as the change meant.
    check: Callable[[bytes], None] | None = field(default=None, compare=False, repr=False)
    # A file created as another moved (a record into the folder of its new status): what it held there, which
    # the code a docs site runs in it is judged against (``pages.refuse_new_code``).
    moved_from: bytes | None = field(default=None, compare=False, repr=False)
    # A file created in a folder of a log by stage that is not there yet (``adrtool.records.stages.stage_folder``):
    # the folder is made, in a directory the plan holds locked, when the change is committed.
    new_folder: bool = field(default=False, compare=False, repr=False)
    # The permissions of a file created (None: 0644 less the umask); a moved record keeps its own.
    mode: int | None = field(default=None, compare=False, repr=False)
    # A file removed as it moved: where it went (a link to it that no change follows is told to the user).
    moved_to: Path | None = field(default=None, compare=False, repr=False)
    # The record ``after`` reads as, where its check has read it already (``Editor.change``): not read again.
    after_record: Record | None = field(default=None, compare=False, repr=False)


@contextlib.contextmanager
def locked_log(directory: Path, read: Callable[[Path], DecisionLog] = read_log
               ) -> Iterator[tuple[fsio.LockedDirectory, DecisionLog]]:
    """The directory locked, and its log as read under the lock (by ``read``: a store's, whose cache is
    judged by each file's stat, so what it gives is what the files hold now)."""
    with fsio.locked(directory) as held:
        yield held, read(directory)


@contextlib.contextmanager
def locked_logs(directories: Iterable[Path], read: Callable[[], DecisionLog]
                ) -> Iterator[tuple[dict[Path, fsio.LockedDirectory], DecisionLog]]:
    """Every directory locked (in one order, so two commands never wait on each other), and the log ``read``
    gives under the locks (a project's several logs read together)."""
    with contextlib.ExitStack() as stack:
        held = {directory: stack.enter_context(fsio.locked(directory))
                for directory in sorted(set(directories), key=str)}
        yield held, read()


def commit_all(held: dict[Path, fsio.LockedDirectory], changes: Iterable[FileChange]) -> None:
    """``commit`` the changes of each locked directory. A change that spans two logs of a project is all or
    nothing within each log (one journal per directory), not across them."""
    by_directory: dict[Path, list[FileChange]] = {}
    for change in changes:
        by_directory.setdefault(change.path.parent, []).append(change)
    new_folders = [directory for directory, part in by_directory.items()
                   if directory not in held and directory.parent in held and all(change.new_folder for change in part)]
    for directory, part in by_directory.items():  # every directory checked before any is written
        if directory in held or directory in new_folders:
            continue
        path = part[0].path
        if directory.is_symlink():  # a stage folder read through a link (``adrtool.records.logs.locked_folders``)
            raise WriteRefused("is a symbolic link; adrtool does not write through links", path=directory)
        if directory.parent in held and path.name in FOLDER_RECORD_FILES:
            raise WriteRefused(f"{path} is a record kept in a folder of its own ({directory.name}/), which adr reads "
                               "but does not write; nothing written: edit it by hand")
        raise WriteRefused(f"{path} is not in a decision directory of the project; not writing it")
    with _made(new_folders, held) as held:
        planned = [(held[directory], part) for directory, part in by_directory.items()]
        for locked, part in planned:  # what a later directory would refuse stops the change before any is written
            _planned(locked, part)[0].check()
            for change in part:
                if change.check is not None and change.after is not None:
                    change.check(change.after)
        for locked, part in planned:
            commit(locked, part)


@contextlib.contextmanager
def _made(folders: list[Path], held: dict[Path, fsio.LockedDirectory]
          ) -> Iterator[dict[Path, fsio.LockedDirectory]]:
    """``held`` and each of ``folders`` (in a directory held), made and locked; those still empty at the end of a
    change that failed are removed again."""
    if not folders:
        yield held
        return
    made = []
    try:
        with contextlib.ExitStack() as stack:
            held = dict(held)
            for folder in folders:
                try:
                    folder.mkdir()
                    made.append(folder)
                except FileExistsError:
                    pass
                except OSError as error:
                    raise WriteRefused(f"cannot make the folder: {error.strerror}", path=folder) from None
                held[folder] = stack.enter_context(fsio.locked(folder))
            yield held
    except BaseException:
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def log_after(log: DecisionLog, changes: Iterable[FileChange]) -> DecisionLog:
    """The log as it will read once ``changes`` are made (records parsed from the new bytes); several logs read
    together stay so, each record keeping its log's label."""
    from adrtool.records.logs import CombinedLog, combine, label_log, settle

    changes = list(changes)
    parts = log.parts if isinstance(log, CombinedLog) else (log,)
    areas = log.areas if isinstance(log, CombinedLog) else ()
    new_areas = _stages_first_filled(parts, areas, changes)
    log_of = dict((*areas, *new_areas))
    labels = {log_of.get(part.directory, part.directory): part.records[0].log for part in parts if part.records}
    after = []
    for part in [*parts, *(assemble(area, [], [], []) for area, _ in new_areas)]:
        label = part.records[0].log if part.records else labels.get(log_of.get(part.directory, part.directory), "")
        after.append(label_log(settle(_one_log_after(part, changes)), label))
    if isinstance(log, CombinedLog) or new_areas:
        return combine(after, log.home if isinstance(log, CombinedLog) else None, (*areas, *new_areas))
    return after[0]


def _stages_first_filled(parts: Iterable[DecisionLog], areas: tuple[tuple[Path, Path], ...],
                         changes: Iterable[FileChange]) -> list[tuple[Path, Path]]:
    """(folder, its log) of each folder by stage that ``changes`` write a log's first record of the stage into: a
    folder of a log's directory that held none (or was not there), which is read with the log from then on."""
    from adrtool.records.logs import names_a_stage

    read = {part.directory for part in parts}
    logs = read - {area for area, _ in areas}
    return list(dict.fromkeys((change.path.parent, change.path.parent.parent) for change in changes
                              if change.after is not None and change.path.parent not in read
                              and change.path.parent.parent in logs and names_a_stage(change.path.parent.name)))


def _one_log_after(log: DecisionLog, changes: list[FileChange]) -> DecisionLog:
    from adrtool.records.dialects import parse

    changed = {change.path.name: change for change in changes if change.path.parent == log.directory}
    records = [record for record in log.records if record.filename not in changed]
    failures = [failure for failure in log.failures if failure.path is None or failure.path.name not in changed]
    written = _records_written(log, changed)
    for name, change in changed.items():
        if change.after is None or name not in written:
            continue
        try:
            records.append(change.after_record or parse(fsio.decode(change.path, change.after), log.directory))
        except ReadError as error:
            failures.append(error)
        except AdrError as error:
            failures.append(ReadError(error.message, path=change.path))
    return assemble(log.directory, records, failures,
                    [template for template in log.templates if template.name not in changed])


def _records_written(log: DecisionLog, changed: dict[str, FileChange]) -> set[str]:
    """The names of ``changed`` files the log reads as records once they are written: a record's file written
    again stays one (`ADR-CO-002-x.md` of a log numbered in named series, which no name alone makes a record's), and
    a new file is one as the log's reading would take it among its records (``record_files``)."""
    from adrtool.records.names import is_record_name, record_files

    before = {record.filename for record in log.records} | {
        failure.path.name for failure in log.failures if failure.path is not None}
    written = {name for name, change in changed.items() if change.after is not None and not name.startswith(".")}
    listing = sorted((before - set(changed)) | written)
    return {name for name in written if name in before or is_record_name(name)} | (written & set(record_files(
        listing, str)))


def commit(held: fsio.LockedDirectory, changes: Iterable[FileChange]) -> None:
    """Make every change, or none (see ``adrtool.fsio.Transaction``)."""
    transaction, checks = _planned(held, changes)

    def verify(name: str, data: bytes) -> None:
        check = checks.get(name)
        if check is not None:
            check(data)

    transaction.commit(verify)


def _planned(held: fsio.LockedDirectory, changes: Iterable[FileChange]
             ) -> tuple[fsio.Transaction, dict[str, Callable[[bytes], None]]]:
    """The transaction making ``changes`` in ``held``, and the check of each new content by file name; raises
    (writing nothing) for a change adrtool does not make."""
    transaction = held.transaction()
    checks: dict[str, Callable[[bytes], None]] = {}
    changes = list(changes)
    refuse_new_code((change.path, change.before if change.before is not None else change.moved_from, change.after)
                    for change in changes)
    for change in changes:
        if change.path.parent != held.path:
            raise WriteRefused(f"{change.path} is not in the decision directory {held.path}; not writing it")
        name = change.path.name
        if change.after is None:
            assert change.before is not None
            transaction.remove(name, change.before)
        else:
            transaction.put(name, change.after, change.before, change.mode)
        if change.check is not None:
            checks[name] = change.check
    return transaction, checks


def refuse_links(records: Iterable[Record]) -> None:
    """A command that would change a record that is a symbolic link refuses before changing anything."""
    for record in records:
        if record.path.is_symlink():
            raise WriteRefused("is a symbolic link; adrtool does not write through links", path=record.path)

