"""What every command shares: the lazily located workspace, today's date, output helpers."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from collections.abc import Callable

    from adrtool.calendar.cycles import Calendar
    from adrtool.records.log import DecisionLog
    from adrtool.cache.scan import DirectoryScan
    from adrtool.model import Record
    from adrtool.project.workspace import Workspace


# Set by the console script, whose process runs one command and ends (not by callers running commands in
# their own process, such as tests): objects that live to the end may be left out of garbage collection.
ONE_COMMAND_PROCESS = False
# In a one-command process, the logs read, kept until it ends (with os._exit, adrtool.console): taking apart
# the 10,000 records of a log when a command returns costs ~15 ms, for memory that is about to be released.
_kept_to_the_end: list[DecisionLog] = []


@dataclass
class App:
    """The root group's options; the workspace is found only when a command asks for it, so that a
    broken config never breaks `--help`."""

    directory: str | None
    today_option: dt.date | None
    at: str | None = None  # the revision records were read at (`--at REV`), None for the work tree
    # The decision directory as the answer store scanned it, for the first reading of the log (read-only
    # commands read it once): one scan, not two.
    scan: DirectoryScan | None = None
    # Paths outside the decision directory the command looked at, and whether each existed: inputs of its
    # answer (adrtool.cache.answers) like the records.
    consulted: list[tuple[str, bool]] = field(default_factory=list)

    @functools.cached_property
    def workspace(self) -> Workspace:
        from pathlib import Path

        from adrtool.project.workspace import locate

        return locate(Path.cwd(), self.directory)

    @property
    def today(self) -> dt.date:
        return self.today_option or dt.date.today()

    def load_log(self, at: str | None = None, derive: Callable[[Record], Any] | None = None) -> DecisionLog:
        """The records of the work tree or, with ``at`` (`--at REV`), of that commit's tree (no checkout).
        ``derive``: as ``adrtool.records.log.load`` takes it (the work tree only)."""
        if at is not None:
            from adrtool.git.repo import load_log_at

            self.at = at
            return load_log_at(self.workspace, at)
        from adrtool.records.log import load

        scan, self.scan = self.scan, None
        log = load(self.workspace.require_dir(), scan=scan, derive=derive)
        if ONE_COMMAND_PROCESS:
            import gc

            gc.freeze()  # the log lives as long as the command: the cycle collector need not go over it again
            _kept_to_the_end.append(log)
        return log

    def refresh_index(self) -> None:
        """After records changed: keep an index that `adr index` wrote in step, and say so."""
        from adrtool.records.log import load
        from adrtool.views.index import refresh_index

        changed = refresh_index(self.workspace, load(self.workspace.decision_dir), self.calendar)
        if changed is not None:
            click.echo(f"adr: updated {self.workspace.relative(changed)}", err=True)

    def record_text(self, record: Record) -> str:
        """The text of a record as it was read (from the work tree, or from git after `load_log(at=REV)`)."""
        if self.at is not None:
            from adrtool.git.repo import text_at

            return text_at(self.workspace, self.at, record.path).text
        from adrtool.fsio import read_text

        return read_text(record.path).text

    @functools.cached_property
    def calendar(self) -> Calendar:
        from adrtool.calendar.cycles import load_calendar

        config = self.workspace.config
        return load_calendar(config.calendar, config.calendar_mode)


class IsoDate(click.ParamType):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from adrtool.model import parse_iso_date

        parsed = parse_iso_date(str(value).strip())
        if parsed is None:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)
        return parsed


def echo_error(message: str) -> None:
    click.echo(f"adr: {message}", err=True)


def pass_app(function: Any) -> Any:
    return click.pass_obj(function)


def answerable(when: Any = None) -> Any:
    """Mark a read-only command whose answer may be kept (adrtool.cache.answers) when ``when(params)`` holds.

    Placed under ``pass_app``. Calls whose output depends on git (options `at`, `git_dates`, `against`,
    `since`) are always run.
    """
    def decorate(function: Any) -> Any:
        @functools.wraps(function)
        def run(app: App, **params: Any) -> Any:
            if any(params.get(option) for option in ("at", "git_dates", "against", "since")) \
                    or (when is not None and not when(params)):
                return function(app, **params)
            from adrtool.cli._answering import answered

            return answered(app, function, params)

        return run

    return decorate
