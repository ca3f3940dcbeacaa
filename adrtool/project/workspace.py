"""Where the decision logs are: the project root, its config and its decision directories.

A project usually keeps one log, but some keep several: log4brains packages (`.log4brains.yml`), a
monorepo's per-component `docs/adr`, config `dirs = [...]`. They are read, listed, validated and made due
together, each record labelled with its log (the directory, relative to the project root); `--dir` picks one.
A log may also keep records in subfolders of its directory, numbered in its one sequence (``Workspace.areas``).
Where no name adrtool knows finds a log, ``adrtool.project.discovery`` looks further.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import AdrError, NotFound, ReadError, UsageError
from adrtool.project import discovery
from adrtool.project.config import Config, beyond_the_project, find_config, load_toml, written_path

CONVENTIONAL_NAMES = discovery.CONVENTIONAL_NAMES
CONVENTIONAL_BASES = ("", "doc/", "docs/", "doc/architecture/", "docs/architecture/", "architecture/")
_FIRST = ("decisions", "doc/adr", "docs/adr", "docs/decisions")  # adrtool's, adr-tools', MADR's: first, as ever
# Where a log is looked for, in this order, when neither --dir, config, `.adr-dir` nor `.log4brains.yml` names it:
# a directory named as teams name a log (``discovery.CONVENTIONAL_NAMES``) at the project root, or under doc(s)/,
# doc(s)/architecture/ or architecture/.
CONVENTIONAL_DIRS = _FIRST + tuple(base + name for base in CONVENTIONAL_BASES for name in CONVENTIONAL_NAMES
                                   if base + name not in _FIRST)
# A log kept hidden at the root (sciety/sciety's and SigNoz's `.adr/0001-x.md`): a log only once it holds records
# (another tool may keep its settings there).
HIDDEN_DIR = ".adr"
DEFAULT_DIR = "decisions"
ADR_DIR_FILE = ".adr-dir"  # adr-tools' file naming the decision directory
LOG4BRAINS_FILE = ".log4brains.yml"  # log4brains: `project.adrFolder` and its `packages`' `adrFolder`s
ADRS_FILE = "adrs.toml"  # the adrs tool's: its top-level `adr_dir`, preferred there to a `.adr-dir` beside it
# phodal/adr's config, `{"language": "zh-cn", "path": "docs/adr/", "prefix": "", "digits": 4}`: its `path`, relative to
# the file (phodal/adr reads it in the directory it runs in, the project's root, and writes `docs/adr/` there)
ADR_JSON_FILE = ".adr.json"
# The .NET tools' files at the root: dotnet-adr's and adr-cli's `adr.config.json` name the log by `path`
# (`"./Docs/Adr"`, `"docs\\adr"`; gjkaal's adr-cli writes `Path`), dotADR's `dotadr.json` by `directory`
# (`"./doc/adr"`), relative to the file; a folder named so that does not exist is the log to start there.
ADR_CONFIG_JSON_FILE = "adr.config.json"
DOTADR_FILE = "dotadr.json"
# The key naming the directory in each JSON file (read whatever its case: the .NET tools' readers ignore it).
_JSON_KEYS = {ADR_JSON_FILE: "path", ADR_CONFIG_JSON_FILE: "path", DOTADR_FILE: "directory"}
# files up the tree that decide where the log is
DISCOVERY_FILES = (ADRS_FILE, ADR_DIR_FILE, ADR_JSON_FILE, ADR_CONFIG_JSON_FILE, DOTADR_FILE, LOG4BRAINS_FILE)
# Version control's own directories (or a worktree's `.git` file): never a log's, never written into.
VCS_DIRS = (".git", ".hg", ".svn")
# A monorepo's components are looked through (two levels down): their logs are the project's when the root
# holds none, and are read beside the root's conventional log when they hold numbered records; directories of
# code, dependencies or test data (``discovery.NOT_COMPONENTS``) are not components.
_COMPONENT_DEPTH = 2
# The ways a log was found whose answer the answer store may keep: it watches the files and names these look at
# (the conventional names by kind, the naming files by stat), not the components', the other tools' files, a
# conventional directory's subfolders, nor what a search of the tree would find.
# The files of other tools that name a project's log (adrs', adr-tools', phodal's, the .NET tools', log4brains').
_TOOL_FILES = frozenset(DISCOVERY_FILES)
_WATCHED_WAYS = frozenset({"--dir", "config", *DISCOVERY_FILES, "convention", "default"})
_HINTED = 4  # the folders of records numbered after letters a line names at most
_LISTING_WAYS = frozenset({"config", LOG4BRAINS_FILE})  # the ways the user lists several logs, theirs first
# Why a log was taken of several, said where a record is written (``Workspace.taken_because``): the log a conventional
# name finds holding the most records, beside others under such names (goneat's `docs/architecture/decisions` beside
# the `docs/crucible-go/architecture/decisions` it syncs in); log4brains' project log beside its packages' (log4brains
# itself asks which package a new record is of).
_MOST_RECORDS = "the one holding the most records"
_THE_ROOTS_OWN = "the one under a name adr looks for, not a component's"
_LOG4BRAINS_PROJECT = "the log4brains project's own, not a package's (log4brains asks which)"


@dataclass(frozen=True)
class LogDir:
    """One decision directory of the project, and the label its records carry."""

    directory: Path
    label: str  # the directory relative to the project root (`docs/adr`, `packages/core/docs/adr`)
    # For an area of a log (``Workspace.areas``): the log's directory, whose label it carries; None for a log.
    area_of: Path | None = None


@dataclass(frozen=True)
class Workspace:
    config: Config
    decision_dir: Path  # the first (usually the only) log: where `adr new` and `adr index` write
    # "--dir", "config", ".adr-dir", ".log4brains.yml", "convention", "subfolders" (of a conventional directory
    # that holds no record of its own), "components", "workspace.dsl" (structurizr's `!adrs`),
    # "catalog-info.yaml" (Backstage's `backstage.io/adr-location`), "search" (directories that look like a log),
    # "root" (the project's root is the log) or "default"
    how_found: str
    # The directory as --dir, config or `.adr-dir` named it, before symlinks were resolved: whatever was
    # worked out from the workspace holds only while this still resolves to ``decision_dir``.
    named_dir: Path | None = None
    others: tuple[Path, ...] = ()  # the project's other logs, read together with ``decision_dir``
    # Of several logs, the one a command that needs one takes (`adr new` writes there, `adr show 3` means its
    # record 3): the log whose component holds the current directory, else the root's own log beside its
    # components' (``locate``); None when nothing singles one out (peer logs, seen from the root).
    home: Path | None = None
    # The directory --dir, config or `.adr-dir` named, when it holds no record of its own and its subfolders'
    # were read (``discovery.nested_logs``): said on every reading.
    read_below: Path | None = None
    # Directories a search of the tree listed to find the logs: an answer kept holds while none changes.
    watched: tuple[Path, ...] = ()
    # (subfolder, log) for each subfolder of a log's directory read as part of that log, its records numbered
    # in the log's one sequence (EdgeX's `docs_src/design/adr/security/`, cloud-sdk-js' `adr/outdated/`): which
    # are is worked out from the records' numbers, a layer up (``adrtool.records.logs.with_areas``).
    areas: tuple[tuple[Path, Path], ...] = ()
    # Of several logs, why the one a command takes (``own_dir``) was taken, when neither the user nor the current
    # directory chose it: a rule of adr's ("it holds the most records"), said where a record is written there.
    taken_because: str = ""
    # The log a file names (and the file), when the current directory is in a folder of records outside it, which
    # is read instead (aws-samples' `docs/architecture/decisions/`, `.adr-dir` still naming the `docs/adr/` of its
    # first `adr init`): said on every reading.
    instead_of: tuple[Path, str] | None = None
    # Folders under conventional names holding records outside the log a file names (the same, seen from the root).
    outside: tuple[Path, ...] = ()
    # Folders a name adr looks for found that lead outside the project through a symbolic link (a component's
    # `decisions -> /tmp`), as found: not read, said on every reading, --dir may name one.
    leading_out: tuple[Path, ...] = ()

    def __post_init__(self) -> None:
        """Two names of one folder are one log, read once and indexed once: a component's `docs/adr` kept as a
        link to another's resolves to the same directory (every way a log is found resolves it)."""
        distinct = tuple(dict.fromkeys(other for other in self.others if other != self.decision_dir))
        if distinct != self.others:
            object.__setattr__(self, "others", distinct)

    @property
    def root(self) -> Path:
        return self.config.root

    @property
    def exists(self) -> bool:
        return self.decision_dir.is_dir()

    @functools.cached_property
    def logs(self) -> tuple[LogDir, ...]:
        """Every directory of the project's logs: each log's, the first being ``decision_dir``, then the areas
        (each labelled as its log)."""
        logs = tuple(LogDir(directory, self.relative(directory)) for directory in (self.decision_dir, *self.others))
        if not self.areas:
            return logs
        labels = {log.directory: log.label for log in logs}
        return (*logs, *(LogDir(area, labels[log], log) for area, log in self.areas))

    @property
    def several(self) -> bool:
        """Whether the project keeps more than one log (a log's areas are part of it)."""
        return bool(self.others)

    @property
    def own_dir(self) -> Path:
        """The log a command that needs one takes: ``home``, else the first."""
        return self.home if self.home is not None else self.decision_dir

    @property
    def listed(self) -> bool:
        """Whether the user listed the project's logs, the first theirs to write in (config `dirs`, log4brains'
        project folder before its packages'): one set, indexed together."""
        return self.how_found in _LISTING_WAYS and self.read_below is None

    @property
    def peers(self) -> bool:
        """Whether the project keeps several logs and nothing singles out the one a command that needs one takes:
        the current directory is in none, no log is the root's own or holds the others, and the user listed
        none first (stage folders, a monorepo's components seen from the root). Taking the first would write a
        record in a log picked by the order of its path, under a number another log may hold."""
        return self.several and self.home is None and not self.listed

    @property
    def labels(self) -> tuple[str, ...]:
        """Each log's label, as listings name it (a log's areas are part of it)."""
        return tuple(log.label for log in self.logs if log.area_of is None)

    def with_home(self, label: str) -> Workspace:
        """This workspace with the log labelled ``label`` (as listings name it) as the one a command that needs one
        takes: what `--dir` does, the other logs still read."""
        for log in self.logs:
            if log.area_of is None and log.label == label.strip().rstrip("/"):
                return dataclasses.replace(self, home=log.directory)
        raise UsageError(f"no log {label!r} here; the logs are {', '.join(self.labels)}")

    def taken_line(self, did: str, elsewhere: str) -> str | None:
        """The line saying which of several logs a writing command took and why (``did``: what it did there, such as
        `wrote in`; ``elsewhere``: how to write in another), when nothing the user did or the current directory
        singled it out; None when something did."""
        where = self.relative(self.own_dir)
        if self.peers:
            return self.peers_line(f"{did} {where}, the first: {elsewhere}")
        if self.several and self.taken_because:
            labels = self.labels
            return f"{len(labels)} logs here ({', '.join(labels)}); {did} {where}, {self.taken_because}: {elsewhere}"
        return None

    def peers_line(self, rest: str) -> str:
        """The line that names the logs nothing singles out (``peers``), then ``rest``: what a command did or
        would not do."""
        labels = self.labels
        return f"{len(labels)} logs here ({', '.join(labels)}), and the current directory is in none of them; {rest}"

    def alone(self, directory: Path) -> Workspace:
        """The workspace of the log ``directory`` alone, with its areas: what that log's own index is of."""
        return dataclasses.replace(self, decision_dir=directory, named_dir=None, others=(), home=None,
                                   read_below=None, areas=tuple(pair for pair in self.areas if pair[1] == directory))

    @property
    def replayable(self) -> bool:
        """Whether an answer worked out here may be kept by the answer store, which watches one directory, the
        files that locate it and ``watched``: not for several logs, nor for logs found by looking into
        directories."""
        return not self.others and not self.areas and self.how_found in _WATCHED_WAYS and self.read_below is None

    def read_below_note(self) -> str:
        """What to say of a named directory whose subfolders were read."""
        below = self.read_below
        assert below is not None
        read = ", ".join(f"{self.relative(log.directory)}/" for log in self.logs if log.area_of is None)
        return f"{self.relative(below)}/ (named by {self.how_found}) holds no record of its own; reading {read}"

    def instead_note(self) -> str:
        """What to say of a folder of records read instead of the log a file names (``instead_of``)."""
        assert self.instead_of is not None
        named, by = self.instead_of
        return (f"reading {self.relative(self.decision_dir)}/, the folder of records the current directory is in, "
                f"not {self.relative(named)}/, the log {by} names")

    def outside_note(self) -> str | None:
        """The line naming the folders of records outside the log a file names (``outside``), or None."""
        if not self.outside:
            return None
        folders = [self.relative(folder) for folder in self.outside]
        if len(folders) == 1:
            return (f"{folders[0]}/ holds records outside {self._relative_dir}/, the log {self.how_found} names: "
                    f"pass --dir {folders[0]} to read them")
        return (f"{', '.join(folder + '/' for folder in folders)} hold records outside {self._relative_dir}/, the log "
                f"{self.how_found} names: pass --dir with one of them to read its records")

    def leading_out_note(self) -> str | None:
        """The line naming the folders passed over as leading outside the project (``leading_out``), or None."""
        if not self.leading_out:
            return None
        folders = [self.relative(folder) for folder in self.leading_out]
        if len(folders) == 1:
            return (f"{folders[0]}/ leads outside the project (to {self.leading_out[0].resolve()}) through a symbolic "
                    f"link: not read; pass --dir {self.shown(self.leading_out[0])} to read it")
        return (f"{', '.join(folder + '/' for folder in folders)} lead outside the project through symbolic links: "
                "not read; pass --dir with one of them to read it")

    def relative(self, path: Path) -> str:
        """``path`` as shown to users and in JSON: relative to the project root when inside it."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def shown(self, path: Path) -> str:
        """``path`` as text output names it: relative to the current directory, as git prints paths
        (`../decisions/0001-x.md` from a subdirectory); JSON keeps ``relative``'s, from the project root."""
        parent, name = path.parent, path.name
        if str(parent) == self._dir_text:
            return self.shown_in_dir(name)
        return _relative_to(path, self._cwd)

    def shown_in_dir(self, filename: str) -> str:
        """A record file's path as text output names it, without working it out per record."""
        return filename if self._shown_dir == "." else f"{self._shown_dir}/{filename}"

    @functools.cached_property
    def _cwd(self) -> str:
        return os.getcwd()

    @functools.cached_property
    def _shown_dir(self) -> str:
        return _relative_to(self.decision_dir, self._cwd)

    def holds(self, directory: Path) -> bool:
        """Whether ``directory`` is the decision directory (compared as strings: pathlib equality is slow)."""
        return directory is self.decision_dir or str(directory) == self._dir_text

    @functools.cached_property
    def _dir_text(self) -> str:
        return str(self.decision_dir)

    def relative_in_dir(self, filename: str) -> str:
        """A record file's path as shown to users, without building a Path per record."""
        return filename if self._relative_dir == "." else f"{self._relative_dir}/{filename}"

    @functools.cached_property
    def _relative_dir(self) -> str:
        return self.relative(self.decision_dir)

    @property
    def named_by_a_tool(self) -> bool:
        """Whether another tool's file names the log's directory (`adrs.toml`, `.adr-dir`, ...)."""
        return self.how_found in _TOOL_FILES

    def _lettered_hint(self) -> str:
        """The folders of decisions numbered after a category's letters no search takes for a log
        (``discovery.lettered_folders``), as the end of the line saying no log was found; "" when there are none."""
        found = discovery.lettered_folders(self.root)
        if not found:
            return ""
        shown = [f"{self.relative(folder)}/ ({name})" for folder, name in found[:_HINTED]]
        more = f" and {len(found) - _HINTED} more" if len(found) > _HINTED else ""
        return f" with one of the folders of records numbered after letters: {', '.join(shown)}{more}"

    def require_dir(self) -> Path:
        for directory in self.others:
            if not directory.is_dir():
                raise NotFound(f"decision directory {self.relative(directory)} does not exist (named by "
                               f"{self.how_found})")
        if self.decision_dir.is_dir():
            return self.decision_dir
        shown = self.relative(self.decision_dir)
        if self.how_found == "default":
            looked = ", ".join(f"{name}/" for name in _FIRST)
            raise NotFound(f"no decision log found under {self.root} (looked for {looked}, adr/, "
                           "architecture-decision-records/ ..., the files that name one: .adr-dir, adrs.toml, "
                           f".adr.json, {ADR_CONFIG_JSON_FILE}, {DOTADR_FILE}, .log4brains.yml, "
                           f"{discovery.STRUCTURIZR_FILE}, {discovery.BACKSTAGE_FILES[0]}, and directories of "
                           f"numbered records up to {discovery.SEARCH_DEPTH} levels down, hidden ones last); run "
                           f"`adr init` or pass --dir{self._lettered_hint()}")
        if self.decision_dir.exists():
            raise NotFound(f"decision directory {shown} is not a directory")
        hint = self._where_the_log_is(shown) if self.named_by_a_tool else ""
        raise NotFound(f"decision directory {shown} does not exist (named by {self.how_found}){hint}")

    def _where_the_log_is(self, shown: str) -> str:
        """What to do when the directory a tool's file names does not exist: where its records are (the folder of
        its path but for the letters' case or leading folders, ``named_elsewhere``; else the log a search finds
        whose path is nearest the name: `.adr-dir` saying `docs/decisons` of `docs/decisions`), which `adr init`
        would leave beside a second, empty one; else start it there."""
        import difflib

        named = self.decision_dir
        elsewhere = self.named_elsewhere()
        nearest = self.relative(elsewhere) if elsewhere is not None else None
        above = next((parent for parent in named.parents if parent.is_dir()), None)
        if nearest is None and above is not None and (above == self.root or self.root in above.parents):
            beside = [path.name for path in discovery.subdirectories(above) if _holds_a_record(path)]
            close = difflib.get_close_matches(named.relative_to(above).parts[0], beside, n=1, cutoff=_MISSPELT)
            nearest = self.relative(above / close[0]) if close else None
        for hidden in (False, True):
            if nearest is None and (found := [self.relative(path) for by_content in (False, True)
                                              for path in discovery.searched_logs(self.root, by_content,
                                                                                  hidden=hidden)
                                              if path.resolve() not in self.others]):  # (another it names)
                nearest = max(found, key=lambda path: difflib.SequenceMatcher(None, path, shown).ratio())
        if nearest is None:
            return "; run `adr init` to start it there"
        return f"; the records are in {nearest}/: fix {self.how_found}, or pass --dir {nearest}"

    def named_elsewhere(self) -> Path | None:
        """Of a log another tool's file names that does not exist, the folder holding records whose path from the
        root is the named one's but for the letters' case (`./Docs/Adr` of `docs/adr`, as Windows reads it), or
        but for its leading folders, the longest such tail first: AquaWallet's `.adr-dir` names
        `exclude-from-public-repo/doc/architecture/decisions`, a folder its public mirror keeps as
        `doc/architecture/decisions`. Where it is, `adr init` starts no second log."""
        if not self.named_by_a_tool or self.decision_dir.exists():
            return None
        try:
            parts = self.decision_dir.relative_to(self.root).parts
        except ValueError:
            return None
        for start in range(len(parts)):
            found = _folder_ignoring_case(self.root, parts[start:])
            if found is not None and found != self.decision_dir and _holds_a_record(found):
                return found
        return None


