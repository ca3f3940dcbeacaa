"""The decision logs of a workspace, read together: one directory, or several labelled ones.

Each directory is read through the store (``adrtool.records.store``: the caches, or a plain read); this
module says which subfolders of a log's directory are part of the log (``with_areas``), labels each record
with its log, combines several directories into one log, and settles what only the whole log can tell about a
record: in a log whose titles live in front matter (EIP-style logs), a level-1 heading in a body is a section,
not the title.
"""

from __future__ import annotations

import calendar
import dataclasses
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import AdrError, ReadError, UsageError
from adrtool.model import Record, sort_records
from adrtool.patterns import deferred
from adrtool.project import discovery
from adrtool.project.workspace import Workspace
from adrtool.records.log import DecisionLog, record_names
from adrtool.records.names import is_other_document, is_record_name, is_slug_name, parse_name, slug_names
from adrtool.records.store import NULL_STORE, Store
from adrtool.records.values import KNOWN_STATUSES, lifecycle_word


@dataclass(frozen=True)
class CombinedLog(DecisionLog):
    """Several logs read as one: ``records`` and ``failures`` are every log's, in the workspace's order of
    logs, and ``parts`` the logs themselves (what is kept per directory: body facts, numbers, conventions)."""

    parts: tuple[DecisionLog, ...] = ()
    # The log a number names a record of, and ``directory``: the workspace's ``home``, when it has one.
    home: Path | None = None
    # (subfolder, log) for each part that is an area of a log (``Workspace.areas``): numbered in the log's sequence.
    areas: tuple[tuple[Path, Path], ...] = ()

    def log_of(self, directory: Path) -> Path:
        if self.areas:
            for area, log in self.areas:
                if area == directory:
                    return log
        return directory

    def areas_of(self, directory: Path) -> tuple[Path, ...]:
        return tuple(area for area, log in self.areas if log == directory)

    def referred(self, number: int) -> list[Record]:
        if self.home is None:
            return self.numbered(number)
        home, log_of = self.home, self.log_of
        return [record for record in self.records if record.number == number and log_of(record.directory) == home]

    def _refers_to(self, path: Path) -> bool:
        return self.home is None or self.log_of(path.parent) == self.home

    def _missing(self, number: int) -> str:
        """No record ``number`` in the log a command takes (in none, when it takes none), and the other logs that
        hold one: hotel-kanri's `docs/adr` has the record 1 its `docs/01_systems/saas/adr` lacks."""
        if self.home is None:
            return f"no record number {number} in {self._everywhere()}"
        label = next((part.records[0].log for part in self.parts if part.directory == self.home and part.records),
                     None)
        missing = f"no record number {number} in {label or self.home}"
        held = self._labels(self.numbered(number))
        if not held:
            return missing
        if len(held) == 1:
            return f"{missing}; {held[0]} holds one: pass --dir {held[0]}"
        return f"{missing}; {' and '.join(held)} hold one: pass --dir with one of them"

    def _everywhere(self) -> str:
        """Every log, by its label: a name or a path is looked for in each."""
        logs = [label for label in self._labels(self.records) if label]
        if not logs:
            return str(self.directory)
        return " or ".join(logs) if len(logs) < 3 else f"any of the {len(logs)} logs ({', '.join(logs)})"

    def _labels(self, records: Iterable[Record]) -> list[str]:
        """The labels of the logs ``records`` are in, each once, in the order of the logs."""
        return list(dict.fromkeys(record.log for record in records))

    def _shared(self, matches: list[Record], number: int, ref: str) -> UsageError:
        logs = self._labels(matches)
        if len(logs) < 2:
            return super()._shared(matches, number, ref)
        return UsageError(f"record {number} is in {len(logs)} logs ({', '.join(logs)}): pass --dir with its log, "
                          "or run the command inside it")

    def _named(self, found: list[Record], ref: str) -> Record:
        own = [record for record in found if self._refers_to(record.path)] or found
        logs = self._labels(own)
        if len(logs) < 2:
            return own[0]
        paths = ", ".join(f"{record.log}/{record.filename}" for record in own)
        raise UsageError(f"{ref!r} names a record in each of {len(logs)} logs ({paths}): name it by its path, or "
                         "pass --dir with its log")


