"""Record numbers that other branches already use, so that `adr new` and `adr renumber --next` skip them.

Reads the decision directory's tree of every local and remote-tracking branch (file names only, no blob,
no checkout). Outside git, in a repository without commits, or in a clone with no other refs, there is
nothing to skip.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from adrtool.records.names import LETTERED_NAME, parse_listed, record_files

if TYPE_CHECKING:
    from adrtool.git.repo import Git
    from adrtool.project.workspace import Workspace


def numbers_on_other_branches(workspace: Workspace, warn: Callable[[str], None] | None = None, *,
                              besides: str | None = None) -> dict[int, str]:
    """{number: where} for every record number used on a branch; `where` names the branch(es). ``warn`` is
    told when the directory is in a git work tree but git cannot be run: other branches cannot be seen.
    ``besides``: a record's file name; a file of the same name but for its number is that record (a branch
    made before it was renumbered, or after), not another one, and its number is left out."""
    from adrtool.errors import GitError
    from adrtool.git.repo import open_repo

    try:
        git = open_repo(workspace, workspace.own_dir)  # the log `adr new` writes in
    except GitError as error:
        if warn is not None and error.message.startswith("git is not available") \
                and _in_a_work_tree(workspace.own_dir):
            warn("git cannot be run (is it on PATH?), so the numbers other branches use cannot be seen: the "
                 "number is the next in the working tree, and a branch may already hold it (--no-git to "
                 "say so on purpose)")
        return {}
    with git:
        areas = tuple(git.relative(area) for area, log in workspace.areas if log == workspace.own_dir)
        return branch_numbers(git, besides, areas)


def _in_a_work_tree(directory: Path) -> bool:
    """Whether a `.git` (a directory, or a worktree's or submodule's file) is at or above ``directory``."""
    return any((parent / ".git").exists() for parent in (directory, *directory.parents))


def branch_numbers(git: Git, besides: str | None = None, areas: tuple[str, ...] = ()) -> dict[int, str]:
    """The numbers the decision directory's record files (``record_files``: numbered names, else those named
    after the log's letters, `API-003-x.md`) use on each branch, and those of its ``areas`` (subfolders numbered
    in its sequence, repository-relative, each chosen from apart)."""
    same = _unnumbered(besides) if besides is not None else None
    holders: dict[int, list[str]] = {}
    listings: dict[str, list[str]] = {}  # commit id -> record file names (branches often share one)
    for name, sha in git.branch_heads():
        if sha not in listings:
            listings[sha] = [file for directory in ("", *areas)
                             for file in record_files([file for file, _ in git.tree_files(sha, directory or None)
                                                       or ()], str)]
        for file in listings[sha]:
            parsed = parse_listed(file)
            if parsed is not None and parsed.number is not None and _unnumbered(file) != same:
                holders.setdefault(parsed.number, []).append(name)
    return {number: _where(names) for number, names in holders.items()}


def _unnumbered(file: str) -> str:
    """A record file's name without its number (`0012-use-ovn.md` -> `use-ovn.md`, `API-003-x.md` -> `API-x.md`)."""
    if file[:1].isalpha() and (lettered := LETTERED_NAME.match(file)) is not None:
        return f"{lettered.group(1)}{lettered.group(2)}{file[lettered.end(3):].lstrip('-_ ')}"
    return file.lstrip("0123456789").lstrip("-_ ")


def _where(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and {len(names) - 2} more"