def _folder_ignoring_case(root: Path, parts: tuple[str, ...]) -> Path | None:
    """The folder below ``root`` of ``parts``, each the folder so named or, when there is none, one named so in
    other letters' case (the first, in order of their paths); None when a part is neither."""
    folder = root
    for part in parts:
        found = folder / part if (folder / part).is_dir() else \
            next((path for path in discovery.subdirectories(folder) if path.name.lower() == part.lower()), None)
        if found is None:
            return None
        folder = found
    return folder


def _holds_a_record(folder: Path) -> bool:
    try:
        return any(map(discovery.record_like, os.listdir(folder)))
    except OSError:
        return False


# How near a folder's name must be to the one a tool's file names (`decisons` of `decisions`) to be taken for it.
_MISSPELT = 0.8


def vcs_part(path: Path, root: Path) -> str | None:
    """The version control directory (`.git`, `.hg`, `.svn`) that ``path``, below ``root``, is or lies in; None
    when it is in none. Both resolved."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return None
    return next((part for part in parts if part.lower() in VCS_DIRS), None)


def _relative_to(path: Path, start: str) -> str:
    try:
        return Path(os.path.relpath(path, start)).as_posix()
    except ValueError:  # another drive (Windows)
        return path.as_posix()


def locate(start: Path, dir_option: str | None = None) -> Workspace:
    """Find the decision logs as a user of adr-tools, MADR, log4brains or pyadr would expect."""
    return _without_copies(_located(start, dir_option), start)


def _located(start: Path, dir_option: str | None) -> Workspace:
    config = find_config(start)
    if dir_option is not None:
        named = start / dir_option
        return Workspace(config, _outside_vcs(named.resolve(), config.root, "--dir"), "--dir", named)
    if config.dirs:
        first, *others = (_inside(path.resolve(), config.root, f"`dirs` in {config.source}") for path in config.dirs)
        return at_home(Workspace(config, first, "config", config.dirs[0], tuple(others)), start)
    if config.dir is not None:
        return _named(config, _inside(config.dir.resolve(), config.root, f"`dir` in {config.source}"), "config",
                      config.dir)
    marker, adr_dir = _find_discovery_file(start.resolve(), config.root)
    if marker is not None and adr_dir is not None:  # `.adr-dir`, `adrs.toml`'s `adr_dir`, a JSON file's path
        named_log = _named(config, _inside(adr_dir.resolve(), config.root, marker.name), marker.name, adr_dir)
        return _beside_the_named(named_log, start.resolve())
    if marker is not None:
        folders = _log4brains_folders(marker)
        folders = folders[:1] + [folder for folder in folders[1:] if folder.is_dir()]  # a package without one yet
        if folders:
            first, *others = (_inside(path.resolve(), config.root, LOG4BRAINS_FILE) for path in folders)
            return at_home(Workspace(config, first, LOG4BRAINS_FILE, folders[0], tuple(others),
                                     taken_because=_LOG4BRAINS_PROJECT if others else ""), start)
    listed: list[Path] = []  # the directories the components' search lists
    found = sorted(_component_logs(config.root, listed), key=str)
    conventional = [(name, config.root / name) for name in CONVENTIONAL_DIRS if (config.root / name).is_dir()]
    hidden = config.root / HIDDEN_DIR
    if hidden.is_dir() and any(discovery.record_like(file) for file in _names(hidden)):
        conventional.append((HIDDEN_DIR, hidden))
    leading_out = [(path, f"the component log {path}") for path in found if not _within(path, config.root)] + \
        [(path, f"the name {name}/") for name, path in conventional if not _within(path, config.root)]
    components = [_inside(path.resolve(), config.root, f"the component log {path}")
                  for path in found if _within(path, config.root)]
    conventional = [(name, path) for name, path in conventional if _within(path, config.root)]
    workspace = _found_by_names(config, start, listed, components, conventional)
    if not leading_out:
        return workspace
    if workspace.how_found == "default":  # no other log: the link is refused as the log it would be
        path, named_by = leading_out[0]
        _inside(path.resolve(), config.root, named_by)
    return dataclasses.replace(workspace, leading_out=tuple(path for path, _ in leading_out))


def _within(path: Path, root: Path) -> bool:
    """Whether ``path`` lies inside the project ``root`` once resolved (a symbolic link on the way followed)."""
    resolved, root = path.resolve(), root.resolve()
    return resolved == root or root in resolved.parents


def _found_by_names(config: Config, start: Path, listed: list[Path], components: list[Path],
                    conventional: list[tuple[str, Path]]) -> Workspace:
    """The logs of the project when no file names one: under the names adr looks for at the root (``conventional``)
    and in its components (``components``, resolved), else those found without a name; else the default."""
    if conventional:
        conventional = _distinct(conventional + _deeper_conventional(config.root, {path for _, path in conventional},
                                                                     listed))
        name, candidate, beside = _largest_conventional(conventional)
        directory = _inside(candidate.resolve(), config.root, f"the name {name}/")
        nested = discovery.nested_logs(directory, strays=True)
        own = [path for path in components if any(discovery.record_like(file) for file in _names(path))]
        beside = [_inside(path.resolve(), config.root, f"the name {path}/") for path in _with_nested(beside)]
        if nested:
            first, *others = nested
            return at_home(Workspace(config, first, "subfolders", first, (*others, *beside, *own)), start)
        if own or beside:  # the root's log, and other logs beside it: under another name, or its components'
            because = _MOST_RECORDS if beside else _THE_ROOTS_OWN
            return at_home(Workspace(config, directory, "convention", candidate, (*beside, *own), home=directory,
                                     taken_because=because), start)
        others_named = [path for _, path in conventional if path != candidate]  # a first record there shows
        return Workspace(config, directory, "convention", candidate, watched=(*listed, *others_named))
    if components:
        first, *others = sorted(components + _logs_beside(components, config.root), key=str)
        return at_home(Workspace(config, first, "components", None, tuple(others)), start)
    found = _found_without_a_name(config)
    if found is not None:
        return at_home(found, start)
    if (waiting := _adr_json_to_be_made(start.resolve(), config.root)) is not None:  # `adr init` starts it there
        marker, named = waiting
        return _named(config, _inside(named.resolve(), config.root, marker.name), marker.name, named)
    default = config.root / DEFAULT_DIR
    return Workspace(config, _inside(default.resolve(), config.root, f"the name {DEFAULT_DIR}/"), "default",
                     default)


def _beside_the_named(workspace: Workspace, here: Path) -> Workspace:
    """``workspace``, the log a file names, or the folder of records the current directory ``here`` is in when that
    is outside it (``Workspace.instead_of``); else with the folders under conventional names that hold records
    outside it (``Workspace.outside``), where the search would find them had no file named one. A log adr-tools
    would never see beside the one its `.adr-dir` names (aws-samples/aws-iam-identity-center-extensions keeps most of
    its records in `docs/architecture/decisions/`) is then said, or read from inside it."""
    root = workspace.root.resolve()
    named = (workspace.decision_dir, *workspace.others)
    if not named[0].is_dir():
        return workspace
    folder = _folder_of_records_at(here, root, named)
    if folder is not None:
        return Workspace(workspace.config, folder, "here", folder,
                         instead_of=(workspace.decision_dir, workspace.how_found))
    listed: list[Path] = []
    present = [path for name in CONVENTIONAL_DIRS if (path := root / name).is_dir()]
    present += [path for _, path in _deeper_conventional(root, set(present), listed)]
    outside = [folder for folder in dict.fromkeys(path.resolve() for path in present)
               if _apart(folder, named) and _within(folder, root)
               and any(discovery.record_like(file) for file in _names(folder))]
    if not outside and not listed and not present:
        return workspace
    return dataclasses.replace(workspace, outside=tuple(outside), watched=(*workspace.watched, *present, *listed))


def _folder_of_records_at(here: Path, root: Path, named: tuple[Path, ...]) -> Path | None:
    """The folder of records the current directory ``here`` is (or is in), below ``root`` and apart from the
    ``named`` logs; None when it is in none."""
    folder = here
    while folder != root and root in folder.parents:
        if not _apart(folder, named):
            return None
        files = _names(folder)
        if discovery.looks_like_log(folder.name, files) or discovery.reads_like_log(files, str(folder)):
            return folder
        folder = folder.parent
    return None


def _apart(folder: Path, logs: tuple[Path, ...]) -> bool:
    """Whether ``folder`` is none of ``logs``, in none, and holds none."""
    return all(folder != log and log not in folder.parents and folder not in log.parents for log in logs)


def _without_copies(workspace: Workspace, start: Path) -> Workspace:
    """``workspace`` without the logs whose records are each a link to a record of another of its logs: a stage's
    folder kept as links to an earlier stage's records (`etape4/adr-001-e.md -> ../etape1/adr-001-e.md`) is that
    log's records again, not one more log holding their numbers."""
    if not workspace.several:
        return workspace
    logs = (workspace.decision_dir, *workspace.others)
    every = frozenset(logs)
    kept = [log for log in logs if not _links_into_others(log, every)]
    if len(kept) == len(logs) or not kept:
        return workspace
    first = kept[0]
    named = workspace.named_dir if first == workspace.decision_dir else first
    home = workspace.home if workspace.home in kept else None
    return at_home(dataclasses.replace(workspace, decision_dir=first, named_dir=named, others=tuple(kept[1:]),
                                       home=home), start)


