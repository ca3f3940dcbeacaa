"""What the server was started with, and what one call works from: the workspace, today, the calendar, the
log, each found when first asked for and read afresh for every call (the store keeps what is unchanged)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adrtool.calendar.cycles import Calendar
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog
    from adrtool.records.store import Store


@dataclass
class Session:
    """`adr mcp`'s options: where it was started (the log is found from there, as the CLI finds it), `--dir`,
    `--today`, `--allow-writes`."""

    start: Path
    directory: str | None = None
    today_option: date | None = None
    allow_writes: bool = False

    @functools.cached_property
    def store(self) -> Store:
        """One store for the server's life: each call reads only what changed since the last (and nothing read
        is kept to the process's end, as it is for a one-command process)."""
        from adrtool.cache import open_store, serving

        serving()
        return open_store()

    def call(self) -> Call:
        return Call(self)


class Call:
    """One tool call or resource read."""

    def __init__(self, session: Session, home: str | None = None) -> None:
        self.session = session
        self.home = home  # the label of the log the call names to write in, of several
        self.today = session.today_option or date.today()  # a server runs for days: today is each call's

    @functools.cached_property
    def workspace(self) -> Workspace:
        from adrtool.records.logs import locate_logs

        located = locate_logs(self.session.start, self.session.directory)
        return located if self.home is None else located.with_home(self.home)

    @functools.cached_property
    def calendar(self) -> Calendar:
        from adrtool.calendar.cycles import project_calendar

        return project_calendar(self.workspace.config, self.today)

    @functools.cached_property
    def log(self) -> DecisionLog:
        """Every log of the project, read as the commands read it (``adrtool.records.logs``)."""
        from adrtool.records.logs import load_logs

        self.workspace.require_dir()
        return load_logs(self.workspace, self.session.store)

    @property
    def store(self) -> Store:
        return self.session.store
