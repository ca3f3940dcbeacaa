"""What every command shares: the lazily located workspace and its store, today's date, output helpers."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from adrtool.calendar.cycles import Calendar
    from adrtool.model import Record
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog
    from adrtool.records.store import Store


@dataclass
class App:
    """The root group's options; the workspace is found only when a command asks for it, so that a
    broken config never breaks `--help`."""

    directory: str | None = None
    today_option: dt.date | None = None
    at: str | None = None  # the revision records were read at (`--at REV`), None for the work tree
    command: str | None = None  # the command that ran, and its options as click parsed them
    params: dict[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def workspace(self) -> Workspace:
        from pathlib import Path

        from adrtool.records.logs import locate_logs

        return locate_logs(Path.cwd(), self.directory)

    @functools.cached_property
    def store(self) -> Store:
        """Where the log is read through: what earlier runs kept, unless caching is off."""
        from adrtool.cache import open_store

        return open_store(self.workspace)

    def relocate(self) -> None:
        """Find the workspace afresh when next asked (with its store and calendar): for a command that runs
        on while the project changes (`adr site --serve`)."""
        for name in ("workspace", "store", "calendar"):
            self.__dict__.pop(name, None)

    @property
    def today(self) -> dt.date:
        return self.today_option or dt.date.today()

    def load_log(self, at: str | None = None, *, outside: bool = False) -> DecisionLog:
        """The records of the work tree or, with ``at`` (`--at REV`), of that commit's tree (no checkout);
        ``outside``: say which folders of records lie outside the log a file names (`adr list`, `adr validate`)."""
        store = self.store  # before anything of the log is read: an answer being recorded notes its inputs
        if at is not None:
            from adrtool.git.repo import load_log_at

            self.at = at
            from adrtool.records.logs import settle

            return settle(load_log_at(self.workspace, at, store))
        from adrtool.records.logs import empty_log_note, load_logs

        self.workspace.require_dir()
        log = load_logs(self.workspace, store)  # every log of the project, each record labelled with its log
        if (passed_over := self.workspace.leading_out_note()) is not None:
            echo_error(passed_over)
        if self.workspace.read_below is not None:
            echo_error(self.workspace.read_below_note())
        if self.workspace.instead_of is not None:
            echo_error(self.workspace.instead_note())
        if outside and (note := self.workspace.outside_note()) is not None:
            echo_error(note)
        if not log.records and not log.failures and not self.workspace.several:
            directory = self.workspace.decision_dir
            note = empty_log_note(directory, self.workspace.relative(directory))
            if note is not None:
                echo_error(note)
        return log

    def refresh_index(self) -> None:
        """After records changed: keep an index that `adr index` wrote in step, and say so."""
        from adrtool.records.logs import load_logs
        from adrtool.views.index import refresh_index

        for changed in refresh_index(self.workspace, load_logs(self.workspace), self.calendar):
            echo_error(f"updated {self.workspace.shown(changed)}")

    def record_text(self, record: Record) -> str:
        """The text of a record as it was read (from the work tree, or from git after `load_log(at=REV)`)."""
        if self.at is not None:
            from adrtool.git.repo import text_at

            return text_at(self.workspace, self.at, record.path).text
        from adrtool.fsio import read_text

        return read_text(record.path).text

    @functools.cached_property
    def calendar(self) -> Calendar:
        from adrtool.calendar.cycles import project_calendar

        return project_calendar(self.workspace.config, self.today)


class IsoDate(click.ParamType):  # type: ignore[type-arg, unused-ignore]  # generic in newer click
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        from adrtool.model import parse_iso_date

        parsed = parse_iso_date(str(value).strip())
        if parsed is None:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)
        return parsed


def echo(message: str = "", *, nl: bool = True, err: bool = False) -> None:
    """Write ``message`` to stdout (or stderr) as the stream encodes, a character it cannot encode replaced
    (adrtool.console): click's own choice of stream would write UTF-8 to an ASCII one. A stdout that cannot
    take it (a full disk) is an OutputError; what is still buffered for it is dropped."""
    try:
        click.echo(message, file=sys.stderr if err else sys.stdout, nl=nl)
    except BrokenPipeError:
        raise
    except OSError as error:
        if err:
            return  # nowhere left to say anything
        from adrtool.errors import OutputError
        from adrtool.streams import reader_gone

        reader_gone()
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


def echo_error(message: str) -> None:
    """One line on stderr: a message may quote a record, the calendar or the config, and nothing in it is
    obeyed or starts a line of its own."""
    from adrtool.views.visible import one_line

    echo(f"adr: {one_line(message)}", err=True)


def pass_app(function: Any) -> Any:
    """Call the command with the App as its first argument, noting which command ran with which options
    (the console's answer wrapper asks, adrtool.cache.answers)."""
    @functools.wraps(function)
    def run(**params: Any) -> Any:
        from adrtool.streams import encodes_everything
        from adrtool.views.visible import json_in_ascii

        context = click.get_current_context()
        app = context.ensure_object(App)
        app.command, app.params = context.info_name, params
        json_in_ascii(not encodes_everything(sys.stdout))  # JSON keeps its data where `?` would replace it
        return function(app, **params)

    return run
