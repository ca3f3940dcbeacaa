"""Project configuration: `[tool.adr]` in pyproject.toml, else `.adr.toml`, found by walking up.

Every option lives in ``OPTIONS`` with its default and help; the README's table is checked against it.
The walk stops at the repository root (the directory holding `.git`), so a config above the repository
never leaks in; outside a repository it goes on up, and takes only a config of the user's own.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path, PureWindowsPath
from typing import Any

from adrtool.errors import ReadError, UsageError
from adrtool.model import ACTIVE_STATUSES, IN_FORCE_STATUSES, SAME_STATUSES, STATUSES

SEVERITY_LEVELS = ("error", "warning", "off")
_RELATION = r"[a-z]+(?:-[a-z]+)*"
MAX_CONFIG_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Option:
    key: str
    kind: str  # "str" | "path" | "paths" | "list" | "bool" | "choice" | "severities"
    default: Any
    help: str
    choices: tuple[str, ...] = ()

    @property
    def attr(self) -> str:
        return self.key.replace("-", "_")


OPTIONS: tuple[Option, ...] = (
    Option("dir", "path", None, "Decision directory, relative to the config file (default: discovered)."),
    Option("dirs", "paths", (), "Several decision directories read as one project (a monorepo's components), "
           "each record labelled with its directory; `--dir` picks one."),
    Option("statuses", "list", STATUSES, "Every status a record may have."),
    Option("active-statuses", "list", ACTIVE_STATUSES, "Statuses whose decisions can be due for a revisit; by "
           "default also the words other logs write for a decision in force (approved, implemented, ...)."),
    Option("default-status", "str", "proposed", "Status `adr new` gives a record unless --status says otherwise."),
    Option("templates", "path", None, "Directory of Jinja2 templates that override the shipped ones."),
    Option("calendar", "path", None, "TOML file of release series (the `[[series]]` format)."),
    Option("calendar-mode", "choice", "extend", "How `calendar` combines with the shipped OpenStack calendar.",
           ("extend", "replace")),
    Option("select", "list", (), "Only these rule codes (or code prefixes) are checked by `adr validate`."),
    Option("ignore", "list", (), "Rule codes (or prefixes) `adr validate` never reports."),
    Option("severity", "severities", {}, "Per-rule severity overrides: `{ ADR301 = \"error\" }`, or \"off\"."),
    Option("require-index", "bool", False, "Report a missing index file as stale."),
    Option("require-revisit", "bool", False, "Report an active decision without a revisit point (ADR306); "
           "`adr init` sets it for a new log."),
    Option("index", "str", "README.md", "File name of the generated index inside the decision directory."),
    Option("relations", "relations", {}, "Link pairs `adr link` writes both ways, besides relates-to and "
           "amends / amended-by: `{ extends = \"extended-by\" }`."),
)
_BY_KEY = {option.key: option for option in OPTIONS}


@dataclass(frozen=True)
class Config:
    root: Path
    source: Path | None = None
    dir: Path | None = None
    dirs: tuple[Path, ...] = ()
    statuses: tuple[str, ...] = STATUSES
    active_statuses: tuple[str, ...] = ACTIVE_STATUSES
    default_status: str = "proposed"
    templates: Path | None = None
    calendar: Path | None = None
    calendar_mode: str = "extend"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    require_index: bool = False
    require_revisit: bool = False
    index: str = "README.md"
    relations: dict[str, str] = field(default_factory=dict)
    active_statuses_named: bool = False  # the project set active-statuses itself

    @property
    def due_statuses(self) -> tuple[str, ...]:
        """The statuses whose decisions can be due: ``active_statuses``, and, unless the project named its own,
        the words other tools' logs write for a decision in force (`approved`, `implemented`, ...): a log that
        writes them would otherwise never hear of a revisit; and a log's own word for an active status (`proposal`)."""
        if self.active_statuses_named:
            return self.active_statuses
        same = tuple(word for word, status in SAME_STATUSES.items() if status in self.active_statuses)
        return self.active_statuses + tuple(dict.fromkeys((*IN_FORCE_STATUSES, *same)))

    @property
    def settable_statuses(self) -> tuple[str, ...]:
        """The statuses a command may give a record: ``statuses``, and ``default_status``, which `adr new` gives."""
        if _named_in(self.default_status, self.statuses):
            return self.statuses
        return (*self.statuses, self.default_status)

    def allows_status(self, status: str) -> bool:
        """Whether ``status`` is one of ``settable_statuses``."""
        return _named_in(status, self.settable_statuses)


