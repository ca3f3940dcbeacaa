"""ADR6xx: the generated index."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from adrtool.rules.context import Context
from adrtool.rules.registry import ERROR, Problem, log_rule

if TYPE_CHECKING:
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog

# An index name `adrtool.views.index.index_path` accepts for sure (a Markdown file name without a number first).
_PLAIN_INDEX_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 _.-]*\.md$", re.IGNORECASE)


@log_rule("ADR601", "stale-index", ERROR,
          "The index must be what `adr index` writes from the records, or readers of the log in git see an "
          "outdated table and agenda.")
def stale_index(context: Context) -> Iterator[Problem]:
    name = context.config.index
    if not context.config.require_index and _PLAIN_INDEX_NAME.match(name) \
            and not any((log.directory / name).exists() for log in context.workspace.logs if log.area_of is None):
        return  # nothing to check, and no need to load the index's code (a few ms of a warm run)
    from adrtool.views.index import indexes

    for workspace, log in indexes(context.workspace, context.log):
        yield from _stale(context, workspace, log)


def _stale(context: Context, workspace: Workspace, log: DecisionLog) -> Iterator[Problem]:
    """ADR601 on the index of ``log`` (one of ``indexes``), ``workspace`` the one it is of."""
    from adrtool.views.index import index_path, index_state

    path = index_path(workspace)
    if not context.in_scope(path):
        return
    if not path.exists() and not context.config.require_index:
        return
    state = index_state(workspace, log, context.calendar)
    if state.current is None:
        yield Problem(path, 1, 1, "no index file (require-index is set); run `adr index`")
    elif not state.ours:
        if context.config.require_index:
            yield Problem(path, 1, 1, f"{path.name} was not written by `adr index` (no marker line); run "
                                      "`adr index --force`, or set `index` in config to another name")
    elif state.stale:
        yield Problem(path, state.first_difference(), 1, "the index is out of date (first difference on this "
                                                         "line); run `adr index`")