def parts_of(log: DecisionLog) -> tuple[DecisionLog, ...]:
    """The single-directory logs ``log`` is made of (itself, unless it combines several)."""
    return log.parts if isinstance(log, CombinedLog) else (log,)


def load_logs(workspace: Workspace, store: Store = NULL_STORE) -> DecisionLog:
    """Every log of ``workspace``, read through ``store``; several directories (logs, or a log's areas) come back
    as a ``CombinedLog``, each record labelled with its log (a project's only log has no label: "")."""
    logs = workspace.logs
    if len(logs) == 1:
        return settle(store.read_log(workspace.decision_dir))
    several = workspace.several
    return combine([label_log(settle(store.read_log(log.directory)), log.label if several else "") for log in logs],
                   workspace.home, workspace.areas)


def label_log(log: DecisionLog, label: str) -> DecisionLog:
    """``log`` with each record carrying ``label``.

    The records were made by this reading (from files or the parse cache), and nothing else holds them yet:
    each is labelled where it is, which costs a tenth of copying every record of a large log."""
    for record in log.records:
        if record.log != label:
            object.__setattr__(record, "log", label)
    return log


def combine(parts: list[DecisionLog], home: Path | None = None,
            areas: tuple[tuple[Path, Path], ...] = ()) -> CombinedLog:
    """One log of ``parts``, in their order, but that the records of a log and of its ``areas`` are in one order
    (by number); ``home``: the part a command that needs one log takes."""
    records = tuple(record for part in parts for record in part.records) if not areas else _by_log(parts, areas)
    failures = tuple(failure for part in parts for failure in part.failures)
    templates = tuple(template for part in parts for template in part.templates)
    return CombinedLog(home or parts[0].directory, records, failures, templates, tuple(parts), home, areas)


def first_log(log: DecisionLog) -> DecisionLog:
    """Of the logs ``log`` holds, the first, with its areas: the log `adr new` writes in when nothing singles out
    another."""
    return log_alone(log, parts_of(log)[0].directory)


def log_alone(log: DecisionLog, directory: Path) -> DecisionLog:
    """Of the logs ``log`` holds, the one of ``directory``, with its areas."""
    parts = parts_of(log)
    own = next(part for part in parts if part.directory == directory)
    areas = log.areas_of(directory)
    if not areas:
        return own
    return combine([own, *(part for part in parts if part.directory in areas)], None,
                   tuple((area, directory) for area in areas))


def _by_log(parts: list[DecisionLog], areas: tuple[tuple[Path, Path], ...]) -> tuple[Record, ...]:
    """The records of ``parts``, log by log in the order of their first part, each log's (its directory's and its
    areas') sorted as one directory's are. Beside areas holding records, the documents a log's directory names by
    their words alone are not its records (HengYangDS/ethos' `decision-code-links.md` beside `accepted/DR-0001-x.md`:
    a table of links, read as a record because a log named `decisions/` may keep records named so). A record in a
    folder named for a stage that states no status has the folder's (``_stated_by_folder``)."""
    log_of = dict(areas)
    numbered_below = {log for area, log in areas for part in parts if part.directory == area and part.records}
    grouped: dict[Path, list[Record]] = {}
    for part in parts:
        kept = part.records
        if part.directory in numbered_below:  # its documents named by words are no records beside its areas'
            kept = tuple(record for record in kept if record.number is not None or not is_slug_name(record.filename))
        elif part.directory in log_of and (stage := lifecycle_word(part.directory.name)) is not None:
            _stated_by_folder(kept, stage)
        grouped.setdefault(log_of.get(part.directory, part.directory), []).extend(kept)
    for directory, records in grouped.items():
        if any(log == directory for log in log_of.values()):
            sort_records(records)
    return tuple(record for records in grouped.values() for record in records)


