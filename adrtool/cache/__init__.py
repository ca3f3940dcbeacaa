"""Caches and the other speed machinery, behind one door: ``open_store`` gives the store the domain reads
through (``adrtool.records.store.Store``); ``adrtool.cache.answers`` replays the answers of repeated
commands, wrapped around the command line by the console script. Nothing else in adrtool knows how
anything is kept (docs/architecture.md).

Kept light: the console script imports this package before anything else when it replays an answer.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from adrtool.project.workspace import Workspace
    from adrtool.records.store import Store


def open_store(workspace: Workspace | None = None) -> Store:
    """The store for a command (see ``adrtool.cache.store.open_store``)."""
    from adrtool.cache.store import open_store as open_

    return open_(workspace)


def serving() -> None:
    """This process goes on after its first command (`adr mcp` serves until its client leaves): what it reads
    is no longer kept to its end, as the console script lets a one-command process do."""
    from adrtool.cache import process

    process.ONE_COMMAND = False