def _named_in(status: str, statuses: tuple[str, ...]) -> bool:
    """Whether ``status`` is one of ``statuses``, compared as the reader compares a record's status: whatever the
    case either is written in (`Proposed` configured, `proposed` asked)."""
    asked = status.strip().casefold()
    return any(configured.strip().casefold() == asked for configured in statuses)


PYPROJECT, DOTFILE = "pyproject.toml", ".adr.toml"  # looked for in that order, in each directory up
_USER = os.geteuid() if hasattr(os, "geteuid") else None  # (Windows: every file is taken as the user's)


def find_config(start: Path) -> Config:
    """The config governing ``start``: the nearest one up to the repository root, else the defaults."""
    start = start.resolve()
    for directory in (start, *start.parents):
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and (table := _adr_table(pyproject)) is not None:
            repository = _trusted(pyproject)
            return _confined(_build(table, pyproject, "[tool.adr]"), repository)
        dotfile = directory / DOTFILE
        if dotfile.is_file():
            repository = _trusted(dotfile)
            return _confined(_build(load_toml(dotfile), dotfile, None), repository)
        if _holds_repository(directory):
            return Config(root=directory)
    return Config(root=start)


def _adr_table(pyproject: Path) -> Any:
    """`[tool.adr]` of ``pyproject``, None when it has none; another user's file that cannot be read as TOML is
    passed over as having none (a Python project's file, nothing of adrtool's), the user's own is an error."""
    try:
        return load_toml(pyproject).get("tool", {}).get("adr")
    except ReadError:
        if _owned_by_another(pyproject):
            return None
        raise


def _owned_by_another(path: Path, follow_symlinks: bool = True) -> bool:
    """Whether ``path`` (the file a link names, or with ``follow_symlinks`` false the link) is another user's."""
    try:
        return _USER is not None and os.stat(path, follow_symlinks=follow_symlinks).st_uid != _USER
    except OSError:
        return False


def _trusted(path: Path) -> Path | None:
    """The repository holding the config ``path`` (None outside any), once it is refused if another user owns
    it outside the user's git repositories, or a repository holds it as a link to a file outside it: the walk
    up from a project without git passes through folders like /tmp, where anyone may leave a config naming
    their own decision directory, templates and calendar (git refuses a repository it finds there on the same
    terms), and a cloned repository must not make adrtool read, and quote in its errors, a file of the user's
    own elsewhere."""
    repository = next((directory for directory in (path.parent, *path.parent.parents)
                       if _holds_repository(directory)), None)
    if _USER is None:
        return repository  # (Windows)
    if repository is not None:
        if path.is_symlink() and repository not in path.resolve().parents:
            raise UsageError(f"not using the config {path}: it is a link to a file outside the repository "
                             f"{repository}")
        return repository
    for follow, whose in ((False, "it belongs"), (True, "it is a link to a file that belongs")):
        if _owned_by_another(path, follow):
            raise UsageError(f"not using the config {path}: {whose} to another user; give the project a "
                             f"config of its own ({DOTFILE}) or make it a git repository")
    return None


def _confined(config: Config, repository: Path | None) -> Config:
    """``config``, unless a file or folder it names (``templates``, ``calendar``) lies outside ``repository``, the
    one holding it, once links are followed: for the reason a config may not link out of it. A config outside
    any repository is the user's own, and names what it will. (The decision directories are held to the
    project where the log is found, which says --dir may name one elsewhere.)"""
    if repository is None:
        return config
    inside = Path(os.path.realpath(repository))
    for option in OPTIONS:
        named = getattr(config, option.attr) if option.kind == "path" and option.key != "dir" else None
        if named is None:
            continue
        resolved = Path(os.path.realpath(named))
        if resolved != inside and inside not in resolved.parents:
            raise UsageError(f"not using the config {config.source}: its {option.key} names {resolved}, outside "
                             f"the repository {repository}")
    return config


def _holds_repository(directory: Path) -> bool:
    """Whether ``directory`` holds a git repository: a `.git` there, the user's own or in a folder no one else
    may create files in (another user's `.git` in /tmp, or in any folder others can write to, could have been
    left there by anyone)."""
    try:
        marker = os.lstat(directory / ".git")
    except OSError:
        return False
    if _USER is None or marker.st_uid == _USER:  # (Windows: no owner to tell)
        return True
    try:
        return not os.stat(directory).st_mode & stat.S_IWOTH
    except OSError:
        return False