def _stated_by_folder(records: Iterable[Record], stage: str) -> None:
    """Gives the records of a folder named for a stage that state no status of their own that stage (thyags/
    method-ceip's `adr/accepted/0005-x.md`: moved there when accepted, its text saying nothing of it). Made by
    this reading, as ``label_log``'s are, each is given it where it is."""
    for record in records:
        if record.status is None:
            object.__setattr__(record, "status", stage)


def locate_logs(start: Path, dir_option: str | None = None) -> Workspace:
    """The workspace ``adrtool.project.workspace.locate`` finds, with its logs' areas (``with_areas``): the logs
    every command reads. (``locate`` is looked up when called: tests stand in for it.)"""
    from adrtool.project import workspace

    located = workspace.locate(start, dir_option)
    read = with_areas(located)
    return workspace.at_home(read, start) if read.others != located.others else read


def with_areas(workspace: Workspace) -> Workspace:
    """``workspace`` with its logs' areas: the subfolders of a log's directory whose records are numbered in the
    log's one sequence, read as part of the log.

    EdgeX keeps the records of cross-cutting concerns in `docs_src/design/adr/` and each working group's in a
    subfolder (`security/0020-spiffe.md`, `core/0022-UoM.md`), "a global sequence for all EdgeX ADR" as its
    README says; cloud-sdk-js keeps its retired records in `knowledge-base/adr/outdated/`, under numbers the top
    does not use. A subfolder is an area when the log's directory holds numbered records of its own, the subfolder
    holds numbered records named as the log's are (with the same prefix, or none), and no number is used both at
    the top and in a subfolder, nor in two subfolders. A log that is the project's root has none (its subfolders
    are the project's), nor has a subfolder that is a log of its own.

    The other subfolders whose records read as decisions are logs of their own, read beside it
    (``_logs_of_their_own``): per-team logs that each number from 1, or by a prefix of their own; not where the
    user chose the logs (--dir, config), where ADR101 says what stays unread."""
    workspace = _stages_of_one_log(workspace)
    logs = [log.directory for log in workspace.logs]
    root = workspace.root
    found: list[tuple[Path, Path]] = list(workspace.areas)
    own: list[Path] = []
    for directory in logs:
        if directory == root:
            continue
        subfolders = [folder for folder in discovery.log_subfolders(directory) if folder not in logs]
        if not subfolders:
            continue
        folders = [folder for folder in discovery.record_folders(directory) if folder not in logs]
        areas = _areas(directory, folders) if folders else []
        found += [(area, directory) for area in areas]
        if workspace.how_found not in _CHOSEN:
            own += _logs_of_their_own(directory, [folder for folder in subfolders if folder not in areas], root)
    if own:
        workspace = dataclasses.replace(workspace, others=(*workspace.others, *own))
    return dataclasses.replace(workspace, areas=tuple(found)) if found else workspace