def _links_into_others(directory: Path, logs: frozenset[Path]) -> bool:
    """Whether ``directory`` holds records, each a symbolic link to a file in another of ``logs``."""
    try:
        with os.scandir(directory) as entries:
            records = [entry for entry in entries if discovery.record_like(entry.name)]
    except OSError:
        return False
    return bool(records) and all(entry.is_symlink() and (linked := Path(os.path.realpath(entry.path)).parent) in logs
                                 and linked != directory for entry in records)


def _distinct(present: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """``present`` without a directory met before under another spelling: on a file system that ignores case,
    `docs/adr` and `docs/ADR` (or `DECISIONS`) are one directory, read once."""
    if len(present) < 2:
        return present
    seen: set[tuple[int, int]] = set()
    kept = []
    for name, path in present:
        try:
            status = path.stat()
        except OSError:
            continue
        if (status.st_dev, status.st_ino) not in seen:
            seen.add((status.st_dev, status.st_ino))
            kept.append((name, path))
    return kept


def _largest_conventional(present: list[tuple[str, Path]]) -> tuple[str, Path, list[Path]]:
    """Of the directories under a conventional name (in the order of CONVENTIONAL_DIRS): the log, and the
    others that hold records, of their own or in their subfolders, to be read beside it (`docs/adr/` with one
    record beside `docs/decisions/` with eleven; thyags/method-ceip's `adr/accepted/0005-x.md` beside
    `docs/adr/0001-x.md`). The log is the one holding the most records (the first of those holding as many): where
    a new record goes; without records anywhere, the first."""
    if len(present) == 1:  # the usual case: one, nothing to count
        return present[0][0], present[0][1], []
    own = [sum(1 for file in _names(path) if discovery.record_like(file)) for _, path in present]
    counts = [count or _nested_records(path) for count, (_, path) in zip(own, present)]
    best = max(range(len(present)), key=lambda index: (counts[index], -index))
    name, log = present[best]
    beside = [path for index, (_, path) in enumerate(present) if index != best and counts[index]
              and log not in path.parents and path not in log.parents]
    return name, log, beside


def _deeper_conventional(root: Path, found: set[Path], listed: list[Path]) -> list[tuple[str, Path]]:
    """The directories under a conventional name deeper in the root's documentation (`docs/04-architecture/adr`,
    `docs/apps/adr` beside `docs/architecture/decisions`, as PoliticalSphere/political-sphere keeps three logs),
    up to ``_DOCS_DEPTH`` levels below `doc/`, `docs/` or `architecture/`, that hold records of their own: logs
    of the project as much as the one the conventional names find. A conventional directory is not looked into
    (its subfolders are its areas); nor are hidden ones, symbolic links, or those of ``discovery.NOT_COMPONENTS``.
    Nothing once ``_DOCS_LIMIT`` directories were listed: a documentation tree that big is not looked through.
    ``listed`` is told every directory listed."""
    level = [path for name in _DOCS_BASES if (path := root / name).is_dir() and not path.is_symlink()]
    deeper: list[tuple[str, Path]] = []
    seen = len(level)
    names = frozenset(CONVENTIONAL_NAMES)
    for _ in range(_DOCS_DEPTH):
        below = []
        for folder in level:
            listed.append(folder)
            for sub in discovery.subdirectories(folder):
                seen += 1
                if seen > _DOCS_LIMIT:
                    return []
                if sub.name not in names:
                    below.append(sub)
                    continue
                listed.append(sub)  # a first record there makes it a log
                if sub not in found and any(discovery.record_like(file) for file in _names(sub)):
                    deeper.append((sub.relative_to(root).as_posix(), sub))
        level = below
    return deeper


_DOCS_BASES = ("doc", "docs", "architecture")  # where the conventional names' bases are
_DOCS_DEPTH = 3
_DOCS_LIMIT = 500


def _with_nested(directories: list[Path]) -> list[Path]:
    """``directories``, each holding no record of its own replaced by the logs of its subfolders."""
    logs: list[Path] = []
    for directory in directories:
        nested = [] if any(map(discovery.record_like, _names(directory))) \
            else discovery.nested_logs(directory.resolve(), strays=True)
        logs += nested or [directory]
    return logs


def _nested_records(directory: Path) -> int:
    """The records a directory holding none of its own keeps in its subfolders (``discovery.nested_logs``)."""
    return sum(sum(1 for file in _names(log) if discovery.record_like(file))
               for log in discovery.nested_logs(directory.resolve(), strays=True))


def _named(config: Config, directory: Path, how: str, named: Path) -> Workspace:
    """The log a name (config `dir`, `.adr-dir`) gives: the directory, or, when it holds no record of its own
    but its subfolders do (`docs/architecture-decisions/records/0001-x.md` beside `index.md`), those, as for a
    conventional directory (``discovery.nested_logs``)."""
    nested = discovery.nested_logs(directory) if directory.is_dir() else []
    if not nested:
        return Workspace(config, directory, how, named)
    first, *others = nested
    return Workspace(config, first, how, first, tuple(others), read_below=directory)


def at_home(workspace: Workspace, start: Path) -> Workspace:
    """``workspace`` with the log the current directory singles out as its ``home`` (kept when none does).

    Each log owns the folders from its directory up to, not including, the first that also holds another
    log or is the root (`packages/billing/` for `packages/billing/docs/adr` beside `packages/core/docs/adr`);
    the current directory belongs to the log that owns it, the nearest if several do (`adr/team/` inside
    `adr/`)."""
    if not workspace.several:
        return workspace
    root = workspace.root.resolve()
    here = start.resolve()
    directories = list(dict.fromkeys(log.directory for log in workspace.logs if log.area_of is None))
    holding = Counter(folder for directory in directories for folder in (directory, *directory.parents))
    best: tuple[int, Path] | None = None
    for directory in directories:
        region = directory  # (its parent holds another log where more than this one are at or below it)
        while region.parent != root and root in region.parent.parents and holding[region.parent] == 1:
            region = region.parent
        if (here == region or region in here.parents) and (best is None or len(region.parts) > best[0]):
            best = (len(region.parts), directory)
    if best is None:
        return _holding_the_others(workspace)
    return dataclasses.replace(workspace, home=best[1], taken_because="")


def _holding_the_others(workspace: Workspace) -> Workspace:
    """``workspace`` with the log whose folder holds every other log as its ``home``, when there is one and it has
    none yet: the project's log, its subfolders' the components' (opendatahub-io's `architecture-decision-records/`
    beside `automl/` and `model-serving/` numbered on their own)."""
    first = workspace.decision_dir
    if workspace.home is not None or not all(first in other.parents for other in workspace.others):
        return workspace
    return dataclasses.replace(workspace, home=first)


def _found_without_a_name(config: Config) -> Workspace | None:
    """A log named by another tool's file (structurizr's `workspace.dsl`, Backstage's `catalog-info.yaml`),
    else the directories a search finds, else the root itself: ways tried only when no name adrtool knows
    found a log (``adrtool.project.discovery``). A named directory that does not exist is passed over."""
    root = config.root
    for how, named in ((discovery.STRUCTURIZR_FILE, discovery.structurizr_dirs),
                       (discovery.BACKSTAGE_FILES[0], discovery.backstage_dirs)):
        existing = [path for path in named(root) if path.is_dir()]
        if existing:
            resolved = [_inside(path.resolve(), root, f"{how} ({path})") for path in existing]
            first, *others = dict.fromkeys(resolved)  # two names of one directory: one log
            return Workspace(config, first, how, existing[0], tuple(others))
    begun: list[Path] = []  # a log not yet begun the search by names met (``discovery._not_begun``)
    for by_content in (False, True):  # by names first, then by what the records say
        searched = discovery.searched_logs(root, by_content, None if by_content else begun)
        if searched:
            return _found_by_search(config, searched)
        if discovery.root_is_log(root, by_content):
            return Workspace(config, _inside(root.resolve(), root, "the root"), "root", root)
        if begun:
            return Workspace(config, _inside(begun[0].resolve(), root, f"the search ({begun[0]})"), "search",
                             begun[0])
    for by_content in (False, True):  # a log kept where a coding agent keeps its notes (`.claude/adr/`)
        searched = discovery.searched_logs(root, by_content, hidden=True)
        if searched:
            return _found_by_search(config, searched)
    return None


def _found_by_search(config: Config, searched: list[Path]) -> Workspace:
    """The workspace of the logs a search found: the first, the others read beside it."""
    first, *others = (_inside(path.resolve(), config.root, f"the search ({path})") for path in searched)
    return Workspace(config, first, "search", searched[0], tuple(others))


def _inside(directory: Path, root: Path, named_by: str) -> Path:
    """A decision directory found in files of the project (config, `.adr-dir`, or a conventional name that a
    symbolic link of the repository, `decisions -> /elsewhere` or `doc -> /elsewhere`, may point anywhere)
    must lie inside it once resolved; only --dir, typed by the user, may point elsewhere (a cloned
    repository must not make adrtool write to, say, ~/.ssh). The directory is resolved here, once: every
    command then works in the directory it names."""
    root = root.resolve()
    if directory != root and root not in directory.parents:
        raise UsageError(f"the decision directory {directory} named by {named_by} is outside the project "
                         f"{root}; pass --dir to use it")
    return _outside_vcs(directory, root, named_by)


def _outside_vcs(directory: Path, root: Path, named_by: str) -> Path:
    """A decision directory (resolved) that is not in version control's own directory (`.git`, `.hg`, `.svn`),
    where `adr new` would write records among git's files; below the project's root, or anywhere for one --dir
    names outside it."""
    root = root.resolve()
    vcs = vcs_part(directory, root if directory.is_relative_to(root) else Path(directory.anchor))
    if vcs is not None:
        shown = directory.relative_to(root).as_posix() if directory.is_relative_to(root) else str(directory)
        raise UsageError(f"the decision directory {shown} named by {named_by} is in {vcs}, version control's own "
                         "directory; name a directory of the project")
    return directory


def _find_discovery_file(start: Path, root: Path) -> tuple[Path | None, Path | None]:
    """The nearest of ``DISCOVERY_FILES`` naming a directory from ``start`` up to the project root (in that order
    in one directory, as adrs prefers its `adrs.toml` to `.adr-dir`), and the directory it names (None for
    `.log4brains.yml`). An `adrs.toml` without `adr_dir` is passed over, and so is a JSON file that names none,
    and an `.adr.json` that names no directory there is."""
    for directory in (start, *start.parents):
        for name in DISCOVERY_FILES:
            marker = directory / name
            if marker.is_file():
                _of_the_project(marker, root)
                if name == LOG4BRAINS_FILE:
                    return marker, None
                named = _read_adr_dir(marker) if name == ADR_DIR_FILE else \
                    _read_adrs_toml(marker) if name == ADRS_FILE else \
                    _read_json_path(marker, made=name == ADR_JSON_FILE)
                if named is not None:
                    return marker, named
        if directory == root:
            break
    return None, None


def _of_the_project(marker: Path, root: Path) -> None:
    """Refuse a file naming the decision directory that is a link to a file outside the project: a cloned
    repository must not make adrtool read a file of the user's elsewhere, and quote it in an error."""
    if marker.is_symlink() and root.resolve() not in marker.resolve().parents:
        raise UsageError(f"not reading {marker}: it is a link to a file outside the project {root}")


def _read_adr_dir(marker: Path) -> Path:
    """adr-tools' `.adr-dir`: a one-line file naming the directory, relative to where the file is (as named,
    not resolved)."""
    from adrtool.fsio import read_bytes, text_of

    named = text_of(marker, read_bytes(marker, 4096, ".adr-dir file")).strip()  # never a FIFO, a NUL, not UTF-8
    if not named:
        raise ReadError(".adr-dir is empty; it should name the decision directory", path=marker)
    if "\n" in named or "\r" in named:
        raise ReadError(".adr-dir holds more than one line; it should name the decision directory", path=marker)
    return _named_beside(marker, named)


def _named_beside(marker: Path, named: str) -> Path:
    """The directory a file naming it names, relative to where the file is (``written_path``); refused when it is
    none of the project's however joined (``beyond_the_project``: `C:\\docs\\adr`, `~/adr`), where a folder
    named `C:` or `~` would be made in the project."""
    if (why := beyond_the_project(named)) is not None:
        raise UsageError(f"the decision directory {named} named by {marker.name} is outside the project ({why}); "
                         f"name a folder of the project, relative to {marker.name}")
    return marker.parent / written_path(named)


def _read_adrs_toml(marker: Path) -> Path | None:
    """The directory the adrs tool's `adrs.toml` names by its top-level `adr_dir` (relative to the file, as
    named), None when it names none; whatever else the file holds is the adrs tool's business."""
    named = load_toml(marker, f"{ADRS_FILE} file").get("adr_dir")
    if named is None:
        return None
    if not isinstance(named, str) or not named.strip() or "\0" in named:
        raise ReadError("adr_dir should be a quoted, non-empty path (`adr_dir = \"doc/adr\"`)", path=marker)
    return _named_beside(marker, named.strip())


def _adr_json_to_be_made(start: Path, root: Path) -> tuple[Path, Path] | None:
    """The nearest `.adr.json` naming a directory not made yet, and that directory: phodal/adr's `adr init` writes
    the file before any record, and a log no other name finds is to be started there."""
    for directory in (start, *start.parents):
        marker = directory / ADR_JSON_FILE
        if marker.is_file():
            _of_the_project(marker, root)
            named = _read_json_path(marker, made=False)
            if named is not None and not named.exists():
                return marker, named
        if directory == root:
            break
    return None


def _read_json_path(marker: Path, *, made: bool = True) -> Path | None:
    """The directory a tool's JSON file names by its key (``_JSON_KEYS``: phodal/adr's `.adr.json` `"path": ".spec/"`,
    websublime/vitamin; `adr.config.json`'s `"Path": "docs\\adr"`), relative to the file, as named; None when the
    file names none, or, ``made``, names no directory there is (phodal's `.adr.json`, written by its `adr init`
    before any record: the conventional names may find the log). A `.adr.json` that is no JSON object names none (its
    other settings are phodal's); the .NET tools' files are theirs alone, kept to name the log: one adr cannot read
    (not UTF-8 JSON, comments, a trailing comma, too big, a path that is no string) is an error naming it, never a
    log looked for elsewhere."""
    import json

    from adrtool.fsio import read_bytes, text_of

    key = _JSON_KEYS[marker.name]
    said = marker.name != ADR_JSON_FILE
    try:
        data = json.loads(text_of(marker, read_bytes(marker, _JSON_BYTES, f"{marker.name} file")))
    except AdrError:
        if said:
            raise
        return None
    except (ValueError, RecursionError) as error:
        if said:
            raise ReadError(f"invalid JSON: {_json_error(error)}", path=marker) from None
        return None
    if not isinstance(data, dict):
        if said:
            raise ReadError(f"holds no JSON object; it should name the decision directory by `{key}`", path=marker)
        return None
    spelt = _key_as_spelt(data, key)
    named = data[spelt] if spelt is not None else None
    if named is None:
        return None
    if not isinstance(named, str) or not named.strip() or "\0" in named:
        if said:
            raise ReadError(f"`{spelt}` should be a quoted, non-empty path (`\"{spelt}\": \"docs/adr\"`)",
                            path=marker)
        return None
    path = _named_beside(marker, named.strip())
    return path if path.is_dir() or not made else None


_JSON_BYTES = 1024 * 1024  # phodal's `.adr.json` lists every decision of the log


def _json_error(error: ValueError | RecursionError) -> str:
    """Where a JSON reader stopped in a file it cannot read, and what JSON never holds: the same words on every
    Python (each version words its reader's complaint, and places it, its own way)."""
    import json

    if isinstance(error, json.JSONDecodeError):
        return f"line {error.lineno} is not JSON (it allows no comments and no comma after the last item)"
    return str(error) if isinstance(error, ValueError) else "nested too deeply"


def _key_as_spelt(data: dict[object, object], key: str) -> str | None:
    """``key`` as ``data`` spells it, whatever its letters' case (`Path`); None when it has none."""
    if key in data:
        return key
    return next((name for name in data if isinstance(name, str) and name.lower() == key), None)


def named_in(name: str, text: str) -> str | None:
    """The directory the discovery file ``name`` (one of ``DISCOVERY_FILES``) names in ``text``, as written
    (relative to the file): a commit's file, read where the work tree's is read from disk (`--at`). None when it
    names none or cannot be read: a revision's file is no longer the user's to mend, and the next way is tried."""
    if name == ADR_DIR_FILE:
        named: object = text.strip()
        if "\n" in text.strip() or "\r" in text.strip():
            return None
    else:
        try:
            named = _named_by_key(name, text)
        except (ValueError, RecursionError):  # JSON's and TOML's errors are ValueErrors
            return None
    return named.strip() if isinstance(named, str) and named.strip() and "\0" not in named else None


def _named_by_key(name: str, text: str) -> object:
    """The value of the key that names the directory in a discovery file's ``text``: `adr_dir`, log4brains'
    project `adrFolder`, a JSON file's key (``_JSON_KEYS``)."""
    if name == ADRS_FILE:
        if sys.version_info >= (3, 11):
            import tomllib
        else:
            import tomli as tomllib
        return tomllib.loads(text).get("adr_dir")
    if name == LOG4BRAINS_FILE:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            return None
        project = data.get("project") if isinstance(data, dict) else None
        folder = project.get("adrFolder") if isinstance(project, dict) else None
        return folder.strip().lstrip("/") if isinstance(folder, str) else None
    import json

    data = json.loads(text)
    spelt = _key_as_spelt(data, _JSON_KEYS[name]) if isinstance(data, dict) else None
    return data[spelt] if spelt is not None else None


def _log4brains_folders(marker: Path) -> list[Path]:
    """The `adrFolder` of `.log4brains.yml`'s project, then of each of its `packages`, relative to the file (with a
    `/` before it too, as log4brains joins it to the project's directory)."""
    import yaml

    from adrtool.fsio import read_bytes, text_of

    text = text_of(marker, read_bytes(marker, 1024 * 1024, f"{LOG4BRAINS_FILE} file"))  # no FIFO, no NUL
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError) as error:
        raise ReadError(f"cannot read {LOG4BRAINS_FILE}: {error}", path=marker) from None
    project = data.get("project") if isinstance(data, dict) else None
    if not isinstance(project, dict):
        return []
    folders = [project.get("adrFolder")]
    packages = project.get("packages")
    for package in packages if isinstance(packages, list) else []:
        if isinstance(package, dict):
            folders.append(package.get("adrFolder"))
    found = []
    for folder in folders:
        if isinstance(folder, str) and folder.strip(" /"):
            path = marker.parent / folder.strip().lstrip("/")  # `/docs/decisions`: log4brains joins it to the root
            if path not in found:
                found.append(path)
    return found


