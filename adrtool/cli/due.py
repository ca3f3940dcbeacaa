from __future__ import annotations

import datetime as dt
from typing import Any

import click

from adrtool.cli._app import App, IsoDate, echo, echo_error, pass_app
from adrtool.cli._options import FormatChoice, lazy, status_option, tag_option
from adrtool.errors import ExitCode


class Window(click.ParamType):  # type: ignore[type-arg, unused-ignore]  # generic in newer click
    """A lead time: days or weeks (`30d`, `4w`, `30`)."""

    name = "window"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        from adrtool.calendar.due import parse_window
        from adrtool.errors import UsageError

        try:
            return parse_window(str(value))
        except UsageError as error:
            self.fail(error.message, param, ctx)


@click.command()
@click.option("--cycle", "-c", metavar="CYCLE[:EVENT]", help="Due at this cycle's PTG (name or number: yoga, "
              "2023.1), or at one of its events (xena:ff, xena:m2, xena:rc1).", shell_complete=lazy("cycles"))
@click.option("--as-of", type=IsoDate(), metavar="DATE", help="Due on this day instead of at a PTG.")
@click.option("--within", type=Window(), metavar="30d|4w", help="Due from today to this many days (or weeks) "
              "ahead, and what is overdue: hear of a revisit before the PTG.")
@status_option("Only decisions with this status (repeatable; of the active ones).")
@tag_option("Only decisions with this tag (repeatable).")
@click.option("--format", "output", type=FormatChoice(["text", "json", "markdown", "github", "issue"]),
              default="text", show_default=True, help="markdown: an agenda for the PTG etherpad, by event; github: "
              "workflow annotations; issue: the body of a tracking issue (docs/reminders.md).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when decisions are due.")
@click.option("--at", metavar="REV|DATE", help="Judge the records as they were at commit REV (branch, tag, sha) "
              "or on DATE (the last commit on or before it), read from git without a checkout.")
@pass_app
def command(app: App, cycle: str | None, as_of: dt.date | None, within: int | None, statuses: tuple[str, ...],
            tags: tuple[str, ...], output: str, exit_zero: bool, at: str | None) -> ExitCode:
    """List the active decisions due for a revisit.

    Without --cycle, --as-of or --within: at the coming PTG, the first whose last day is today or later,
    published or projected (the heading says which); today, where no decision names a cycle (and no calendar is
    configured). Exit 1 when anything is due, 0 when nothing is (or
    when no decision has a revisit point at all, which it says).

    \b
    Examples:
      adr due
      adr due --cycle yoga
      adr due --cycle xena:ff --format markdown
      adr due --within 4w
      adr due -c yoga -t ovn -s accepted
      adr due --as-of 2021-12-31 --format json
      adr due --cycle yoga --at 2021-10-18      # by the log as it was that day
    """
    from adrtool.calendar.due import coming_deadline, deadline_for, due_decisions
    from adrtool.records.filters import filtered
    from adrtool.records.values import statuses_as_read
    from adrtool.views import due_report

    if sum(option is not None for option in (cycle, as_of, within)) > 1:
        raise click.UsageError("give one of --cycle, --as-of and --within")
    calendar = app.calendar
    asked = deadline_for(calendar, app.today, point=cycle, on=as_of, within=within)
    log = app.load_log(at)
    deadline = asked or coming_deadline(calendar, app.today, log.records, app.workspace.config.calendar is not None)
    records = filtered(log.records, app.workspace.config, statuses, tags)
    any_revisit_point = any(record.revisit is not None for record in log.records)
    if output == "text" and not any_revisit_point:
        # Another tool's log, most likely: nothing is ever due, and it says so (the agenda says it too; the
        # formats read by programs say nothing is due, as they do whenever nothing is).
        echo(due_report.no_revisit_points(app.workspace.shown(log.directory), bool(log.records),
                                          bool(log.failures), app.workspace.labels))
        for failure in log.failures:
            echo_error(str(failure))
        return ExitCode.USAGE if log.failures else ExitCode.OK
    due, unplaceable = due_decisions(records, calendar, deadline, statuses_as_read(app.workspace.config.due_statuses))

    workspace = app.workspace
    if output == "json":
        echo(due_report.as_json(due, workspace))
    elif output == "markdown":
        echo(due_report.as_markdown(due, deadline, workspace, app.record_text,
                                    any_revisit_point=any_revisit_point, logs=app.workspace.labels))
    elif output == "issue":
        echo(due_report.as_issue(due, deadline, workspace, app.record_text))
    elif output == "github":
        if due:
            echo(due_report.as_github(due, deadline, workspace))
    else:
        echo(due_report.as_text(due, deadline, workspace))
    for item in unplaceable:
        echo_error(f"{workspace.shown(item.record.path)}: {item.reason}; not counted (see adr validate)")
    for failure in log.failures:
        echo_error(str(failure))
    if log.failures:
        return ExitCode.USAGE
    if due and not exit_zero:
        return ExitCode.FINDINGS
    return ExitCode.OK