def _stages_of_one_log(workspace: Workspace) -> Workspace:
    """``workspace`` with the logs found in folders by stage of one directory holding no record of its own
    (aureat/phalcom-lang's `docs/adr/accepted/`, `proposed/`, `retired/`: "numbered sequentially, and live under
    one of three status folders"; thyags/method-ceip's `adr/accepted/` beside its `proposed/` and `rejected/`,
    empty yet) read as that directory's one log, the folders its areas: one sequence, which
    `adr new` numbers after, whose duplicates ADR103 reports, and one index at the top; folders of other names
    beside them (a team's) stay logs of their own. Not where the user named the logs."""
    if workspace.areas:
        return workspace
    if workspace.how_found in _CHOSEN:
        return _stages_of_a_named_log(workspace)
    logs = (workspace.decision_dir, *workspace.others)
    by_parent: dict[Path, list[Path]] = {}
    for directory in logs:
        by_parent.setdefault(directory.parent, []).append(directory)
    for parent, siblings in by_parent.items():
        stages = [folder for folder in siblings if folder.name.lower() in _LIFECYCLE_FOLDERS]
        if not stages or (len(stages) < 2 and len(_stages_read(parent, workspace.root)) < 2
                           and not _a_stage_alone(stages[0])) \
                or parent in logs or parent == workspace.root or workspace.root not in parent.parents \
                or holds_records(parent):
            continue
        kept = [directory for directory in logs if directory not in stages]
        first = parent if workspace.decision_dir in stages else workspace.decision_dir
        others = tuple(directory for directory in kept if directory != first)
        if first != parent:
            others = (*others, parent)
        home = parent if workspace.home in stages else workspace.home
        below = None if workspace.read_below == parent else workspace.read_below  # its folders are the log's
        return dataclasses.replace(workspace, decision_dir=first, others=others, home=home, read_below=below,
                                   areas=_stages_held(parent, stages, workspace))
    return workspace


def _stages_held(log: Path, found: list[Path], workspace: Workspace) -> tuple[tuple[Path, Path], ...]:
    """(folder, ``log``) for each folder by stage of ``log`` that is its area: those ``found`` as logs, and every
    other holding records, however many (a search finds a folder of one record no log: `records/retired/0005-x.md`
    beside `accepted/` and `proposed/` holding two each)."""
    logs = (workspace.decision_dir, *workspace.others)
    held = [*found, *(folder for folder in _stages_read(log, workspace.root) if folder not in found
                      and holds_records(folder) and not (folder.is_symlink() and folder.resolve() in logs))]
    return tuple((folder, log) for folder in held)


def _stages_read(directory: Path, root: Path) -> list[Path]:
    """``directory``'s folders by stage that adr reads: its subfolders named for a stage (``stage_folders``), and
    its symbolic links so named to a folder of the project (`accepted -> ../shared-accepted`: read as the stage's,
    never written through, ``locked_folders``)."""
    linked = [folder for folder in discovery.linked_subfolders(directory, root)
              if folder.name.lower() in _LIFECYCLE_FOLDERS]
    return [*stage_folders(directory), *linked]


def _a_stage_alone(folder: Path) -> bool:
    """Whether ``folder``, the only folder by stage of its parent, is one still: `docs/adr/accepted/` once the last
    proposal was accepted (git keeps no empty `proposed/`), or `docs/adr/proposed/` before the first is; a folder
    named for a decision's active stage in one named for decisions."""
    return folder.name.lower() in _ACTIVE_STAGES and discovery.says_decisions(folder.parent.name)


_ACTIVE_STAGES = ("proposed", "accepted")


def _stages_of_a_named_log(workspace: Workspace) -> Workspace:
    """``workspace`` with the folders by stage of each log the user named (`--dir adr`, config `dir` or `dirs`)
    as its areas, when it holds no record of its own: the folders named for a stage that hold records, two such
    folders at least (holding records or not), or a decision's active stage alone (``_a_stage_alone``). A named
    directory whose subfolders were read as its logs (``Workspace.read_below``) is that log again, when they are
    its stages."""
    named = workspace.read_below
    if named is not None:
        logs = (workspace.decision_dir, *workspace.others)
        stages = [log for log in logs if log.parent == named and log.name.lower() in _LIFECYCLE_FOLDERS]
        if stages and (len(stages) > 1 or len(_stages_read(named, workspace.root)) > 1
                       or _a_stage_alone(stages[0])) \
                and not holds_records(named):
            others = tuple(log for log in logs if log not in stages)
            return dataclasses.replace(workspace, decision_dir=named, others=others, read_below=None,
                                       home=named if workspace.home in stages else workspace.home,
                                       areas=_stages_held(named, stages, workspace))
        return workspace
    areas: list[tuple[Path, Path]] = []
    for directory in (workspace.decision_dir, *workspace.others):
        folders = _stages_read(directory, workspace.root) if directory.is_dir() else []
        if not folders or holds_records(directory) or (len(folders) < 2 and not _a_stage_alone(folders[0])):
            continue
        areas += _stages_held(directory, [], workspace)
    return dataclasses.replace(workspace, areas=tuple(areas)) if areas else workspace


