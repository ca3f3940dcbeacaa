"""Record numbers that other branches already use, so that `adr new` and `adr renumber --next` skip them.

Reads the decision directory's tree of every local and remote-tracking branch (file names only, no blob,
no checkout). Outside git, in a repository without commits, or in a clone with no other refs, there is
nothing to skip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adrtool.records.names import number_of_name

if TYPE_CHECKING:
    from adrtool.git.repo import Git
    from adrtool.project.workspace import Workspace


def numbers_on_other_branches(workspace: Workspace) -> dict[int, str]:
    """{number: where} for every record number used on a branch; `where` names the branch(es)."""
    from adrtool.git.repo import find_repo

    git = find_repo(workspace)
    if git is None:
        return {}
    with git:
        return branch_numbers(git)


def branch_numbers(git: Git) -> dict[int, str]:
    holders: dict[int, list[str]] = {}
    listings: dict[str, list[str] | None] = {}  # commit id -> record file names (branches often share one)
    for name, sha in git.branch_heads():
        if sha not in listings:
            files = git.tree_files(sha)
            listings[sha] = [file for file, _ in files] if files is not None else None
        for file in listings[sha] or ():
            number = number_of_name(file)
            if number is not None and not file.startswith("."):
                holders.setdefault(number, []).append(name)
    return {number: _where(names) for number, names in holders.items()}


def _where(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and {len(names) - 2} more"