def load_toml(path: Path, what: str = "config file") -> dict[str, Any]:
    """The TOML document in ``path`` (a ``what``: a config file, another tool's `adrs.toml`), or a ReadError."""
    if sys.version_info >= (3, 11):  # a version check, unlike try/except ImportError, type-checks on both
        import tomllib
    else:
        import tomli as tomllib
    from adrtool.fsio import read_bytes, text_of

    text = text_of(path, read_bytes(path, MAX_CONFIG_BYTES, what))
    try:
        document: dict[str, Any] = tomllib.loads(text)
        return document
    except tomllib.TOMLDecodeError as error:
        raise ReadError(f"invalid TOML: {error}", path=path) from None


def _build(table: Any, source: Path, section: str | None) -> Config:
    where = f"{section} " if section else ""
    if not isinstance(table, dict):
        raise ReadError(f"{where or 'config '}must be a table", path=source)
    config = Config(root=source.parent, source=source)
    values: dict[str, Any] = {}
    for key, raw in table.items():
        option = _BY_KEY.get(key)
        if option is None:
            import difflib

            close = difflib.get_close_matches(key, list(_BY_KEY), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(_BY_KEY)}"
            raise ReadError(f"unknown key '{key}' in {section or 'config'}{hint}", path=source)
        values[option.attr] = _convert(option, raw, source, where)
    if "dir" in values and "dirs" in values:
        raise ReadError(f"{where or 'config '}sets both dir and dirs; keep one", path=source)
    return replace(config, **values, active_statuses_named="active_statuses" in values)


def beyond_the_project(named: str) -> str | None:
    """Why a path a file names (a decision directory, templates) is none of the project's, joined to the file's folder
    as it would be: absolute on Windows (`C:\\docs\\adr`, as a .NET tool may write it; `\\\\server\\share`), or
    a home directory's (`~/adr`), which a shell expands and adr does not; None for any other path (one absolute here,
    or leading out with `..`, is found outside the project once resolved)."""
    if named.startswith("~"):
        return "a home directory's path, which adr does not expand"
    if PureWindowsPath(named).drive:
        return "an absolute path on Windows"
    return None


def written_path(named: str) -> str:
    """A path as a file naming the decision directory (or config naming any path) gives it, with `/` between its
    parts: one written on Windows (`docs\\architecture\\decisions`, fhemery/owl-writey's `.adr-dir`) names the
    directory of its parts on every system, to read it, to make it (`adr init`), and in a commit's tree, never one
    named with backslashes."""
    return named.replace("\\", "/") if "\\" in named else named


def _convert(option: Option, raw: Any, source: Path, where: str) -> Any:
    def fail(expected: str) -> ReadError:
        return ReadError(f"{where}{option.key} must be {expected}, not {raw!r}", path=source)

    def beside(named: str) -> Path:
        if (why := beyond_the_project(named)) is not None:
            raise ReadError(f"{where}{option.key} names {named!r}, {why}: name a path relative to the config file",
                            path=source)
        return source.parent / written_path(named)

    if option.kind in ("str", "path"):
        if not isinstance(raw, str) or not raw.strip():
            raise fail("a non-empty string")
        return beside(raw) if option.kind == "path" else raw
    if option.kind == "paths":
        if not isinstance(raw, list) or not raw or not all(isinstance(item, str) and item.strip() for item in raw):
            raise fail("a non-empty list of directory names")
        return tuple(dict.fromkeys(beside(item) for item in raw))
    if option.kind == "list":
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise fail("a list of strings")
        if (blank := next((number for number, item in enumerate(raw, 1) if not item.strip()), None)) is not None:
            raise ReadError(f"{where}{option.key}: item {blank} ({raw[blank - 1]!r}) is empty; give a word or leave "
                            "the item out", path=source)
        return tuple(raw)
    if option.kind == "bool":
        if not isinstance(raw, bool):
            raise fail("true or false")
        return raw
    if option.kind == "choice":
        if raw not in option.choices:
            raise fail(" or ".join(repr(choice) for choice in option.choices))
        return raw
    if option.kind == "relations":
        if not isinstance(raw, dict) or not all(isinstance(value, str) and re.fullmatch(_RELATION, value)
                                                and re.fullmatch(_RELATION, str(key)) for key, value in raw.items()):
            raise fail("a table of relation = \"reverse-relation\" (lowercase words joined by hyphens)")
        return {str(key): value for key, value in raw.items()}
    if option.kind == "severities":
        if not isinstance(raw, dict) or not all(value in SEVERITY_LEVELS for value in raw.values()):
            raise fail("a table of rule code = \"error\" | \"warning\" | \"off\"")
        return {str(code).upper(): value for code, value in raw.items()}
    raise AssertionError(option.kind)