def unfilled_stages(workspace: Workspace) -> list[Path]:
    """The folders named for a stage that hold no record yet, of each log kept in folders by stage: where `adr
    new` may write a stage's first record, locked with the log's folders."""
    areas = {area for area, _ in workspace.areas}
    return [folder for log in sorted({log for _, log in workspace.areas}) for folder in stage_folders(log)
            if folder not in areas]


def locked_folders(workspace: Workspace, log: Path | None = None) -> list[Path]:
    """The folders a writing command locks: every log's and area's (``log``'s alone, when given), and the stage
    folders holding no record yet (``unfilled_stages``); not a stage folder reached through a symbolic link, which
    adr reads and never writes (a change planned there is refused: ``adrtool.records.changes.commit_all``)."""
    kept = [entry.directory for entry in workspace.logs if (log is None or log in (entry.directory, entry.area_of))
            and (entry.area_of is None or not entry.directory.is_symlink())]
    return [*kept, *unfilled_stages(workspace)]


def names_a_stage(name: str) -> bool:
    """Whether a folder of this name keeps a log's records of one stage (`accepted/`, `retired/`)."""
    return name.lower() in _LIFECYCLE_FOLDERS


def stage_folders(directory: Path) -> list[Path]:
    """``directory``'s subfolders named for a stage, holding records or not."""
    return [folder for folder in discovery.log_subfolders(directory) if names_a_stage(folder.name)]


_CHOSEN = ("--dir", "config")  # how a workspace is found when the user names its logs


def _logs_of_their_own(directory: Path, subfolders: list[Path], root: Path) -> list[Path]:
    """Of ``subfolders`` of the log ``directory`` (no areas of it), the logs of their own: where the log's name,
    or a folder's it is in below the project's ``root``, says it keeps decisions (nova's `adr/p-stratum/`), those
    whose records are named as the log's are (``_named_after``) and read as decisions
    (``discovery.holds_decisions``). opendatahub-io/architecture-decision-records keeps the project's
    records (`ODH-ADR-0001-x.md`) and a folder per component, numbered by a prefix of its own
    (`model-serving/ODH-ADR-MS-0001-x.md`) or from 1 again (`automl/ODH-ADR-0001-x.md`). None when the directory
    holds no record of its own (its subfolders are then the logs a search finds); no folder that is a record's
    own (`0005-x/README.md`), nor one named for a stage (``_LIFECYCLE_FOLDERS``), nor one of records named
    otherwise (`docs/adrs/old/0001-x.md` beside k3s' records named by their words)."""
    if not any(map(discovery.says_decisions, directory.relative_to(root).parts)):
        return []
    try:
        names = record_names(directory)
    except ReadError:
        return []
    if not names:
        return []
    records_own = {name.split("/", 1)[0] for name in names if "/" in name}
    letters = Counter(map(_letters, names)).most_common(1)[0][0]
    found = []
    for folder in subfolders:
        if folder.name in records_own or folder.name.lower() in _LIFECYCLE_FOLDERS:
            continue
        try:
            held = [name for name in record_names(folder) if "/" not in name]
        except ReadError:
            continue
        if held and all(_named_after(_letters(name), letters) for name in held) \
                and discovery.holds_decisions(str(folder), held):
            found.append(folder)
    return found


