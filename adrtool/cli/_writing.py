"""Running a command that writes: plan under the directory's lock, bring the index in step, commit once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from adrtool.cli._app import App
    from adrtool.records.changes import FileChange
    from adrtool.records.log import DecisionLog

T = TypeVar("T")
Plan = Callable[["DecisionLog"], "tuple[T, list[FileChange]]"]


def write(app: App, plan: Plan[T], *, directory: Path | None = None,
          create_index: bool = False, follow_index: bool = True) -> tuple[T, tuple[Path, ...]]:
    """Lock the project's decision directories, read its log, ``plan(log)`` every change, add the indexes', and
    commit them all at once: the plan's result, and the index files that changed. ``directory``: that
    directory alone (`adr init`). ``create_index``: write the index even if the log has none yet (`adr
    init`); ``follow_index``: False when the plan itself writes the index (`adr index`). A folder of the log made
    by another command while this one waited for the locks (a stage's first record: `proposed/`) is found again
    and locked too: the log is read afresh."""
    for _ in range(_ATTEMPTS):
        try:
            return _write(app, plan, directory, create_index=create_index, follow_index=follow_index)
        except _FoldersMade:
            app.relocate()
    from adrtool.errors import WriteRefused

    raise WriteRefused("other commands kept making folders of the log while this one waited for it; nothing "
                       "written: run the command again")


_ATTEMPTS = 3


class _FoldersMade(Exception):
    """A folder the log keeps records in was made after its folders were found, before they were locked."""


def _write(app: App, plan: Plan[T], directory: Path | None, *, create_index: bool, follow_index: bool
           ) -> tuple[T, tuple[Path, ...]]:
    from adrtool.records.changes import commit_all, locked_logs, log_after
    from adrtool.records.logs import load_logs, locked_folders
    from adrtool.views.index import following_indexes, index_change, index_state

    workspace = app.workspace
    if directory is not None:
        directories = [directory]

        def read() -> DecisionLog:
            return app.store.read_log(directory)
    else:
        workspace.require_dir()
        directories = locked_folders(workspace)
        from adrtool.cli._app import echo_error

        if (passed_over := workspace.leading_out_note()) is not None:
            echo_error(passed_over)
        if workspace.instead_of is not None:  # a write outside the log a file names is said before it is made
            echo_error(workspace.instead_note())

        def read() -> DecisionLog:
            if not set(locked_folders(workspace)) <= set(directories):
                raise _FoldersMade
            return load_logs(workspace, app.store)

    with locked_logs(directories, read) as (held, log):
        result, changes = plan(log)
        indexes: list[FileChange] = []
        if changes and (create_index or follow_index):
            after = log_after(log, changes)
            if create_index:
                state = index_state(workspace, after, app.calendar)
                indexes = [change] if state.ours and (change := index_change(state)) is not None else []
                if not state.ours:
                    from adrtool.cli._app import echo_error

                    echo_error(f"{workspace.shown(state.path)} exists and was not written by `adr index`; left "
                               "as it is (set `index` in config to another name)")
            else:
                indexes = following_indexes(workspace, after, app.calendar)
        commit_all(held, [*changes, *indexes])
    _say_links_left(app, changes)
    return result, tuple(index.path for index in indexes)


def _say_links_left(app: App, changes: list[FileChange]) -> None:
    """One line for each Markdown file of the repository that still links a record where it was before the
    change moved it (adr writes nothing outside the decision log). git searches the tracked files for the
    record's name first; only those holding it are read."""
    moved = {change.path: change.moved_to for change in changes if change.moved_to is not None}
    if not moved:
        return
    from adrtool.cli._app import echo_error
    from adrtool.errors import GitError
    from adrtool.git.repo import MKDOCS_CONFIGURATIONS, find_repo
    from adrtool.records.relink import name_word
    from adrtool.records.stages import links_left, nav_entries_left

    git = find_repo(app.workspace)
    if git is None:
        return
    try:
        with git:
            files = git.docs_files_holding(dict.fromkeys(name_word(path.name) for path in moved))
    except GitError:
        return
    written = {change.path for change in changes}
    files = [path for path in files if path not in written]
    navs = [path for path in files if path.name.lower() in MKDOCS_CONFIGURATIONS]
    shown = app.workspace.shown
    for path, old in links_left(moved, [path for path in files if path not in navs]):
        echo_error(f"{shown(path)} links {shown(old)}, which moved to {shown(moved[old])}; left as it is (adr "
                   "writes only the decision log's files): edit its link by hand")
    for path, old in nav_entries_left(moved, navs):
        echo_error(f"{shown(path)} names {shown(old)} in its nav, and it moved to {shown(moved[old])}; left as it is "
                   "(adr writes only the decision log's files): edit the entry by hand")


def say_index_updated(app: App, indexes: tuple[Path, ...]) -> None:
    from adrtool.cli._app import echo_error

    for index in indexes:
        echo_error(f"updated {app.workspace.relative(index)}")