def _component_logs(root: Path, listed: list[Path] | None = None) -> Iterator[Path]:
    """The conventional decision directories of a monorepo's components (`services/billing/docs/adr`), up to
    two levels below the root, that hold Markdown files besides a README or index (which records are is the
    reader's business, a layer up). ``listed`` is told every directory the search lists."""
    firsts = {name.split("/", 1)[0] for name in CONVENTIONAL_DIRS}
    level = [root]
    listed = [] if listed is None else listed
    for _ in range(_COMPONENT_DEPTH):
        below = []
        for folder in level:
            listed.append(folder)
            for component in discovery.subdirectories(folder):
                listed.append(component)
                if component.name in firsts or _files_alone(component, firsts):
                    continue  # `docs/`, `adr/`: part of the root's layout, not a component; a folder of files alone
                names = {entry for entry in _names(component) if entry in firsts}
                for candidate in CONVENTIONAL_DIRS:
                    if candidate.split("/", 1)[0] in names:
                        directory = component / candidate
                        listed.append(_nearest_existing(directory))
                        if directory.is_dir() and any(discovery.holds_records(name) for name in _names(directory)):
                            yield directory
                            if _within(directory, root):
                                break  # (one leading outside the project is passed over: the next name is looked for)
                else:
                    below.append(component)
        level = below