# Folders a log keeps its records in by their stage: the log's own, numbered in its sequence even where one
# number is taken twice (BargLabs/cejel's `docs/adr/proposed/0003-x.md` beside `docs/adr/0003-y.md`).
_LIFECYCLE_FOLDERS = KNOWN_STATUSES | {"archive", "archived", "historical", "history", "legacy", "old", "drafts",
                                      "proposals", "inactive"}


def holds_records(directory: Path) -> bool:
    """Whether ``directory`` holds numbered record files of its own (or cannot be listed: then it is left as
    found). Documents named by their words beside folders by stage are none (HengYangDS/ethos' `decision-index.md`
    and `decision-code-links.md` beside `accepted/DR-0001-x.md`)."""
    try:
        names = [name for name in record_names(directory) if "/" not in name]
    except ReadError:
        return True
    return names != slug_names(names)


def _named_after(letters: str, log_letters: str) -> bool:
    """Whether a record named by ``letters`` is named as a log of ``log_letters`` names its records: by the same
    letters, or by them and a word more (`odh-adr-ms` after `odh-adr`), or by their first word and a scope of its
    own (`adr-prap` beside `adr-p`: andreabenetton/nova's scopes); nothing else after nothing."""
    if letters == log_letters:
        return True
    if not log_letters:
        return False
    if letters.startswith(log_letters) and letters[len(log_letters):][:1] in "-_ ":
        return True
    words, log_words = _JOINT.split(letters), _JOINT.split(log_letters)
    return len(words) == len(log_words) == 2 and words[0] == log_words[0]


def _letters(name: str) -> str:
    """What a record's file name opens with before its number, in lower case (`odh-adr` of `ODH-ADR-0001-x.md`,
    `adr-p0ap` of `ADR-P0AP-0001-x.md`, nothing of `0001-x.md`)."""
    number = _NUMBER.search(name)
    return (name[:number.start()] if number else name).lower().rstrip("-_ ")


# A record's number: digits ending a word (those of `P0AP` do not).
_NUMBER = deferred(r"\d+(?=[-_ .]|$)")
_JOINT = deferred(r"[-_ ]")


def _areas(directory: Path, folders: list[Path]) -> list[Path]:
    """Of ``folders`` (subfolders of the log ``directory`` holding record files), the log's areas (``with_areas``):
    none when a number collides, but in a folder named for a stage (``_LIFECYCLE_FOLDERS``: BargLabs/cejel's
    `docs/adr/proposed/0003-x.md` beside `docs/adr/0003-y.md` is a duplicate of one sequence)."""
    own = _numbered(directory)
    if not own:
        return []
    prefixes = {prefix for _, prefix in own}
    taken = {number for number, _ in own}
    areas = []
    for folder in folders:
        numbered = _numbered(folder)
        if not numbered or any(prefix not in prefixes for _, prefix in numbered):
            continue  # date-named files, or numbered as another scheme numbers them (`docs/execplans/10-1-1-x.md`)
        if folder.name.lower() in _LIFECYCLE_FOLDERS:  # a stage of the log's records, whatever numbers it repeats
            areas.append(folder)  # (reported by ADR103 as duplicates of the one sequence)
            continue
        numbers = {number for number, _ in numbered}
        if not numbers.isdisjoint(taken):
            return []
        taken |= numbers
        areas.append(folder)
    return areas


def _numbered(directory: Path) -> list[tuple[int, str]]:
    """(number, prefix in lower case) of each numbered record file of ``directory``."""
    try:
        names = record_names(directory)
    except ReadError:
        return []
    found = []
    for name in names:
        named = parse_name(name)
        if named is not None and named.number is not None:
            found.append((named.number, named.scheme.prefix.lower()))
    return found


# -- what only the whole log tells ------------------------------------------------------------------------


