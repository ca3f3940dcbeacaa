"""Where the decision log is: the project root, its config and its decision directory."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from adrtool.errors import NotFound, ReadError, UsageError
from adrtool.project.config import Config, find_config

# Looked for, in this order, when neither --dir, config nor `.adr-dir` names the directory.
CONVENTIONAL_DIRS = ("decisions", "doc/adr", "docs/adr", "docs/decisions")
DEFAULT_DIR = "decisions"
ADR_DIR_FILE = ".adr-dir"  # adr-tools' file naming the decision directory


@dataclass(frozen=True)
class Workspace:
    config: Config
    decision_dir: Path
    how_found: str  # "--dir", "config", ".adr-dir", "convention" or "default"
    # The directory as --dir, config or `.adr-dir` named it, before symlinks were resolved: whatever was
    # worked out from the workspace holds only while this still resolves to ``decision_dir``.
    named_dir: Path | None = None

    @property
    def root(self) -> Path:
        return self.config.root

    @property
    def exists(self) -> bool:
        return self.decision_dir.is_dir()

    def relative(self, path: Path) -> str:
        """``path`` as shown to users and in JSON: relative to the project root when inside it."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

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

    def require_dir(self) -> Path:
        if self.decision_dir.is_dir():
            return self.decision_dir
        shown = self.relative(self.decision_dir)
        if self.how_found == "default":
            looked = ", ".join(f"{name}/" for name in CONVENTIONAL_DIRS)
            raise NotFound(f"no decision log found under {self.root} (looked for {looked}); "
                           "run `adr init` or pass --dir")
        if self.decision_dir.exists():
            raise NotFound(f"decision directory {shown} is not a directory")
        raise NotFound(f"decision directory {shown} does not exist (named by {self.how_found})")


def locate(start: Path, dir_option: str | None = None) -> Workspace:
    """Find the decision directory as a user of adr-tools, MADR or log4brains would expect."""
    config = find_config(start)
    if dir_option is not None:
        named = start / dir_option
        return Workspace(config, named.resolve(), "--dir", named)
    if config.dir is not None:
        return Workspace(config, _inside(config.dir.resolve(), config.root, f"`dir` in {config.source}"), "config",
                         config.dir)
    adr_dir = _find_adr_dir_file(start.resolve(), config.root)
    if adr_dir is not None:
        return Workspace(config, _inside(adr_dir.resolve(), config.root, ".adr-dir"), ".adr-dir", adr_dir)
    for name in CONVENTIONAL_DIRS:
        candidate = config.root / name
        if candidate.is_dir():
            return Workspace(config, candidate, "convention")
    return Workspace(config, config.root / DEFAULT_DIR, "default")


def _inside(directory: Path, root: Path, named_by: str) -> Path:
    """A decision directory found in files of the project must lie inside it; only --dir may point elsewhere
    (a cloned repository's `.adr-dir` must not make adrtool write to, say, ~/.ssh)."""
    root = root.resolve()
    if directory != root and root not in directory.parents:
        raise UsageError(f"the decision directory {directory} named by {named_by} is outside the project "
                         f"{root}; pass --dir to use it")
    return directory


def _find_adr_dir_file(start: Path, root: Path) -> Path | None:
    """adr-tools' `.adr-dir`: a one-line file naming the directory, relative to where the file is (as named,
    not resolved)."""
    for directory in (start, *start.parents):
        marker = directory / ADR_DIR_FILE
        if marker.is_file():
            try:
                named = marker.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as error:
                raise ReadError(f"cannot read .adr-dir: {error}", path=marker) from None
            if not named:
                raise ReadError(".adr-dir is empty; it should name the decision directory", path=marker)
            return directory / named
        if directory == root:
            return None
    return None