def _logs_beside(components: list[Path], root: Path) -> list[Path]:
    """The folders beside the components whose logs were found that are logs by their own names and records'
    (``discovery.looks_like_log``), in order of their paths: a course's first stage, kept before its log had a
    folder named for it (Louqman-ETS' `docs-etape1/` of `adr-003-flask.md` and `adr-004-x.md`, beside
    `docs-etape2/ADR/` and `docs-etape3/ADR/`)."""
    resolved = root.resolve()
    holding = {folder for log in components for folder in log.parents if resolved in folder.parents}
    found = []
    for parent in sorted({_component_of(log, resolved).parent for log in components}):
        for folder in discovery.subdirectories(parent):
            resolved_folder = folder.resolve()
            if resolved_folder not in holding and resolved_folder not in components \
                    and discovery.looks_like_log(folder.name, _names(folder)):
                found.append(_inside(resolved_folder, root, f"the folder {folder}/ beside the components' logs"))
    return found


def _component_of(log: Path, root: Path) -> Path:
    """The component whose conventional directory ``log`` is (`services/billing` of `services/billing/docs/adr`)."""
    parts = log.relative_to(root).parts
    for name in sorted(CONVENTIONAL_DIRS, key=lambda name: -name.count("/")):
        named = tuple(name.split("/"))
        if parts[-len(named):] == named and len(parts) > len(named):
            return root.joinpath(*parts[:-len(named)])
    return log.parent


def _nearest_existing(directory: Path) -> Path:
    """``directory``, or its nearest ancestor that is a directory: the one whose entries change when it appears."""
    while not directory.is_dir() and directory != directory.parent:
        directory = directory.parent
    return directory


def _files_alone(component: Path, firsts: set[str]) -> bool:
    """Whether ``component`` holds files alone, no log: its link count says it holds no folder, and none of
    ``firsts`` (a log's first name) is a symbolic link there (`svc/decisions -> ../shared/decs`, which the count
    leaves out). A stat a name, where a listing of a folder of many files costs a read of every name."""
    return discovery.holds_no_folder(component) \
        and not any(os.path.islink(os.path.join(component, first)) for first in firsts)


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []
