"""A record kept in a log's folder by stage moves with its status.

Some logs keep their records in folders named for their stage (aureat/phalcom-lang's `docs/adr/accepted/`, `proposed/`,
`retired/`; HengYangDS/ethos' `accepted/` and `superseded/`; BargLabs/cejel's `proposed/` beside the records at the
top), read as one log whose folders are its areas (``adrtool.records.logs``). Their READMEs say to move the file when
its status changes. A status change planned for such a record (``follow_stages``) moves it into the folder named for its
new status (``stage_folder``, which `adr new` asks too): the log's folder of that name, holding records already or not
yet (a `retired/` folder takes any ended status, when the decisions it holds ended too), or one made for it in a log
that keeps every record by stage; and every link to it, in the log's records and the Markdown files beside them (a
hand-kept index), follows it; its own links and images to other files are written from its new folder
(``adrtool.records.relink``: however a link is written). The move is two changes, the new file first: killed between
them, the record is in both folders, never in none. A file of its name already in the new folder is never written
over: the whole change is refused.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from adrtool import fsio
from adrtool.errors import AdrError, WriteRefused
from adrtool.model import Record
from adrtool.records.changes import FileChange
from adrtool.records.log import DecisionLog, written_by_adr_index

# A folder of these names holds the decisions that ended, whatever the word (phalcom-lang's `retired/` keeps
# superseded and deferred records).
_RETIRED = ("retired", "archive", "archived")
_ENDED = frozenset({"rejected", "deprecated", "superseded", "retired", "withdrawn", "abandoned", "obsolete",
                    "replaced", "declined", "cancelled", "canceled", "deferred", "discarded", "outdated"})


@dataclass(frozen=True)
class _Move:
    record: Record
    target: Path  # the record's path in its new folder
    top: Path  # the folder of the log the record is in


def follow_stages(log: DecisionLog, changes: Sequence[FileChange]) -> list[FileChange]:
    """``changes`` with each record whose status they change moved into its log's folder of that status (when
    the log keeps its records by stage and has one), and the links to it rewritten."""
    moves = [move for move in (_move_of(log, change) for change in changes) if move is not None]
    if not moves:
        return list(changes)
    for move in moves:
        if os.path.lexists(move.target):
            raise WriteRefused(f"a file of this name is there already, where {move.record.ref} would move with its "
                               "new status; nothing was changed", path=move.target)
    to = {move.record.path: move.target for move in moves}
    planned = {change.path: change for change in changes}
    created, removed = [], []
    for move in moves:
        change = planned.pop(move.record.path)
        assert change.before is not None and change.after is not None
        data = _relinked(move.record.path, change.after, move.record.directory, move.target.parent, to)
        summary = f"{change.summary} (moved from {_folder(move.top, move.record.directory)})"
        created.append(FileChange(move.target, None, data, summary,
                                  _reads_as(change.after, move.record.path, move.target), moved_from=change.before,
                                  new_folder=not move.target.parent.is_dir(),
                                  mode=stat.S_IMODE(os.lstat(move.record.path).st_mode)))
        removed.append(FileChange(move.record.path, change.before, None,
                                  f"moved to {_folder(move.top, move.target.parent)}", moved_to=move.target))
    records = {record.path: record for record in log.records}
    relinked = []
    for path in _linking_files(log, moves):
        found = planned.pop(path) if path in planned else _unchanged(path)
        if found is None:
            continue
        followed = _with_links_followed(found, to, checked=path in records)
        if followed.after != found.after and (unwritten := _unwritten(path, records)) is not None:
            raise _links_unwritten(path, found, moves, unwritten)
        relinked.append(followed)
    # The new files first: a write killed between the folders leaves a record in both, never in none.
    # A file the command creates (`adr new --supersedes`) links the records where they will be.
    kept = [_with_links_followed(change, to, checked=False) if change.before is None else change
            for change in planned.values()]
    return [*created, *kept, *removed, *(change for change in relinked if change.after != change.before
                                         or change.summary)]


def _unwritten(path: Path, records: Mapping[Path, Record]) -> str | None:
    """Why adr reads the file ``path`` of a log but does not write it (a record kept in a folder of its own, a file
    in a folder reached through a symbolic link), or None when it writes it."""
    if path in records and path.parent != records[path].directory:
        return f"is a record kept in a folder of its own ({path.parent.name}/)"
    if path.parent.is_symlink():
        return f"is in {path.parent.name}/, a folder reached through a symbolic link"
    return None


def _links_unwritten(path: Path, change: FileChange, moves: Sequence[_Move], unwritten: str) -> WriteRefused:
    """The refusal of a move whose links would have to follow it in a file adr does not write (``unwritten``
    says why: `retired/0006-x/README.md`, a folder reached through a link): which record, and the link to write by
    hand."""
    from adrtool.records.relink import linked

    assert change.after is not None
    old = {move.record.path: move for move in moves}
    move = old[linked(fsio.decode(path, change.after).text, path.parent, list(old))[0]]
    way = posixpath.relpath(move.target.as_posix(), path.parent.as_posix())
    where = _folder(move.top, move.target.parent)
    return WriteRefused(f"links {move.record.ref}, which would move to {where} with its new status, and {unwritten}, "
                        f"which adr reads but does not write; nothing written: write that link as {way} by hand, then "
                        "run the command again", path=path)


def links_left(moved: Mapping[Path, Path], files: Iterable[Path]) -> list[tuple[Path, Path]]:
    """Of the Markdown ``files`` (outside the log: no move rewrites them), those that link a record where it was
    before ``moved`` (its old path -> its new) moved it: (the file, the record's old path), in the order of
    ``files``. A file that is a symbolic link, or cannot be read as text, is not looked at."""
    from adrtool.records.relink import linked, may_link

    was = {Path(os.path.realpath(path.parent)) / path.name: path for path in moved}
    found = []
    for path in files:
        if path.is_symlink():
            continue
        try:
            data = fsio.read_bytes(path, what="Markdown file")
            if not any(may_link(data, old.name) for old in was):
                continue
            text = fsio.decode(path, data).text
        except AdrError:
            continue
        found += [(path, was[old]) for old in linked(text, Path(os.path.realpath(path.parent)), list(was))]
    return found


def nav_entries_left(moved: Mapping[Path, Path], configurations: Iterable[Path]) -> list[tuple[Path, Path]]:
    """Of the MkDocs ``configurations`` (`mkdocs.yml`), those whose nav names a record where it was before ``moved``
    moved it, by its path in the site's `docs_dir` (`adr/proposed/0003-x.md` under `docs/`): (the file, the
    record's old path). Read as text: a configuration may hold tags no safe YAML loader reads
    (`!!python/name:`)."""
    found = []
    for path in configurations:
        if path.is_symlink():
            continue
        try:
            text = fsio.read_text(path).text
        except AdrError:
            continue
        text = "\n".join("" if line.lstrip()[:1] == "#" else line.split(" #", 1)[0] for line in text.split("\n"))
        docs = _DOCS_DIR.search(text)  # (comments left out: a page named in one is in no nav)
        root = Path(os.path.realpath(path.parent / (docs.group(1).strip("'\"") if docs else "docs")))
        for old in moved:
            try:
                page = (Path(os.path.realpath(old.parent)) / old.name).relative_to(root).as_posix()
            except ValueError:
                continue  # a record outside the site's pages
            if re.search(rf"(?<![\w./-]){re.escape(page)}(?![\w.-])", text):
                found.append((path, old))
    return found


_DOCS_DIR = re.compile(r"^docs_dir:[ \t]*([^\s#]+)", re.MULTILINE)


def _unchanged(path: Path) -> FileChange | None:
    """A file no change of the plan touches, as it is (None when it cannot be read)."""
    try:
        raw = fsio.read_text(path).raw
    except AdrError:
        return None
    return FileChange(path, raw, raw)


def _with_links_followed(change: FileChange, to: dict[Path, Path], *, checked: bool) -> FileChange:
    """``change`` with the file's links to the records ``to`` moves following them (``checked``: a record, which
    must read as before but for where its links go)."""
    from adrtool.records.relink import may_link

    if change.after is None or not any(may_link(change.after, path.name) for path in to):
        return change
    data = _relinked(change.path, change.after, change.path.parent, change.path.parent, to)
    if data == change.after:
        return change
    names = [path.name for path in to if may_link(change.after, path.name)]
    said = f"links to {', '.join(names)} follow {'them' if len(names) > 1 else 'it'}"
    return FileChange(change.path, change.before, data, f"{change.summary}; {said}" if change.summary else said,
                      _reads_as(change.after, change.path, change.path) if checked else change.check)


def _move_of(log: DecisionLog, change: FileChange) -> _Move | None:
    """The move a change of a record's status asks for: into the folder of its log named for the new status."""
    from adrtool.records.dialects import parse

    record = next((record for record in log.records if record.path == change.path), None)
    if record is None or change.before is None or change.after is None:
        return None
    try:
        read = change.after_record or parse(fsio.decode(record.path, change.after), record.directory)
        status = (read.status or "").lower()
    except AdrError:
        return None
    if not status or status == (record.status or "").lower():
        return None
    top = log.log_of(record.directory)
    folder = stage_folder(log, top, status)
    if folder is None or folder == record.directory:
        return None
    return _Move(record, folder / record.path.name, top)


def stage_folder(log: DecisionLog, top: Path, status: str) -> Path | None:
    """The folder of the log ``top`` where a record of ``status`` is kept, when the log keeps its records in folders
    by stage: the one named for the status, holding records or not; for an ended decision, the log's `retired/` (or
    `archive/`) when it has no folder of that status's name. In a log that keeps every record in such folders, a
    stage it has no folder for gets one of the status's name, spelt as the others are, not made yet (git keeps no
    empty folder: a clone of a log whose proposals were all accepted has no `proposed/`). None when the log keeps
    no folder by stage holding records, or the status names none."""
    from adrtool.records.logs import names_a_stage, stage_folders

    areas = log.areas_of(top)
    if not areas:
        return None
    folders = {folder.name.lower(): folder for folder in (*stage_folders(top), *areas)}
    status = status.lower()
    folder = folders.get(status)
    if folder is None and status in _ENDED:
        folder = next((folders[name] for name in _RETIRED if name in folders and _takes_ended(log, folders[name])),
                      None)
    if folder is None and names_a_stage(status) and _kept_by_stage(log, top):
        folder = top / _spelt_as(status, [folder.name for folder in folders.values()])
    return folder


def _takes_ended(log: DecisionLog, folder: Path) -> bool:
    """Whether the log's `retired/` or `archive/` ``folder`` is where its ended decisions go: it holds one at least,
    or no record yet. Not an archive of decisions in force (sagnus-erp's `archive/` holds earlier baselines, each
    ACCEPTED: nothing says a superseded record goes there)."""
    held = [record.status for record in log.records if record.directory == folder]
    return not held or any((status or "").lower() in _ENDED for status in held)