def settle(log: DecisionLog) -> DecisionLog:
    """``log`` with what its records say as a log: the titles of a log that keeps them in front matter; no numbers
    in a log that names its records by a month and day (``_by_month_and_day``)."""
    retitled = _front_matter_titles(log.records)
    if retitled is not None:
        log = dataclasses.replace(log, records=retitled)
    undated = _by_month_and_day(log.records)
    return log if undated is None else dataclasses.replace(log, records=undated)


# A name opening with a month and a day, no year, then words (georgevs/pills' `11-8-backend-config.md`).
_MONTH_AND_DAY = deferred(r"(1[0-2]|0?[1-9])[-_](3[01]|[12]\d|0?[1-9])[-_][^\W\d_]")


def month_and_day(name: str) -> tuple[int, int] | None:
    """The month and day a name opens with, no year (`11-8-x.md`: November 8th), when that day is in that month in
    some year (`2-29-x.md`, never `2-30-x.md`); None for any other name."""
    found = _MONTH_AND_DAY.match(name)
    if found is None:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    return (month, day) if day <= calendar.monthrange(_A_LEAP_YEAR, month)[1] else None


_A_LEAP_YEAR = 2000


def named_by_month_and_day(names: list[str]) -> bool:
    """Whether every one of a log's record ``names`` (one at least) opens with a month and a day, no year."""
    return bool(names) and all(month_and_day(name) for name in names)


def _by_month_and_day(records: tuple[Record, ...]) -> tuple[Record, ...] | None:
    """The records, each named by its file name and numbered none, when every one of them is named by the month and
    day it was written (pills' README: "named by originating date and topic"): `11-8-x.md` and `11-8-y.md` are two
    records of November 8th, not two records numbered 11; in the order of their days (`9-30-x.md` before
    `11-8-y.md`), then names. None for any other log."""
    if not records or not all(record.number is not None and "/" not in record.filename
                              and month_and_day(record.filename) for record in records):
        return None
    undated = [dataclasses.replace(record, number=None, id=record.filename.removesuffix(".md"), heading_number=None)
               for record in records]
    undated.sort(key=lambda record: (month_and_day(record.filename), record.filename))
    return tuple(undated)


# At most one record in so many titled by a heading (or a single one), in a log that keeps its titles in front matter.
_HEADINGS_AMONG_TITLES = 10


def _front_matter_titles(records: Iterable[Record]) -> tuple[Record, ...] | None:
    """The records with their front matter's `title` as their title, when the log keeps titles there: most of
    its records have a `title` key, and nearly all of those no title heading (EIP-style logs, whose `#` headings
    are sections such as `# Abstract`; in decentraland's one record has a heading of its own). None when
    the log is not such a log (rockymountain/dx-vas: half its records titled by a heading, half by front matter
    alone; each keeps its own), or no record's title changes."""
    records = tuple(records)
    titled = [record for record in records if isinstance(record.meta.get("title"), str)]
    if len(titled) * 2 <= len(records):
        return None
    by_heading = sum(1 for record in titled if record.title_line != record.meta_lines.get("title"))
    if by_heading * 2 >= len(titled) or (by_heading > 1 and by_heading * _HEADINGS_AMONG_TITLES > len(titled)):
        return None
    changed = False
    result = []
    for record in records:
        named = record.meta.get("title")
        if isinstance(named, str) and named.strip() and record.title_line != record.meta_lines.get("title"):
            record = _retitled(record, named.strip())
            changed = True
        result.append(record)
    return tuple(result) if changed else None


def _retitled(record: Record, title: str) -> Record:
    from adrtool.records.values import read_title

    return dataclasses.replace(record, title=read_title(title).text, title_line=record.meta_lines.get("title"),
                               heading_number=None)


# The formats a log's records may be written in besides Markdown (a hand-written site's `0001-x.html` too).
_OTHER_FORMATS = (".rst", ".adoc", ".asciidoc", ".txt", ".html", ".htm")


def in_another_format(names: Iterable[str]) -> list[str]:
    """The ``names`` that would be records' if they were Markdown (`0001-x.rst`, `adr-001.rst`), sorted."""
    return sorted(name for name in names if name.lower().endswith(_OTHER_FORMATS)
                  and is_record_name(name[:name.rindex(".")] + ".md"))


def empty_log_note(directory: Path, shown: str) -> str | None:
    """Why a decision directory that holds no record may look as if it did, said in one line naming it as
    ``shown`` (relative to the project root): its records kept by area in subfolders, or written in another format
    (`0001-x.rst`); None when it holds nothing of the kind (a log just started). (Records kept one folder each,
    `2022-02-03-testing/README.md`, are read: ``adrtool.records.log.folder_records``.)"""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return None
    kept = {entry.name: _markdown_in(entry.path) for entry in entries
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith(".")}
    folders = sorted(name for name, (markdown, _) in kept.items() if markdown)
    others = in_another_format(entry.name for entry in entries)
    unnumbered = sorted(entry.name for entry in entries if entry.name.lower().endswith(".md")
                        and not is_record_name(entry.name) and not is_other_document(entry.name))
    if others:
        more = f" and {len(others) - 1} more" if len(others) > 1 else ""
        return (f"{shown}/ holds no Markdown record: its numbered files are in another format "
                f"({others[0]}{more}); adr reads NNNN-title.md")
    for name in sorted(entry.name for entry in entries if entry.name.lower().endswith(".md") and entry.is_file()):
        found = _entries_in(Path(directory, name))
        if found:
            return (f"{shown}/{name} holds {len(found)} decisions as entries of one file ({found[0]} ...), which adr "
                    "does not read as records: it reads one record per NNNN-title.md file")
    if unnumbered:  # `naming.md`: decisions named without numbers (unleash's contributing/ADRs/back-end/)
        more = f" and {len(unnumbered) - 1} more" if len(unnumbered) > 1 else ""
        return (f"{shown}/ holds no record adr can number: its Markdown files ({unnumbered[0]}{more}) "
                "are not named NNNN-title.md")
    if folders:
        more = f" and {len(folders) - 1} more" if len(folders) > 1 else ""
        if not any(numbered for _, numbered in kept.values()) and not any(name[:1].isdigit() for name in folders):
            return (f"{shown}/ holds no record: the Markdown files of its subfolders ({folders[0]}/{more}) "
                    "are not named NNNN-title.md either")
        return (f"{shown}/ holds no record of its own: adr reads the NNNN-title.md files in it, not the "
                f"Markdown files of its subfolders ({folders[0]}/{more})")
    return None


# A heading naming a numbered entry of a one-file decision log (`### DEC-0001`, `## ADR 12: Use x`).
_ENTRY = deferred(r"^(#{2,6})[ \t]+\[?[A-Za-z]{2,10}[-_ ]?\d{1,5}(?![\d.])", re.MULTILINE)


def _entries_in(path: Path) -> list[str]:
    """The headings of ``path`` that name numbered entries of one level, two at least (ArieHein/bh-dev-ops'
    `docs/decisions/decision-log.md`: 27 `### DEC-NNNN` entries, each its date, status and decision); none
    when it holds fewer, or cannot be read."""
    from adrtool import fsio

    try:
        text = fsio.read_text(path).text
    except AdrError:
        return []
    found = list(_ENTRY.finditer(text))
    if not found:
        return []
    level = Counter(match.group(1) for match in found).most_common(1)[0][0]
    headings = [match.group(0).strip() for match in found if match.group(1) == level]
    return headings if len(headings) > 1 else []


def _markdown_in(folder: str) -> tuple[bool, bool]:
    """Whether ``folder`` holds Markdown files, and whether any of them is numbered."""
    markdown = numbered = False
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.lower().endswith(".md"):
                    markdown = True
                    numbered = numbered or is_record_name(entry.name)
    except OSError:
        pass
    return markdown, numbered