def _kept_by_stage(log: DecisionLog, top: Path) -> bool:
    """Whether the log ``top`` keeps every record in a folder named for a stage: none at its top, none in a folder
    of another name."""
    from adrtool.records.logs import holds_records, names_a_stage

    return all(map(names_a_stage, (area.name for area in log.areas_of(top)))) \
        and not any(record.directory == top for record in log.records) and not holds_records(top)


def _spelt_as(word: str, names: Sequence[str]) -> str:
    """``word`` spelt as every one of ``names`` is (`Accepted/`, `ACCEPTED/`), else in lower case."""
    if names and all(name.isupper() for name in names):
        return word.upper()
    if names and all(name[:1].isupper() and name[1:].islower() for name in names):
        return word.capitalize()
    return word


def _folder(top: Path, directory: Path) -> str:
    return "the log's top folder" if directory == top else f"{directory.name}/"


def _linking_files(log: DecisionLog, moves: Iterable[_Move]) -> list[Path]:
    """The files whose links to a moved record follow it: the records of its log, and the other Markdown files
    of the log's folders (a hand-kept index, a folder's README), but an index `adr index` keeps (it is written
    again from the log)."""
    moved = {move.record.path for move in moves}
    found: dict[Path, None] = {}
    for move in moves:
        top = log.log_of(move.record.directory)
        folders = (top, *log.areas_of(top))
        records = [record.path for record in log.records if record.directory in folders]
        found.update(dict.fromkeys(path for path in records if path not in moved))
        for folder in folders:
            found.update(dict.fromkeys(path for path in _markdown_files(folder) if path not in found
                                       and path not in moved and path not in records))
    return list(found)


_MARKDOWN = (".md", ".mdx", ".markdown")  # the Markdown a log's folder may hold besides its records (`README.markdown`)


def _markdown_files(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    found = []
    for name in names:
        path = folder / name
        if not name.lower().endswith(_MARKDOWN) or not path.is_file() or path.is_symlink():
            continue
        try:
            text = fsio.read_text(path).text
        except AdrError:
            continue
        if not written_by_adr_index(text):
            found.append(path)
    return found


def _relinked(path: Path, data: bytes, was_in: Path, now_in: Path, to: dict[Path, Path]) -> bytes:
    """``data`` (the file ``path``, which was in ``was_in`` and is now in ``now_in``) with each relative link and image
    written from ``now_in``, to the file's new place when ``to`` moves it (``adrtool.records.relink``)."""
    from adrtool.records.relink import relinked

    bom = data.startswith(fsio.BOM)
    text = (data[len(fsio.BOM):] if bom else data).decode("utf-8")
    try:
        return (fsio.BOM if bom else b"") + relinked(text, was_in, now_in, to).encode("utf-8")
    except AdrError as error:
        raise error.at(path) from None


def _reads_as(data: bytes, was: Path, now: Path) -> Callable[[bytes], None]:
    """The check of a record whose links were rewritten: it must read as it did before, but for where they go."""
    from adrtool.records.dialects import parse
    from adrtool.records.edit import TYPED_FIELDS

    def same(record: Record) -> tuple[object, ...]:
        return (*(getattr(record, name) for name in TYPED_FIELDS),
                tuple((link.label, link.target) for link in record.links))

    expected = same(parse(fsio.decode(was, data), was.parent))

    def check(written: bytes) -> None:
        try:
            found = same(parse(fsio.decode(now, written), now.parent))
        except AdrError as error:
            raise WriteRefused(f"its links cannot be rewritten safely ({error.message}); nothing was changed",
                               path=was) from None
        if found != expected:
            raise WriteRefused("its links cannot be rewritten safely (it would read otherwise); nothing was "
                               "changed: move the file and edit its links by hand", path=was)

    return check
